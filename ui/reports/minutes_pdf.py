"""The besluitenlijst as PDF, with Qt's own PDF writer (no extra dependency).

The wording comes from :mod:`ui.reports.minutes_text`, so the PDF, the Markdown and the
CSV always say the same. Needs a QGuiApplication (fonts); on the command line without a
display it runs on the offscreen platform.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.minutes import Minutes, MinutesEntry

from . import minutes_text as text


def ensure_gui_application() -> None:
    """A QGuiApplication for fonts; offscreen when there is no display (scripts, cron)."""
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.name == "nt" or os.uname().sysname == "Darwin"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QGuiApplication([])


def _e(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _rows(entry: MinutesEntry) -> list[tuple[str, str]]:
    rows = [("Besluit", text.kind_name(entry.kind))]
    if entry.kind is DecisionKind.DOORGAAN:
        rows.append(("Koers", entry.koers))
    elif entry.kind is DecisionKind.VERWIJZEN:
        rows.append(("Verwezen naar", entry.referred_to))
        if entry.koers:
            rows.append(("Koers", entry.koers))
    if entry.next_evaluation is not None:
        rows.append(("Volgende evaluatie", format_nl(entry.next_evaluation)))
    if entry.date_reason:
        rows.append(("Reden voor deze datum", entry.date_reason))
    rows.append(("Geformuleerd door", text.worded_by(entry)))
    if entry.is_correction:
        rows.append(("Let op", "Correctie van een eerder besluit; dit besluit geldt."))
    return rows


def to_html(minutes: Minutes) -> str:
    parts = [f"<h1>{_e(text.title(minutes))}</h1>"]
    status = text.status_line(minutes)
    if status:
        parts.append(f"<p><i>{_e(status)}</i></p>")
    if not minutes.entries:
        parts.append(f"<p>{_e(text.NO_DECISIONS)}</p>")
    for number, entry in enumerate(minutes.entries, 1):
        parts.append(f"<h2>{number}. {_e(entry.client_reference)} — "
                     f"{_e(text.kind_name(entry.kind))}</h2>")
        parts.append('<table cellspacing="0" cellpadding="4" width="100%">')
        for label, value in _rows(entry):
            parts.append(f'<tr><td style="white-space: nowrap"><b>{_e(label)}</b></td>'
                         f'<td width="70%">{_e(value)}</td></tr>')
        parts.append("</table>")
    return "\n".join(parts)


def write_pdf(minutes: Minutes, path: str | os.PathLike[str]) -> None:
    """Write the besluitenlijst as an A4 PDF; raises OSError when the file can't be written."""
    ensure_gui_application()
    target = Path(path)
    with open(target, "ab"):  # fail early, with the OS's reason, if the place isn't writable
        pass
    writer = QPdfWriter(str(target))
    writer.setTitle(text.title(minutes))
    writer.setCreator("Vergadering")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultStyleSheet("h1 { font-size: 16pt; } h2 { font-size: 12pt; }"
                                  " td { font-size: 10pt; }")
    document.setHtml(to_html(minutes))
    # No page size of our own: print_() then lays the text out on the writer's pages at
    # its resolution, with point sizes as points.
    document.print_(writer)
