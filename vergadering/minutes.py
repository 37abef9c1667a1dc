"""The besluitenlijst: the decisions of one meeting, in agenda order (issue 6).

Data only; the words and formats (Markdown, CSV, the dossier text) live in
``ui.reports``. An entry holds what the team agreed about a client and nothing from the
preparation (no question, no state of the process, no behandelaar): the list is read
back, shared and pasted into client records. A corrected decision is left out; its
correction stands in the item's place and says which decision it corrects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import decisions, meetings
from . import items as agenda_items
from . import settings as team_settings
from .items import DecisionKind
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


@dataclass(frozen=True)
class Minutes:
    date: dt.date
    status: MeetingStatus
    team_name: str
    entries: tuple[MinutesEntry, ...]


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
                   tuple(entry for _, entry in keyed))
