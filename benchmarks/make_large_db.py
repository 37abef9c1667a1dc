"""Build a large organisation's database for the scale benchmarks.

    python benchmarks/make_large_db.py PATH [--clients 10000] [--decisions 500000]
                                            [--members 60] [--seed 2026] [--force]

The file is created through ``vergadering.store.open_store``, so its schema is exactly the
app's. Members, clients, past (closed) meetings and decisions are then written with plain
``executemany`` inside one transaction: fast, and the database's no-edit trigger on
decisions only refuses UPDATE and DELETE. Decisions carry their meeting but no agenda
item (the schema allows ``item_id`` NULL, as for decisions from before the app was used).

Every client's ``last_evaluation``/``next_evaluation``/``active`` follow its latest valid
decision, as ``clients.apply_decision_dates`` would set them; a few decisions are
corrections of the one before. Some clients were never evaluated (due from the start of
care or the day they were added) and some are closed. Over a third of the active clients
is overdue today (a quarter past the horizon, more past an agreed earlier date).
Everything is fictional and reproducible with ``--seed``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vergadering import items, meetings  # noqa: E402
from vergadering import settings as team_settings  # noqa: E402
from vergadering.dates import add_months  # noqa: E402
from vergadering.items import ItemInput  # noqa: E402
from vergadering.settings import Block, ItemType  # noqa: E402
from vergadering.store import Store, open_store  # noqa: E402

FIRST_NAMES = ["Anouk", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Imran",
               "Joyce", "Koen", "Lotte", "Mehmet", "Noor", "Olivier", "Priya", "Quinten",
               "Roos", "Sem", "Tessa"]
LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Yilmaz", "Smit", "Meijer", "de Boer",
              "Bouzid", "Mulder", "de Graaf", "Peters", "Hendriks", "van Dijk", "Kaya"]
KOERS = ["Behandeling volgens plan voortzetten", "Afbouw contactfrequentie",
         "Medicatie evalueren met de psychiater", "Netwerk betrekken bij terugvalpreventie"]
NEW_SHARE = 0.03  # never evaluated yet
CLOSED_SHARE = 0.12  # treatment closed (inactive)
CORRECTED_SHARE = 0.005  # the latest decision was corrected
MAX_HISTORY_WEEKS = 15 * 52


@dataclass(frozen=True)
class Summary:
    members: int
    clients: int
    active: int
    meetings: int
    decisions: int
    seconds: float


def _meeting_day(day: dt.date, weekday: int) -> dt.date:
    """The team's meeting weekday on or before ``day``."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _member_names(count: int) -> list[str]:
    names = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES]
    random.Random(1).shuffle(names)
    return names[:count]


def _shares(rng: random.Random, total: int, count: int) -> list[int]:
    """``total`` split over ``count`` clients, unevenly, each at least one if it can."""
    if total < count:
        result = [1] * total + [0] * (count - total)
        rng.shuffle(result)
        return result
    weights = [rng.uniform(0.3, 1.7) for _ in range(count)]
    scale = max(0, total - count) / sum(weights)
    result = [1 + int(w * scale) for w in weights]
    for index in rng.sample(range(count), min(count, total - sum(result))):
        result[index] += 1
    return result


