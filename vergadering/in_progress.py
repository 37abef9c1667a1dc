"""The meeting in progress as one read: the team's settings, the meeting, its items and
its log, and the timeline they make (:class:`InProgress`). Operations during a meeting
(:mod:`vergadering.run`, :mod:`vergadering.decisions`) load it once and work from it,
instead of reading the settings and rebuilding the timeline for every check.

Writes nothing itself: the log is :mod:`vergadering.meeting_events`', the items are
:mod:`vergadering.items`'.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import items as agenda_items
from . import meeting_events, meetings
from . import settings as team_settings
from .items import Item, ItemStatus, Outcome
from .meetings import Meeting
from .problems import Code, Problem, ValidationError
from .settings import TeamSettings
from .store import Store
from .timeline import Event, EventKind, PlannedItem, Timeline


def fail(code: Code, field: str = "meeting", **params: object) -> ValidationError:
    return ValidationError([Problem(field, code, dict(params))])


def meeting_items(store: Store, meeting: Meeting) -> list[Item]:
    """The meeting's items: queued (including those already dealt with), and those
    withdrawn when it closed."""
    return [i for i in agenda_items.list_items(store, meeting.date, None)
            if i.status is ItemStatus.QUEUED or i.outcome is not None]


def timeline(store: Store, meeting: Meeting, settings: TeamSettings | None = None,
             logged: list[Event] | None = None, on_agenda: list[Item] | None = None,
             ) -> Timeline:
    """Everything needed to compute the meeting's clocks. What the caller has already
    read (the settings, the log, the items) is not read again."""
    if settings is None:
        settings = team_settings.load(store)
    planned = [PlannedItem(i.id, i.block, i.minutes, i.position, i.outcome is not None)
               for i in (meeting_items(store, meeting) if on_agenda is None else on_agenda)]
    if logged is None:
        logged = meeting_events.for_meeting(store, meeting.id)
    # An item discussed and then deferred has left this meeting, but its talk time was
    # spent here and still counts in its block.
    here = {p.id for p in planned}
    for item_id in dict.fromkeys(e.item_id for e in logged if e.kind is EventKind.ITEM_STARTED):
        if item_id is not None and item_id not in here:
            gone = agenda_items.get(store, item_id)
            planned.append(PlannedItem(gone.id, gone.block, gone.minutes, gone.position, True))
    return Timeline(meeting.date, settings, planned, logged)


@dataclass(frozen=True)
class InProgress:
    """The running meeting as read at the start of an operation."""

    meeting: Meeting
    settings: TeamSettings
    items: list[Item]  # as :func:`meeting_items`
    line: Timeline

    @property
    def current(self) -> int | None:
        """The item under discussion."""
        return self.line.current_item()

    def item(self, store: Store, item_id: int) -> Item:
        """An item of this meeting that the meeting has not dealt with yet."""
        found = next((i for i in self.items if i.id == item_id), None)
        if found is None:
            agenda_items.get(store, item_id)  # an unknown item is NOT_FOUND
            raise fail(Code.NOT_ON_THIS_MEETING, "item")
        return waiting_item(found, self.meeting)


def waiting_item(item: Item, meeting: Meeting) -> Item:
    """``item``, if it is on ``meeting`` and waits for the meeting to deal with it."""
    if item.meeting_id != meeting.id or item.status is not ItemStatus.QUEUED:
        raise fail(Code.NOT_ON_THIS_MEETING, "item")
    if item.outcome is not None:
        raise fail(Code.ALREADY_DONE, "item", outcome=item.outcome.value)
    return item


def load(store: Store) -> InProgress:
    """The running meeting with its settings, items and timeline (three queries, plus
    one per item discussed here and then deferred). Refused when no meeting runs."""
    settings = team_settings.load(store)
    found = meeting_events.running_with_events(store)
    if found is None:
        raise fail(Code.MEETING_NOT_RUNNING)
    meeting, logged = found
    on_agenda = meeting_items(store, meeting)
    return InProgress(meeting, settings, on_agenda,
                      timeline(store, meeting, settings, logged, on_agenda))


def running(store: Store) -> Meeting:
    """The running meeting; refused when none runs."""
    meeting = meetings.running(store)
    if meeting is None:
        raise fail(Code.MEETING_NOT_RUNNING)
    return meeting


def end_current(store: Store, meeting: Meeting, current: int | None, item_id: int,
                outcome: Outcome, **details: object) -> None:
    """Record the end of the item's discussion (if it is the item under discussion,
    ``current``) and its outcome. Call inside the operation's transaction."""
    if current == item_id:
        meeting_events.add(store, meeting.id, EventKind.ITEM_ENDED, item_id,
                           outcome=outcome.value, **details)
    if outcome is not Outcome.DEFERRED:
        agenda_items.set_outcome(store, [item_id], outcome)
