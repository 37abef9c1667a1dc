"""The cost of the once-a-second update during a meeting, and of recording a decision
(the target: a tick under 2 ms, with no database query).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_meeting.py [DB] [--ticks 600]

On a copy of DB (default: a fresh demo database) a meeting is started and an item is
under discussion, with the main window (the chair's screen) and the projector open, as
during a meeting. A tick is what the 1-second timer does: the controller computes the
state from the stored events in memory and both windows update their clocks; each tick
is timed, and separately with the repaint it causes (offscreen, painting is done by the
CPU; on a real screen the GPU shares it). SQLite's trace callback counts the statements
run during the ticks: it must be none. Then decisions are recorded for the waiting items
(each one: record, the windows react), timed one by one.
Prints medians and the 99th percentile, and PASS or FAIL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QStandardPaths  # noqa: E402

from ui.app import create_application  # noqa: E402
from vergadering import decisions, demo, items, meetings, run  # noqa: E402
from vergadering import settings as team_settings  # noqa: E402
from vergadering.clock import FakeClock  # noqa: E402
from vergadering.decisions import DecisionInput  # noqa: E402
from vergadering.follow_up import CarriedOut, FollowUpInput  # noqa: E402
from vergadering.items import DecisionKind  # noqa: E402
from vergadering.store import open_store  # noqa: E402

TICK_TARGET_MS = 2.0
DECISION_TARGET_MS = 20.0
DECISION_STATEMENTS = 8


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path)
    parser.add_argument("--ticks", type=int, default=600)
    args = parser.parse_args()
    QStandardPaths.setTestModeEnabled(True)
    app = create_application()
    from ui.main_window import MainWindow
    from ui.meeting.projector import ProjectorWindow

    work = Path(tempfile.mkdtemp(prefix="meeting-"))
    try:
        path = work / "team.db"
        clock = FakeClock(dt.datetime(2026, 11, 23, 12, 0))
        if args.database:
            shutil.copy(args.database, path)
            store = open_store(path, clock)
        else:
            store = open_store(path, clock)
            demo.fill_demo(store)
        date = meetings.upcoming_date(store, team_settings.load(store))
        clock.set(dt.datetime.combine(date, dt.time(9, 0)))
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()
        window.show_area("vergadering")
        page = window.meeting_page
        projector = ProjectorWindow(page.controller)
        projector.resize(1920, 1080)
        projector.show()
        run.start_meeting(store, date)
        waiting = items.list_items(store, date)
        run.start_item(store, waiting[0].id)
        app.processEvents()

        statements = 0

        def count(_sql: str) -> None:
            nonlocal statements
            statements += 1

        ticks: list[float] = []  # the state computed and both windows' widgets updated
        painted: list[float] = []  # and then repainted (offscreen: by the CPU)
        for _ in range(args.ticks):
            clock.advance(seconds=1)
            store.conn.set_trace_callback(count)
            started = time.perf_counter()
            page.controller.tick()
            updated = time.perf_counter()
            store.conn.set_trace_callback(None)  # the window's 2-second poll is no tick
            app.processEvents()
            ticks.append((updated - started) * 1000)
            painted.append((time.perf_counter() - started) * 1000)

        record: list[float] = []
        react: list[float] = []
        operation: list[int] = []  # statements inside the decision's transaction
        reacting: list[int] = []  # statements of the screens' reactions
        for n, item in enumerate(waiting[:10]):
            if n:
                run.start_item(store, item.id)
            clock.advance(minutes=3)
            kind = (DecisionKind.DOORGAAN, DecisionKind.AFSLUITEN, DecisionKind.VERWIJZEN)[n % 3]
            data = DecisionInput(kind, None if kind is DecisionKind.AFSLUITEN
                                 else date + dt.timedelta(days=91),
                                 koers="Zo doorgaan" if kind is DecisionKind.DOORGAAN else "",
                                 referred_to="huisarts" if kind is DecisionKind.VERWIJZEN else "",
                                 closes_client_id=item.client_id,
                                 follow_up=FollowUpInput(CarriedOut.FULLY)
                                 if decisions.follow_up_due(store, item.client_id) else None)
            seen: list[str] = []
            store.conn.set_trace_callback(seen.append)
            started = time.perf_counter()
            decisions.record_decision(store, item.id, data)
            recorded = time.perf_counter()
            store.conn.set_trace_callback(None)
            inside = seen[seen.index("BEGIN IMMEDIATE") + 1:seen.index("COMMIT")]
            operation.append(len(inside))
            reacting.append(len(seen) - len(inside) - 2)
            app.processEvents()
            record.append((recorded - started) * 1000)
            react.append((time.perf_counter() - started) * 1000)

        tick_median, tick_p99 = statistics.median(ticks), percentile(ticks, 0.99)
        print(f"{path.name if not args.database else args.database}: "
              f"{len(waiting)} items on the agenda")
        print(f"tick: median {tick_median:.2f} ms, 99th percentile {tick_p99:.2f} ms, "
              f"{statements} database statements in {args.ticks} ticks; with the repaint "
              f"of both windows: median {statistics.median(painted):.2f} ms, 99th "
              f"percentile {percentile(painted, 0.99):.2f} ms")
        print(f"recording a decision: median {statistics.median(record):.1f} ms "
              f"(max {max(record):.1f}); with both windows updated: median "
              f"{statistics.median(react):.1f} ms (max {max(react):.1f})")
        print(f"statements of a decision: {max(operation)} in its transaction (at most), "
              f"{statistics.median(reacting):.0f} more as the screens react (median)")
        ok = (tick_median < TICK_TARGET_MS and statements == 0
              and statistics.median(record) <= DECISION_TARGET_MS
              and max(operation) <= DECISION_STATEMENTS)
        print("PASS" if ok else "FAIL",
              f"(targets: a tick under {TICK_TARGET_MS} ms, no database statement per tick; "
              f"a decision recorded, screens included, in {DECISION_TARGET_MS:g} ms at the "
              f"median, in at most {DECISION_STATEMENTS} statements)")
        projector.close()
        window.close()
        store.close()
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
