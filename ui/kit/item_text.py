"""Dutch words for an agenda item's values: its type, block, proposed decision and
the moment of a change. Shared by the item dialog and the conflict dialog."""

from __future__ import annotations

import datetime as dt

from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.settings import Block, ItemType

from ..i18n import tr


def type_label(item_type: ItemType | None) -> str:
    if item_type is ItemType.MEDEDELING:
        return tr("mededeling")
    if item_type is ItemType.VRAAG:
        return tr("vraag")
    if item_type is ItemType.KWESTIE:
        return tr("kwestie")
    return tr("(niet gekozen)")


def block_label(block: Block | None) -> str:
    if block is Block.ACUUT:
        return tr("acuut")
    if block is Block.LOPEND:
        return tr("lopend")
    return tr("(niet gekozen)")


def decision_label(decision: DecisionKind | None) -> str:
    if decision is DecisionKind.DOORGAAN:
        return tr("doorgaan")
    if decision is DecisionKind.AFSLUITEN:
        return tr("afsluiten")
    if decision is DecisionKind.VERWIJZEN:
        return tr("verwijzen")
    return tr("geen")


def moment(when: dt.datetime) -> str:
    """``24-11-2026 14:05``: the Dutch date and the time of a change."""
    return f"{format_nl(when.date())} {when:%H:%M}"
