"""Entry point: the GUI by default, command-line subcommands for reports and import.

The command line is a contract (see DESIGN.md); exit status 0 = done, 1 = the database
could not be used, 2 = the input needs fixing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vergadering.evaluation import UnreadableClient
    from vergadering.figures import WithinTerm
    from vergadering.overview import Row
    from vergadering.store import Store

_T0 = time.monotonic()

OVERDUE_FORMATS = ("table", "csv", "json")
OVERDUE_FIELDS = ("client", "behandelaar", "last_evaluation", "due", "days_overdue")
MINUTES_FORMATS = ("md", "csv", "pdf")


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
    from vergadering.settings import MAX_HORIZON_MONTHS

    parser = argparse.ArgumentParser(
        prog="vergadering",
        description="Vergadering: de wekelijkse behandelplanbespreking (MDO).",
    )
    parser.add_argument("--db", metavar="PAD",
                        help="databasebestand (standaard: de laatst gekozen, anders de "
                             "persoonlijke gegevensmap)")
    parser.add_argument("--nieuw", action="store_true",
                        help="maak een nieuwe, lege database als het bestand nog niet "
                             "bestaat (zonder deze optie wordt een ontbrekend of leeg "
                             "bestand geweigerd)")
    parser.add_argument("--startup-check", action="store_true",
                        help="open het hoofdvenster, meld de milliseconden tot het eerste "
                             "beeld en stop")
    commands = parser.add_subparsers(dest="command", metavar="opdracht")
    commands.add_parser("demo", help="vul een lege database met een fictief demoteam")
    imp = commands.add_parser("import-clients", help="importeer de caseload uit een CSV-bestand")
    imp.add_argument("file", metavar="BESTAND.csv")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="importeer de goede regels en sla foute regels over")
    over = commands.add_parser(
        "overdue", help="cliënten bij wie de evaluatie te laat is",
        description="Cliënten bij wie de evaluatie te laat is (uiterlijke datum vóór de "
                    "peildatum), de langst wachtende eerst, dan op cliënt.",
        epilog="Formaten: 'table' is een uitgelijnde tabel om te lezen. 'csv' is voor "
               "scripts: komma als scheidingsteken, kopregel "
               f"{','.join(OVERDUE_FIELDS)}, datums als JJJJ-MM-DD, UTF-8 zonder BOM "
               "(voor Excel: exporteer vanuit het scherm Evaluaties). 'json' is een lijst "
               "van objecten met dezelfde velden; last_evaluation is null als er nog nooit "
               "is geëvalueerd. Afsluitstatus 0, ook als niemand te laat is; 1 als de "
               "database niet bruikbaar is; 2 bij een ongeldige optie.")
    over.add_argument("--months", metavar="N",
                      help="evaluatietermijn in maanden, 1 tot en met "
                           f"{MAX_HORIZON_MONTHS} (standaard: die van het team)")
    over.add_argument("--on", metavar="JJJJ-MM-DD",
                      help="peildatum (standaard: vandaag); 31-05-2026 mag ook")
    over.add_argument("--format", default="table", metavar="{table,csv,json}",
                      help="uitvoer: table (standaard), csv of json; zie onder")
    mins = commands.add_parser(
        "minutes", help="de besluitenlijst van een vergadering",
        description="De besluitenlijst van de vergadering op een datum: per besluit de "
                    "cliënt (alleen de referentie), het besluit, de koers of waarheen "
                    "verwezen, de volgende evaluatie en wie het formuleerde, in de volgorde "
                    "van de agenda. Een gecorrigeerd besluit staat er in zijn geldende vorm.",
        epilog="Formaten: 'md' (Markdown, UTF-8) is om te lezen of te delen. 'csv' is voor "
               "Excel: puntkomma als scheidingsteken, datums als DD-MM-JJJJ, Nederlandse "
               "kopregel; in een bestand (-o) met BOM zodat Excel de tekens goed leest. "
               "Afsluitstatus 0, ook als er geen besluiten zijn; 1 als de database niet "
               "bruikbaar is; 2 bij een ongeldige optie of als er die dag geen "
               "vergadering is.")
    mins.add_argument("--date", metavar="JJJJ-MM-DD",
                      help="datum van de vergadering (verplicht); 24-11-2026 mag ook")
    mins.add_argument("--format", default="md", metavar="{md,csv,pdf}",
                      help="uitvoer: md (standaard), csv of pdf; zie onder")
    mins.add_argument("-o", "--output", metavar="BESTAND",
                      help="schrijf naar dit bestand (standaard: het scherm)")
    return parser


def _open(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The database of ``--db``, else the remembered or per-user one.

    A missing or empty file is refused (StoreError, exit 1) unless a new database was
    asked for: ``--nieuw``, or ``create`` for a command that makes one (``demo``)."""
    from vergadering.store import open_store

    create = create or args.nieuw
    if args.db:  # without Qt: reports by script start faster
        path = Path(args.db).expanduser()
        return open_store(path, create=create,
                          private=create and not path.exists() and _is_private(path))
    from ui import paths

    path, private = paths.choose_database(args.db)
    return open_store(path, create=create, private=private)


