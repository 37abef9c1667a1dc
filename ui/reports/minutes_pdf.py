"""The besluitenlijst as PDF, with Qt's own PDF writer (no extra dependency).

The wording comes from :mod:`ui.reports.minutes_text`, so the PDF, the Markdown and the
CSV always say the same: the decisions, then the items without a decision (rule 10).
Needs a QGuiApplication (fonts); on the command line without a display it runs on the
offscreen platform.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ui import paths
from vergadering import files
from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.minutes import Minutes, MinutesEntry, OtherEntry

from ..kit import palette
from . import follow_up_words as words
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


def _paragraphs(value: str) -> str:
    """One paragraph per line: a page break can then fall between them (a cut through
    one block would leave its lines, invisible, in the PDF on both pages)."""
    lines = value.split("\n")
    if lines and all(line.startswith("• ") for line in lines):
        # A list: a wrapped line goes on under its text, not under the bullet.
        return ('<ul style="margin: 0; -qt-list-indent: 1">'
                + "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines) + "</ul>")
    return "".join(f'<p style="margin: 0">{html.escape(line) or "&nbsp;"}</p>'
                   for line in lines)


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
    if entry.follow_up is not None:
        rows.append((words.FOLLOW_UP, f"{text.previous_decision(entry.follow_up)}: "
                                     f"{words.how_it_went(entry.follow_up)}"))
    if entry.client_perspective:
        rows.append((words.PERSPECTIVE, entry.client_perspective))
    if entry.actions:  # one paragraph each, a bullet where each starts
        rows.append((words.ACTIONS,
                     "\n".join(f"• {words.action_line(a)}" for a in entry.actions)))
    if entry.discussed_with_client is not None:
        rows.append((words.DISCUSSED, words.discussed_name(entry.discussed_with_client)))
    rows.append(("Geformuleerd door", text.worded_by(entry)))
    if entry.is_correction:
        rows.append(("Let op", "Correctie van een eerder besluit; dit besluit geldt."))
    return rows


STYLE = ("h1 { font-size: 18pt; } h2 { font-size: 13pt; } td { font-size: 11pt; }"
         f" p.count {{ font-size: 11pt; }} td.point {{ color: {palette.INK_SOFT}; }}")


def _head_html(minutes: Minutes) -> str:
    parts = [f"<h1>{_e(text.title(minutes))}</h1>"]
    status = text.status_line(minutes)
    if status:
        parts.append(f"<p><i>{_e(status)}</i></p>")
    parts.append(f'<p class="count">{_e(text.count_line(minutes))}</p>')
    return "\n".join(parts)


def _entry_html(number: int, entry: MinutesEntry) -> str:
    parts = [f"<h2>{number}. {_e(entry.client_reference)} — "
             f"{_e(text.kind_name(entry.kind))}</h2>",
             '<table cellspacing="0" cellpadding="4" width="100%">']
    for label, value in _rows(entry):
        # One width for the labels of every entry, so the values line up down the page.
        parts.append(f'<tr><td width="31%"><b>{_e(label)}</b></td>'
                     f'<td width="69%">{_paragraphs(value)}</td></tr>')
    parts.append("</table>")
    return "\n".join(parts)


def _other_html(other: OtherEntry, *, heading: bool) -> str:
    """One item without a decision: the client, what became of it, the agenda item. The
    first one carries the section's heading, so the heading never ends a page alone."""
    parts = [f"<h2>{_e(text.WITHOUT_DECISION)}</h2>"] if heading else []
    parts += ['<table cellspacing="0" cellpadding="4" width="100%">',
              f'<tr><td style="white-space: nowrap" width="22%">'
              f'<b>{_e(other.client_reference)}</b></td>'
              f'<td>{_e(text.what_happened(other))}</td></tr>',
              f'<tr><td></td><td class="point">'
              f'{_e(text.point(other.item_type, other.block, other.presenter))}</td></tr>',
              "</table>"]
    return "\n".join(parts)


def _parts_html(minutes: Minutes) -> list[str]:
    """The head, each decision, each item without a decision: the pieces a page break
    may fall between."""
    return ([_head_html(minutes)]
            + [_entry_html(number, entry) for number, entry in enumerate(minutes.entries, 1)]
            + [_other_html(other, heading=number == 0)
               for number, other in enumerate(minutes.others)])


def to_html(minutes: Minutes) -> str:
    return "\n".join(_parts_html(minutes))


def _document(html_text: str, writer: QPdfWriter, width: float) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # font metrics at the PDF's resolution
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(html_text)
    document.setTextWidth(width)
    return document


def write_pdf(minutes: Minutes, path: str | os.PathLike[str],
              private: bool | None = None) -> None:
    """Write the besluitenlijst as an A4 PDF; raises OSError when the file can't be written.

    Each decision (and each item without one) stays whole on one page (one longer than a
    page, which only many line breaks make, starts on a new page and goes on over the
    next); every page says "pagina n van N". A new file is owner and group only, owner
    only in the per-user folder (``private``, by default decided from ``path``); an
    existing one keeps its mode.
    """
    ensure_gui_application()
    target = Path(path)
    if private is None:
        private = paths.is_private(target)
    # Made first, with its mode (Qt would make it readable by all), and failing early
    # with the OS's reason if the place isn't writable.
    files.ensure(target, private=private)
    writer = QPdfWriter(str(target))
    writer.setTitle(text.title(minutes))
    writer.setCreator("Vergadering")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(area.width()), float(area.height())
    footer = _document("<p align='right'>0</p>", writer, width)
    room = height - footer.size().height()
    parts = [_document(part, writer, width) for part in _parts_html(minutes)]
    # Per page: (top on the page, part, from where in the part, how much of it).
    pages: list[list[tuple[float, QTextDocument, float, float]]] = [[]]
    y = 0.0
    for part in parts:
        part_height = part.size().height()
        if pages[-1] and y + part_height > room:
            pages.append([])
            y = 0.0
        if part_height <= room:
            pages[-1].append((y, part, 0.0, part_height))
            y += part_height
            continue
        # Longer than a page: Qt's own pagination of the part, which never cuts a line.
        part.setPageSize(QSizeF(width, room))
        for page in range(part.pageCount()):
            if page:
                pages.append([])
            pages[-1].append((0.0, part, page * room, room))
        y = room  # what follows starts on a new page
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{target}: kan geen PDF schrijven")
    try:
        for number, placed in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            for top, part, offset, shown in placed:
                painter.save()
                painter.translate(0, top - offset)
                part.drawContents(painter, QRectF(0, offset, width, shown))
                painter.restore()
            page_footer = _document(
                f"<p align='right' style='font-size: 9pt'>"
                f"{_e(text.page_of(number, len(pages)))}</p>", writer, width)
            painter.save()
            painter.translate(0, height - page_footer.size().height())
            page_footer.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
