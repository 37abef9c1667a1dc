"""The besluitenlijst: the decisions of one meeting, in agenda order, and what became of
the items that ended without one (rule 10, docs/rules.md).

Data only; the words and formats (Markdown, CSV, the dossier text) live in
``ui.reports``. An entry holds what the team agreed about a client: the decision, how
the previous one worked out (rule 12), the actions it agreed (rule 13), whether it was
discussed with the client and the client's own perspective from the agenda item (rule
14: the client's voice is part of what the team weighed). Nothing else of the
preparation (no question, no state of the process) and no behandelaar: the list is read
back, shared and pasted into client records. A corrected decision is left out; its
correction stands in the item's place and says which decision it corrects. The corrected
decision's actions stay with it (rule 13): the correction lists its own actions and,
marked, those of the decisions it corrects that are still open (whoever knows closes
them), not the ones already done or dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass

from . import consultations, decisions, meetings
from . import items as agenda_items
from . import settings as team_settings
from .actions import ActionState
from .follow_up import CarriedOut, DiscussedWithClient, FollowUpReason
from .items import Action, DecisionKind, ItemStatus, Outcome
from .meetings import MeetingStatus
from .settings import Block, ItemType
from .store import Store


@dataclass(frozen=True)
class FollowedUp:
    """How the previous decision worked out, as the entry's decision says (rule 12)."""

    decided_on: dt.date  # the previous decision's day and kind
    kind: DecisionKind
    carried_out: CarriedOut
    reason: FollowUpReason | None = None  # None when carried out fully
    reason_text: str = ""


@dataclass(frozen=True)
class AgreedAction:
    """An action agreed with the entry's decision (rule 13), in its state of now."""

    what: str
    owner: str
    due: dt.date
    state: ActionState
    closed_by: str | None = None
    closed_on: dt.date | None = None
    # Agreed with a decision this entry corrects, and still open (rule 13).
    from_corrected: bool = False


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
    follow_up: FollowedUp | None = None  # rule 12; None when none was due
    discussed_with_client: DiscussedWithClient | None = None  # rule 14; None: not asked
    client_perspective: str = ""  # the item's "Perspectief cliënt / naasten" (rule 14)
    actions: tuple[AgreedAction, ...] = ()  # rule 13: earliest due first

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
    made = decisions.for_meeting(store, meeting.id)
    corrects = {d.id: d.corrects_id for d in made}
    agreed = _actions(store, meeting.id)
    previous = _previous(store, [d.follows_up_id for d in made
                                 if d.corrected_by_id is None and d.carried_out])
    for decision in made:
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
            corrects_id=decision.corrects_id,
            follow_up=_followed_up(decision, previous),
            discussed_with_client=decision.discussed_with_client,
            client_perspective=item.client_perspective if item is not None else "",
            actions=_entry_actions(decision.id, corrects, agreed))))
    keyed.sort(key=lambda pair: pair[0])
    return Minutes(meeting.date, meeting.status, settings.team_name,
                   tuple(entry for _, entry in keyed),
                   _others(store, meeting, block_rank))


def _actions(store: Store, meeting_id: int) -> dict[int, list[AgreedAction]]:
    """The actions of the meeting's decisions (corrected ones included), per decision,
    earliest due first: one query for the whole list."""
    found: dict[int, list[AgreedAction]] = {}
    for row in store.query(
            "SELECT a.decision_id, a.what, o.name AS owner, a.due, a.state,"
            " b.name AS closed_by, a.closed_at FROM action a"
            " JOIN decision d ON d.id = a.decision_id JOIN member o ON o.id = a.owner_id"
            " LEFT JOIN member b ON b.id = a.closed_by_id"
            " WHERE d.meeting_id = ? ORDER BY a.due, a.id", (meeting_id,)):
        found.setdefault(row["decision_id"], []).append(AgreedAction(
            row["what"], row["owner"], dt.date.fromisoformat(row["due"]),
            ActionState(row["state"]), row["closed_by"],
            dt.datetime.fromisoformat(row["closed_at"]).date() if row["closed_at"] else None))
    return found


def _entry_actions(decision_id: int, corrects: dict[int, int | None],
                   agreed: dict[int, list[AgreedAction]]) -> tuple[AgreedAction, ...]:
    """The decision's own actions, then the still open ones of the decisions it corrects
    (a chain of corrections stays within one meeting), marked (rule 13)."""
    own = list(agreed.get(decision_id, ()))
    inherited: list[AgreedAction] = []
    corrected = corrects.get(decision_id)
    while corrected is not None:
        inherited += [dataclasses.replace(action, from_corrected=True)
                      for action in agreed.get(corrected, ())
                      if action.state is ActionState.OPEN]
        corrected = corrects.get(corrected)
    return tuple(own + sorted(inherited, key=lambda action: action.due))


def _previous(store: Store, ids: list[int | None]) -> dict[int, tuple[dt.date, DecisionKind]]:
    """The day and kind of the decisions followed up: one query for the whole list."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = store.query("SELECT id, decided_on, kind FROM decision WHERE id IN ("
                       + ", ".join("?" * len(wanted)) + ")", tuple(wanted))
    return {row["id"]: (dt.date.fromisoformat(row["decided_on"]), DecisionKind(row["kind"]))
            for row in rows}


def _followed_up(decision: decisions.Decision,
                 previous: dict[int, tuple[dt.date, DecisionKind]]) -> FollowedUp | None:
    found = previous.get(decision.follows_up_id or 0)
    if decision.carried_out is None or found is None:
        return None
    decided_on, kind = found
    return FollowedUp(decided_on, kind, decision.carried_out, decision.follow_up_reason,
                      decision.follow_up_text)


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
