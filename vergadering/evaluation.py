"""Rule 5: when a client is due for evaluation. The one place this is decided.

A client is due on the earlier of (a) the agreed next evaluation date and (b) the last
evaluation plus the horizon. The last evaluation is the stored one (set by a decision or
imported); without one, the start of care; without that, the date the client was added.
Overdue means due before today: due today is not overdue. Inactive clients are never due.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dates import add_months, from_iso
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


def due_clients(
    store: Store, *, horizon_months: int, due_by: dt.date | None = None
) -> list[DueClient]:
    """Every active client with its due date, most overdue first (then by reference).

    With ``due_by``, only clients due on or before that date.
    """
    rows = store.query(
        "SELECT c.id, c.reference, c.behandelaar_id, m.name AS behandelaar, c.care_start,"
        " c.last_evaluation, c.next_evaluation, c.added_on"
        " FROM client c LEFT JOIN member m ON m.id = c.behandelaar_id WHERE c.active"
    )
    result: list[DueClient] = []
    for row in rows:
        last = from_iso(row["last_evaluation"])
        due = due_date(
            active=True, horizon_months=horizon_months, last_evaluation=last,
            next_evaluation=from_iso(row["next_evaluation"]),
            care_start=from_iso(row["care_start"]),
            added_on=dt.date.fromisoformat(row["added_on"]),
        )
        assert due is not None
        if due_by is None or due <= due_by:
            result.append(DueClient(row["id"], row["reference"], row["behandelaar_id"],
                                    row["behandelaar"], last, due))
    result.sort(key=lambda d: (d.due, d.reference.casefold()))
    return result
