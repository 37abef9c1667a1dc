"""A fictional demo team: members, a caseload with evaluation dates spread so that
some clients are overdue. Every name and reference here is invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from . import clients, members, settings
from .dates import add_months
from .problems import Code, Problem, ValidationError
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
                # Spread over 0-10 months ago: about a third is past the six-month horizon.
                last = today - dt.timedelta(days=rng.randint(3, 300))
                last = max(last, care_start)
                if rng.random() < 0.45:
                    nxt = add_months(last, rng.choice((1, 2, 3, 3, 4, 6)))
            clean = clients.CleanClient(
                _reference(rng, used), behandelaars[index % len(behandelaars)].id,
                care_start, last, nxt,
            )
            client_id = clients.insert_clean(store, clean)
            if rng.random() < 0.04:
                store.conn.execute("UPDATE client SET active = 0 WHERE id = ?", (client_id,))
        store.notify(Change("client"))
    return DemoResult(len(team), client_count)
