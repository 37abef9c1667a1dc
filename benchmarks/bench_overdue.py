"""Time the overdue query on a large database. Target: under 100 ms.

    python benchmarks/make_large_db.py /tmp/large.db
    python benchmarks/bench_overdue.py /tmp/large.db [--runs 20] [--on YYYY-MM-DD]

Measures, on one open database:
- ``overview.overdue`` (what ``main.py overdue`` and scripts ask): the first run right after
  opening the file, with the date cache empty ("cold"), then the median of ``--runs`` runs
  after a warm-up;
- ``overview.rows`` (every active client, what the Evaluaties screen lists) and
  ``forecast.capacity`` (the Capaciteit tab: forecast, variants, back-test), for information;
- ``main.py --db PATH overdue --format json`` end to end in a fresh process (interpreter
  start, imports, query, JSON), median of five.

Prints the figures and PASS or FAIL against the target for the query (cold and median);
exit status 0 on PASS, 1 on FAIL. The operating system's file cache is warm in every run:
on a slow network share the first run after a reboot is slower.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vergadering import forecast, overview  # noqa: E402
from vergadering.dates import add_months, parse_date  # noqa: E402
from vergadering.overview import Status  # noqa: E402
from vergadering.store import open_store  # noqa: E402

TARGET_MS = 100.0
WARM_UP = 2
COMMAND_RUNS = 5


def _ms(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def _median(action: Callable[[], object], runs: int) -> float:
    for _ in range(WARM_UP):
        action()
    return statistics.median(_ms(action)[0] for _ in range(runs))


def _command(path: Path, on: dt.date) -> tuple[float, int]:
    """Median wall time of ``main.py overdue --format json`` and the number it listed."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_CONFIG_HOME=str(Path(home) / "config"),
                   XDG_DATA_HOME=str(Path(home) / "data"), QT_QPA_PLATFORM="offscreen")
        args = [sys.executable, str(ROOT / "main.py"), "--db", str(path), "overdue",
                "--on", on.isoformat(), "--format", "json"]
        times, listed = [], 0
        for _ in range(COMMAND_RUNS):
            start = time.perf_counter()
            result = subprocess.run(args, capture_output=True, env=env, check=False)
            times.append((time.perf_counter() - start) * 1000)
            if result.returncode != 0:
                sys.exit(f"main.py overdue failed: {result.stderr.decode(errors='replace')}")
            listed = len(json.loads(result.stdout))
    return statistics.median(times), listed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--on", type=parse_date, default=None,
                        help="the day to measure on (default: today)")
    args = parser.parse_args(argv)
    if not args.path.exists():
        parser.error(f"{args.path} does not exist; make it with make_large_db.py")

    add_months.cache_clear()
    store = open_store(args.path, create=False)
    try:
        on = args.on or store.clock.today()
        cold, overdue = _ms(lambda: overview.overdue(store, on))
        warm = _median(lambda: overview.overdue(store, on), args.runs)
        rows_ms = _median(lambda: overview.rows(store, on), args.runs)
        capacity_ms = _median(lambda: forecast.capacity(store, on), max(3, args.runs // 4))
        rows = overview.rows(store, on)
        clients = store.query("SELECT count(*), sum(active) FROM client")[0]
        decisions = store.query("SELECT count(*) FROM decision")[0][0]
    finally:
        store.close()
    assert isinstance(overdue, list)
    # The fast query must list exactly the overdue rows of the full list.
    if overdue != [r for r in rows if r.status is Status.OVERDUE]:
        sys.exit("overview.overdue differs from the overdue rows of overview.rows")
    command_ms, listed = _command(args.path, on)
    if listed != len(overdue):
        sys.exit(f"main.py listed {listed} clients, overview.overdue {len(overdue)}")

    size_mb = args.path.stat().st_size / 1e6
    print(f"{args.path}: {clients[0]} clients ({clients[1]} active), {decisions} decisions, "
          f"{size_mb:.0f} MB; on {on.isoformat()}: {len(overdue)} overdue")
    print(f"overview.overdue, first run after opening  {cold:8.1f} ms")
    print(f"overview.overdue, median of {args.runs:<3}            {warm:8.1f} ms")
    print(f"overview.rows (all {len(rows)} active), median   {rows_ms:8.1f} ms")
    print(f"forecast.capacity, median                  {capacity_ms:8.1f} ms")
    print(f"main.py overdue --format json, median of {COMMAND_RUNS}  {command_ms:6.1f} ms")
    passed = cold < TARGET_MS and warm < TARGET_MS
    print(f"{'PASS' if passed else 'FAIL'}: overdue query {cold:.0f} ms cold, {warm:.0f} ms "
          f"median (target < {TARGET_MS:.0f} ms)")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
