"""What recording a decision costs: a bounded number of SQL statements, the team's
settings read once and the meeting's timeline built once.

Counted: every statement SQLite runs for the operation (its trace callback), including
the reads that build the returned decision, the validation queries and the writes,
except transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE), which says
nothing about the work done and whose number depends on how operations nest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from vergadering import actions, clients, decisions, items, members, run
from vergadering import settings as team_settings
from vergadering import timeline as timeline_module
from vergadering.actions import ActionInput
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.follow_up import CarriedOut, DiscussedWithClient, FollowUpInput
from vergadering.items import DecisionKind, ItemInput, Outcome
from vergadering.settings import Block, ItemType
from vergadering.store import Change, Store

DAY = dt.date(2026, 11, 24)  # a Tuesday, the default meeting day
MAX_STATEMENTS = 8
_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def counted(store: Store) -> Iterator[list[str]]:
    """The statements run inside the block, transaction control left out."""
    seen: list[str] = []

    def trace(sql: str) -> None:
        if not sql.lstrip().upper().startswith(_CONTROL):
            seen.append(sql)

    store.conn.set_trace_callback(trace)
    try:
        yield seen
    finally:
        store.conn.set_trace_callback(None)


@contextmanager
def calls_of(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> Iterator[list[int]]:
    """Count the calls of ``owner.name`` inside the block."""
    original: Callable[..., Any] = getattr(owner, name)
    calls: list[int] = []

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(owner, name, counting)
        yield calls


def _meeting_with_item(store: Store, clock: FakeClock, item_type: ItemType,
                       proposed: DecisionKind | None = None) -> tuple[int, int]:
    """A running meeting with a few items, the first under discussion: (item, client)."""
    anna = members.add_member(store, "Anna de Vries").id
    first = 0
    client_of_first = 0
    for n in range(4):
        client = clients.add_client(store, ClientInput(f"AB-{n}", anna)).id
        question = "" if item_type is ItemType.MEDEDELING else "Doorgaan of afsluiten?"
        item = items.queue_item(store, ItemInput(client, anna, item_type, Block.LOPEND,
                                                 question, proposed_decision=proposed),
                                by=anna, meeting_date=DAY)
        if n == 0:
            first, client_of_first = item.id, client
    clock.set(dt.datetime.combine(DAY, dt.time(9, 0)))
    run.start_meeting(store)
    run.start_item(store, first)
    clock.advance(minutes=5)
    return first, client_of_first


@pytest.mark.parametrize("worded_by", ["presenter", "chair", "another member"])
def test_recording_a_decision_costs_at_most_eight_statements(
        store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, worded_by: str) -> None:
    item_id, _ = _meeting_with_item(store, clock, ItemType.VRAAG)
    bram = members.add_member(store, "Bram Bakker").id
    heard: list[Change] = []
    store.subscribe(heard.append)
    data = DecisionInput(DecisionKind.DOORGAAN, DAY + dt.timedelta(days=60), koers="Zo door",
                         worded_by_role="presenter" if worded_by == "presenter" else "chair",
                         worded_by_id=bram if worded_by == "another member" else None)
    with calls_of(monkeypatch, team_settings, "load") as loads, \
            calls_of(monkeypatch, timeline_module.Timeline, "__init__") as timelines, \
            counted(store) as statements:
        decision = decisions.record_decision(store, item_id, data)
    assert len(statements) <= MAX_STATEMENTS, "\n".join(statements)
    assert len(loads) == 1
    assert len(timelines) == 1
    # ... and it still did everything it did before. The decision it returns is the one
    # stored (it is not read back).
    assert decision == decisions.get(store, decision.id)
    assert decision.worded_by == {"presenter": "Anna de Vries", "chair": None,
                                  "another member": "Bram Bakker"}[worded_by]
    assert decision.decided_on == DAY and decision.item_id == item_id
    assert items.get(store, item_id).outcome is Outcome.DECIDED
    client = clients.get(store, decision.client_id)
    assert client.last_evaluation == DAY
    assert client.next_evaluation == DAY + dt.timedelta(days=60)
    assert {c.kind for c in heard} == {"decision", "client", "item", "meeting_event"}


def test_confirming_a_hamerstuk_costs_at_most_eight_statements(
        store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    item_id, client_id = _meeting_with_item(store, clock, ItemType.MEDEDELING,
                                            DecisionKind.AFSLUITEN)
    with calls_of(monkeypatch, team_settings, "load") as loads, \
            calls_of(monkeypatch, timeline_module.Timeline, "__init__") as timelines, \
            counted(store) as statements:
        decision = decisions.confirm_hamerstuk(store, item_id, closes_client_id=client_id)
    assert len(statements) <= MAX_STATEMENTS, "\n".join(statements)
    assert len(loads) == 1
    assert len(timelines) == 1
    assert decision.kind is DecisionKind.AFSLUITEN
    assert decision == decisions.get(store, decision.id)
    assert not clients.get(store, client_id).active
    ended = [e for e in run.events(store, decision.meeting_id or 0)
             if e.kind is timeline_module.EventKind.ITEM_ENDED]
    assert ended[-1].details.get("hamerstuk") is True


def _second_meeting(store: Store, clock: FakeClock) -> tuple[int, int, int]:
    """A client decided (doorgaan) last week, under discussion again: (item, client,
    member)."""
    anna = members.add_member(store, "Anna de Vries").id
    client = clients.add_client(store, ClientInput("AB-1", anna)).id
    for day in (DAY, DAY + dt.timedelta(days=7)):
        item = items.queue_item(store, ItemInput(client, anna, ItemType.VRAAG, Block.LOPEND,
                                                 "Hoe verder?"), by=anna, meeting_date=day)
        clock.set(dt.datetime.combine(day, dt.time(9, 0)))
        run.start_meeting(store)
        run.start_item(store, item.id)
        if day == DAY:
            decisions.record_decision(store, item.id, DecisionInput(
                DecisionKind.DOORGAAN, DAY + dt.timedelta(days=60), koers="Zo door"))
            run.close_meeting(store)
    return item.id, client, anna


def test_a_follow_up_costs_nothing_more(store: Store, clock: FakeClock) -> None:
    """Rule 12: finding the previous decision shares the one statement that checks the
    decision's members; the follow-up is stored on the decision's own row."""
    item_id, client, _ = _second_meeting(store, clock)
    data = DecisionInput(DecisionKind.DOORGAAN, DAY + dt.timedelta(days=60), koers="Zo door",
                         follow_up=FollowUpInput(CarriedOut.FULLY),
                         discussed_with_client=DiscussedWithClient.YES)
    with counted(store) as statements:
        decision = decisions.record_decision(store, item_id, data)
    assert len(statements) <= MAX_STATEMENTS, "\n".join(statements)
    assert decision.follows_up_id is not None
    assert decision == decisions.get(store, decision.id)


@pytest.mark.parametrize("how_many", [1, 5])
def test_actions_cost_one_statement_whatever_their_number(
        store: Store, clock: FakeClock, how_many: int) -> None:
    item_id, client, anna = _second_meeting(store, clock)
    data = DecisionInput(DecisionKind.DOORGAAN, DAY + dt.timedelta(days=60), koers="Zo door",
                         follow_up=FollowUpInput(CarriedOut.FULLY), actions=tuple(
                             ActionInput(f"Actie {n}", anna, DAY + dt.timedelta(days=14))
                             for n in range(how_many)))
    with counted(store) as statements:
        decision = decisions.record_decision(store, item_id, data)
    assert len(statements) <= MAX_STATEMENTS + 1, "\n".join(statements)
    assert len(actions.for_decision(store, decision.id)) == how_many
