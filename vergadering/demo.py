"""A fictional demo team: members, a caseload with evaluation dates spread so that
some clients are overdue. Every name and reference here is invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from . import agenda, clients, items, meetings, members, settings
from .dates import add_months
from .problems import Code, Problem, ValidationError
from .settings import Block, ItemType
from .store import Change, Store

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
        for index in range(client_count):
            care_start = today - dt.timedelta(days=rng.randint(60, 6 * 365))
            last: dt.date | None
            nxt: dt.date | None = None
            roll = rng.random()
            if roll < 0.08:
                last = None  # never evaluated: due from the start of care
                care_start = today - dt.timedelta(days=rng.randint(20, 300))
            else:
                # Spread over 0-8 months ago: about a quarter is past the six-month horizon.
                last = today - dt.timedelta(days=rng.randint(3, 240))
                last = max(last, care_start)
                if rng.random() < 0.35:
                    nxt = add_months(last, rng.choice((3, 4, 6)))
            clean = clients.CleanClient(
                _reference(rng, used), behandelaars[index % len(behandelaars)].id,
                care_start, last, nxt,
            )
            client_id = clients.insert_clean(store, clean)
            if rng.random() < 0.04:
                store.conn.execute("UPDATE client SET active = 0 WHERE id = ?", (client_id,))
        store.notify(Change("client"))
        _fill_agenda(store, rng, team)
    return DemoResult(len(team), client_count)


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


def _fill_agenda(store: Store, rng: random.Random, team: list[members.Member]) -> None:
    """Queue a realistic next agenda: two acute items, two notices that can be confirmed
    as hamerstuk, and the evaluations that fit the lopend budget."""
    settings_now = settings.load(store)
    date = meetings.upcoming_date(store, settings_now)
    active = [c for c in clients.list_clients(store, include_inactive=False)]
    picks = rng.sample(active, len(_ACUTE) + len(_NOTICES))
    for (item_type, question, state), client in zip(_ACUTE, picks, strict=False):
        items.queue_item(store, items.ItemInput(
            client.id, client.behandelaar_id, item_type, Block.ACUUT, question, state),
            by=client.behandelaar_id, meeting_date=date)
    for text, client in zip(_NOTICES, picks[len(_ACUTE):], strict=False):
        decision = (items.DecisionKind.AFSLUITEN if "afsluiten" in text
                    else items.DecisionKind.VERWIJZEN)
        items.queue_item(store, items.ItemInput(
            client.id, client.behandelaar_id, ItemType.MEDEDELING, Block.LOPEND, "", text,
            proposed_decision=decision), by=client.behandelaar_id, meeting_date=date)
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG, date)
    agenda.accept_proposals(
        store, [(p.due.client_id, None) for p in proposals.fitting], ItemType.VRAAG,
        "Evaluatie: doorgaan, afsluiten of verwijzen?", by=team[0].id, date=date)
