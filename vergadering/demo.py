"""A fictional demo team: members, a caseload with evaluation dates spread so that
some clients are overdue, and 20 weeks of meetings with their follow-through (docs/
figures.md "Opvolging": follow-ups, actions, the client's voice). Every name and
reference here is invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from . import (
    actions,
    agenda,
    clients,
    decisions,
    items,
    meetings,
    members,
    ratings,
    run,
    settings,
)
from .actions import ActionInput, ActionState
from .clock import FakeClock
from .consultations import ConsultationInput
from .dates import add_months
from .follow_up import CarriedOut, DiscussedWithClient, FollowUpInput, FollowUpReason
from .problems import Code, Problem, ValidationError
from .settings import Block, ItemType
from .store import Change, Store
from .timeline import BellReason, BlockChoice

MEMBERS = [
    "Anouk de Vries", "Bram Jansen", "Chantal Bakker", "Daan Visser", "Esra Yilmaz",
    "Fleur Smit", "Gijs Meijer", "Hanna de Boer", "Imran Bouzid", "Joyce Mulder",
    "Koen de Graaf", "Lotte Peters",
]
TEAM_NAME = "FACT-team Zuiderpark (demo)"


@dataclass(frozen=True)
class DemoResult:
    members: int
    clients: int


def _reference(rng: random.Random, used: set[str]) -> str:
    while True:
        if rng.random() < 0.7:
            ref = f"D-{rng.randint(10000, 99999)}"
        else:
            letters = "ABCDEFGHJKLMNPRSTVWZ"
            ref = ".".join(rng.choice(letters) for _ in range(rng.choice((2, 3)))) + "."
            ref += f"-{rng.randint(100, 999)}"
        if ref.casefold() not in used:
            used.add(ref.casefold())
            return ref


def fill_demo(store: Store, *, client_count: int = 150, seed: int = 2026) -> DemoResult:
    """Fill an empty database; refuses (ValidationError NOT_EMPTY) when it holds data."""
    rng = random.Random(seed)
    today = store.clock.today()
    with store.transaction():
        if not store.is_empty():
            raise ValidationError([Problem("database", Code.NOT_EMPTY)])
        settings.save(store, dataclasses.replace(settings.TeamSettings(), team_name=TEAM_NAME))
        team = [members.add_member(store, name) for name in MEMBERS]
        # Not every member is a behandelaar (e.g. the psychiatrist, the trainee).
        behandelaars = team[:10]
        used: set[str] = set()
        # The caseload was imported the day before the first meeting held in the app:
        # its dates are entered then (vergadering/standing.py reads them back).
        real_clock = store.clock
        imported = _history_start(store) - dt.timedelta(days=1)
        store.clock = FakeClock(dt.datetime.combine(imported, dt.time(16, 0)))
        try:
            for index in range(client_count):
                care_start = imported - dt.timedelta(days=rng.randint(1, 6 * 365))
                last: dt.date | None
                nxt: dt.date | None = None
                roll = rng.random()
                if roll < 0.08:
                    last = None  # never evaluated: due from the start of care
                    care_start = imported - dt.timedelta(days=rng.randint(1, 200))
                else:
                    # Spread over the months before the history below, which evaluates part
                    # of them: every evaluation in it is a decision, as it would have been.
                    last = today - dt.timedelta(days=rng.randint(7 * HISTORY_WEEKS + 1, 330))
                    last = max(last, care_start)
                    if rng.random() < 0.35:
                        nxt = add_months(last, rng.choice((3, 4, 6)))
                clean = clients.CleanClient(
                    _reference(rng, used), behandelaars[index % len(behandelaars)].id,
                    care_start, last, nxt,
                )
                client_id = clients.insert_clean(store, clean)
                if rng.random() < 0.04:
                    clients.set_client_active(store, client_id, False)
        finally:
            store.clock = real_clock
        store.notify(Change("client"))
        # The follow-through draws from its own numbers: the meetings stay as they were.
        follow = _FollowThrough(random.Random(seed + 1), behandelaars)
        _fill_history(store, rng, team, follow)
        _fill_agenda(store, rng, team, follow)
    return DemoResult(len(team), client_count)


HISTORY_WEEKS = 20
EVALUATION = "Evaluatie: doorgaan, afsluiten of verwijzen?"
_KOERS = [
    "Behandeling volgens plan voortzetten; terugvalpreventie in de komende maanden.",
    "Frequentie afbouwen naar eens per twee weken; netwerkgesprek plannen.",
    "Medicatie evalueren met de psychiater; dagbesteding verder uitbreiden.",
    "Gezinsgesprek in de komende maand; daarna opnieuw evalueren.",
]


def _history_start(store: Store) -> dt.date:
    """The first meeting of the demo's history."""
    return meetings.next_meeting_date(settings.load(store), store.clock.today()) - (
        dt.timedelta(weeks=HISTORY_WEEKS))


