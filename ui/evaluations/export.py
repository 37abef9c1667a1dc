"""The overview as a CSV file that Dutch Excel opens correctly: UTF-8 with a byte order
mark (without it Excel reads Windows-1252 and mangles ë), ';' as delimiter (Dutch
Excel's list separator), dates as dd-mm-jjjj, Dutch headers and CRLF line endings.

The file holds client references and due dates: health data. The page says so after
saving; where the file goes is the user's choice.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from vergadering import calendar_export, files
from vergadering.calendar_export import EventDate, Reason
from vergadering.dates import format_nl
from vergadering.overview import Row

from .. import paths
from ..i18n import fill, tr
from ..kit import file_dialogs
from . import text

# A cell starting with one of these is a formula to Excel ("CSV injection"): a reference
# typed as "=HYPERLINK(...)" in a care record system must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def headers() -> list[str]:
    return [*text.column_titles(), tr("Dagen te laat")]


def csv_row(row: Row) -> list[str]:
    return [
        _cell(row.reference),
        _cell(row.behandelaar or ""),
        text.last_evaluation(row),
        format_nl(row.due),
        text.status(row),
        text.on_agenda(row),
        str(max(0, row.days_overdue)),
    ]


def export_rows(rows: Iterable[Row], path: str | os.PathLike[str]) -> int:
    """Write ``rows`` in the given order to ``path``; returns the number written.

    Raises OSError when the file cannot be written (the caller says so in Dutch). A new
    file is owner and group only (owner only in the per-user folder)."""
    count = 0
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers())
    for row in rows:
        writer.writerow(csv_row(row))
        count += 1
    files.write_text(path, buffer.getvalue(), encoding="utf-8-sig",
                     private=paths.is_private(path))
    return count


def suggested_name(today: dt.date) -> str:
    return f"evaluaties-{today.isoformat()}.csv"


EXPORT_FOLDER_KEY = "folders/export"


def ask_path(parent: QWidget | None, today: dt.date) -> str | None:
    """Where to save the export (a file dialog); None when cancelled. Tests replace it."""
    folder = file_dialogs.start_folder(EXPORT_FOLDER_KEY)
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Overzicht exporteren"), str(Path(folder) / suggested_name(today)),
        tr("CSV-bestand voor Excel (*.csv)"))
    if not path:
        return None
    file_dialogs.remember(EXPORT_FOLDER_KEY, path)
    if not Path(path).suffix:
        path += ".csv"
    return path


def export_ics(rows: Iterable[Row], path: str | os.PathLike[str], now: dt.datetime,
               team_name: str = "", *, today: dt.date | None = None,
               next_meeting: dt.date | None = None) -> int:
    """The next evaluations of ``rows`` as an iCalendar file; returns the number of events.

    ``now`` is the export time (naive = local time), ``today`` defaults to its date;
    ``next_meeting`` (``meetings.upcoming_date``) is where an overdue client on no agenda
    goes, so it is needed whenever there are rows. Raises OSError when the file cannot be
    written."""
    chosen = list(rows)
    today = today or now.date()
    if chosen and next_meeting is None:
        raise ValueError("export_ics needs next_meeting for the overdue clients")
    data = calendar_export.to_ics(
        chosen, now=now, today=today, next_meeting=next_meeting or today,
        summary=lambda r: fill(tr("Evaluatie %1"), r.reference),
        description=lambda r, when: ics_description(r, when, today),
        calendar_name=fill(tr("Evaluaties %1"), team_name).strip())
    files.write_bytes(path, data, private=paths.is_private(path))
    return len(chosen)


def ics_description(row: Row, when: EventDate, today: dt.date) -> str:
    """An event's text: why it lies on its date; only the reference and the behandelaar
    of the client (privacy)."""
    due = format_nl(row.due)
    late = row.due < today
    if when.reason is Reason.ON_AGENDA:
        why = (tr("Te laat sinds %1; gepland op de vergadering van %2.") if late else
               tr("Gepland op de vergadering van %2; uiterlijk %1 aan de beurt."))
        why = fill(why, due, format_nl(when.date))
    elif when.reason is Reason.DUE:
        why = tr("Uiterlijk deze dag aan de beurt; staat nog niet op een agenda.")
    elif when.reason is Reason.NEXT_MEETING:
        why = fill(tr("Te laat sinds %1; staat nog niet op een agenda: op de eerstvolgende "
                      "vergadering."), due)
    else:
        agenda = format_nl(row.on_agenda) if row.on_agenda else ""
        why = fill(tr("Staat op de agenda van de vergadering van %1, die nog niet is "
                      "afgesloten: op de eerstvolgende vergadering."), agenda)
        if late:
            why = " ".join((fill(tr("Te laat sinds %1."), due), why))
    return " ".join((
        fill(tr("Evaluatie van cliënt %1 in het MDO."), row.reference), why,
        fill(tr("Behandelaar: %1."), row.behandelaar or tr("(geen)"))))


def ics_privacy_note() -> str:
    """The warning after saving a calendar file, as the CSV export warns after saving."""
    return tr("Het bestand bevat cliëntgegevens (referenties en behandelaars): bewaar het "
              "alleen op een beveiligde plek en importeer het niet in een gedeelde agenda. "
              "Let op: agenda's worden vaak ook op telefoons gesynchroniseerd.")


def ask_ics_path(parent: QWidget | None, today: dt.date) -> str | None:
    """Where to save the calendar file; None when cancelled. Tests replace it."""
    folder = file_dialogs.start_folder(EXPORT_FOLDER_KEY)
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Evaluatiedatums als agenda"),
        str(Path(folder) / f"evaluaties-{today.isoformat()}.ics"),
        tr("Agendabestand (*.ics)"))
    if not path:
        return None
    file_dialogs.remember(EXPORT_FOLDER_KEY, path)
    if not Path(path).suffix:
        path += ".ics"
    return path
