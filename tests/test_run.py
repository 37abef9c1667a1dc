"""Running the meeting: starting it and its items, pauses, extensions, the belletje, the
acute block's hard end with the chair's three choices, skipping and deferring, and closing
with the unreached items carried to the next meeting."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

import pytest

from vergadering import clients, consultations, decisions, items, meetings, members, run
from vergadering import settings as team_settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.consultations import ConsultationInput
from vergadering.decisions import DecisionInput
from vergadering.items import Action, DecisionKind, Item, ItemInput, ItemStatus, Outcome
from vergadering.meetings import Meeting, MeetingStatus
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType
from vergadering.store import Store
from vergadering.timeline import BellReason, BlockChoice, EventKind, MeetingState

DAY = dt.date(2026, 11, 24)  # Tuesday, the default meeting day
NEXT = dt.date(2026, 12, 1)
START = dt.datetime(2026, 11, 24, 9, 0)


@dataclass
class Agenda:
    store: Store
    clock: FakeClock
    anna: int
    bram: int
    n: int = 0

    def queue(self, block: Block, minutes: int, item_type: ItemType = ItemType.KWESTIE,
              *, proposed: DecisionKind | None = None, date: dt.date = DAY) -> Item:
        """A new client with an item on the meeting of ``date``, presented by Anna."""
        self.n += 1
        client = clients.add_client(self.store, ClientInput(f"AB-{self.n}", self.anna)).id
        question = "" if item_type is ItemType.MEDEDELING else "Wat is de koers?"
        return items.queue_item(self.store, ItemInput(
            client, self.anna, item_type, block, question, f"Stand van zaken {self.n}",
            minutes, proposed), by=self.anna, meeting_date=date)

    def state(self) -> MeetingState:
        meeting = meetings.running(self.store)
        assert meeting is not None
        return run.timeline(self.store, meeting).state(self.clock.now())

    def event_kinds(self) -> list[str]:
        return [r[0] for r in self.store.query("SELECT kind FROM meeting_event ORDER BY id")]


@pytest.fixture
def agenda(store: Store, clock: FakeClock) -> Agenda:
    anna = members.add_member(store, "Anna de Vries").id
    bram = members.add_member(store, "Bram Bakker").id
    clock.set(START - dt.timedelta(minutes=5))  # Tuesday, just before the meeting
    return Agenda(store, clock, anna, bram)


def refused(code: Code, action: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as error:
        action()
    assert [p.code for p in error.value.problems] == [code]
    return error.value


def decide(store: Store, item_id: int) -> None:
    """Decide the item under discussion (doorgaan)."""
    decisions.record_decision(store, item_id, DecisionInput(
        DecisionKind.DOORGAAN, DAY + dt.timedelta(days=90), koers="Zo doorgaan"))


def close(agenda: Agenda, choice: run.Unreached = run.Unreached.NEXT_MEETING) -> int:
    """Close the meeting, with ``choice`` for every acute item not reached."""
    meeting = meetings.running(agenda.store)
    assert meeting is not None
    return run.close_meeting(agenda.store, {
        i.id: run.UnreachedChoice(choice) for i in run.unreached_acute(agenda.store, meeting)})


def start(agenda: Agenda) -> Meeting:
    agenda.clock.set(START)
    return run.start_meeting(agenda.store)


# -- starting the meeting ---------------------------------------------------------
def test_start_meeting_starts_the_next_meeting(agenda: Agenda) -> None:
    agenda.queue(Block.LOPEND, 5)
    meeting = start(agenda)
    assert (meeting.date, meeting.status) == (DAY, MeetingStatus.RUNNING)
    assert meetings.running(agenda.store) == meeting
    assert agenda.event_kinds() == ["meeting_started"]
    state = agenda.state()
    assert state.started and not state.closed and state.current is None
    # Queueing now plans the week after: the running meeting is no longer open.
    assert meetings.upcoming_date(agenda.store, team_settings.load(agenda.store)) == NEXT
    assert agenda.queue(Block.LOPEND, 5, date=NEXT).meeting_date == NEXT


def test_only_one_meeting_runs_and_none_starts_twice(agenda: Agenda) -> None:
    start(agenda)
    error = refused(Code.ANOTHER_MEETING_RUNNING, lambda: run.start_meeting(agenda.store))
    assert error.problems[0].params == {"date": DAY.isoformat()}
    refused(Code.ANOTHER_MEETING_RUNNING, lambda: run.start_meeting(agenda.store, DAY))
    run.close_meeting(agenda.store)
    refused(Code.MEETING_STARTED, lambda: run.start_meeting(agenda.store, DAY))
    # A second meeting the same day cannot be: next week's is not moved onto today.
    refused(Code.MEETING_HELD_TODAY,
            lambda: run.start_meeting(agenda.store, NEXT, move_to_today=True))
    assert agenda.event_kinds() == ["meeting_started", "meeting_closed"]
    # The next one to start is next week's, on its day.
    agenda.clock.set(START + dt.timedelta(days=7))
    assert run.start_meeting(agenda.store).date == NEXT


# -- items -------------------------------------------------------------------------
def test_start_item_refused_while_another_is_in_progress(agenda: Agenda) -> None:
    first, second = agenda.queue(Block.LOPEND, 5), agenda.queue(Block.LOPEND, 5)
    start(agenda)
    run.start_item(agenda.store, first.id)
    refused(Code.ITEM_IN_PROGRESS, lambda: run.start_item(agenda.store, second.id))
    refused(Code.ITEM_IN_PROGRESS, lambda: run.start_item(agenda.store, first.id))
    decide(agenda.store, first.id)
    run.start_item(agenda.store, second.id)
    state = agenda.state()
    assert state.current is not None and state.current.item_id == second.id


def test_start_item_refused_while_paused(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    run.pause(agenda.store)
    refused(Code.PAUSED, lambda: run.start_item(agenda.store, item.id))
    run.resume(agenda.store)
    run.start_item(agenda.store, item.id)
    assert agenda.event_kinds() == ["meeting_started", "paused", "resumed", "item_started"]


def test_pause_and_resume_are_idempotent(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 10)
    start(agenda)
    run.resume(agenda.store)  # not paused: nothing to resume
    run.start_item(agenda.store, item.id)
    agenda.clock.advance(minutes=2)
    run.pause(agenda.store)
    agenda.clock.advance(minutes=1)
    run.pause(agenda.store)
    assert agenda.state().paused
    agenda.clock.advance(minutes=5)
    run.resume(agenda.store)
    run.resume(agenda.store)
    agenda.clock.advance(minutes=1)
    assert agenda.event_kinds() == ["meeting_started", "item_started", "paused", "resumed"]
    state = agenda.state()
    assert not state.paused
    assert state.current is not None and state.current.elapsed == 3 * 60


def test_extend_gives_the_current_item_1_to_30_minutes(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    refused(Code.NO_CURRENT_ITEM, lambda: run.extend(agenda.store, 5))
    run.start_item(agenda.store, item.id)
    for minutes in (0, 31, -1):
        error = refused(Code.OUT_OF_RANGE, partial(run.extend, agenda.store, minutes))
        assert error.problems[0].params == {"min": 1, "max": 30}
    run.extend(agenda.store, 1)
    run.extend(agenda.store, 30)
    current = agenda.state().current
    assert current is not None
    assert (current.extensions, current.allowed) == (31, 36 * 60)
    logged = agenda.store.query("SELECT item_id, details FROM meeting_event"
                                " WHERE kind = 'extended' ORDER BY id")
    assert [(r[0], json.loads(r[1])) for r in logged] == [
        (item.id, {"minutes": 1}), (item.id, {"minutes": 30})]
    decide(agenda.store, item.id)
    refused(Code.NO_CURRENT_ITEM, lambda: run.extend(agenda.store, 5))


def bells(store: Store) -> list[tuple[int | None, dict[str, object]]]:
    return [(r[0], json.loads(r[1])) for r in store.query(
        "SELECT item_id, details FROM meeting_event WHERE kind = 'bell' ORDER BY id")]


def test_ring_bell_counts_on_the_current_item_with_or_without_reason(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    run.ring_bell(agenda.store)  # before any item: counted for the meeting only
    run.start_item(agenda.store, item.id)
    run.ring_bell(agenda.store)
    run.ring_bell(agenda.store, BellReason.NEW_POINT)
    assert bells(agenda.store) == [(None, {}), (item.id, {}),
                                   (item.id, {"reason": "nieuw_punt"})]
    state = agenda.state()
    assert (state.bells, state.bells_total) == (2, 3)


def test_set_bell_reason_attaches_a_chip_to_the_latest_ring(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    refused(Code.NOT_FOUND, lambda: run.set_bell_reason(agenda.store, BellReason.LONG_STORY))
    run.start_item(agenda.store, item.id)
    run.ring_bell(agenda.store)
    run.ring_bell(agenda.store)
    run.set_bell_reason(agenda.store, BellReason.DOES_NOT_CONNECT)
    assert bells(agenda.store) == [(item.id, {}), (item.id, {"reason": "sluit_niet_aan"})]
    assert agenda.state().bells == 2  # a reason is not another ring


# -- the acute block's hard end ------------------------------------------------------
@pytest.fixture
def acute_spent(agenda: Agenda) -> tuple[Item, Item, Item]:
    """The 30-minute acute block used up by a first acute item. Returns two more acute
    items and a lopend item, all waiting."""
    first = agenda.queue(Block.ACUUT, 30)
    waiting = (agenda.queue(Block.ACUUT, 10), agenda.queue(Block.ACUUT, 10),
               agenda.queue(Block.LOPEND, 10))
    start(agenda)
    run.start_item(agenda.store, first.id)
    agenda.clock.advance(minutes=30)
    decide(agenda.store, first.id)
    assert agenda.state().blocks[Block.ACUUT].spent
    return waiting


def test_acute_items_are_refused_once_the_acute_block_is_spent(
        agenda: Agenda, acute_spent: tuple[Item, Item, Item]) -> None:
    item, other, lopend = acute_spent
    before = agenda.event_kinds()
    for acute in (item, other):
        error = refused(Code.BLOCK_TIME_SPENT,
                        partial(run.start_item, agenda.store, acute.id))
        assert error.problems[0].params == {"item_id": acute.id, "block": "acuut"}
    assert agenda.event_kinds() == before
    run.start_item(agenda.store, lopend.id)  # the lopend block is not affected


def test_no_side_door_a_waiting_acute_item_is_not_decided_without_the_choice(
        agenda: Agenda) -> None:
    # Rule 2: after the acute budget, neither D nor H decides a waiting acute item; the
    # chair's choice comes first, and the talk then counts in the acute block.
    first = agenda.queue(Block.ACUUT, 30)
    kwestie = agenda.queue(Block.ACUUT, 10)
    notice = agenda.queue(Block.ACUUT, 2, ItemType.MEDEDELING, proposed=DecisionKind.DOORGAAN)
    start(agenda)
    run.start_item(agenda.store, first.id)
    agenda.clock.advance(minutes=30)
    decide(agenda.store, first.id)
    refused(Code.NOT_UNDER_DISCUSSION, lambda: decide(agenda.store, kwestie.id))
    refused(Code.NOT_UNDER_DISCUSSION, lambda: decisions.confirm_hamerstuk(
        agenda.store, notice.id, koers="Zo verder"))
    for item in (kwestie, notice):
        refused(Code.BLOCK_TIME_SPENT, lambda i=item: run.start_item(agenda.store, i.id))
    assert agenda.store.query("SELECT count(*) FROM decision")[0][0] == 1
    run.choose(agenda.store, notice.id, BlockChoice.TAKE_ANYWAY)
    run.start_item(agenda.store, notice.id)
    agenda.clock.advance(minutes=1)
    decisions.confirm_hamerstuk(agenda.store, notice.id, koers="Zo verder")
    state = agenda.state()
    assert state.blocks[Block.ACUUT].used == 31 * 60
    assert acute_choices(agenda.store) == [(notice.id, "take_anyway")]


def test_acute_block_spent_while_its_last_item_runs_does_not_stop_that_item(
        agenda: Agenda) -> None:
    item = agenda.queue(Block.ACUUT, 20)
    start(agenda)
    run.start_item(agenda.store, item.id)
    agenda.clock.advance(minutes=35)
    state = agenda.state()
    assert state.blocks[Block.ACUUT].spent
    assert state.current is not None and state.current.item_id == item.id
    assert state.charged_to_lopend == 0


def acute_choices(store: Store) -> list[tuple[int, str]]:
    return [(r[0], json.loads(r[1])["choice"]) for r in store.query(
        "SELECT item_id, details FROM meeting_event WHERE kind = 'acute_choice' ORDER BY id")]


def test_choose_defer_moves_the_item_with_its_content_to_the_next_meeting(
        agenda: Agenda, acute_spent: tuple[Item, Item, Item]) -> None:
    item, _, _ = acute_spent
    run.choose(agenda.store, item.id, BlockChoice.DEFER)
    moved = items.get(agenda.store, item.id)
    assert moved.meeting_date == NEXT
    assert moved.outcome is None and moved.status is ItemStatus.QUEUED
    assert (moved.question, moved.process_state, moved.minutes, moved.type, moved.block,
            moved.client_id, moved.presenter_id) == (
        item.question, item.process_state, item.minutes, item.type, item.block,
        item.client_id, item.presenter_id)
    change = items.history(agenda.store, item.id)[-1]
    assert change.action is Action.DEFERRED
    assert change.details == {"meeting": [DAY.isoformat(), NEXT.isoformat()],
                              "position": item.position}
    assert acute_choices(agenda.store) == [(item.id, "defer")]
    assert item.id not in {u.item_id for u in agenda.state().upcoming}
    assert close(agenda) == 2  # the other acute and the lopend item
    assert items.get(agenda.store, item.id).carried_over == 0  # deferred, not carried


def test_choose_consultation_ends_the_item_here(
        agenda: Agenda, acute_spent: tuple[Item, Item, Item]) -> None:
    item, other, _ = acute_spent
    run.choose(agenda.store, item.id, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(agenda.bram, DAY + dt.timedelta(days=10)))
    assert items.get(agenda.store, item.id).outcome is Outcome.CONSULTATION
    assert acute_choices(agenda.store) == [(item.id, "consultation")]
    refused(Code.ALREADY_DONE, lambda: run.start_item(agenda.store, item.id))
    run.choose(agenda.store, other.id, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(agenda.anna, DAY))
    assert run.close_meeting(agenda.store) == 1  # only the lopend item is carried over
    stays = items.get(agenda.store, item.id)
    assert (stays.meeting_date, stays.outcome, stays.carried_over) == (
        DAY, Outcome.CONSULTATION, 0)
    # The trace: who takes it and when it reports back.
    traced = consultations.of_item(agenda.store, item.id)
    assert traced is not None
    assert (traced.member, traced.report_by, traced.decided_on, traced.return_item_id) == (
        "Bram Bakker", DAY + dt.timedelta(days=10), DAY, None)


def test_a_consultation_needs_who_and_a_report_back_date_within_the_horizon(
        agenda: Agenda, acute_spent: tuple[Item, Item, Item]) -> None:
    item, _, _ = acute_spent
    before = agenda.event_kinds()
    for given, fields in [
            (None, ["consultation_member", "report_by"]),
            (ConsultationInput(None, DAY), ["consultation_member"]),
            (ConsultationInput(agenda.anna, None), ["report_by"]),
            (ConsultationInput(agenda.anna, DAY - dt.timedelta(days=1)), ["report_by"]),
            (ConsultationInput(agenda.anna, dt.date(2027, 5, 25)), ["report_by"]),
            (ConsultationInput(999, DAY), ["consultation_member"])]:
        with pytest.raises(ValidationError) as error:
            run.choose(agenda.store, item.id, BlockChoice.CONSULTATION, consultation=given)
        assert [p.field for p in error.value.problems] == fields
    codes = {p.code for p in error.value.problems}
    assert codes == {Code.NOT_FOUND}
    assert agenda.event_kinds() == before
    assert items.get(agenda.store, item.id).outcome is None
    # The horizon's last day is still fine.
    run.choose(agenda.store, item.id, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(agenda.anna, dt.date(2027, 5, 24)))


def test_take_anyway_uses_only_the_lopend_blocks_free_time(
        agenda: Agenda, acute_spent: tuple[Item, Item, Item]) -> None:
    # The lopend block (60 min) has one 10-minute item waiting: 50 minutes are free.
    item, other, _ = acute_spent
    run.choose(agenda.store, item.id, BlockChoice.TAKE_ANYWAY)
    run.start_item(agenda.store, item.id)
    agenda.clock.advance(minutes=9)
    state = agenda.state()
    assert state.charged_to_lopend == 10 * 60
    assert (state.blocks[Block.ACUUT].budget, state.blocks[Block.ACUUT].used) == (
        40 * 60, 39 * 60)
    assert state.blocks[Block.LOPEND].budget == 50 * 60
    assert state.extended == 0 and state.block_time_up is None
    assert acute_choices(agenda.store) == [(item.id, "take_anyway")]
    taken = json.loads(agenda.store.query("SELECT details FROM meeting_event"
                                          " WHERE kind = 'acute_choice'")[0][0])
    assert taken == {"choice": "take_anyway", "block": "acuut", "minutes": 10,
                     "from_other": 10, "extends": 0, "give_way": []}
    # Its minutes used up: the chair is asked again, never an open end.
    agenda.clock.advance(minutes=2)
    assert agenda.state().block_time_up is Block.ACUUT
    decide(agenda.store, item.id)
    # The choice is per item: the next acute item needs its own.
    refused(Code.BLOCK_TIME_SPENT, lambda: run.start_item(agenda.store, other.id))


def test_take_anyway_never_takes_time_the_planned_evaluations_need(agenda: Agenda) -> None:
    # Acute first (rule 9): a full lopend block keeps every minute; the meeting runs
    # longer instead, visibly.
    team_settings.save(agenda.store, replace(team_settings.load(agenda.store),
                                             first_block=Block.ACUUT))
    first, late = agenda.queue(Block.ACUUT, 30), agenda.queue(Block.ACUUT, 10)
    evaluations = [agenda.queue(Block.LOPEND, 10) for _ in range(6)]  # 60 of 60 minutes
    start(agenda)
    run.start_item(agenda.store, first.id)
    agenda.clock.advance(minutes=30)
    decide(agenda.store, first.id)
    line = run.timeline(agenda.store, meetings.running(agenda.store))  # type: ignore[arg-type]
    cost = line.take_cost(late.id, agenda.clock.now())
    assert (cost.minutes, cost.from_other, cost.extends) == (10, 0, 10)
    assert cost.would_not_fit == (evaluations[-1].id,)  # if it came out of the lopend block
    run.choose(agenda.store, late.id, BlockChoice.TAKE_ANYWAY)
    state = agenda.state()
    assert state.blocks[Block.LOPEND].budget == 60 * 60
    assert state.charged_to_lopend == 0
    assert state.extended == 10 * 60
    assert state.scheduled_end == START + dt.timedelta(minutes=100)
    assert [u.item_id for u in state.upcoming] == [late.id] + [e.id for e in evaluations]
    assert not any(u.probably_not_reached for u in state.upcoming)


def test_only_items_that_fit_now_are_named_as_no_longer_fitting(agenda: Agenda) -> None:
    team_settings.save(agenda.store, replace(team_settings.load(agenda.store),
                                             first_block=Block.ACUUT))
    first, late = agenda.queue(Block.ACUUT, 30), agenda.queue(Block.ACUUT, 10)
    evaluations = [agenda.queue(Block.LOPEND, 10) for _ in range(7)]  # 70 of 60 minutes
    start(agenda)
    run.start_item(agenda.store, first.id)
    agenda.clock.advance(minutes=30)
    decide(agenda.store, first.id)
    line = run.timeline(agenda.store, meetings.running(agenda.store))  # type: ignore[arg-type]
    cost = line.take_cost(late.id, agenda.clock.now())
    # The seventh did not fit before the take either: only the sixth is the take's doing.
    assert cost.would_not_fit == (evaluations[5].id,)
    assert state_taken(agenda) == {Block.ACUUT: 0.0, Block.LOPEND: 0.0}
    run.choose(agenda.store, late.id, BlockChoice.TAKE_ANYWAY)
    assert state_taken(agenda) == {Block.ACUUT: 600.0, Block.LOPEND: 0.0}


def state_taken(agenda: Agenda) -> dict[Block, float]:
    return agenda.state().taken


def test_the_chair_gives_away_lopend_items_one_by_one(agenda: Agenda) -> None:
    team_settings.save(agenda.store, replace(team_settings.load(agenda.store),
                                             first_block=Block.ACUUT))
    first, late = agenda.queue(Block.ACUUT, 30), agenda.queue(Block.ACUUT, 10)
    evaluations = [agenda.queue(Block.LOPEND, 10) for _ in range(6)]
    start(agenda)
    run.start_item(agenda.store, first.id)
    agenda.clock.advance(minutes=30)
    decide(agenda.store, first.id)
    refused(Code.INVALID_CHOICE, lambda: run.choose(
        agenda.store, late.id, BlockChoice.TAKE_ANYWAY, give_way=[first.id]))
    run.choose(agenda.store, late.id, BlockChoice.TAKE_ANYWAY, give_way=[evaluations[-1].id])
    state = agenda.state()
    assert (state.charged_to_lopend, state.extended) == (10 * 60, 0)
    assert state.blocks[Block.LOPEND].budget == 50 * 60
    given = items.get(agenda.store, evaluations[-1].id)
    assert given.meeting_date == NEXT
    assert items.history(agenda.store, given.id)[-1].details["gave_way_to"] == late.id
    assert [u.item_id for u in state.upcoming] == [late.id] + [e.id for e in evaluations[:-1]]


def test_the_lopend_block_is_a_timebox_too(agenda: Agenda) -> None:
    done, waiting = agenda.queue(Block.LOPEND, 60), agenda.queue(Block.LOPEND, 5)
    acute = agenda.queue(Block.ACUUT, 25)  # after the lopend block; 5 of 30 minutes free
    start(agenda)
    run.start_item(agenda.store, done.id)
    agenda.clock.advance(minutes=59)
    assert agenda.state().block_time_up is None
    agenda.clock.advance(minutes=1)
    assert agenda.state().block_time_up is Block.LOPEND  # the prompt for the chair
    run.choose(agenda.store, done.id, BlockChoice.FINISH)  # one minute to decide
    agenda.clock.advance(seconds=59)
    assert agenda.state().block_time_up is None
    agenda.clock.advance(seconds=1)
    assert agenda.state().block_time_up is Block.LOPEND
    decide(agenda.store, done.id)
    error = refused(Code.BLOCK_TIME_SPENT, lambda: run.start_item(agenda.store, waiting.id))
    assert error.problems[0].params["block"] == "lopend"
    refused(Code.INVALID_CHOICE, lambda: run.choose(  # apart overleg is for acute items
        agenda.store, waiting.id, BlockChoice.CONSULTATION,
        consultation=ConsultationInput(agenda.anna, DAY)))
    run.choose(agenda.store, waiting.id, BlockChoice.TAKE_ANYWAY)  # logged
    state = agenda.state()
    # Its 5 minutes and the minute the block ran over to finish the item before: from
    # the acute block's free time first (never what its waiting item needs), the rest
    # makes the meeting longer.
    assert (state.charged_to_acuut, state.extended) == (5 * 60, 60)
    assert state.blocks[Block.LOPEND].budget == 66 * 60
    assert state.blocks[Block.ACUUT].budget == 25 * 60
    run.start_item(agenda.store, waiting.id)
    agenda.clock.advance(minutes=5)
    assert agenda.state().block_time_up is Block.LOPEND
    run.choose(agenda.store, waiting.id, BlockChoice.TAKE_ANYWAY)  # again: now it extends
    state = agenda.state()
    assert (state.charged_to_acuut, state.extended) == (5 * 60, 2 * 60)
    assert state.blocks[Block.ACUUT].budget == 25 * 60
    assert state.block_time_up is None
    decide(agenda.store, waiting.id)
    run.start_item(agenda.store, acute.id)


def test_finish_and_take_anyway_only_when_the_block_is_spent(agenda: Agenda) -> None:
    item, waiting = agenda.queue(Block.ACUUT, 10), agenda.queue(Block.ACUUT, 10)
    start(agenda)
    refused(Code.INVALID_CHOICE,
            lambda: run.choose(agenda.store, waiting.id, BlockChoice.TAKE_ANYWAY))
    run.start_item(agenda.store, item.id)
    refused(Code.INVALID_CHOICE,
            lambda: run.choose(agenda.store, item.id, BlockChoice.FINISH))
    refused(Code.INVALID_CHOICE,
            lambda: run.choose(agenda.store, waiting.id, BlockChoice.FINISH))
    assert acute_choices(agenda.store) == []


def test_a_consultation_only_for_acute_items(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    refused(Code.INVALID_CHOICE, lambda: run.choose(
        agenda.store, item.id, BlockChoice.CONSULTATION,
        consultation=ConsultationInput(agenda.anna, DAY)))
    assert acute_choices(agenda.store) == []


@pytest.mark.parametrize("choice", [BlockChoice.DEFER, BlockChoice.CONSULTATION])
def test_moving_the_acute_item_in_progress_ends_its_discussion(
        agenda: Agenda, choice: BlockChoice) -> None:
    # Bug fixed: the item stayed "in progress" after it left the meeting, so no other
    # item could start and the meeting could not be closed.
    item = agenda.queue(Block.ACUUT, 30)
    start(agenda)
    run.start_item(agenda.store, item.id)
    agenda.clock.advance(minutes=31)
    assert agenda.state().block_time_up is Block.ACUUT  # the chair is asked
    run.choose(agenda.store, item.id, choice,
               consultation=ConsultationInput(agenda.anna, DAY + dt.timedelta(days=7)))
    state = agenda.state()
    assert state.current is None
    assert state.blocks[Block.ACUUT].used == 31 * 60  # the talk still counts
    assert run.close_meeting(agenda.store) == 0


# -- skipping and deferring -----------------------------------------------------------
def test_skipped_items_go_to_the_next_meeting_when_it_closes(agenda: Agenda) -> None:
    current, not_reached = agenda.queue(Block.LOPEND, 5), agenda.queue(Block.LOPEND, 5)
    start(agenda)
    run.start_item(agenda.store, current.id)
    agenda.clock.advance(minutes=3)
    run.skip_item(agenda.store, current.id)
    run.skip_item(agenda.store, not_reached.id)
    state = agenda.state()
    assert state.current is None
    assert state.blocks[Block.LOPEND].used == 3 * 60
    assert state.upcoming == ()
    assert items.get(agenda.store, current.id).outcome is Outcome.SKIPPED
    refused(Code.ALREADY_DONE, lambda: run.start_item(agenda.store, current.id))
    assert run.close_meeting(agenda.store) == 2
    for item in (current, not_reached):
        carried = items.get(agenda.store, item.id)
        assert (carried.meeting_date, carried.outcome, carried.carried_over) == (NEXT, None, 1)


def test_defer_during_the_meeting_moves_the_item_now(agenda: Agenda) -> None:
    current, later = agenda.queue(Block.ACUUT, 10), agenda.queue(Block.LOPEND, 5)
    start(agenda)
    run.start_item(agenda.store, current.id)
    agenda.clock.advance(minutes=4)
    run.defer_item(agenda.store, current.id)
    run.defer_item(agenda.store, later.id)
    for item in (current, later):
        moved = items.get(agenda.store, item.id)
        assert (moved.meeting_date, moved.outcome, moved.carried_over) == (NEXT, None, 0)
        assert moved.process_state == item.process_state
        assert items.history(agenda.store, item.id)[-1].action is Action.DEFERRED
    state = agenda.state()
    assert state.current is None and state.upcoming == ()
    # Bug fixed: the four minutes talked before deferring were lost from the acute block.
    assert state.blocks[Block.ACUUT].used == 4 * 60
    assert run.close_meeting(agenda.store) == 0
    assert [i.id for i in items.list_items(agenda.store, NEXT)] == [current.id, later.id]


def test_talk_time_stays_in_its_block_when_the_deferred_item_moves_later(
        agenda: Agenda) -> None:
    current = agenda.queue(Block.ACUUT, 10)
    start(agenda)
    run.start_item(agenda.store, current.id)
    agenda.clock.advance(minutes=4)
    run.defer_item(agenda.store, current.id)
    # Next week's planning moves it to the other block; this meeting's times don't change.
    items.move_item(agenda.store, current.id, Block.LOPEND, by=None)
    state = agenda.state()
    assert state.blocks[Block.ACUUT].used == 4 * 60
    assert state.blocks[Block.LOPEND].used == 0


# -- closing -------------------------------------------------------------------------
def test_close_refused_while_an_item_is_in_progress(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    run.start_item(agenda.store, item.id)
    refused(Code.ITEM_IN_PROGRESS, lambda: run.close_meeting(agenda.store))
    assert meetings.running(agenda.store) is not None
    decide(agenda.store, item.id)
    assert run.close_meeting(agenda.store) == 0
    assert meetings.find(agenda.store, DAY) == Meeting(item.meeting_id, DAY,
                                                       MeetingStatus.CLOSED)


def test_close_carries_unreached_and_skipped_items_after_next_weeks_own(
        agenda: Agenda) -> None:
    done = agenda.queue(Block.LOPEND, 5)
    skipped = agenda.queue(Block.LOPEND, 5)
    unreached_lopend = agenda.queue(Block.LOPEND, 5)
    unreached_acute = agenda.queue(Block.ACUUT, 5)
    start(agenda)
    already_next = agenda.queue(Block.LOPEND, 5, date=NEXT)
    run.start_item(agenda.store, done.id)
    decide(agenda.store, done.id)
    run.skip_item(agenda.store, skipped.id)
    agenda.clock.advance(minutes=95)
    assert close(agenda) == 3
    assert meetings.running(agenda.store) is None
    assert agenda.event_kinds()[-1] == "meeting_closed"
    assert items.get(agenda.store, done.id).meeting_date == DAY
    next_week = items.list_items(agenda.store, NEXT)
    assert [i.id for i in next_week] == [unreached_acute.id, already_next.id, skipped.id,
                                         unreached_lopend.id]
    assert [i.carried_over for i in next_week] == [1, 0, 1, 1]
    assert all(i.outcome is None for i in next_week)
    change = items.history(agenda.store, skipped.id)[-1]
    assert change.action is Action.CARRIED_OVER
    # Passed over, not merely not reached: the meeting review tells them apart.
    assert change.details == {"meeting": [DAY.isoformat(), NEXT.isoformat()],
                              "position": skipped.position, "outcome": "skipped"}
    unreached = items.history(agenda.store, unreached_lopend.id)[-1]
    assert unreached.details == {"meeting": [DAY.isoformat(), NEXT.isoformat()],
                                 "position": unreached_lopend.position}


def test_carried_over_counts_up_each_week(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    run.close_meeting(agenda.store)
    agenda.clock.set(START + dt.timedelta(days=7))
    assert run.start_meeting(agenda.store).date == NEXT
    assert run.close_meeting(agenda.store) == 1
    again = items.get(agenda.store, item.id)
    assert (again.meeting_date, again.carried_over) == (dt.date(2026, 12, 8), 2)


# -- refusals ------------------------------------------------------------------------
OPERATIONS: dict[str, Callable[[Store, int], object]] = {
    "pause": lambda s, i: run.pause(s),
    "resume": lambda s, i: run.resume(s),
    "close_meeting": lambda s, i: run.close_meeting(s),
    "start_item": run.start_item,
    "choose_acute": lambda s, i: run.choose(s, i, BlockChoice.TAKE_ANYWAY),
    "skip_item": run.skip_item,
    "defer_item": run.defer_item,
    "extend": lambda s, i: run.extend(s, 5),
    "ring_bell": lambda s, i: run.ring_bell(s),
    "set_bell_reason": lambda s, i: run.set_bell_reason(s, BellReason.NO_DECISION),
    "record_decision": decide,
    "confirm_hamerstuk": decisions.confirm_hamerstuk,
}
ITEM_OPERATIONS = ["start_item", "choose_acute", "skip_item", "defer_item",
                   "record_decision"]


@pytest.mark.parametrize("name", OPERATIONS)
def test_operations_need_a_running_meeting(agenda: Agenda, name: str) -> None:
    item = agenda.queue(Block.LOPEND, 5, ItemType.MEDEDELING,
                        proposed=DecisionKind.AFSLUITEN)
    refused(Code.MEETING_NOT_RUNNING, lambda: OPERATIONS[name](agenda.store, item.id))
    start(agenda)
    run.close_meeting(agenda.store)
    refused(Code.MEETING_NOT_RUNNING, lambda: OPERATIONS[name](agenda.store, item.id))
    assert agenda.event_kinds() == ["meeting_started", "meeting_closed"]


@pytest.mark.parametrize("name", ITEM_OPERATIONS + ["confirm_hamerstuk"])
def test_items_of_another_meeting_are_refused(agenda: Agenda, name: str) -> None:
    withdrawn = agenda.queue(Block.ACUUT, 5, ItemType.MEDEDELING,
                             proposed=DecisionKind.AFSLUITEN)
    items.withdraw_item(agenda.store, withdrawn.id, by=agenda.anna)
    start(agenda)
    next_week = agenda.queue(Block.ACUUT, 5, ItemType.MEDEDELING,
                             proposed=DecisionKind.AFSLUITEN, date=NEXT)
    for item in (next_week, withdrawn):
        error = refused(Code.NOT_ON_THIS_MEETING,
                        partial(OPERATIONS[name], agenda.store, item.id))
        assert error.problems[0].field == "item"
    assert agenda.event_kinds() == ["meeting_started"]


@pytest.mark.parametrize("name", ITEM_OPERATIONS + ["confirm_hamerstuk"])
def test_an_item_already_dealt_with_is_refused(agenda: Agenda, name: str) -> None:
    item = agenda.queue(Block.ACUUT, 5, ItemType.MEDEDELING,
                        proposed=DecisionKind.AFSLUITEN)
    start(agenda)
    run.start_item(agenda.store, item.id)
    decisions.confirm_hamerstuk(agenda.store, item.id, closes_client_id=item.client_id)
    before = agenda.event_kinds()
    error = refused(Code.ALREADY_DONE, lambda: OPERATIONS[name](agenda.store, item.id))
    assert error.problems[0].params == {"outcome": "decided"}
    assert agenda.event_kinds() == before


def test_listeners_hear_of_each_operation_after_it_commits(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    heard: list[str] = []
    agenda.store.subscribe(lambda change: heard.append(change.kind))
    start(agenda)
    assert {"meeting", "meeting_event"} <= set(heard)
    heard.clear()
    run.start_item(agenda.store, item.id)
    assert heard == ["meeting_event"]
    heard.clear()
    refused(Code.ITEM_IN_PROGRESS, lambda: run.start_item(agenda.store, item.id))
    assert heard == []


def test_events_are_stamped_with_the_clock(agenda: Agenda) -> None:
    item = agenda.queue(Block.LOPEND, 5)
    start(agenda)
    agenda.clock.advance(minutes=2, seconds=30)
    run.start_item(agenda.store, item.id)
    stamps = [dt.datetime.fromisoformat(r[0]) for r in agenda.store.query(
        "SELECT at FROM meeting_event ORDER BY id")]
    assert stamps == [START, START + dt.timedelta(minutes=2, seconds=30)]
    assert [e.kind for e in run.events(agenda.store, item.meeting_id)] == [
        EventKind.MEETING_STARTED, EventKind.ITEM_STARTED]
