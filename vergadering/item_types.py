"""What an agenda item is: its input, its stored form, its outcome in a meeting and the
actions kept in its history. Plain values; :mod:`vergadering.items` reads and writes them.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from .settings import Block, ItemType


class DecisionKind(enum.Enum):
    DOORGAAN = "doorgaan"
    AFSLUITEN = "afsluiten"
    VERWIJZEN = "verwijzen"


class ItemStatus(enum.Enum):
    QUEUED = "queued"
    WITHDRAWN = "withdrawn"


class Outcome(enum.Enum):
    """What the meeting did with an item (None while it waits its turn)."""

    DECIDED = "decided"  # discussed, ended with a decision
    DEFERRED = "deferred"  # moved to the next meeting during the meeting
    SKIPPED = "skipped"  # passed over; carried to the next meeting when the meeting closes
    CONSULTATION = "consultation"  # acute item moved to a separate consultation
    WITHDRAWN = "withdrawn"  # an acute item not reached, withdrawn when the meeting closed


class Action(enum.Enum):
    """What happened to an item, as kept in its history."""

    QUEUED = "queued"
    EDITED = "edited"
    WITHDRAWN = "withdrawn"
    MOVED = "moved"
    REORDERED = "reordered"
    DEFERRED = "deferred"
    CARRIED_OVER = "carried_over"


@dataclass(frozen=True)
class ItemInput:
    """What the inbrenger filled in. Type and block have no default (rule 1)."""

    client_id: int | None
    presenter_id: int | None
    type: ItemType | None
    block: Block | None
    question: str = ""
    process_state: str = ""
    minutes: int | None = None  # None: the team's default for the type
    proposed_decision: DecisionKind | None = None
    client_perspective: str = ""  # perspectief cliënt / naasten (rule 14)


@dataclass(frozen=True)
class Item:
    id: int
    meeting_id: int
    meeting_date: dt.date
    client_id: int
    client_reference: str
    presenter_id: int
    presenter: str
    type: ItemType
    block: Block
    question: str
    process_state: str
    minutes: int
    proposed_decision: DecisionKind | None
    position: int
    status: ItemStatus
    carried_over: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: str | None
    outcome: Outcome | None = None
    report_back_of: int | None = None  # the consultation this item reports back on
    client_perspective: str = ""  # perspectief cliënt / naasten (rule 14)

    def as_input(self) -> ItemInput:
        return ItemInput(self.client_id, self.presenter_id, self.type, self.block,
                         self.question, self.process_state, self.minutes,
                         self.proposed_decision, self.client_perspective)


@dataclass(frozen=True)
class ItemChange:
    at: dt.datetime
    by: str | None
    action: Action
    details: dict[str, Any]


class ConflictError(Exception):
    """Someone else saved the item after this user opened it; nothing was written."""

    def __init__(self, current: Item, mine: ItemInput | None) -> None:
        super().__init__(f"item {current.id} changed (now version {current.version})")
        self.current = current
        self.mine = mine
