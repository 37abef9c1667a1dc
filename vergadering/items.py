"""Agenda items (agendapunten): queueing, editing, withdrawing, moving and deferring,
and what a meeting does with them (outcomes, deferral, carrying over).

Every change records who and when (``item_change``). Edits carry the version the user
started from: when someone else saved the item in between, the save is refused with a
:class:`ConflictError` holding the other version, so nothing is silently overwritten.
What an item is: :mod:`.item_types`; the checks of its input (rules 1, 14): :mod:`.item_checks`.

owns: tables item, item_change
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sqlite3
from collections.abc import Collection, Iterable
from typing import Any

from . import meetings
from . import settings as team_settings
from .item_checks import NEEDS_QUESTION, PROCESS_STATE_MAX, QUESTION_MAX, check_by, validate
from .item_types import (
    Action,
    ConflictError,
    DecisionKind,
    Item,
    ItemChange,
    ItemInput,
    ItemStatus,
    Outcome,
)
from .meetings import MeetingStatus
from .problems import Code, Problem, ValidationError
from .settings import Block, ItemType
from .store import Change, Store

__all__ = [
    "NEEDS_QUESTION", "PROCESS_STATE_MAX", "QUESTION_MAX", "Action", "ConflictError",
    "DecisionKind", "Item", "ItemChange", "ItemInput", "ItemStatus", "Outcome",
    "carry_items", "carry_over", "defer_item", "defer_to", "deferred_from", "end_position",
    "get", "history", "join_meeting", "list_items", "log_change", "move_item",
    "queue_item", "reorder_item", "set_outcome", "update_item", "validate",
    "withdraw_at_close", "withdraw_item",
]


_SELECT = """
    SELECT i.*, mt.date AS meeting_date, c.reference AS client_reference,
           p.name AS presenter, u.name AS updated_by_name,
           (SELECT co.id FROM consultation co WHERE co.return_item_id = i.id) AS report_back_of
    FROM item i
    JOIN meeting mt ON mt.id = i.meeting_id
    JOIN client c ON c.id = i.client_id
    JOIN member p ON p.id = i.presenter_id
    LEFT JOIN member u ON u.id = i.updated_by
