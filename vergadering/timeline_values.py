"""The values of meeting time: the logged events, the items as the clocks see them, and
what the clocks show at a moment (:class:`MeetingState`). Computed by
:class:`vergadering.timeline.Timeline`, and importable from there as before.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass, field

from .settings import Block

AMBER_SHARE = 0.2  # the last 20% of an item's time


class EventKind(enum.Enum):
    MEETING_STARTED = "meeting_started"
    ITEM_STARTED = "item_started"
    ITEM_ENDED = "item_ended"
    PAUSED = "paused"
    RESUMED = "resumed"
    EXTENDED = "extended"
    BELL = "bell"
    BLOCK_CHOICE = "acute_choice"  # stored name: at first only the acute block had choices
    MEETING_CLOSED = "meeting_closed"


class BlockChoice(enum.Enum):
    """The chair's choice for an item once its block's time is spent (rules 2 and 9)."""

    DEFER = "defer"  # to the next meeting
    CONSULTATION = "consultation"  # a separate consultation outside the meeting (acute only)
    TAKE_ANYWAY = "take_anyway"  # from the other block's free time, else the meeting runs longer
    FINISH = "finish"  # the item under discussion gets one minute to reach its decision


FINISH_SECONDS = 60.0  # how long FINISH holds off the block's prompt

class BellReason(enum.Enum):
    LONG_STORY = "lang_verhaal"
    DOES_NOT_CONNECT = "sluit_niet_aan"
    NEW_POINT = "nieuw_punt"
    NO_DECISION = "geen_besluit"


class Phase(enum.Enum):
    NORMAL = "normal"
    AMBER = "amber"  # last 20% of the time
    OVERRUN = "overrun"  # time is up: counting up


@dataclass(frozen=True)
class Event:
    id: int
    kind: EventKind
    at: dt.datetime
    item_id: int | None
    details: dict[str, object]

    @staticmethod
    def from_row(id: int, kind: str, at: str, item_id: int | None, details: str) -> Event:
        return Event(id, EventKind(kind), dt.datetime.fromisoformat(at), item_id,
                     json.loads(details))


@dataclass(frozen=True)
class PlannedItem:
    """What the timeline needs to know of an agenda item."""

    id: int
    block: Block
    minutes: int
    position: int
    done: bool  # decided, deferred, skipped or moved to a consultation


def phase_for(remaining: float, allowed: float) -> Phase:
    if remaining <= 0:
        return Phase.OVERRUN
    if remaining <= AMBER_SHARE * allowed:
        return Phase.AMBER
    return Phase.NORMAL


@dataclass(frozen=True)
class ItemClock:
    item_id: int
    elapsed: float  # seconds of talk, pauses excluded
    allowed: float  # seconds: estimate plus extensions
    extensions: int  # minutes added

    @property
    def remaining(self) -> float:
        return self.allowed - self.elapsed

    @property
    def phase(self) -> Phase:
        return phase_for(self.remaining, self.allowed)

    @property
    def time_up(self) -> bool:
        return self.remaining <= 0


@dataclass(frozen=True)
class BlockClock:
    block: Block
    budget: float  # seconds, after moving acute time taken at the cost of lopend
    used: float  # seconds

    @property
    def remaining(self) -> float:
        return self.budget - self.used

    @property
    def spent(self) -> bool:
        return self.remaining <= 0

    @property
    def phase(self) -> Phase:
        return phase_for(self.remaining, self.budget) if self.budget > 0 else Phase.OVERRUN


@dataclass(frozen=True)
class Upcoming:
    item_id: int
    block: Block
    expected_start: dt.datetime
    probably_not_reached: bool  # would start or end after the scheduled end


@dataclass(frozen=True)
class TakeCost:
    """What taking an item anyway costs, before the chair chooses (rule 9): the minutes
    it is given, how many come from the other block's free time (time no waiting item
    there needs) and how many make the meeting longer; and the other block's waiting
    items that fit in its time now but would not if all the minutes came from that
    block — the items the chair may give away, one by one."""

    item_id: int
    block: Block
    minutes: int
    from_other: int
    extends: int
    would_not_fit: tuple[int, ...]
    over: int = 0  # of ``minutes``: those the block had already run over


@dataclass(frozen=True)
class MeetingState:
    started: bool
    closed: bool
    paused: bool
    current: ItemClock | None
    blocks: dict[Block, BlockClock]
    charged_to_lopend: float  # seconds of the lopend block given to acute items taken anyway
    scheduled_end: dt.datetime
    expected_end: dt.datetime
    upcoming: tuple[Upcoming, ...]
    bells: int  # on the current item
    bells_total: int
    extended: float = 0.0  # seconds added to the meeting by items taken anyway
    charged_to_acuut: float = 0.0  # seconds of the acute block given to lopend items
    # The block of the item under discussion when that block's time is spent and the
    # chair has not chosen for the item yet (a minute to finish, defer, …): the prompt.
    block_time_up: Block | None = None
    # Seconds each block was given by "toch nemen" (from the other block's free time and
    # by lengthening the meeting): its budget is the team's plus this, minus what it gave.
    taken: dict[Block, float] = field(default_factory=dict)

    @property
    def late_by(self) -> float:
        """Seconds the meeting is expected to run over (0 when on time)."""
        return max(0.0, (self.expected_end - self.scheduled_end).total_seconds())


@dataclass(frozen=True)
class Replay:
    """The events played back up to a moment: what :meth:`Timeline.state` is built on."""

    started: bool
    closed: bool
    paused: bool
    started_at: dt.datetime | None
    closed_at: dt.datetime | None
    current: int | None  # the item in progress
    elapsed: dict[int, float]  # seconds of talk per item, pauses excluded
    started_in: dict[int, Block]  # the block each started item's time counts in
    extensions: dict[int, int]  # minutes added per item
    bells: dict[int | None, int]  # rings per item (None: rung between items)
    finishing: dict[int, float]  # talk time of an item when it was last given a minute
