"""Can the team keep up? A forecast of the evaluations that learns from the team's own
meetings (docs/figures.md, "Capaciteit").

**The pace** (:func:`measure_pace`) is measured over the last closed meetings (at least
:data:`MIN_MEETINGS`; until then the team's settings alone): the talk time of an
evaluation (a decided lopend item that is not a mededeling or hamerstuk), the lopend time
that went to other things (hamerstukken, mededelingen, acute items taken at lopend's
cost), the decisions outside evaluations (acute items, hamerstukken: they evaluate a
client too), the share of decisions that end a treatment, the next evaluation dates
agreed, and the intake (clients whose start of care falls in that period).

**The forecast** (:func:`forecast`) plays the coming weekly meetings: each evaluates, as
the agenda's proposal does, the clients due before the next meeting
(:func:`vergadering.meetings.due_by_for`), longest waiting first, as many as the measured
lopend time holds at the measured minutes per evaluation (fractions carry over to the
next meeting); the other decisions go to clients spread over the whole caseload; a decision
ends a treatment at the measured share, otherwise the client is next due at an agreed
date as measured; new clients arrive at the measured intake, due one horizon after
their start. Everything is whole clients and deterministic: the same database gives the
same forecast.

**Keeping up** means the forecast leaves nobody overdue after a meeting (a client due
before the next meeting but not reached waits one week: that is the planning margin) from
some meeting on until the end of the forecast. The **back-test** (:func:`backtest`) makes
the forecast as the database stood some weeks ago and sets its expectation for today
beside what today's figure is.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from . import decisions, evaluation, figures, meetings, review, standing
from . import settings as team_settings
from .dates import add_months
from .figures import WithinTerm
from .items import DecisionKind
from .review import ReviewOutcome
from .settings import Block, ItemType, TeamSettings
from .store import Store

MEASURED_MEETINGS = 16  # the last closed meetings the pace is measured over
MIN_MEETINGS = 8  # fewer closed meetings: the settings alone
MIN_EVALUATIONS = 10  # fewer evaluations measured: the settings' minutes per evaluation
WEEKS_AHEAD = (8, 16)  # the expectations shown
BACKTEST_WEEKS = 8
_GOLDEN = (math.sqrt(5) - 1) / 2  # spreads the other decisions evenly over the caseload


@dataclass(frozen=True)
class Pace:
    """What the team does per meeting, measured or from the settings."""

    meetings: int  # closed meetings measured; 0: the settings alone
    minutes_per_evaluation: float
    lopend_minutes: float  # the lopend block less what went to other things
    evaluations: float  # per meeting, the forecast's throughput: in a meeting where
    # clients due were left without a decision, the evaluations it did; in one where
    # every client due got one, what the lopend time held (:attr:`room`), or the
    # evaluations it did if more
    other_decisions: float  # per meeting: decisions outside evaluations
    done: float  # per meeting: evaluations decided (what the team did)
    closing_share: float  # of all decisions: afsluiten
    intake_per_week: float  # clients starting care
    next_after_days: tuple[int | None, ...] = ()  # agreed next evaluation, days after the
    # decision, as measured (None: the default, one horizon), used in turn

    @property
    def room(self) -> float:
        """Evaluations the lopend block holds per meeting at the measured minutes."""
        return max(0.0, self.lopend_minutes) / self.minutes_per_evaluation

    @property
    def fills_the_block(self) -> bool:
        """Whether the team does about as many evaluations as its lopend time holds."""
        return self.evaluations >= self.room - 0.5

    @property
    def measured(self) -> bool:
        return self.meetings > 0


@dataclass(frozen=True)
class MeetingForecast:
    date: dt.date
    due: int  # due before the next meeting (the proposal's rule), overdue ones included
    evaluated: int  # expected evaluations in the lopend block
    overdue_after: int  # still overdue after it: the backlog
    active: int


@dataclass(frozen=True)
class Forecast:
    made_on: dt.date
    pace: Pace
    backlog: int  # overdue on ``made_on``
    meetings: tuple[MeetingForecast, ...]
    expected: dict[dt.date, WithinTerm]  # binnen de termijn expected on these days
    cleared_on: dt.date | None  # the meeting from which nobody is overdue after it, up to
    # the end of the forecast; None: not within the forecast

    @property
    def keeps_up(self) -> bool:
        return self.cleared_on is not None

    def weeks_to_clear(self) -> int | None:
        """Whole weeks from ``made_on`` to the meeting that clears the backlog; 0 without
        a backlog."""
        if self.cleared_on is None:
            return None
        if not self.backlog:
            return 0
        return max(1, math.ceil((self.cleared_on - self.made_on).days / 7))

    def in_weeks(self, weeks: int) -> WithinTerm:
        return self.expected[self.made_on + dt.timedelta(weeks=weeks)]


class Change(enum.Enum):
    """What the team could change, for :class:`Variant`."""

    FILL_THE_BLOCK = "fill"  # as many evaluations as the lopend time holds
    ONE_MORE = "one_more"  # one evaluation per meeting more
    FIVE_MINUTES = "five_minutes"  # five minutes more for the lopend block


@dataclass(frozen=True)
class Variant:
    """The forecast with one change to the pace."""

    change: Change
    forecast: Forecast


@dataclass(frozen=True)
class Backtest:
    made_on: dt.date  # the day the forecast is made as of
    on: dt.date  # the day it is checked (today)
    measured: bool  # whether the pace then was measured (else the settings)
    expected: WithinTerm
    actual: WithinTerm

    @property
    def error(self) -> int:
        """Expected minus actual clients overdue."""
        return self.expected.overdue - self.actual.overdue

    @property
    def error_share(self) -> float:
        """The error as a share of the caseload."""
        return abs(self.error) / self.actual.active if self.actual.active else 0.0


@dataclass(frozen=True)
class Capacity:
    """Everything the capacity tab shows."""

    forecast: Forecast
    variants: tuple[Variant, ...]
    backtest: Backtest | None
    horizon_months: int
    lopend_budget: int


# -- the pace -------------------------------------------------------------------------
def _closed_before(store: Store, before: dt.date, count: int) -> list[dt.date]:
    rows = store.query("SELECT date FROM meeting WHERE status = 'closed' AND date < ?"
                       " ORDER BY date DESC LIMIT ?", (before.isoformat(), count))
    return sorted(dt.date.fromisoformat(r[0]) for r in rows)


def settings_pace(settings: TeamSettings) -> Pace:
    minutes = settings.default_minutes[ItemType.VRAAG]
    return Pace(0, float(minutes), float(settings.lopend_budget),
                settings.lopend_budget / minutes, 0.0, 0.0, 0.0, 0.0)


def measure_pace(store: Store, before: dt.date, settings: TeamSettings | None = None, *,
                 reviewed: dict[dt.date, review.MeetingReview] | None = None) -> Pace:
    """The pace over the last :data:`MEASURED_MEETINGS` meetings closed before
    ``before`` (see the module); the settings' pace with fewer than :data:`MIN_MEETINGS`.
    ``reviewed``: reviews already made of (some of) those meetings."""
    settings = settings or team_settings.load(store)
    dates = _closed_before(store, before, MEASURED_MEETINGS)
    if len(dates) < MIN_MEETINGS:
        return settings_pace(settings)
    known = reviewed or {}
    missing = [d for d in dates if d not in known]
    made = {r.date: r for r in review.reviews_on(store, missing)} if missing else {}
    evaluation_seconds = other_seconds = 0.0
    evaluations = decided = closing = 0
    next_after: list[int | None] = []
    # Per meeting: the evaluations done while clients due waited (else None), and done.
    limited: list[tuple[int | None, int]] = []
    for date in dates:
        reviewed_meeting = known.get(date) or made[date]
        talk = [i.actual_seconds for i in reviewed_meeting.items
                if i.block is Block.LOPEND and i.type is not ItemType.MEDEDELING
                and not i.hamerstuk and i.outcome is ReviewOutcome.DECIDED]
        evaluations += len(talk)
        evaluation_seconds += sum(talk)
        other_seconds += max(0.0, reviewed_meeting.blocks[Block.LOPEND].actual_seconds - sum(talk))
        other_seconds += reviewed_meeting.charged_to_lopend
        # Clients due waited: the evaluations done are what the team managed (its time,
        # its agenda, taking items anyway). Nobody waited: it could have done more.
        toe = reviewed_meeting.due_and_discussed
        limited.append((len(talk) if toe.discussed < toe.due else None, len(talk)))
        for kind, decided_on, next_evaluation in store.query(
                "SELECT kind, decided_on, next_evaluation FROM decision"
                " WHERE meeting_id = ? AND corrects_id IS NULL ORDER BY id",
                (reviewed_meeting.meeting_id,)):
            decided += 1
            if kind == DecisionKind.AFSLUITEN.value:
                closing += 1
                continue
            on = dt.date.fromisoformat(decided_on)
            default = decisions.default_next_evaluation(settings, on)
            agreed = dt.date.fromisoformat(next_evaluation) if next_evaluation else default
            next_after.append(None if agreed >= default else (agreed - on).days)
    count = len(dates)
    minutes = (evaluation_seconds / 60 / evaluations if evaluations >= MIN_EVALUATIONS
               else float(settings.default_minutes[ItemType.VRAAG]))
    first = dates[0]
    weeks = max(1.0, (before - first).days / 7)
    intake = store.query(
        "SELECT count(*) FROM client WHERE care_start >= ? AND care_start < ?",
        (first.isoformat(), before.isoformat()))[0][0]
    minutes = max(0.5, minutes)
    lopend = settings.lopend_budget - other_seconds / 60 / count
    room = max(0.0, lopend) / minutes
    return Pace(
        meetings=count, minutes_per_evaluation=minutes, lopend_minutes=lopend,
        evaluations=sum(max(room, done) if waited is None else waited
                        for waited, done in limited) / count,
        other_decisions=max(0, decided - evaluations) / count, done=evaluations / count,
        closing_share=closing / decided if decided else 0.0,
        intake_per_week=intake / weeks, next_after_days=tuple(next_after))


# -- the forecast ---------------------------------------------------------------------
def _first_meeting(store: Store, settings: TeamSettings, day: dt.date) -> dt.date:
    """The first meeting after ``day`` ended: a meeting held on ``day`` (or standing for
    it, held before) is over by then."""
    date = meetings.next_meeting_date(settings, day)
    held = store.query("SELECT date FROM meeting WHERE status != 'planned' AND date BETWEEN"
                       " ? AND ?", ((date - dt.timedelta(days=3)).isoformat(), day.isoformat()))
    if any(meetings.stands_for(settings, dt.date.fromisoformat(r[0])) == date for r in held):
        return meetings.next_meeting_date(settings, date, inclusive=False)
    return date


def weeks_ahead(settings: TeamSettings) -> int:
    """How far the forecast looks: one horizon and a month, so that the clients evaluated
    to clear a backlog are seen coming back."""
    return math.ceil(settings.horizon_months * 365.2425 / 12 / 7) + 4


def play(*, due_dates: Iterable[dt.date], made_on: dt.date, first_meeting: dt.date,
         pace: Pace, settings: TeamSettings, weeks: int,
         at: Sequence[dt.date] = (), unreadable: int = 0) -> Forecast:
    """The forecast from the clients' due dates on ``made_on`` (pure: see the module).
    ``unreadable``: active clients whose dates cannot be read; they stay in the expected
    figures as they are today (active, never binnen de termijn)."""
    queue = sorted(d.toordinal() for d in due_dates)
    backlog = bisect.bisect_left(queue, made_on.toordinal())
    days = sorted(set(at) | {made_on + dt.timedelta(weeks=w) for w in WEEKS_AHEAD})
    expected: dict[dt.date, WithinTerm] = {}
    capacity_carry = other_carry = closing_carry = intake_carry = 0.0
    agreed = pace.next_after_days or (None,)
    turn = picks = 0
    result: list[MeetingForecast] = []

    def expect_until(limit: dt.date) -> None:
        while days and days[0] < limit:
            day = days.pop(0)
            overdue = bisect.bisect_left(queue, day.toordinal())
            expected[day] = WithinTerm(day, len(queue) + unreadable, overdue, unreadable)

    def come_back(meeting: dt.date) -> None:
        nonlocal closing_carry, turn
        closing_carry += pace.closing_share
        if closing_carry >= 1:
            closing_carry -= 1
            return  # the treatment ends
        after = agreed[turn % len(agreed)]
        turn += 1
        again = decisions.default_next_evaluation(settings, meeting) if after is None else (
            meeting + dt.timedelta(days=after))
        bisect.insort(queue, again.toordinal())

    for week in range(weeks):
        meeting = first_meeting + dt.timedelta(weeks=week)
        expect_until(meeting)  # a day is counted as it ended: its meeting held
        intake_carry += pace.intake_per_week
        while intake_carry >= 1:
            intake_carry -= 1
            bisect.insort(queue, add_months(meeting, settings.horizon_months).toordinal())
        due_by = meetings.due_by_for(settings, meeting).toordinal()
        due = bisect.bisect_right(queue, due_by)
        capacity_carry += pace.evaluations
        can = int(capacity_carry)
        capacity_carry -= can
        evaluated = min(can, due)
        del queue[:evaluated]
        for _ in range(evaluated):
            come_back(meeting)
        other_carry += pace.other_decisions
        while other_carry >= 1:
            other_carry -= 1
            if queue:  # acute items and mededelingen come for any client
                picks += 1
                del queue[int(((picks * _GOLDEN) % 1) * len(queue))]
                come_back(meeting)
        overdue_after = bisect.bisect_left(queue, meeting.toordinal())
        result.append(MeetingForecast(meeting, due, evaluated, overdue_after, len(queue)))
    expect_until(dt.date.max)
    cleared_on: dt.date | None = None
    for planned in reversed(result):
        if planned.overdue_after:
            break
        cleared_on = planned.date
    return Forecast(made_on, pace, backlog, tuple(result), expected, cleared_on)


def forecast(store: Store, today: dt.date | None = None, *, pace: Pace | None = None,
             settings: TeamSettings | None = None, at: Sequence[dt.date] = (),
             report: evaluation.DueReport | None = None) -> Forecast:
    """The forecast from today's stored dates (``report``: those already read)."""
    settings = settings or team_settings.load(store)
    today = today or store.clock.today()
    if report is None:
        report = evaluation.due_report(store, horizon_months=settings.horizon_months)
    return play(due_dates=[d.due for d in report.due], unreadable=len(report.unreadable),
                made_on=today,
                first_meeting=_first_meeting(store, settings, today),
                pace=pace or measure_pace(store, today + dt.timedelta(days=1), settings),
                settings=settings, weeks=weeks_ahead(settings), at=at)


