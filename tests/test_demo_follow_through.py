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
