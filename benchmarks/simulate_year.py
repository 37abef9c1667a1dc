"""A year of weekly meetings for a 245-client team, run through the domain on a fake clock:
does the share of active clients *binnen de termijn* stay at 95 % or more?

    python benchmarks/simulate_year.py [--weeks 52] [--seed 2027] [--overtime 15]
        [--first-block lopend|acuut|both] [--policy standaard|toch-nemen|all]
        [--overrun-lopend 1.1] [--overrun-acuut 1.3] [--acute-per-week W0,W1,...]
        [--clients 245] [--overdue-at-start 0] [--start 2027-01-01] [--details]

``--details`` prints every meeting (proposals, items per block, decided / deferred / not
reached / taken anyway per block, talk time, what the takes moved between the blocks).
The model is also importable (``Config``, ``simulate``) for tests/test_simulate_year.py.

Everything goes through ``vergadering/`` (no Qt), on an in-memory store and a
:class:`~vergadering.clock.FakeClock`; the figure is rule 5/11's: active clients whose
due date is on or after the day (``figures.within_term``), on each month's last day.

The model (the assumptions; the README's "Een jaar vergaderen" section says the same):

- Team: default settings (Tuesday 09:00, 90 minutes; acuut 30, lopend 60; horizon six
  months; mededeling 2 / vraag 5 / kwestie 10 minutes), only ``first_block`` differs per
  scenario. 12 members, each behandelaar of about 20 of the 245 active clients.
- Start in steady state: every client's last evaluation lies in the six months before
  the start (uniformly), so nobody is overdue on day one (``--overdue-at-start`` moves a
  share of them six to nine months back).
- Before each meeting (Monday afternoon):
  - acute items: 0-5 a week (0: 10 %, 1: 30 %, 2: 30 %, 3: 20 %, 4: 7 %, 5: 3 %; mean
    1.9), 60 % kwestie (10 min) and 40 % vraag (5 min), for random active clients that
    are not on the agenda, brought in by their behandelaar;
  - mededelingen with a proposed decision (hamerstuk candidates) in the lopend block:
    0 (50 %), 1 (35 %) or 2 (15 %), random active clients, proposing afsluiten (60 %) or
    doorgaan (40 %);
  - the planner fills the lopend block: ``agenda.propose_evaluations(VRAAG)`` and every
    proposal accepted (``agenda.accept_proposals``) - the chair "always accepts what
    the app offers". Items left over from last week are already on the agenda.
- The meeting: the clock is set to Tuesday 09:00 and the chair takes the waiting items
  in agenda order (``Timeline.state(now).upcoming``). Talk time = estimate x a
  lognormal factor: mean 1.1 (sigma 0.35) for evaluations, 1.3 (sigma 0.5) for acute
  items, 0.75 (sigma 0.3) for a hamerstuk. Every item discussed ends in a decision:
  evaluations doorgaan 83 % / afsluiten 12 % / verwijzen 5 %; acute items doorgaan 85 %
  / verwijzen 12 % / afsluiten 3 %. Doorgaan and verwijzen take the default next
  evaluation (``decisions.default_next_evaluation``), except after 30 % of acute items
  and 5 % of evaluations, where the team agrees to look again in three months.
- Block time (rules 2 and 9): when ``run.start_item`` refuses with BLOCK_TIME_SPENT, or
  ``state.block_time_up`` is set while an item is discussed, the chair chooses with
  ``run.choose``, by policy:
  - ``standaard``: the app's focused default - DEFER a waiting item; for the item under
    discussion FINISH (one minute), then the decision is taken within that minute;
  - ``toch-nemen``: always TAKE_ANYWAY (the worst case: a chair under time
    pressure takes everything anyway).
- The team leaves ``--overtime`` minutes (default 15) after the meeting's *original*
  end: no item is started that would not fit before then, an item still being
  discussed then gets its decision then. The chair closes the meeting; acute items not
  reached go to the next meeting (``Unreached.NEXT_MEETING``), lopend items move on
  automatically.
- A client closed (afsluiten) is replaced the same day by a new client of the same
  behandelaar (care_start = that day), so the caseload stays at 245.
- Randomness comes from ``random.Random`` streams seeded with ``--seed``: the same seed
  gives the same run.

Output: per scenario (block order x policy) one row per month: the share binnen de
termijn and the number overdue on the month's last day, decisions (evaluations) taken in
the month (of which in the lopend block), items deferred, and the meetings' mean overrun
past their scheduled end. The last line per scenario gives month 12 (or the last month
reached; in a run shorter than a month, the day before the next meeting) and PASS/FAIL
against 95 %. Exit status 0 when every scenario run reaches 95 % there, else 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import math
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from vergadering import agenda, clients, decisions, evaluation, items, meetings, members, run  # noqa: E402,I001
from vergadering import figures, forecast  # noqa: E402
from vergadering import settings as team_settings  # noqa: E402
from vergadering.clock import FakeClock  # noqa: E402
from vergadering.dates import add_months  # noqa: E402
from vergadering.decisions import DecisionInput  # noqa: E402
from vergadering.follow_up import CarriedOut, FollowUpInput  # noqa: E402
from vergadering.items import DecisionKind, Item, ItemInput  # noqa: E402
from vergadering.problems import Code, ValidationError  # noqa: E402
from vergadering.settings import Block, ItemType  # noqa: E402
from vergadering.store import Store, open_memory  # noqa: E402
from vergadering.timeline import BlockChoice  # noqa: E402

TARGET = 0.95
FORECAST_EVERY = 4  # weeks between the forecasts checked
FORECAST_WEEKS = (0, 8, 16)  # how far ahead each is checked
FORECAST_TARGET = 0.03  # the largest error allowed, as a share of the caseload
POLICIES = ("standaard", "toch-nemen")
ORDERS = {"lopend": Block.LOPEND, "acuut": Block.ACUUT}


@dataclass(frozen=True)
class Config:
    weeks: int = 52
    seed: int = 2027
    start: dt.date = dt.date(2027, 1, 1)
    first_block: Block = Block.LOPEND
    policy: str = "standaard"
    overtime: int = 15  # minutes after the original end the team leaves
    clients: int = 245
    members: int = 12
    overdue_at_start: float = 0.0
    # acute items per week: weights for 0, 1, 2, ...
    acute_per_week: tuple[float, ...] = (0.10, 0.30, 0.30, 0.20, 0.07, 0.03)
    acute_kwestie: float = 0.6
    mededelingen_per_week: tuple[float, ...] = (0.50, 0.35, 0.15)
    mededeling_closes: float = 0.6
    # talk time = estimate x lognormal factor with this mean and sigma
    overrun_lopend: float = 1.1
    sigma_lopend: float = 0.35
    overrun_acuut: float = 1.3
    sigma_acuut: float = 0.5
    overrun_hamerstuk: float = 0.75
    sigma_hamerstuk: float = 0.3
    # decisions: (doorgaan, afsluiten, verwijzen)
    decide_lopend: tuple[float, float, float] = (0.83, 0.12, 0.05)
    decide_acuut: tuple[float, float, float] = (0.85, 0.03, 0.12)
    short_next_lopend: float = 0.05  # share of doorgaan/verwijzen with next evaluation in 3 months
    short_next_acuut: float = 0.30
    short_next_months: int = 3

    @property
    def name(self) -> str:
        order = "lopend eerst" if self.first_block is Block.LOPEND else "acuut eerst"
        return f"{order}, {self.policy}"


@dataclass
class MeetingLog:
    date: dt.date
    proposed: int = 0  # evaluations the planner proposed (all accepted)
    also_due: int = 0  # due clients that did not fit
    lopend_on_agenda: int = 0  # lopend items at the start (evaluations, mededelingen, carried)
    lopend_minutes_planned: int = 0
    acute_on_agenda: int = 0
    acute_brought_in: int = 0  # minutes of new acute items this week
    acute_minutes_planned: int = 0
    decided: Counter[Block] = field(default_factory=Counter)
    deferred: Counter[Block] = field(default_factory=Counter)  # DEFER choices
    taken_anyway: Counter[Block] = field(default_factory=Counter)
    finish: int = 0
    cut_at_end: int = 0  # decided at the moment the team left
    unreached: Counter[Block] = field(default_factory=Counter)  # left when the team left
    talk: dict[Block, float] = field(default_factory=lambda: {b: 0.0 for b in Block})
    lopend_budget_end: float = 0.0  # minutes, after takes
    charged_to_lopend: float = 0.0  # minutes of lopend given to acute items
    charged_to_acuut: float = 0.0
    extended: float = 0.0  # minutes the meeting was lengthened by takes
    overrun: float = 0.0  # minutes past the original scheduled end
    closed: int = 0  # clients closed (afsluiten)
    # minutes items taken anyway talked beyond the minutes the take gave them (with no
    # new prompt from the app)
    beyond_take: float = 0.0
    prompt_mismatch: int = 0  # block_time_up not set where the block ran out (a bug)

    def line(self) -> str:
        def pair(c: Counter[Block]) -> str:
            return f"{c[Block.LOPEND]}/{c[Block.ACUUT]}"
        return (f"{self.date}  voorgesteld {self.proposed:2}+{self.also_due:<2} "
                f"lopend {self.lopend_on_agenda:2} ({self.lopend_minutes_planned:2} min) "
                f"acuut {self.acute_on_agenda} ({self.acute_minutes_planned:2} min) | "
                f"besloten l/a {pair(self.decided)}  uitgesteld {pair(self.deferred)}  "
                f"niet bereikt {pair(self.unreached)}  toch {pair(self.taken_anyway)}  "
                f"afronden {self.finish}  afgekapt {self.cut_at_end} | "
                f"praat l/a {self.talk[Block.LOPEND] / 60:4.1f}/{self.talk[Block.ACUUT] / 60:4.1f} "
                f"lopend-budget {self.lopend_budget_end:4.1f} "
                f"lopend->acuut {self.charged_to_lopend:4.1f} "
                f"acuut->lopend {self.charged_to_acuut:4.1f} "
                f"verlengd {self.extended:4.1f} uitloop {self.overrun:4.1f}")


@dataclass(frozen=True)
class MonthRow:
    month: int
    day: dt.date  # the month's last day
    active: int
    overdue: int
    decisions: int  # taken in the month, all blocks
    lopend_decisions: int
    deferred: int  # DEFER choices in the month
    meetings: int
    mean_overrun: float  # minutes past the scheduled end, mean over the month's meetings

    @property
    def share(self) -> float:
        return (self.active - self.overdue) / self.active if self.active else 1.0


@dataclass(frozen=True)
class ForecastCheck:
    """A forecast made on a Monday (before that week's meeting) against what the
    simulation showed on the Monday ``weeks`` later: clients overdue (rule 11)."""

    week: int  # the week of the run it was made in (0: the first)
    made_on: dt.date
    weeks: int
    measured: bool  # a measured pace (else the settings)
    expected: int
    actual: int
    active: int

    @property
    def error(self) -> int:
        return self.expected - self.actual

    @property
    def error_share(self) -> float:
        return abs(self.error) / self.active if self.active else 0.0


@dataclass
class Result:
    config: Config
    months: list[MonthRow]
    meetings: list[MeetingLog]
    end: MonthRow  # the day before the next (not simulated) meeting; month 0
    seconds: float = 0.0
    forecasts: list[ForecastCheck] = field(default_factory=list)

    def forecast_errors(self, weeks: int, *, measured: bool = True) -> list[ForecastCheck]:
        return [c for c in self.forecasts if c.weeks == weeks and c.measured == measured]

    @property
    def forecast_passed(self) -> bool:
        """Every measured forecast within :data:`FORECAST_TARGET` of the caseload."""
        return all(c.error_share <= FORECAST_TARGET for c in self.forecasts if c.measured)

    @property
    def final(self) -> MonthRow:
        """The last month's end reached; in a run too short for one, the end of the run."""
        return self.months[-1] if self.months else self.end

    @property
    def passed(self) -> bool:
        return self.final.share >= TARGET


def _factor(rng: random.Random, mean: float, sigma: float) -> float:
    """A lognormal factor with the given mean."""
    return rng.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma)


