"""Rule 3: the default next evaluation, and the dates the decision form offers, fall on
the team's meeting day — the one on or before the date asked for, so no date offered
lies beyond the horizon (and needs a reason), and the client comes up at the meeting the
planner would put it on anyway."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from vergadering import decisions, meetings
from vergadering.settings import TeamSettings

MONDAY, TUESDAY, THURSDAY = 0, 1, 3


def team(weekday: int, months: int = 6) -> TeamSettings:
    return dataclasses.replace(TeamSettings(), meeting_weekday=weekday, horizon_months=months)


@pytest.mark.parametrize(
    ("weekday", "on", "months", "expected"),
    [(TUESDAY, dt.date(2026, 11, 24), 6, dt.date(2027, 5, 18)),  # 24 May is a Monday
     (MONDAY, dt.date(2026, 11, 23), 6, dt.date(2027, 5, 17)),  # 23 May is a Sunday
     (THURSDAY, dt.date(2026, 11, 26), 6, dt.date(2027, 5, 20)),  # 26 May a Wednesday
     (TUESDAY, dt.date(2026, 12, 1), 6, dt.date(2027, 6, 1)),  # a Tuesday already
     # Across the year end: 2 January 2027 is a Saturday, back to Thursday 31 December.
     (THURSDAY, dt.date(2026, 7, 2), 6, dt.date(2026, 12, 31)),
     (MONDAY, dt.date(2026, 12, 14), 1, dt.date(2027, 1, 11)),
     # A month end: 31 August + 6 months = 28 February 2027, a Sunday.
     (MONDAY, dt.date(2026, 8, 31), 6, dt.date(2027, 2, 22)),
     (THURSDAY, dt.date(2026, 8, 31), 6, dt.date(2027, 2, 25))],
)
def test_the_default_is_the_meeting_day_on_or_before_the_horizon(
        weekday: int, on: dt.date, months: int, expected: dt.date) -> None:
    settings = team(weekday, months)
    default = decisions.default_next_evaluation(settings, on)
    assert default == expected
    assert default.weekday() == weekday
    assert dt.timedelta(0) <= decisions.horizon(settings, on) - default < dt.timedelta(days=7)
    assert not decisions.date_needs_reason(settings, on, default)


@pytest.mark.parametrize(
    ("on", "months", "horizon"),
    [(dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
     (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # leap year
     (dt.date(2026, 12, 31), 2, dt.date(2027, 2, 28)),
     (dt.date(2026, 11, 24), 12, dt.date(2027, 11, 24))],
)
def test_the_horizon_itself_stays_in_calendar_months(
        on: dt.date, months: int, horizon: dt.date) -> None:
    settings = team(TUESDAY, months)
    assert decisions.horizon(settings, on) == horizon
    # The reason is asked only beyond the real horizon, not the rounded default.
    assert not decisions.date_needs_reason(settings, on, horizon)
    assert decisions.date_needs_reason(settings, on, horizon + dt.timedelta(days=1))


@pytest.mark.parametrize("weekday", range(7))
def test_rounding_lands_on_the_meeting_at_which_the_planner_puts_the_client(
        weekday: int) -> None:
    """The planner takes a client due before the next meeting: the meeting day on or
    before a date is the meeting a client due then comes up at."""
    settings = team(weekday)
    for offset in range(14):
        day = dt.date(2027, 3, 1) + dt.timedelta(days=offset)
        meeting = decisions.on_meeting_day(settings, day)
        assert meeting.weekday() == weekday and meeting <= day
        assert meeting <= day <= meetings.due_by_for(settings, meeting)
