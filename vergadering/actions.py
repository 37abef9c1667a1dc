"""Actions (acties): what a decision agrees someone will do, with an owner and a date
(rule 13). They are made with the decision, in its transaction
(:mod:`vergadering.decisions` calls :func:`check` and :func:`insert`), and stay open
until a member closes them as done or dropped; who closed it and when are kept, and a
closed action is never reopened or closed again.

owns: table action
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .problems import Code, Problem, ValidationError, check_text
from .store import Change, Store

WHAT_MAX = 200
MAX_PER_DECISION = 20


class ActionState(enum.Enum):
    OPEN = "open"
    DONE = "done"  # gedaan
    DROPPED = "dropped"  # vervallen


@dataclass(frozen=True)
class ActionInput:
    """One action agreed with a decision."""

    what: str
    owner_id: int | None
    due: dt.date | None


@dataclass(frozen=True)
class Action:
    id: int
    decision_id: int
    client_id: int
    client_reference: str
    what: str
    owner_id: int
    owner: str
    due: dt.date
    state: ActionState
    closed_by_id: int | None
    closed_by: str | None
    closed_at: dt.datetime | None
    created_at: dt.datetime

    def overdue_on(self, day: dt.date) -> bool:
        """Open and due before ``day``."""
        return self.state is ActionState.OPEN and self.due < day


_SELECT = """
    SELECT a.*, c.reference AS client_reference, o.name AS owner, b.name AS closed_by
    FROM action a JOIN client c ON c.id = a.client_id JOIN member o ON o.id = a.owner_id
    LEFT JOIN member b ON b.id = a.closed_by_id
