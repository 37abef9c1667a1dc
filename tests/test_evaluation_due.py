"""Rule 5: when a client is due (and overdue) for evaluation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vergadering import clients, evaluation, members
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.dates import add_months
from vergadering.evaluation import DueClient, due_date
from vergadering.store import Store

TODAY = dt.date(2026, 11, 23)  # the clock fixture's day
ADDED = dt.date(2020, 1, 15)


def due(
    *,
    last: dt.date | None = None,
    next_: dt.date | None = None,
    care_start: dt.date | None = None,
    added_on: dt.date = ADDED,
    horizon: int = 6,
    active: bool = True,
) -> dt.date | None:
    return due_date(active=active, horizon_months=horizon, last_evaluation=last,
                    next_evaluation=next_, care_start=care_start, added_on=added_on)


def add(store: Store, reference: str, *, last_evaluation: str = "",
        next_evaluation: str = "", care_start: str = "") -> int:
    return clients.add_client(store, ClientInput(
        reference, care_start=care_start, last_evaluation=last_evaluation,
        next_evaluation=next_evaluation)).id


def by_reference(result: list[DueClient]) -> dict[str, DueClient]:
    return {d.reference: d for d in result}


# -- due_date: the rule itself ----------------------------------------------------
def test_due_is_last_evaluation_plus_horizon() -> None:
    assert due(last=dt.date(2026, 5, 23)) == dt.date(2026, 11, 23)
    assert due(last=dt.date(2026, 5, 23), horizon=12) == dt.date(2027, 5, 23)


def test_agreed_next_evaluation_earlier_than_horizon_wins() -> None:
    assert due(last=dt.date(2026, 6, 1), next_=dt.date(2026, 9, 1)) == dt.date(2026, 9, 1)


def test_agreed_next_evaluation_later_than_horizon_loses() -> None:
    # Rule 5 takes the earlier date: agreeing on "in a year" does not stretch six months.
    assert due(last=dt.date(2026, 6, 1), next_=dt.date(2027, 3, 1)) == dt.date(2026, 12, 1)


def test_agreed_next_evaluation_on_the_horizon() -> None:
    assert due(last=dt.date(2026, 6, 1), next_=dt.date(2026, 12, 1)) == dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        (dt.date(2026, 8, 31), dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), dt.date(2028, 2, 29)),  # 2028 is a leap year
        (dt.date(2026, 3, 31), dt.date(2026, 9, 30)),
        (dt.date(2026, 8, 29), dt.date(2027, 2, 28)),
        (dt.date(2025, 12, 31), dt.date(2026, 6, 30)),
        (dt.date(2026, 1, 15), dt.date(2026, 7, 15)),
    ],
)
def test_horizon_counts_calendar_months(last: dt.date, expected: dt.date) -> None:
    assert due(last=last) == expected


def test_without_last_evaluation_the_start_of_care_counts() -> None:
    assert due(care_start=dt.date(2026, 2, 10)) == dt.date(2026, 8, 10)


def test_without_any_date_the_day_the_client_was_added_counts() -> None:
    assert due(added_on=dt.date(2026, 3, 31)) == dt.date(2026, 9, 30)


def test_last_evaluation_counts_before_start_of_care() -> None:
    assert due(last=dt.date(2026, 4, 1), care_start=dt.date(2025, 1, 1)) == dt.date(2026, 10, 1)


def test_agreed_next_evaluation_also_applies_without_last_evaluation() -> None:
    assert due(next_=dt.date(2020, 3, 1)) == dt.date(2020, 3, 1)
    assert due(care_start=dt.date(2026, 1, 1), next_=dt.date(2027, 1, 1)) == dt.date(2026, 7, 1)


def test_inactive_clients_are_never_due() -> None:
    assert due(last=dt.date(2000, 1, 1), next_=dt.date(2000, 2, 1), active=False) is None


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


@given(last=st.none() | dates, next_=st.none() | dates, care_start=st.none() | dates,
       added_on=dates, horizon=st.integers(1, 24))
def test_due_is_never_later_than_either_limit(
    last: dt.date | None, next_: dt.date | None, care_start: dt.date | None,
    added_on: dt.date, horizon: int,
) -> None:
    result = due(last=last, next_=next_, care_start=care_start, added_on=added_on,
                 horizon=horizon)
    base = last or care_start or added_on
    by_horizon = add_months(base, horizon)
    assert result is not None
    assert result <= by_horizon
    assert next_ is None or result <= next_
    assert result in (by_horizon, next_)


# -- DueClient: overdue -------------------------------------------------------------
def test_due_today_is_not_overdue() -> None:
    d = DueClient(1, "A", None, None, None, TODAY)
    assert not d.is_overdue(TODAY)
    assert d.days_overdue(TODAY) == 0


def test_due_yesterday_is_one_day_overdue() -> None:
    d = DueClient(1, "A", None, None, None, TODAY - dt.timedelta(days=1))
    assert d.is_overdue(TODAY)
    assert d.days_overdue(TODAY) == 1


def test_due_tomorrow_is_not_overdue() -> None:
    d = DueClient(1, "A", None, None, None, TODAY + dt.timedelta(days=1))
    assert not d.is_overdue(TODAY)
    assert d.days_overdue(TODAY) == -1


# -- due_clients: the list the app shows and plans from ----------------------------------
def test_due_clients_applies_the_rule_to_stored_clients(store: Store, clock: FakeClock) -> None:
    anna = members.add_member(store, "Anna de Vries")
    clients.add_client(store, ClientInput("EVAL", anna.id, care_start="2025-01-01",
                                          last_evaluation="2026-05-23"))
    add(store, "NEXT", last_evaluation="2026-06-01", next_evaluation="2026-09-01")
    add(store, "FAR", last_evaluation="2026-06-01", next_evaluation="2027-03-01")
    add(store, "CARE", care_start="2026-03-31")
    clock.set(dt.datetime(2026, 2, 28, 12, 0))
    add(store, "ADDED")
    clock.set(dt.datetime(2026, 11, 23, 9, 0))

    result = by_reference(evaluation.due_clients(store, horizon_months=6))
    assert {ref: d.due for ref, d in result.items()} == {
        "EVAL": dt.date(2026, 11, 23),
        "NEXT": dt.date(2026, 9, 1),
        "FAR": dt.date(2026, 12, 1),
        "CARE": dt.date(2026, 9, 30),
        "ADDED": dt.date(2026, 8, 28),
    }
    assert result["EVAL"].behandelaar == "Anna de Vries"
    assert result["EVAL"].behandelaar_id == anna.id
    assert result["EVAL"].last_evaluation == dt.date(2026, 5, 23)
    assert result["CARE"].last_evaluation is None  # as stored, not the fallback
    assert result["CARE"].behandelaar is None
    assert not result["EVAL"].is_overdue(TODAY)
    assert result["EVAL"].days_overdue(TODAY) == 0
    assert result["NEXT"].days_overdue(TODAY) == 83


def test_horizon_is_a_parameter(store: Store) -> None:
    add(store, "A", last_evaluation="2026-05-31")
    (d,) = evaluation.due_clients(store, horizon_months=3)
    assert d.due == dt.date(2026, 8, 31)
    (d,) = evaluation.due_clients(store, horizon_months=9)
    assert d.due == dt.date(2027, 2, 28)


def test_inactive_clients_are_left_out(store: Store) -> None:
    closed = add(store, "CLOSED", last_evaluation="2020-01-01")
    add(store, "OPEN", last_evaluation="2026-01-01")
    clients.set_client_active(store, closed, False)
    assert [d.reference for d in evaluation.due_clients(store, horizon_months=6)] == ["OPEN"]


def test_due_by_keeps_clients_due_on_or_before_that_day(store: Store) -> None:
    add(store, "ON", last_evaluation="2026-06-01")      # due 1 Dec
    add(store, "BEFORE", last_evaluation="2026-05-30")  # due 30 Nov
    add(store, "AFTER", last_evaluation="2026-06-02")   # due 2 Dec
    result = evaluation.due_clients(store, horizon_months=6, due_by=dt.date(2026, 12, 1))
    assert [d.reference for d in result] == ["BEFORE", "ON"]
    assert evaluation.due_clients(store, horizon_months=6, due_by=dt.date(2026, 11, 29)) == []


def test_most_overdue_first_then_reference_case_insensitively(store: Store) -> None:
    add(store, "b-2", last_evaluation="2026-01-01")
    add(store, "C-3", last_evaluation="2026-01-01")
    add(store, "a-1", last_evaluation="2026-01-01")
    add(store, "Z-9", last_evaluation="2025-12-01")
    add(store, "late", last_evaluation="2026-11-01")
    result = evaluation.due_clients(store, horizon_months=6)
    assert [d.reference for d in result] == ["Z-9", "a-1", "b-2", "C-3", "late"]
    overdue = [d.days_overdue(TODAY) for d in result]
    assert overdue == sorted(overdue, reverse=True)


def test_no_clients_means_nobody_due(store: Store) -> None:
    assert evaluation.due_clients(store, horizon_months=6) == []


# -- dates another tool wrote: never dropped silently, never a crash ----------
def corrupt(store: Store, client_id: int, column: str, value: object) -> None:
    store.conn.execute(f"UPDATE client SET {column} = ? WHERE id = ?", (value, client_id))


@pytest.mark.parametrize("column", ["last_evaluation", "next_evaluation", "care_start",
                                    "added_on"])
@pytest.mark.parametrize("value", ["31-01-2020", "2026/01/01", "2099-02-30", "2026-13-01",
                                   "20200101", "2020-W01-1", " 2020-01-01", "morgen",
                                   20200101, "9999-99-99"])
def test_an_unreadable_date_is_reported_not_dropped(store: Store, column: str,
                                                    value: object) -> None:
    bad = add(store, "KAPOT", last_evaluation="2020-01-01")
    add(store, "GOED", last_evaluation="2020-01-01")
    add(store, "LATER", last_evaluation="2026-11-01")
    corrupt(store, bad, column, value)
    for due_by in (None, dt.date(2026, 11, 22), dt.date(2000, 1, 1)):
        report = evaluation.due_report(store, horizon_months=6, due_by=due_by)
        assert report.unreadable == [evaluation.UnreadableClient(bad, "KAPOT", column)]
        assert "KAPOT" not in [d.reference for d in report.due]
    overdue = evaluation.due_report(store, horizon_months=6, due_by=dt.date(2026, 11, 22))
    assert [d.reference for d in overdue.due] == ["GOED"]
    # The plain list (agenda proposals, capacity) leaves it out instead of failing.
    assert [d.reference for d in evaluation.due_clients(store, horizon_months=6)] == [
        "GOED", "LATER"]


def test_an_empty_optional_date_is_no_date_and_inactive_clients_stay_out(
        store: Store) -> None:
    empty = add(store, "LEEG", care_start="2020-01-01")
    corrupt(store, empty, "last_evaluation", "")
    closed = add(store, "DICHT", last_evaluation="2020-01-01")
    clients.set_client_active(store, closed, False)
    corrupt(store, closed, "last_evaluation", "31-01-2020")
    report = evaluation.due_report(store, horizon_months=6, due_by=dt.date(2026, 11, 22))
    assert [d.reference for d in report.due] == ["LEEG"]
    assert report.unreadable == []


def test_unreadable_clients_are_sorted_by_reference(store: Store) -> None:
    for reference in ("b-2", "A-1", "C-3"):
        corrupt(store, add(store, reference), "added_on", "gisteren")
    report = evaluation.due_report(store, horizon_months=6, due_by=dt.date(2026, 11, 22))
    assert [u.reference for u in report.unreadable] == ["A-1", "b-2", "C-3"]
    assert {u.field for u in report.unreadable} == {"added_on"}


def test_a_date_at_the_calendars_end_is_never_due_and_breaks_nothing() -> None:
    """A file edited by hand may hold 9999 (the app's own input stops at 2999): its
    horizon lies beyond the calendar, so the client is due on its last day, and every
    screen and figure that reads the caseload still works."""
    from vergadering import demo, figures, forecast, overview
    from vergadering.store import open_memory

    assert add_months(dt.date(9999, 10, 1), 6) == dt.date.max
    assert add_months(dt.date(1, 2, 1), -6) == dt.date.min
    assert due_date(active=True, horizon_months=6, last_evaluation=dt.date(9999, 10, 1),
                    next_evaluation=None, care_start=None,
                    added_on=dt.date(2026, 1, 1)) == dt.date.max
    assert evaluation.horizon_threshold(dt.date.max, 6) == dt.date.max
    store = open_memory(FakeClock(dt.datetime(2026, 12, 7, 8, 0)))
    demo.fill_demo(store)
    client_id = store.query("SELECT id FROM client WHERE active LIMIT 1")[0][0]
    store.conn.execute("UPDATE client SET last_evaluation = '9999-10-01', next_evaluation"
                       " = NULL WHERE id = ?", (client_id,))
    today = store.clock.today()
    report = evaluation.due_report(store, horizon_months=6)
    assert client_id not in {c.client_id for c in report.unreadable}
    [row] = [r for r in overview.rows(store, today) if r.client_id == client_id]
    assert row.due == dt.date.max and row.status is overview.Status.ON_TRACK
    term = figures.within_term(store, today)
    assert term.unreadable == 0 and term.within > 0
    assert forecast.forecast(store, today) is not None
