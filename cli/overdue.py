"""``overdue [--months N] [--on YYYY-MM-DD] [--format table|csv|json]``: the clients
whose evaluation is overdue, most overdue first, then by client.

An incomplete report (a client's stored date cannot be read) exits with status 1, so it
never looks complete; csv and json stay parseable and the warning goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from cli.database import open_database
from cli.output import date_option, write_stdout
from cli.parser import OVERDUE_FIELDS, OVERDUE_FORMATS

if TYPE_CHECKING:
    from vergadering.evaluation import UnreadableClient
    from vergadering.figures import WithinTerm
    from vergadering.overview import Row

# The stored date columns, as the caseload CSV and the client form call them.
DATE_FIELDS_NL = {"last_evaluation": "laatste evaluatie", "next_evaluation": "volgende evaluatie",
                  "care_start": "in zorg sinds", "added_on": "toegevoegd op"}


def run(args: argparse.Namespace) -> int:
    options = _options(args)
    if isinstance(options, str):
        print(options, file=sys.stderr)
        return 2
    months, on = options
    from vergadering import figures, overview

    store = open_database(args)
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
        text = table(rows, day) + "\n" + _within_line(within) + "\n"
        if warnings:
            text += "\n" + "\n".join(warnings) + "\n"
    elif args.format == "json":
        import json

        text = json.dumps(records(rows), ensure_ascii=False, indent=2) + "\n"
    else:
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, OVERDUE_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records(rows))
        text = buffer.getvalue()
    # csv and json are for scripts: UTF-8 whatever the console's code page is.
    write_stdout(text, encoding=None if args.format == "table" else "utf-8")
    if not warnings:
        return 0
    if args.format != "table":  # the data stays parseable; the warning goes beside it
        print("\n".join(warnings), file=sys.stderr)
    return 1  # an incomplete report must not look complete


def _options(args: argparse.Namespace) -> tuple[int | None, dt.date | None] | str:
    """The --months and --on values, or a Dutch message about the first bad one."""
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
        day = date_option("--on", args.on, dt.date(2026, 5, 31))
        if isinstance(day, str):
            return day
        on = day
    return months, on


def table(rows: list[Row], on: dt.date) -> str:
    """The aligned table to read, with its count line."""
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


def records(rows: list[Row]) -> list[dict[str, object]]:
    """One object per row, with the fields of the csv and json formats."""
    return [{"client": r.reference, "behandelaar": r.behandelaar,
             "last_evaluation": r.last_evaluation.isoformat() if r.last_evaluation else None,
             "due": r.due.isoformat(), "days_overdue": r.days_overdue} for r in rows]


def _unreadable_lines(unreadable: list[UnreadableClient]) -> list[str]:
    """One Dutch line per client whose stored date cannot be read: never the cell's text
    (client data), only the reference and which date."""
    return [f"Let op: van {u.reference} is de datum '{DATE_FIELDS_NL.get(u.field, u.field)}'"
            " niet te lezen; controleer die cliënt in Team › Cliënten." for u in unreadable]
