"""``minutes --date YYYY-MM-DD [--format md|csv|pdf] [-o FILE]``: the besluitenlijst of
the meeting on a date. The texts come from ``ui.reports.minutes_text`` (no Qt); only the
PDF loads Qt (``ui.reports.minutes_pdf``), imported in :func:`_write_pdf`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.database import is_private, open_database
from cli.output import date_option, write_error, write_stdout
from cli.parser import MINUTES_FORMATS

if TYPE_CHECKING:
    from vergadering.minutes import Minutes


def run(args: argparse.Namespace) -> int:
    if args.date is None:
        print("--date ontbreekt: geef de datum van de vergadering, bijvoorbeeld "
              "--date 2026-11-24.", file=sys.stderr)
        return 2
    day = date_option("--date", args.date, dt.date(2026, 11, 24))
    if isinstance(day, str):
        print(day, file=sys.stderr)
        return 2
    if args.format not in MINUTES_FORMATS:
        print(f"--format: '{args.format}' kennen we niet. Kies md, csv of pdf.",
              file=sys.stderr)
        return 2
    from vergadering import minutes as besluiten
    from vergadering.dates import format_nl

    store = open_database(args)
    try:
        result = besluiten.besluitenlijst(store, day)
    finally:
        store.close()
    if result is None:
        print(f"Er is geen vergadering op {format_nl(day)}. Controleer de datum.",
              file=sys.stderr)
        return 2
    if args.format == "pdf":
        return _write_pdf(result, args.output)
    return _write_text(result, args.format, args.output)


def _write_text(result: Minutes, format: str, output: str | None) -> int:
    from ui.reports import minutes_text

    text = (minutes_text.to_markdown(result) if format == "md"
            else minutes_text.to_csv(result))
    if output is None or output == "-":
        write_stdout(text, encoding="utf-8")
        return 0
    encoding = minutes_text.CSV_ENCODING if format == "csv" else "utf-8"
    from vergadering import files

    target = Path(output).expanduser()
    try:
        files.write_text(target, text, encoding=encoding,
                         private=not target.exists() and is_private(target))
    except OSError as error:
        print(write_error(output, error), file=sys.stderr)
        return 2
    return 0


def _write_pdf(result: Minutes, output: str | None) -> int:
    """The PDF, with Qt's writer: the one command that loads PySide6."""
    if output is None or output == "-":
        print("Een PDF gaat naar een bestand: geef -o BESTAND.pdf op.", file=sys.stderr)
        return 2
    from ui.reports import minutes_pdf

    try:
        target = Path(output).expanduser()
        minutes_pdf.write_pdf(result, target, private=is_private(target))
    except OSError as error:
        print(write_error(output, error), file=sys.stderr)
        return 2
    return 0