def _is_private(path: Path) -> bool:
    """A new file in the per-user data folder is owner-only, elsewhere owner and group."""
    from ui import paths

    return paths.is_private(path)


def cmd_demo(args: argparse.Namespace) -> int:
    from ui.messages import describe_all
    from vergadering import demo
    from vergadering.problems import ValidationError

    store = _open(args, create=True)
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
        data = caseload.read_file_bytes(args.file)  # never more than the size limit
    except OSError as error:
        print(describe_file_read_error(args.file, error), file=sys.stderr)
        return 2
    # Importing into a file named with --db that is not there yet makes it (the command
    # itself asks for that file); a remembered file that is gone is never replaced.
    store = _open(args, create=args.db is not None
                  and not Path(args.db).expanduser().exists())
    try:
        parsed = caseload.preview(store, caseload.read_caseload_data(data, store.clock.today()))
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


def _overdue_options(args: argparse.Namespace) -> tuple[int | None, dt.date | None] | str:
    """The --months and --on values, or a Dutch message about the first bad one."""
    from vergadering.dates import DateParseError, parse_date
    from vergadering.problems import Code
    from vergadering.settings import MAX_HORIZON_MONTHS

    if args.format not in OVERDUE_FORMATS:
        return f"--format: '{args.format}' kennen we niet. Kies table, csv of json."
    months: int | None = None
    if args.months is not None:
        try:
            months = int(args.months.strip())
        except ValueError:
            months = None
        if months is None or not 1 <= months <= MAX_HORIZON_MONTHS:
            return (f"--months: '{args.months}' is geen geldige evaluatietermijn. Geef een "
                    f"heel aantal maanden van 1 tot en met {MAX_HORIZON_MONTHS}, "
                    "bijvoorbeeld --months 6.")
    on: dt.date | None = None
    if args.on is not None:
        try:
            on = parse_date(args.on)
        except DateParseError as error:
            if error.code is Code.TWO_DIGIT_YEAR:
                return (f"--on: '{args.on}' heeft een jaartal van twee cijfers. Schrijf de "
                        "datum als JJJJ-MM-DD met het jaar voluit, bijvoorbeeld 2026-05-31 "
                        "(31-05-2026 mag ook).")
            return (f"--on: '{args.on}' is geen geldige datum. Schrijf de datum als "
                    "JJJJ-MM-DD, bijvoorbeeld 2026-05-31 (31-05-2026 mag ook).")
    return months, on


