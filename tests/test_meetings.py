"""Meetings: which date is the next meeting, and creating it once."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vergadering import meetings, settings
from vergadering.clock import FakeClock
from vergadering.meetings import MeetingStatus, next_meeting_date
from vergadering.settings import TeamSettings
from vergadering.store import Change, Store

MONDAY = dt.date(2026, 11, 23)  # the clock fixture's day
TUESDAY = dt.date(2026, 11, 24)


def on(weekday: int) -> TeamSettings:
    return dataclasses.replace(TeamSettings(), meeting_weekday=weekday)


def set_status(store: Store, date: dt.date, status: MeetingStatus) -> None:
    # Set the status directly: these tests are about the agenda, not the meeting.
    with store.transaction() as conn:
        meetings.ensure(store, date)
        conn.execute("UPDATE meeting SET status = ? WHERE date = ?",
                     (status.value, date.isoformat()))


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [(0, MONDAY), (1, TUESDAY), (2, dt.date(2026, 11, 25)), (3, dt.date(2026, 11, 26)),
     (4, dt.date(2026, 11, 27)), (5, dt.date(2026, 11, 28)), (6, dt.date(2026, 11, 29))],
)
def test_next_meeting_date_for_every_weekday(weekday: int, expected: dt.date) -> None:
    assert next_meeting_date(on(weekday), MONDAY) == expected
    assert expected.weekday() == weekday


def test_today_being_the_meeting_day_counts_when_inclusive() -> None:
    assert next_meeting_date(on(0), MONDAY) == MONDAY
    assert next_meeting_date(on(0), MONDAY, inclusive=False) == dt.date(2026, 11, 30)


@pytest.mark.parametrize("weekday", range(1, 7))
def test_not_inclusive_only_matters_on_the_meeting_day(weekday: int) -> None:
    assert (next_meeting_date(on(weekday), MONDAY, inclusive=False)
            == next_meeting_date(on(weekday), MONDAY))


def test_next_meeting_crosses_month_and_year() -> None:
    # Thursday 31 Dec 2026 -> Tuesday 5 Jan 2027
    assert next_meeting_date(on(1), dt.date(2026, 12, 31)) == dt.date(2027, 1, 5)


@given(after=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)),
       weekday=st.integers(0, 6), inclusive=st.booleans())
def test_next_meeting_is_the_first_meeting_weekday(after: dt.date, weekday: int,
                                                   inclusive: bool) -> None:
    result = next_meeting_date(on(weekday), after, inclusive=inclusive)
    assert result.weekday() == weekday
    gap = (result - after).days
    assert (0 <= gap <= 6) if inclusive else (1 <= gap <= 7)


# -- upcoming_date: the meeting the agenda is for ----------------------------------------
def test_upcoming_is_the_next_meeting_weekday(store: Store) -> None:
    assert meetings.upcoming_date(store, TeamSettings()) == TUESDAY


def test_upcoming_is_today_on_the_meeting_day(store: Store) -> None:
    assert meetings.upcoming_date(store, on(0)) == MONDAY


def test_while_todays_meeting_runs_planning_goes_to_next_week(store: Store) -> None:
    set_status(store, MONDAY, MeetingStatus.RUNNING)
    assert meetings.upcoming_date(store, on(0)) == dt.date(2026, 11, 30)
    running = meetings.running(store)
    assert running is not None and running.date == MONDAY


def test_upcoming_skips_a_meeting_closed_today(store: Store) -> None:
    set_status(store, MONDAY, MeetingStatus.CLOSED)
    assert meetings.upcoming_date(store, on(0)) == dt.date(2026, 11, 30)


def test_a_meeting_still_running_is_found_even_when_its_date_has_passed(
    store: Store,
) -> None:
    # e.g. the app crashed during last week's meeting and nobody closed it yet
    set_status(store, dt.date(2026, 11, 17), MeetingStatus.RUNNING)
    running = meetings.running(store)
    assert running is not None and running.date == dt.date(2026, 11, 17)
    assert meetings.upcoming_date(store, TeamSettings()) == TUESDAY


def test_nothing_is_running_by_default(store: Store) -> None:
    assert meetings.running(store) is None


def test_a_past_meeting_that_never_ran_is_not_upcoming(store: Store) -> None:
    with store.transaction():
        meetings.ensure(store, dt.date(2026, 11, 17))
    assert meetings.upcoming_date(store, TeamSettings()) == TUESDAY


def test_upcoming_follows_the_clock(store: Store, clock: FakeClock) -> None:
    clock.set(dt.datetime(2026, 11, 24, 23, 59))
    assert meetings.upcoming_date(store, TeamSettings()) == TUESDAY
    clock.advance(minutes=1)
    assert meetings.upcoming_date(store, TeamSettings()) == dt.date(2026, 12, 1)


def test_upcoming_uses_the_stored_weekday(store: Store) -> None:
    settings.save(store, on(3))
    assert meetings.upcoming_date(store, settings.load(store)) == dt.date(2026, 11, 26)


# -- ensure --------------------------------------------------------------------------
def test_ensure_creates_the_meeting_once(store: Store, clock: FakeClock) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with store.transaction():
        first = meetings.ensure(store, TUESDAY)
    clock.advance(hours=1)
    with store.transaction():
        again = meetings.ensure(store, TUESDAY)
    assert first == again
    assert first.date == TUESDAY
    assert first.status is MeetingStatus.PLANNED
    assert store.query("SELECT count(*) FROM meeting")[0][0] == 1
    assert store.query("SELECT created_at FROM meeting")[0][0] == "2026-11-23T09:00:00"
    assert heard == [Change("meeting")]


def test_find(store: Store) -> None:
    assert meetings.find(store, TUESDAY) is None
    with store.transaction():
        created = meetings.ensure(store, TUESDAY)
    assert meetings.find(store, TUESDAY) == created
    assert meetings.find(store, MONDAY) is None


def test_a_meeting_created_in_a_transaction_that_fails_is_gone(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        meetings.ensure(store, TUESDAY)
        raise RuntimeError
    assert meetings.find(store, TUESDAY) is None
