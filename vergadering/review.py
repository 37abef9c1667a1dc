"""The meeting review: planned against actual time, overruns, extensions, acute choices,
bells, decisions and evaluations of one meeting — pure data, no display text.

Everything is computed from what was stored: the meeting's events (talk time through
:meth:`vergadering.timeline.Timeline.replay`, the same playback the chair's clocks use),
its items, their history (``item_change``) and its decisions.

**The agenda at the start.** Items leave a meeting while it runs (deferred, or the acute
choice "defer") and when it closes (skipped and not reached items are carried over).
They are found back through their history: a ``deferred`` or ``carried_over`` change
away from this meeting's date logged at or after its start. Their block, type, estimate
and client are those at the start: edits made later (on the next meeting's agenda) are
undone from the history. ``carried_over`` counts the carries before this meeting only.

**Approximations** (the database keeps no full history of these):

- Items that left a meeting before their history recorded their position there (older
  data) are ordered by their position on the meeting they went to.
- Budgets, the meeting length and the horizon are the team's *current* settings.
- An item passed over without being started, in a meeting closed before its history
  recorded that (``"outcome": "skipped"`` on the carry), shows as not reached.
- *Toe en besproken* (docs/figures.md) uses each client's dates as they were before the
  meeting, rebuilt from its decisions (:mod:`vergadering.standing`).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import figures, meetings, run
from . import items as agenda_items
from .items import Action, Item, Outcome
from .meetings import Meeting, MeetingStatus
from .settings import Block, ItemType
from .store import Store
from .timeline import BellReason, BlockChoice, EventKind


class ReviewOutcome(enum.Enum):
    """What became of an item that was on the agenda when the meeting started."""

    DECIDED = "decided"
    DEFERRED = "deferred"  # moved to the next meeting during the meeting
    SKIPPED = "skipped"  # passed over by the chair; carried over at the close
    CONSULTATION = "consultation"  # acute item moved to a separate consultation
    WITHDRAWN = "withdrawn"  # acute item not reached, withdrawn at the close
    NOT_REACHED = "not_reached"  # carried over at the close (or still waiting)
    IN_PROGRESS = "in_progress"  # being discussed (a running meeting only)


@dataclass(frozen=True)
class ItemReview:
    item_id: int
    client_id: int
    client_reference: str
    type: ItemType
    block: Block  # where its time counts: the block it was discussed in, else planned in
    planned_minutes: int  # the estimate at the start of the meeting
    started: bool  # discussed: a hamerstuk counts (no time), a decision recorded for an
    # item never started does not
    hamerstuk: bool
    actual_seconds: float  # talk, pauses excluded
    extension_minutes: int
    extensions: int  # how often time was added
    bells: int
    bell_reasons: tuple[BellReason | None, ...]  # per ring, in order; None: no chip chosen
    outcome: ReviewOutcome
    acute_choice: BlockChoice | None  # the chair's (last) choice once the acute block was spent
    charged_to_lopend: bool  # an acute item taken anyway, at the cost of the lopend block
    carried_over: int  # times carried over before this meeting

    @property
    def overrun_seconds(self) -> float:
        """Talk beyond the estimate plus extensions (0 when within)."""
        return max(0.0, self.actual_seconds - 60.0 * (self.planned_minutes
                                                      + self.extension_minutes))


@dataclass(frozen=True)
class BlockReview:
    block: Block
    budget_minutes: int  # the team's budget for the block
    planned_minutes: int  # estimates of the items in the block at the start
    actual_seconds: float  # talk counted in the block (acute time taken anyway excluded)
    items: int  # on the agenda at the start
    discussed: int


@dataclass(frozen=True)
class MeetingReview:
    meeting_id: int
    date: dt.date
    closed: bool
    started_at: dt.datetime | None
    ended_at: dt.datetime | None  # None while running
    scheduled_start: dt.datetime
    scheduled_end: dt.datetime
    late_by: float  # seconds past the scheduled end (expected, while running)
    blocks: dict[Block, BlockReview]
    charged_to_lopend: float  # seconds of the lopend block given to acute items taken anyway
    charged_to_acuut: float  # seconds of the acute block given to lopend items taken anyway
    extended: float  # seconds the meeting was lengthened by items taken anyway
    items: tuple[ItemReview, ...]  # in agenda order: the first block first, by position
    overruns: int
    overrun_seconds: float
    extensions: int
    extension_minutes: int
    acute_choices: dict[BlockChoice, int]  # every choice logged (each is counted)
    outcomes: dict[ReviewOutcome, int]
    carried_to_next: int  # skipped and not reached: carried over at the close
    deferred_to_next: int
    bells: int  # also rings between items
    bells_by_reason: dict[BellReason, int]
    bells_without_reason: int
    decided: int
    decided_share: float | None  # decided / (decided + skipped or deferred after start)
    evaluations_done: int  # decisions on lopend items
    due_and_discussed: figures.DueAndDiscussed  # "toe en besproken" (docs/figures.md)

    @property
    def overrun_minutes(self) -> float:
        return self.overrun_seconds / 60


def review(store: Store, date: dt.date) -> MeetingReview | None:
    """The review of the meeting on ``date``, running or closed; None if it never started."""
    meeting = meetings.find(store, date)
    if meeting is None or meeting.status is MeetingStatus.PLANNED:
        return None
    return _review(store, meeting)


def reviews(store: Store, since: dt.date) -> list[MeetingReview]:
    """Reviews of the closed meetings on or after ``since``, oldest first."""
    return reviews_of(store, closed_since(store, since))


def closed_since(store: Store, since: dt.date) -> list[Meeting]:
    """The closed meetings on or after ``since``, oldest first."""
    rows = store.query("SELECT date FROM meeting WHERE status = 'closed' AND date >= ?"
                       " ORDER BY date", (since.isoformat(),))
    return held_on(store, [dt.date.fromisoformat(row["date"]) for row in rows])


def held_on(store: Store, dates: Sequence[dt.date]) -> list[Meeting]:
    """The meetings held (running or closed) on ``dates``, in that order."""
    return [m for m in (meetings.find(store, date) for date in dates)
            if m is not None and m.status is not MeetingStatus.PLANNED]


def reviews_on(store: Store, dates: Sequence[dt.date]) -> list[MeetingReview]:
    """Reviews of the meetings held on ``dates`` (skipping days without one), in that
    order; their *toe en besproken* figures are rebuilt together."""
    return reviews_of(store, held_on(store, dates))


def reviews_of(store: Store, held: Sequence[Meeting],
               toe: Mapping[int, figures.DueAndDiscussed] | None = None
               ) -> list[MeetingReview]:
    """Reviews of the ``held`` meetings, in that order; their *toe en besproken* figures
    by meeting id (``toe``), else rebuilt together."""
    if toe is None:
        toe = figures.due_and_discussed_at(store, held)
    return [_review(store, meeting, toe[meeting.id]) for meeting in held]


# -- the agenda at the start ---------------------------------------------------------
@dataclass(frozen=True)
class _Planned:
    item: Item
    client_id: int
    type: ItemType
    block: Block
    minutes: int
    position: int
    carried_over: int
    left: Action | None  # how it left the meeting (deferred, carried over), if it did
    carry_outcome: str | None  # "skipped" when the carry says it was passed over


_UNDONE = {"client_id", "type", "block", "minutes"}


def _at_start(item: Item, changes: list[tuple[dt.datetime, Action, dict[str, Any]]],
              started_at: dt.datetime, date: dt.date) -> _Planned:
    """The item as it stood when the meeting started: later edits undone."""
    values: dict[str, Any] = {"client_id": item.client_id, "type": item.type.value,
                              "block": item.block.value, "minutes": item.minutes}
    carried = item.carried_over
    position = item.position
    left: Action | None = None
    carry_outcome: str | None = None
    for at, action, details in reversed(changes):
        if at < started_at:
            break
        if action in (Action.EDITED, Action.MOVED):
            for name, change in details.items():
                if name in _UNDONE:
                    values[name] = change[0]
        elif action in (Action.DEFERRED, Action.CARRIED_OVER):
            if action is Action.CARRIED_OVER:
                carried -= 1
            if details.get("meeting", [None])[0] == date.isoformat():
                left = action
                carry_outcome = details.get("outcome")
                position = int(details.get("position", position))
    return _Planned(item, int(values["client_id"]), ItemType(values["type"]),
                    Block(values["block"]), int(values["minutes"]), position, carried, left,
                    carry_outcome)


def _agenda(store: Store, meeting: Meeting, started_at: dt.datetime) -> list[_Planned]:
    here = run.meeting_items(store, meeting)
    gone_ids = [r[0] for r in store.query(
        "SELECT DISTINCT item_id FROM item_change WHERE action IN (?, ?) AND at >= ?"
        " AND json_extract(details, '$.meeting[0]') = ? ORDER BY item_id",
        (Action.DEFERRED.value, Action.CARRIED_OVER.value, started_at.isoformat(),
         meeting.date.isoformat()))]
    known = {i.id for i in here}
    gone = [agenda_items.get(store, i) for i in gone_ids if i not in known]
    all_items = here + gone
    changes: dict[int, list[tuple[dt.datetime, Action, dict[str, Any]]]] = {
        i.id: [] for i in all_items}
    if all_items:
        marks = ",".join("?" * len(all_items))
        for item_id, at, action, details in store.query(
                f"SELECT item_id, at, action, details FROM item_change WHERE item_id IN ({marks})"
                " ORDER BY id", tuple(changes)):
            changes[item_id].append((dt.datetime.fromisoformat(at), Action(action),
                                     json.loads(details)))
    return [_at_start(i, changes[i.id], started_at, meeting.date) for i in all_items]


# -- the review --------------------------------------------------------------------------
def _outcome(planned: _Planned, started: bool, ended: str | None,
             current: int | None) -> ReviewOutcome:
    if planned.left is Action.DEFERRED:
        return ReviewOutcome.DEFERRED
    if planned.left is Action.CARRIED_OVER:
        skipped = ended == Outcome.SKIPPED.value or planned.carry_outcome == "skipped"
        return ReviewOutcome.SKIPPED if skipped else ReviewOutcome.NOT_REACHED
    outcome = planned.item.outcome
    if outcome is not None:
        return ReviewOutcome(outcome.value)
    if started and current == planned.item.id:
        return ReviewOutcome.IN_PROGRESS
    return ReviewOutcome.NOT_REACHED


def _review(store: Store, meeting: Meeting,
            toe: figures.DueAndDiscussed | None = None) -> MeetingReview:
    now = store.clock.now()
    line = run.timeline(store, meeting)
    settings = line.settings
    state = line.state(now)
    played = line.replay(now)
    scheduled_start = dt.datetime.combine(meeting.date, settings.meeting_start)
    started_at = played.started_at or scheduled_start
    planned = _agenda(store, meeting, started_at)
    rank = {block: n for n, block in enumerate(settings.block_order())}
    planned.sort(key=lambda p: (rank[p.block], p.position, p.item.id))

    hamerstuk: set[int] = set()
    ended: dict[int, str] = {}
    choices: dict[int, BlockChoice] = {}
    all_choices: Counter[BlockChoice] = Counter()
    extension_count: Counter[int] = Counter()
    rings: dict[int, list[BellReason | None]] = {}
    reasons: Counter[BellReason] = Counter()
    without_reason = 0
    for event in line.events:
        if event.item_id is None and event.kind is not EventKind.BELL:
            continue
        item_id = event.item_id
        if event.kind is EventKind.ITEM_STARTED and event.details.get("hamerstuk"):
            hamerstuk.add(item_id or 0)
        elif event.kind is EventKind.ITEM_ENDED:
            ended[item_id or 0] = str(event.details.get("outcome", ""))
            if event.details.get("hamerstuk"):
                hamerstuk.add(item_id or 0)
        elif event.kind is EventKind.BLOCK_CHOICE:
            choice = BlockChoice(str(event.details["choice"]))
            choices[item_id or 0] = choice
            all_choices[choice] += 1
        elif event.kind is EventKind.EXTENDED:
            extension_count[item_id or 0] += 1
        elif event.kind is EventKind.BELL:
            reason = event.details.get("reason")
            chip = BellReason(str(reason)) if reason else None
            if chip is None:
                without_reason += 1
            else:
                reasons[chip] += 1
            if item_id is not None:
                rings.setdefault(item_id, []).append(chip)
    anyway = line.taken_anyway()
    started_items = {e.item_id for e in line.events
                     if e.kind is EventKind.ITEM_STARTED and e.item_id is not None}

    reviewed: list[ItemReview] = []
    for p in planned:
        item_id = p.item.id
        started = item_id in started_items
        block = played.started_in.get(item_id, p.block)
        reviewed.append(ItemReview(
            item_id=item_id, client_id=p.client_id,
            client_reference=_reference(store, p),
            type=p.type, block=block, planned_minutes=p.minutes, started=started,
            hamerstuk=item_id in hamerstuk, actual_seconds=played.elapsed.get(item_id, 0.0),
            extension_minutes=played.extensions.get(item_id, 0),
            extensions=extension_count[item_id],
            bells=played.bells.get(item_id, 0), bell_reasons=tuple(rings.get(item_id, ())),
            outcome=_outcome(p, started, ended.get(item_id), played.current),
            acute_choice=choices.get(item_id),
            charged_to_lopend=block is Block.ACUUT and item_id in anyway,
            carried_over=p.carried_over))

    blocks = {b: BlockReview(
        block=b, budget_minutes=settings.budget(b),
        planned_minutes=sum(r.planned_minutes for r in reviewed if r.block is b),
        actual_seconds=state.blocks[b].used,
        items=sum(1 for r in reviewed if r.block is b),
        discussed=sum(1 for r in reviewed if r.block is b and r.started)) for b in Block}
    outcomes = Counter(r.outcome for r in reviewed)
    decided = outcomes[ReviewOutcome.DECIDED]
    left_after_start = sum(1 for r in reviewed if r.started and r.outcome in (
        ReviewOutcome.SKIPPED, ReviewOutcome.DEFERRED))
    overruns = [r.overrun_seconds for r in reviewed if r.overrun_seconds > 0]

    done = sum(1 for r in reviewed if r.block is Block.LOPEND
               and r.outcome is ReviewOutcome.DECIDED)
    if toe is None:
        toe = figures.due_and_discussed(store, meeting, settings)

    return MeetingReview(
        meeting_id=meeting.id, date=meeting.date, closed=state.closed,
        started_at=played.started_at, ended_at=played.closed_at,
        scheduled_start=scheduled_start, scheduled_end=state.scheduled_end,
        late_by=state.late_by, blocks=blocks, charged_to_lopend=state.charged_to_lopend,
        charged_to_acuut=state.charged_to_acuut, extended=state.extended,
        items=tuple(reviewed), overruns=len(overruns), overrun_seconds=sum(overruns),
        extensions=sum(r.extensions for r in reviewed),
        extension_minutes=sum(r.extension_minutes for r in reviewed),
        acute_choices={c: all_choices[c] for c in BlockChoice},
        outcomes={o: outcomes[o] for o in ReviewOutcome},
        carried_to_next=outcomes[ReviewOutcome.SKIPPED] + outcomes[ReviewOutcome.NOT_REACHED],
        deferred_to_next=outcomes[ReviewOutcome.DEFERRED],
        bells=state.bells_total, bells_by_reason={r: reasons[r] for r in BellReason},
        bells_without_reason=without_reason, decided=decided,
        decided_share=decided / (decided + left_after_start)
        if decided + left_after_start else None,
        evaluations_done=done, due_and_discussed=toe)


def _reference(store: Store, planned: _Planned) -> str:
    if planned.client_id == planned.item.client_id:
        return planned.item.client_reference
    rows = store.query("SELECT reference FROM client WHERE id = ?", (planned.client_id,))
    return str(rows[0][0]) if rows else planned.item.client_reference
