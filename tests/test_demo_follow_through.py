"""The demo's history shows every figure of docs/figures.md "Opvolging" on first start:
follow-ups mostly carried out fully, some partly or not with several reasons (one
"anders" with its text), actions done, dropped, open and late, the client's voice."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from vergadering import actions, demo, follow_through, review, trends
from vergadering.actions import ActionState
from vergadering.clock import FakeClock
from vergadering.follow_up import CarriedOut, FollowUpReason
from vergadering.store import Store, open_memory

TODAY = dt.datetime(2026, 12, 7, 10, 0)


def filled(now: dt.datetime = TODAY) -> Store:
    store = open_memory(FakeClock(now))
    demo.fill_demo(store)
    return store


@pytest.fixture(scope="module")
def store() -> Store:
    return filled()


def test_follow_ups_mostly_fully_with_varied_reasons(store: Store) -> None:
    today = store.clock.today()
    figure = follow_through.carried_out(store, today - dt.timedelta(weeks=21), today)
    assert figure.followed_up >= 10
    assert figure.counts[CarriedOut.FULLY] > figure.followed_up / 2
    assert figure.counts[CarriedOut.PARTLY] and figure.counts[CarriedOut.NOT_AT_ALL]
    given = {r for counted in figure.reasons.values() for r, n in counted.items() if n}
    assert FollowUpReason.OTHER in given and len(given) >= 3
    [text] = {row[0] for row in store.query(
        "SELECT follow_up_text FROM decision WHERE follow_up_reason = 'other'")}
    assert text.strip()


def test_actions_done_dropped_open_and_late(store: Store) -> None:
    states = Counter(a.state for a in actions.all_actions(store))
    assert states[ActionState.DONE] > states[ActionState.DROPPED] > 0
    assert states[ActionState.OPEN] > 0
    assert all(a.closed_at is not None and a.closed_at > a.created_at
               for a in actions.all_actions(store) if a.state is not ActionState.OPEN)
    assert actions.overdue(store, store.clock.today())  # a few late by today
    # Every past meeting's day is counted in the trends' chart.
    points = trends.trends(store, store.clock.today() - dt.timedelta(weeks=21))
    assert any(p.follow_through.actions.overdue for p in points)


def test_the_clients_voice(store: Store) -> None:
    answers = Counter(r[0] for r in store.query("SELECT discussed_with_client FROM decision"))
    assert answers["yes"] > answers["later"] > answers["no"] > 0
    assert store.query("SELECT count(*) FROM item WHERE client_perspective != ''")[0][0] > 5


def test_the_meetings_are_those_of_before(store: Store) -> None:
    """The follow-through draws from its own numbers: the meetings' items and outcomes
    are the same as without it (111 of 124 items decided over these 20 weeks)."""
    today = store.clock.today()
    ended = follow_through.items_ended(store, today - dt.timedelta(weeks=21), today)
    assert (ended.items, ended.decided, ended.deferred) == (124, 111, 3)
    assert len(review.closed_since(store, today - dt.timedelta(weeks=21))) == 20


def test_the_same_every_time(store: Store) -> None:
    again = filled()
    try:
        query = ("SELECT decided_on, carried_out, follow_up_reason, discussed_with_client"
                 " FROM decision ORDER BY id")
        assert [tuple(r) for r in again.query(query)] == [tuple(r) for r in store.query(query)]
        assert [(a.what, a.due, a.state) for a in actions.all_actions(again)] == [
            (a.what, a.due, a.state) for a in actions.all_actions(store)]
    finally:
        again.close()


def test_open_and_late_actions_per_day_as_defined(store: Store) -> None:
    """docs/figures.md (e), many days at once (runs of days, two index ranges) against
    the definition read straight from every action: open at the end of the day (made
    before it ended, not closed by then), late when also due before the day."""
    every = actions.all_actions(store)
    closed_on = {a.closed_at.date() for a in every if a.closed_at is not None}
    made_on = {a.created_at.date() for a in every}
    today = store.clock.today()
    days = sorted({today - dt.timedelta(days=n) for n in range(0, 160, 3)} | closed_on
                  | made_on | {a.due for a in every})
    found = follow_through.actions_on_days(store, days)
    for day in days:
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
        open_then = [a for a in every if a.created_at < end
                     and (a.closed_at is None or a.closed_at >= end)]
        assert (found[day].open, found[day].overdue) == (
            len(open_then), sum(1 for a in open_then if a.due < day)), day
        assert follow_through.actions_on(store, day) == found[day]
    assert any(found[day].overdue for day in days) and any(found[day].open for day in days)
