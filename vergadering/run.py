"""Running the meeting: start, items, pause, extensions, the belletje, the blocks' hard
ends with the chair's choices, and closing (rules 2, 7, 9 and 10, docs/rules.md). Every
operation writes one event (plus its effects) in one transaction; timers come from
:mod:`vergadering.timeline`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from . import consultations, meetings
from . import items as agenda_items
from . import settings as team_settings
from .consultations import ConsultationInput
from .items import Item, ItemStatus, Outcome
from .meetings import Meeting, MeetingStatus
from .problems import Code, Problem, ValidationError
from .settings import Block
from .store import Change, Store
from .timeline import BellReason, BlockChoice, Event, EventKind, PlannedItem, Timeline

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
    """The meeting's items: queued (including those already dealt with), and those
    withdrawn when it closed."""
    return [i for i in agenda_items.list_items(store, meeting.date, None)
            if i.status is ItemStatus.QUEUED or i.outcome is not None]


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
    with store.transaction() as conn:
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
        conn.execute("UPDATE meeting SET status = 'running' WHERE id = ?", (meeting.id,))
        details: dict[str, object] = {"planned": planned.isoformat()} if planned != today else {}
        _event(store, meeting.id, EventKind.MEETING_STARTED, None, **details)
        store.notify(Change("meeting", (meeting.id,)))
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
    conn = store.conn
    if there is not None:
        for item in agenda_items.list_items(store, day, None):
            conn.execute("UPDATE item SET meeting_id = ?, position = ? WHERE id = ?",
                         (meeting.id, agenda_items.end_position(store, meeting.id, item.block),
                          item.id))
            store.notify(Change("item", (item.id,)))
        conn.execute("DELETE FROM meeting WHERE id = ?", (there.id,))
    conn.execute("UPDATE meeting SET date = ? WHERE id = ?", (day.isoformat(), meeting.id))
    store.notify(Change("meeting", (meeting.id,)))
    return Meeting(meeting.id, day, meeting.status)


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


class Unreached(enum.Enum):
    """What happens to an acute item the meeting did not reach, chosen at the close."""

    NEXT_MEETING = "next_meeting"
    CONSULTATION = "consultation"
    WITHDRAW = "withdraw"


@dataclass(frozen=True)
class UnreachedChoice:
    choice: Unreached
    consultation: ConsultationInput | None = None  # who and when, for CONSULTATION


def unreached_acute(store: Store, meeting: Meeting) -> list[Item]:
    """The acute items still waiting (or skipped): each needs the chair's choice before
    the meeting can close."""
    return [i for i in meeting_items(store, meeting) if i.block is Block.ACUUT
            and i.outcome in (None, Outcome.SKIPPED)]


def close_meeting(store: Store,
                  acute: Mapping[int, UnreachedChoice] | None = None) -> int:
    """Close the running meeting. Every acute item not reached needs a choice in
    ``acute`` (next meeting, separate consultation, withdraw; rule 10): none is carried
    over silently. Lopend items not dealt with (and skipped ones) move to the next
    meeting, counted as carried over. Returns how many moved. An item still in progress
    must first get its decision."""
    settings = team_settings.load(store)
    acute = acute or {}
    with store.transaction() as conn:
        meeting = _running(store)
        if timeline(store, meeting).current_item() is not None:
            raise _fail(Code.ITEM_IN_PROGRESS)
        waiting = unreached_acute(store, meeting)
        missing = [i.id for i in waiting if i.id not in acute]
        if missing:
            raise _fail(Code.UNREACHED_ACUTE, items=missing)
        problems: list[Problem] = []
        for item in waiting:
            chosen = acute[item.id]
            if chosen.choice is Unreached.CONSULTATION:
                try:
                    consultations.validate(store, chosen.consultation, store.clock.today(),
                                           settings)
                except ValidationError as error:
                    problems += [Problem(p.field, p.code, {**p.params, "item_id": item.id})
                                 for p in error.problems]
        if problems:
            raise ValidationError(problems)
        for item in waiting:
            chosen = acute[item.id]
            if chosen.choice is Unreached.CONSULTATION:
                assert chosen.consultation is not None
                _event(store, meeting.id, EventKind.BLOCK_CHOICE, item.id,
                       choice=BlockChoice.CONSULTATION.value, block=item.block.value,
                       at_close=True)
                _end_current(store, meeting, item.id, Outcome.CONSULTATION)
                consultations.record(store, item, chosen.consultation)
            elif chosen.choice is Unreached.WITHDRAW:
                conn.execute("UPDATE item SET status = 'withdrawn', outcome = ?,"
                             " version = version + 1 WHERE id = ?",
                             (Outcome.WITHDRAWN.value, item.id))
                agenda_items.log_change(store, item.id, None, agenda_items.Action.WITHDRAWN,
                                        {"at_close": True})
                store.notify(Change("item", (item.id,)))
        _event(store, meeting.id, EventKind.MEETING_CLOSED)
        conn.execute("UPDATE meeting SET status = 'closed' WHERE id = ?", (meeting.id,))
        left = [i for i in meeting_items(store, meeting)
                if i.status is ItemStatus.QUEUED and i.outcome in (None, Outcome.SKIPPED)]
        conn.executemany("UPDATE item SET outcome = NULL WHERE id = ?", [(i.id,) for i in left])
        moved = agenda_items.carry_items(
            store, [i.id for i in left], meetings.following_date(settings, meeting.date),
            skipped={i.id for i in left if i.outcome is Outcome.SKIPPED}) if left else 0
        store.notify(Change("meeting", (meeting.id,)))
    return moved


# -- items ---------------------------------------------------------------------
def acute_budget_spent(store: Store, meeting: Meeting) -> bool:
    state = timeline(store, meeting).state(store.clock.now())
    return state.blocks[Block.ACUUT].spent


def start_item(store: Store, item_id: int) -> None:
    """Start the discussion of an item. Refused while another item is in progress (it
    needs its decision first), and once the item's block is spent (rules 2 and 9),
    unless the chair chose to take it anyway (:func:`choose`)."""
    with store.transaction():
        meeting = _running(store)
        item = _item_of(store, meeting, item_id)
        line = timeline(store, meeting)
        if line.current_item() is not None:
            raise _fail(Code.ITEM_IN_PROGRESS)
        state = line.state(store.clock.now())
        if state.paused:
            raise _fail(Code.PAUSED)
        if state.blocks[item.block].spent and item.id not in line.taken_anyway():
            raise _fail(Code.BLOCK_TIME_SPENT, "item", item_id=item.id,
                        block=item.block.value)
        _event(store, meeting.id, EventKind.ITEM_STARTED, item.id, block=item.block.value)


def choose(store: Store, item_id: int, choice: BlockChoice, *,
           give_way: Collection[int] = (),
           consultation: ConsultationInput | None = None) -> None:
    """The chair's choice for an item once its block's time is spent (rules 2, 9, 10):

    - DEFER: to the next meeting (also the item under discussion);
    - CONSULTATION (acute items): a separate consultation, with who takes it and when
      it reports back;
    - TAKE_ANYWAY: the item gets its minutes (the item under discussion: the rest of its
      own time) from the other block's free time, and the meeting runs longer for the
      rest — never from time the other block's waiting items need, unless the chair
      gives those away here, item by item (``give_way``: they go to the next meeting);
    - FINISH: the item under discussion gets a minute to reach its decision.

    Logged either way, with what was taken from where."""
    settings = team_settings.load(store)
    with store.transaction():
        meeting = _running(store)
        item = _item_of(store, meeting, item_id)
        line = timeline(store, meeting)
        now = store.clock.now()
        state = line.state(now)
        block = line.block_of(item.id) or item.block
        current = line.current_item() == item.id
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
                other = _item_of(store, meeting, other_id)
                _move_to_next(store, meeting, other, settings, gave_way_to=item.id)
            if give_way:
                line = timeline(store, meeting)
            cost = line.take_cost(item.id, now)
            details.update(minutes=cost.minutes, from_other=cost.from_other,
                           extends=cost.extends, give_way=list(dict.fromkeys(give_way)))
        _event(store, meeting.id, EventKind.BLOCK_CHOICE, item.id, **details)
        # The item may be the one in progress: its discussion ends here.
        if choice is BlockChoice.DEFER:
            _end_current(store, meeting, item.id, Outcome.DEFERRED)
            _move_to_next(store, meeting, item, settings)
        elif choice is BlockChoice.CONSULTATION:
            _end_current(store, meeting, item.id, Outcome.CONSULTATION)
            consultations.record(store, item, clean)


def _move_to_next(store: Store, meeting: Meeting, item: Item,
                  settings: team_settings.TeamSettings, *,
                  gave_way_to: int | None = None) -> None:
    target = meetings.ensure(store, meetings.following_date(settings, meeting.date))
    store.conn.execute("UPDATE item SET meeting_id = ?, position = ?, outcome = NULL,"
                       " version = version + 1 WHERE id = ?",
                       (target.id, agenda_items.end_position(store, target.id, item.block),
                        item.id))
    details: dict[str, object] = {
        "meeting": [meeting.date.isoformat(), target.date.isoformat()],
        "position": item.position}
    if gave_way_to is not None:
        details["gave_way_to"] = gave_way_to
    agenda_items.log_change(store, item.id, None, agenda_items.Action.DEFERRED, details)
    store.notify(Change("item", (item.id,)))


def _end_current(store: Store, meeting: Meeting, item_id: int, outcome: Outcome,
                 **details: object) -> None:
    """Record the end of the item's discussion (if it was started) and its outcome."""
    if timeline(store, meeting).current_item() == item_id:
        _event(store, meeting.id, EventKind.ITEM_ENDED, item_id, outcome=outcome.value,
               **details)
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
