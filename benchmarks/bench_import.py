"""Importing a caseload CSV at the import's size limit: time and peak memory per phase.

    python benchmarks/bench_import.py [--mb 20] [--rows N]

Writes a caseload file just under the size limit (``caseload.MAX_FILE_BYTES``, 20 MB:
about 380,000 rows of fictional clients over 40 behandelaars), then measures each phase in
a fresh process, so every peak is that phase's own (``ru_maxrss`` of the child):

- ``csv``: Python's ``csv`` module only reading the file — the floor to compare with;
- ``read``: ``caseload.read_caseload_file`` (size check, decoding, every row validated);
- ``preview``: ``caseload.check_file``, reading and checking against an empty team
  database in one pass (what the import dialog shows);
- ``import``: the preview and ``caseload.import_caseload`` in one transaction.

Also a file over the limit, to show it is refused before it is read (peak memory stays
that of the interpreter). Figures only: the targets live in the performance issue
(benchmarks/README.md); timing on a shared machine decides nothing in CI.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHASES = ("baseline", "csv", "read", "preview", "import")
TARGETS = {"import": (8.0, 150.0), "reimport": (5.0, None)}  # seconds, peak MB


def write_caseload(path: Path, size: int, seed: int = 7, behandelaars: int = 40,
                   rows: int | None = None) -> int:
    """A file of about ``size`` bytes in Dutch Excel's form; returns the rows written."""
    rng = random.Random(seed)
    rows_wanted, rows = rows, 0
    names = [f"Behandelaar {n:02d}" for n in range(behandelaars)]
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("client;behandelaar;in_zorg_sinds;laatste_evaluatie;volgende_evaluatie\r\n")
        while file.tell() < size - 200 and (rows_wanted is None or rows < rows_wanted):
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            file.write(f"C-{rows:07d};{rng.choice(names)};{day:02d}-{month:02d}-2024;"
                       f"{day:02d}-{month:02d}-2025;\r\n")
            rows += 1
    return rows


def run_phase(phase: str, csv_path: str, db_path: str) -> dict[str, float]:
    """One phase in this process; returns seconds and the peak resident memory (MB)."""
    import datetime as dt

    started = time.perf_counter()
    if phase == "csv":
        import csv

        with open(csv_path, encoding="utf-8", newline="") as file:
            sum(1 for _ in csv.reader(file, delimiter=";"))
    elif phase != "baseline":
        from vergadering import caseload
        from vergadering.clock import FakeClock
        from vergadering.store import open_store

        store = open_store(db_path, FakeClock(dt.datetime(2026, 12, 7, 9, 0)))
        if phase == "reimport":  # the same file a second time: every row an update
            caseload.import_caseload(store, caseload.check_file(store, csv_path))
            started = time.perf_counter()
        if phase == "read":
            parsed = caseload.read_caseload_file(csv_path, store.clock.today())
        else:  # what the import dialog and the command do: one pass, also against the db
            parsed = caseload.check_file(store, csv_path)
        if phase in ("import", "reimport"):
            caseload.import_caseload(store, parsed, skip_invalid=False)
        store.close()
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    return {"seconds": seconds, "peak_mb": peak_mb}


def child(phase: str, csv_path: Path, work: Path) -> dict[str, float]:
    db = work / f"{phase}.db"
    db.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, __file__, "--phase", phase, "--file", str(csv_path),
                          "--db", str(db)], capture_output=True, text=True, check=False)
    if out.returncode:
        raise SystemExit(f"{phase}: {out.stderr.strip().splitlines()[-1][:300]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=PHASES + ("reimport",))
    parser.add_argument("--file")
    parser.add_argument("--db")
    parser.add_argument("--mb", type=float, default=None,
                        help="file size in MB (default: just under the import's limit)")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(run_phase(args.phase, args.file, args.db)))
        return 0

    from vergadering import caseload

    limit = caseload.MAX_FILE_BYTES
    size = int(args.mb * 1024 * 1024) if args.mb else limit - 4096
    with tempfile.TemporaryDirectory(prefix="import-") as name:
        work = Path(name)
        path = work / "caseload.csv"
        rows = write_caseload(path, size)
        print(f"{path.stat().st_size / 1024 / 1024:.1f} MB, {rows} rows "
              f"(limit {limit / 1024 / 1024:.0f} MB)")
        figures = {phase: child(phase, path, work) for phase in PHASES}
        base = figures["baseline"]["peak_mb"]
        floor = figures["csv"]
        for phase in PHASES[1:]:
            f = figures[phase]
            print(f"{phase:8s} {f['seconds']:7.2f} s  peak {f['peak_mb']:6.0f} MB "
                  f"({f['peak_mb'] - base:+.0f} MB over the bare interpreter; "
                  f"{f['seconds'] / floor['seconds']:.1f}x the csv module's time)")
        failed = []
        for phase, (seconds, peak) in TARGETS.items():
            if phase == "reimport":
                again = work / "eén-behandelaar.csv"
                count = write_caseload(again, 10**9, behandelaars=1, rows=50_000)
                f = child("reimport", again, work)
                print(f"reimport {f['seconds']:7.2f} s  ({count} clients under one behandelaar, "
                      "checked and imported a second time)")
            else:
                f = figures[phase]
            if f["seconds"] > seconds or (peak is not None and f["peak_mb"] > peak):
                failed.append(phase)
        big = work / "groot.csv"
        with big.open("wb") as file:
            file.truncate(3 * 1024**3)  # sparse: 3 GB that take no disk
        over = child("read", big, work)
        print(f"3 GB file: refused in {over['seconds']:.3f} s, peak {over['peak_mb']:.0f} MB "
              f"(the bare interpreter: {base:.0f} MB): not read")
    targets = ", ".join(f"{p} ≤ {s:g} s" + (f" and ≤ {m:g} MB" if m else "")
                        for p, (s, m) in TARGETS.items())
    print(f"{'FAIL: ' + ', '.join(failed) if failed else 'PASS'} (targets: {targets})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
