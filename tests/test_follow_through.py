"""The figures of docs/figures.md "Opvolging" (vergadering/follow_through.py), each on a
constructed history with known answers."""

from __future__ import annotations

import datetime as dt

import pytest
from follow_up_team import (
    FULLY,
    WEEK1,
    WEEK2,
    Team,
    action,
    doorgaan,
    make_team,
    not_done,
    verwijzen,
)

from vergadering import actions, decisions, follow_through, review, run, trends
from vergadering.actions import ActionState
from vergadering.clock import FakeClock
from vergadering.follow_up import CarriedOut, FollowUpReason
from vergadering.items import DecisionKind
from vergadering.settings import ItemType
from vergadering.store import Store

NOV = lambda day: dt.date(2026, 11, day)  # noqa: E731


@pytest.fixture
def history(store: Store, clock: FakeClock) -> Team:
    """Week 1: five clients decided (four doorgaan, one verwijzen), three actions. Week 2:
    the five followed up (one by a hamerstuk), one item deferred, one skipped, one not
    reached; one follow-up corrected afterwards."""
    team = make_team(store, clock)
    c = [team.client() for _ in range(8)]
    team.meeting(
        WEEK1, (c[0], doorgaan(actions=(action("A", team.anna, NOV(27)),))),
        (c[1], doorgaan(actions=(action("B", team.anna, WEEK2),))),
        (c[2], doorgaan(actions=(action("C", team.bram, WEEK2 + dt.timedelta(days=7)),))),
        (c[3], doorgaan()), (c[4], verwijzen()))
    team.clock.set(dt.datetime(2026, 11, 30, 16, 0))
    [a] = actions.for_client(store, c[0])
    actions.close(store, a.id, ActionState.DONE, team.anna)
    queued = [team.queue(client, WEEK2) for client in c[:4]]
    hamer = team.queue(c[4], WEEK2, ItemType.MEDEDELING, DecisionKind.DOORGAAN)
    deferred, skipped, unreached = (team.queue(client, WEEK2) for client in c[5:])
    team.start(WEEK2)
    follow = [FULLY, not_done(CarriedOut.PARTLY, FollowUpReason.WAITING_LIST),
              not_done(CarriedOut.NOT_AT_ALL, FollowUpReason.NEW_INFORMATION),
              not_done(CarriedOut.NOT_AT_ALL, FollowUpReason.OTHER, "Verhuisd")]
    made = [team.decide(item.id, doorgaan(WEEK2, follow_up=done))
            for item, done in zip(queued, follow, strict=True)]
    team.hamer(hamer.id, koers="Zoals voorgesteld", follow_up=FULLY)
    run.defer_item(store, deferred.id)
    run.skip_item(store, skipped.id)
    assert unreached.id
    team.close()
    # Later that day the fourth follow-up is corrected: partly after all.
    decisions.correct_decision(store, made[3].id, doorgaan(WEEK2, follow_up=not_done(
        CarriedOut.PARTLY, FollowUpReason.CLIENT_WANTED_OTHERWISE)))
    return team


def test_carried_out(history: Team) -> None:
    figure = follow_through.carried_out(history.store, WEEK1, WEEK2)
    assert figure.followed_up == 5
    assert figure.counts == {CarriedOut.FULLY: 2, CarriedOut.PARTLY: 2,
                             CarriedOut.NOT_AT_ALL: 1}
    assert (figure.carried_out, figure.share, figure.percentage) == (4, 0.8, 80)
    assert figure.meets_goal is False  # the goal is 85%
    assert follow_through.CARRIED_OUT_GOAL == 0.85


def test_reasons_for_the_rest(history: Team) -> None:
    reasons = follow_through.carried_out(history.store, WEEK1, WEEK2).reasons
    assert {kind: {r: n for r, n in counted.items() if n} for kind, counted in reasons.items()
            } == {CarriedOut.PARTLY: {FollowUpReason.WAITING_LIST: 1,
                                      FollowUpReason.CLIENT_WANTED_OTHERWISE: 1},
                  CarriedOut.NOT_AT_ALL: {FollowUpReason.NEW_INFORMATION: 1}}


def test_carried_out_counts_the_period_only(history: Team) -> None:
    week1 = follow_through.carried_out(history.store, WEEK1, WEEK1)
    assert (week1.followed_up, week1.share, week1.percentage, week1.meets_goal) == (
        0, None, None, None)
    assert follow_through.carried_out(history.store, WEEK2, WEEK2).followed_up == 5


