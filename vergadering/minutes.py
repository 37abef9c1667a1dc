"""The besluitenlijst: the decisions of one meeting, in agenda order, and what became of
the items that ended without one (rule 10, docs/rules.md).

Data only; the words and formats (Markdown, CSV, the dossier text) live in
``ui.reports``. An entry holds what the team agreed about a client and nothing from the
preparation (no question, no state of the process, no behandelaar): the list is read
back, shared and pasted into client records. A corrected decision is left out; its
correction stands in the item's place and says which decision it corrects.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from . import consultations, decisions, meetings
from . import items as agenda_items
from . import settings as team_settings
from .items import Action, DecisionKind, ItemStatus, Outcome
from .meetings import MeetingStatus
from .settings import Block, ItemType
from .store import Store


@dataclass(frozen=True)
class MinutesEntry:
    decision_id: int
    client_reference: str
    kind: DecisionKind
    decided_on: dt.date
    koers: str
    referred_to: str
    next_evaluation: dt.date | None
    worded_by: str | None  # the member's name; None when not recorded
    worded_by_role: str  # "presenter" or "chair"
    date_reason: str
    item_type: ItemType | None  # None for a decision not tied to an item
    block: Block | None
    presenter: str | None
    corrects_id: int | None = None  # the decision this one corrects, if any

    @property
    def is_correction(self) -> bool:
        return self.corrects_id is not None


class Ending(enum.Enum):
    """How an item left the meeting without a decision."""

    CONSULTATION = "consultation"  # apart overleg: who, and when it reports back
    DEFERRED = "deferred"  # moved to the next meeting during the meeting
    CARRIED_OVER = "carried_over"  # not reached (or skipped): to the next meeting at the close
    WITHDRAWN = "withdrawn"  # an acute item not reached, withdrawn at the close


@dataclass(frozen=True)
class OtherEntry:
    """An item of the meeting that ended without a decision."""

    item_id: int
    client_reference: str
    ending: Ending
    item_type: ItemType
    block: Block
    presenter: str
    consultation_by: str | None = None  # CONSULTATION: who takes it
    report_by: dt.date | None = None  # CONSULTATION: when it reports back
    moved_to: dt.date | None = None  # DEFERRED, CARRIED_OVER: the meeting it went to
    skipped: bool = False  # CARRIED_OVER: passed over by the chair (else not reached)
    returns_on: dt.date | None = None  # CONSULTATION: the meeting the report back is on


@dataclass(frozen=True)
class Minutes:
    date: dt.date
    status: MeetingStatus
    team_name: str
    entries: tuple[MinutesEntry, ...]
    others: tuple[OtherEntry, ...] = ()


def besluitenlijst(store: Store, date: dt.date) -> Minutes | None:
    """The decisions of the meeting on ``date``, or None when there is no meeting that day.

    Order: the team's block order, then the item's position; decisions without an item
    come last. Of a corrected decision only the valid (latest) correction is listed.
    """
    meeting = meetings.find(store, date)
    if meeting is None:
        return None
    settings = team_settings.load(store)
    block_rank = {block: rank for rank, block in enumerate(settings.block_order())}
    keyed: list[tuple[tuple[int, int, int], MinutesEntry]] = []
    for decision in decisions.for_meeting(store, meeting.id):
        if decision.corrected_by_id is not None:
            continue
        item = agenda_items.get(store, decision.item_id) if decision.item_id else None
        key = ((block_rank[item.block], item.position, decision.id) if item is not None
               else (len(block_rank), 0, decision.id))
        keyed.append((key, MinutesEntry(
            decision_id=decision.id, client_reference=decision.client_reference,
            kind=decision.kind, decided_on=decision.decided_on, koers=decision.koers,
            referred_to=decision.referred_to, next_evaluation=decision.next_evaluation,
            worded_by=decision.worded_by, worded_by_role=decision.worded_by_role,
            date_reason=decision.date_reason,
            item_type=item.type if item is not None else None,
            block=item.block if item is not None else None,
            presenter=item.presenter if item is not None else None,
            corrects_id=decision.corrects_id)))
    keyed.sort(key=lambda pair: pair[0])
    return Minutes(meeting.date, meeting.status, settings.team_name,
                   tuple(entry for _, entry in keyed),
                   _others(store, meeting, block_rank))


def _others(store: Store, meeting: meetings.Meeting,
            block_rank: dict[Block, int]) -> tuple[OtherEntry, ...]:
    """Items that ended without a decision: sent to a consultation or withdrawn (still on
    this meeting), and those that left it for a later meeting (their history says so)."""
    found: dict[int, OtherEntry] = {}
    for consultation in consultations.for_meeting(store, meeting.id):
        item = agenda_items.get(store, consultation.item_id)
        found[item.id] = OtherEntry(
            item.id, item.client_reference, Ending.CONSULTATION, item.type, item.block,
            item.presenter, consultation.member, consultation.report_by,
            returns_on=consultation.return_meeting_date)
    for item in agenda_items.list_items(store, meeting.date, ItemStatus.WITHDRAWN):
        if item.outcome is Outcome.WITHDRAWN:
            found[item.id] = OtherEntry(item.id, item.client_reference, Ending.WITHDRAWN,
                                        item.type, item.block, item.presenter)
    if meeting.status is not MeetingStatus.PLANNED:
        rows = store.query(
            "SELECT ch.item_id, ch.action, json_extract(ch.details, '$.meeting[1]') AS target,"
            " json_extract(ch.details, '$.outcome') AS outcome FROM item_change ch"
            " WHERE ch.action IN (?, ?)"
            " AND json_extract(ch.details, '$.meeting[0]') = ?"
            " AND ch.at >= (SELECT min(at) FROM meeting_event WHERE meeting_id = ?"
            "               AND kind = 'meeting_started') ORDER BY ch.id",
            (Action.DEFERRED.value, Action.CARRIED_OVER.value, meeting.date.isoformat(),
             meeting.id))
        for row in rows:
            if row["item_id"] in found:
                continue
            item = agenda_items.get(store, row["item_id"])
            ending = (Ending.DEFERRED if row["action"] == Action.DEFERRED.value
                      else Ending.CARRIED_OVER)
            found[item.id] = OtherEntry(item.id, item.client_reference, ending, item.type,
                                        item.block, item.presenter,
                                        moved_to=dt.date.fromisoformat(row["target"]),
                                        skipped=row["outcome"] == Outcome.SKIPPED.value)
    return tuple(sorted(found.values(), key=lambda e: (
        list(Ending).index(e.ending), block_rank[e.block], e.client_reference.casefold())))