def _overdue_table(rows: list[Row], on: dt.date) -> str:
    from vergadering.dates import format_nl

    if not rows:
        return f"Geen cliënten te laat op {format_nl(on)}."
    headings = ("Cliënt", "Behandelaar", "Laatste evaluatie", "Uiterlijk", "Dagen te laat")
    cells = [(r.reference, r.behandelaar or "–", format_nl(r.last_evaluation) or "nooit",
              format_nl(r.due), str(r.days_overdue)) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headings)]

    def line(values: tuple[str, ...]) -> str:
        left = "  ".join(v.ljust(w) for v, w in zip(values[:-1], widths, strict=False))
        return f"{left}  {values[-1].rjust(widths[-1])}"

    lines = [line(headings), line(tuple("-" * w for w in widths)), *map(line, cells)]
    count = "1 cliënt" if len(rows) == 1 else f"{len(rows)} cliënten"
    lines += ["", f"{count} te laat op {format_nl(on)}."]
    return "\n".join(lines)


def _within_line(within: WithinTerm) -> str:
    """The share *binnen de termijn* (docs/figures.md) as the screens show it."""
    from vergadering.dates import format_nl

    if not within.active:
        return f"Binnen de termijn op {format_nl(within.on)}: geen actieve cliënten."
    return (f"Binnen de termijn op {format_nl(within.on)}: {within.within} van "
            f"{within.active} actieve cliënten ({within.percentage}%).")


def _overdue_records(rows: list[Row]) -> list[dict[str, object]]:
    return [{"client": r.reference, "behandelaar": r.behandelaar,
             "last_evaluation": r.last_evaluation.isoformat() if r.last_evaluation else None,
             "due": r.due.isoformat(), "days_overdue": r.days_overdue} for r in rows]


# The stored date columns, as the caseload CSV and the client form call them.
DATE_FIELDS_NL = {"last_evaluation": "laatste evaluatie", "next_evaluation": "volgende evaluatie",
                  "care_start": "in zorg sinds", "added_on": "toegevoegd op"}


def _unreadable_lines(unreadable: list[UnreadableClient]) -> list[str]:
    """One Dutch line per client whose stored date cannot be read: never the cell's text
    (client data), only the reference and which date."""
    return [f"Let op: van {u.reference} is de datum '{DATE_FIELDS_NL.get(u.field, u.field)}'"
            " niet te lezen; controleer die cliënt in Team › Cliënten." for u in unreadable]


def cmd_overdue(args: argparse.Namespace) -> int:
    options = _overdue_options(args)
    if isinstance(options, str):
        print(options, file=sys.stderr)
        return 2
    months, on = options
    from vergadering import figures, overview

    store = _open(args)
    try:
        day = on or store.clock.today()
        report = overview.overdue_report(store, day, months)
        within = figures.within_term(store, day, months)
    finally:
        store.close()
    rows = report.rows
    warnings = _unreadable_lines(report.unreadable)
    if warnings:
        count = len(warnings)
        warnings.append("Dit overzicht is onvolledig: 1 cliënt met een onleesbare datum "
                        "ontbreekt erin." if count == 1 else
                        f"Dit overzicht is onvolledig: {count} cliënten met een onleesbare"
                        " datum ontbreken erin.")
    if args.format == "table":
        text = _overdue_table(rows, day) + "\n" + _within_line(within) + "\n"
        if warnings:
            text += "\n" + "\n".join(warnings) + "\n"
    elif args.format == "json":
        import json

        text = json.dumps(_overdue_records(rows), ensure_ascii=False, indent=2) + "\n"
    else:
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, OVERDUE_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_overdue_records(rows))
        text = buffer.getvalue()
    # csv and json are for scripts: UTF-8 whatever the console's code page is.
    _write_stdout(text, encoding=None if args.format == "table" else "utf-8")
    if not warnings:
        return 0
    if args.format != "table":  # the data stays parseable; the warning goes beside it
        print("\n".join(warnings), file=sys.stderr)
    return 1  # an incomplete report must not look complete


