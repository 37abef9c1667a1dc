"""The besluitenlijst as Markdown, as CSV for Dutch Excel, and per decision as a short
text for the client's dossier.

An export format, so the Dutch wording is plain text here rather than Qt translations
(the command line writes these without loading Qt); keep all of it in this module.
The only client identifier is the pseudonymous reference; the preparation (question,
state of the process) and the behandelaar are not part of a besluitenlijst.

CSV as Dutch Excel reads it: ';' as delimiter, dd-mm-jjjj dates, Dutch headers, CRLF.
The caller writes the UTF-8 byte order mark when writing to a file (``CSV_ENCODING``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.meetings import MeetingStatus
from vergadering.minutes import Minutes, MinutesEntry
from vergadering.settings import Block, ItemType

CSV_ENCODING = "utf-8-sig"  # Excel reads UTF-8 only with the byte order mark
NO_DECISIONS = "Geen besluiten vastgelegd."

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
_KINDS = {DecisionKind.DOORGAAN: "doorgaan", DecisionKind.AFSLUITEN: "afsluiten",
          DecisionKind.VERWIJZEN: "verwijzen"}
_TYPES = {ItemType.MEDEDELING: "mededeling", ItemType.VRAAG: "vraag",
          ItemType.KWESTIE: "kwestie"}
_BLOCKS = {Block.ACUUT: "acuut", Block.LOPEND: "lopend"}
_ROLES = {"presenter": "inbrenger", "chair": "voorzitter"}
_STATUS = {
    MeetingStatus.PLANNED: "Deze vergadering is nog niet gehouden.",
    MeetingStatus.RUNNING: "De vergadering loopt nog: deze lijst is voorlopig.",
    MeetingStatus.CLOSED: "",
}
CSV_HEADERS = ("Datum MDO", "Cliënt", "Besluit", "Koers", "Verwezen naar",
               "Volgende evaluatie", "Reden voor de datum", "Geformuleerd door", "Rol",
               "Soort punt", "Blok", "Inbrenger", "Correctie")

# A cell starting with one of these is a formula to Excel ("CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MARKDOWN_LINE_START = re.compile(r"^([#+\->]|\d+[.)])")


def long_date(day: dt.date) -> str:
    """``dinsdag 24 november 2026``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def kind_name(kind: DecisionKind) -> str:
    return _KINDS[kind]


def worded_by(entry: MinutesEntry) -> str:
    """``Anouk de Vries (inbrenger)``; only the role when no name was recorded."""
    role = _ROLES.get(entry.worded_by_role, entry.worded_by_role)
    return f"{entry.worded_by} ({role})" if entry.worded_by else role


def page_of(number: int, pages: int) -> str:
    """``pagina 2 van 3``: the footer of a printed page."""
    return f"pagina {number} van {pages}"


def status_line(minutes: Minutes) -> str:
    """Why the list may be incomplete (meeting not held or still running); else empty."""
    return _STATUS[minutes.status]


def title(minutes: Minutes) -> str:
    return f"Besluitenlijst {minutes.team_name} — {long_date(minutes.date)}"


