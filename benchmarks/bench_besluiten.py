"""Time the Besluiten screen on a large database (see README.md): opening it (the list
of meetings and the newest besluitenlijst), the Verloop tab of the newest meeting, and the
Trends tab over six months.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_besluiten.py /tmp/large.db

Prints the figures and PASS or FAIL (targets, benchmarks/README.md: the screen shown within 1 s,
the review (Verloop) of one meeting within 100 ms, the trends over six months within
300 ms) and exits 0 or 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.decisions.page import DecisionsPage  # noqa: E402
from vergadering.store import open_store  # noqa: E402

TARGETS = {"screen": 1.0, "verloop": 0.100, "trends": 0.300}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    args = parser.parse_args()
    app = QApplication([])
    store = open_store(args.database)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    page = DecisionsPage(store)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    timings["screen"] = time.perf_counter() - start
    meetings = page.meeting_list.count()
    for name, index in (("verloop", 1), ("trends", 2)):
        start = time.perf_counter()
        page.tabs.setCurrentIndex(index)
        app.processEvents()
        timings[name] = time.perf_counter() - start
    print(f"{args.database}: {meetings} meetings held; "
          f"{len(page.trends_panel.points)} in the trends over six months")
    ok = True
    for name, seconds in timings.items():
        passed = seconds <= TARGETS[name]
        ok = ok and passed
        print(f"{name:<8} {seconds * 1000:8.0f} ms   (target <= {TARGETS[name] * 1000:.0f} ms)"
              f"  {'PASS' if passed else 'FAIL'}")
    print("PASS" if ok else "FAIL")
    store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
