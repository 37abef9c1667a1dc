"""Decisions (besluiten): rule 3 and rule 4.

Every discussed item ends with exactly one decision: doorgaan (with a koers and a next
evaluation), afsluiten (the client becomes inactive) or verwijzen (where to, and a next
evaluation). Decisions are never edited or deleted — the database refuses it — and a
correction is a new decision that references the one it corrects. A decision follows up
the client's previous doorgaan or verwijzen (rule 12), may make actions (rule 13, stored
by :mod:`vergadering.actions` in the same transaction) and says whether it was discussed
with the client (rule 14).

owns: table decision (the client's dates follow it through
:func:`vergadering.clients.apply_decision_dates`)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from . import actions as agreed_actions
from . import clients, in_progress, meetings
from . import decision_checks as checks
from . import items as agenda_items
from . import settings as team_settings
from .actions import ActionInput
from .dates import from_iso, to_iso
from .decision_checks import (
    KOERS_MAX,
    REASON_MAX,
    REFERRED_TO_MAX,
    ROLES,
    DecisionInput,
    date_needs_reason,
    horizon,
)
from .follow_up import CarriedOut, DiscussedWithClient, FollowUpInput, FollowUpReason
from .items import DecisionKind, Item, Outcome
from .problems import Code, Problem, ValidationError
from .settings import ItemType
from .store import Change, Store

__all__ = [
    "KOERS_MAX", "REASON_MAX", "REFERRED_TO_MAX", "ROLES", "ActionInput", "Decision",
    "DecisionInput", "DiscussedWithClient", "FollowUpInput", "confirm_hamerstuk",
    "correct_decision", "date_needs_reason", "default_next_evaluation", "follow_up_due",
    "for_client", "for_meeting", "get", "horizon", "on_meeting_day", "record_decision",
    "validate",
]


@dataclass(frozen=True)
class Decision:
    id: int
    client_id: int
    client_reference: str
    item_id: int | None
    meeting_id: int | None
    kind: DecisionKind
    decided_on: dt.date
    next_evaluation: dt.date | None
    koers: str
    referred_to: str
    worded_by_role: str
    worded_by: str | None
    date_reason: str
    corrects_id: int | None
    corrected_by_id: int | None
    created_at: dt.datetime
    follows_up_id: int | None = None  # the previous decision this one followed up
    carried_out: CarriedOut | None = None
    follow_up_reason: FollowUpReason | None = None
    follow_up_text: str = ""
    discussed_with_client: DiscussedWithClient | None = None


_SELECT = """
    SELECT d.*, c.reference AS client_reference, m.name AS worded_by,
           (SELECT max(n.id) FROM decision n WHERE n.corrects_id = d.id) AS corrected_by_id
    FROM decision d JOIN client c ON c.id = d.client_id
    LEFT JOIN member m ON m.id = d.worded_by_id
"""


def _row(row: sqlite3.Row) -> Decision:
    return Decision(
        id=row["id"], client_id=row["client_id"], client_reference=row["client_reference"],
        item_id=row["item_id"], meeting_id=row["meeting_id"], kind=DecisionKind(row["kind"]),
        decided_on=dt.date.fromisoformat(row["decided_on"]),
        next_evaluation=from_iso(row["next_evaluation"]), koers=row["koers"],
        referred_to=row["referred_to"], worded_by_role=row["worded_by_role"],
        worded_by=row["worded_by"], date_reason=row["date_reason"],
        corrects_id=row["corrects_id"], corrected_by_id=row["corrected_by_id"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        follows_up_id=row["follows_up_id"],
        carried_out=CarriedOut(row["carried_out"]) if row["carried_out"] else None,
        follow_up_reason=FollowUpReason(row["follow_up_reason"])
        if row["follow_up_reason"] else None,
        follow_up_text=row["follow_up_text"],
        discussed_with_client=DiscussedWithClient(row["discussed_with_client"])
        if row["discussed_with_client"] else None,
    )


def get(store: Store, decision_id: int) -> Decision:
    rows = store.query(_SELECT + " WHERE d.id = ?", (decision_id,))
    if not rows:
        raise ValidationError([Problem("decision", Code.NOT_FOUND)])
    return _row(rows[0])


def for_meeting(store: Store, meeting_id: int) -> list[Decision]:
    return [_row(r) for r in store.query(_SELECT + " WHERE d.meeting_id = ? ORDER BY d.id",
                                         (meeting_id,))]


def for_client(store: Store, client_id: int) -> list[Decision]:
    return [_row(r) for r in store.query(
        _SELECT + " WHERE d.client_id = ? ORDER BY d.decided_on, d.id", (client_id,))]


def on_meeting_day(settings: team_settings.TeamSettings, day: dt.date) -> dt.date:
    """``day`` rounded down to the team's meeting day on or before it (rule 3): the
    meeting at which the client comes up anyway, so a date offered never lies beyond
    the one asked for."""
    return meetings.meeting_day_on_or_before(settings, day)


def default_next_evaluation(settings: team_settings.TeamSettings, on: dt.date) -> dt.date:
    """The horizon, on the team's meeting day on or before it (rule 3)."""
    return on_meeting_day(settings, horizon(settings, on))


