"""A client's evaluation dates as they were on a past day (rule 5): what reviews, trends
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
from dataclasses import dataclass

from . import evaluation
from .dates import from_iso
from .items import DecisionKind
from .store import Store

# The latest valid decision before :before, found per client through the
# (client_id, decided_on) index; and whether the client has decisions from then on
# (a corrected decision's correction has the same date, so any decision will do there).
# A client is in care from its start of care; without one, from the earlier of its
# stored last evaluation and the day it was added (a client imported with an evaluation
# in the past was in care then).
_AS_OF = """
    SELECT c.id, c.care_start, c.last_evaluation, c.next_evaluation, c.active, c.added_on,
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
    WHERE coalesce(c.care_start, min(coalesce(c.last_evaluation, c.added_on), c.added_on))
          <= :day
"""


@dataclass(frozen=True)
class Standing:
    """A client's evaluation dates as they were on a past day (rule 5)."""

    client_id: int
    last_evaluation: dt.date | None  # None: never evaluated (or unknown, see the module)
    due: dt.date


def standing_on(store: Store, date: dt.date, horizon_months: int, *,
                end_of_day: bool = False) -> tuple[list[Standing], list[int]]:
    """Every client active and in care on ``date``, with its dates as they were before
    that day (``end_of_day``: after it, the day's decisions included), see the module's
    *Approximations*; and, apart, the ids of those clients whose stored dates cannot be
    read."""
    before = date + dt.timedelta(days=1) if end_of_day else date
    result: list[Standing] = []
    unreadable: list[int] = []
    for (client_id, care, last, nxt, active, added, kind, decided_on, decided_next, later,
         set_on, set_last, set_next, set_active, first_id, first_last, first_next,
         first_active) in store.query(
            _AS_OF, {"day": date.isoformat(), "before": before.isoformat()}):
        try:
            was_active = bool(active)
            last_evaluation, next_evaluation = from_iso(last), from_iso(nxt)
            if decided_on is not None and (set_on is None or decided_on > set_on):
                was_active = kind != DecisionKind.AFSLUITEN.value
                last_evaluation = dt.date.fromisoformat(decided_on)
                next_evaluation = from_iso(decided_next)
            elif set_on is not None:  # entered by hand or imported before the day
                was_active = bool(set_active)
                last_evaluation, next_evaluation = from_iso(set_last), from_iso(set_next)
            elif first_id is not None:
                # Entered after the day: an evaluation from before it still counts; the
                # client counts as it was entered (a client entered as closed, closed).
                was_active = bool(first_active)
                last_evaluation = from_iso(first_last)
                next_evaluation = from_iso(first_next)
                if last_evaluation is None or last_evaluation >= before:
                    last_evaluation, next_evaluation = None, None
            elif later or (last_evaluation is not None and last_evaluation >= before):
                # Dates from before schema 8, overwritten by a decision on or after
                # ``before``, or a last evaluation imported later: unknown.
                was_active = was_active or bool(later)
                last_evaluation, next_evaluation = None, None
            when = evaluation.due_date(
                active=was_active, horizon_months=horizon_months,
                last_evaluation=last_evaluation, next_evaluation=next_evaluation,
                care_start=from_iso(care), added_on=dt.date.fromisoformat(added))
        except (TypeError, ValueError):
            if active:
                unreadable.append(client_id)
            continue
        if when is not None:
            result.append(Standing(client_id, last_evaluation, when))
    return result, unreadable


def due_dates_on(store: Store, date: dt.date, horizon_months: int, *,
                 end_of_day: bool = False) -> dict[int, dt.date]:
    """The due date (rule 5) of every client active and in care on ``date``, with the
    client's dates as they were before it (see :func:`standing_on`)."""
    standing, _ = standing_on(store, date, horizon_months, end_of_day=end_of_day)
    return {s.client_id: s.due for s in standing}
