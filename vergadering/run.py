"""Running the meeting: start, items, pause, extensions, the belletje, the acute block's
hard end, and closing. Every operation writes one event (plus its effects) in one
transaction; timers come from :mod:`vergadering.timeline`.
"""

from __future__ import annotations

import datetime as dt
import json

from . import items as agenda_items
from . import meetings
from . import settings as team_settings
from .items import Item, ItemStatus, Outcome
from .meetings import Meeting, MeetingStatus
from .problems import Code, Problem, ValidationError
from .settings import Block
from .store import Change, Store
from .timeline import AcuteChoice, BellReason, Event, EventKind, PlannedItem, Timeline

MAX_EXTENSION = 30


def _fail(code: Code, field: str = "meeting", **params: object) -> ValidationError:
    return ValidationError([Problem(field, code, dict(params))])


def _event(store: Store, meeting_id: int, kind: EventKind, item_id: int | None = None,
           **details: object) -> None:
    store.conn.execute(
        "INSERT INTO meeting_event(meeting_id, item_id, at, kind, details) VALUES (?, ?, ?, ?, ?)",
        (meeting_id, item_id, store.clock.now().isoformat(), kind.value,
         json.dumps(details, ensure_ascii=False)),
    )
    store.notify(Change("meeting_event", (meeting_id,)))


def events(store: Store, meeting_id: int) -> list[Event]:
    rows = store.query("SELECT id, kind, at, item_id, details FROM meeting_event"
                       " WHERE meeting_id = ? ORDER BY id", (meeting_id,))
    return [Event.from_row(*row) for row in rows]


def meeting_items(store: Store, meeting: Meeting) -> list[Item]:
    """The meeting's items (queued, including those already dealt with)."""
    return agenda_items.list_items(store, meeting.date, ItemStatus.QUEUED)


def timeline(store: Store, meeting: Meeting) -> Timeline:
    """Everything needed to compute the meeting's clocks, in two queries."""
    settings = team_settings.load(store)
    planned = [PlannedItem(i.id, i.block, i.minutes, i.position, i.outcome is not None)
               for i in meeting_items(store, meeting)]
    logged = events(store, meeting.id)
    # An item discussed and then deferred has left this meeting, but its talk time was
    # spent here and still counts in its block.
    on_agenda = {p.id for p in planned}
    for item_id in dict.fromkeys(e.item_id for e in logged if e.kind is EventKind.ITEM_STARTED):
        if item_id is not None and item_id not in on_agenda:
            gone = agenda_items.get(store, item_id)
            planned.append(PlannedItem(gone.id, gone.block, gone.minutes, gone.position, True))
    return Timeline(meeting.date, settings, planned, logged)


def _running(store: Store) -> Meeting:
    meeting = meetings.running(store)
    if meeting is None:
        raise _fail(Code.MEETING_NOT_RUNNING)
    return meeting


def _item_of(store: Store, meeting: Meeting, item_id: int) -> Item:
    item = agenda_items.get(store, item_id)
    if item.meeting_id != meeting.id or item.status is not ItemStatus.QUEUED:
        raise _fail(Code.NOT_ON_THIS_MEETING, "item")
    if item.outcome is not None:
        raise _fail(Code.ALREADY_DONE, "item", outcome=item.outcome.value)
    return item


# -- meeting -----------------------------------------------------------------
def start_meeting(store: Store, date: dt.date | None = None) -> Meeting:
    """Start the meeting on ``date`` (default: the next one open for planning)."""
    settings = team_settings.load(store)
    with store.transaction() as conn:
        other = meetings.running(store)
        if other is not None:
            raise _fail(Code.ANOTHER_MEETING_RUNNING, date=other.date.isoformat())
        meeting = meetings.ensure(store, date or meetings.upcoming_date(store, settings))
        if meeting.status is not MeetingStatus.PLANNED:
            raise _fail(Code.MEETING_STARTED, date=meeting.date.isoformat())
        conn.execute("UPDATE meeting SET status = 'running' WHERE id = ?", (meeting.id,))
        _event(store, meeting.id, EventKind.MEETING_STARTED)
        store.notify(Change("meeting", (meeting.id,)))
    result = meetings.find(store, meeting.date)
    assert result is not None
    return result