def _count(rng: random.Random, weights: tuple[float, ...]) -> int:
    return rng.choices(range(len(weights)), weights=weights)[0]


def _month_end(day: dt.date) -> dt.date:
    return add_months(dt.date(day.year, day.month, 1), 1) - dt.timedelta(days=1)


class Simulation:
    def __init__(self, config: Config) -> None:
        self.config = config
        seed = config.seed
        self.arrivals = random.Random(f"{seed}-arrivals")  # what is brought in
        self.talk = random.Random(f"{seed}-talk")  # how long it takes
        self.outcome = random.Random(f"{seed}-outcome")  # what is decided
        self.clock = FakeClock(dt.datetime.combine(config.start, dt.time(8, 0)))
        self.store: Store = open_memory(self.clock)
        self.settings = team_settings.save(self.store, dataclasses.replace(
            team_settings.TeamSettings(), first_block=config.first_block))
        self.next_reference = 1
        self.meetings: list[MeetingLog] = []
        self.months: list[MonthRow] = []
        self.decided_on: list[tuple[dt.date, Block]] = []
        self.deferred_on: list[dt.date] = []
        self.closed_clients: list[int] = []
        self.overdue_on: dict[dt.date, figures.WithinTerm] = {}  # every Monday
        self.forecasts: list[tuple[int, forecast.Forecast]] = []
        self._setup()

    # -- the team and its caseload -------------------------------------------------
    def _new_reference(self) -> str:
        reference = f"C{self.next_reference:05d}"
        self.next_reference += 1
        return reference

    def _setup(self) -> None:
        config, start = self.config, self.config.start
        self.member_ids = [members.add_member(self.store, f"Behandelaar {n + 1:02d}").id
                           for n in range(config.members)]
        self.chair_id = self.member_ids[0]
        rng = self.arrivals
        horizon_start = add_months(start, -self.settings.horizon_months)
        span = (start - horizon_start).days  # last evaluations in [start - 6 months, start)
        for n in range(config.clients):
            if rng.random() < config.overdue_at_start:
                last = horizon_start - dt.timedelta(days=rng.randint(1, 91))
            else:
                last = start - dt.timedelta(days=rng.randint(1, span))
            care_start = last - dt.timedelta(days=rng.randint(0, 3 * 365))
            clients.add_client(self.store, clients.ClientInput(
                self._new_reference(), self.member_ids[n % config.members],
                care_start=care_start.isoformat(), last_evaluation=last.isoformat()))

    def _active(self) -> list[evaluation.DueClient]:
        return evaluation.due_clients(self.store, horizon_months=self.settings.horizon_months)

    # -- before the meeting ------------------------------------------------------------
    def _prepare(self, date: dt.date, log: MeetingLog) -> None:
        self.clock.set(dt.datetime.combine(date - dt.timedelta(days=1), dt.time(16, 0)))
        rng, config = self.arrivals, self.config
        on_agenda = {i.client_id for i in items.list_items(self.store, date)}
        free = [c for c in self._active() if c.client_id not in on_agenda]
        rng.shuffle(free)
        for _ in range(_count(rng, config.acute_per_week)):
            if not free:
                break
            client = free.pop()
            kwestie = rng.random() < config.acute_kwestie
            log.acute_brought_in += self.settings.default_minutes[
                ItemType.KWESTIE if kwestie else ItemType.VRAAG]
            items.queue_item(self.store, ItemInput(
                client.client_id, client.behandelaar_id,
                ItemType.KWESTIE if kwestie else ItemType.VRAAG, Block.ACUUT,
                "Hoe schatten we het risico in en wat is het plan?" if kwestie
                else "Is een crisiskaart nu nodig?"), by=client.behandelaar_id,
                meeting_date=date)
        for _ in range(_count(rng, config.mededelingen_per_week)):
            if not free:
                break
            client = free.pop()
            closes = rng.random() < config.mededeling_closes
            items.queue_item(self.store, ItemInput(
                client.client_id, client.behandelaar_id, ItemType.MEDEDELING, Block.LOPEND,
                proposed_decision=DecisionKind.AFSLUITEN if closes else DecisionKind.DOORGAAN,
                process_state="Doelen bereikt." if closes else "Loopt volgens plan."),
                by=client.behandelaar_id, meeting_date=date)
        proposals = agenda.propose_evaluations(self.store, ItemType.VRAAG, date)
        agenda.accept_proposals(
            self.store, [(p.due.client_id, None) for p in proposals.fitting], ItemType.VRAAG,
            "Kan de behandeling zo doorgaan?", by=self.chair_id, date=date)
        log.proposed, log.also_due = len(proposals.fitting), proposals.also_due
        for item in items.list_items(self.store, date):
            if item.block is Block.LOPEND:
                log.lopend_on_agenda += 1
                log.lopend_minutes_planned += item.minutes
            else:
                log.acute_on_agenda += 1
                log.acute_minutes_planned += item.minutes

    # -- the meeting ---------------------------------------------------------------------
    def _talk_seconds(self, item: Item) -> int:
        config = self.config
        if item.type is ItemType.MEDEDELING:
            mean, sigma = config.overrun_hamerstuk, config.sigma_hamerstuk
        elif item.block is Block.ACUUT:
            mean, sigma = config.overrun_acuut, config.sigma_acuut
        else:
            mean, sigma = config.overrun_lopend, config.sigma_lopend
        return max(30, round(item.minutes * 60 * _factor(self.talk, mean, sigma)))

    def _decide(self, item: Item, log: MeetingLog) -> None:
        today = self.clock.today()
        # Rule 12: the previous decision's follow-up, when one is due (always carried out).
        done = (FollowUpInput(CarriedOut.FULLY)
                if decisions.follow_up_due(self.store, item.client_id) else None)
        if item.type is ItemType.MEDEDELING and item.proposed_decision is not None:
            closes = item.proposed_decision is DecisionKind.AFSLUITEN
            decisions.confirm_hamerstuk(
                self.store, item.id, koers="" if closes else "Zoals voorgesteld.",
                closes_client_id=item.client_id if closes else None, follow_up=done)
            kind = item.proposed_decision
        else:
            config = self.config
            acute = item.block is Block.ACUUT
            weights = config.decide_acuut if acute else config.decide_lopend
            kind = self.outcome.choices(
                (DecisionKind.DOORGAAN, DecisionKind.AFSLUITEN, DecisionKind.VERWIJZEN),
                weights=weights)[0]
            short = self.outcome.random() < (config.short_next_acuut if acute
                                             else config.short_next_lopend)
            next_evaluation = (add_months(today, config.short_next_months) if short
                               else decisions.default_next_evaluation(self.settings, today))
            if kind is DecisionKind.AFSLUITEN:
                data = DecisionInput(kind, closes_client_id=item.client_id, follow_up=done)
            elif kind is DecisionKind.VERWIJZEN:
                data = DecisionInput(kind, next_evaluation, referred_to="FACT-team",
                                     follow_up=done)
            else:
                data = DecisionInput(kind, next_evaluation, koers="Behandelplan voortzetten.",
                                     follow_up=done)
            decisions.record_decision(self.store, item.id, data)
        log.decided[item.block] += 1
        self.decided_on.append((today, item.block))
        if kind is DecisionKind.AFSLUITEN:
            log.closed += 1
            self.closed_clients.append(item.client_id)

    def _choose(self, item_id: int, choice: BlockChoice) -> None:
        run.choose(self.store, item_id, choice)

    def _discuss(self, meeting: meetings.Meeting, item: Item, hard_end: dt.datetime,
                 log: MeetingLog) -> None:
        """The item has been started: talk until its time is over, with the chair's
        choice when its block runs out, then the decision."""
        policy = self.config.policy
        talk_end = self.clock.now() + dt.timedelta(seconds=self._talk_seconds(item))
        started = self.clock.now()
        allowed_until: dt.datetime | None = None  # the end of the minutes a take gave
        if item.id in run.timeline(self.store, meeting).taken_anyway():
            allowed_until = started + dt.timedelta(minutes=item.minutes)
        while True:
            line = run.timeline(self.store, meeting)
            state = line.state(self.clock.now())
            block = line.block_of(item.id) or item.block
            if state.block_time_up is block:
                # The block's time is spent (again): the chair answers the prompt.
                if policy == "toch-nemen":
                    given = line.take_cost(item.id, self.clock.now())
                    self._choose(item.id, BlockChoice.TAKE_ANYWAY)
                    log.taken_anyway[item.block] += 1
                    allowed_until = self.clock.now() + dt.timedelta(minutes=given.minutes)
                else:
                    self._choose(item.id, BlockChoice.FINISH)
                    log.finish += 1
                    talk_end = min(talk_end, self.clock.now() + dt.timedelta(seconds=60))
                continue
            remaining = state.blocks[block].remaining
            # When the prompt would come: the block's time running out, or the end of a
            # minute to finish (the block is then already over its time).
            prompt_at = self.clock.now() + dt.timedelta(
                seconds=math.ceil(remaining) if remaining > 0 else 60)
            end = min(talk_end, hard_end)
            if prompt_at >= end:
                self.clock.set(max(self.clock.now(), end))
                if end < talk_end:
                    log.cut_at_end += 1
                break
            self.clock.set(prompt_at)
            if run.timeline(self.store, meeting).state(self.clock.now()).block_time_up \
                    is not block and remaining > 0:
                log.prompt_mismatch += 1
                self.clock.set(max(self.clock.now(), end))
                break
        log.talk[item.block] += (self.clock.now() - started).total_seconds()
        if allowed_until is not None and self.clock.now() > allowed_until:
            log.beyond_take += (self.clock.now() - allowed_until).total_seconds() / 60
        self._decide(item, log)

    def _hold(self, date: dt.date, log: MeetingLog) -> None:
        self.clock.set(dt.datetime.combine(date, self.settings.meeting_start))
        meeting = run.start_meeting(self.store)
        assert meeting.date == date, (meeting.date, date)
        scheduled_end = self.clock.now() + dt.timedelta(minutes=self.settings.meeting_minutes)
        hard_end = scheduled_end + dt.timedelta(minutes=self.config.overtime)
        policy = self.config.policy
        while True:
            line = run.timeline(self.store, meeting)
            state = line.state(self.clock.now())
            if not state.upcoming:
                break
            item = items.get(self.store, state.upcoming[0].item_id)
            if self.clock.now() + dt.timedelta(minutes=item.minutes) > hard_end:
                break  # the team leaves before this one could be done
            try:
                run.start_item(self.store, item.id)
            except ValidationError as error:
                if not any(p.code is Code.BLOCK_TIME_SPENT for p in error.problems):
                    raise
                if policy == "toch-nemen":
                    self._choose(item.id, BlockChoice.TAKE_ANYWAY)
                    log.taken_anyway[item.block] += 1
                    run.start_item(self.store, item.id)
                else:
                    self._choose(item.id, BlockChoice.DEFER)
                    log.deferred[item.block] += 1
                    self.deferred_on.append(date)
                    continue
            self._discuss(meeting, item, hard_end, log)
        state = run.timeline(self.store, meeting).state(self.clock.now())
        log.unreached = Counter(u.block for u in state.upcoming)
        log.lopend_budget_end = state.blocks[Block.LOPEND].budget / 60
        log.charged_to_lopend = state.charged_to_lopend / 60
        log.charged_to_acuut = state.charged_to_acuut / 60
        log.extended = state.extended / 60
        log.overrun = max(0.0, (self.clock.now() - scheduled_end).total_seconds() / 60)
        unreached = run.unreached_acute(self.store, meeting)
        run.close_meeting(self.store, {
            i.id: run.UnreachedChoice(run.Unreached.NEXT_MEETING) for i in unreached})

    def _replace_closed(self) -> None:
        for client_id in self.closed_clients:
            closed = clients.get(self.store, client_id)
            clients.add_client(self.store, clients.ClientInput(
                self._new_reference(), closed.behandelaar_id,
                care_start=self.clock.today().isoformat()))

    # -- the figures -------------------------------------------------------------------
    def _month_row(self, day: dt.date) -> MonthRow:
        figure = figures.within_term(self.store, day)  # a day after the last meeting
        first = dt.date(day.year, day.month, 1)
        in_month = [b for d, b in self.decided_on if first <= d <= day]
        held = [m for m in self.meetings if first <= m.date <= day]
        return MonthRow(
            month=len(self.months) + 1, day=day, active=figure.active, overdue=figure.overdue,
            decisions=len(in_month), lopend_decisions=sum(1 for b in in_month
                                                          if b is Block.LOPEND),
            deferred=sum(1 for d in self.deferred_on if first <= d <= day),
            meetings=len(held),
            mean_overrun=statistics.fmean(m.overrun for m in held) if held else 0.0)

    def _look_ahead(self, week: int, date: dt.date) -> None:
        """On the Monday before the meeting: the figure, and every few weeks a forecast."""
        monday = date - dt.timedelta(days=1)
        self.clock.set(dt.datetime.combine(monday, dt.time(12, 0)))
        self.overdue_on[monday] = figures.within_term(self.store, monday)
        if week % FORECAST_EVERY == 0:
            self.forecasts.append((week, forecast.forecast(self.store, monday,
                                                           at=(monday,))))

    def _checks(self) -> list[ForecastCheck]:
        checks = []
        for week, made in self.forecasts:
            for weeks in FORECAST_WEEKS:
                day = made.made_on + dt.timedelta(weeks=weeks)
                actual = self.overdue_on.get(day)
                if actual is None:
                    continue  # beyond the run
                expected = made.expected[day]
                checks.append(ForecastCheck(week, made.made_on, weeks, made.pace.measured,
                                            expected.overdue, actual.overdue, actual.active))
        return checks

    def run(self) -> Result:
        began = time.perf_counter()
        date = meetings.next_meeting_date(self.settings, self.config.start)
        month_end = _month_end(self.config.start)
        for week in range(self.config.weeks):
            while month_end < date:  # month ends before this meeting (state since last)
                self.months.append(self._month_row(month_end))
                month_end = _month_end(month_end + dt.timedelta(days=1))
            self._look_ahead(week, date)
            log = MeetingLog(date)
            self.closed_clients = []
            self._prepare(date, log)
            self._hold(date, log)
            self._replace_closed()
            self.meetings.append(log)
            date += dt.timedelta(weeks=1)
        while month_end < date:  # the state after the last meeting holds until the next
            self.months.append(self._month_row(month_end))
            month_end = _month_end(month_end + dt.timedelta(days=1))
        end = dataclasses.replace(self._month_row(date - dt.timedelta(days=1)), month=0)
        return Result(self.config, self.months, self.meetings, end,
                      time.perf_counter() - began, self._checks())