"""
_ORDER = " ORDER BY a.due, a.id"


def _row(row: sqlite3.Row) -> Action:
    return Action(
        id=row["id"], decision_id=row["decision_id"], client_id=row["client_id"],
        client_reference=row["client_reference"], what=row["what"], owner_id=row["owner_id"],
        owner=row["owner"], due=dt.date.fromisoformat(row["due"]),
        state=ActionState(row["state"]), closed_by_id=row["closed_by_id"],
        closed_by=row["closed_by"],
        closed_at=dt.datetime.fromisoformat(row["closed_at"]) if row["closed_at"] else None,
        created_at=dt.datetime.fromisoformat(row["created_at"]))


def get(store: Store, action_id: int) -> Action:
    rows = store.query(_SELECT + " WHERE a.id = ?", (action_id,))
    if not rows:
        raise ValidationError([Problem("action", Code.NOT_FOUND)])
    return _row(rows[0])


def for_decision(store: Store, decision_id: int) -> list[Action]:
    """The actions made by that decision (a correction carries its own, rule 13)."""
    return [_row(r) for r in store.query(_SELECT + " WHERE a.decision_id = ?" + _ORDER,
                                         (decision_id,))]


def for_client(store: Store, client_id: int, open_only: bool = False) -> list[Action]:
    where = " WHERE a.client_id = ?" + (" AND a.state = 'open'" if open_only else "")
    return [_row(r) for r in store.query(_SELECT + where + _ORDER, (client_id,))]


def all_actions(store: Store) -> list[Action]:
    """Every action, open or closed, earliest due first."""
    return [_row(r) for r in store.query(_SELECT + _ORDER)]


def open_actions(store: Store) -> list[Action]:
    """Every open action, earliest due first."""
    return [_row(r) for r in store.query(_SELECT + " WHERE a.state = 'open'" + _ORDER)]


def overdue(store: Store, on: dt.date) -> list[Action]:
    """The actions open now that were due before ``on``."""
    return [_row(r) for r in store.query(
        _SELECT + " WHERE a.state = 'open' AND a.due < ?" + _ORDER, (on.isoformat(),))]


def overdue_count(store: Store, on: dt.date) -> int:
    """How many :func:`overdue` gives, counted in the index (the agenda screen shows it
    on start-up)."""
    rows = store.query("SELECT count(*) FROM action WHERE state = 'open' AND due < ?",
                       (on.isoformat(),))
    return int(rows[0][0])


def open_on(store: Store, day: dt.date) -> list[Action]:
    """The actions that were open at the end of ``day`` (made on or before it, not closed
    by then), as they are now; see docs/figures.md (e)."""
    end = (day + dt.timedelta(days=1)).isoformat()
    return [_row(r) for r in store.query(
        f"SELECT * FROM ({_SELECT} WHERE a.state = 'open' AND a.created_at < ?"
        f" UNION ALL {_SELECT} WHERE a.closed_at >= ? AND a.created_at < ?)"
        " a ORDER BY a.due, a.id", (end, end, end))]


def open_between(store: Store, first: dt.date, last: dt.date) -> list[tuple[str, str | None, str]]:
    """(created_at, closed_at, due) of every action open at the end of some day from
    ``first`` to ``last``: open now, or closed after ``first`` ended. Two index ranges
    (the open ones, the recent closes), not the whole table: the figures read this."""
    made_before = (last + dt.timedelta(days=1)).isoformat()
    closed_from = (first + dt.timedelta(days=1)).isoformat()
    return [(r[0], r[1], r[2]) for r in store.query(
        "SELECT created_at, NULL, due FROM action"  # an open one is not closed
        " WHERE state = 'open' AND created_at < ?"
        " UNION ALL SELECT created_at, closed_at, due FROM action"
        " WHERE closed_at >= ? AND created_at < ?",
        (made_before, closed_from, made_before))]


# -- made with a decision (vergadering.decisions) --------------------------------------
def owner_ids(inputs: Sequence[ActionInput]) -> list[int]:
    """The members to look up for :func:`check`."""
    return sorted({a.owner_id for a in inputs if isinstance(a.owner_id, int)})


def check(problems: list[Problem], inputs: Sequence[ActionInput],
          owners: Mapping[int, tuple[str, bool]], today: dt.date) -> tuple[ActionInput, ...]:
    """Rule 13: each action says what, who (an active member: ``owners`` maps the ids
    of :func:`owner_ids` to name and active) and by when (today or later). Problems
    name the action by its number (``params["action"]``, from 1). Returns them cleaned."""
    if len(inputs) > MAX_PER_DECISION:
        problems.append(Problem("actions", Code.OUT_OF_RANGE,
                                {"min": 0, "max": MAX_PER_DECISION}))
        return tuple(inputs)
    clean: list[ActionInput] = []
    for number, action in enumerate(inputs, start=1):
        found: list[Problem] = []
        what = check_text(found, "action_what", action.what, max_length=WHAT_MAX)
        if action.owner_id is None:
            found.append(Problem("action_owner", Code.REQUIRED))
        elif action.owner_id not in owners:
            found.append(Problem("action_owner", Code.NOT_FOUND))
        elif not owners[action.owner_id][1]:
            found.append(Problem("action_owner", Code.INACTIVE,
                                 {"name": owners[action.owner_id][0]}))
        if not isinstance(action.due, dt.date) or isinstance(action.due, dt.datetime):
            found.append(Problem("action_due", Code.REQUIRED))
        elif action.due < today:
            found.append(Problem("action_due", Code.DATE_IN_PAST,
                                 {"value": action.due.isoformat()}))
        problems.extend(Problem(p.field, p.code, {**p.params, "action": number})
                        for p in found)
        clean.append(ActionInput(what, action.owner_id, action.due))
    return tuple(clean)


def insert(store: Store, decision_id: int, client_id: int,
           inputs: Sequence[ActionInput]) -> None:
    """Store the checked actions of a new decision: one statement for all of them. Call
    inside the decision's transaction."""
    if not inputs:
        return
    now = store.clock.now().isoformat()
    values: list[object] = []
    for action in inputs:
        assert action.due is not None
        values += [decision_id, client_id, action.what, action.owner_id,
                   action.due.isoformat(), now]
    store.conn.execute(
        "INSERT INTO action(decision_id, client_id, what, owner_id, due, created_at) VALUES "
        + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(inputs)), values)
    store.notify(Change("action"))


# -- closing ---------------------------------------------------------------------------
def close(store: Store, action_id: int, state: ActionState, by_member_id: int) -> Action:
    """Close an open action as done or dropped, by a member (kept, with the time)."""
    with store.transaction() as conn:
        action = get(store, action_id)
        problems: list[Problem] = []
        if state not in (ActionState.DONE, ActionState.DROPPED):
            problems.append(Problem("state", Code.INVALID_CHOICE))
        rows = store.query("SELECT name, active FROM member WHERE id = ?", (by_member_id,))
        if not rows:
            problems.append(Problem("by", Code.NOT_FOUND))
        elif not rows[0]["active"]:
            problems.append(Problem("by", Code.INACTIVE, {"name": rows[0]["name"]}))
        if action.state is not ActionState.OPEN:
            problems = [Problem("action", Code.ALREADY_CLOSED, {
                "state": action.state.value, "by": action.closed_by,
                "at": action.closed_at.isoformat() if action.closed_at else None})]
        if problems:
            raise ValidationError(problems)
        conn.execute("UPDATE action SET state = ?, closed_by_id = ?, closed_at = ?"
                     " WHERE id = ? AND state = 'open'",
                     (state.value, by_member_id, store.clock.now().isoformat(), action_id))
        store.notify(Change("action", (action_id,)))
    return get(store, action_id)
