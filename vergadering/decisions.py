"""Decisions (besluiten): rule 3 and rule 4.

Every discussed item ends with exactly one decision: doorgaan (with a koers and a next
evaluation), afsluiten (the client becomes inactive) or verwijzen (where to, and a next
evaluation). Decisions are never edited or deleted — the database refuses it — and a
correction is a new decision that references the one it corrects.

owns: table decision (the client's dates follow it through
:func:`vergadering.clients.apply_decision_dates`)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from . import clients, in_progress, meetings
from . import items as agenda_items
from . import settings as team_settings
from .dates import add_months, from_iso, to_iso
from .items import DecisionKind, Item, Outcome
from .problems import Code, Problem, ValidationError, check_text
from .settings import ItemType
from .store import Change, Store

KOERS_MAX = 500
REFERRED_TO_MAX = 200
REASON_MAX = 300
ROLES = ("presenter", "chair")


@dataclass(frozen=True)
class DecisionInput:
    kind: DecisionKind | None
    next_evaluation: dt.date | None = None
    koers: str = ""
    referred_to: str = ""
    worded_by_role: str = "presenter"  # or "chair"
    worded_by_id: int | None = None  # default: the item's presenter
    date_reason: str = ""  # needed when the next evaluation is past or beyond the horizon
    # Afsluiten ends a treatment: the caller confirms it for this client (rule 8), after
    # asking with the client named.
    closes_client_id: int | None = None


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


def horizon(settings: team_settings.TeamSettings, on: dt.date) -> dt.date:
    """The latest next evaluation without a reason: the day of the decision plus the
    team's horizon, in calendar months (31 August + 6 = 28/29 February)."""
    return add_months(on, settings.horizon_months)


def on_meeting_day(settings: team_settings.TeamSettings, day: dt.date) -> dt.date:
    """``day`` rounded down to the team's meeting day on or before it (rule 3): the
    meeting at which the client comes up anyway, so a date offered never lies beyond
    the one asked for."""
    return meetings.meeting_day_on_or_before(settings, day)


def default_next_evaluation(settings: team_settings.TeamSettings, on: dt.date) -> dt.date:
    """The horizon, on the team's meeting day on or before it (rule 3)."""
    return on_meeting_day(settings, horizon(settings, on))


def date_needs_reason(settings: team_settings.TeamSettings, on: dt.date,
                      next_evaluation: dt.date) -> bool:
    """A next evaluation in the past or beyond the horizon needs a confirmed reason."""
    return next_evaluation < on or next_evaluation > horizon(settings, on)


def validate(store: Store, data: DecisionInput, on: dt.date,
             settings: team_settings.TeamSettings) -> DecisionInput:
    return _validate(store, data, on, settings)[0]


def _validate(store: Store, data: DecisionInput, on: dt.date,
              settings: team_settings.TeamSettings,
              known: tuple[int, str] | None = None) -> tuple[DecisionInput, str | None]:
    """:func:`validate`, and the name of ``worded_by_id`` (``known``: a member whose
    name the caller has, which is not looked up)."""
    problems: list[Problem] = []
    worded_by: str | None = None
    if not isinstance(data.kind, DecisionKind):
        problems.append(Problem("kind", Code.REQUIRED))
    needs_date = data.kind in (DecisionKind.DOORGAAN, DecisionKind.VERWIJZEN)
    next_evaluation = data.next_evaluation if needs_date else None
    reason = check_text(problems, "date_reason", data.date_reason, max_length=REASON_MAX,
                        required=False, single_line=False)
    if needs_date:
        if next_evaluation is None:
            problems.append(Problem("next_evaluation", Code.REQUIRED))
        elif date_needs_reason(settings, on, next_evaluation) and not reason:
            problems.append(Problem("date_reason", Code.DATE_NEEDS_REASON, {
                "value": next_evaluation.isoformat(),
                "past": next_evaluation < on,
                "horizon": horizon(settings, on).isoformat()}))
    koers = check_text(problems, "koers", data.koers, max_length=KOERS_MAX,
                       required=data.kind is DecisionKind.DOORGAAN, single_line=False)
    referred_to = check_text(problems, "referred_to", data.referred_to,
                             max_length=REFERRED_TO_MAX,
                             required=data.kind is DecisionKind.VERWIJZEN)
    if data.worded_by_role not in ROLES:
        problems.append(Problem("worded_by_role", Code.INVALID_CHOICE))
    if known is not None and data.worded_by_id == known[0]:
        worded_by = known[1]
    elif data.worded_by_id is not None:
        rows = store.query("SELECT name FROM member WHERE id = ?", (data.worded_by_id,))
        if rows:
            worded_by = rows[0]["name"]
        else:
            problems.append(Problem("worded_by", Code.NOT_FOUND))
    if problems:
        raise ValidationError(problems)
    return DecisionInput(data.kind, next_evaluation, koers, referred_to, data.worded_by_role,
                         data.worded_by_id, reason, data.closes_client_id), worded_by


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
            worded_by_name: str | None, corrects_id: int | None = None) -> Decision:
    """Store the decision, let the client's dates follow, and return it as stored
    (built here, not read back)."""
    assert data.kind is not None
    worded_by = data.worded_by_id
    if worded_by is None and data.worded_by_role == "presenter":
        worded_by, worded_by_name = item.presenter_id, item.presenter
    now = store.clock.now()
    cur = store.conn.execute(
        "INSERT INTO decision(client_id, item_id, meeting_id, kind, decided_on, next_evaluation,"
        " koers, referred_to, worded_by_role, worded_by_id, date_reason, corrects_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (item.client_id, item.id, item.meeting_id, data.kind.value, on.isoformat(),
         to_iso(data.next_evaluation), data.koers, data.referred_to, data.worded_by_role,
         worded_by, data.date_reason, corrects_id, now.isoformat()),
    )
    decision_id = int(cur.lastrowid or 0)
    clients.apply_decision_dates(store, item.client_id)
    store.notify(Change("decision", (decision_id,)))
    return Decision(decision_id, item.client_id, item.client_reference, item.id,
                    item.meeting_id, data.kind, on, data.next_evaluation, data.koers,
                    data.referred_to, data.worded_by_role,
                    worded_by_name if worded_by is not None else None, data.date_reason,
                    corrects_id, None, now)


