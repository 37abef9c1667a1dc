"""Meeting time, computed from stored events and the clock's "now" — never counted.

A :class:`Timeline` is built once from a meeting's events (one query) and answers
:meth:`Timeline.state` for any moment without touching the database, so the UI can tick
every second cheaply and a restart after a crash shows the same elapsed times.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .settings import Block, TeamSettings
from .timeline_values import (
    AMBER_SHARE,
    FINISH_SECONDS,
    BellReason,
    BlockChoice,
    BlockClock,
    Event,
    EventKind,
    ItemClock,
    MeetingState,
    Phase,
    PlannedItem,
    Replay,
    TakeCost,
    Upcoming,
    phase_for,
)

__all__ = [  # the values live in timeline_values; importable from here as before
    "AMBER_SHARE", "FINISH_SECONDS", "BellReason", "BlockChoice", "BlockClock", "Event",
    "EventKind", "ItemClock", "MeetingState", "Phase", "PlannedItem", "Replay", "TakeCost",
    "Timeline", "Upcoming", "phase_for",
]


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
        if state.current is not None and state.current.item_id != item_id and (
                self.block_of(state.current.item_id) is other):
            # An item of the other block under discussion needs the rest of its time too.
            room -= max(0.0, state.current.remaining)
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