class _FollowThrough:
    """What the team did with its decisions (rules 12-14): mostly carried out, sometimes
    partly or not with a reason; actions with an owner, most done by about their date,
    some weeks late, some dropped, a few left open; whether the client was heard."""

    def __init__(self, rng: random.Random, owners: list[members.Member]) -> None:
        self.rng = rng
        self.owners = owners
        self.closing: list[tuple[dt.date, int, int, ActionState]] = []  # day, action, by
        self.reasons_given = 0

    def follow_up(self) -> FollowUpInput:
        """Rule 12: mostly volledig; deels or niet with one of the reasons."""
        done = self.rng.choices(list(CarriedOut), weights=(76, 15, 9))[0]
        if done is CarriedOut.FULLY:
            return FollowUpInput(done)
        # The reasons in turn, so that even a short history shows several (and anders).
        reason = _REASONS[self.reasons_given % len(_REASONS)]
        self.reasons_given += 1
        return FollowUpInput(done, reason, self.rng.choice(_OTHER_REASONS)
                             if reason is FollowUpReason.OTHER else "")

    def discussed(self) -> DiscussedWithClient | None:
        """Rule 14: asked for most decisions, mostly yes."""
        return self.rng.choices([DiscussedWithClient.YES, DiscussedWithClient.LATER,
                                 DiscussedWithClient.NO, None], weights=(60, 20, 8, 12))[0]

    def perspective(self) -> str:
        return self.rng.choice(_PERSPECTIVES) if self.rng.random() < 0.5 else ""

    def actions(self, day: dt.date) -> tuple[ActionInput, ...]:
        """Rule 13: an action or two on about a third of the decisions."""
        if self.rng.random() >= 0.35:
            return ()
        return tuple(ActionInput(what, self.rng.choice(self.owners).id,
                                 day + dt.timedelta(days=self.rng.choice((7, 14, 21, 28))))
                     for what in self.rng.sample(_ACTIONS, self.rng.choice((1, 1, 2))))

    def made(self, store: Store, decision_id: int) -> None:
        """Plan what becomes of the decision's actions: done around their date, dropped,
        or left open (late once its date has passed)."""
        for action in actions.for_decision(store, decision_id):
            fate = self.rng.choices(["done", "late", "dropped", "open"],
                                    weights=(70, 14, 9, 7))[0]
            if fate == "open":
                continue
            late = self.rng.randint(10, 40) if fate == "late" else self.rng.randint(-6, 3)
            day = max(action.created_at.date() + dt.timedelta(days=1),
                      action.due + dt.timedelta(days=late))
            self.closing.append((day, action.id, action.owner_id, ActionState.DROPPED
                                 if fate == "dropped" else ActionState.DONE))

    def close_until(self, store: Store, clock: FakeClock, day: dt.date) -> None:
        """Close the actions planned to close before ``day``, each at its own day."""
        now = clock.now()
        due = sorted(c for c in self.closing if c[0] < day)
        self.closing = [c for c in self.closing if c[0] >= day]
        for closed_on, action_id, by, state in due:
            clock.set(dt.datetime.combine(closed_on, dt.time(16, 30)))
            actions.close(store, action_id, state, by)
        clock.set(now)


_REASONS = [FollowUpReason.WAITING_LIST, FollowUpReason.OTHER, FollowUpReason.NEW_INFORMATION,
            FollowUpReason.CLIENT_WANTED_OTHERWISE, FollowUpReason.WAITING_LIST,
            FollowUpReason.PHYSICAL_CONDITION, FollowUpReason.NOT_RECORDED]
_OTHER_REASONS = [
    "Cliënt is verhuisd naar een andere regio; overdracht loopt nog.",
    "Behandelaar was langdurig afwezig; de afspraak is verschoven.",
]
_PERSPECTIVES = [
    "Cliënt wil minder vaak komen en meer zelf doen.",
    "Zus vindt dat er te weinig gebeurt; cliënt zelf wil vooral rust.",
    "Cliënt wil eerst de verhuizing afronden voordat er iets verandert.",
    "Partner vraagt om een gesprek samen; cliënt staat daar open voor.",
]
_ACTIONS = [
    "Netwerkgesprek plannen met cliënt en naasten",
    "Medicatie-overleg met de psychiater inplannen",
    "Aanmelding bij de dagbesteding versturen",
    "Terugvalpreventieplan samen met cliënt bijwerken",
    "Huisarts informeren over het besluit",
    "Crisisplan actualiseren",
]


