"""The team's evaluation overview: every active client with its due date and
status, the headline figures, and whether the lopend budget can keep up.

Rule 5 itself lives in :mod:`vergadering.evaluation`; this module only adds the views.
"""

from __future__ import annotations

import datetime as dt
import enum
import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

from . import evaluation, figures, meetings, standing
from . import settings as team_settings
from .dates import add_months
from .evaluation import UnreadableClient
from .figures import WithinTerm
from .settings import Block, ItemType
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


# -- capacity ------------------------------------------------------------------
@dataclass(frozen=True)
class MonthLoad:
    month: dt.date  # first day of the month
    meetings: int
    due: int  # clients falling due in the month (the current backlog counted in the first)
    evaluated: int  # evaluations the lopend budget allows in the simulation
    overdue_after: int  # still overdue after the month's last meeting (none: at month end)


@dataclass(frozen=True)
class Capacity:
    active: int
    horizon_months: int
    minutes_per_evaluation: int
    per_meeting_possible: int  # evaluations the lopend budget holds per meeting
    per_meeting_needed: float  # to see every client once per horizon (long-run average)
    backlog: int  # overdue now
    months: tuple[MonthLoad, ...]

    @property
    def keeps_up(self) -> bool:
        return self.per_meeting_possible >= math.ceil(self.per_meeting_needed)


WEEKS_PER_MONTH = 365.2425 / 12 / 7  # 4.35: the team meets weekly


def capacity(store: Store, today: dt.date, *, months: int = 6,
             item_type: ItemType = ItemType.VRAAG) -> Capacity:
    """How many evaluations per meeting the coming months need against what the lopend
    budget holds at the team's minutes per item.

    The steady-state need is the active caseload divided by the weekly meetings in one
    horizon (245 clients, six months = 26.1 meetings: about ten a week). The month table
    covers this month (from today) and the ``months - 1`` after it, and simulates the
    weekly meetings: each evaluates, most overdue first and as many as fit, the clients
    who would otherwise be overdue at the next meeting; an evaluated client is next due
    one horizon after that meeting (the default next evaluation).
    """
    settings = team_settings.load(store)
    horizon = settings.horizon_months
    minutes = settings.default_minutes[item_type]
    possible = settings.budget(Block.LOPEND) // minutes
    due = [d.due for d in evaluation.due_clients(store, horizon_months=horizon)]
    needed = len(due) / (horizon * WEEKS_PER_MONTH)
    this_month = dt.date(today.year, today.month, 1)
    end = add_months(this_month, max(1, months))
    first = meetings.upcoming_date(store, settings, today)
    # The weekly meetings from the first open one until the end of the table.
    held = [first + dt.timedelta(weeks=n) for n in range(max(0, (end - first).days + 6) // 7)]
    queue = list(due)
    heapq.heapify(queue)
    # Every date a client falls due, also the ones the simulation adds: a client seen
    # early (due just after a meeting) still counts as due in the month it fell due.
    falling = list(due)
    loads: list[MonthLoad] = []
    month = this_month
    while month < end:
        next_month = add_months(month, 1)
        falling_due = sum(1 for d in falling if d < next_month and (d >= month or not loads))
        evaluated = 0
        this_months = [m for m in held if month <= m < next_month]
        for meeting in this_months:
            due_by = meetings.due_by_for(settings, meeting)  # as the planner proposes
            for _ in range(possible):
                if not queue or queue[0] > due_by:
                    break
                heapq.heappop(queue)
                again = add_months(meeting, horizon)
                heapq.heappush(queue, again)
                falling.append(again)
                evaluated += 1
        # Overdue on the day of the month's last meeting (after it), or without a meeting,
        # on the month's last day.
        on = this_months[-1] if this_months else next_month - dt.timedelta(days=1)
        overdue_after = sum(1 for d in queue if d < on)
        loads.append(MonthLoad(month, len(this_months), falling_due, evaluated, overdue_after))
        month = next_month
    return Capacity(len(due), horizon, minutes, possible, needed,
                    sum(1 for d in due if d < today), tuple(loads))
