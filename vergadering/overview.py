"""The team's evaluation overview: every active client with its due date and
status, and the headline figure (the capacity forecast: :mod:`vergadering.forecast`).

Rule 5 itself lives in :mod:`vergadering.evaluation`; this module only adds the views.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from . import evaluation, figures, standing
from . import settings as team_settings
from .evaluation import UnreadableClient
from .figures import WithinTerm
from .store import Store

SOON_WEEKS = 4  # "due soon": before the meetings of the coming four weeks


class Status(enum.Enum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"


@dataclass(frozen=True)
class Row:
    client_id: int
    reference: str
    behandelaar_id: int | None
    behandelaar: str | None
    last_evaluation: dt.date | None
    due: dt.date
    days_overdue: int  # > 0 when overdue; otherwise minus the days left
    status: Status
    on_agenda: dt.date | None  # the meeting it is queued for, if any


@dataclass(frozen=True)
class Report:
    """Rows and, apart, the active clients whose stored dates cannot be read: a view with
    any of those is incomplete and must say so."""

    rows: list[Row]
    unreadable: list[UnreadableClient]


def status_for(due: dt.date, today: dt.date) -> Status:
    return _status(due, today, today + dt.timedelta(weeks=SOON_WEEKS))


def _status(due: dt.date, today: dt.date, soon: dt.date) -> Status:
    if due < today:
        return Status.OVERDUE
    if due <= soon:
        return Status.DUE_SOON
    return Status.ON_TRACK


def _queued(store: Store) -> dict[int, dt.date]:
    """Client id -> date of the earliest open meeting it is queued for."""
    return {r["client_id"]: dt.date.fromisoformat(r["date"]) for r in store.query(
        "SELECT i.client_id, min(mt.date) AS date FROM item i JOIN meeting mt"
        " ON mt.id = i.meeting_id WHERE i.status = 'queued' AND i.outcome IS NULL"
        " AND mt.status != 'closed' GROUP BY i.client_id")}


def _rows(store: Store, today: dt.date, due: list[evaluation.DueClient]) -> list[Row]:
    queued = _queued(store) if due else {}
    soon = today + dt.timedelta(weeks=SOON_WEEKS)  # once, not per client
    return [Row(d.client_id, d.reference, d.behandelaar_id, d.behandelaar, d.last_evaluation,
                d.due, (today - d.due).days, _status(d.due, today, soon),
                queued.get(d.client_id))
            for d in due]


def rows(store: Store, today: dt.date, horizon_months: int | None = None) -> list[Row]:
    """All active clients, most overdue first (then by reference); without the ones whose
    dates cannot be read (:func:`rows_report` names those)."""
    return rows_report(store, today, horizon_months).rows


def rows_report(store: Store, today: dt.date, horizon_months: int | None = None) -> Report:
    """:func:`rows` and the active clients whose stored dates cannot be read."""
    horizon = horizon_months or team_settings.load(store).horizon_months
    due = evaluation.due_report(store, horizon_months=horizon)
    return Report(_rows(store, today, due.due), due.unreadable)


def headline(today: dt.date, all_rows: Sequence[Row], unreadable: int = 0) -> WithinTerm:
    """*Binnen de termijn* today (rule 11) from the rows already computed for the view."""
    return figures.count_within(today, (r.due for r in all_rows), unreadable)


def overdue(store: Store, on: dt.date, horizon_months: int | None = None) -> list[Row]:
    """The clients overdue on ``on`` (due before it), most overdue first, then by client;
    without the ones whose dates cannot be read (:func:`overdue_report` names those)."""
    return overdue_report(store, on, horizon_months).rows


def overdue_report(store: Store, on: dt.date, horizon_months: int | None = None) -> Report:
    """:func:`overdue` and every active client whose stored dates cannot be read.

    Asks the database only for the clients that can be overdue (or whose dates cannot be
    read): fast on a large caseload.
    """
    horizon = horizon_months or team_settings.load(store).horizon_months
    due = evaluation.due_report(store, horizon_months=horizon,
                                due_by=on - dt.timedelta(days=1))
    if on < store.clock.today():
        # A past day as it ended, as *binnen de termijn* counts it (docs/figures.md).
        return Report(_rows(store, on, _overdue_then(store, on, horizon)), due.unreadable)
    return Report(_rows(store, on, due.due), due.unreadable)


def _overdue_then(store: Store, on: dt.date, horizon: int) -> list[evaluation.DueClient]:
    """The clients overdue on a past day with their dates as they were then."""
    then, _ = standing.standing_on(store, on, horizon, end_of_day=True)
    late = {s.client_id: s for s in then if s.due < on}
    result: list[evaluation.DueClient] = []
    ids = list(late)
    for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
        chunk = ids[start:start + 500]
        for client_id, reference, behandelaar_id, behandelaar in store.query(
                "SELECT c.id, c.reference, c.behandelaar_id, m.name FROM client c"
                " LEFT JOIN member m ON m.id = c.behandelaar_id"
                f" WHERE c.id IN ({','.join('?' * len(chunk))})", tuple(chunk)):
            s = late[client_id]
            result.append(evaluation.DueClient(client_id, reference, behandelaar_id,
                                               behandelaar, s.last_evaluation, s.due))
    result.sort(key=lambda d: (d.due, d.reference.casefold()))
    return result