def validate(store: Store, data: DecisionInput, on: dt.date,
             settings: team_settings.TeamSettings, client_id: int | None = None,
             ) -> DecisionInput:
    """``data`` checked as a decision taken on ``on`` (for ``client_id``: with its
    follow-up, rule 12), cleaned."""
    found = checks.context(store, client_id, data, None)
    return checks.check(data, on, settings, found, None, store.clock.today())[0]


def _require_close_confirmed(data: DecisionInput, item: Item) -> None:
    """Rule 8: ending a treatment is never one stray key."""
    if data.kind is DecisionKind.AFSLUITEN and data.closes_client_id != item.client_id:
        raise ValidationError([Problem("kind", Code.CLOSE_NOT_CONFIRMED,
                                       {"client": item.client_reference})])


def _under_discussion(store: Store, now: in_progress.InProgress, item_id: int) -> Item:
    """Rule 8: a decision or hamerstuk belongs to the item under discussion. (Starting
    an item checks the blocks' time, rules 2 and 9, so no decision gets around them.)"""
    item = now.item(store, item_id)
    if now.current != item.id:
        raise ValidationError([Problem("item", Code.NOT_UNDER_DISCUSSION,
                                       {"client": item.client_reference})])
    return item


def _insert(store: Store, item: Item, data: DecisionInput, on: dt.date,
            worded_by_name: str | None, follows_up_id: int | None,
            corrects_id: int | None = None) -> Decision:
    """Store the decision with its follow-up and actions, let the client's dates follow,
    and return it as stored (built here, not read back)."""
    assert data.kind is not None
    worded_by = data.worded_by_id
    if worded_by is None and data.worded_by_role == "presenter":
        worded_by, worded_by_name = item.presenter_id, item.presenter
    now = store.clock.now()
    done = data.follow_up
    carried_out = done.carried_out if done else None
    reason = done.reason if done else None
    discussed = data.discussed_with_client
    cur = store.conn.execute(
        "INSERT INTO decision(client_id, item_id, meeting_id, kind, decided_on, next_evaluation,"
        " koers, referred_to, worded_by_role, worded_by_id, date_reason, corrects_id,"
        " created_at, follows_up_id, carried_out, follow_up_reason, follow_up_text,"
        " discussed_with_client) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (item.client_id, item.id, item.meeting_id, data.kind.value, on.isoformat(),
         to_iso(data.next_evaluation), data.koers, data.referred_to, data.worded_by_role,
         worded_by, data.date_reason, corrects_id, now.isoformat(), follows_up_id,
         carried_out.value if carried_out else None, reason.value if reason else None,
         done.reason_text if done else "", discussed.value if discussed else None),
    )
    decision_id = int(cur.lastrowid or 0)
    agreed_actions.insert(store, decision_id, item.client_id, data.actions)
    clients.apply_decision_dates(store, item.client_id)
    store.notify(Change("decision", (decision_id,)))
    return Decision(decision_id, item.client_id, item.client_reference, item.id,
                    item.meeting_id, data.kind, on, data.next_evaluation, data.koers,
                    data.referred_to, data.worded_by_role,
                    worded_by_name if worded_by is not None else None, data.date_reason,
                    corrects_id, None, now, follows_up_id, carried_out, reason,
                    done.reason_text if done else "", discussed)


def _presenter(item: Item) -> tuple[int, str]:
    return item.presenter_id, item.presenter


