"""Rule 5: when a client is due for evaluation. The one place this is decided.

A client is due on the earlier of (a) the agreed next evaluation date and (b) the last
evaluation plus the horizon. The last evaluation is the stored one (set by a decision or
imported); without one, the start of care; without that, the date the client was added.
Overdue means due before today: due today is not overdue. Inactive clients are never due.

A date the app did not write (a file edited by another tool) may not be an ISO date: such
a client is never dropped silently nor ends a report, it is returned as unreadable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dates import add_months
from .store import Store


@dataclass(frozen=True)
class DueClient:
    client_id: int
    reference: str
    behandelaar_id: int | None
    behandelaar: str | None
    last_evaluation: dt.date | None  # as stored: None when never evaluated
    due: dt.date

    def days_overdue(self, today: dt.date) -> int:
        """Days past the due date; 0 or negative when not overdue."""
        return (today - self.due).days

    def is_overdue(self, today: dt.date) -> bool:
        return self.due < today


@dataclass(frozen=True)
class UnreadableClient:
    """An active client with a stored date that is not a valid ISO date: whether it is due
    cannot be decided. ``field`` names the first such column (``last_evaluation``,
    ``next_evaluation``, ``care_start`` or ``added_on``); the cell's text is client data
    and is never carried."""

    client_id: int
    reference: str
    field: str


@dataclass(frozen=True)
class DueReport:
    due: list[DueClient]
    unreadable: list[UnreadableClient]  # by reference


def due_date(
    *,
    active: bool,
    horizon_months: int,
    last_evaluation: dt.date | None,
    next_evaluation: dt.date | None,
    care_start: dt.date | None,
    added_on: dt.date,
) -> dt.date | None:
    """The date a client is due for evaluation, or None for an inactive client."""
    if not active:
        return None
    base = last_evaluation or care_start or added_on
    by_horizon = add_months(base, horizon_months)
    if next_evaluation is not None and next_evaluation < by_horizon:
        return next_evaluation
    return by_horizon


_ONE_DAY = dt.timedelta(days=1)


def horizon_threshold(due_by: dt.date, horizon_months: int) -> dt.date:
    """The first day ``t`` with ``add_months(t, horizon_months) > due_by``.

    A client's horizon date is on or before ``due_by`` exactly when its base date (last
    evaluation, else start of care, else the day added) is before ``t``: calendar-month
    addition never decreases, so that set of base dates has no gaps. This lets the
    database narrow a large caseload down before the rule is applied here.
    """
    day = add_months(due_by, -horizon_months)
    while day < dt.date.max and add_months(day, horizon_months) <= due_by:
        day += _ONE_DAY
    while day > dt.date.min and add_months(day - _ONE_DAY, horizon_months) > due_by:
        day -= _ONE_DAY
    return day


# True when a stored date is there but is not a valid ISO date: only a valid one comes
# back unchanged through julianday() (2099-02-30 becomes 2099-03-02, 31-01-2020 NULL).
_MALFORMED = "({0} IS NOT NULL AND {0} != '' AND date(julianday({0})) IS NOT {0})"
_ANY_MALFORMED = " OR ".join(_MALFORMED.format(f"c.{column}") for column in (
    "next_evaluation", "last_evaluation", "care_start", "added_on"))
_SELECT = (
    "SELECT c.id, c.reference, c.behandelaar_id, m.name AS behandelaar, c.care_start,"
    " c.last_evaluation, c.next_evaluation, c.added_on, " + _ANY_MALFORMED + " AS malformed"
    " FROM client c LEFT JOIN member m ON m.id = c.behandelaar_id WHERE c.active"
)
_FIELDS = ("last_evaluation", "next_evaluation", "care_start", "added_on")


def _stored_date(value: object) -> dt.date:
    """A stored ISO date; ValueError for anything else (also text that Python's parser
    would accept but that does not compare as a date in SQL, such as ``20260101``)."""
    if not isinstance(value, str):
        raise ValueError("not text")
    day = dt.date.fromisoformat(value)
    if day.isoformat() != value:
        raise ValueError("not YYYY-MM-DD")
    return day


def _unreadable_field(last: object, nxt: object, care: object, added: object) -> str:
    """The first of a client's stored dates that cannot be read."""
    for field, value in zip(_FIELDS, (last, nxt, care, added), strict=True):
        if field == "added_on" or (value is not None and value != ""):
            try:
                _stored_date(value)
            except ValueError:
                return field
    return "added_on"  # not reached: what SQLite reads as a date, Python reads too


def due_clients(
    store: Store, *, horizon_months: int, due_by: dt.date | None = None
) -> list[DueClient]:
    """Every active client with its due date, most overdue first (then by reference).

    With ``due_by``, only clients due on or before that date (``due_by`` = the day before
    ``today`` gives the overdue ones). Clients with an unreadable date are left out here:
    what shows a list to people uses :func:`due_report`, which names them.
    """
    return due_report(store, horizon_months=horizon_months, due_by=due_by).due


def due_report(
    store: Store, *, horizon_months: int, due_by: dt.date | None = None
) -> DueReport:
    """:func:`due_clients` and, separately, the active clients whose stored dates cannot
    be read (by reference).

    With ``due_by`` the database leaves out the clients that cannot be due by then (ISO
    dates compare as text) but lets every client with a malformed date through, and the
    rule below decides for the rest.
    """
    if due_by is None:
        rows = store.query(_SELECT)
    else:
        rows = store.query(
            _SELECT + " AND (c.next_evaluation <= ?"
            " OR coalesce(c.last_evaluation, c.care_start, c.added_on) < ?"
            " OR malformed)",  # the column above: SQLite allows its alias here
            (due_by.isoformat(), horizon_threshold(due_by, horizon_months).isoformat()))
    parse = dt.date.fromisoformat
    result: list[DueClient] = []
    unreadable: list[UnreadableClient] = []
    for (client_id, reference, behandelaar_id, behandelaar, care, last, nxt, added,
         malformed) in rows:
        try:
            if malformed:  # checked by the database: the fast path below parses the rest
                raise ValueError
            last_evaluation = parse(last) if last else None
            next_evaluation = parse(nxt) if nxt else None
            care_start = parse(care) if care else None
            added_on = parse(added)
        except (TypeError, ValueError):
            unreadable.append(UnreadableClient(
                client_id, reference, _unreadable_field(last, nxt, care, added)))
            continue
        due = due_date(
            active=True, horizon_months=horizon_months, last_evaluation=last_evaluation,
            next_evaluation=next_evaluation, care_start=care_start, added_on=added_on,
        )
        assert due is not None
        if due_by is None or due <= due_by:
            result.append(DueClient(client_id, reference, behandelaar_id, behandelaar,
                                    last_evaluation, due))
    result.sort(key=lambda d: (d.due, d.reference.casefold()))
    unreadable.sort(key=lambda u: u.reference.casefold())
    return DueReport(result, unreadable)