def pause(store: Store) -> None:
    with store.transaction():
        meeting = _running(store)
        if not timeline(store, meeting).state(store.clock.now()).paused:
            _event(store, meeting.id, EventKind.PAUSED)


def resume(store: Store) -> None:
    with store.transaction():
        meeting = _running(store)
        if timeline(store, meeting).state(store.clock.now()).paused:
            _event(store, meeting.id, EventKind.RESUMED)


def close_meeting(store: Store) -> int:
    """Close the running meeting. Items not dealt with (and skipped ones) move to the next
    meeting, counted as carried over. Returns how many moved. An item still in progress
    must first get its decision."""
    settings = team_settings.load(store)
    with store.transaction() as conn:
        meeting = _running(store)
        if timeline(store, meeting).current_item() is not None:
            raise _fail(Code.ITEM_IN_PROGRESS)
        _event(store, meeting.id, EventKind.MEETING_CLOSED)
        conn.execute("UPDATE meeting SET status = 'closed' WHERE id = ?", (meeting.id,))
        left = [i for i in meeting_items(store, meeting)
                if i.outcome in (None, Outcome.SKIPPED)]
        conn.executemany("UPDATE item SET outcome = NULL WHERE id = ?", [(i.id,) for i in left])
        moved = agenda_items.carry_items(
            store, [i.id for i in left],
            meetings.next_meeting_date(settings, meeting.date, inclusive=False),
            skipped={i.id for i in left if i.outcome is Outcome.SKIPPED}) if left else 0
        store.notify(Change("meeting", (meeting.id,)))
    return moved


# -- items ---------------------------------------------------------------------
def acute_budget_spent(store: Store, meeting: Meeting) -> bool:
    state = timeline(store, meeting).state(store.clock.now())
    return state.blocks[Block.ACUUT].spent


def start_item(store: Store, item_id: int) -> None:
    """Start the discussion of an item. Refused while another item is in progress (it
    needs its decision first), and for an acute item once the acute budget is spent,
    unless the chair chose to take it anyway (:func:`choose_acute`)."""
    with store.transaction():
        meeting = _running(store)
        item = _item_of(store, meeting, item_id)
        line = timeline(store, meeting)
        if line.current_item() is not None:
            raise _fail(Code.ITEM_IN_PROGRESS)
        state = line.state(store.clock.now())
        if state.paused:
            raise _fail(Code.PAUSED)
        if (item.block is Block.ACUUT and state.blocks[Block.ACUUT].spent
                and item.id not in line.taken_anyway()):
            raise _fail(Code.ACUTE_BUDGET_SPENT, "item", item_id=item.id)
        _event(store, meeting.id, EventKind.ITEM_STARTED, item.id, block=item.block.value)


def choose_acute(store: Store, item_id: int, choice: AcuteChoice) -> None:
    """The chair's choice for an acute item once the acute budget is spent: defer it to
    the next meeting, plan a separate consultation, or take it anyway at the cost of the
    lopend block. Logged either way."""
    settings = team_settings.load(store)
    with store.transaction():
        meeting = _running(store)
        item = _item_of(store, meeting, item_id)
        if item.block is not Block.ACUUT:
            raise _fail(Code.INVALID_CHOICE, "item")
        _event(store, meeting.id, EventKind.ACUTE_CHOICE, item.id, choice=choice.value)
        # The item may be the one in progress: its discussion ends here.
        if choice is AcuteChoice.DEFER:
            _end_current(store, meeting, item.id, Outcome.DEFERRED)
            _move_to_next(store, meeting, item, settings)
        elif choice is AcuteChoice.CONSULTATION:
            _end_current(store, meeting, item.id, Outcome.CONSULTATION)


