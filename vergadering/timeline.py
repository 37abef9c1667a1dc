"""Meeting time, computed from stored events and the clock's "now" — never counted.

A :class:`Timeline` is built once from a meeting's events (one query) and answers
:meth:`Timeline.state` for any moment without touching the database, so the UI can tick
every second cheaply and a restart after a crash shows the same elapsed times.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .settings import Block, TeamSettings

AMBER_SHARE = 0.2  # the last 20% of an item's time


class EventKind(enum.Enum):
    MEETING_STARTED = "meeting_started"
    ITEM_STARTED = "item_started"
    ITEM_ENDED = "item_ended"
    PAUSED = "paused"
    RESUMED = "resumed"
    EXTENDED = "extended"
    BELL = "bell"
    ACUTE_CHOICE = "acute_choice"
    MEETING_CLOSED = "meeting_closed"


class AcuteChoice(enum.Enum):
    DEFER = "defer"  # to the next meeting
    CONSULTATION = "consultation"  # a separate consultation outside the meeting
    TAKE_ANYWAY = "take_anyway"  # at the cost of the lopend block


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
class MeetingState:
    started: bool
    closed: bool
    paused: bool
    current: ItemClock | None
    blocks: dict[Block, BlockClock]
    charged_to_lopend: float  # seconds of acute items taken at the cost of the lopend block
    scheduled_end: dt.datetime
    expected_end: dt.datetime
    upcoming: tuple[Upcoming, ...]
    bells: int  # on the current item
    bells_total: int

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


@dataclass
class Timeline:
    date: dt.date
    settings: TeamSettings
    items: list[PlannedItem]
    events: list[Event] = field(default_factory=list)

    def _order(self) -> list[PlannedItem]:
        rank = {block: n for n, block in enumerate(self.settings.block_order())}
        return sorted(self.items, key=lambda i: (rank[i.block], i.position, i.id))

    def current_item(self) -> int | None:
        current: int | None = None
        for event in self.events:
            if event.kind is EventKind.ITEM_STARTED:
                current = event.item_id
            elif event.kind is EventKind.ITEM_ENDED and event.item_id == current:
                current = None
        return current

    def taken_anyway(self) -> set[int]:
        return {e.item_id for e in self.events if e.kind is EventKind.ACUTE_CHOICE
                and e.details.get("choice") == AcuteChoice.TAKE_ANYWAY.value
                and e.item_id is not None}

    def replay(self, now: dt.datetime) -> Replay:
        """Talk time, extensions and bells per item, and the meeting's status, at ``now``."""
        elapsed: dict[int, float] = defaultdict(float)
        extensions: Counter[int] = Counter()
        bells: Counter[int | None] = Counter()
        started = closed = paused = False
        started_at: dt.datetime | None = None
        closed_at: dt.datetime | None = None
        current: int | None = None
        since: dt.datetime | None = None  # start of the running segment of ``current``
        started_in: dict[int, Block] = {}
        for event in self.events:
            at = event.at
            if event.kind is EventKind.MEETING_STARTED:
                started, started_at = True, at
            elif event.kind is EventKind.MEETING_CLOSED:
                closed, closed_at = True, at
            elif event.kind is EventKind.ITEM_STARTED:
                current, since = event.item_id, (None if paused else at)
                if current is not None and "block" in event.details:
                    # The block the time was spent in, even if the item moves later.
                    started_in[current] = Block(str(event.details["block"]))
            elif event.kind is EventKind.ITEM_ENDED:
                if current is not None and since is not None:
                    elapsed[current] += (at - since).total_seconds()
                current, since = None, None
            elif event.kind is EventKind.PAUSED and not paused:
                paused = True
                if current is not None and since is not None:
                    elapsed[current] += (at - since).total_seconds()
                since = None
            elif event.kind is EventKind.RESUMED and paused:
                paused = False
                since = at if current is not None else None
            elif event.kind is EventKind.EXTENDED and event.item_id is not None:
                extensions[event.item_id] += int(str(event.details.get("minutes", 0)))
            elif event.kind is EventKind.BELL:
                bells[event.item_id] += 1
        if current is not None and since is not None and not closed:
            elapsed[current] += max(0.0, (now - since).total_seconds())
        return Replay(started, closed, paused, started_at, closed_at, current, dict(elapsed),
                      started_in, dict(extensions), dict(bells))

    def state(self, now: dt.datetime) -> MeetingState:
        """Everything the chair's screen and the projector show, at ``now``."""
        replay = self.replay(now)
        started, closed, paused = replay.started, replay.closed, replay.paused
        started_at, current = replay.started_at, replay.current
        closed_at = replay.closed_at or now
        elapsed: defaultdict[int, float] = defaultdict(float, replay.elapsed)
        extensions: Counter[int] = Counter(replay.extensions)
        bells: Counter[int | None] = Counter(replay.bells)
        started_in = replay.started_in

        by_id = {i.id: i for i in self.items}
        anyway = self.taken_anyway()
        used = {Block.ACUUT: 0.0, Block.LOPEND: 0.0}
        charged = 0.0
        for item_id, seconds in elapsed.items():
            item = by_id.get(item_id)
            if item is None:
                continue
            block = started_in.get(item_id, item.block)
            if block is Block.ACUUT and item_id in anyway:
                charged += seconds
            else:
                used[block] += seconds
        budgets = {Block.ACUUT: self.settings.acuut_budget * 60.0,
                   Block.LOPEND: self.settings.lopend_budget * 60.0 - charged}
        blocks = {b: BlockClock(b, budgets[b], used[b]) for b in Block}

        clock: ItemClock | None = None
        if current is not None and current in by_id:
            allowed = (by_id[current].minutes + extensions[current]) * 60.0
            clock = ItemClock(current, elapsed[current], allowed, extensions[current])

        length = dt.timedelta(minutes=self.settings.meeting_minutes)
        scheduled_end = dt.datetime.combine(self.date, self.settings.meeting_start) + length
        if started_at is not None and started_at.date() != self.date:
            # Held on another day than planned: the meeting's length counts from its start.
            scheduled_end = started_at + length
        cursor = now
        if clock is not None:
            cursor += dt.timedelta(seconds=max(0.0, clock.remaining))
        if not started:
            cursor = max(now, dt.datetime.combine(self.date, self.settings.meeting_start))
        upcoming: list[Upcoming] = []
        for item in self._order():
            if item.done or item.id == current:
                continue
            end = cursor + dt.timedelta(minutes=item.minutes)
            upcoming.append(Upcoming(item.id, item.block, cursor, end > scheduled_end))
            cursor = end
        expected_end = cursor if not closed else closed_at  # a closed meeting ended then
        return MeetingState(
            started=started, closed=closed, paused=paused, current=clock, blocks=blocks,
            charged_to_lopend=charged, scheduled_end=scheduled_end, expected_end=expected_end,
            upcoming=tuple(upcoming), bells=bells[current] if current is not None else 0,
            bells_total=sum(bells.values()),
        )
