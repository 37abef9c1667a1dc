"""Running the meeting: start, items, pause, extensions, the belletje, the blocks' hard
ends with the chair's choices, and closing (rules 2, 7, 9 and 10, docs/rules.md). Every
operation writes one event (plus its effects) in one transaction; timers come from
:mod:`vergadering.timeline`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from . import consultations, in_progress, meeting_events, meetings
from . import items as agenda_items
from . import settings as team_settings
from .closing import Unreached, UnreachedChoice, close_meeting, unreached_acute
from .consultations import ConsultationInput
from .in_progress import InProgress, fail, meeting_items, timeline
from .items import Item, Outcome
from .meetings import Meeting, MeetingStatus
from .problems import Code
from .settings import Block
from .store import Store
from .timeline import BellReason, BlockChoice, EventKind, Timeline

MAX_EXTENSION = 30

_fail = fail
# Importable from here as before (the UI and tests use run.timeline, run.events, ...).
events = meeting_events.for_meeting

__all__ = [
    "MAX_EXTENSION", "InProgress", "Unreached", "UnreachedChoice", "acute_budget_spent",
    "choose", "close_meeting", "defer_item", "events", "extend", "meeting_items", "pause",
    "resume", "ring_bell", "set_bell_reason", "skip_item", "start_item", "start_meeting",
    "timeline", "unreached_acute",
]


# -- meeting -----------------------------------------------------------------
def start_meeting(store: Store, date: dt.date | None = None, *,
                  move_to_today: bool = False) -> Meeting:
    """Start the meeting on ``date`` (default: the next one open for planning).

    Rule 7: a meeting is held on the day it is started. One planned for another day is
    refused unless ``move_to_today``: it is then re-dated to today (the day it was
    planned for is kept in the start event), taking along the agenda of a meeting
    planned for today, if any. Report backs of separate consultations that are due come
    onto its agenda first."""
    settings = team_settings.load(store)
    today = store.clock.today()
    with store.transaction():
        other = meetings.running(store)
        if other is not None:
            raise _fail(Code.ANOTHER_MEETING_RUNNING, date=other.date.isoformat())
        if date is None:
            agenda_items.carry_over(store)  # a missed meeting's items come along
        meeting = meetings.ensure(store, date or meetings.upcoming_date(store, settings))
        if meeting.status is not MeetingStatus.PLANNED:
            raise _fail(Code.MEETING_STARTED, date=meeting.date.isoformat())
        planned = meeting.date
        if planned != today:
            if not move_to_today:
                raise _fail(Code.MEETING_NOT_TODAY, date=planned.isoformat(),
                            today=today.isoformat())
            meeting = _move_to(store, meeting, today)
        consultations.return_due(store, meeting.date)
        details: dict[str, object] = {"planned": planned.isoformat()} if planned != today else {}
        meeting_events.add(store, meeting.id, EventKind.MEETING_STARTED, None, **details)
        meetings.set_status(store, meeting.id, MeetingStatus.RUNNING)
    result = meetings.find(store, today)
    assert result is not None
    return result


def _move_to(store: Store, meeting: Meeting, day: dt.date) -> Meeting:
    """Re-date a planned meeting to ``day``. The agenda of a meeting planned for that day
    joins it (its items after the others in each block); a meeting already held that
    day is a refusal. Call inside a transaction."""
    there = meetings.find(store, day)
    if there is not None and there.status is not MeetingStatus.PLANNED:
        raise _fail(Code.MEETING_HELD_TODAY, date=day.isoformat())
    if there is not None:
        agenda_items.join_meeting(store, day, meeting.id)
    return meetings.redate(store, meeting, day, absorbed=there)


def pause(store: Store) -> None:
    with store.transaction():
        now = in_progress.load(store)
        if not now.line.state(store.clock.now()).paused:
            meeting_events.add(store, now.meeting.id, EventKind.PAUSED)


def resume(store: Store) -> None:
    with store.transaction():
        now = in_progress.load(store)
        if now.line.state(store.clock.now()).paused:
            meeting_events.add(store, now.meeting.id, EventKind.RESUMED)


# -- items ---------------------------------------------------------------------
def acute_budget_spent(store: Store, meeting: Meeting) -> bool:
    state = timeline(store, meeting).state(store.clock.now())
    return state.blocks[Block.ACUUT].spent


def start_item(store: Store, item_id: int) -> None:
    """Start the discussion of an item. Refused while another item is in progress (it
    needs its decision first), and once the item's block is spent (rules 2 and 9),
    unless the chair chose to take it anyway (:func:`choose`)."""
    with store.transaction():
        now = in_progress.load(store)
        item = now.item(store, item_id)
        line = now.line
        if line.current_item() is not None:
            raise _fail(Code.ITEM_IN_PROGRESS)
        state = line.state(store.clock.now())
        if state.paused:
            raise _fail(Code.PAUSED)
        if state.blocks[item.block].spent and item.id not in line.taken_anyway():
            raise _fail(Code.BLOCK_TIME_SPENT, "item", item_id=item.id,
                        block=item.block.value)
        meeting_events.add(store, now.meeting.id, EventKind.ITEM_STARTED, item.id,
                           block=item.block.value)


def choose(store: Store, item_id: int, choice: BlockChoice, *,
           give_way: Collection[int] = (),
           consultation: ConsultationInput | None = None,
           shown_at: dt.datetime | None = None) -> None:
    """The chair's choice for an item once its block's time is spent (rules 2, 9, 10):

    - DEFER: to the next meeting (also the item under discussion);
    - CONSULTATION (acute items): a separate consultation, with who takes it and when
      it reports back;
    - TAKE_ANYWAY: the item gets its minutes (the item under discussion: the rest of its
      own time) from the other block's free time, and the meeting runs longer for the
      rest — never from time the other block's waiting items need, unless the chair
      gives those away here, item by item (``give_way``: they go to the next meeting);
    - FINISH: the item under discussion gets a minute to reach its decision.

    Logged either way, with what was taken from where. ``shown_at``: when the chair was
    shown the cost of taking the item anyway (``Timeline.take_cost`` at that moment):
    the take records exactly that cost, so the screens show what the chair was promised,
    also when a minute turned while the chair read it — unless the meeting's log changed
    since (then the cost is taken now)."""
    with store.transaction():
        running = in_progress.load(store)
        meeting, settings, line = running.meeting, running.settings, running.line
        item = running.item(store, item_id)
        now = store.clock.now()
        state = line.state(now)
        block = line.block_of(item.id) or item.block
        under_discussion = line.current_item()
        current = under_discussion == item.id
        spent = state.blocks[block].spent
        if choice is BlockChoice.CONSULTATION and item.block is not Block.ACUUT:
            raise _fail(Code.INVALID_CHOICE, "item")
        if choice is BlockChoice.FINISH and not (current and state.block_time_up is block):
            raise _fail(Code.INVALID_CHOICE, "item")
        if choice is BlockChoice.TAKE_ANYWAY and (not spent or (
                not current and item.id in line.taken_anyway())):
            # The item under discussion may be taken anyway again once the minutes it got
            # are used up; a waiting item once.
            raise _fail(Code.INVALID_CHOICE, "item")
        if give_way and choice is not BlockChoice.TAKE_ANYWAY:
            raise _fail(Code.INVALID_CHOICE, "give_way")
        details: dict[str, object] = {"choice": choice.value, "block": block.value}
        if choice is BlockChoice.CONSULTATION:
            clean = consultations.validate(store, consultation, now.date(), settings)
        if choice is BlockChoice.TAKE_ANYWAY:
            waiting = {u.item_id for u in state.upcoming if u.block is not block}
            for other_id in dict.fromkeys(give_way):
                if other_id not in waiting:
                    raise _fail(Code.INVALID_CHOICE, "give_way", item_id=other_id)
                other = running.item(store, other_id)
                _move_to_next(store, meeting, other, settings, gave_way_to=item.id)
            if give_way:
                line = timeline(store, meeting, settings)
            cost = line.take_cost(item.id, _cost_moment(line, now, shown_at))
            details.update(minutes=cost.minutes, from_other=cost.from_other,
                           extends=cost.extends, give_way=list(dict.fromkeys(give_way)))
        meeting_events.add(store, meeting.id, EventKind.BLOCK_CHOICE, item.id, **details)
        # The item may be the one in progress: its discussion ends here.
        if choice is BlockChoice.DEFER:
            in_progress.end_current(store, meeting, under_discussion, item.id,
                                    Outcome.DEFERRED)
            _move_to_next(store, meeting, item, settings)
        elif choice is BlockChoice.CONSULTATION:
            in_progress.end_current(store, meeting, under_discussion, item.id,
                                    Outcome.CONSULTATION)
            consultations.record(store, item, clean)


def _cost_moment(line: Timeline, now: dt.datetime, shown_at: dt.datetime | None) -> dt.datetime:
    """The moment a take's cost is counted at: when it was shown to the chair, if that
    is not in the future and nothing was logged since; else now."""
    if shown_at is None or shown_at > now or any(e.at > shown_at for e in line.events):
        return now
    return shown_at


def _move_to_next(store: Store, meeting: Meeting, item: Item,
                  settings: team_settings.TeamSettings, *,
                  gave_way_to: int | None = None) -> None:
    target = meetings.ensure(store, meetings.following_date(settings, meeting.date))
    agenda_items.defer_to(store, item, target, gave_way_to=gave_way_to)


def skip_item(store: Store, item_id: int) -> None:
    """Pass over an item (the current one, or one not reached): it goes to the next
    meeting when this one closes."""
    with store.transaction():
        now = in_progress.load(store)
        now.item(store, item_id)
        in_progress.end_current(store, now.meeting, now.current, item_id, Outcome.SKIPPED)


def defer_item(store: Store, item_id: int) -> None:
    """Move an item (the current one, or one not reached) to the next meeting now."""
    with store.transaction():
        now = in_progress.load(store)
        item = now.item(store, item_id)
        in_progress.end_current(store, now.meeting, now.current, item_id, Outcome.DEFERRED)
        _move_to_next(store, now.meeting, item, now.settings)


def extend(store: Store, minutes: int) -> None:
    """Give the current item more time; logged."""
    if not (isinstance(minutes, int) and 1 <= minutes <= MAX_EXTENSION):
        raise _fail(Code.OUT_OF_RANGE, "minutes", min=1, max=MAX_EXTENSION)
    with store.transaction():
        now = in_progress.load(store)
        if now.current is None:
            raise _fail(Code.NO_CURRENT_ITEM)
        meeting_events.add(store, now.meeting.id, EventKind.EXTENDED, now.current,
                           minutes=minutes)


def ring_bell(store: Store, reason: BellReason | None = None) -> None:
    """Count a ring of the belletje on the current item (who rang is not recorded)."""
    with store.transaction():
        now = in_progress.load(store)
        details = {"reason": reason.value} if reason else {}
        meeting_events.add(store, now.meeting.id, EventKind.BELL, now.current, **details)


def set_bell_reason(store: Store, reason: BellReason) -> None:
    """Set the reason chip of the meeting's latest ring (replacing one chosen before)."""
    with store.transaction():
        meeting = in_progress.running(store)
        if not meeting_events.set_latest_bell_reason(store, meeting.id, reason.value):
            raise _fail(Code.NOT_FOUND, "bell")
