"""Dutch phrases of the agenda page: block headings, long dates, days late, carried
over, reporting back on a separate consultation. The words for an item's own values
come from :mod:`ui.agenda.item_text`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from vergadering.items import DecisionKind
from vergadering.settings import Block, ItemType

from ..i18n import count, fill, tr
from . import item_text

_DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def block_name(block: Block) -> str:
    return tr("Lopende behandelingen") if block is Block.LOPEND else tr("Acute punten")


def type_name(item_type: ItemType) -> str:
    return item_text.type_label(item_type)


def decision_name(decision: DecisionKind | None) -> str:
    """The proposed decision, or nothing when there is none."""
    return item_text.decision_label(decision) if decision is not None else ""


def long_date(day: dt.date) -> str:
    """``dinsdag 24 november 2026``."""
    return _DUTCH.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def clock_time(value: dt.time | dt.datetime) -> str:
    return value.strftime("%H:%M")


def carried_over(times: int) -> str:
    """The mark of an item that was not reached before: ``↻ 2× doorgeschoven``."""
    if times <= 0:
        return ""
    return fill(tr("↻ %1× doorgeschoven"), times)


def report_back() -> str:
    """The mark of an item that reports back on a separate consultation (rule 10)."""
    return tr("↩ terugkoppeling apart overleg")


def item_marks(carried: int, reports_back: bool) -> str:
    """What is particular about where an item comes from, e.g. ``↩ terugkoppeling apart
    overleg · ↻ 1× doorgeschoven``; empty for an ordinary item."""
    return " · ".join(filter(None, (report_back() if reports_back else "",
                                    carried_over(carried))))


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