"""


def _row(row: sqlite3.Row) -> Item:
    return Item(
        id=row["id"], meeting_id=row["meeting_id"], client_id=row["client_id"],
        meeting_date=dt.date.fromisoformat(row["meeting_date"]),
        client_reference=row["client_reference"], presenter_id=row["presenter_id"],
        presenter=row["presenter"], type=ItemType(row["type"]), block=Block(row["block"]),
        question=row["question"], process_state=row["process_state"], minutes=row["minutes"],
        proposed_decision=DecisionKind(p) if (p := row["proposed_decision"]) else None,
        position=row["position"], status=ItemStatus(row["status"]),
        carried_over=row["carried_over"], version=row["version"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        updated_at=dt.datetime.fromisoformat(row["updated_at"]),
        updated_by=row["updated_by_name"], report_back_of=row["report_back_of"],
        outcome=Outcome(row["outcome"]) if row["outcome"] else None,
        client_perspective=row["client_perspective"])


def get(store: Store, item_id: int) -> Item:
    rows = store.query(_SELECT + " WHERE i.id = ?", (item_id,))
    if not rows:
        raise ValidationError([Problem("item", Code.NOT_FOUND)])
    return _row(rows[0])


def list_items(store: Store, meeting_date: dt.date,
               status: ItemStatus | None = ItemStatus.QUEUED) -> list[Item]:
    """Items of the meeting on ``meeting_date``, by block then position."""
    sql = _SELECT + " WHERE mt.date = ?"
    params: tuple[object, ...] = (meeting_date.isoformat(),)
    if status is not None:
        sql += " AND i.status = ?"
        params += (status.value,)
    return [_row(r) for r in store.query(sql + " ORDER BY i.block, i.position, i.id", params)]


def for_client_on(store: Store, meeting_date: dt.date, client_id: int, *,
                  other_than: int | None = None) -> list[Item]:
    """The client's queued items on the agenda of the meeting on ``meeting_date`` (but
    ``other_than``): a second item for the same client is allowed, but the form warns
    first, naming these."""
    rows = store.query(_SELECT + " WHERE mt.date = ? AND i.client_id = ? AND i.status = ?"
                       " AND i.id != ? ORDER BY i.block, i.position, i.id",
                       (meeting_date.isoformat(), client_id, ItemStatus.QUEUED.value,
                        other_than if other_than is not None else -1))
    return [_row(r) for r in rows]


def history(store: Store, item_id: int) -> list[ItemChange]:
    rows = store.query(
        "SELECT ch.at, m.name, ch.action, ch.details FROM item_change ch"
        " LEFT JOIN member m ON m.id = ch.by_id WHERE ch.item_id = ? ORDER BY ch.id",
        (item_id,),
    )
    return [ItemChange(dt.datetime.fromisoformat(r[0]), r[1], Action(r[2]), json.loads(r[3]))
            for r in rows]


# -- operations ----------------------------------------------------------------
def log_change(store: Store, item_id: int, by: int | None, action: Action,
               details: dict[str, Any] | None = None) -> None:
    """Keep a change in the item's history. Call inside the operation's transaction."""
    store.conn.execute(
        "INSERT INTO item_change(item_id, at, by_id, action, details) VALUES (?, ?, ?, ?, ?)",
        (item_id, store.clock.now().isoformat(), by, action.value,
         json.dumps(details or {}, ensure_ascii=False)),
    )


def end_position(store: Store, meeting_id: int, block: Block) -> int:
    row = store.query("SELECT coalesce(max(position), 0) + 1 FROM item"
                      " WHERE meeting_id = ? AND block = ? AND status = 'queued'",
                      (meeting_id, block.value))
    return int(row[0][0])


def _require_open(store: Store, meeting_id: int) -> None:
    rows = store.query("SELECT date, status FROM meeting WHERE id = ?", (meeting_id,))
    if rows and rows[0]["status"] != MeetingStatus.PLANNED.value:
        raise ValidationError([Problem("meeting", Code.MEETING_STARTED,
                                       {"date": rows[0]["date"]})])


def _require_queued(item: Item) -> None:
    if item.status is not ItemStatus.QUEUED:
        raise ValidationError([Problem("item", Code.NOT_QUEUED, {"status": item.status.value})])


def queue_item(store: Store, data: ItemInput, *, by: int | None,
               meeting_date: dt.date | None = None,
               origin: dict[str, Any] | None = None) -> Item:
    """Put an item on the agenda of the next open meeting (or ``meeting_date``).
    ``origin`` says in the item's history where it came from when no member queued it
    (e.g. a consultation reporting back)."""
    settings = team_settings.load(store)
    with store.transaction() as conn:
        clean = validate(store, data, settings)
        check_by(store, by)
        date = meeting_date or meetings.upcoming_date(store, settings)
        meeting = meetings.ensure(store, date)
        _require_open(store, meeting.id)
        assert clean.block is not None and clean.type is not None
        now = store.clock.now().isoformat()
        cur = conn.execute(
            "INSERT INTO item(meeting_id, client_id, presenter_id, type, block, question,"
            " process_state, minutes, proposed_decision, position, status, created_by,"
            " created_at, updated_by, updated_at, client_perspective)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
            (meeting.id, clean.client_id, clean.presenter_id, clean.type.value,
             clean.block.value, clean.question, clean.process_state, clean.minutes,
             clean.proposed_decision.value if clean.proposed_decision else None,
             end_position(store, meeting.id, clean.block), by, now, by, now,
             clean.client_perspective),
        )
        item_id = int(cur.lastrowid or 0)
        log_change(store, item_id, by, Action.QUEUED, origin)
        store.notify(Change("item", (item_id,)))
    return get(store, item_id)


_FIELDS = ("client_id", "presenter_id", "type", "block", "question", "process_state",
           "minutes", "proposed_decision", "client_perspective")


def _value(value: object) -> object:
    return value.value if isinstance(value, enum.Enum) else value


def update_item(store: Store, item_id: int, data: ItemInput, *, by: int | None,
                expected_version: int) -> Item:
    """Save an edit made on version ``expected_version`` of the item. Raises
    ConflictError when the item has changed since; ValidationError on bad input or when
    the meeting has started."""
    settings = team_settings.load(store)
    with store.transaction() as conn:
        check_by(store, by)
        current = get(store, item_id)
        if current.version != expected_version:
            raise ConflictError(current, data)
        _require_queued(current)
        _require_open(store, current.meeting_id)
        clean = validate(store, data, settings)
        old = current.as_input()
        changed = {f: [_value(getattr(old, f)), _value(getattr(clean, f))] for f in _FIELDS
                   if getattr(old, f) != getattr(clean, f)}
        if not changed:
            return current
        assert clean.block is not None and clean.type is not None
        position = current.position
        if clean.block is not current.block:
            position = end_position(store, current.meeting_id, clean.block)
        conn.execute(
            "UPDATE item SET client_id = ?, presenter_id = ?, type = ?, block = ?, question = ?,"
            " process_state = ?, minutes = ?, proposed_decision = ?, position = ?,"
            " client_perspective = ?, version = version + 1, updated_by = ?, updated_at = ?"
            " WHERE id = ?",
            (clean.client_id, clean.presenter_id, clean.type.value, clean.block.value,
             clean.question, clean.process_state, clean.minutes,
             clean.proposed_decision.value if clean.proposed_decision else None, position,
             clean.client_perspective, by, store.clock.now().isoformat(), item_id),
        )
        log_change(store, item_id, by, Action.EDITED, changed)
        store.notify(Change("item", (item_id,)))
    return get(store, item_id)


def _touch(store: Store, item_id: int, by: int | None, sets: str,
           params: tuple[object, ...], action: Action, details: dict[str, Any],
           *, bump: bool = True) -> None:
    version = ", version = version + 1" if bump else ""
    store.conn.execute(
        f"UPDATE item SET {sets}{version}, updated_by = ?, updated_at = ? WHERE id = ?",
        (*params, by, store.clock.now().isoformat(), item_id),
    )
    log_change(store, item_id, by, action, details)
    store.notify(Change("item", (item_id,)))


def _checked(store: Store, item_id: int, expected_version: int | None,
             by: int | None) -> Item:
    item = get(store, item_id)
    check_by(store, by)
    if expected_version is not None and item.version != expected_version:
        raise ConflictError(item, None)
    _require_queued(item)
    _require_open(store, item.meeting_id)
    return item


def withdraw_item(store: Store, item_id: int, *, by: int | None,
                  expected_version: int | None = None) -> Item:
    with store.transaction():
        _checked(store, item_id, expected_version, by)
        _touch(store, item_id, by, "status = 'withdrawn'", (), Action.WITHDRAWN, {})
    return get(store, item_id)


def move_item(store: Store, item_id: int, block: Block, *, by: int | None) -> Item:
    """Move an item to the end of the other block."""
    with store.transaction():
        item = _checked(store, item_id, None, by)
        if item.block is block:
            return item
        _touch(store, item_id, by, "block = ?, position = ?",
               (block.value, end_position(store, item.meeting_id, block)), Action.MOVED,
               {"block": [item.block.value, block.value]})
    return get(store, item_id)


def reorder_item(store: Store, item_id: int, index: int, *, by: int | None) -> Item:
    """Put an item at ``index`` (0-based, clamped) within its block."""
    with store.transaction() as conn:
        item = _checked(store, item_id, None, by)
        rows = store.query("SELECT id FROM item WHERE meeting_id = ? AND block = ?"
                           " AND status = 'queued' ORDER BY position, id",
                           (item.meeting_id, item.block.value))
        order = [r["id"] for r in rows if r["id"] != item_id]
        index = max(0, min(index, len(order)))
        old_index = [r["id"] for r in rows].index(item_id)
        if index == old_index:
            return item
        order.insert(index, item_id)
        for position, other in enumerate(order, start=1):
            conn.execute("UPDATE item SET position = ? WHERE id = ?", (position, other))
        # Position is the chair's planning, not the inbrenger's content: no version bump.
        _touch(store, item_id, by, "position = position", (), Action.REORDERED,
               {"index": [old_index, index]}, bump=False)
    return get(store, item_id)


def defer_item(store: Store, item_id: int, *, by: int | None) -> Item:
    """Move an item, with all its content, to the meeting after its own."""
    settings = team_settings.load(store)
    with store.transaction():
        item = _checked(store, item_id, None, by)
        target = meetings.ensure(store, meetings.following_date(settings, item.meeting_date))
        _touch(store, item_id, by, "meeting_id = ?, position = ?",
               (target.id, end_position(store, target.id, item.block)), Action.DEFERRED,
               {"meeting": [item.meeting_date.isoformat(), target.date.isoformat()]})
    return get(store, item_id)


def deferred_from(store: Store, meeting: meetings.Meeting, since: dt.datetime) -> list[Item]:
    """Items deferred from ``meeting`` to a later one at or after ``since`` (for the
    chair: the meeting's start) that still wait there: they have left the meeting's
    agenda, but the chair sees what happened to them."""
    rows = store.query(
        "SELECT DISTINCT item_id FROM item_change WHERE action = ? AND at >= ?"
        " AND json_extract(details, '$.meeting[0]') = ? ORDER BY item_id",
        (Action.DEFERRED.value, since.isoformat(), meeting.date.isoformat()))
    found = [get(store, row["item_id"]) for row in rows]
    return [item for item in found
            if item.meeting_id != meeting.id and item.status is ItemStatus.QUEUED]


def carry_over(store: Store) -> int:
    """Move queued items of past meetings that were never closed to the next meeting,
    counting how often each was carried over. Returns how many moved. A meeting still
    running is left alone. Items of a closed meeting that were not reached are carried
    over when the meeting is closed (:func:`vergadering.run.close_meeting`)."""
    settings = team_settings.load(store)
    today = store.clock.today()
    stale = store.query(
        "SELECT i.id FROM item i JOIN meeting mt ON mt.id = i.meeting_id"
        " WHERE i.status = 'queued' AND mt.date < ? AND mt.status = 'planned'"
        " ORDER BY mt.date, i.block, i.position", (today.isoformat(),))
    if not stale:
        return 0
    with store.transaction():
        return carry_items(store, [r["id"] for r in stale],
                           meetings.upcoming_date(store, settings))


def carry_items(store: Store, item_ids: list[int], target_date: dt.date,
                skipped: Collection[int] = ()) -> int:
    """Carry the given queued items to the meeting on ``target_date``, keeping their
    order. Items in ``skipped`` were passed over by the chair (not merely not reached):
    their history says so. Call inside a transaction."""
    target = meetings.ensure(store, target_date)
    moved = 0
    for item_id in item_ids:
        item = get(store, item_id)
        if item.status is not ItemStatus.QUEUED or item.meeting_id == target.id:
            continue
        moved += 1
        store.conn.execute(
            "UPDATE item SET meeting_id = ?, position = ?, carried_over = carried_over + 1"
            " WHERE id = ?",
            (target.id, end_position(store, target.id, item.block), item_id))
        details: dict[str, Any] = {
            "meeting": [item.meeting_date.isoformat(), target.date.isoformat()],
            "position": item.position}  # on the meeting it left (for its review)
        if item_id in skipped:
            details["outcome"] = Outcome.SKIPPED.value
        log_change(store, item_id, None, Action.CARRIED_OVER, details)
        store.notify(Change("item", (item_id,)))
    return moved


# -- what the running meeting does with items (vergadering.run, .decisions) ----------
def set_outcome(store: Store, item_ids: Iterable[int], outcome: Outcome | None) -> None:
    """Record what the meeting did with the items (None: waiting again). In a transaction."""
    ids = list(item_ids)
    store.conn.executemany("UPDATE item SET outcome = ? WHERE id = ?",
                           [(outcome.value if outcome else None, i) for i in ids])
    for item_id in ids:
        store.notify(Change("item", (item_id,)))


def withdraw_at_close(store: Store, item_id: int) -> None:
    """An acute item not reached, withdrawn when its meeting closed (rule 10)."""
    store.conn.execute("UPDATE item SET status = 'withdrawn', outcome = ?,"
                       " version = version + 1 WHERE id = ?", (Outcome.WITHDRAWN.value, item_id))
    log_change(store, item_id, None, Action.WITHDRAWN, {"at_close": True})
    store.notify(Change("item", (item_id,)))


def defer_to(store: Store, item: Item, target: meetings.Meeting, *,
             gave_way_to: int | None = None) -> None:
    """Move an item of a running meeting to the end of its block on ``target`` (the
    next meeting), waiting again; ``gave_way_to``: the item taken anyway in its place."""
    store.conn.execute("UPDATE item SET meeting_id = ?, position = ?, outcome = NULL,"
                       " version = version + 1 WHERE id = ?",
                       (target.id, end_position(store, target.id, item.block), item.id))
    details: dict[str, object] = {
        "meeting": [item.meeting_date.isoformat(), target.date.isoformat()],
        "position": item.position}
    if gave_way_to is not None:
        details["gave_way_to"] = gave_way_to
    log_change(store, item.id, None, Action.DEFERRED, details)
    store.notify(Change("item", (item.id,)))


def join_meeting(store: Store, source_date: dt.date, target_id: int) -> None:
    """Every item of the meeting on ``source_date`` joins meeting ``target_id``, after
    the items already there in each block (a meeting moved to that day, rule 7)."""
    for item in list_items(store, source_date, None):
        store.conn.execute("UPDATE item SET meeting_id = ?, position = ? WHERE id = ?",
                           (target_id, end_position(store, target_id, item.block), item.id))
        store.notify(Change("item", (item.id,)))
