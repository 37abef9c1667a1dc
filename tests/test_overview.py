"""The evaluation overview: rule 5 on its edges as the overview and the overdue
list apply it, statuses, headline figures and what is on the agenda (the capacity
forecast: tests/test_forecast.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vergadering import clients, decisions, evaluation, figures, items, members, overview, run
from vergadering import settings as team_settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.dates import add_months
from vergadering.decisions import DecisionInput
from vergadering.evaluation import horizon_threshold
from vergadering.items import DecisionKind, ItemInput
from vergadering.overview import Row, Status
from vergadering.settings import Block, ItemType
from vergadering.store import Store, open_memory

TODAY = dt.date(2026, 11, 23)  # the clock fixture's day, a Monday
MEETING = dt.date(2026, 11, 24)  # the next meeting (Tuesday, the default weekday)
DAY = dt.timedelta(days=1)


def add(store: Store, reference: str, *, last: str = "", next_: str = "",
        care_start: str = "", behandelaar: int | None = None) -> int:
    return clients.add_client(store, ClientInput(
        reference, behandelaar, care_start=care_start, last_evaluation=last,
        next_evaluation=next_)).id


def at(clock: FakeClock, day: dt.date) -> None:
    clock.set(dt.datetime.combine(day, dt.time(9, 0)))


def by_reference(rows: list[Row]) -> dict[str, Row]:
    return {r.reference: r for r in rows}


def overdue_refs(store: Store, on: dt.date, horizon: int | None = None) -> list[str]:
    return [r.reference for r in overview.overdue(store, on, horizon)]


def save(store: Store, **changes: Any) -> None:
    team_settings.save(store, dataclasses.replace(team_settings.load(store), **changes))


# -- rule 5 on its edges -----------------------------------------------------------------
def test_due_today_is_not_overdue(store: Store) -> None:
    add(store, "A", last="2026-05-23")  # due 23-11-2026
    (row,) = overview.rows(store, TODAY)
    assert (row.due, row.days_overdue, row.status) == (TODAY, 0, Status.DUE_SOON)
    assert overview.overdue(store, TODAY) == []
    (late,) = overview.overdue(store, TODAY + DAY)
    assert (late.reference, late.days_overdue, late.status) == ("A", 1, Status.OVERDUE)


@pytest.mark.parametrize(("last", "due"), [
    ("2026-08-31", dt.date(2027, 2, 28)),
    ("2027-08-31", dt.date(2028, 2, 29)),  # 2028 is a leap year
    ("2026-03-31", dt.date(2026, 9, 30)),
    ("2025-12-31", dt.date(2026, 6, 30)),
    ("2027-08-29", dt.date(2028, 2, 29)),
    ("2023-08-30", dt.date(2024, 2, 29)),
])
def test_month_ends_and_leap_days(store: Store, clock: FakeClock, last: str,
                                  due: dt.date) -> None:
    at(clock, dt.date.fromisoformat(last))
    add(store, "A", last=last)
    (row,) = overview.rows(store, due)
    assert row.due == due
    assert overdue_refs(store, due) == []
    assert [(r.reference, r.days_overdue) for r in overview.overdue(store, due + DAY)] == [
        ("A", 1)]


def test_leap_day_itself_plus_the_horizon(store: Store, clock: FakeClock) -> None:
    at(clock, dt.date(2028, 2, 29))
    add(store, "A", last="2028-02-29")
    assert overview.rows(store, dt.date(2028, 3, 1))[0].due == dt.date(2028, 8, 29)
    assert overview.rows(store, dt.date(2028, 3, 1), 12)[0].due == dt.date(2029, 2, 28)


def test_agreed_next_evaluation_earlier_than_the_horizon_counts(store: Store) -> None:
    add(store, "A", last="2026-06-01", next_="2026-09-01")
    (row,) = overview.overdue(store, TODAY)
    assert (row.due, row.days_overdue) == (dt.date(2026, 9, 1), 83)
    assert row.last_evaluation == dt.date(2026, 6, 1)


def test_agreed_next_evaluation_later_than_the_horizon_does_not(store: Store) -> None:
    add(store, "A", last="2026-06-01", next_="2027-03-01")
    (row,) = overview.rows(store, TODAY)
    assert (row.due, row.days_overdue, row.status) == (dt.date(2026, 12, 1), -8,
                                                        Status.DUE_SOON)
    assert overdue_refs(store, dt.date(2026, 12, 1)) == []
    assert overdue_refs(store, dt.date(2026, 12, 2)) == ["A"]


def test_without_dates_the_start_of_care_then_the_day_added(store: Store,
                                                            clock: FakeClock) -> None:
    add(store, "CARE", care_start="2026-03-31")
    at(clock, dt.date(2026, 2, 28))
    add(store, "ADDED")
    at(clock, TODAY)
    rows = by_reference(overview.rows(store, TODAY))
    assert (rows["CARE"].due, rows["CARE"].last_evaluation) == (dt.date(2026, 9, 30), None)
    assert (rows["ADDED"].due, rows["ADDED"].last_evaluation) == (dt.date(2026, 8, 28), None)
    assert overdue_refs(store, dt.date(2026, 8, 28)) == []
    assert overdue_refs(store, dt.date(2026, 8, 29)) == ["ADDED"]
    assert overdue_refs(store, dt.date(2026, 10, 1)) == ["ADDED", "CARE"]


def test_inactive_clients_are_never_listed(store: Store) -> None:
    closed = add(store, "CLOSED", last="2020-01-01", next_="2020-02-01")
    add(store, "OPEN", last="2026-01-01")
    clients.set_client_active(store, closed, False)
    rows = overview.rows(store, TODAY)
    assert [r.reference for r in rows] == ["OPEN"]
    assert overdue_refs(store, dt.date(2030, 1, 1)) == ["OPEN"]
    assert overview.headline(TODAY, rows).active == 1


def test_the_horizon_can_be_given(store: Store) -> None:
    add(store, "A", last="2026-05-31")
    assert overview.rows(store, TODAY, 3)[0].due == dt.date(2026, 8, 31)
    assert overview.rows(store, TODAY, 9)[0].due == dt.date(2027, 2, 28)
    assert overdue_refs(store, TODAY, 3) == ["A"]
    assert overdue_refs(store, TODAY, 9) == []


def test_without_a_horizon_the_team_setting_counts(store: Store) -> None:
    add(store, "A", last="2026-07-31")
    assert overview.rows(store, TODAY)[0].due == dt.date(2027, 1, 31)
    save(store, horizon_months=3)
    assert overview.rows(store, TODAY)[0].due == dt.date(2026, 10, 31)
    assert overdue_refs(store, TODAY) == ["A"]


def test_most_overdue_first_then_by_client(store: Store) -> None:
    for reference in ("b-2", "C-3", "a-1"):
        add(store, reference, last="2026-01-01")
    add(store, "Z-9", last="2025-12-01")
    add(store, "late", last="2026-11-01")
    assert overdue_refs(store, TODAY) == ["Z-9", "a-1", "b-2", "C-3"]
    assert [r.reference for r in overview.rows(store, TODAY)] == [
        "Z-9", "a-1", "b-2", "C-3", "late"]


# -- the overdue list is exactly the overdue rows -----------------------------------------
dates = st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2026, 11, 23))


@settings(max_examples=60, deadline=None)
@given(data=st.lists(st.tuples(st.none() | dates, st.none() | dates, st.none() | dates,
                               dates), max_size=12),
       on=st.dates(min_value=TODAY, max_value=dt.date(2028, 12, 31)),
       horizon=st.integers(1, 24))
def test_overdue_is_the_overdue_rows(
        data: list[tuple[dt.date | None, dt.date | None, dt.date | None, dt.date]],
        on: dt.date, horizon: int) -> None:
    """The overdue list lets the database narrow the caseload: it must lose no one. (A
    past day is taken as it was then: tests/test_figures.py.)"""
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0))
    store = open_memory(clock)
    try:
        for n, (care, last, nxt, added) in enumerate(data):
            at(clock, added)
            last = min(last, added) if last else None  # never in the future
            care = min(care, last) if care and last else care  # not after an evaluation
            add(store, f"C-{n}", care_start=care.isoformat() if care else "",
                last=last.isoformat() if last else "", next_=nxt.isoformat() if nxt else "")
        expected = [r for r in overview.rows(store, on, horizon) if r.status is Status.OVERDUE]
        assert overview.overdue(store, on, horizon) == expected
    finally:
        store.close()


@given(due_by=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
       horizon=st.integers(1, 24), offset=st.integers(-40, 40))
def test_horizon_threshold_splits_the_base_dates(due_by: dt.date, horizon: int,
                                                 offset: int) -> None:
    threshold = horizon_threshold(due_by, horizon)
    base = threshold + dt.timedelta(days=offset)
    assert (add_months(base, horizon) <= due_by) == (base < threshold)


# -- corrections ------------------------------------------------------------------------
@pytest.fixture
def anna(store: Store) -> int:
    return members.add_member(store, "Anna de Vries").id


def doorgaan(next_evaluation: dt.date, reason: str = "") -> DecisionInput:
    return DecisionInput(DecisionKind.DOORGAAN, next_evaluation, koers="Afbouw",
                         date_reason=reason)


def test_a_correction_sets_the_due_date_to_its_next_evaluation(
        store: Store, clock: FakeClock, anna: int) -> None:
    client = add(store, "A", last="2026-01-01", behandelaar=anna)
    item = items.queue_item(store, ItemInput(client, anna, ItemType.VRAAG, Block.LOPEND,
                                             "Doorgaan?"), by=anna)
    assert overview.rows(store, TODAY)[0].on_agenda == MEETING
    at(clock, MEETING)
    run.start_meeting(store)
    run.start_item(store, item.id)
    decided = decisions.record_decision(store, item.id, doorgaan(dt.date(2027, 3, 2)))
    (row,) = overview.rows(store, MEETING)
    assert (row.last_evaluation, row.due, row.on_agenda) == (MEETING, dt.date(2027, 3, 2),
                                                             None)
    assert overview.overdue(store, MEETING) == []

    earlier = decisions.correct_decision(store, decided.id, doorgaan(dt.date(2027, 1, 12)))
    assert overview.rows(store, MEETING)[0].due == dt.date(2027, 1, 12)
    assert overdue_refs(store, dt.date(2027, 1, 13)) == ["A"]

    # Corrected to a date past the horizon: the horizon still caps it (rule 5).
    later = decisions.correct_decision(store, earlier.id,
                                       doorgaan(dt.date(2027, 8, 3), reason="Opname"))
    (row,) = overview.rows(store, MEETING)
    assert (row.last_evaluation, row.due) == (MEETING, dt.date(2027, 5, 24))

    decisions.correct_decision(store, later.id, DecisionInput(DecisionKind.AFSLUITEN,
                                                              closes_client_id=client))
    assert overview.rows(store, MEETING) == []
    assert overdue_refs(store, dt.date(2030, 1, 1)) == []


def test_correcting_a_closure_brings_the_client_back(store: Store, clock: FakeClock,
                                                     anna: int) -> None:
    client = add(store, "A", last="2026-01-01", behandelaar=anna)
    item = items.queue_item(store, ItemInput(client, anna, ItemType.VRAAG, Block.LOPEND,
                                             "Afsluiten?"), by=anna)
    at(clock, MEETING)
    run.start_meeting(store)
    run.start_item(store, item.id)
    closed = decisions.record_decision(store, item.id, DecisionInput(DecisionKind.AFSLUITEN,
                                                                     closes_client_id=client))
    assert overview.rows(store, MEETING) == []
    decisions.correct_decision(store, closed.id, doorgaan(dt.date(2027, 2, 2)))
    (row,) = overview.rows(store, MEETING)
    assert (row.reference, row.due) == ("A", dt.date(2027, 2, 2))


# -- statuses, headline, agenda ---------------------------------------------------------------
@pytest.mark.parametrize(("due", "status"), [
    (TODAY - DAY, Status.OVERDUE),
    (TODAY, Status.DUE_SOON),
    (TODAY + dt.timedelta(weeks=4), Status.DUE_SOON),
    (TODAY + dt.timedelta(weeks=4) + DAY, Status.ON_TRACK),
])
def test_status(store: Store, clock: FakeClock, due: dt.date, status: Status) -> None:
    last = add_months(due, -6)
    assert add_months(last, 6) == due
    add(store, "A", last=last.isoformat())
    assert overview.status_for(due, TODAY) is status
    (row,) = overview.rows(store, TODAY)
    assert (row.due, row.status, row.days_overdue) == (due, status, (TODAY - due).days)


def test_headline_figures(store: Store) -> None:
    add(store, "WITHIN", last="2026-06-01")
    add(store, "DUE-TODAY", last="2026-05-23")  # evaluated exactly one horizon ago
    add(store, "LATE", last="2026-05-22")
    add(store, "NEVER", care_start="2026-10-01")  # new: not evaluated, not late
    add(store, "AGREED", last="2026-10-01", next_="2026-11-01")  # recent, yet late
    closed = add(store, "CLOSED", last="2020-01-01")
    clients.set_client_active(store, closed, False)
    rows = overview.rows(store, TODAY)
    headline = overview.headline(TODAY, rows)
    # Binnen de termijn (rule 11): not overdue today; NEVER counts by its own due date.
    assert (headline.active, headline.within, headline.overdue) == (5, 3, 2)
    assert headline.share == pytest.approx(0.6)
    assert headline.percentage == 60
    three = overview.rows(store, TODAY, 3)
    assert overview.headline(TODAY, three).within == 1  # NEVER only: due 1 January


def test_headline_of_an_empty_caseload(store: Store) -> None:
    headline = overview.headline(TODAY, [])
    assert (headline.active, headline.within, headline.overdue) == (0, 0, 0)
    assert headline.share is None and headline.percentage is None


def test_on_agenda_is_the_first_open_meeting_a_client_is_queued_for(
        store: Store, anna: int) -> None:
    a, b, c = (add(store, ref, last="2026-06-01", behandelaar=anna) for ref in "ABC")

    def queue(client: int, date: dt.date) -> int:
        return items.queue_item(store, ItemInput(client, anna, ItemType.VRAAG, Block.LOPEND,
                                                 "Doorgaan?"), by=anna, meeting_date=date).id

    later = MEETING + dt.timedelta(weeks=1)
    queue(a, later)
    queue(a, MEETING)
    queue(b, later)
    withdrawn = queue(c, MEETING)
    items.withdraw_item(store, withdrawn, by=anna)
    rows = by_reference(overview.rows(store, TODAY))
    assert {ref: r.on_agenda for ref, r in rows.items()} == {
        "A": MEETING, "B": later, "C": None}


# -- a date another tool wrote ------------------------------------------------
def test_a_client_with_an_unreadable_date_is_carried_not_dropped(store: Store) -> None:
    bad = add(store, "KAPOT", last="2020-01-01")
    add(store, "LAAT", last="2026-01-01")
    add(store, "OK", last="2026-11-01")
    store.conn.execute("UPDATE client SET next_evaluation = '31-01-2020' WHERE id = ?", (bad,))
    unreadable = [evaluation.UnreadableClient(bad, "KAPOT", "next_evaluation")]
    report = overview.overdue_report(store, TODAY)
    assert [r.reference for r in report.rows] == ["LAAT"] == overdue_refs(store, TODAY)
    assert report.unreadable == unreadable
    everyone = overview.rows_report(store, TODAY)
    assert [r.reference for r in everyone.rows] == ["LAAT", "OK"]
    assert [r.reference for r in overview.rows(store, TODAY)] == ["LAAT", "OK"]
    assert everyone.unreadable == unreadable
    headline = overview.headline(TODAY, everyone.rows, len(everyone.unreadable))
    assert headline.unreadable == 1
    assert headline.active == 3  # still an active client, only its date is unknown
    assert headline.within == 1 and headline.overdue == 1  # unknown is never within
    assert headline.percentage == 33
    assert figures.within_term(store, TODAY) == headline
