"""The past days' dates as vergadering/standing.py computed them before the trends and
reviews were made fast (benchmarks/README.md): kept unchanged as the reference that
tests/test_figures_fast.py holds the fast path to. Not used by the app.

A client's evaluation dates as they were on a past day (rule 5): what reviews, trends
and the figures of a past date count with. A decision overwrites the dates on the
client, so they are rebuilt from what was recorded when: the decisions, and the dates
entered by hand or by an import (table ``client_dates``, kept since schema 8).

Before a day, the latest of these two counts: the latest valid decision taken before it
(corrections made since count), or the dates last entered before it (on the same day,
the entered dates). A client whose dates were first entered later (a caseload imported
after the day) counts with those dates when its last evaluation lies before the day:
the evaluation happened then, it was recorded later. Otherwise it counts from its start
of care (else the day it was added), as rule 5 does for a client never evaluated. Such a
client is active or not as it stood at the end of the day it was entered.

*Approximations*, for clients whose dates were entered before schema 8 and who had
decisions by then (their entered dates are gone): such a client keeps its stored dates
unless it has decisions from that day on, or its stored last evaluation lies on or after
that day; then it counts from its start of care, which can count it as due when its
evaluation before said otherwise. A client is in care from its start of care; without
one, from the earlier of its stored last evaluation and the day it was added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from vergadering import evaluation
from vergadering.dates import from_iso
from vergadering.items import DecisionKind
from vergadering.store import Store

# The latest valid decision before :before, found per client through the
# (client_id, decided_on) index; and whether the client has decisions from then on
# (a corrected decision's correction has the same date, so any decision will do there).
# A client is in care from its start of care; without one, from the earlier of its
# stored last evaluation and the day it was added (a client imported with an evaluation
# in the past was in care then).
_AS_OF = """
    SELECT c.id, c.care_start, c.last_evaluation, c.next_evaluation, c.active, c.added_on,
           coalesce(c.care_start, min(coalesce(c.last_evaluation, c.added_on), c.added_on))
               AS in_care,
           d.kind, d.decided_on, d.next_evaluation AS decided_next,
           EXISTS (SELECT 1 FROM decision l WHERE l.client_id = c.id
                   AND l.decided_on >= :before) AS later,
           r.set_on, r.last_evaluation AS set_last, r.next_evaluation AS set_next,
           r.active AS set_active,
           f.id AS first_id, f.last_evaluation AS first_last,
           f.next_evaluation AS first_next, f.active AS first_active
    FROM client c
    LEFT JOIN decision d ON d.id = (
        SELECT x.id FROM decision x
        WHERE x.client_id = c.id AND x.decided_on < :before
          AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = x.id)
        ORDER BY x.decided_on DESC, x.id DESC LIMIT 1)
    LEFT JOIN client_dates r ON r.id = (
        SELECT y.id FROM client_dates y WHERE y.client_id = c.id AND y.set_on < :before
        ORDER BY y.set_on DESC, y.id DESC LIMIT 1)
    LEFT JOIN client_dates f ON f.id = (
        SELECT z.id FROM client_dates z WHERE z.client_id = c.id AND z.set_on = (
            SELECT min(w.set_on) FROM client_dates w WHERE w.client_id = c.id)
        ORDER BY z.id DESC LIMIT 1)
"""


@dataclass(frozen=True)
class Standing:
    """A client's evaluation dates as they were on a past day (rule 5)."""

    client_id: int
    last_evaluation: dt.date | None  # None: never evaluated (or unknown, see the module)
    due: dt.date


class _Row(NamedTuple):
    """One client's row of ``_AS_OF``: what its dates before a day are made of."""

    client_id: int
    care: str | None
    last: str | None
    nxt: str | None
    active: int
    added: str
    in_care: str | None
    kind: str | None  # the latest valid decision before the day
    decided_on: str | None
    decided_next: str | None
    later: int  # decisions from the day on
    set_on: str | None  # the dates last entered before the day
    set_last: str | None
    set_next: str | None
    set_active: int | None
    first_id: int | None  # the dates first entered (as they stood at the end of that day)
    first_last: str | None
    first_next: str | None
    first_active: int | None


_UNREADABLE = object()