def build(path: Path, *, client_count: int, decision_count: int, member_count: int,
          seed: int) -> Summary:
    started = time.perf_counter()
    rng = random.Random(seed)
    store = open_store(path)
    try:
        settings = team_settings.save(store, replace(
            team_settings.TeamSettings(), team_name="Grote organisatie (benchmark)"))
        today = store.clock.today()
        now = store.clock.now().isoformat()
        weekday = settings.meeting_weekday
        horizon = settings.horizon_months
        last_meeting = _meeting_day(today - dt.timedelta(days=1), weekday)

        kinds = rng.choices(("new", "closed", "active"), k=client_count,
                            weights=(NEW_SHARE, CLOSED_SHARE, 1 - NEW_SHARE - CLOSED_SHARE))
        with_history = [i for i, kind in enumerate(kinds) if kind != "new"]
        counts = dict(zip(with_history, _shares(rng, decision_count, len(with_history)),
                          strict=True))

        member_rows = [(i + 1, name, now, now)
                       for i, name in enumerate(_member_names(member_count))]
        behandelaars = [row[0] for row in member_rows[: max(1, member_count * 5 // 6)]]

        client_rows: list[tuple[object, ...]] = []
        decision_rows: list[tuple[object, ...]] = []
        action_rows: list[tuple[object, ...]] = []
        meeting_dates: set[dt.date] = set()
        decision_id = 0
        for index, kind in enumerate(kinds):
            client_id = index + 1
            behandelaar = behandelaars[index % len(behandelaars)]
            count = counts.get(index, 0)
            if count == 0:
                # Never evaluated: due from the start of care, else from the day added.
                added = today - dt.timedelta(days=rng.randint(0, 300))
                client_rows.append((client_id, f"D-{100000 + index}", behandelaar,
                                    added.isoformat() if rng.random() < 0.7 else None,
                                    None, None, 1, added.isoformat(), now, now))
                continue
            if kind == "closed":
                latest = _meeting_day(today - dt.timedelta(days=rng.randint(30, 2000)),
                                      weekday)
            else:
                # 1-250 days ago: about a quarter past the six-month horizon.
                latest = _meeting_day(today - dt.timedelta(days=rng.randint(1, 250)),
                                      weekday)
            latest = min(latest, last_meeting)
            corrected = kind == "active" and count >= 2 and rng.random() < CORRECTED_SHARE
            dated = count - 1 if corrected else count
            mean_gap = max(1, min(13, MAX_HISTORY_WEEKS // dated))
            dates = [latest]
            for _ in range(dated - 1):
                dates.append(dates[-1] - dt.timedelta(weeks=rng.randint(1, 2 * mean_gap - 1)))
            dates.reverse()
            if corrected:
                dates.append(latest)
            meeting_dates.update(dates)
            next_evaluation: dt.date | None = None
            followed: tuple[object, ...] = (None, None, None)  # rule 12: nothing before
            previous_id: int | None = None
            for n, day in enumerate(dates):
                decision_id += 1
                is_latest = n == len(dates) - 1
                if is_latest and kind == "closed":
                    decision_kind, next_evaluation = "afsluiten", None
                else:
                    decision_kind = "verwijzen" if rng.random() < 0.08 else "doorgaan"
                    months = horizon if rng.random() < 0.7 else rng.choice((3, 4))
                    next_evaluation = add_months(day, months)
                corrects = decision_id - 1 if corrected and is_latest else None
                if corrects is None:
                    # Rule 12: each decision after a doorgaan or verwijzen follows it up (a
                    # correction keeps the follow-up of the decision it corrects).
                    followed = _follow_up(rng, previous_id) if n else (None, None, None)
                decision_rows.append((
                    decision_id, client_id, day.isoformat(), decision_kind, day.isoformat(),
                    next_evaluation and next_evaluation.isoformat(),
                    rng.choice(KOERS) if decision_kind == "doorgaan" else "",
                    "Basis-GGZ" if decision_kind == "verwijzen" else "",
                    behandelaar, "Datum gecorrigeerd" if corrects else "", corrects,
                    f"{day.isoformat()}T10:30:00", *followed,
                    rng.choice(("yes", "yes", "later", "no", None))))
                action_rows += _actions(rng, decision_id, client_id, day, behandelaars,
                                        today)
                if corrects is None:
                    previous_id = decision_id if decision_kind != "afsluiten" else None
            care_start = dates[0] - dt.timedelta(days=rng.randint(14, 120))
            client_rows.append((
                client_id, f"D-{100000 + index}", behandelaar,
                care_start.isoformat() if rng.random() < 0.9 else None, latest.isoformat(),
                next_evaluation and next_evaluation.isoformat(), int(kind != "closed"),
                care_start.isoformat(), now, now))

        with store.transaction() as conn:
            conn.executemany("INSERT INTO member(id, name, active, created_at, updated_at)"
                             " VALUES (?, ?, 1, ?, ?)", member_rows)
            conn.executemany(
                "INSERT INTO client(id, reference, behandelaar_id, care_start, last_evaluation,"
                " next_evaluation, active, added_on, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", client_rows)
            conn.executemany(
                "INSERT INTO meeting(date, status, created_at) VALUES (?, 'closed', ?)",
                [(day.isoformat(), f"{day.isoformat()}T09:00:00")
                 for day in sorted(meeting_dates)])
            conn.executemany(
                "INSERT INTO decision(id, client_id, meeting_id, kind, decided_on,"
                " next_evaluation, koers, referred_to, worded_by_role, worded_by_id,"
                " date_reason, corrects_id, created_at, follows_up_id, carried_out,"
                " follow_up_reason, discussed_with_client)"
                " VALUES (?, ?, (SELECT id FROM meeting WHERE date = ?), ?, ?, ?, ?, ?,"
                " 'presenter', ?, ?, ?, ?, ?, ?, ?, ?)", decision_rows)
            conn.executemany(
                "INSERT INTO action(decision_id, client_id, what, owner_id, due, state,"
                " closed_by_id, closed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                action_rows)
        _queue_next_meeting(store, rng, client_rows)
        store.conn.execute("ANALYZE")
        active = sum(1 for row in client_rows if row[6])
    finally:
        store.close()
    return Summary(len(member_rows), len(client_rows), active, len(meeting_dates),
                   len(decision_rows), time.perf_counter() - started)


_REASONS = ("client_wanted_otherwise", "new_information", "physical_condition",
            "waiting_list", "not_recorded")


def _follow_up(rng: random.Random, previous_id: int | None) -> tuple[object, ...]:
    """follows_up_id, carried_out, follow_up_reason: mostly fully, as in the demo."""
    if previous_id is None:
        return (None, None, None)
    done = rng.choices(("fully", "partly", "not_at_all"), weights=(80, 12, 8))[0]
    return (previous_id, done, None if done == "fully" else rng.choice(_REASONS))


def _actions(rng: random.Random, decision_id: int, client_id: int, day: dt.date,
             owners: list[int], today: dt.date) -> list[tuple[object, ...]]:
    """An action or two on about a third of the decisions (rule 13): most done, some
    dropped, the rest open (late once their date has passed; few of the old ones)."""
    if rng.random() >= 0.3:
        return []
    rows: list[tuple[object, ...]] = []
    for _ in range(rng.choice((1, 1, 2))):
        due = day + dt.timedelta(days=rng.choice((7, 14, 28)))
        # Recent actions are often still open; an old one left open is rare (the agenda
        # and the terugblik show it as late until someone closes it).
        recent = due >= today - dt.timedelta(weeks=8)
        state = rng.choices(("done", "dropped", "open"),
                            weights=(70, 8, 22) if recent else (89, 10, 1))[0]
        closed_on = min(today, due + dt.timedelta(days=rng.randint(-5, 10)))
        closed = state != "open" and closed_on > day
        owner = rng.choice(owners)
        rows.append((decision_id, client_id, "Netwerkgesprek plannen", owner, due.isoformat(),
                     state if closed else "open", owner if closed else None,
                     f"{closed_on.isoformat()}T16:00:00" if closed else None,
                     f"{day.isoformat()}T10:30:00"))
    return rows


def _queue_next_meeting(store: Store, rng: random.Random,
                        client_rows: list[tuple[object, ...]]) -> None:
    """A dozen evaluations on the next meeting's agenda, through the domain."""
    settings = team_settings.load(store)
    date = meetings.upcoming_date(store, settings)
    active = [row for row in client_rows if row[6]]
    for row in rng.sample(active, min(12, len(active))):
        client_id, presenter = int(row[0]), int(row[2])  # type: ignore[call-overload]
        items.queue_item(store, ItemInput(
            client_id, presenter, ItemType.VRAAG, Block.LOPEND,
            "Evaluatie: doorgaan, afsluiten of verwijzen?"), by=presenter, meeting_date=date)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--decisions", type=int, default=500_000)
    parser.add_argument("--members", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.path.exists():
        if not args.force:
            print(f"{args.path} exists; use --force to replace it.", file=sys.stderr)
            return 2
        args.path.unlink()
    if args.clients < 1 or args.decisions < 0 or not 1 <= args.members <= 300:
        parser.error("need --clients >= 1, --decisions >= 0 and 1 <= --members <= 300")
    summary = build(args.path, client_count=args.clients, decision_count=args.decisions,
                    member_count=args.members, seed=args.seed)
    size_mb = args.path.stat().st_size / 1e6
    print(f"{args.path}: {summary.members} members, {summary.clients} clients "
          f"({summary.active} active), {summary.meetings} past meetings, "
          f"{summary.decisions} decisions; {size_mb:.0f} MB in {summary.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
