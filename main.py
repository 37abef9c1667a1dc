"""Entry point: the GUI by default, command-line subcommands for reports and import.

The command line is a contract (see DESIGN.md); exit status 0 = done, 1 = the database
could not be used, 2 = the input needs fixing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

_T0 = time.monotonic()


def process_age_ms() -> int:
    """Milliseconds since this process started (Linux: from /proc; else since import)."""
    try:
        import os

        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        boottime = time.clock_gettime(time.CLOCK_BOOTTIME)
        return round((boottime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return round((time.monotonic() - _T0) * 1000)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vergadering",
        description="Vergadering: de wekelijkse behandelplanbespreking (MDO).",
    )
    parser.add_argument("--db", metavar="PAD",
                        help="databasebestand (standaard: de laatst gekozen, anders de "
                             "persoonlijke gegevensmap)")
    parser.add_argument("--startup-check", action="store_true",
                        help="open het hoofdvenster, meld de milliseconden tot het eerste "
                             "beeld en stop")
    commands = parser.add_subparsers(dest="command", metavar="opdracht")
    commands.add_parser("demo", help="vul een lege database met een fictief demoteam")
    imp = commands.add_parser("import-clients", help="importeer de caseload uit een CSV-bestand")
    imp.add_argument("file", metavar="BESTAND.csv")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="importeer de goede regels en sla foute regels over")
    return parser


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ui import paths
    from vergadering.store import open_store

    path, private = paths.choose_database(args.db)
    return open_store(path, private=private)


def cmd_demo(args: argparse.Namespace) -> int:
    from ui.messages import describe_all
    from vergadering import demo
    from vergadering.problems import ValidationError

    store = _open(args)
    try:
        result = demo.fill_demo(store)
    except ValidationError as error:
        print(describe_all(error.problems), file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"Demoteam aangemaakt in {store.path}: {result.members} teamleden, "
          f"{result.clients} cliënten (alles fictief).")
    return 0


def cmd_import_clients(args: argparse.Namespace) -> int:
    from ui.messages import at_line, describe, describe_file_read_error
    from vergadering import caseload
    from vergadering.problems import ValidationError

    try:
        data = Path(args.file).read_bytes()
    except OSError as error:
        print(describe_file_read_error(args.file, error), file=sys.stderr)
        return 2
    store = _open(args)
    try:
        parsed = caseload.preview(store, caseload.read_caseload(data, store.clock.today()))
        for problem in parsed.file_problems:
            print(describe(problem), file=sys.stderr)
        for row in parsed.invalid_rows:
            for problem in row.problems:
                print(at_line(row.line, describe(problem)), file=sys.stderr)
        if parsed.file_problems or (parsed.invalid_rows and not args.skip_invalid):
            if not parsed.file_problems:
                print(f"Niets geïmporteerd: {len(parsed.invalid_rows)} regel(s) met fouten. "
                      "Verbeter ze, of gebruik --skip-invalid om alleen de goede regels te "
                      "importeren.", file=sys.stderr)
            else:
                print("Niets geïmporteerd.", file=sys.stderr)
            return 2
        try:
            result = caseload.import_caseload(store, parsed, skip_invalid=args.skip_invalid)
        except ValidationError as error:
            # A row that conflicts with what is stored (its start of care after the
            # stored last evaluation); the problem carries the row's line.
            for problem in error.problems:
                line = problem.params.get("line")
                text = describe(problem)
                print(at_line(line, text) if line else text, file=sys.stderr)
            print("Niets geïmporteerd.", file=sys.stderr)
            return 2
    finally:
        store.close()
    print(f"Geïmporteerd: {result.created} nieuwe cliënt(en), {result.updated} bijgewerkt.")
    if result.new_members:
        print("Nieuwe teamleden (behandelaars): " + ", ".join(result.new_members))
    if result.skipped:
        print(f"{result.skipped} regel(s) met fouten overgeslagen (zie hierboven).",
              file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db, startup_check=args.startup_check, process_age_ms=process_age_ms)
    from ui.messages import describe_store_error
    from vergadering.store import StoreError

    handlers = {"demo": cmd_demo, "import-clients": cmd_import_clients}
    try:
        return handlers[args.command](args)
    except StoreError as error:
        print(describe_store_error(error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
