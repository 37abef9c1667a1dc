"""Dutch words and numbers of the chair's screen: clocks, block times, the meeting's end,
an item's status, bell reasons and the acute block's choices."""

from __future__ import annotations

import datetime as dt
import enum
import math

from vergadering.items import DecisionKind
from vergadering.settings import Block
from vergadering.timeline import BellReason, BlockChoice, BlockClock, MeetingState

from ..agenda import item_text
from ..i18n import tr


def countdown(remaining: float) -> str:
    """``04:32`` while there is time (rounded up: 0.4 s left still shows 00:01);
    ``+01:23`` counting up once time is up."""
    if remaining > 0:
        seconds = math.ceil(remaining)
        sign = ""
    else:
        seconds = math.floor(-remaining)
        sign = "+"
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


def whole_minutes(seconds: float) -> int:
    """Minutes as people count them on a clock: a started minute counts."""
    return math.ceil(round(seconds, 3) / 60) if seconds > 0 else 0


def block_time(clock: BlockClock, charged_to_lopend: float = 0.0) -> str:
    """``nog 12 min`` or ``3 min over tijd``; for the lopend block also the minutes taken
    by acute items: ``nog 34 min (−8 min voor acuut)``."""
    if clock.remaining >= 0:
        text = tr("nog %1 min").replace("%1", str(whole_minutes(clock.remaining)))
    else:
        text = tr("%1 min over tijd").replace("%1", str(whole_minutes(-clock.remaining)))
    taken = whole_minutes(charged_to_lopend)
    if clock.block is Block.LOPEND and taken:
        text += " " + tr("(−%1 min voor acuut)").replace("%1", str(taken))
    return text


def block_heading(block: Block) -> str:
    return tr("Acuut") if block is Block.ACUUT else tr("Lopend")


def expected_end(state: MeetingState) -> str:
    """``Verwacht einde 10:34 — loopt 4 min uit`` or ``… — op tijd``."""
    end = state.expected_end.strftime("%H:%M")
    late = whole_minutes(state.late_by)
    if late:
        return tr("Verwacht einde %1 — loopt %2 min uit").replace("%1", end).replace(
            "%2", str(late))
    return tr("Verwacht einde %1 — op tijd").replace("%1", end)


def scheduled(state: MeetingState, start: dt.time) -> str:
    return tr("Gepland %1–%2").replace("%1", start.strftime("%H:%M")).replace(
        "%2", state.scheduled_end.strftime("%H:%M"))


class RowStatus(enum.Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DECIDED = "decided"
    DEFERRED = "deferred"
    SKIPPED = "skipped"
    CONSULTATION = "consultation"


def status(value: RowStatus, decision: DecisionKind | None = None,
           hamerstuk: bool = False) -> str:
    if value is RowStatus.WAITING:
        return tr("wacht")
    if value is RowStatus.RUNNING:
        return tr("bezig")
    if value is RowStatus.DECIDED:
        name = item_text.decision_label(decision)
        if hamerstuk:
            return tr("hamerstuk: %1").replace("%1", name)
        return tr("besloten: %1").replace("%1", name)
    if value is RowStatus.DEFERRED:
        return tr("uitgesteld")
    if value is RowStatus.SKIPPED:
        return tr("overgeslagen")
    return tr("apart overleg")


def not_reached() -> str:
    """The mark of a waiting item that will probably not be reached (short: a list)."""
    return tr("past niet meer")


def bell_reason(reason: BellReason) -> str:
    """The chip's text, with a mnemonic (Alt+letter)."""
    if reason is BellReason.LONG_STORY:
        return tr("&lang verhaal")
    if reason is BellReason.DOES_NOT_CONNECT:
        return tr("&sluit niet aan")
    if reason is BellReason.NEW_POINT:
        return tr("&nieuw punt i.p.v. reageren")
    return tr("&geen besluit")


def bell_count(count: int) -> str:
    if count == 1:
        return tr("1× gebeld")
    return tr("%1× gebeld").replace("%1", str(count))


def acute_choice(choice: BlockChoice) -> str:
    if choice is BlockChoice.DEFER:
        return tr("&Uitstellen naar de volgende vergadering")
    if choice is BlockChoice.CONSULTATION:
        return tr("&Apart overleg plannen")
    return tr("&Toch nemen, ten koste van de lopende behandelingen")


def minutes(count: int) -> str:
    return tr("1 minuut") if count == 1 else tr("%1 minuten").replace("%1", str(count))
