"""The Dutch words for the domain's values and for dates, in one place: an item's type,
block and decision, the bell's reasons, the chair's choices, and how a day, a month or a
time of day reads. Every screen, dialog and report on screen takes them from here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QKeySequence

from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.settings import Block, ItemType

from ..i18n import count, fill, tr

if TYPE_CHECKING:  # the first screen needs neither: imported where used (start-up time)
    from vergadering.actions import ActionState
    from vergadering.follow_up import CarriedOut, FollowUpReason
    from vergadering.overview import Status
    from vergadering.timeline import BellReason, BlockChoice

_DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


# -- the domain's values -----------------------------------------------------------------
def type_label(item_type: ItemType | None) -> str:
    """``mededeling``, ``vraag``, ``kwestie``."""
    if item_type is ItemType.MEDEDELING:
        return tr("mededeling")
    if item_type is ItemType.VRAAG:
        return tr("vraag")
    if item_type is ItemType.KWESTIE:
        return tr("kwestie")
    return tr("(niet gekozen)")


def block_label(block: Block | None) -> str:
    """``acuut``, ``lopend``."""
    if block is Block.ACUUT:
        return tr("acuut")
    if block is Block.LOPEND:
        return tr("lopend")
    return tr("(niet gekozen)")


def block_name(block: Block) -> str:
    """The block as a heading: ``Lopende behandelingen``, ``Acute punten``."""
    return tr("Lopende behandelingen") if block is Block.LOPEND else tr("Acute punten")


def type_name(item_type: ItemType) -> str:
    return type_label(item_type)


def decision_label(decision: DecisionKind | None) -> str:
    """``doorgaan``, ``afsluiten``, ``verwijzen``; ``geen`` without one."""
    if decision is DecisionKind.DOORGAAN:
        return tr("doorgaan")
    if decision is DecisionKind.AFSLUITEN:
        return tr("afsluiten")
    if decision is DecisionKind.VERWIJZEN:
        return tr("verwijzen")
    return tr("geen")


def decision_name(decision: DecisionKind | None) -> str:
    """The proposed decision, or nothing when there is none."""
    return decision_label(decision) if decision is not None else ""


def carried_out(value: CarriedOut | None) -> str:
    """Was the previous decision carried out: ``volledig``, ``deels``, ``niet``."""
    from vergadering.follow_up import CarriedOut

    if value is CarriedOut.FULLY:
        return tr("volledig")
    if value is CarriedOut.PARTLY:
        return tr("deels")
    if value is CarriedOut.NOT_AT_ALL:
        return tr("niet")
    return tr("(niet gekozen)")


def follow_up_reason(reason: FollowUpReason | None) -> str:
    """Why the previous decision was not (fully) carried out: ``nieuwe informatie``..."""
    from vergadering.follow_up import FollowUpReason

    if reason is None:
        return tr("(niet gekozen)")
    names = {
        FollowUpReason.CLIENT_WANTED_OTHERWISE: tr("cliënt wilde het anders"),
        FollowUpReason.NEW_INFORMATION: tr("nieuwe informatie"),
        FollowUpReason.PHYSICAL_CONDITION: tr("lichamelijke situatie"),
        FollowUpReason.WAITING_LIST: tr("wachtlijst/capaciteit"),
        FollowUpReason.NOT_RECORDED: tr("niet vastgelegd"),
        FollowUpReason.OTHER: tr("anders"),
    }
    return names[reason]


def action_state(state: ActionState) -> str:
    """An action's state (rule 13): ``open``, ``gedaan``, ``vervallen``."""
    from vergadering.actions import ActionState

    names = {ActionState.OPEN: tr("open"), ActionState.DONE: tr("gedaan"),
             ActionState.DROPPED: tr("vervallen")}
    return names[state]


def bell_reason(reason: BellReason) -> str:
    """The chip's text, with a mnemonic (Alt+letter)."""
    from vergadering.timeline import BellReason

    if reason is BellReason.LONG_STORY:
        return tr("&lang verhaal")
    if reason is BellReason.DOES_NOT_CONNECT:
        return tr("&sluit niet aan")
    if reason is BellReason.NEW_POINT:
        return tr("&nieuw punt i.p.v. reageren")
    return tr("&geen besluit")


def block_choice(choice: BlockChoice) -> str:

    """A choice's button text, with its mnemonic (Alt+letter)."""
    from vergadering.timeline import BlockChoice

    if choice is BlockChoice.DEFER:
        return tr("&Uitstellen naar de volgende vergadering")
    if choice is BlockChoice.CONSULTATION:
        return tr("&Apart overleg plannen")
    if choice is BlockChoice.FINISH:
        return tr("Nog 1 &minuut om te besluiten")
    return tr("&Toch nemen")  # what it costs is said under it


def status_name(value: Status) -> str:
    """An evaluation status: ``Te laat``, ``Binnenkort``, ``Op schema``."""
    from vergadering.overview import Status

    if value is Status.OVERDUE:
        return tr("Te laat")
    if value is Status.DUE_SOON:
        return tr("Binnenkort")
    return tr("Op schema")



# -- days and times ------------------------------------------------------------------------
def date(day: dt.date | None) -> str:
    """``24-11-2026``: how Dutch users read and type a date (empty for none)."""
    return format_nl(day)


def short_date(day: dt.date) -> str:
    """``24-11``: a chart's axis."""
    return day.strftime("%d-%m")


def long_date(day: dt.date) -> str:
    """``dinsdag 24 november 2026``."""
    return _DUTCH.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def month_year(day: dt.date) -> str:
    """``december 2026``."""
    return _DUTCH.toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def clock_time(value: dt.time | dt.datetime) -> str:
    """``09:05``."""
    return value.strftime("%H:%M")


def moment(when: dt.datetime) -> str:
    """``24-11-2026 14:05``: the Dutch date and the time of a change."""
    return f"{format_nl(when.date())} {clock_time(when)}"


def relative_due(due: dt.date, today: dt.date) -> str:
    """``12 dagen te laat``, ``vandaag`` or ``over 3 dagen`` (due today is not late)."""
    days = (today - due).days
    if days == 0:
        return tr("vandaag")
    if days > 0:
        return count(days, tr("%n dag te laat"), tr("%n dagen te laat"))
    if days == -1:
        return tr("morgen")
    return fill(tr("over %1 dagen"), -days)


def decimal(value: float, decimals: int = 1) -> str:
    """``3,1``: a number with a Dutch decimal comma."""
    return _DUTCH.toString(float(value), "f", decimals)


# Keys as a Dutch keyboard's caps (and Dutch speakers) name them; Qt's own names are
# English, or from qtbase_nl ("Spatiebalk"), depending on the form asked for.
_KEY_NAMES = {"Return": "Enter", "Space": "Spatiebalk", "Del": "Delete", "Ins": "Insert",
              "PgUp": "PageUp", "PgDown": "PageDown", "Left": "←", "Right": "→", "Up": "↑",
              "Down": "↓"}


def key_name(sequence: QKeySequence) -> str:
    """``Ctrl+Enter``, ``Spatiebalk``: one shortcut, named the same on every screen."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return ", ".join("+".join(_KEY_NAMES.get(part, part) for part in chord.split("+"))
                     for chord in text.split(", "))


def key_names(sequences: list[QKeySequence]) -> str:
    """``N / Enter``: every key once (Return and Enter, one key to the user, once)."""
    names: list[str] = []
    for sequence in sequences:
        name = key_name(sequence)
        if name and name not in names:
            names.append(name)
    return " / ".join(names)