def simulate(config: Config) -> Result:
    """Run one scenario; the store is in memory and closed afterwards."""
    sim = Simulation(config)
    try:
        return sim.run()
    finally:
        sim.store.close()


# -- output ----------------------------------------------------------------------------
def print_result(result: Result, *, details: bool = False) -> None:
    config = result.config
    print(f"\n== {config.name} (seed {config.seed}, {config.weeks} weken, "
          f"uitloop tot {config.overtime} min) ==")
    if details:
        for log in result.meetings:
            print("  " + log.line())
    print(f"{'maand':>5} {'einddatum':>10} {'actief':>6} {'binnen':>7} {'te laat':>7} "
          f"{'besluiten':>9} {'lopend':>6} {'uitgesteld':>10} {'gem. uitloop':>12}")
    for row in result.months:
        print(f"{row.month:>5} {row.day.isoformat():>10} {row.active:>6} "
              f"{100 * row.share:>6.1f}% {row.overdue:>7} {row.decisions:>9} "
              f"{row.lopend_decisions:>6} {row.deferred:>10} {row.mean_overrun:>8.1f} min")
    logs = result.meetings
    if logs:
        def total(attribute: str, block: Block) -> int:
            return sum(getattr(m, attribute)[block] for m in logs)

        print(f"per vergadering: lopend {_mean(logs, lambda m: m.decided[Block.LOPEND]):.1f} "
              f"besloten van {_mean(logs, lambda m: m.lopend_on_agenda):.1f} op de agenda, "
              f"acuut {_mean(logs, lambda m: m.decided[Block.ACUUT]):.1f} van "
              f"{_mean(logs, lambda m: m.acute_on_agenda):.1f}; uitloop gem. "
              f"{_mean(logs, lambda m: m.overrun):.1f} min, max {max(m.overrun for m in logs):.1f}")
        print(f"over het jaar (lopend/acuut): uitgesteld {total('deferred', Block.LOPEND)}/"
              f"{total('deferred', Block.ACUUT)}, niet bereikt (team weg) "
              f"{total('unreached', Block.LOPEND)}/{total('unreached', Block.ACUUT)}, toch "
              f"genomen {total('taken_anyway', Block.LOPEND)}/"
              f"{total('taken_anyway', Block.ACUUT)}; lopend-tijd aan acuut "
              f"{sum(m.charged_to_lopend for m in logs):.0f} min, vergadering verlengd "
              f"{sum(m.extended for m in logs):.0f} min, na 'toch nemen' doorgepraat "
              f"{sum(m.beyond_take for m in logs):.0f} min ({result.seconds:.1f} s)")
        mismatches = sum(m.prompt_mismatch for m in logs)
        if mismatches:
            print(f"LET OP: {mismatches} keer geen block_time_up waar het blok op was")
    print_forecasts(result)
    final = result.final
    print(f"{_label(final)}: {100 * final.share:.1f}% binnen de termijn "
          f"({final.overdue} te laat van {final.active}) -> "
          f"{'PASS' if result.passed else 'FAIL'} (doel {100 * TARGET:.0f}%)")