def _standing(row: _Row, before: dt.date, horizon_months: int) -> tuple[object, bool]:
    """The client's :class:`Standing` before ``before`` (None: inactive then; the marker
    ``_UNREADABLE``: a stored date cannot be read), and whether that depends on the day
    itself rather than only on what was recorded before it."""
    depends = False
    try:
        was_active = bool(row.active)
        last_evaluation, next_evaluation = from_iso(row.last), from_iso(row.nxt)
        if row.decided_on is not None and (row.set_on is None or row.decided_on > row.set_on):
            was_active = row.kind != DecisionKind.AFSLUITEN.value
            last_evaluation = dt.date.fromisoformat(row.decided_on)
            next_evaluation = from_iso(row.decided_next)
        elif row.set_on is not None:  # entered by hand or imported before the day
            was_active = bool(row.set_active)
            last_evaluation, next_evaluation = from_iso(row.set_last), from_iso(row.set_next)
        elif row.first_id is not None:
            # Entered after the day: an evaluation from before it still counts; the
            # client counts as it was entered (a client entered as closed, closed).
            depends = True
            was_active = bool(row.first_active)
            last_evaluation = from_iso(row.first_last)
            next_evaluation = from_iso(row.first_next)
            if last_evaluation is None or last_evaluation >= before:
                last_evaluation, next_evaluation = None, None
        else:
            depends = True
            if row.later or (last_evaluation is not None and last_evaluation >= before):
                # Dates from before schema 8, overwritten by a decision on or after
                # ``before``, or a last evaluation imported later: unknown.
                was_active = was_active or bool(row.later)
                last_evaluation, next_evaluation = None, None
        when = evaluation.due_date(
            active=was_active, horizon_months=horizon_months,
            last_evaluation=last_evaluation, next_evaluation=next_evaluation,
            care_start=from_iso(row.care), added_on=dt.date.fromisoformat(row.added))
    except (TypeError, ValueError):
        return _UNREADABLE, depends
    if when is None:
        return None, depends
    return Standing(row.client_id, last_evaluation, when), depends


def _collect(rows: list[tuple[_Row, object]], day: dt.date
             ) -> tuple[list[Standing], list[int]]:
    """The clients in care on ``day``: active ones, and apart the unreadable (active now)."""
    iso = day.isoformat()
    result: list[Standing] = []
    unreadable: list[int] = []
    for row, standing in rows:
        if row.in_care is None or row.in_care > iso:
            continue
        if standing is _UNREADABLE:
            if row.active:
                unreadable.append(row.client_id)
        elif standing is not None:
            result.append(standing)  # type: ignore[arg-type]
    return result, unreadable


def _rows(store: Store, before: dt.date) -> list[_Row]:
    return [_Row(*r) for r in store.query(_AS_OF, {"before": before.isoformat()})]


def standing_on(store: Store, date: dt.date, horizon_months: int, *,
                end_of_day: bool = False) -> tuple[list[Standing], list[int]]:
    """Every client active and in care on ``date``, with its dates as they were before
    that day (``end_of_day``: after it, the day's decisions included), see the module's
    *Approximations*; and, apart, the ids of those clients whose stored dates cannot be
    read."""
    before = date + dt.timedelta(days=1) if end_of_day else date
    rows = _rows(store, before)
    return _collect([(row, _standing(row, before, horizon_months)[0]) for row in rows],
                    date)