def _move_to_next(store: Store, meeting: Meeting, item: Item,
                  settings: team_settings.TeamSettings) -> None:
    target = meetings.ensure(store, meetings.next_meeting_date(settings, meeting.date,
                                                               inclusive=False))
    position = int(store.query(
        "SELECT coalesce(max(position), 0) + 1 FROM item WHERE meeting_id = ? AND block = ?",
        (target.id, item.block.value))[0][0])
    store.conn.execute("UPDATE item SET meeting_id = ?, position = ?, outcome = NULL,"
                       " version = version + 1 WHERE id = ?", (target.id, position, item.id))
    store.conn.execute(
        "INSERT INTO item_change(item_id, at, by_id, action, details) VALUES (?, ?, NULL, ?, ?)",
        (item.id, store.clock.now().isoformat(), agenda_items.Action.DEFERRED.value,
         json.dumps({"meeting": [meeting.date.isoformat(), target.date.isoformat()],
                     "position": item.position})))
    store.notify(Change("item", (item.id,)))


def _end_current(store: Store, meeting: Meeting, item_id: int, outcome: Outcome) -> None:
    """Record the end of the item's discussion (if it was started) and its outcome."""
    if timeline(store, meeting).current_item() == item_id:
        _event(store, meeting.id, EventKind.ITEM_ENDED, item_id, outcome=outcome.value)
    if outcome is not Outcome.DEFERRED:
        store.conn.execute("UPDATE item SET outcome = ? WHERE id = ?", (outcome.value, item_id))
        store.notify(Change("item", (item_id,)))


def skip_item(store: Store, item_id: int) -> None:
    """Pass over an item (the current one, or one not reached): it goes to the next
    meeting when this one closes."""
    with store.transaction():
        meeting = _running(store)
        _item_of(store, meeting, item_id)
        _end_current(store, meeting, item_id, Outcome.SKIPPED)


def defer_item(store: Store, item_id: int) -> None:
    """Move an item (the current one, or one not reached) to the next meeting now."""
    settings = team_settings.load(store)
    with store.transaction():
        meeting = _running(store)
        item = _item_of(store, meeting, item_id)
        _end_current(store, meeting, item_id, Outcome.DEFERRED)
        _move_to_next(store, meeting, item, settings)


def extend(store: Store, minutes: int) -> None:
    """Give the current item more time; logged."""
    if not (isinstance(minutes, int) and 1 <= minutes <= MAX_EXTENSION):
        raise _fail(Code.OUT_OF_RANGE, "minutes", min=1, max=MAX_EXTENSION)
    with store.transaction():
        meeting = _running(store)
        current = timeline(store, meeting).current_item()
        if current is None:
            raise _fail(Code.NO_CURRENT_ITEM)
        _event(store, meeting.id, EventKind.EXTENDED, current, minutes=minutes)


def ring_bell(store: Store, reason: BellReason | None = None) -> None:
    """Count a ring of the belletje on the current item (who rang is not recorded)."""
    with store.transaction():
        meeting = _running(store)
        current = timeline(store, meeting).current_item()
        details = {"reason": reason.value} if reason else {}
        _event(store, meeting.id, EventKind.BELL, current, **details)


def set_bell_reason(store: Store, reason: BellReason) -> None:
    """Set the reason chip of the meeting's latest ring (replacing one chosen before)."""
    with store.transaction() as conn:
        meeting = _running(store)
        rows = store.query("SELECT id, details FROM meeting_event WHERE meeting_id = ?"
                           " AND kind = 'bell' ORDER BY id DESC LIMIT 1", (meeting.id,))
        if not rows:
            raise _fail(Code.NOT_FOUND, "bell")
        details = json.loads(rows[0]["details"])
        details["reason"] = reason.value
        conn.execute("UPDATE meeting_event SET details = ? WHERE id = ?",
                     (json.dumps(details), rows[0]["id"]))
        store.notify(Change("meeting_event", (meeting.id,)))
