"""Checking a decision's input: rule 3 (kind, koers or where to, next evaluation and its
reason), rule 12 (the previous decision's follow-up, exactly when due), rule 13 (its
actions) and rule 14 (discussed with the client). Reads what it needs in one statement
(:func:`context`); writes nothing. :mod:`vergadering.decisions` stores what passes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from . import actions as agreed_actions
from . import follow_up as follow_ups
from . import settings as team_settings
from .actions import ActionInput
from .dates import add_months
from .follow_up import DiscussedWithClient, FollowUpInput
from .item_types import DecisionKind
from .problems import Code, Problem, ValidationError, check_text
from .store import Store

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
    # Rule 12: required exactly when the client's previous valid decision, of an earlier
    # day, was doorgaan or verwijzen (:func:`follow_up_due`).
    follow_up: FollowUpInput | None = None
    discussed_with_client: DiscussedWithClient | None = None  # rule 14; None: not asked
    actions: tuple[ActionInput, ...] = ()  # rule 13


def horizon(settings: team_settings.TeamSettings, on: dt.date) -> dt.date:
    """The latest next evaluation without a reason: the day of the decision plus the
    team's horizon, in calendar months (31 August + 6 = 28/29 February)."""
    return add_months(on, settings.horizon_months)


def date_needs_reason(settings: team_settings.TeamSettings, on: dt.date,
                      next_evaluation: dt.date) -> bool:
    """A next evaluation in the past or beyond the horizon needs a confirmed reason."""
    return next_evaluation < on or next_evaluation > horizon(settings, on)


@dataclass(frozen=True)
class Context:
    """What checking a decision reads from the database, in one statement."""

    worded_by: str | None  # the name of ``worded_by_id``; None when unknown
    owners: dict[int, tuple[str, bool]]  # the actions' owners: name, active
    previous: tuple[int, DecisionKind, dt.date] | None  # the decision before it


# The client's latest valid decision (rule 4) — before the decision ``day``/``root``
# corrects, when given — with the members a decision names, in one statement.
_CONTEXT = """
    SELECT (SELECT name FROM member WHERE id = :worded) AS worded_by,
           (SELECT json_group_array(json_array(id, name, active)) FROM member
            WHERE id IN (SELECT value FROM json_each(:owners))) AS owners,
           (SELECT json_array(id, kind, decided_on) FROM decision d
            WHERE client_id = :client
              AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)
              AND (:day IS NULL OR decided_on < :day OR (decided_on = :day AND id < :root))
            ORDER BY decided_on DESC, id DESC LIMIT 1) AS previous
"""


def context(store: Store, client_id: int | None, data: DecisionInput,
             before: tuple[dt.date, int] | None) -> Context:
    row = store.query(_CONTEXT, {
        "worded": data.worded_by_id, "client": client_id,
        "owners": json.dumps(agreed_actions.owner_ids(data.actions)),
        "day": before[0].isoformat() if before else None,
        "root": before[1] if before else None})[0]
    owners = {int(i): (name, bool(active)) for i, name, active in json.loads(row["owners"])}
    previous = None
    if row["previous"]:
        found = json.loads(row["previous"])
        previous = (int(found[0]), DecisionKind(found[1]), dt.date.fromisoformat(found[2]))
    return Context(row["worded_by"], owners, previous)


def due_follow_up(previous: tuple[int, DecisionKind, dt.date] | None, on: dt.date) -> int | None:
    """Rule 12: the previous decision to follow up, if it is a doorgaan or verwijzen of
    an earlier day than ``on`` (a decision of the same day cannot have been carried out
    yet, and it followed up the one before it itself)."""
    if previous is None or previous[2] >= on or not follow_ups.is_due_after(previous[1]):
        return None
    return previous[0]


def check(data: DecisionInput, on: dt.date, settings: team_settings.TeamSettings,
              context: Context, known: tuple[int, str] | None,
              today: dt.date | None = None) -> tuple[DecisionInput, str | None, int | None]:
    """``data`` checked and cleaned, the name of ``worded_by_id`` (``known``: a member whose name
    the caller has) and the decision it follows up. Actions are due ``today`` or later
    (default: ``on``)."""
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
        worded_by = context.worded_by
        if worded_by is None:
            problems.append(Problem("worded_by", Code.NOT_FOUND))
    due = due_follow_up(context.previous, on)
    shown: dict[str, object] | None = None
    if due is not None and context.previous is not None:
        shown = {"id": due, "kind": context.previous[1].value,
                 "decided_on": context.previous[2].isoformat()}
    clean_follow_up = follow_ups.check(problems, data.follow_up, shown)
    follow_ups.check_discussed(problems, data.discussed_with_client)
    clean_actions = agreed_actions.check(problems, data.actions, context.owners,
                                         today or on)
    if problems:
        raise ValidationError(problems)
    return (DecisionInput(data.kind, next_evaluation, koers, referred_to, data.worded_by_role,
                          data.worded_by_id, reason, data.closes_client_id, clean_follow_up,
                          data.discussed_with_client, clean_actions), worded_by, due)