def _fill_history(store: Store, rng: random.Random, team: list[members.Member],
                  follow: _FollowThrough) -> None:
    """A few months of past meetings, run through the real operations with a clock set to
    each meeting's time: overruns, bells, acute choices, decisions and ratings."""
    real_clock = store.clock
    today = real_clock.today()
    first = _history_start(store)
    try:
        for week in range(HISTORY_WEEKS):
            day = first + dt.timedelta(weeks=week)
            if day >= today:
                break
            clock = FakeClock(dt.datetime.combine(day, dt.time(8, 0)))
            store.clock = clock
            follow.close_until(store, clock, day)
            _run_past_meeting(store, rng, team, day, clock, follow)
        store.clock = clock = FakeClock(dt.datetime.combine(today, dt.time(8, 0)))
        follow.close_until(store, clock, today)
    finally:
        store.clock = real_clock


def _run_past_meeting(store: Store, rng: random.Random, team: list[members.Member],
                      day: dt.date, clock: FakeClock, follow: _FollowThrough) -> None:
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG, day)
    picks = [p for p in proposals.fitting if p.due.behandelaar_id is not None]
    agenda.accept_proposals(store, [(p.due.client_id, None) for p in picks[:rng.randint(2, 4)]],
                            ItemType.VRAAG, EVALUATION, by=team[0].id, date=day)
    active = [c for c in clients.list_clients(store, include_inactive=False)
              if c.behandelaar_id is not None]
    on_agenda = {i.client_id for i in items.list_items(store, day)}
    acute = rng.sample([c for c in active if c.id not in on_agenda], rng.choice((1, 2, 2, 3, 5)))
    for client in acute:
        item_type, question, state = rng.choice(_ACUTE)
        items.queue_item(store, items.ItemInput(
            client.id, client.behandelaar_id, item_type, Block.ACUUT, question, state,
            client_perspective=follow.perspective()),
            by=client.behandelaar_id, meeting_date=day)
    clock.set(dt.datetime.combine(day, dt.time(9, rng.randint(0, 4))))
    meeting = run.start_meeting(store, day)
    for item in run.meeting_items(store, meeting):
        current = items.get(store, item.id)
        if current.outcome is not None or current.meeting_date != day:
            continue
        if item.block is Block.ACUUT and rng.random() < 0.08:
            # Some acute questions need only two people: a separate consultation.
            run.choose(store, item.id, BlockChoice.CONSULTATION, consultation=ConsultationInput(
                item.presenter_id, day + dt.timedelta(days=rng.choice((3, 7)))))
            continue
        try:
            run.start_item(store, item.id)
        except ValidationError:
            # The item's block is spent: the chair chooses per item.
            options = [BlockChoice.DEFER, BlockChoice.TAKE_ANYWAY]
            if item.block is Block.ACUUT:
                options.append(BlockChoice.CONSULTATION)
            choice = rng.choice(options)
            run.choose(store, item.id, choice, consultation=ConsultationInput(
                item.presenter_id, day + dt.timedelta(days=rng.choice((7, 14))))
                if choice is BlockChoice.CONSULTATION else None)
            if choice is not BlockChoice.TAKE_ANYWAY:
                continue
            run.start_item(store, item.id)
        talk = item.minutes * 60 * rng.uniform(0.6, 1.5)
        clock.advance(seconds=int(talk * 0.6))
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            run.ring_bell(store, rng.choice([None, *BellReason]))
        if talk > item.minutes * 60 and rng.random() < 0.5:
            run.extend(store, rng.choice((1, 2)))
        clock.advance(seconds=int(talk * 0.4))
        kind = rng.choices(list(items.DecisionKind), weights=(7, 2, 1))[0]
        next_eval = add_months(day, rng.choice((3, 6, 6))) if kind is not \
            items.DecisionKind.AFSLUITEN else None
        made = decisions.record_decision(store, item.id, decisions.DecisionInput(
            kind, next_eval, rng.choice(_KOERS) if kind is items.DecisionKind.DOORGAAN else "",
            "Basis-GGZ" if kind is items.DecisionKind.VERWIJZEN else "",
            rng.choice(("presenter", "presenter", "chair")), closes_client_id=item.client_id,
            follow_up=follow.follow_up() if decisions.follow_up_due(store, item.client_id)
            else None, discussed_with_client=follow.discussed(), actions=follow.actions(day)))
        follow.made(store, made.id)
        if clock.now() > dt.datetime.combine(day, dt.time(10, 40)):
            break
    # The chair chooses for every acute item not reached (rule 10), mostly the next meeting.
    unreached: dict[int, run.UnreachedChoice] = {}
    for waiting in run.unreached_acute(store, meeting):
        chosen = rng.choices(list(run.Unreached), weights=(6, 3, 1))[0]
        unreached[waiting.id] = run.UnreachedChoice(chosen, ConsultationInput(
            waiting.presenter_id, day + dt.timedelta(days=rng.choice((7, 14))))
            if chosen is run.Unreached.CONSULTATION else None)
    run.close_meeting(store, unreached)
    for _ in range(rng.randint(3, 7)):
        ratings.submit(store, meeting.id, {q: min(10, max(0, round(rng.gauss(7, 1.5))))
                                           for q in ratings.Question})


