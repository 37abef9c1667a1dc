"""Beyond the meeting: was what the team decided carried out, did the agenda's items end
in a decision, and what is left open (docs/figures.md, "Opvolging"). One definition per
figure (rule 11), for the meetings of a period (``start`` to ``end``, both included).
Pure data; writes nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import actions, review
from .figures import percentage
from .follow_up import CarriedOut, FollowUpReason
from .store import Store

CARRIED_OUT_GOAL = 0.85  # of the decisions followed up, at least this share carried out
DEFERRED_GOAL = 0.10  # of the agenda items, at most this share deferred
NOT_FULLY = (CarriedOut.PARTLY, CarriedOut.NOT_AT_ALL)


@dataclass(frozen=True)
class CarriedOutFigure:
    """(a) and (b): the previous decisions followed up by the valid decisions of the
    period (rule 12), and why those not carried out fully were not."""

    start: dt.date
    end: dt.date
    followed_up: int
    counts: dict[CarriedOut, int]
    reasons: dict[CarriedOut, dict[FollowUpReason, int]]  # for PARTLY and NOT_AT_ALL

    @property
    def carried_out(self) -> int:
        """Carried out fully or partly."""
        return self.counts[CarriedOut.FULLY] + self.counts[CarriedOut.PARTLY]

    @property
    def share(self) -> float | None:
        return self.carried_out / self.followed_up if self.followed_up else None

    @property
    def percentage(self) -> int | None:
        return percentage(self.carried_out, self.followed_up)

    @property
    def meets_goal(self) -> bool | None:
        return None if self.share is None else self.share >= CARRIED_OUT_GOAL


def carried_out(store: Store, start: dt.date, end: dt.date) -> CarriedOutFigure:
    """(a) and (b). A correction counts instead of the decision it corrects (rule 4),
    hamerstukken count like any decision."""
    rows = store.query(
        "SELECT carried_out, follow_up_reason, count(*) FROM decision d"
        " WHERE carried_out IS NOT NULL AND decided_on BETWEEN ? AND ?"
        "   AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)"
        " GROUP BY carried_out, follow_up_reason", (start.isoformat(), end.isoformat()))
    return _carried_figure(start, end, [(done, reason, number) for done, reason, number in rows])


def _carried_figure(start: dt.date, end: dt.date,
                    rows: Iterable[tuple[str, str | None, int]]) -> CarriedOutFigure:
    counts = dict.fromkeys(CarriedOut, 0)
    reasons = {kind: dict.fromkeys(FollowUpReason, 0) for kind in NOT_FULLY}
    for done, reason, number in rows:
        kind = CarriedOut(done)
        counts[kind] += number
        if kind in reasons and reason:
            reasons[kind][FollowUpReason(reason)] += number
    return CarriedOutFigure(start, end, sum(counts.values()), counts, reasons)


def carried_out_on_days(store: Store, days: Sequence[dt.date]) -> dict[dt.date, CarriedOutFigure]:
    """:func:`carried_out` of each day alone (``start`` = ``end`` = the day), in one
    query: one meeting's point in the trends."""
    found: dict[dt.date, list[tuple[str, str | None, int]]] = {day: [] for day in days}
    if days:
        rows = store.query(
            "SELECT decided_on, carried_out, follow_up_reason, count(*) FROM decision d"
            " WHERE carried_out IS NOT NULL AND decided_on BETWEEN ? AND ?"
            "   AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)"
            " GROUP BY decided_on, carried_out, follow_up_reason",
            (min(days).isoformat(), max(days).isoformat()))
        for on, done, reason, number in rows:
            day = dt.date.fromisoformat(on)
            if day in found:
                found[day].append((done, reason, number))
    return {day: _carried_figure(day, day, rows) for day, rows in found.items()}


@dataclass(frozen=True)
class ItemsEnded:
    """(c) and (d): what became of the items on the agendas of the period's closed
    meetings, as each meeting started (an item deferred twice counts in both meetings,
    as :mod:`vergadering.review` counts it)."""

    start: dt.date
    end: dt.date
    items: int
    decided: int  # a decision or hamerstuk
    deferred: int  # to the next meeting, during the meeting
    consultation: int  # acute items sent to a separate consultation
    not_reached: int  # passed over or not reached: carried over at the close
    withdrawn: int  # acute items not reached, withdrawn at the close

    @property
    def decided_share(self) -> float | None:
        return self.decided / self.items if self.items else None

    @property
    def decided_percentage(self) -> int | None:
        return percentage(self.decided, self.items)

    @property
    def deferred_share(self) -> float | None:
        return self.deferred / self.items if self.items else None

    @property
    def deferred_percentage(self) -> int | None:
        return percentage(self.deferred, self.items)

    @property
    def deferred_meets_goal(self) -> bool | None:
        share = self.deferred_share
        return None if share is None else share <= DEFERRED_GOAL