def _presenter(item: Item) -> tuple[int, str]:
    return item.presenter_id, item.presenter


def record_decision(store: Store, item_id: int, data: DecisionInput) -> Decision:
    """Record the one decision of the item under discussion and end its discussion. It
    is dated the day it is taken (rule 7). Reads the settings once and builds the
    meeting's timeline once (tests/test_decision_cost.py counts its statements)."""
    with store.transaction():
        now = in_progress.load(store)
        item = _under_discussion(store, now, item_id)
        today = store.clock.today()
        clean, worded_by = _validate(store, data, today, now.settings, _presenter(item))
        _require_close_confirmed(clean, item)
        decision = _insert(store, item, clean, today, worded_by)
        in_progress.end_current(store, now.meeting, now.current, item.id, Outcome.DECIDED)
    return decision


def confirm_hamerstuk(store: Store, item_id: int, *, worded_by_role: str = "presenter",
                      next_evaluation: dt.date | None = None, koers: str = "",
                      referred_to: str = "", date_reason: str = "",
                      closes_client_id: int | None = None) -> Decision:
    """Confirm the mededeling under discussion with its proposed decision, without
    discussion. Afsluiten needs ``closes_client_id`` (rule 8).

    Doorgaan and verwijzen take the default next evaluation unless one is given; doorgaan
    still needs its koers and verwijzen where to (the proposal's text is not guessed).
    """
    with store.transaction():
        now = in_progress.load(store)
        item = now.item(store, item_id)
        if item.type is not ItemType.MEDEDELING or item.proposed_decision is None:
            raise ValidationError([Problem("item", Code.NOT_A_HAMERSTUK)])
        item = _under_discussion(store, now, item_id)
        today = store.clock.today()
        default = default_next_evaluation(now.settings, today)
        data = DecisionInput(item.proposed_decision, next_evaluation or default, koers,
                             referred_to, worded_by_role, None, date_reason, closes_client_id)
        clean, worded_by = _validate(store, data, today, now.settings, _presenter(item))
        _require_close_confirmed(clean, item)
        decision = _insert(store, item, clean, today, worded_by)
        in_progress.end_current(store, now.meeting, now.current, item.id, Outcome.DECIDED,
                                hamerstuk=True)
    return decision


def correct_decision(store: Store, decision_id: int, data: DecisionInput) -> Decision:
    """A new decision that corrects ``decision_id`` (which stays, unchanged)."""
    settings = team_settings.load(store)
    with store.transaction():
        old = get(store, decision_id)
        if old.corrected_by_id is not None:
            raise ValidationError([Problem("decision", Code.ALREADY_CORRECTED,
                                           {"by": old.corrected_by_id})])
        if old.item_id is None:
            raise ValidationError([Problem("decision", Code.NOT_FOUND)])
        item = agenda_items.get(store, old.item_id)
        clean, worded_by = _validate(store, data, old.decided_on, settings, _presenter(item))
        if old.kind is not DecisionKind.AFSLUITEN:
            _require_close_confirmed(clean, item)
        new = _insert(store, item, clean, old.decided_on, worded_by, corrects_id=old.id)
    return new

