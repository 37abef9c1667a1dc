"""The capacity forecast (docs/figures.md, "Capaciteit"): the pure play of the coming
meetings, the pace measured from the team's meetings, the variants and the back-test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vergadering import clients, demo, figures, forecast, run
from vergadering import settings as team_settings
from vergadering.clock import FakeClock
from vergadering.forecast import Change, Pace
from vergadering.settings import TeamSettings
from vergadering.store import Store, open_memory

SETTINGS = TeamSettings()  # Tuesdays, lopend 60 minutes, vraag 5 minutes, six months
MONDAY = dt.date(2026, 11, 23)
TUESDAY = dt.date(2026, 11, 24)
WEEK = dt.timedelta(weeks=1)


def pace(evaluations: float, **changes: object) -> Pace:
    base = Pace(meetings=16, minutes_per_evaluation=5.0, lopend_minutes=60.0,
                evaluations=evaluations, other_decisions=0.0, done=evaluations,
                closing_share=0.0, intake_per_week=0.0)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def play(due: list[dt.date], evaluations: float, weeks: int = 10,
         at: tuple[dt.date, ...] = (), **changes: object) -> forecast.Forecast:
    return forecast.play(due_dates=due, made_on=MONDAY, first_meeting=TUESDAY,
                         pace=pace(evaluations, **changes), settings=SETTINGS, weeks=weeks,
                         at=at)


def overdue(count: int) -> list[dt.date]:
    return [dt.date(2026, 5, 1) + dt.timedelta(days=n) for n in range(count)]


def later(count: int) -> list[dt.date]:
    """Due well after the forecast's ten weeks."""
    return [dt.date(2027, 9, 1)] * count


# -- the play --------------------------------------------------------------------------
def test_nobody_overdue_and_room_enough_keeps_up_from_the_start() -> None:
    result = play(later(100), 10)
    assert result.backlog == 0 and result.keeps_up
    assert (result.cleared_on, result.weeks_to_clear()) == (TUESDAY, 0)
    assert all(m.due == m.evaluated == m.overdue_after == 0 for m in result.meetings)
    assert result.in_weeks(8) == figures.WithinTerm(MONDAY + 8 * WEEK, 100, 0, 0)


def test_a_backlog_is_cleared_at_the_pace_longest_waiting_first() -> None:
    result = play(overdue(30) + later(70), 10, at=(MONDAY,))
    assert result.backlog == 30
    assert [(m.due, m.evaluated, m.overdue_after) for m in result.meetings[:4]] == [
        (30, 10, 20), (20, 10, 10), (10, 10, 0), (0, 0, 0)]
    assert result.cleared_on == TUESDAY + 2 * WEEK
    assert result.weeks_to_clear() == 3  # from Monday to the third meeting
    # Evaluated clients come back one horizon after their meeting: not in ten weeks.
    assert result.meetings[-1].active == 100
    assert result.expected[MONDAY] == figures.WithinTerm(MONDAY, 100, 30, 0)


def test_too_slow_never_clears_and_says_so() -> None:
    result = play(overdue(30) + later(70), 0)
    assert not result.keeps_up and result.cleared_on is None
    assert result.weeks_to_clear() is None
    assert result.in_weeks(8).overdue == 30


def test_falling_behind_later_is_not_keeping_up() -> None:
    """No backlog now, but more clients fall due in week five than the pace holds. Due
    before the next meeting and not reached is within the planning margin (overdue at
    most a week); still waiting a meeting later is behind."""
    wave = [TUESDAY + 4 * WEEK + dt.timedelta(days=2)] * 25
    result = play(wave + later(50), 10)
    assert result.backlog == 0
    assert [m.evaluated for m in result.meetings[:7]] == [0, 0, 0, 0, 10, 10, 5]
    assert [m.overdue_after for m in result.meetings[:7]] == [0, 0, 0, 0, 0, 5, 0]
    assert result.keeps_up  # cleared again in the week after
    assert result.cleared_on == TUESDAY + 6 * WEEK
    endless = play(wave + later(50), 10, weeks=6)
    assert not endless.keeps_up  # still behind when the forecast ends


def test_clients_due_before_the_next_meeting_are_taken_now() -> None:
    """The planner's rule: due on Thursday is evaluated on Tuesday, nobody is late."""
    thursday = [TUESDAY + dt.timedelta(days=2)] * 3
    result = play(thursday + later(10), 10)
    assert (result.meetings[0].due, result.meetings[0].evaluated) == (3, 3)
    assert result.in_weeks(8).overdue == 0


def test_fractions_of_an_evaluation_carry_over() -> None:
    result = play(overdue(40) + later(60), 2.5, weeks=4)
    assert [m.evaluated for m in result.meetings] == [2, 3, 2, 3]


def test_closures_and_intake() -> None:
    closing = play(overdue(20) + later(80), 10, closing_share=0.5)
    assert closing.meetings[0].active == 95  # five of ten evaluated ended their treatment
    intake = play(later(100), 10, intake_per_week=1.5, weeks=4)
    assert [m.active for m in intake.meetings] == [101, 103, 104, 106]


def test_other_decisions_evaluate_clients_spread_over_the_caseload() -> None:
    result = play(overdue(50) + later(50), 0, other_decisions=4)
    # Four a week, half of the caseload overdue: about two overdue clients a week.
    assert 10 <= 50 - result.in_weeks(8).overdue <= 22


def test_an_agreed_next_evaluation_brings_a_client_back_sooner() -> None:
    result = play(overdue(10) + later(90), 10, next_after_days=(28,), weeks=8)
    assert [m.due for m in result.meetings[:6]] == [10, 0, 0, 0, 10, 0]