_ACUTE = [
    (ItemType.KWESTIE, "Crisisopname dreigt: blijven we ambulant behandelen, en wie doet wat?",
     "Sinds twee weken toenemend achterdochtig, slaapt slecht, medicatie-inname wisselend. "
     "Netwerk (zus) is betrokken en ongerust. Crisisplan is actueel."),
    (ItemType.VRAAG, "Kan de psychiater deze week meekijken naar de medicatie?",
     "Stabiel in wonen en dagbesteding; wel meer angstklachten sinds de verhuizing."),
]
_NOTICES = [
    "Behandeling afgerond in overleg met cliënt; afsluiten met terugvalpreventieplan.",
    "Verwijzing naar de basis-GGZ is rond; overdracht gepland.",
]


def _fill_agenda(store: Store, rng: random.Random, team: list[members.Member],
                 follow: _FollowThrough) -> None:
    """Queue a realistic next agenda: two acute items, two notices that can be confirmed
    as hamerstuk, and the evaluations that fit the lopend budget."""
    settings_now = settings.load(store)
    date = meetings.upcoming_date(store, settings_now)
    active = [c for c in clients.list_clients(store, include_inactive=False)]
    picks = rng.sample(active, len(_ACUTE) + len(_NOTICES))
    for (item_type, question, state), client in zip(_ACUTE, picks, strict=False):
        items.queue_item(store, items.ItemInput(
            client.id, client.behandelaar_id, item_type, Block.ACUUT, question, state,
            client_perspective=follow.perspective() or _PERSPECTIVES[0]),
            by=client.behandelaar_id, meeting_date=date)
    for text, client in zip(_NOTICES, picks[len(_ACUTE):], strict=False):
        decision = (items.DecisionKind.AFSLUITEN if "afsluiten" in text
                    else items.DecisionKind.VERWIJZEN)
        items.queue_item(store, items.ItemInput(
            client.id, client.behandelaar_id, ItemType.MEDEDELING, Block.LOPEND, "", text,
            proposed_decision=decision), by=client.behandelaar_id, meeting_date=date)
    # Two evaluations of clients whose last decision the team now follows up (rule 12),
    # those with open actions first: the chair's screen and the decision form show it.
    on_agenda = {i.client_id for i in items.list_items(store, date)}
    for client in _followed_up(store, [c for c in active if c.id not in on_agenda])[:2]:
        items.queue_item(store, items.ItemInput(
            client.id, client.behandelaar_id, ItemType.VRAAG, Block.LOPEND, EVALUATION,
            "Koers van het vorige besluit grotendeels gevolgd; zie de open acties.",
            client_perspective=_PERSPECTIVES[1]), by=client.behandelaar_id, meeting_date=date)
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG, date)
    agenda.accept_proposals(
        store, [(p.due.client_id, None) for p in proposals.fitting], ItemType.VRAAG,
        EVALUATION, by=team[0].id, date=date)


def _followed_up(store: Store, candidates: list[clients.Client]) -> list[clients.Client]:
    """The clients with a behandelaar whose next decision must follow up their last one,
    those with open actions first, then the earliest previous decision."""
    found: list[tuple[bool, dt.date, str, clients.Client]] = []
    for client in candidates:
        if client.behandelaar_id is None:
            continue
        previous = decisions.follow_up_due(store, client.id)
        if previous is not None:
            found.append((not actions.for_client(store, client.id, open_only=True),
                          previous.decided_on, client.reference, client))
    return [client for *_key, client in sorted(found, key=lambda f: f[:3])]