def _date_option(option: str, value: str) -> dt.date | str:
    """A date typed on the command line, or a Dutch message about it."""
    from vergadering.dates import DateParseError, parse_date
    from vergadering.problems import Code

    try:
        return parse_date(value)
    except DateParseError as error:
        if error.code is Code.TWO_DIGIT_YEAR:
            return (f"{option}: '{value}' heeft een jaartal van twee cijfers. Schrijf de "
                    "datum als JJJJ-MM-DD met het jaar voluit, bijvoorbeeld 2026-11-24 "
                    "(24-11-2026 mag ook).")
        return (f"{option}: '{value}' is geen geldige datum. Schrijf de datum als "
                "JJJJ-MM-DD, bijvoorbeeld 2026-11-24 (24-11-2026 mag ook).")


def cmd_minutes(args: argparse.Namespace) -> int:
    if args.date is None:
        print("--date ontbreekt: geef de datum van de vergadering, bijvoorbeeld "
              "--date 2026-11-24.", file=sys.stderr)
        return 2
    day = _date_option("--date", args.date)
    if isinstance(day, str):
        print(day, file=sys.stderr)
        return 2
    if args.format not in MINUTES_FORMATS:
        print(f"--format: '{args.format}' kennen we niet. Kies md, csv of pdf.",
              file=sys.stderr)
        return 2
    from vergadering import minutes as besluiten
    from vergadering.dates import format_nl

    store = _open(args)
    try:
        result = besluiten.besluitenlijst(store, day)
    finally:
        store.close()
    if result is None:
        print(f"Er is geen vergadering op {format_nl(day)}. Controleer de datum.",
              file=sys.stderr)
        return 2
    from ui.reports import minutes_text

    if args.format == "pdf":
        if args.output is None or args.output == "-":
            print("Een PDF gaat naar een bestand: geef -o BESTAND.pdf op.", file=sys.stderr)
            return 2
        from ui.reports import minutes_pdf

        try:
            target = Path(args.output).expanduser()
            minutes_pdf.write_pdf(result, target, private=_is_private(target))
        except OSError as error:
            print(_write_error(args.output, error), file=sys.stderr)
            return 2
        return 0
    text = (minutes_text.to_markdown(result) if args.format == "md"
            else minutes_text.to_csv(result))
    if args.output is None or args.output == "-":
        _write_stdout(text, encoding="utf-8")
        return 0
    encoding = minutes_text.CSV_ENCODING if args.format == "csv" else "utf-8"
    from vergadering import files

    target = Path(args.output).expanduser()
    try:
        files.write_text(target, text, encoding=encoding,
                         private=not target.exists() and _is_private(target))
    except OSError as error:
        print(_write_error(args.output, error), file=sys.stderr)
        return 2
    return 0


def _write_error(path: str, error: OSError) -> str:
    """Why an output file cannot be written, without the OS's English text."""
    if isinstance(error, IsADirectoryError):
        return f"'{path}' is een map. Geef een bestandsnaam, bijvoorbeeld besluiten.md."
    if isinstance(error, PermissionError):
        return (f"U hebt geen schrijfrechten voor '{path}'. Kies een andere map of een "
                "andere naam.")
    if isinstance(error, FileNotFoundError):
        return f"De map van '{path}' bestaat niet. Controleer de naam en de map."
    return (f"'{path}' kan niet worden geschreven. Controleer of de map bereikbaar is en het "
            "bestand niet in een ander programma openstaat.")


def _write_stdout(text: str, *, encoding: str | None) -> None:
    """Write to standard output; a reader that stops early (``| head``) is no error."""
    try:
        if encoding is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode(encoding))
            sys.stdout.buffer.flush()
    except BrokenPipeError:
        import os

        # Python would complain again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db, startup_check=args.startup_check, create=args.nieuw,
                       process_age_ms=process_age_ms)
    from vergadering.store import StoreError

    handlers = {"demo": cmd_demo, "import-clients": cmd_import_clients,
                "overdue": cmd_overdue, "minutes": cmd_minutes}
    try:
        return handlers[args.command](args)
    except StoreError as error:
        from ui.messages import describe_store_error

        print(describe_store_error(error), file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 (no traceback: it may hold client data)
        from ui.messages import describe_unreadable_database

        print(describe_unreadable_database(args.db or ""), file=sys.stderr)
        print(f"({type(error).__name__})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