def test_the_expectation_on_a_day_counts_the_meetings_up_to_it() -> None:
    result = play(overdue(30) + later(70), 10, at=(TUESDAY, TUESDAY + WEEK))
    assert result.expected[TUESDAY].overdue == 20  # the day as it ended
    assert result.expected[TUESDAY + WEEK].overdue == 10


# -- measured from the database -----------------------------------------------------------
@pytest.fixture
def demo_store() -> Iterator[Store]:
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    demo.fill_demo(store)
    yield store
    store.close()


def test_the_settings_until_enough_meetings_are_measured() -> None:
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    try:
        clients.add_client(store, clients.ClientInput("A", None, last_evaluation="2026-01-01"))
        measured = forecast.measure_pace(store, TUESDAY)
        assert not measured.measured
        assert (measured.evaluations, measured.minutes_per_evaluation) == (12.0, 5.0)
        team_settings.save(store, dataclasses.replace(
            team_settings.load(store), lopend_budget=45))
        assert forecast.measure_pace(store, TUESDAY).evaluations == 9.0
        assert forecast.backtest(store) is None  # no meeting held eight weeks ago
    finally:
        store.close()


def test_the_demo_team_does_fewer_than_its_block_holds(demo_store: Store) -> None:
    """The demo team puts two to four evaluations a week on its agenda while clients wait:
    the forecast counts what it does, not what its hour could hold, and says that
    filling the block would clear the backlog."""
    measured = forecast.measure_pace(demo_store, TUESDAY)
    assert measured.meetings == forecast.MEASURED_MEETINGS
    assert 2 <= measured.evaluations == measured.done <= 4
    assert measured.room > 10 and not measured.fills_the_block
    result = forecast.capacity(demo_store)
    assert result.forecast.backlog > 20 and not result.forecast.keeps_up
    changes = {v.change: v.forecast for v in result.variants}
    assert list(changes) == [Change.FILL_THE_BLOCK, Change.ONE_MORE, Change.FIVE_MINUTES]
    assert changes[Change.FILL_THE_BLOCK].keeps_up
    assert changes[Change.FILL_THE_BLOCK].weeks_to_clear() <= 8  # type: ignore[operator]
    assert (changes[Change.ONE_MORE].in_weeks(16).overdue
            < result.forecast.in_weeks(16).overdue)


def test_the_back_test_sets_the_forecast_of_eight_weeks_ago_beside_today(
        demo_store: Store) -> None:
    result = forecast.backtest(demo_store)
    assert result is not None
    assert result.made_on == MONDAY - 8 * WEEK and result.on == MONDAY
    assert result.measured  # twelve meetings were held by then
    assert result.actual == figures.within_term(demo_store, MONDAY)
    assert result.error == result.expected.overdue - result.actual.overdue
    # The demo team's pace wanders (two to four a week): close, not exact.
    assert result.error_share <= 0.10


def test_the_forecast_starts_from_today_s_figure(demo_store: Store) -> None:
    result = forecast.forecast(demo_store, at=(MONDAY,))
    assert result.expected[MONDAY] == figures.within_term(demo_store, MONDAY)
    assert result.meetings[0].date == TUESDAY
    assert len(result.meetings) == forecast.weeks_ahead(team_settings.load(demo_store))


def test_a_meeting_held_today_takes_no_more_evaluations() -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 0))
    store = open_memory(clock)
    try:
        clients.add_client(store, clients.ClientInput("A", None, last_evaluation="2026-01-01"))
        assert forecast.forecast(store).meetings[0].date == TUESDAY
        clock.set(dt.datetime(2026, 11, 24, 9, 0))
        run.start_meeting(store)
        assert forecast.forecast(store).meetings[0].date == TUESDAY + WEEK
    finally:
        store.close()


@settings(max_examples=40, deadline=None)
@given(due=st.lists(st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 12, 31)),
                    max_size=60),
       evaluations=st.floats(0, 15), other=st.floats(0, 3), closing=st.floats(0, 1),
       intake=st.floats(0, 3))
def test_never_more_than_due_nor_than_the_pace_holds(
        due: list[dt.date], evaluations: float, other: float, closing: float,
        intake: float) -> None:
    result = play(due, evaluations, weeks=12, other_decisions=other, closing_share=closing,
                  intake_per_week=intake)
    assert sum(m.evaluated for m in result.meetings) <= math.ceil(evaluations * 12)
    for planned in result.meetings:
        assert 0 <= planned.evaluated <= planned.due
        assert planned.overdue_after <= planned.active
    for day, figure in result.expected.items():
        assert figure.on == day and 0 <= figure.overdue <= figure.active


def test_a_client_with_an_unreadable_date_stays_in_the_figures_as_today() -> None:
    """Never binnen de termijn, never dropped: the forecast's figures count it as the
    Evaluaties headline does."""
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    try:
        clients.add_client(store, clients.ClientInput("A", None, last_evaluation="2026-10-01"))
        bad = clients.add_client(store, clients.ClientInput("B", None)).id
        store.conn.execute("UPDATE client SET next_evaluation = '31-01-2027' WHERE id = ?",
                           (bad,))
        result = forecast.forecast(store, at=(MONDAY,))
        assert result.expected[MONDAY] == figures.within_term(store, MONDAY)
        assert result.in_weeks(8) == figures.WithinTerm(MONDAY + 8 * WEEK, 2, 0, 1)
    finally:
        store.close()
