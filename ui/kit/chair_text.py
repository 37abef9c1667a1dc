"""Dutch words and numbers of the chair's screen: clocks, block times, the meeting's end,
an item's status, bell reasons, the chair's choices when a block's time is up, and the
counts of the closing message."""

from __future__ import annotations

import datetime as dt
import enum
import math

from vergadering.items import DecisionKind
from vergadering.settings import Block
from vergadering.timeline import BlockClock, MeetingState

from ..i18n import count as count_text
from ..i18n import fill, tr
from . import words


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


def block_time(clock: BlockClock, state: MeetingState | None = None) -> str:
    """``nog 12 min`` or ``3 min over tijd``, then what moved between the blocks: the
    minutes this block gave the other (``(−8 min voor acuut)``) and those it got by
    "toch nemen" (``(+10 min genomen)``)."""
    if clock.remaining >= 0:
        text = fill(tr("nog %1 min"), whole_minutes(clock.remaining))
    else:
        text = fill(tr("%1 min over tijd"), whole_minutes(-clock.remaining))
    if state is None:
        return text
    gave = whole_minutes(state.charged_to_lopend if clock.block is Block.LOPEND
                         else state.charged_to_acuut)
    if gave:
        other = Block.ACUUT if clock.block is Block.LOPEND else Block.LOPEND
        text += " " + fill(tr("(−%1 min voor %2)"), gave, block_heading(other).lower())
    taken = whole_minutes(state.taken.get(clock.block, 0.0))
    if taken:
        text += " " + fill(tr("(+%1 min genomen)"), taken)
    return text


def block_heading(block: Block) -> str:
    return tr("Acuut") if block is Block.ACUUT else tr("Lopend")


def expected_end(state: MeetingState) -> str:
    """``Verwacht einde 10:34 — loopt 4 min uit`` or ``… — op tijd``; the minutes the
    chair added by "toch nemen" are named apart: they were chosen, not overrun."""
    end = words.clock_time(state.expected_end)
    late = whole_minutes(state.late_by)
    extended = whole_minutes(state.extended)
    if late and extended:
        return fill(tr("Verwacht einde %1 — loopt %2 min uit (+%3 min door ‘toch nemen’)"),
                    end, late, extended)
    if extended:
        return fill(tr("Verwacht einde %1 — +%2 min uitgelopen door ‘toch nemen’"), end,
                    extended)
    if late:
        return fill(tr("Verwacht einde %1 — loopt %2 min uit"), end, late)
    return fill(tr("Verwacht einde %1 — op tijd"), end)


def scheduled(state: MeetingState, start: dt.time) -> str:
    return fill(tr("Gepland %1–%2"), words.clock_time(start),
                words.clock_time(state.scheduled_end))


class RowStatus(enum.Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DECIDED = "decided"
    DEFERRED = "deferred"
    SKIPPED = "skipped"
    CONSULTATION = "consultation"
    WITHDRAWN = "withdrawn"


def status(value: RowStatus, decision: DecisionKind | None = None,
           hamerstuk: bool = False) -> str:
    if value is RowStatus.WAITING:
        return tr("wacht")
    if value is RowStatus.RUNNING:
        return tr("bezig")
    if value is RowStatus.DECIDED:
        name = words.decision_label(decision)
        if hamerstuk:
            return fill(tr("hamerstuk: %1"), name)
        return fill(tr("besloten: %1"), name)
    if value is RowStatus.DEFERRED:
        return tr("uitgesteld")
    if value is RowStatus.SKIPPED:
        return tr("overgeslagen")
    if value is RowStatus.WITHDRAWN:
        return tr("ingetrokken")
    return tr("apart overleg")


def consultation_note(member: str, report_by: dt.date) -> str:
    """``Apart overleg: Bram Jansen, terugkoppeling uiterlijk 01-12-2026``."""
    return fill(tr("Apart overleg: %1, terugkoppeling uiterlijk %2"), member,
                words.date(report_by))


def not_reached() -> str:
    """The mark of a waiting item that will probably not be reached (short: a list)."""
    return tr("past niet meer")



def bell_count(count: int) -> str:
    return count_text(count, tr("%n× gebeld"), tr("%n× gebeld"))


def block_time_up(block: Block) -> str:
    """The heading of the prompt and the choice dialog."""
    if block is Block.ACUUT:
        return tr("De tijd voor acute punten is op")
    return tr("De tijd voor lopende behandelingen is op")



def decisions_count(count: int) -> str:
    if count == 0:
        return tr("geen besluiten vastgelegd")
    return count_text(count, tr("%n besluit vastgelegd"), tr("%n besluiten vastgelegd"))


def moved_count(count: int) -> str:
    if count == 0:
        return tr("geen punten doorgeschoven")
    return count_text(count, tr("%n punt doorgeschoven naar de volgende vergadering"),
                      tr("%n punten doorgeschoven naar de volgende vergadering"))


def items_count(count: int) -> str:
    """``1 punt`` / ``3 punten``."""
    return count_text(count, tr("%n punt"), tr("%n punten"))


def minutes(count: int) -> str:
    return count_text(count, tr("%n minuut"), tr("%n minuten"))
