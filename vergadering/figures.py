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

_ONE_DAY = dt.timedelta(days=1)


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
        """The one rounding every screen, export and command shows (:func:`percentage`)."""
        return percentage(self.within, self.active)


def percentage(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` in percent, rounded, but never 100 while some are missing,
    nor 0 while some are in; None of nothing. Every figure's percentage is this one."""
    if not whole:
        return None
    share = round(100 * part / whole)
    if part < whole:
        share = min(share, 99)
    if part > 0:
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
    return _figures(store, days, (), horizon, {})[0]


def _within(day: dt.date, tally: standing.Tally) -> WithinTerm:
    """:func:`count_within` for the clients of a past day's tally."""
    return WithinTerm(day, tally.active + tally.unreadable, tally.due_before(day),
                      tally.unreadable)


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
    decided = {r[0] for r in store.query(
        "SELECT client_id FROM decision WHERE meeting_id = ? AND corrects_id IS NULL",
        (meeting.id,))}
    due, discussed = standing.due_counts(store, meeting.date,
                                         meetings.due_by_for(settings, meeting.date),
                                         settings.horizon_months, decided)
    return DueAndDiscussed(due, discussed)


def due_and_discussed_at(store: Store, held: Sequence[Meeting],
                         settings: TeamSettings | None = None) -> dict[int, DueAndDiscussed]:
    """:func:`due_and_discussed` for many meetings (by meeting id), rebuilt together."""
    settings = settings or team_settings.load(store)
    return _figures(store, (), held, settings.horizon_months, _due_by(settings, held))[1]


@dataclass(frozen=True)
class MeetingFigures:
    """A held meeting's figures: *binnen de termijn* as its day ended and *toe en
    besproken*."""

    within: WithinTerm
    due_and_discussed: DueAndDiscussed


def meeting_figures(store: Store, held: Sequence[Meeting],
                    settings: TeamSettings | None = None) -> dict[int, MeetingFigures]:
    """Both figures of each meeting (by meeting id), as :func:`within_term` and
    :func:`due_and_discussed` give them, rebuilt in one pass (trends)."""
    settings = settings or team_settings.load(store)
    within, toe = _figures(store, [m.date for m in held], held, settings.horizon_months,
                           _due_by(settings, held))
    return {m.id: MeetingFigures(within[m.date], toe[m.id]) for m in held}


def _due_by(settings: TeamSettings, held: Sequence[Meeting]) -> dict[int, dt.date]:
    """Due at a meeting: due before the next one (the planner's rule)."""
    return {m.id: meetings.due_by_for(settings, m.date) for m in held}


def _figures(store: Store, days: Sequence[dt.date], held: Sequence[Meeting], horizon: int,
             due_by: dict[int, dt.date]
             ) -> tuple[dict[dt.date, WithinTerm], dict[int, DueAndDiscussed]]:
    """*Binnen de termijn* on ``days`` (as each ended) and *toe en besproken* at the
    ``held`` meetings (due by ``due_by``, as the clients' dates were before each), past
    days in one pass of :func:`vergadering.standing.replay`."""
    today = store.clock.today()
    within: dict[dt.date, WithinTerm] = {}
    coming = [day for day in days if day >= today]
    if coming:
        report = evaluation.due_report(store, horizon_months=horizon)
        for day in coming:
            within[day] = count_within(day, (d.due for d in report.due),
                                       len(report.unreadable))
    ended = {standing.Moment(day + _ONE_DAY, day) for day in days if day < today}
    starting = {standing.Moment(m.date, m.date): m for m in held}
    decided: dict[int, set[int]] = {m.id: set() for m in held}
    if held:
        marks = ",".join("?" * len(held))
        for meeting_id, client_id in store.query(
                f"SELECT meeting_id, client_id FROM decision WHERE meeting_id IN ({marks})"
                " AND corrects_id IS NULL", tuple(decided)):
            decided[meeting_id].add(client_id)
    toe: dict[int, DueAndDiscussed] = {}
    for moment, tally in standing.replay(store, [*ended, *starting], horizon):
        if moment in ended:
            within[moment.day] = _within(moment.day, tally)
        meeting = starting.get(moment)
        if meeting is not None:
            last_day = due_by[meeting.id]
            toe[meeting.id] = DueAndDiscussed(tally.due_on_or_before(last_day),
                                              tally.due_among(decided[meeting.id], last_day))
    return within, toe
