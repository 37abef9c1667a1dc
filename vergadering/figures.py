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
from collections.abc import Iterable, Sequence
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
    return within_term_on_days(store, (on,), horizon_months)[on]


def within_term_on_days(store: Store, days: Sequence[dt.date],
                        horizon_months: int | None = None) -> dict[dt.date, WithinTerm]:
    """:func:`within_term` for many days (trends): past days are rebuilt together."""
    horizon = horizon_months or team_settings.load(store).horizon_months
    today = store.clock.today()
    result: dict[dt.date, WithinTerm] = {}
    coming = [day for day in days if day >= today]
    if coming:
        report = evaluation.due_report(store, horizon_months=horizon)
        for day in coming:
            result[day] = count_within(day, (d.due for d in report.due),
                                       len(report.unreadable))
    past = standing.standing_on_days(store, [day for day in days if day < today], horizon,
                                     end_of_day=True)
    for day, (then, unreadable) in past.items():
        result[day] = count_within(day, (s.due for s in then), len(unreadable))
    return result


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
    return due_and_discussed_at(store, (meeting,), settings)[meeting.id]


def due_and_discussed_at(store: Store, held: Sequence[Meeting],
                         settings: TeamSettings | None = None) -> dict[int, DueAndDiscussed]:
    """:func:`due_and_discussed` for many meetings (by meeting id), rebuilt together."""
    settings = settings or team_settings.load(store)
    then = standing.standing_on_days(store, [m.date for m in held], settings.horizon_months)
    decided: dict[int, set[int]] = {m.id: set() for m in held}
    if held:
        marks = ",".join("?" * len(held))
        for meeting_id, client_id in store.query(
                f"SELECT meeting_id, client_id FROM decision WHERE meeting_id IN ({marks})"
                " AND corrects_id IS NULL", tuple(decided)):
            decided[meeting_id].add(client_id)
    result: dict[int, DueAndDiscussed] = {}
    for meeting in held:
        due_by = meetings.due_by_for(settings, meeting.date)
        due = {s.client_id for s in then[meeting.date][0] if s.due <= due_by}
        result[meeting.id] = DueAndDiscussed(len(due), len(due & decided[meeting.id]))
    return result
