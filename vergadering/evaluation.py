"""Rule 5: when a client is due for evaluation. The one place this is decided.

A client is due on the earlier of (a) the agreed next evaluation date and (b) the last
evaluation plus the horizon. The last evaluation is the stored one (set by a decision or
imported); without one, the start of care; without that, the date the client was added.
Overdue means due before today: due today is not overdue. Inactive clients are never due.
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
    while add_months(day, horizon_months) <= due_by:
        day += _ONE_DAY
    while add_months(day - _ONE_DAY, horizon_months) > due_by:
        day -= _ONE_DAY
    return day


_SELECT = (
    "SELECT c.id, c.reference, c.behandelaar_id, m.name AS behandelaar, c.care_start,"
    " c.last_evaluation, c.next_evaluation, c.added_on"
    " FROM client c LEFT JOIN member m ON m.id = c.behandelaar_id WHERE c.active"
)


def due_clients(
    store: Store, *, horizon_months: int, due_by: dt.date | None = None
) -> list[DueClient]:
    """Every active client with its due date, most overdue first (then by reference).

    With ``due_by``, only clients due on or before that date (``due_by`` = the day before
    ``today`` gives the overdue ones); the database then leaves out the clients that
    cannot be due by then, and the rule below decides for the rest.
    """
    if due_by is None:
        rows = store.query(_SELECT)
    else:
        # A superset of the clients due by then (ISO dates compare as text); an empty
        # string sorts first, so a malformed date only lets a row through to the rule.
        rows = store.query(
            _SELECT + " AND (c.next_evaluation <= ?"
            " OR coalesce(c.last_evaluation, c.care_start, c.added_on) < ?)",
            (due_by.isoformat(), horizon_threshold(due_by, horizon_months).isoformat()))
    parse = dt.date.fromisoformat
    result: list[DueClient] = []
    for client_id, reference, behandelaar_id, behandelaar, care, last, nxt, added in rows:
        last_evaluation = parse(last) if last else None
        due = due_date(
            active=True, horizon_months=horizon_months, last_evaluation=last_evaluation,
            next_evaluation=parse(nxt) if nxt else None,
            care_start=parse(care) if care else None, added_on=parse(added),
        )
        assert due is not None
        if due_by is None or due <= due_by:
            result.append(DueClient(client_id, reference, behandelaar_id, behandelaar,
                                    last_evaluation, due))
    result.sort(key=lambda d: (d.due, d.reference.casefold()))
    return result
