"""The meeting's log: every start, pause, bell, choice and end, in order (what the
meeting's clocks are computed from, :mod:`vergadering.timeline`).

owns: table meeting_event
"""

from __future__ import annotations

import datetime as dt
import json

from .meetings import Meeting, MeetingStatus
from .store import Change, Store
from .timeline import Event, EventKind


def add(store: Store, meeting_id: int, kind: EventKind, item_id: int | None = None,
        **details: object) -> None:
    """Log an event now. Call inside the operation's transaction."""
    store.conn.execute(
        "INSERT INTO meeting_event(meeting_id, item_id, at, kind, details) VALUES (?, ?, ?, ?, ?)",
        (meeting_id, item_id, store.clock.now().isoformat(), kind.value,
         json.dumps(details, ensure_ascii=False)),
    )
    store.notify(Change("meeting_event", (meeting_id,)))


def for_meeting(store: Store, meeting_id: int) -> list[Event]:
    rows = store.query("SELECT id, kind, at, item_id, details FROM meeting_event"
                       " WHERE meeting_id = ? ORDER BY id", (meeting_id,))
    return [Event.from_row(*row) for row in rows]


def running_with_events(store: Store) -> tuple[Meeting, list[Event]] | None:
    """The meeting in progress and its log, in one query (None when none runs)."""
    rows = store.query(
        "SELECT m.id AS meeting_id, m.date, e.id, e.kind, e.at, e.item_id, e.details"
        " FROM meeting m LEFT JOIN meeting_event e ON e.meeting_id = m.id"
        " WHERE m.status = 'running' ORDER BY m.date, e.id")
    if not rows:
        return None
    meeting = Meeting(rows[0]["meeting_id"], dt.date.fromisoformat(rows[0]["date"]),
                      MeetingStatus.RUNNING)
    logged = [Event.from_row(r["id"], r["kind"], r["at"], r["item_id"], r["details"])
              for r in rows if r["meeting_id"] == meeting.id and r["id"] is not None]
    return meeting, logged


def set_latest_bell_reason(store: Store, meeting_id: int, reason: str) -> bool:
    """Set the reason of the meeting's latest ring; False when it has none. Call inside
    the operation's transaction."""
    rows = store.query("SELECT id, details FROM meeting_event WHERE meeting_id = ?"
                       " AND kind = 'bell' ORDER BY id DESC LIMIT 1", (meeting_id,))
    if not rows:
        return False
    details = json.loads(rows[0]["details"])
    details["reason"] = reason
    store.conn.execute("UPDATE meeting_event SET details = ? WHERE id = ?",
                       (json.dumps(details), rows[0]["id"]))
    store.notify(Change("meeting_event", (meeting_id,)))
    return True