def print_forecasts(result: Result) -> None:
    """The capacity forecast's error: made every few weeks, checked 0, 8 and 16 weeks
    later against the simulation's own figure (clients overdue)."""
    for measured in (False, True):
        parts = []
        for weeks in FORECAST_WEEKS:
            checks = result.forecast_errors(weeks, measured=measured)
            if checks:
                worst = max(checks, key=lambda c: c.error_share)
                mean = statistics.fmean(abs(c.error) for c in checks)
                parts.append(f"na {weeks:2} weken gem. {mean:4.1f}, max {worst.error:+d} "
                             f"({100 * worst.error_share:.1f}%)")
        if parts:
            label = "gemeten tempo" if measured else "instellingen "
            print(f"voorspelling ({label}, te laat, fout in cliënten): " + "; ".join(parts))


def _label(row: MonthRow) -> str:
    return f"maand {row.month}" if row.month else f"einde ({row.day.isoformat()})"


def _weights(text: str) -> tuple[float, ...]:
    values = tuple(float(v) for v in text.split(","))
    if not values or any(v < 0 for v in values) or not sum(values):
        raise argparse.ArgumentTypeError("comma-separated non-negative weights")
    return values


def _mean(logs: list[MeetingLog], value: Callable[[MeetingLog], float]) -> float:
    return statistics.fmean(value(m) for m in logs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--start", type=dt.date.fromisoformat, default=dt.date(2027, 1, 1))
    parser.add_argument("--clients", type=int, default=Config.clients,
                        help="active clients (the caseload)")
    parser.add_argument("--overtime", type=int, default=15,
                        help="minutes after the original end the team leaves")
    parser.add_argument("--first-block", choices=("lopend", "acuut", "both"), default="both")
    parser.add_argument("--policy", choices=(*POLICIES, "all"), default="all")
    parser.add_argument("--overrun-lopend", type=float, default=Config.overrun_lopend,
                        help="mean talk/estimate of evaluations")
    parser.add_argument("--overrun-acuut", type=float, default=Config.overrun_acuut,
                        help="mean talk/estimate of acute items")
    parser.add_argument("--acute-per-week", type=_weights, default=Config.acute_per_week,
                        metavar="W0,W1,...",
                        help="weights of 0, 1, 2, ... acute items a week")
    parser.add_argument("--overdue-at-start", type=float, default=0.0,
                        help="share of clients overdue (6-9 months) at the start")
    parser.add_argument("--details", action="store_true", help="print every meeting")
    args = parser.parse_args(argv)
    orders = list(ORDERS) if args.first_block == "both" else [args.first_block]
    policies = list(POLICIES) if args.policy == "all" else [args.policy]
    results = []
    for order in orders:
        for policy in policies:
            config = Config(weeks=args.weeks, seed=args.seed, start=args.start,
                            first_block=ORDERS[order], policy=policy, overtime=args.overtime,
                            clients=args.clients,
                            overrun_lopend=args.overrun_lopend,
                            overrun_acuut=args.overrun_acuut,
                            acute_per_week=args.acute_per_week,
                            overdue_at_start=args.overdue_at_start)
            result = simulate(config)
            print_result(result, details=args.details)
            results.append(result)
    print()
    for result in results:
        final = result.final
        lowest = min((r.share for r in result.months), default=final.share)
        measured = [c for c in result.forecasts if c.measured]
        worst = max((c.error_share for c in measured), default=0.0)
        print(f"{result.config.name:<24} {_label(final)}: {100 * final.share:5.1f}%  "
              f"(laagste maand {100 * lowest:5.1f}%)  {'PASS' if result.passed else 'FAIL'}"
              f"  | voorspelling max fout {100 * worst:.1f}% van de cliënten "
              f"({len(measured)} toetsen) {'PASS' if result.forecast_passed else 'FAIL'}")
    return 0 if all(r.passed and r.forecast_passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
