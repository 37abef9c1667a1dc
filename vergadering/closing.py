"""Closing the meeting (rule 10, docs/rules.md): every acute item not reached gets the
chair's choice, the lopend items not dealt with go to the next meeting, counted.
Importable from :mod:`vergadering.run` as before.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import consultations, in_progress, meeting_events, meetings
from . import items as agenda_items
from .consultations import ConsultationInput
from .in_progress import fail
from .items import Item, ItemStatus, Outcome
from .meetings import Meeting, MeetingStatus
from .problems import Code, Problem, ValidationError
from .settings import Block
from .store import Store
from .timeline import BlockChoice, EventKind


class Unreached(enum.Enum):
    """What happens to an acute item the meeting did not reach, chosen at the close."""

    NEXT_MEETING = "next_meeting"
    CONSULTATION = "consultation"
    WITHDRAW = "withdraw"


@dataclass(frozen=True)
class UnreachedChoice:
    choice: Unreached
    consultation: ConsultationInput | None = None  # who and when, for CONSULTATION


def _unreached(on_agenda: Iterable[Item]) -> list[Item]:
    return [i for i in on_agenda if i.block is Block.ACUUT
            and i.outcome in (None, Outcome.SKIPPED)]


def unreached_acute(store: Store, meeting: Meeting) -> list[Item]:
    """The acute items still waiting (or skipped): each needs the chair's choice before
    the meeting can close."""
    return _unreached(in_progress.meeting_items(store, meeting))


def close_meeting(store: Store,
                  acute: Mapping[int, UnreachedChoice] | None = None) -> int:
    """Close the running meeting. Every acute item not reached needs a choice in
    ``acute`` (next meeting, separate consultation, withdraw; rule 10): none is carried
    over silently. Lopend items not dealt with (and skipped ones) move to the next
    meeting, counted as carried over. Returns how many moved. An item still in progress
    must first get its decision."""
    acute = acute or {}
    with store.transaction():
        now = in_progress.load(store)
        meeting, settings = now.meeting, now.settings
        if now.current is not None:
            raise fail(Code.ITEM_IN_PROGRESS)
        waiting = _unreached(now.items)
        missing = [i.id for i in waiting if i.id not in acute]
        if missing:
            raise fail(Code.UNREACHED_ACUTE, items=missing)
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
                meeting_events.add(store, meeting.id, EventKind.BLOCK_CHOICE, item.id,
                                   choice=BlockChoice.CONSULTATION.value,
                                   block=item.block.value, at_close=True)
                in_progress.end_current(store, meeting, None, item.id, Outcome.CONSULTATION)
                consultations.record(store, item, chosen.consultation)
            elif chosen.choice is Unreached.WITHDRAW:
                agenda_items.withdraw_at_close(store, item.id)
        meeting_events.add(store, meeting.id, EventKind.MEETING_CLOSED)
        meetings.set_status(store, meeting.id, MeetingStatus.CLOSED)
        left = [i for i in in_progress.meeting_items(store, meeting)
                if i.status is ItemStatus.QUEUED and i.outcome in (None, Outcome.SKIPPED)]
        agenda_items.set_outcome(store, (i.id for i in left), None)
        moved = agenda_items.carry_items(
            store, [i.id for i in left], meetings.following_date(settings, meeting.date),
            skipped={i.id for i in left if i.outcome is Outcome.SKIPPED}) if left else 0
    return moved
