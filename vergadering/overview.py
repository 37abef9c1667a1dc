"""The team's evaluation overview (issue 5): every active client with its due date and
status, the headline figures, and whether the lopend budget can keep up.

Rule 5 itself lives in :mod:`vergadering.evaluation`; this module only adds the views.
"""

from __future__ import annotations

import datetime as dt
import enum
import heapq
import math
from dataclasses import dataclass

from . import evaluation, meetings
from . import settings as team_settings
from .dates import add_months
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
class Headline:
    active: int
    within_horizon: int  # evaluated within the horizon (last evaluation + horizon >= today)
    overdue: int

    @property
    def within_share(self) -> float:
        return self.within_horizon / self.active if self.active else 1.0


def status_for(due: dt.date, today: dt.date) -> Status:
    if due < today:
        return Status.OVERDUE
    if due <= today + dt.timedelta(weeks=SOON_WEEKS):
        return Status.DUE_SOON
    return Status.ON_TRACK


def rows(store: Store, today: dt.date, horizon_months: int | None = None) -> list[Row]:
    """All active clients, most overdue first (then by reference)."""
    settings = team_settings.load(store)
    horizon = horizon_months or settings.horizon_months
    queued = {r["client_id"]: dt.date.fromisoformat(r["date"]) for r in store.query(
        "SELECT i.client_id, min(mt.date) AS date FROM item i JOIN meeting mt"
        " ON mt.id = i.meeting_id WHERE i.status = 'queued' AND i.outcome IS NULL"
        " AND mt.status != 'closed' GROUP BY i.client_id")}
    return [
        Row(d.client_id, d.reference, d.behandelaar_id, d.behandelaar, d.last_evaluation,
            d.due, (today - d.due).days, status_for(d.due, today), queued.get(d.client_id))
        for d in evaluation.due_clients(store, horizon_months=horizon)
    ]


def headline(store: Store, today: dt.date, all_rows: list[Row],
             horizon_months: int | None = None) -> Headline:
    horizon = horizon_months or team_settings.load(store).horizon_months
    within = sum(1 for r in all_rows
                 if r.last_evaluation is not None
                 and add_months(r.last_evaluation, horizon) >= today)
    return Headline(len(all_rows), within, sum(1 for r in all_rows
                                               if r.status is Status.OVERDUE))


def overdue(store: Store, on: dt.date, horizon_months: int | None = None) -> list[Row]:
    """The clients overdue on ``on`` (due before it), most overdue first, then by client."""
    return [r for r in rows(store, on, horizon_months) if r.status is Status.OVERDUE]


# -- capacity ------------------------------------------------------------------
@dataclass(frozen=True)
class MonthLoad:
    month: dt.date  # first day of the month
    meetings: int
    due: int  # clients falling due in the month (the current backlog counted in the first)
    evaluated: int  # evaluations the lopend budget allows in the simulation
    overdue_after: int  # clients still overdue after the month's last meeting


@dataclass(frozen=True)
class Capacity:
    active: int
    horizon_months: int
    minutes_per_evaluation: int
    per_meeting_possible: int  # evaluations the lopend budget holds per meeting
    per_meeting_needed: float  # to see every client once per horizon (steady state)
    backlog: int  # overdue now
    months: tuple[MonthLoad, ...]

    @property
    def keeps_up(self) -> bool:
        return self.per_meeting_possible >= math.ceil(self.per_meeting_needed)


def _weekly(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(weeks=n) for n in range(((end - start).days + 6) // 7)]


def capacity(store: Store, today: dt.date, *, months: int = 6,
             item_type: ItemType = ItemType.VRAAG) -> Capacity:
    """How many evaluations per meeting the coming months need against what the lopend
    budget holds at the team's minutes per item.

    The steady-state need is the active caseload divided by the meetings in one horizon
    (245 clients, six months of weekly meetings: about ten a week). The month table
    simulates the coming weekly meetings: each evaluates the most overdue clients first,
    as many as fit, and an evaluated client is next due one horizon later.
    """
    settings = team_settings.load(store)
    horizon = settings.horizon_months
    minutes = settings.default_minutes[item_type]
    possible = settings.budget(Block.LOPEND) // minutes
    due = [d.due for d in evaluation.due_clients(store, horizon_months=horizon)]
    first = meetings.next_meeting_date(settings, today)
    end = add_months(today, months)
    needed = len(due) / max(1, len(_weekly(first, add_months(first, horizon))))
    queue = list(due)
    heapq.heapify(queue)
    loads: list[MonthLoad] = []
    month = dt.date(today.year, today.month, 1)
    while month < end:
        next_month = add_months(month, 1)
        falling_due = sum(1 for d in due if d < next_month and (d >= month or not loads))
        evaluated = 0
        overdue_after = sum(1 for d in queue if d < today) if not loads else \
            loads[-1].overdue_after
        held = [m for m in _weekly(first, end) if month <= m < next_month]
        for meeting in held:
            for _ in range(possible):
                if not queue or queue[0] > meeting:
                    break
                heapq.heappop(queue)
                heapq.heappush(queue, add_months(meeting, horizon))
                evaluated += 1
            overdue_after = sum(1 for d in queue if d < meeting)
        loads.append(MonthLoad(month, len(held), falling_due, evaluated, overdue_after))
        month = next_month
    return Capacity(len(due), horizon, minutes, possible, needed,
                    sum(1 for d in due if d < today), tuple(loads))