def test_items_ended_in_a_decision_and_deferred(history: Team) -> None:
    both = follow_through.items_ended(history.store, WEEK1, WEEK2)
    assert (both.items, both.decided, both.deferred, both.consultation, both.not_reached,
            both.withdrawn) == (13, 10, 1, 0, 2, 0)
    assert (both.decided_percentage, both.deferred_percentage) == (77, 8)
    assert both.deferred_meets_goal is True  # at most 10%
    week2 = follow_through.items_ended(history.store, WEEK2, WEEK2)
    assert (week2.items, week2.decided, week2.deferred, week2.not_reached) == (8, 5, 1, 2)
    assert week2.decided_share == 5 / 8
    assert week2.deferred_share == 1 / 8 and week2.deferred_meets_goal is False
    empty = follow_through.items_ended(history.store, NOV(1), NOV(2))
    assert (empty.items, empty.decided_share, empty.deferred_meets_goal) == (0, None, None)


@pytest.mark.parametrize(("day", "open_", "overdue"), [
    (NOV(23), 0, 0),  # before the actions were made
    (NOV(24), 3, 0),
    (NOV(28), 3, 1),  # A was due on the 27th
    (NOV(30), 2, 0),  # A closed on the 30th; B is due on 1 December
    (WEEK2 + dt.timedelta(days=1), 2, 1),  # B overdue
])
def test_open_and_overdue_actions_on_a_day(history: Team, day: dt.date, open_: int,
                                           overdue: int) -> None:
    figure = follow_through.actions_on(history.store, day)
    assert (figure.on, figure.open, figure.overdue) == (day, open_, overdue)


# -- per meeting (Trends, Verloop) ------------------------------------------------------
def test_one_meeting_at_a_time(history: Team) -> None:
    reviewed = review.reviews(history.store, WEEK1)
    week1, week2 = follow_through.meetings_follow_through(history.store, reviewed)
    assert (week1.date, week2.date) == (WEEK1, WEEK2)
    # Week 1 followed nothing up (every client's first decision); its five items ended
    # in a decision. Its three actions were open as the day ended, none late.
    assert (week1.carried.followed_up, week1.carried.share) == (0, None)
    assert (week1.ended.items, week1.ended.decided, week1.ended.deferred) == (5, 5, 0)
    assert (week1.ended.decided_percentage, week1.ended.deferred_percentage) == (100, 0)
    assert (week1.actions.open, week1.actions.overdue) == (3, 0)
    # Week 2: the five follow-ups (the corrected one as corrected), 5 of 8 items decided,
    # 1 deferred; A was done on 30 November, B and C open, none late on the day itself.
    assert week2.carried == follow_through.carried_out(history.store, WEEK2, WEEK2)
    assert (week2.carried.carried_out, week2.carried.percentage) == (4, 80)
    assert week2.ended == follow_through.items_ended(history.store, WEEK2, WEEK2)
    # 62.5% and 12.5%: figures.percentage rounds half to even.
    assert (week2.ended.decided_percentage, week2.ended.deferred_percentage) == (62, 12)
    assert (week2.actions.open, week2.actions.overdue) == (2, 0)
    assert follow_through.meeting_follow_through(history.store, reviewed[1]) == week2


def test_the_meetings_together_are_the_period(history: Team) -> None:
    points = follow_through.meetings_follow_through(
        history.store, review.reviews(history.store, WEEK1))
    carried, ended = follow_through.totals(points)
    assert carried == follow_through.carried_out(history.store, WEEK1, WEEK2)
    assert ended == follow_through.items_ended(history.store, WEEK1, WEEK2)
    assert (carried.followed_up, ended.items, ended.decided) == (5, 13, 10)


def test_actions_on_many_days_as_on_each(history: Team) -> None:
    days = [NOV(23), NOV(24), NOV(28), NOV(30), WEEK2 + dt.timedelta(days=1)]
    assert follow_through.actions_on_days(history.store, days) == {
        day: follow_through.actions_on(history.store, day) for day in days}
    assert follow_through.actions_on_days(history.store, []) == {}


def test_a_trend_point_carries_its_meetings_follow_through(history: Team) -> None:
    week1, week2 = trends.trends(history.store, WEEK1)
    assert week2.follow_through.carried.followed_up == 5
    assert week1.follow_through.ended.items == 5