def backtest(store: Store, today: dt.date | None = None, *, weeks: int = BACKTEST_WEEKS,
             settings: TeamSettings | None = None,
             reviewed: dict[dt.date, review.MeetingReview] | None = None,
             actual: WithinTerm | None = None) -> Backtest | None:
    """The forecast as the database stood ``weeks`` weeks ago, against today's figure
    (``actual``, when already counted); None when no meeting was held by then."""
    settings = settings or team_settings.load(store)
    today = today or store.clock.today()
    then = today - dt.timedelta(weeks=weeks)
    if not _closed_before(store, then + dt.timedelta(days=1), 1):
        return None
    clients, unreadable = standing.standing_on(store, then, settings.horizon_months,
                                               end_of_day=True)
    pace = measure_pace(store, then + dt.timedelta(days=1), settings, reviewed=reviewed)
    old = play(due_dates=(c.due for c in clients), unreadable=len(unreadable), made_on=then,
               first_meeting=_first_meeting(store, settings, then), pace=pace,
               settings=settings, weeks=weeks + 1, at=(today,))
    return Backtest(then, today, pace.measured, old.expected[today],
                    actual or figures.within_term(store, today, settings.horizon_months))


def capacity(store: Store, today: dt.date | None = None) -> Capacity:
    """The forecast, what would change it, and its back-test."""
    settings = team_settings.load(store)
    today = today or store.clock.today()
    # The meetings both paces are measured over (now, and for the back-test), reviewed
    # together; the due dates read once for the forecast and its variants.
    tomorrow = today + dt.timedelta(days=1)
    dates = sorted(set(_closed_before(store, tomorrow, MEASURED_MEETINGS))
                   | set(_closed_before(store, tomorrow - dt.timedelta(weeks=BACKTEST_WEEKS),
                                        MEASURED_MEETINGS)))
    reviewed = {r.date: r for r in review.reviews_on(store, dates)}
    due = evaluation.due_report(store, horizon_months=settings.horizon_months)
    pace = measure_pace(store, tomorrow, settings, reviewed=reviewed)
    base = forecast(store, today, settings=settings, pace=pace, report=due)
    changes = {Change.ONE_MORE: (1.0, 0),
               Change.FIVE_MINUTES: (5 / pace.minutes_per_evaluation, 5)}
    if not pace.fills_the_block:
        changes = {Change.FILL_THE_BLOCK: (pace.room - pace.evaluations, 0), **changes}
    variants = [Variant(change, forecast(store, today, settings=settings, report=due,
                                         pace=replace(
        pace, lopend_minutes=pace.lopend_minutes + minutes,
        evaluations=pace.evaluations + extra))) for change, (extra, minutes) in changes.items()]
    return Capacity(base, tuple(variants),
                    backtest(store, today, settings=settings, reviewed=reviewed,
                             actual=figures.count_within(today, (d.due for d in due.due),
                                                         len(due.unreadable))),
                    settings.horizon_months, settings.lopend_budget)
