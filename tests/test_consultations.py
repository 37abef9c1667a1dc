"""Rule 10: nothing leaves the meeting without a trace. An acute item sent to a separate
consultation keeps who takes it and when it reports back, and comes back on the agenda
after that date; acute items not reached are chosen for at the close (next meeting,
consultation, withdraw); the besluitenlijst lists every item that ended without a
decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from vergadering import clients, consultations, decisions, items, meetings, members, minutes, run
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.consultations import ConsultationInput
from vergadering.decisions import DecisionInput
from vergadering.items import Action, DecisionKind, Item, ItemInput, ItemStatus, Outcome
from vergadering.minutes import Ending
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType
from vergadering.store import Store
from vergadering.timeline import BlockChoice

DAY, NEXT, LATER = dt.date(2026, 11, 24), dt.date(2026, 12, 1), dt.date(2026, 12, 8)
Unreached, UnreachedChoice = run.Unreached, run.UnreachedChoice


@dataclass
class Team:
    store: Store
    clock: FakeClock
    anna: int
    bram: int
    n: int = 0

    def queue(self, block: Block, date: dt.date = DAY, client: int | None = None,
              minutes: int = 10) -> Item:
        self.n += 1
        if client is None:
            client = clients.add_client(self.store, ClientInput(f"AC-{self.n}", self.anna)).id
        return items.queue_item(self.store, ItemInput(
            client, self.anna, ItemType.KWESTIE, block, f"Vraag {self.n}?",
            "Stand van zaken", minutes), by=self.anna, meeting_date=date)

    def start(self, day: dt.date) -> meetings.Meeting:
        self.clock.set(dt.datetime.combine(day, dt.time(9, 0)))
        return run.start_meeting(self.store)

    def decide(self, item: Item) -> None:
        run.start_item(self.store, item.id)
        decisions.record_decision(self.store, item.id, DecisionInput(
            DecisionKind.DOORGAAN, DAY + dt.timedelta(days=60), koers="Zo verder"))


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    return Team(store, clock, members.add_member(store, "Anna de Vries").id,
                members.add_member(store, "Bram Bakker").id)


def problems(action: object) -> list[tuple[str, Code, dict[str, object]]]:
    with pytest.raises(ValidationError) as error:
        action()  # type: ignore[operator]
    return [(p.field, p.code, p.params) for p in error.value.problems]


# -- closing with acute items not reached ----------------------------------------------
def test_closing_asks_for_every_acute_item_not_reached(team: Team) -> None:
    done = team.queue(Block.ACUUT)
    skipped, waiting, lopend = team.queue(Block.ACUUT), team.queue(Block.ACUUT), team.queue(
        Block.LOPEND)
    meeting = team.start(DAY)
    team.decide(done)
    run.skip_item(team.store, skipped.id)
    assert [i.id for i in run.unreached_acute(team.store, meeting)] == [skipped.id, waiting.id]
    assert problems(lambda: run.close_meeting(team.store)) == [
        ("meeting", Code.UNREACHED_ACUTE, {"items": [skipped.id, waiting.id]})]
    assert problems(lambda: run.close_meeting(team.store, {
        skipped.id: UnreachedChoice(Unreached.NEXT_MEETING)})) == [
        ("meeting", Code.UNREACHED_ACUTE, {"items": [waiting.id]})]
    # A consultation still needs who and when; nothing is written until all is right.
    assert problems(lambda: run.close_meeting(team.store, {
        skipped.id: UnreachedChoice(Unreached.NEXT_MEETING),
        waiting.id: UnreachedChoice(Unreached.CONSULTATION, ConsultationInput(None, None))})
    ) == [("consultation_member", Code.REQUIRED, {"item_id": waiting.id}),
          ("report_by", Code.REQUIRED, {"item_id": waiting.id})]
    assert meetings.running(team.store) is not None
    assert run.close_meeting(team.store, {
        skipped.id: UnreachedChoice(Unreached.NEXT_MEETING),
        waiting.id: UnreachedChoice(Unreached.CONSULTATION,
                                    ConsultationInput(team.bram, DAY + dt.timedelta(days=3)))
    }) == 2  # the skipped acute item and the lopend one
    assert [i.id for i in items.list_items(team.store, NEXT)] == [skipped.id, lopend.id]
    assert items.get(team.store, waiting.id).outcome is Outcome.CONSULTATION
    traced = consultations.of_item(team.store, waiting.id)
    assert traced is not None and (traced.member, traced.report_by) == (
        "Bram Bakker", dt.date(2026, 11, 27))


def test_an_acute_item_withdrawn_at_the_close_keeps_its_trace(team: Team) -> None:
    item = team.queue(Block.ACUUT)
    meeting = team.start(DAY)
    run.close_meeting(team.store, {item.id: UnreachedChoice(Unreached.WITHDRAW)})
    withdrawn = items.get(team.store, item.id)
    assert (withdrawn.status, withdrawn.outcome, withdrawn.meeting_date) == (
        ItemStatus.WITHDRAWN, Outcome.WITHDRAWN, DAY)
    assert items.history(team.store, item.id)[-1].action is Action.WITHDRAWN
    assert items.history(team.store, item.id)[-1].details == {"at_close": True}
    assert [i.id for i in run.meeting_items(team.store, meeting)] == [item.id]
    assert items.list_items(team.store, NEXT) == []
    listed = minutes.besluitenlijst(team.store, DAY)
    assert listed is not None
    assert [(e.client_reference, e.ending) for e in listed.others] == [
        ("AC-1", Ending.WITHDRAWN)]


def test_the_besluitenlijst_lists_what_ended_without_a_decision(team: Team) -> None:
    decided, consult = team.queue(Block.ACUUT, minutes=30), team.queue(Block.ACUUT)
    deferred = team.queue(Block.ACUUT)
    team.queue(Block.LOPEND)  # not reached: carried over
    team.start(DAY)
    team.decide(decided)
    run.choose(team.store, consult.id, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(team.bram, dt.date(2026, 11, 30)))
    run.choose(team.store, deferred.id, BlockChoice.DEFER)
    run.close_meeting(team.store)
    listed = minutes.besluitenlijst(team.store, DAY)
    assert listed is not None
    assert [e.client_reference for e in listed.entries] == ["AC-1"]
    assert [(e.client_reference, e.ending, e.consultation_by, e.report_by, e.moved_to)
            for e in listed.others] == [
        ("AC-2", Ending.CONSULTATION, "Bram Bakker", dt.date(2026, 11, 30), None),
        ("AC-3", Ending.DEFERRED, None, None, NEXT),
        ("AC-4", Ending.CARRIED_OVER, None, None, NEXT)]


# -- the report back comes back on the agenda --------------------------------------------
@pytest.fixture
def consulted(team: Team) -> Item:
    """An acute item sent to a consultation on 24 November, Bram reports back by the 30th."""
    item = team.queue(Block.ACUUT)
    team.start(DAY)
    run.choose(team.store, item.id, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(team.bram, dt.date(2026, 11, 30)))
    run.close_meeting(team.store)
    return item


def test_the_report_back_is_on_the_first_meeting_after_its_date(team: Team,
                                                                 consulted: Item) -> None:
    assert consultations.return_due(team.store, dt.date(2026, 11, 30)) == []  # not after
    meeting = team.start(NEXT)
    (back,) = items.list_items(team.store, NEXT)
    assert (back.client_id, back.presenter, back.block, back.type, back.question,
            back.minutes) == (consulted.client_id, "Bram Bakker", Block.ACUUT,
                              ItemType.KWESTIE, consulted.question, consulted.minutes)
    traced = consultations.of_item(team.store, consulted.id)
    assert traced is not None and back.report_back_of == traced.id
    assert (traced.return_item_id, traced.return_meeting_date) == (back.id, NEXT)
    assert items.history(team.store, back.id)[0].details == {"consultation": traced.id}
    assert meeting.status is meetings.MeetingStatus.RUNNING
    # Once back, not again.
    assert consultations.return_due(team.store, LATER) == []


def test_no_report_back_when_the_team_decided_in_between(team: Team,
                                                         consulted: Item) -> None:
    # The client came up as an evaluation on an extra meeting before the date passed.
    evaluation = team.queue(Block.LOPEND, dt.date(2026, 11, 26), client=consulted.client_id)
    team.clock.set(dt.datetime(2026, 11, 26, 9, 0))
    run.start_meeting(team.store, dt.date(2026, 11, 26))
    team.decide(evaluation)
    run.close_meeting(team.store)
    team.clock.set(dt.datetime(2026, 12, 1, 9, 0))
    run.start_meeting(team.store, NEXT)
    assert items.list_items(team.store, NEXT) == []


def test_a_client_already_on_that_agenda_is_not_queued_twice(team: Team,
                                                             consulted: Item) -> None:
    already = team.queue(Block.LOPEND, NEXT, client=consulted.client_id)
    team.start(NEXT)
    assert [i.id for i in items.list_items(team.store, NEXT)] == [already.id]
    traced = consultations.of_item(team.store, consulted.id)
    assert traced is not None and traced.return_item_id == already.id


def test_a_member_with_a_consultation_is_kept(team: Team, consulted: Item) -> None:
    assert members.is_referenced(team.store, team.bram)