def follow_up_due(store: Store, client_id: int, corrects_id: int | None = None,
                  ) -> Decision | None:
    """Rule 12: the decision a new decision for the client today must follow up (its
    latest valid decision, when a doorgaan or verwijzen of an earlier day), else None.
    With ``corrects_id``: the one a correction of that decision must follow up."""
    if corrects_id is None:
        found = checks.context(store, client_id, DecisionInput(None), None)
        due = checks.due_follow_up(found.previous, store.clock.today())
    else:
        old = get(store, corrects_id)
        found = checks.context(store, old.client_id, DecisionInput(None),
                               (old.decided_on, _chain_root(store, old)))
        due = checks.due_follow_up(found.previous, old.decided_on)
    return None if due is None else get(store, due)


def _decide(store: Store, now: in_progress.InProgress, item: Item, data: DecisionInput,
            **details: object) -> Decision:
    """Check and store the decision of the item under discussion, dated today (rule 7),
    and end its discussion."""
    today = store.clock.today()
    context = checks.context(store, item.client_id, data, None)
    clean, worded_by, due = checks.check(data, today, now.settings, context, _presenter(item))
    _require_close_confirmed(clean, item)
    decision = _insert(store, item, clean, today, worded_by, due)
    in_progress.end_current(store, now.meeting, now.current, item.id, Outcome.DECIDED,
                            **details)
    return decision


def record_decision(store: Store, item_id: int, data: DecisionInput) -> Decision:
    """Record the one decision of the item under discussion and end its discussion. It
    is dated the day it is taken (rule 7). Reads the settings once and builds the
    meeting's timeline once (tests/test_decision_cost.py counts its statements)."""
    with store.transaction():
        now = in_progress.load(store)
        decision = _decide(store, now, _under_discussion(store, now, item_id), data)
    return decision


def confirm_hamerstuk(store: Store, item_id: int, *, worded_by_role: str = "presenter",
                      next_evaluation: dt.date | None = None, koers: str = "",
                      referred_to: str = "", date_reason: str = "",
                      closes_client_id: int | None = None,
                      follow_up: FollowUpInput | None = None,
                      discussed_with_client: DiscussedWithClient | None = None,
                      actions: tuple[ActionInput, ...] = ()) -> Decision:
    """Confirm the mededeling under discussion with its proposed decision, without
    discussion. Afsluiten needs ``closes_client_id`` (rule 8); like any decision it
    needs the previous decision's follow-up when one is due (rule 12).

    Doorgaan and verwijzen take the default next evaluation unless one is given; doorgaan
    still needs its koers and verwijzen where to (the proposal's text is not guessed).
    """
    with store.transaction():
        now = in_progress.load(store)
        item = now.item(store, item_id)
        if item.type is not ItemType.MEDEDELING or item.proposed_decision is None:
            raise ValidationError([Problem("item", Code.NOT_A_HAMERSTUK)])
        item = _under_discussion(store, now, item_id)
        default = default_next_evaluation(now.settings, store.clock.today())
        data = DecisionInput(item.proposed_decision, next_evaluation or default, koers,
                             referred_to, worded_by_role, None, date_reason, closes_client_id,
                             follow_up, discussed_with_client, actions)
        decision = _decide(store, now, item, data, hamerstuk=True)
    return decision


def _chain_root(store: Store, decision: Decision) -> int:
    """The first decision of the corrections ``decision`` ends."""
    root = decision
    while root.corrects_id is not None:
        root = get(store, root.corrects_id)
    return root.id


def correct_decision(store: Store, decision_id: int, data: DecisionInput) -> Decision:
    """A new decision that corrects ``decision_id`` (which stays, unchanged), follow-up
    included: it follows up what the corrected decision had to (rule 12). The corrected
    decision's actions stay with it; the correction's own ``actions`` are added (rule
    13)."""
    settings = team_settings.load(store)
    with store.transaction():
        old = get(store, decision_id)
        if old.corrected_by_id is not None:
            raise ValidationError([Problem("decision", Code.ALREADY_CORRECTED,
                                           {"by": old.corrected_by_id})])
        if old.item_id is None:
            raise ValidationError([Problem("decision", Code.NOT_FOUND)])
        item = agenda_items.get(store, old.item_id)
        context = checks.context(store, item.client_id, data,
                           (old.decided_on, _chain_root(store, old)))
        clean, worded_by, due = checks.check(data, old.decided_on, settings, context,
                                          _presenter(item), store.clock.today())
        if old.kind is not DecisionKind.AFSLUITEN:
            _require_close_confirmed(clean, item)
        new = _insert(store, item, clean, old.decided_on, worded_by, due, corrects_id=old.id)
    return new
