"""Meeting time computed from stored events: item countdown, amber and overrun, extensions,
pauses, block budgets (acute items taken anyway charged to lopend), the expected end, the
belletje count, and the same clocks after a restart. No sleeping: every moment is given."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from vergadering import clients, items, members, run
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.items import ItemInput
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Store, open_memory, open_store
from vergadering.timeline import (
    BlockChoice,
    Event,
    EventKind,
    MeetingState,
    Phase,
    PlannedItem,
    Timeline,
)

DAY = dt.date(2026, 11, 24)  # Tuesday: the default meeting day after the clock's Monday
START = dt.datetime(2026, 11, 24, 9, 0)  # default start; 90 minutes until 10:30
END = dt.datetime(2026, 11, 24, 10, 30)


def at(minutes: float) -> dt.datetime:
    """Minutes after the scheduled start."""
    return START + dt.timedelta(minutes=minutes)


class Script:
    """Events written by hand, as the run operations would store them."""

    def __init__(self, *planned: PlannedItem, settings: TeamSettings | None = None) -> None:
        self.items = list(planned)
        self.settings = settings or TeamSettings()
        self.events: list[Event] = []
        self._ids = itertools.count(1)

    def add(self, minute: float, kind: EventKind, item: int | None = None,
            **details: object) -> Script:
        self.events.append(Event(next(self._ids), kind, at(minute), item, dict(details)))
        return self

    def state(self, minute: float) -> MeetingState:
        """The state at ``minute``, from the events stored by then."""
        now = at(minute)
        happened = [e for e in self.events if e.at <= now]
        return Timeline(DAY, self.settings, self.items, happened).state(now)


def lopend(item_id: int, minutes: int, position: int = 0, done: bool = False) -> PlannedItem:
    return PlannedItem(item_id, Block.LOPEND, minutes, position or item_id, done)


def acuut(item_id: int, minutes: int, position: int = 0, done: bool = False) -> PlannedItem:
    return PlannedItem(item_id, Block.ACUUT, minutes, position or item_id, done)


def one_item(minutes: int = 10) -> Script:
    return (Script(lopend(1, minutes)).add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1))


# -- the item's countdown ------------------------------------------------------
def test_item_counts_down_from_its_estimate() -> None:
    state = one_item(10).state(3)
    assert state.started and not state.paused and not state.closed
    assert state.current is not None
    assert state.current.item_id == 1
    assert state.current.elapsed == 180
    assert state.current.allowed == 600
    assert state.current.remaining == 420
    assert state.current.phase is Phase.NORMAL
    assert not state.current.time_up


@pytest.mark.parametrize(
    ("minute", "remaining", "phase"),
    [(0, 600, Phase.NORMAL), (7.99, 120.6, Phase.NORMAL),
     (8, 120, Phase.AMBER),  # the last 20% of 10 minutes
     (9.99, 0.6, Phase.AMBER),
     (10, 0, Phase.OVERRUN),  # time is up
     (12.5, -150, Phase.OVERRUN)],  # counting up: 2.5 minutes over
)
def test_amber_in_the_last_fifth_then_overrun_counting_up(
        minute: float, remaining: float, phase: Phase) -> None:
    current = one_item(10).state(minute).current
    assert current is not None
    assert current.remaining == pytest.approx(remaining)
    assert current.phase is phase
    assert current.time_up is (phase is Phase.OVERRUN)


def test_extensions_add_time_and_move_the_amber_mark() -> None:
    script = one_item(10).add(10, EventKind.EXTENDED, 1, minutes=5)
    extended = script.state(11).current
    assert extended is not None
    assert (extended.extensions, extended.allowed, extended.remaining) == (5, 900, 240)
    assert extended.phase is Phase.NORMAL
    amber = script.state(12).current
    assert amber is not None and amber.phase is Phase.AMBER  # 3 of 15 minutes = 20%
    script.add(14, EventKind.EXTENDED, 1, minutes=2)
    again = script.state(16).current
    assert again is not None
    assert (again.extensions, again.allowed, again.remaining) == (7, 17 * 60, 60)
    over = script.state(18).current
    assert over is not None and over.phase is Phase.OVERRUN and over.remaining == -60


def test_extensions_belong_to_their_item() -> None:
    script = (Script(lopend(1, 5), lopend(2, 5)).add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(5, EventKind.EXTENDED, 1, minutes=3)
        .add(8, EventKind.ITEM_ENDED, 1).add(8, EventKind.ITEM_STARTED, 2))
    current = script.state(9).current
    assert current is not None
    assert (current.item_id, current.allowed, current.extensions) == (2, 300, 0)


# -- pauses ------------------------------------------------------------------------
def test_pause_stops_item_and_block_clocks_and_resume_continues() -> None:
    script = one_item(10).add(4, EventKind.PAUSED).add(10, EventKind.RESUMED)
    paused = script.state(8)
    assert paused.paused
    assert paused.current is not None and paused.current.elapsed == 4 * 60
    assert paused.blocks[Block.LOPEND].used == 4 * 60
    assert script.state(9.5).current == paused.current  # nothing moves while paused
    resumed = script.state(12)
    assert not resumed.paused
    assert resumed.current is not None and resumed.current.elapsed == 6 * 60
    assert resumed.blocks[Block.LOPEND].used == 6 * 60


def test_a_second_pause_or_resume_changes_nothing() -> None:
    script = (one_item(10).add(2, EventKind.PAUSED).add(3, EventKind.PAUSED)
        .add(5, EventKind.RESUMED).add(6, EventKind.RESUMED))
    current = script.state(7).current
    assert current is not None and current.elapsed == 4 * 60  # 0-2 and 5-7


def test_an_item_ended_while_paused_keeps_its_time_until_the_pause() -> None:
    script = (Script(lopend(1, 10), lopend(2, 10)).add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(3, EventKind.PAUSED)
        .add(6, EventKind.ITEM_ENDED, 1).add(9, EventKind.RESUMED)
        .add(9, EventKind.ITEM_STARTED, 2))
    state = script.state(10)
    assert state.blocks[Block.LOPEND].used == 3 * 60 + 60
    assert state.current is not None and state.current.elapsed == 60


# -- blocks ------------------------------------------------------------------------
def test_block_used_is_the_talk_time_of_its_items() -> None:
    script = (Script(lopend(1, 5), lopend(2, 5), acuut(3, 10))
        .add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(7, EventKind.ITEM_ENDED, 1)
        .add(8, EventKind.ITEM_STARTED, 2).add(13, EventKind.ITEM_ENDED, 2)
        .add(15, EventKind.ITEM_STARTED, 3))
    state = script.state(19)
    assert state.blocks[Block.LOPEND].used == 12 * 60  # the minute between items is no talk
    assert state.blocks[Block.LOPEND].budget == 60 * 60
    assert state.blocks[Block.LOPEND].remaining == 48 * 60
    assert state.blocks[Block.ACUUT].used == 4 * 60
    assert state.blocks[Block.ACUUT].remaining == 26 * 60
    assert state.charged_to_lopend == 0
    assert not state.blocks[Block.ACUUT].spent


def test_acute_block_is_spent_when_its_budget_is_used_up() -> None:
    script = (Script(acuut(1, 20), acuut(2, 10)).add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(30, EventKind.ITEM_ENDED, 1))
    state = script.state(31)
    acute = state.blocks[Block.ACUUT]
    assert acute.spent and acute.remaining == 0
    assert acute.phase is Phase.OVERRUN


def test_an_older_take_gave_all_its_talk_from_the_lopend_block() -> None:
    # Stored before takes recorded their minutes: the lopend block paid for all of it.
    script = (Script(acuut(1, 30), acuut(2, 10), lopend(3, 10))
        .add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(30, EventKind.ITEM_ENDED, 1)
        .add(31, EventKind.BLOCK_CHOICE, 2, choice=BlockChoice.TAKE_ANYWAY.value)
        .add(31, EventKind.ITEM_STARTED, 2))
    state = script.state(39)
    assert state.charged_to_lopend == 8 * 60
    assert state.blocks[Block.ACUUT].used == 38 * 60  # all acute talk, for the trends
    assert state.blocks[Block.ACUUT].budget == 38 * 60
    assert state.taken == {Block.ACUUT: 8 * 60, Block.LOPEND: 0}
    assert state.blocks[Block.LOPEND].budget == 52 * 60  # 60 minus the 8 taken anyway
    assert state.blocks[Block.LOPEND].used == 0
    assert state.current is not None and state.current.elapsed == 8 * 60
    assert state.block_time_up is None  # such takes were never asked again


def test_a_take_moves_its_minutes_and_lengthens_the_meeting_for_the_rest() -> None:
    script = (Script(acuut(1, 30), acuut(2, 10), lopend(3, 10))
        .add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(30, EventKind.ITEM_ENDED, 1)
        .add(31, EventKind.BLOCK_CHOICE, 2, choice=BlockChoice.TAKE_ANYWAY.value,
             block="acuut", minutes=10, from_other=4, extends=6)
        .add(31, EventKind.ITEM_STARTED, 2))
    state = script.state(39)
    assert (state.charged_to_lopend, state.extended) == (4 * 60, 6 * 60)
    assert state.taken == {Block.ACUUT: 10 * 60, Block.LOPEND: 0}
    assert (state.blocks[Block.ACUUT].budget, state.blocks[Block.ACUUT].used) == (
        40 * 60, 38 * 60)
    assert state.blocks[Block.LOPEND].budget == 56 * 60
    assert state.scheduled_end == END + dt.timedelta(minutes=6)
    assert script.state(40).block_time_up is None
    assert script.state(41).block_time_up is Block.ACUUT  # its minutes used: asked again


def test_other_acute_choices_charge_nothing_to_lopend() -> None:
    script = (Script(acuut(1, 30), acuut(2, 10, done=True), acuut(3, 10, done=True))
        .add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(30, EventKind.ITEM_ENDED, 1)
        .add(31, EventKind.BLOCK_CHOICE, 2, choice=BlockChoice.DEFER.value)
        .add(31, EventKind.BLOCK_CHOICE, 3, choice=BlockChoice.CONSULTATION.value))
    state = script.state(40)
    assert state.charged_to_lopend == 0
    assert state.blocks[Block.LOPEND].budget == 60 * 60


# -- expected end ------------------------------------------------------------------
def agenda(settings: TeamSettings | None = None) -> Script:
    """Lopend first (default): L1 5, L2 10 (position 2), L3 done; acute A1 15, A2 20."""
    return Script(lopend(1, 5), lopend(2, 10), lopend(3, 20, done=True), acuut(4, 15),
                  acuut(5, 20), settings=settings).add(0, EventKind.MEETING_STARTED)


def test_expected_end_is_now_plus_what_is_left_of_the_item_and_the_rest_in_block_order(
) -> None:
    state = agenda().add(8, EventKind.ITEM_STARTED, 1).state(10)
    # 09:10, 3 minutes left of L1, then L2 10, A1 15, A2 20 (the done L3 does not count)
    assert [u.item_id for u in state.upcoming] == [2, 4, 5]
    assert [u.expected_start for u in state.upcoming] == [at(13), at(23), at(38)]
    assert state.expected_end == at(58)
    assert state.scheduled_end == END
    assert state.late_by == 0
    assert not any(u.probably_not_reached for u in state.upcoming)


def test_block_order_is_the_teams_setting() -> None:
    acute_first = dataclasses.replace(TeamSettings(), first_block=Block.ACUUT)
    state = agenda(acute_first).state(0)
    assert [u.item_id for u in state.upcoming] == [4, 5, 1, 2]
    assert [u.block for u in state.upcoming] == [Block.ACUUT, Block.ACUUT, Block.LOPEND,
                                                 Block.LOPEND]


def test_position_orders_items_within_a_block() -> None:
    script = Script(lopend(1, 5, position=3), lopend(2, 5, position=1),
                    lopend(3, 5, position=2))
    assert [u.item_id for u in script.state(0).upcoming] == [2, 3, 1]


def test_an_overrun_item_adds_nothing_more_to_the_expected_end() -> None:
    state = agenda().add(0, EventKind.ITEM_STARTED, 1).state(20)  # 15 minutes over
    assert state.current is not None and state.current.remaining == -15 * 60
    assert state.expected_end == at(20 + 10 + 15 + 20)


def test_late_by_and_items_probably_not_reached() -> None:
    # At 10:00 with 5 + 10 + 15 + 20 minutes to go, the meeting ends at 10:50.
    state = agenda().state(60)
    assert state.expected_end == at(110)
    assert state.late_by == 20 * 60
    reached = {u.item_id: not u.probably_not_reached for u in state.upcoming}
    # L1 ends 10:05, L2 10:15, A1 10:30 (exactly on time), A2 10:50
    assert reached == {1: True, 2: True, 4: True, 5: False}


def test_a_paused_meeting_runs_later_the_longer_it_pauses() -> None:
    script = agenda().add(0, EventKind.ITEM_STARTED, 1).add(2, EventKind.PAUSED)
    assert script.state(10).expected_end == at(10 + 3 + 45)
    assert script.state(50).expected_end == at(50 + 3 + 45)
    assert script.state(50).late_by == 8 * 60


def test_before_the_start_the_agenda_is_planned_from_the_scheduled_start() -> None:
    script = Script(lopend(1, 5), lopend(2, 10), acuut(3, 15))
    day_before = script.state(-24 * 60)
    assert not day_before.started and not day_before.closed
    assert day_before.current is None
    assert [u.expected_start for u in day_before.upcoming] == [at(0), at(5), at(15)]
    assert day_before.expected_end == at(30)
    assert day_before.late_by == 0
    assert day_before.bells_total == 0
    assert day_before.blocks[Block.ACUUT].used == 0
    # Not started at 10:10: whatever is planned starts from now.
    late_start = script.state(70)
    assert late_start.expected_end == at(100)
    assert late_start.late_by == 10 * 60
    assert late_start.upcoming[-1].probably_not_reached


def test_after_close_the_meeting_ended_when_it_was_closed() -> None:
    script = (Script(lopend(1, 60, done=True), acuut(2, 30, done=True))
        .add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.ITEM_STARTED, 1).add(70, EventKind.ITEM_ENDED, 1)
        .add(70, EventKind.ITEM_STARTED, 2).add(95, EventKind.ITEM_ENDED, 2)
        .add(96, EventKind.MEETING_CLOSED))
    state = script.state(96)
    assert state.closed and state.current is None and state.upcoming == ()
    assert state.expected_end == at(96)
    assert state.late_by == 6 * 60
    a_day_later = script.state(96 + 24 * 60)
    assert a_day_later.expected_end == at(96)
    assert a_day_later.late_by == 6 * 60
    assert a_day_later.blocks == state.blocks  # talk time is final
    assert a_day_later.blocks[Block.LOPEND].used == 70 * 60


# -- the belletje ------------------------------------------------------------------
def test_bells_are_counted_per_item_and_in_total() -> None:
    script = (Script(lopend(1, 10), lopend(2, 10)).add(0, EventKind.MEETING_STARTED)
        .add(0, EventKind.BELL)
        .add(1, EventKind.ITEM_STARTED, 1).add(2, EventKind.BELL, 1)
        .add(3, EventKind.BELL, 1, reason="lang_verhaal")
        .add(4, EventKind.ITEM_ENDED, 1).add(4, EventKind.ITEM_STARTED, 2)
        .add(5, EventKind.BELL, 2))
    assert script.state(3.5).bells == 2
    assert script.state(3.5).bells_total == 3  # one rang before any item
    on_second = script.state(6)
    assert (on_second.bells, on_second.bells_total) == (1, 4)
    ended = Script(*script.items)
    ended.events = script.events[:6]  # item 1 ended, item 2 not started yet
    assert (ended.state(5).bells, ended.state(5).bells_total) == (0, 3)


# -- through the store: stored events, a restart --------------------------------------
def _setup(store: Store) -> tuple[int, int, int]:
    anna = members.add_member(store, "Anna de Vries").id
    ids = []
    for n, (block, minutes) in enumerate([(Block.LOPEND, 10), (Block.LOPEND, 5),
                                          (Block.ACUUT, 15)]):
        client = clients.add_client(store, ClientInput(f"AB-{n}", anna)).id
        ids.append(items.queue_item(store, ItemInput(
            client, anna, ItemType.KWESTIE, block, "Wat doen we?", minutes=minutes),
            by=anna, meeting_date=DAY).id)
    return ids[0], ids[1], ids[2]


def test_a_restart_shows_the_same_elapsed_times(tmp_path: Path) -> None:
    path = f"{tmp_path}/team.sqlite"
    clock = FakeClock(START)
    store = open_store(path, clock)
    first, second, third = _setup(store)
    meeting = run.start_meeting(store, DAY)
    run.start_item(store, first)
    clock.advance(minutes=12)
    run.skip_item(store, first)
    run.start_item(store, second)
    clock.advance(minutes=2)
    run.pause(store)
    clock.advance(minutes=1)
    run.resume(store)
    run.extend(store, 3)
    run.ring_bell(store)
    clock.advance(minutes=2)
    before = run.timeline(store, meeting).state(clock.now())
    store.close()  # the laptop crashes during the second item

    later = FakeClock(clock.now() + dt.timedelta(minutes=4))
    reopened = open_store(path, later)
    try:
        assert run.timeline(reopened, meeting).state(clock.now()) == before
        after = run.timeline(reopened, meeting).state(later.now())
        assert after.current is not None and before.current is not None
        assert after.current.item_id == second
        assert after.current.elapsed == before.current.elapsed + 4 * 60 == 8 * 60
        assert after.current.allowed == (5 + 3) * 60
        assert after.blocks[Block.LOPEND].used == (12 + 8) * 60
        assert (after.bells, after.bells_total) == (1, 1)
        assert [u.item_id for u in after.upcoming] == [third]
        with pytest.raises(ValidationError) as error:  # the same item is still in progress
            run.start_item(reopened, third)
        assert error.value.problems[0].code is Code.ITEM_IN_PROGRESS
    finally:
        reopened.close()


def test_a_restart_while_paused_keeps_the_clocks_still(tmp_path: Path) -> None:
    path = f"{tmp_path}/team.sqlite"
    clock = FakeClock(START)
    store = open_store(path, clock)
    first, _, _ = _setup(store)
    meeting = run.start_meeting(store, DAY)
    run.start_item(store, first)
    clock.advance(minutes=3)
    run.pause(store)
    store.close()
    reopened = open_store(path, FakeClock(clock.now() + dt.timedelta(hours=1)))
    try:
        state = run.timeline(reopened, meeting).state(reopened.clock.now())
        assert state.paused
        assert state.current is not None and state.current.elapsed == 3 * 60
    finally:
        reopened.close()


# -- property: the item clock is the sum of the unpaused intervals --------------------
ACTIONS = st.lists(
    st.one_of(st.tuples(st.just("advance"), st.integers(min_value=1, max_value=900)),
              st.tuples(st.sampled_from(["pause", "resume", "next"]), st.just(0))),
    max_size=30,
)


@hsettings(max_examples=60, deadline=None)
@given(actions=ACTIONS)
def test_elapsed_is_the_sum_of_unpaused_intervals(actions: list[tuple[str, int]]) -> None:
    clock = FakeClock(START)
    store = open_memory(clock)
    try:
        anna = members.add_member(store, "Anna").id
        client = clients.add_client(store, ClientInput("AB-1", anna)).id
        queued = [items.queue_item(store, ItemInput(
            client, anna, ItemType.MEDEDELING, Block.LOPEND, minutes=5), by=anna,
            meeting_date=DAY).id for _ in range(len(actions) + 1)]
        meeting = run.start_meeting(store, DAY)
        waiting = iter(queued)
        first = next(waiting)
        run.start_item(store, first)
        current: int | None = first
        talk = {first: 0.0}  # the model: seconds of talk per item
        budget = TeamSettings().lopend_budget * 60
        paused = False
        for action, seconds in actions:
            if action == "advance":
                clock.advance(seconds=seconds)
                if not paused and current is not None:
                    talk[current] += seconds
            elif action == "pause":
                run.pause(store)
                paused = True
            elif action == "resume":
                run.resume(store)
                paused = False
            elif current is not None:  # "next": pass over this item ...
                run.skip_item(store, current)
                current = None
            elif not paused and sum(talk.values()) >= budget:
                # ... but once the block's time is spent, no next item starts without
                # the chair's choice (rules 2 and 9)
                with pytest.raises(ValidationError) as refused:
                    run.start_item(store, next(waiting))
                assert refused.value.problems[0].code is Code.BLOCK_TIME_SPENT
            elif not paused:  # ... and start the next one
                current = next(waiting)
                run.start_item(store, current)
                talk[current] = 0.0
            state = run.timeline(store, meeting).state(clock.now())
            assert state.paused is paused
            if current is None:
                assert state.current is None
            else:
                assert state.current is not None
                assert state.current.elapsed == talk[current]
            wall = (clock.now() - START).total_seconds()
            assert state.blocks[Block.LOPEND].used == sum(talk.values()) <= wall
    finally:
        store.close()


def test_a_meeting_held_on_another_day_ends_a_meeting_length_after_its_start() -> None:
    from vergadering.settings import TeamSettings
    from vergadering.timeline import Event, EventKind, Timeline

    day = dt.date(2026, 11, 24)
    started = dt.datetime(2026, 11, 23, 19, 0)  # the evening before, e.g. moved
    line = Timeline(day, TeamSettings(), [], [Event(1, EventKind.MEETING_STARTED, started,
                                                     None, {})])
    state = line.state(started + dt.timedelta(minutes=5))
    assert state.scheduled_end == started + dt.timedelta(minutes=90)
