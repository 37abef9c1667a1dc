"""Meeting time, computed from stored events and the clock's "now" — never counted.

A :class:`Timeline` is built once from a meeting's events (one query) and answers
:meth:`Timeline.state` for any moment without touching the database, so the UI can tick
every second cheaply and a restart after a crash shows the same elapsed times.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
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
        return {e.item_id for e in self.events if e.kind is EventKind.BLOCK_CHOICE
                and e.details.get("choice") == BlockChoice.TAKE_ANYWAY.value
                and e.item_id is not None}

    def choices(self, item_id: int) -> list[BlockChoice]:
        """The chair's choices for an item, in order."""
        return [BlockChoice(str(e.details["choice"])) for e in self.events
                if e.kind is EventKind.BLOCK_CHOICE and e.item_id == item_id]

    def block_of(self, item_id: int) -> Block | None:
        """The block an item's time counts in: where it was discussed, else planned."""
        for event in self.events:
            if (event.kind is EventKind.ITEM_STARTED and event.item_id == item_id
                    and "block" in event.details):
                return Block(str(event.details["block"]))
        planned = next((i for i in self.items if i.id == item_id), None)
        return planned.block if planned is not None else None

    @staticmethod
    def _fitting(waiting: list[Upcoming], by_id: dict[int, PlannedItem],
                 room: float) -> list[int]:
        """The waiting items that fit in ``room`` seconds, in their order: a long one
        that does not fit does not make room for the shorter ones after it."""
        fitting: list[int] = []
        for upcoming in waiting:
            need = 60.0 * by_id[upcoming.item_id].minutes
            if need > room:
                break
            room -= need
            fitting.append(upcoming.item_id)
        return fitting

    def take_cost(self, item_id: int, now: dt.datetime) -> TakeCost:
        """What :data:`BlockChoice.TAKE_ANYWAY` would give ``item_id`` now (see
        :class:`TakeCost`). The item under discussion is given the rest of its own time
        (at least a minute); a waiting item its estimate."""
        state = self.state(now)
        block = self.block_of(item_id) or Block.ACUUT
        other = Block.LOPEND if block is Block.ACUUT else Block.ACUUT
        if state.current is not None and state.current.item_id == item_id:
            minutes = max(1, math.ceil(round(state.current.remaining, 3) / 60))
        else:
            minutes = next(i.minutes for i in self.items if i.id == item_id)
        # Time the block already ran over (an overrun, a minute to finish) is part of the
        # cost: otherwise the item's own minutes would be gone before it got them.
        over = math.ceil(round(max(0.0, -state.blocks[block].remaining), 3) / 60)
        minutes += over
        waiting = [u for u in state.upcoming if u.block is other]
        by_id = {i.id: i for i in self.items}
        room = state.blocks[other].remaining
        free = max(0.0, room - 60.0 * sum(by_id[u.item_id].minutes for u in waiting))
        from_other = min(minutes, int(free // 60))
        # If all of it came out of the other block: which of its waiting items that fit
        # in its time now would then no longer fit (taking its order: the last go first).
        would_not_fit = tuple(
            i for i in self._fitting(waiting, by_id, room)
            if i not in self._fitting(waiting, by_id, room - 60.0 * minutes))
        return TakeCost(item_id, block, minutes, from_other, minutes - from_other,
                        would_not_fit, over)

    def replay(self, now: dt.datetime) -> Replay:
        """Talk time, extensions and bells per item, and the meeting's status, at ``now``."""
        elapsed: dict[int, float] = defaultdict(float)
        extensions: Counter[int] = Counter()
        bells: Counter[int | None] = Counter()
        finishing: dict[int, float] = {}
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
            elif (event.kind is EventKind.BLOCK_CHOICE and event.item_id is not None
                  and event.details.get("choice") == BlockChoice.FINISH.value):
                running = (at - since).total_seconds() if (
                    since is not None and current == event.item_id) else 0.0
                finishing[event.item_id] = elapsed[event.item_id] + running
        if current is not None and since is not None and not closed:
            elapsed[current] += max(0.0, (now - since).total_seconds())
        return Replay(started, closed, paused, started_at, closed_at, current, dict(elapsed),
                      started_in, dict(extensions), dict(bells), finishing)

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
        budgets = {Block.ACUUT: self.settings.acuut_budget * 60.0,
                   Block.LOPEND: self.settings.lopend_budget * 60.0}
        given = {Block.ACUUT: 0.0, Block.LOPEND: 0.0}  # seconds a block gave the other
        taken = {Block.ACUUT: 0.0, Block.LOPEND: 0.0}  # seconds a block got by takes
        extended = 0.0
        legacy: set[int] = set()  # taken anyway before takes recorded their minutes
        for event in self.events:
            if (event.kind is not EventKind.BLOCK_CHOICE or event.item_id is None
                    or event.details.get("choice") != BlockChoice.TAKE_ANYWAY.value):
                continue
            if "from_other" not in event.details:
                legacy.add(event.item_id)
                continue
            block = Block(str(event.details.get("block", Block.ACUUT.value)))
            other = Block.LOPEND if block is Block.ACUUT else Block.ACUUT
            from_other = 60.0 * int(str(event.details["from_other"]))
            extends = 60.0 * int(str(event.details.get("extends", 0)))
            budgets[block] += from_other + extends
            taken[block] += from_other + extends
            budgets[other] -= from_other
            given[other] += from_other
            extended += extends
        used = {Block.ACUUT: 0.0, Block.LOPEND: 0.0}
        for item_id, seconds in elapsed.items():
            item = by_id.get(item_id)
            if item is None:
                continue
            block = started_in.get(item_id, item.block)
            used[block] += seconds
            if block is Block.ACUUT and item_id in legacy:
                # Older meetings' takes recorded no minutes: all talk of such an item was
                # given to the acute block by the lopend block.
                budgets[Block.ACUUT] += seconds
                budgets[Block.LOPEND] -= seconds
                given[Block.LOPEND] += seconds
                taken[Block.ACUUT] += seconds
        blocks = {b: BlockClock(b, budgets[b], used[b]) for b in Block}

        clock: ItemClock | None = None
        time_up: Block | None = None
        if current is not None and current in by_id:
            allowed = (by_id[current].minutes + extensions[current]) * 60.0
            clock = ItemClock(current, elapsed[current], allowed, extensions[current])
            block = started_in.get(current, by_id[current].block)
            finishing = (current in replay.finishing and elapsed[current]
                         - replay.finishing[current] < FINISH_SECONDS)
            # An item taken anyway added its minutes to its block: once those are used
            # too, the chair is asked again (never an open end). Older meetings' takes
            # recorded no minutes and were never asked again.
            if blocks[block].spent and current not in legacy and not finishing:
                time_up = block

        length = dt.timedelta(minutes=self.settings.meeting_minutes)
        scheduled_end = dt.datetime.combine(self.date, self.settings.meeting_start) + length
        redated = any(e.kind is EventKind.MEETING_STARTED and "planned" in e.details
                      for e in self.events)
        if started_at is not None and (redated or started_at.date() != self.date):
            # Held on another day than planned: the meeting's length counts from its start.
            scheduled_end = started_at + length
        scheduled_end += dt.timedelta(seconds=extended)
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
            charged_to_lopend=given[Block.LOPEND], scheduled_end=scheduled_end,
            expected_end=expected_end, upcoming=tuple(upcoming),
            bells=bells[current] if current is not None else 0,
            bells_total=sum(bells.values()), extended=extended,
            charged_to_acuut=given[Block.ACUUT], block_time_up=time_up, taken=taken,
        )
