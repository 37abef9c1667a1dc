"""A team that holds weekly meetings, for the tests of rules 12-14 (docs/rules.md): the
follow-up of decisions, actions and the figures on them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from vergadering import clients, decisions, items, meetings, members, run
from vergadering.actions import ActionInput
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.decisions import Decision, DecisionInput
from vergadering.follow_up import CarriedOut, FollowUpInput, FollowUpReason
from vergadering.items import DecisionKind, Item, ItemInput
from vergadering.settings import Block, ItemType
from vergadering.store import Store

WEEK1 = dt.date(2026, 11, 24)  # Tuesdays, the default meeting day
WEEK2 = dt.date(2026, 12, 1)
WEEK3 = dt.date(2026, 12, 8)
FULLY = FollowUpInput(CarriedOut.FULLY)


def doorgaan(on: dt.date = WEEK1, **changes: Any) -> DecisionInput:
    changes.setdefault("koers", "Zo door")
    return DecisionInput(DecisionKind.DOORGAAN, on + dt.timedelta(days=60), **changes)


def verwijzen(on: dt.date = WEEK1, **changes: Any) -> DecisionInput:
    return DecisionInput(DecisionKind.VERWIJZEN, on + dt.timedelta(days=60),
                         referred_to="Huisarts", **changes)


def afsluiten(client: int, **changes: Any) -> DecisionInput:
    return DecisionInput(DecisionKind.AFSLUITEN, closes_client_id=client, **changes)


def not_done(carried: CarriedOut, reason: FollowUpReason, text: str = "") -> FollowUpInput:
    return FollowUpInput(carried, reason, text)


def action(what: str, owner: int, due: dt.date) -> ActionInput:
    return ActionInput(what, owner, due)


@dataclass
class Team:
    store: Store
    clock: FakeClock
    anna: int
    bram: int
    n: int = 0

    def client(self) -> int:
        self.n += 1
        return clients.add_client(self.store, ClientInput(f"CL-{self.n}", self.anna)).id

    def queue(self, client: int, day: dt.date, item_type: ItemType = ItemType.VRAAG,
              proposed: DecisionKind | None = None, perspective: str = "") -> Item:
        question = "" if item_type is ItemType.MEDEDELING else "Hoe verder?"
        return items.queue_item(self.store, ItemInput(
            client, self.anna, item_type, Block.LOPEND, question, minutes=5,
            proposed_decision=proposed, client_perspective=perspective),
            by=self.anna, meeting_date=day)

    def start(self, day: dt.date) -> None:
        self.clock.set(dt.datetime.combine(day, dt.time(9, 0)))
        run.start_meeting(self.store)

    def discuss(self, item_id: int) -> None:
        meeting = meetings.running(self.store)
        assert meeting is not None
        if run.timeline(self.store, meeting).current_item() != item_id:
            run.start_item(self.store, item_id)
        self.clock.advance(minutes=1)

    def decide(self, item_id: int, data: DecisionInput) -> Decision:
        self.discuss(item_id)
        return decisions.record_decision(self.store, item_id, data)

    def hamer(self, item_id: int, **kwargs: Any) -> Decision:
        self.discuss(item_id)
        return decisions.confirm_hamerstuk(self.store, item_id, **kwargs)

    def close(self) -> None:
        run.close_meeting(self.store)

    def meeting(self, day: dt.date, *decided: tuple[int, DecisionInput]) -> list[Decision]:
        """Hold the meeting on ``day``: one vraag per client, each decided as given."""
        queued = [(self.queue(client, day), data) for client, data in decided]
        self.start(day)
        made = [self.decide(item.id, data) for item, data in queued]
        self.close()
        return made


def make_team(store: Store, clock: FakeClock) -> Team:
    anna = members.add_member(store, "Anna de Vries").id
    bram = members.add_member(store, "Bram Bakker").id
    return Team(store, clock, anna, bram)