# -- Markdown -----------------------------------------------------------------------------
def _md(text: str) -> str:
    """User text as literal Markdown; its own line breaks kept within the list item."""
    lines = [_MARKDOWN_INLINE.sub(r"\\\1", line.strip()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    rest = [_MARKDOWN_LINE_START.sub(r"\\\1", line) for line in lines[1:]]
    return "  \n  ".join(lines[:1] + rest)


def _md_entry(number: int, entry: MinutesEntry) -> list[str]:
    lines = [f"## {number}. {_md(entry.client_reference)} — {kind_name(entry.kind)}", ""]
    lines.append(f"- **Cliënt:** {_md(entry.client_reference)}")
    lines.append(f"- **Besluit:** {kind_name(entry.kind)}")
    if entry.kind is DecisionKind.DOORGAAN:
        lines.append(f"- **Koers:** {_md(entry.koers)}")
    elif entry.kind is DecisionKind.VERWIJZEN:
        lines.append(f"- **Verwezen naar:** {_md(entry.referred_to)}")
        if entry.koers:
            lines.append(f"- **Koers:** {_md(entry.koers)}")
    if entry.next_evaluation is not None:
        lines.append(f"- **Volgende evaluatie:** {format_nl(entry.next_evaluation)}")
    if entry.date_reason:
        lines.append(f"- **Reden voor deze datum:** {_md(entry.date_reason)}")
    lines.append(f"- **Geformuleerd door:** {_md(worded_by(entry))}")
    if entry.item_type is not None and entry.block is not None:
        point = f"{_TYPES[entry.item_type]} ({_BLOCKS[entry.block]})"
        if entry.presenter:
            point += f", ingebracht door {_md(entry.presenter)}"
        lines.append(f"- **Agendapunt:** {point}")
    if entry.corrects_id is not None:
        lines.append(f"- *Correctie van een eerder besluit (nr. {entry.corrects_id}); "
                     "dit besluit geldt.*")
    lines.append("")
    return lines


def to_markdown(minutes: Minutes) -> str:
    lines = [f"# {_md(title(minutes))}", ""]
    status = status_line(minutes)
    if status:
        lines += [f"*{status}*", ""]
    if not minutes.entries:
        lines += [NO_DECISIONS, ""]
    else:
        count = len(minutes.entries)
        lines += ["1 besluit." if count == 1 else f"{count} besluiten.", ""]
        for number, entry in enumerate(minutes.entries, 1):
            lines += _md_entry(number, entry)
    return "\n".join(lines)


# -- CSV ----------------------------------------------------------------------------------
def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_row(entry: MinutesEntry, minutes: Minutes) -> list[str]:
    return [
        format_nl(minutes.date),
        _cell(entry.client_reference),
        kind_name(entry.kind),
        _cell(entry.koers),
        _cell(entry.referred_to),
        format_nl(entry.next_evaluation),
        _cell(entry.date_reason),
        _cell(entry.worded_by or ""),
        _ROLES.get(entry.worded_by_role, entry.worded_by_role),
        _TYPES[entry.item_type] if entry.item_type is not None else "",
        _BLOCKS[entry.block] if entry.block is not None else "",
        _cell(entry.presenter or ""),
        "ja" if entry.corrects_id is not None else "",
    ]


def to_csv(minutes: Minutes) -> str:
    """The header and one row per decision (only the header when there are none)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADERS)
    writer.writerows(csv_row(entry, minutes) for entry in minutes.entries)
    return buffer.getvalue()


# -- dossier ------------------------------------------------------------------------------
def _sentence(text: str) -> str:
    """One line, ending in a full stop."""
    flat = " ".join(text.split())
    return flat if flat.endswith((".", "!", "?")) else flat + "."


def dossier_text(entry: MinutesEntry, minutes: Minutes) -> str:
    """What the behandelaar pastes into the client record, e.g. ``MDO 24-11-2026 —
    besluit: doorgaan. Koers tot de volgende evaluatie: …``."""
    parts = [f"MDO {format_nl(minutes.date)} — besluit: {kind_name(entry.kind)}."]
    if entry.corrects_id is not None:
        parts.append("(Correctie van een eerder vastgelegd besluit.)")
    if entry.kind is DecisionKind.VERWIJZEN:
        parts.append(f"Verwezen naar: {_sentence(entry.referred_to)}")
    if entry.koers:
        parts.append(f"Koers tot de volgende evaluatie: {_sentence(entry.koers)}")
    if entry.kind is DecisionKind.AFSLUITEN:
        parts.append("De behandeling wordt afgesloten.")
    if entry.next_evaluation is not None:
        parts.append(f"Volgende evaluatie: {format_nl(entry.next_evaluation)}.")
    if entry.date_reason:
        parts.append(f"Reden voor deze datum: {_sentence(entry.date_reason)}")
    parts.append(f"Geformuleerd door: {worded_by(entry)}.")
    return " ".join(parts)
