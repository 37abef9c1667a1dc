"""The besluitenlijst as Markdown, as CSV for Dutch Excel, and per decision (and per
separate consultation) as a short text for the client's dossier.

Rule 10: the items that ended without a decision (apart overleg, uitgesteld,
doorgeschoven, ingetrokken) are part of every format, after the decisions.

An export format, so the Dutch wording is plain text here rather than Qt translations
(the command line writes these without loading Qt); keep all of it in this module.
The only client identifier is the pseudonymous reference; the question, the state of the
process and the behandelaar are not part of a besluitenlijst. The client's perspective
is (rule 14), with how the previous decision worked out (rule 12), the actions (rule 13)
and whether the decision was discussed with the client: each only when there is one, so
an entry never shows an empty label. The follow-up's words match ``ui.kit.words``
(``carried_out``, ``follow_up_reason``; tests/test_minutes_follow_up.py compares them).

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
from vergadering.minutes import (
    Ending,
    FollowedUp,
    Minutes,
    MinutesEntry,
    OtherEntry,
)
from vergadering.settings import Block, ItemType

from .follow_up_words import (
    ACTIONS,
    DISCUSSED,
    FOLLOW_UP,
    PERSPECTIVE,
    action_line,
    carried_out_name,
    discussed_name,
    how_it_went,
    reason_name,
)

CSV_ENCODING = "utf-8-sig"  # Excel reads UTF-8 only with the byte order mark
NO_DECISIONS = "Geen besluiten vastgelegd."
WITHOUT_DECISION = "Zonder besluit"  # the heading of the items that ended without one

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
# The order of the first sixteen columns is a contract (scripts read them); new ones
# go at the end.
CSV_HEADERS = ("Datum MDO", "Cliënt", "Besluit", "Koers", "Verwezen naar",
               "Volgende evaluatie", "Reden voor de datum", "Geformuleerd door", "Rol",
               "Soort punt", "Blok", "Inbrenger", "Correctie",
               "Apart overleg door", "Terugkoppeling uiterlijk", "Naar vergadering van",
               "Vorig besluit van", "Uitgevoerd", "Reden niet uitgevoerd", "Toelichting",
               "Besproken met cliënt", "Perspectief cliënt", "Acties")
_ACTIONS_JOIN = " | "  # the actions of a decision in its one CSV cell
# In the "Besluit" column of a CSV row for an item without a decision.
_ENDINGS = {Ending.CONSULTATION: "apart overleg", Ending.DEFERRED: "uitgesteld",
            Ending.CARRIED_OVER: "doorgeschoven", Ending.WITHDRAWN: "ingetrokken"}

# A cell starting with one of these is a formula to Excel ("CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# A line starting with one of these is a heading, list or quote; "1." is kept literal by
# escaping its full stop ("1\."), a backslash before a digit would show.
_MARKDOWN_LINE_START = re.compile(r"^(\d*)([#+\->.)])")


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


def count_line(minutes: Minutes) -> str:
    """``3 besluiten, 2 punten zonder besluit.``; ``Geen besluiten vastgelegd.`` (with
    the items without one after it, if any)."""
    decided = len(minutes.entries)
    others = len(minutes.others)
    without = "1 punt zonder besluit" if others == 1 else f"{others} punten zonder besluit"
    if not decided:
        return f"{NO_DECISIONS} {without.capitalize()}." if others else NO_DECISIONS
    line = "1 besluit" if decided == 1 else f"{decided} besluiten"
    return f"{line}, {without}." if others else f"{line}."


def ending_name(ending: Ending) -> str:
    """``apart overleg``, ``uitgesteld``, ``doorgeschoven``, ``ingetrokken``."""
    return _ENDINGS[ending]


def what_happened(other: OtherEntry) -> str:
    """What became of an item without a decision, e.g. ``Apart overleg — Anouk de Vries
    koppelt terug uiterlijk 08-12-2026``."""
    if other.ending is Ending.CONSULTATION:
        return (f"Apart overleg — {other.consultation_by or 'onbekend'} koppelt terug "
                f"uiterlijk {format_nl(other.report_by)}")
    if other.ending is Ending.DEFERRED:
        return f"Uitgesteld naar {format_nl(other.moved_to)}"
    if other.ending is Ending.CARRIED_OVER:
        why = "overgeslagen" if other.skipped else "niet aan bod gekomen"
        return f"Doorgeschoven naar {format_nl(other.moved_to)} ({why})"
    return "Ingetrokken bij het afsluiten"


def previous_decision(follow_up: FollowedUp) -> str:
    """``24-11-2026, doorgaan``: the decision followed up."""
    return f"{format_nl(follow_up.decided_on)}, {kind_name(follow_up.kind)}"


def follow_up_line(follow_up: FollowedUp) -> str:
    """``Vorig besluit (24-11-2026, doorgaan): deels uitgevoerd — reden: nieuwe
    informatie`` (rule 12)."""
    return f"{FOLLOW_UP} ({previous_decision(follow_up)}): {how_it_went(follow_up)}"


def point(item_type: ItemType | None, block: Block | None, presenter: str | None) -> str:
    """``vraag (lopend), ingebracht door Anouk de Vries``; empty without an item."""
    if item_type is None or block is None:
        return ""
    text = f"{_TYPES[item_type]} ({_BLOCKS[block]})"
    return f"{text}, ingebracht door {presenter}" if presenter else text


# -- Markdown -----------------------------------------------------------------------------
def _md(text: str) -> str:
    """User text as literal Markdown; its own line breaks kept within the list item."""
    lines = [_MARKDOWN_INLINE.sub(r"\\\1", line.strip()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    rest = [_MARKDOWN_LINE_START.sub(r"\1\\\2", line) for line in lines[1:]]
    return "  \n  ".join(lines[:1] + rest)


def _md_start(text: str) -> str:
    """A one-line text that starts a list item: also its first characters literal."""
    return _MARKDOWN_LINE_START.sub(r"\1\\\2", _md(text))


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
    lines += _md_agreed(entry)
    lines.append(f"- **Geformuleerd door:** {_md(worded_by(entry))}")
    if entry.item_type is not None and entry.block is not None:
        lines.append(f"- **Agendapunt:** "
                     f"{_md(point(entry.item_type, entry.block, entry.presenter))}")
    if entry.corrects_id is not None:
        lines.append(f"- *Correctie van een eerder besluit (nr. {entry.corrects_id}); "
                     "dit besluit geldt.*")
    lines.append("")
    return lines


def _md_agreed(entry: MinutesEntry) -> list[str]:
    """The follow-up, the client's perspective, the actions (a nested list) and whether
    it was discussed with the client: only those there are."""
    lines = []
    if entry.follow_up is not None:
        lines.append(f"- **{FOLLOW_UP} ({previous_decision(entry.follow_up)}):** "
                     f"{_md(how_it_went(entry.follow_up))}")
    if entry.client_perspective:
        lines.append(f"- **{PERSPECTIVE}:** {_md(entry.client_perspective)}")
    if entry.actions:
        lines.append(f"- **{ACTIONS}:**")
        lines += [f"  - {_md_start(action_line(action))}" for action in entry.actions]
    if entry.discussed_with_client is not None:
        lines.append(f"- **{DISCUSSED}:** {discussed_name(entry.discussed_with_client)}")
    return lines


def _md_other(other: OtherEntry) -> str:
    """``- **IJ-5** — Apart overleg — …``, and on a second line of the item
    ``Agendapunt: kwestie (acuut), ingebracht door …``."""
    return (f"- **{_md(other.client_reference)}** — {_md(what_happened(other))}  \n"
            f"  Agendapunt: {_md(point(other.item_type, other.block, other.presenter))}")


def to_markdown(minutes: Minutes) -> str:
    lines = [f"# {_md(title(minutes))}", ""]
    status = status_line(minutes)
    if status:
        lines += [f"*{status}*", ""]
    lines += [count_line(minutes), ""]
    for number, entry in enumerate(minutes.entries, 1):
        lines += _md_entry(number, entry)
    if minutes.others:
        lines += [f"## {WITHOUT_DECISION}", ""]
        lines += [_md_other(other) for other in minutes.others]
        lines.append("")
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
        "", "", "",
        *_csv_agreed(entry),
    ]


def _csv_agreed(entry: MinutesEntry) -> list[str]:
    """The columns after the sixteenth: follow-up, discussed, perspective, actions."""
    done = entry.follow_up
    return [
        format_nl(done.decided_on) if done else "",
        carried_out_name(done.carried_out) if done else "",
        reason_name(done.reason) if done and done.reason else "",
        _cell(done.reason_text) if done else "",
        discussed_name(entry.discussed_with_client) if entry.discussed_with_client else "",
        _cell(entry.client_perspective),
        _cell(_ACTIONS_JOIN.join(action_line(action) for action in entry.actions)),
    ]


def csv_other_row(other: OtherEntry, minutes: Minutes) -> list[str]:
    """An item without a decision: what became of it in "Besluit", who takes a separate
    consultation and when it reports back, or the meeting it went to."""
    return [
        format_nl(minutes.date),
        _cell(other.client_reference),
        ending_name(other.ending),
        "", "", "", "", "", "",
        _TYPES[other.item_type],
        _BLOCKS[other.block],
        _cell(other.presenter),
        "",
        _cell(other.consultation_by or ""),
        format_nl(other.report_by),
        format_nl(other.moved_to),
        "", "", "", "", "", "", "",
    ]


def to_csv(minutes: Minutes) -> str:
    """The header, one row per decision, then one per item without a decision (only the
    header when there are neither)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADERS)
    writer.writerows(csv_row(entry, minutes) for entry in minutes.entries)
    writer.writerows(csv_other_row(other, minutes) for other in minutes.others)
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
    if entry.follow_up is not None:
        parts.append(_sentence(follow_up_line(entry.follow_up)))
    if entry.client_perspective:
        parts.append(f"{PERSPECTIVE}: {_sentence(entry.client_perspective)}")
    if entry.actions:
        parts.append(f"{ACTIONS}: "
                     + _sentence("; ".join(action_line(action) for action in entry.actions)))
    if entry.discussed_with_client is not None:
        parts.append(f"{DISCUSSED}: {discussed_name(entry.discussed_with_client)}.")
    parts.append(f"Geformuleerd door: {worded_by(entry)}.")
    return " ".join(parts)


def consultation_dossier_text(other: OtherEntry, minutes: Minutes) -> str | None:
    """The dossier line of an item sent to a separate consultation, e.g. ``MDO
    07-12-2026 — apart overleg: Anouk de Vries koppelt uiterlijk 14-12-2026 terug aan
    het team.``; None for the other endings (nothing happened for the client)."""
    if other.ending is not Ending.CONSULTATION:
        return None
    return (f"MDO {format_nl(minutes.date)} — apart overleg: "
            f"{other.consultation_by or 'onbekend'} koppelt uiterlijk "
            f"{format_nl(other.report_by)} terug aan het team.")
