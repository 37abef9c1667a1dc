"""The team's figures, one definition each (rule 11; docs/figures.md says what each
counts, in Dutch and in words). Every screen, export and command that shows one of
these gets it from here:

- **binnen de termijn** (:func:`within_term`): of the clients active and in care on a
  day, how many are not overdue on that day by rule 5 (a new client by its own due
  date: start of care plus the horizon). A day is taken as it ended: decisions taken on
  it count. Today and later days use the stored dates (a later day: if nobody is
  evaluated until then); an earlier day uses the dates as they were then, rebuilt from
  the decisions (:mod:`vergadering.standing`).
- **toe en besproken** (:func:`due_and_discussed`): of the clients due at a meeting (due
  before the next meeting, the planner's own rule, with their dates as they were before
  it), how many got a decision in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from . import evaluation, meetings, standing
from . import settings as team_settings
from .meetings import Meeting
from .settings import TeamSettings
from .store import Store


@dataclass(frozen=True)
class WithinTerm:
    """*Binnen de termijn* on ``on``."""

    on: dt.date
    active: int  # active and in care that day, also those whose dates cannot be read
    overdue: int  # due before ``on`` (due that day is not overdue)
    unreadable: int  # whether they are overdue cannot be decided: never counted within

    @property
    def within(self) -> int:
        return self.active - self.overdue - self.unreadable

    @property
    def share(self) -> float | None:
        return self.within / self.active if self.active else None

    @property
    def percentage(self) -> int | None:
        """Rounded, but never 100 while someone is missing, nor 0 while someone is in:
        the one rounding every screen, export and command shows."""
        if not self.active:
            return None
        share = round(100 * self.within / self.active)
        if self.within < self.active:
            share = min(share, 99)
        if self.within > 0:
            share = max(share, 1)
        return share


def count_within(on: dt.date, due_dates: Iterable[dt.date], unreadable: int = 0) -> WithinTerm:
    """*Binnen de termijn* from the due dates of every active client (rule 5)."""
    active = overdue = 0
    for due in due_dates:
        active += 1
        overdue += due < on
    return WithinTerm(on, active + unreadable, overdue, unreadable)


def within_term(store: Store, on: dt.date, horizon_months: int | None = None) -> WithinTerm:
    """*Binnen de termijn* on ``on``, as the day ended (see the module)."""
    horizon = horizon_months or team_settings.load(store).horizon_months
    if on >= store.clock.today():
        report = evaluation.due_report(store, horizon_months=horizon)
        return count_within(on, (d.due for d in report.due), len(report.unreadable))
    then, unreadable = standing.standing_on(store, on, horizon, end_of_day=True)
    return count_within(on, (s.due for s in then), len(unreadable))


@dataclass(frozen=True)
class DueAndDiscussed:
    """*Toe en besproken* at one meeting."""

    due: int  # clients due before the next meeting, as their dates were before this one
    discussed: int  # of those, how many got a decision (also a hamerstuk) in the meeting

    @property
    def share(self) -> float | None:
        return self.discussed / self.due if self.due else None


def due_and_discussed(store: Store, meeting: Meeting,
                      settings: TeamSettings | None = None) -> DueAndDiscussed:
    """*Toe en besproken* at ``meeting`` (running or closed)."""
    settings = settings or team_settings.load(store)
    due_by = meetings.due_by_for(settings, meeting.date)
    then, _ = standing.standing_on(store, meeting.date, settings.horizon_months)
    due = {s.client_id for s in then if s.due <= due_by}
    decided = {row[0] for row in store.query(
        "SELECT DISTINCT client_id FROM decision WHERE meeting_id = ? AND corrects_id IS NULL",
        (meeting.id,))}
    return DueAndDiscussed(len(due), len(due & decided))
