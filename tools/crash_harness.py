"""Crash harness: kill the app's process (SIGKILL) at random moments during a scripted
meeting, start it again, and check that nothing recorded was lost or half-written and
that the meeting resumes at the right item with the right elapsed time.

    python tools/crash_harness.py [--kills 200] [--seed 7] [--keep DIR]

How it works:

1. A reference run plays a random but valid meeting on a copy of the demo database, in
   this process, with a fake clock: every operation the chair has (start an item, decide
   doorgaan/afsluiten/verwijzen, hamerstuk, bell with and without a reason, extend, pause,
   resume, skip, defer, the acute-block choices, close). After each operation it takes a
   snapshot of everything stored: meeting events, decisions, items and clients.
2. The crash run plays the same script on another copy in a child process that reports
   ``begin N`` and ``done N`` around every operation. It is killed after a random time,
   or — every third run — at the moment a decision is being saved (between writing the
   decision and updating its client, inside the transaction).
3. After each kill the database is opened again (SQLite rolls back an unfinished
   transaction from its journal) and must equal the reference snapshot after the last
   ``done`` operation, or after the one in flight (then it was committed whole). The
   database passes SQLite's integrity and foreign-key checks. The running meeting's
   current item and its elapsed time, a random while after the crash, are compared with
   what the script says (start time, pauses, downtime counted as meeting time).
4. The next child goes on from there; in the end the whole script has been played and
   the result equals the reference run's.

The test suite runs a short variant (tests/test_crash.py); run this script for a longer
one. Exit status 0 when every kill passed.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vergadering import decisions, demo, items, meetings, run  # noqa: E402
from vergadering.clock import FakeClock  # noqa: E402
from vergadering.consultations import ConsultationInput  # noqa: E402
from vergadering.decisions import DecisionInput  # noqa: E402
from vergadering.follow_up import CarriedOut, FollowUpInput  # noqa: E402
from vergadering.items import DecisionKind, ItemType  # noqa: E402
from vergadering.problems import ValidationError  # noqa: E402
from vergadering.store import Store, open_store  # noqa: E402
from vergadering.timeline import BellReason, BlockChoice  # noqa: E402

START = dt.datetime(2026, 11, 24, 9, 0)  # the demo's next meeting
DEMO_NOW = dt.datetime(2026, 11, 23, 12, 0)
DECIDING = "deciding"

Op = dict[str, Any]


# -- the operations ------------------------------------------------------------------
def apply(store: Store, op: Op) -> None:
    """Carry out one operation of the script (raises ValidationError when not allowed)."""
    name, item = op["op"], op.get("item")
    if name == "start_meeting":
        run.start_meeting(store, START.date())
    elif name == "start_item":
        run.start_item(store, item)
    elif name == "decide":
        kind = DecisionKind(op["kind"])
        needs_date = kind is not DecisionKind.AFSLUITEN
        on = START.date()
        client = items.get(store, item).client_id
        done = FollowUpInput(CarriedOut.FULLY) if decisions.follow_up_due(store, client) else None
        decisions.record_decision(store, item, DecisionInput(
            kind, on + dt.timedelta(days=91) if needs_date else None,
            koers="Koers tot de volgende evaluatie" if kind is DecisionKind.DOORGAAN else "",
            referred_to="huisarts" if kind is DecisionKind.VERWIJZEN else "",
            closes_client_id=client, follow_up=done))
    elif name == "hamerstuk":
        client = items.get(store, item).client_id
        decisions.confirm_hamerstuk(store, item, koers="Zo doorgaan", referred_to="huisarts",
                                    closes_client_id=client, follow_up=FollowUpInput(
                                        CarriedOut.FULLY)
                                    if decisions.follow_up_due(store, client) else None)
    elif name == "bell":
        run.ring_bell(store, BellReason(op["reason"]) if op.get("reason") else None)
    elif name == "extend":
        run.extend(store, op["minutes"])
    elif name == "pause":
        run.pause(store)
    elif name == "resume":
        run.resume(store)
    elif name == "skip":
        run.skip_item(store, item)
    elif name == "defer":
        run.defer_item(store, item)
    elif name == "acute":
        run.choose(store, item, BlockChoice(op["choice"]), consultation=ConsultationInput(
            items.get(store, item).presenter_id, START.date() + dt.timedelta(days=14)))
    elif name == "close":
        meeting = meetings.running(store)
        assert meeting is not None
        run.close_meeting(store, {i.id: run.UnreachedChoice(run.Unreached(op["choice"]))
                                  for i in run.unreached_acute(store, meeting)})
    else:
        raise ValueError(name)


def snapshot(store: Store) -> str:
    """Everything the meeting stores, as one comparable text."""
    tables = {
        "meeting": "SELECT id, date, status FROM meeting ORDER BY id",
        "meeting_event": "SELECT * FROM meeting_event ORDER BY id",
        "decision": "SELECT * FROM decision ORDER BY id",
        "item": "SELECT id, meeting_id, status, outcome, block, position, carried_over,"
                " version FROM item ORDER BY id",
        "item_change": "SELECT * FROM item_change ORDER BY id",
        "client": "SELECT id, last_evaluation, next_evaluation, active FROM client ORDER BY id",
    }
    return json.dumps({name: [list(row) for row in store.query(sql)]
                       for name, sql in tables.items()})


def check_consistent(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], "foreign keys"
    finally:
        conn.close()


# -- the script: a reference run -----------------------------------------------------
@dataclasses.dataclass
class Script:
    ops: list[Op]
    snapshots: list[str]  # snapshots[n]: after the first n operations


def make_base(path: Path) -> None:
    store = open_store(path, FakeClock(DEMO_NOW))
    try:
        demo.fill_demo(store)
    finally:
        store.close()


def candidates(store: Store, rng: random.Random, now: dt.datetime) -> list[Op]:
    """Operations worth trying now, in a random order of preference."""
    meeting = meetings.running(store)
    if meeting is None:
        return [{"op": "start_meeting"}] if meetings.find(store, START.date()) is None or (
            meetings.find(store, START.date()).status.value == "planned") else []  # type: ignore[union-attr]
    line = run.timeline(store, meeting)
    state = line.state(now)
    waiting = [u.item_id for u in state.upcoming]
    by_id = {i.id: i for i in run.meeting_items(store, meeting)}
    ops: list[Op] = []
    if state.paused:
        return [{"op": "resume"}, {"op": "bell"}]
    if state.current is not None:
        item = state.current.item_id
        kind = rng.choice([k.value for k in DecisionKind])
        ops += [{"op": "decide", "item": item, "kind": kind}] * 4
        if by_id[item].type is ItemType.MEDEDELING and by_id[item].proposed_decision:
            ops.append({"op": "hamerstuk", "item": item})
        ops += [{"op": "acute", "item": item, "choice": c.value} for c in BlockChoice]
        ops += [{"op": "extend", "minutes": rng.choice([1, 2, 5])},
                {"op": "bell", "reason": rng.choice([None] + [r.value for r in BellReason])},
                {"op": "bell", "reason": None}, {"op": "pause"},
                {"op": "skip", "item": item}, {"op": "defer", "item": item}]
    elif waiting:
        first = waiting[0]
        ops += [{"op": "start_item", "item": first}] * 4
        ops += [{"op": "acute", "item": first, "choice": c.value} for c in BlockChoice]
        ops += [{"op": "skip", "item": first}, {"op": "defer", "item": rng.choice(waiting)},
                {"op": "bell"}, {"op": "pause"}]
    else:
        ops.append({"op": "close", "choice": rng.choice([c.value for c in run.Unreached
                                                         if c is not run.Unreached.CONSULTATION])})
    rng.shuffle(ops)
    return ops


def make_script(base: Path, work: Path, rng: random.Random, length: int) -> Script:
    """Play a valid meeting of about ``length`` operations on a copy of ``base``."""
    path = work / "reference.db"
    shutil.copy(base, path)
    clock = FakeClock(START)
    store = open_store(path, clock)
    ops: list[Op] = []
    snaps = [snapshot(store)]
    try:
        now = START
        while len(ops) < length:
            now += dt.timedelta(seconds=rng.randint(5, 240))
            clock.set(now)
            tried = candidates(store, rng, now)
            if not tried:
                break
            for op in tried:
                try:
                    apply(store, op)
                except ValidationError:
                    continue
                ops.append({**op, "at": now.isoformat()})
                snaps.append(snapshot(store))
                break
            if ops and ops[-1]["op"] == "close":
                break
    finally:
        store.close()
    return Script(ops, snaps)


# -- the child: the app, killed at any moment ------------------------------------------
def child(path: str, script_file: str, start: int, slow_decisions: bool) -> None:
    ops: list[Op] = json.loads(Path(script_file).read_text(encoding="utf-8"))
    clock = FakeClock(START)
    store = open_store(path, clock)
    if slow_decisions:
        def trace(sql: str) -> None:
            # Inside a decision's transaction: the decision is written, its client not yet.
            if sql.lstrip().startswith("UPDATE client SET last_evaluation"):
                print(DECIDING, flush=True)
                time.sleep(0.05)
        store.conn.set_trace_callback(trace)
    print("ready", flush=True)
    for number in range(start, len(ops)):
        op = ops[number]
        clock.set(dt.datetime.fromisoformat(op["at"]))
        print(f"begin {number}", flush=True)
        apply(store, op)
        print(f"done {number}", flush=True)
    store.close()
    print("finished", flush=True)


# -- the parent: kill, reopen, check -----------------------------------------------------
@dataclasses.dataclass
class Report:
    operations: int = 0
    kills: int = 0
    kills_in_decision: int = 0  # killed inside a decision's transaction
    rolled_back: int = 0  # the operation in flight was undone whole
    committed_in_flight: int = 0  # it was kept whole (killed after its commit)
    resume_checks: int = 0
    max_elapsed_error: float = 0.0
    failures: list[str] = dataclasses.field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.operations} operations, {self.kills} kills "
                f"({self.kills_in_decision} while a decision was being saved), in flight: "
                f"{self.rolled_back} rolled back whole, {self.committed_in_flight} committed "
                f"whole; {self.resume_checks} resume checks, largest elapsed-time error "
                f"{self.max_elapsed_error:.3f} s; {len(self.failures)} failures")


def expected_current(ops: list[Op], done: int, now: dt.datetime) -> tuple[int | None, float]:
    """The item in progress after the first ``done`` operations, and its talk time at
    ``now``: from its start, less pauses — worked out from the script alone."""
    current: int | None = None
    started = paused_at = None
    paused = 0.0
    for op in ops[:done]:
        at = dt.datetime.fromisoformat(op["at"])
        if op["op"] == "start_item":
            current, started, paused, paused_at = op["item"], at, 0.0, None
        elif op["op"] in ("decide", "skip", "defer", "hamerstuk") and op.get("item") == current:
            current = None
        elif (op["op"] == "acute" and op.get("item") == current
              and op["choice"] in ("defer", "consultation")):
            current = None  # the chair's choice ended its discussion
        elif op["op"] == "pause":
            paused_at = at
        elif op["op"] == "resume" and paused_at is not None:
            paused += (at - paused_at).total_seconds()
            paused_at = None
    if current is None or started is None:
        return None, 0.0
    end = paused_at or now
    return current, (end - started).total_seconds() - paused


def run_harness(kills: int, seed: int, work: Path, *, length: int = 70,
                log: Any = None, child_path: Path | None = None) -> Report:
    """Play scripted meetings (a new one each round) until ``kills`` kills were tried.
    ``child_path`` goes before the app on the child's PYTHONPATH (to test the harness
    itself with a deliberately broken app)."""
    rng = random.Random(seed)
    base = work / "base.db"
    make_base(base)
    report = Report()
    while report.kills < kills and not report.failures:
        _play_round(base, work, rng, length, kills, report, log, child_path)
    return report


def _play_round(base: Path, work: Path, rng: random.Random, length: int, kills: int,
                report: Report, log: Any, child_path: Path | None) -> None:
    """One scripted meeting on a fresh copy, killed until it is done (or ``kills``)."""
    script = make_script(base, work, rng, length)
    script_file = work / "script.json"
    script_file.write_text(json.dumps(script.ops), encoding="utf-8")
    path = work / "crash.db"
    shutil.copy(base, path)
    for leftover in (work / "crash.db-journal",):
        leftover.unlink(missing_ok=True)
    report.operations += len(script.ops)
    done = 0
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(p) for p in (child_path, ROOT) if p is not None]))
    while True:
        finish = report.kills >= kills
        slow = not finish and report.kills % 3 == 2
        process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(path),
             str(script_file), str(done)] + (["--slow-decisions"] if slow else []),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        lines: list[str] = []
        deciding = threading.Event()
        ready = threading.Event()

        def read(stream: Any = process.stdout, lines: list[str] = lines,
                 deciding: threading.Event = deciding, ready: threading.Event = ready) -> None:
            for line in stream:
                lines.append(line.strip())
                if line.strip() == "ready":
                    ready.set()
                if line.strip() == DECIDING:
                    deciding.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if not finish:
            ready.wait(30)
            if slow:
                deciding.wait(2.0)
            else:  # operations take a few milliseconds each: land anywhere in the script
                time.sleep(rng.uniform(0.0, 0.12))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
        process.wait(120)
        reader.join(10)
        stderr = process.stderr.read() if process.stderr else ""
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
        if process.returncode not in (0, -signal.SIGKILL):
            report.failures.append(f"child failed ({process.returncode}): {stderr[-2000:]}")
            return
        finished = "finished" in lines
        begun = [int(x.split()[1]) for x in lines if x.startswith("begin ")]
        completed = [int(x.split()[1]) for x in lines if x.startswith("done ")]
        last_done = max(completed) + 1 if completed else done
        in_flight = begun[-1] if begun and (not completed or begun[-1] > completed[-1]) else None
        if not finished:
            report.kills += 1
            if DECIDING in lines and in_flight is not None and \
                    script.ops[in_flight]["op"] in ("decide", "hamerstuk"):
                report.kills_in_decision += 1
        done = _check_after(path, script, last_done, in_flight, report, rng)
        if log is not None and not finished:
            log(f"kill {report.kills}: {last_done} of {len(script.ops)} done, in flight: "
                f"{'-' if in_flight is None else script.ops[in_flight]['op']}; "
                f"the database holds {done}")
        if report.failures:
            return
        if finished or done >= len(script.ops):
            if done != len(script.ops):
                report.failures.append(f"the script ended at {done} of {len(script.ops)}")
            elif snapshot_of(path) != script.snapshots[-1]:
                report.failures.append("the finished meeting differs from the reference run")
            return


def snapshot_of(path: Path) -> str:
    store = open_store(path, FakeClock(START))
    try:
        return snapshot(store)
    finally:
        store.close()


def _check_after(path: Path, script: Script, last_done: int, in_flight: int | None,
                 report: Report, rng: random.Random) -> int:
    """Reopen after a kill; returns how many operations the database holds."""
    try:
        store = open_store(path, FakeClock(START))  # rolls back a hot journal
    except Exception as error:  # noqa: BLE001 (any failure to reopen is a finding)
        report.failures.append(f"reopening failed: {error!r}")
        return last_done
    try:
        now_snap = snapshot(store)
        allowed = [last_done] + ([last_done + 1] if in_flight is not None else [])
        found = next((n for n in allowed if script.snapshots[n] == now_snap), None)
        if found is None:
            report.failures.append(
                f"after {last_done} operations (in flight: {in_flight}) the database "
                "matches no state of the reference run: lost or half-written")
            return last_done
        if in_flight is not None:
            if found == last_done:
                report.rolled_back += 1
            else:
                report.committed_in_flight += 1
        # Resume: a random while after the crash (but before the next operation).
        if 0 < found < len(script.ops):
            last_at = dt.datetime.fromisoformat(script.ops[found - 1]["at"])
            next_at = dt.datetime.fromisoformat(script.ops[found]["at"])
            gap = max(0.0, (next_at - last_at).total_seconds())
            now = last_at + dt.timedelta(seconds=rng.uniform(0, gap))
            meeting = meetings.running(store)
            expected_item, expected_elapsed = expected_current(script.ops, found, now)
            if meeting is not None:
                state = run.timeline(store, meeting).state(now)
                item = state.current.item_id if state.current else None
                elapsed = state.current.elapsed if state.current else 0.0
                report.resume_checks += 1
                error = abs(elapsed - expected_elapsed)
                report.max_elapsed_error = max(report.max_elapsed_error, error)
                if item != expected_item or error > 1.0:
                    report.failures.append(
                        f"resumed at item {item} with {elapsed:.1f} s, expected "
                        f"{expected_item} with {expected_elapsed:.1f} s")
    finally:
        store.close()
    check_consistent(path)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--length", type=int, default=70, help="operations in the script")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--child", nargs=3, metavar=("DB", "SCRIPT", "START"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--slow-decisions", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]), args.slow_decisions)
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="crash-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        report = run_harness(args.kills, args.seed, work, length=args.length, log=print)
        print(report.summary())
        for failure in report.failures:
            print("FAIL:", failure)
        print(f"{'PASS' if not report.failures else 'FAIL'} in "
              f"{time.perf_counter() - started:.0f} s")
        return 0 if not report.failures else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