def standing_on_days(store: Store, days: Sequence[dt.date], horizon_months: int, *,
                     end_of_day: bool = False
                     ) -> dict[dt.date, tuple[list[Standing], list[int]]]:
    """:func:`standing_on` for many days at once (trends, the capacity forecast's
    measured meetings), the same result for each: the clients' rows are read once, as
    before the first day, and what was recorded between the days is applied in order,
    client by client."""
    if not days:
        return {}
    ordered = sorted(set(days))
    step = dt.timedelta(days=1) if end_of_day else dt.timedelta(0)
    first, last = ordered[0] + step, ordered[-1] + step
    base = {row.client_id: row for row in _rows(store, first)}
    # What was recorded from the first day up to the last: decisions (valid ones change
    # the latest decision; any one counts for "decisions from the day on") and dates
    # entered; decisions from the last day on only count for the latter.
    decisions: dict[int, list[tuple[str, str, str | None, bool]]] = {}
    events: list[tuple[str, int]] = []
    for client_id, kind, decided_on, decided_next, valid in store.query(
            "SELECT x.client_id, x.kind, x.decided_on, x.next_evaluation,"
            " NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = x.id)"
            " FROM decision x WHERE x.decided_on >= ? AND x.decided_on < ?"
            " ORDER BY x.decided_on, x.id", (first.isoformat(), last.isoformat())):
        decisions.setdefault(client_id, []).append((decided_on, kind, decided_next,
                                                    bool(valid)))
        events.append((decided_on, client_id))
    entered: dict[int, list[tuple[str, str | None, str | None, int]]] = {}
    for client_id, set_on, set_last, set_next, set_active in store.query(
            "SELECT client_id, set_on, last_evaluation, next_evaluation, active"
            " FROM client_dates WHERE set_on >= ? AND set_on < ? ORDER BY set_on, id",
            (first.isoformat(), last.isoformat())):
        entered.setdefault(client_id, []).append((set_on, set_last, set_next, set_active))
        events.append((set_on, client_id))
    events.sort()
    after_last = {r[0] for r in store.query(
        "SELECT DISTINCT client_id FROM decision WHERE decided_on >= ?",
        (last.isoformat(),))}

    def at(client_id: int, before: dt.date) -> tuple[object, bool]:
        row = base[client_id]
        if client_id in decisions or client_id in entered:
            row = _as_before(row, before.isoformat(), decisions.get(client_id, ()),
                             entered.get(client_id, ()), client_id in after_last)
        return _standing(row, before, horizon_months)

    # Per client: in care from, active now, its standing; recomputed only for a client
    # with something recorded since the day before, or whose standing depends on the day.
    current: dict[int, tuple[str | None, int, object]] = {}
    depending: set[int] = set()
    for client_id, row in base.items():
        standing, depends = at(client_id, first)
        current[client_id] = (row.in_care, row.active, standing)
        if depends:
            depending.add(client_id)
    result: dict[dt.date, tuple[list[Standing], list[int]]] = {}
    position = 0
    for day in ordered:
        before = day + step
        iso = before.isoformat()
        changed = set(depending)
        while position < len(events) and events[position][0] < iso:
            changed.add(events[position][1])
            position += 1
        for client_id in changed:
            standing, depends = at(client_id, before)
            row = base[client_id]
            current[client_id] = (row.in_care, row.active, standing)
            if depends:
                depending.add(client_id)
            else:
                depending.discard(client_id)
        result[day] = _gather(current, day)
    return result


def _gather(current: dict[int, tuple[str | None, int, object]], day: dt.date
            ) -> tuple[list[Standing], list[int]]:
    """:func:`_collect` for the per-client states of :func:`standing_on_days`."""
    iso = day.isoformat()
    result: list[Standing] = []
    unreadable: list[int] = []
    for client_id, (in_care, active, standing) in current.items():
        if in_care is None or in_care > iso:
            continue
        if standing is _UNREADABLE:
            if active:
                unreadable.append(client_id)
        elif standing is not None:
            result.append(standing)  # type: ignore[arg-type]
    return result, unreadable


def _as_before(row: _Row, before: str,
               decisions: Sequence[tuple[str, str, str | None, bool]],
               entered: Sequence[tuple[str, str | None, str | None, int]],
               after_last: bool) -> _Row:
    """``row`` (as before the first day) with what was recorded before ``before``."""
    kind, decided_on, decided_next = row.kind, row.decided_on, row.decided_next
    later = after_last
    for on, this_kind, this_next, valid in decisions:
        if on < before:
            if valid:
                kind, decided_on, decided_next = this_kind, on, this_next
        else:
            later = True
    set_on, set_last, set_next, set_active = (row.set_on, row.set_last, row.set_next,
                                              row.set_active)
    for on, set_last_, set_next_, set_active_ in entered:
        if on < before:
            set_on, set_last, set_next, set_active = on, set_last_, set_next_, set_active_
    return row._replace(kind=kind, decided_on=decided_on, decided_next=decided_next,
                        later=int(later), set_on=set_on, set_last=set_last,
                        set_next=set_next, set_active=set_active)


def due_dates_on(store: Store, date: dt.date, horizon_months: int, *,
                 end_of_day: bool = False) -> dict[int, dt.date]:
    """The due date (rule 5) of every client active and in care on ``date``, with the
    client's dates as they were before it (see :func:`standing_on`)."""
    standing, _ = standing_on(store, date, horizon_months, end_of_day=end_of_day)
    return {s.client_id: s.due for s in standing}
