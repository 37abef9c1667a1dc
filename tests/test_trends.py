"""Trends over the closed meetings: one point per meeting, checked on the scripted
meetings of the review tests (17 November, 24 November, 1 December)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from test_review import (  # noqa: F401 (fixtures)
    BEFORE,
    DAY,
    NEXT,
    Team,
    after_the_meeting,
    hold_the_meeting,
    hold_the_week_before,
    plan_the_meeting,
    team,
)

from vergadering import figures, meetings, ratings, trends
from vergadering.ratings import Question
from vergadering.store import Store


@pytest.fixture
def held(team: Team) -> Team:  # noqa: F811
    hold_the_week_before(team)
    plan_the_meeting(team)
    hold_the_meeting(team)
    after_the_meeting(team)
    return team


def rate(store: Store, date: dt.date, *scores: int) -> None:
    meeting = meetings.find(store, date)
    assert meeting is not None
    for score in scores:
        ratings.submit(store, meeting.id, {q: score for q in Question})


def test_one_point_per_closed_meeting_oldest_first(held: Team) -> None:
    points = trends.trends(held.store, BEFORE)
    assert [p.date for p in points] == [BEFORE, DAY, NEXT]
    assert [p.date for p in trends.trends(held.store, BEFORE + dt.timedelta(days=1))] == [
        DAY, NEXT]
    assert trends.trends(held.store, NEXT + dt.timedelta(days=1)) == []


def test_time_overruns_and_bells_of_the_meeting(held: Team) -> None:
    point = trends.trends(held.store, DAY)[0]
    # Acute talk: A1 20 and A2 10 minutes, and A5's 12 minutes taken at the cost of the
    # lopend block still count as acute. Lopend: L1 17, L2 4, L4 6, L7 6, X 8.
    assert point.acuut_minutes == 42
    assert point.lopend_minutes == 41
    assert (point.overruns, point.overrun_minutes, point.bells) == (3, 6, 6)


def test_share_binnen_de_termijn_as_the_day_ended(held: Team) -> None:
    point = trends.trends(held.store, DAY)[0]
    # In care and active on the 24th: the 17 clients of the agenda, less K (closed on
    # the 17th), plus LATE (in care since 2024, added to the app later); NEW was not
    # in care yet. Overdue as the day ended (due before the 24th): L7 (agreed 1
    # November), P (agreed 20 November) and LATE; L1, X, L3 and A2 were overdue that
    # morning but got a decision that day. L4 is due on the day itself, not overdue.
    assert point.within == figures.WithinTerm(DAY, active=17, overdue=3, unreadable=0)
    assert (point.within.within, point.within.percentage) == (14, 82)
    assert point.within == figures.within_term(held.store, DAY)


def test_the_rating_shows_from_three_respondents(held: Team) -> None:
    rate(held.store, BEFORE, 9, 3)  # two answer sets: too few to show
    rate(held.store, DAY, 6, 7, 8)
    before, day, after = trends.trends(held.store, BEFORE)
    assert (before.rating, before.respondents) == (None, 2)
    assert (day.rating, day.respondents) == (pytest.approx(7.0), 3)
    assert (after.rating, after.respondents) == (None, 0)


def test_no_active_clients_has_no_share(held: Team) -> None:
    point = dataclasses.replace(trends.trends(held.store, DAY)[0],
                                within=figures.WithinTerm(DAY, 0, 0, 0))
    assert point.within.share is None and point.within.percentage is None