def items_ended(store: Store, start: dt.date, end: dt.date) -> ItemsEnded:
    """(c) and (d), from each closed meeting's review."""
    held = [m for m in review.closed_since(store, start) if m.date <= end]
    return ended_in(start, end, review.reviews_of(store, held))


def ended_in(start: dt.date, end: dt.date,
             reviewed: Iterable[review.MeetingReview]) -> ItemsEnded:
    """(c) and (d) of the meetings already ``reviewed`` (those held from ``start`` to
    ``end``): one meeting's Verloop, or a point in the trends."""
    outcomes: Counter[review.ReviewOutcome] = Counter()
    for one in reviewed:
        outcomes.update(one.outcomes)
    kinds = review.ReviewOutcome
    return ItemsEnded(
        start, end, sum(n for kind, n in outcomes.items() if kind is not kinds.IN_PROGRESS),
        outcomes[kinds.DECIDED], outcomes[kinds.DEFERRED], outcomes[kinds.CONSULTATION],
        outcomes[kinds.NOT_REACHED] + outcomes[kinds.SKIPPED], outcomes[kinds.WITHDRAWN])


@dataclass(frozen=True)
class ActionsOnDay:
    """(e): the actions open at the end of ``on`` (rule 13), and of those the ones due
    before it."""

    on: dt.date
    open: int
    overdue: int


def actions_on(store: Store, on: dt.date) -> ActionsOnDay:
    return actions_on_days(store, [on])[on]


def actions_on_days(store: Store, days: Sequence[dt.date]) -> dict[dt.date, ActionsOnDay]:
    """:func:`actions_on` for many days, from one query over the period: each action is
    open on a run of consecutive days (from the day it was made to the day before it was
    closed) and overdue on the later part of that run (after its date), so it adds one to
    those runs of the sorted days (a difference array), not once per day."""
    if not days:
        return {}
    order = sorted(set(days))
    ends = [(day + dt.timedelta(days=1)).isoformat() for day in order]  # as each day ended
    names = [day.isoformat() for day in order]
    opened = [0] * (len(order) + 1)
    late = [0] * (len(order) + 1)
    for created, closed, due in actions.open_between(store, order[0], order[-1]):
        first = bisect.bisect_right(ends, created)  # the first day that ended after it
        stop = len(order) if closed is None else bisect.bisect_right(ends, closed)
        if first >= stop:
            continue
        opened[first] += 1
        opened[stop] -= 1
        overdue_from = max(first, bisect.bisect_right(names, due))  # days after its date
        if overdue_from < stop:
            late[overdue_from] += 1
            late[stop] -= 1
    found: dict[dt.date, ActionsOnDay] = {}
    now_open = now_late = 0
    for index, day in enumerate(order):
        now_open += opened[index]
        now_late += late[index]
        found[day] = ActionsOnDay(day, now_open, now_late)
    return found


@dataclass(frozen=True)
class MeetingFollowThrough:
    """One meeting's follow-through: (a) and (b) of the decisions taken in it, (c) and
    (d) of the items on its agenda, (e) as its day ended."""

    date: dt.date
    carried: CarriedOutFigure
    ended: ItemsEnded
    actions: ActionsOnDay


def meetings_follow_through(store: Store, reviewed: Sequence[review.MeetingReview]
                            ) -> list[MeetingFollowThrough]:
    """The follow-through of each meeting already ``reviewed``, in that order: a few
    queries over the period, whatever the number of meetings."""
    days = [one.date for one in reviewed]
    carried = carried_out_on_days(store, days)
    open_ = actions_on_days(store, days)
    return [MeetingFollowThrough(one.date, carried[one.date],
                                 ended_in(one.date, one.date, (one,)), open_[one.date])
            for one in reviewed]


def meeting_follow_through(store: Store, reviewed: review.MeetingReview
                           ) -> MeetingFollowThrough:
    """One meeting's follow-through (Verloop)."""
    return meetings_follow_through(store, (reviewed,))[0]


def totals(points: Sequence[MeetingFollowThrough]) -> tuple[CarriedOutFigure, ItemsEnded]:
    """(a)-(d) over the meetings of ``points`` together: the same numbers as
    :func:`carried_out` and :func:`items_ended` over their period."""
    if not points:
        raise ValueError("no meetings")
    start, end = points[0].date, points[-1].date
    counts = {kind: sum(p.carried.counts[kind] for p in points) for kind in CarriedOut}
    reasons = {kind: {reason: sum(p.carried.reasons[kind][reason] for p in points)
                      for reason in FollowUpReason} for kind in NOT_FULLY}
    carried = CarriedOutFigure(start, end, sum(counts.values()), counts, reasons)

    def total(name: str) -> int:
        return sum(int(getattr(p.ended, name)) for p in points)

    ended = ItemsEnded(start, end, *(total(name) for name in (
        "items", "decided", "deferred", "consultation", "not_reached", "withdrawn")))
    return carried, ended
