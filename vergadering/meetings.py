"""Meetings: one per date, on the team's weekday. Created when first needed."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from .settings import TeamSettings
from .store import Change, Store


class MeetingStatus(enum.Enum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


@dataclass(frozen=True)
class Meeting:
    id: int
    date: dt.date
    status: MeetingStatus


def next_meeting_date(settings: TeamSettings, after: dt.date, *, inclusive: bool = True) -> dt.date:
    """The first meeting weekday on or after ``after`` (strictly after when not inclusive)."""
    start = after if inclusive else after + dt.timedelta(days=1)
    return start + dt.timedelta(days=(settings.meeting_weekday - start.weekday()) % 7)


def find(store: Store, date: dt.date) -> Meeting | None:
    rows = store.query("SELECT id, date, status FROM meeting WHERE date = ?", (date.isoformat(),))
    if not rows:
        return None
    row = rows[0]
    return Meeting(row["id"], dt.date.fromisoformat(row["date"]), MeetingStatus(row["status"]))


def upcoming_date(store: Store, settings: TeamSettings) -> dt.date:
    """The next meeting open for planning: the first meeting weekday from today on whose
    meeting has not started. A running or closed meeting (also today's) is skipped, so
    items can be queued for next week while this week's meeting runs."""
    date = next_meeting_date(settings, store.clock.today())
    while True:
        meeting = find(store, date)
        if meeting is None or meeting.status is MeetingStatus.PLANNED:
            return date
        date = next_meeting_date(settings, date, inclusive=False)


def running(store: Store) -> Meeting | None:
    """The meeting in progress, if any (also after a crash or restart)."""
    rows = store.query("SELECT date FROM meeting WHERE status = 'running' ORDER BY date LIMIT 1")
    return find(store, dt.date.fromisoformat(rows[0]["date"])) if rows else None


def ensure(store: Store, date: dt.date) -> Meeting:
    """The meeting on ``date``, created if needed. Call inside a transaction."""
    existing = find(store, date)
    if existing is not None:
        return existing
    store.conn.execute("INSERT INTO meeting(date, status, created_at) VALUES (?, 'planned', ?)",
                       (date.isoformat(), store.clock.now().isoformat()))
    store.notify(Change("meeting"))
    created = find(store, date)
    assert created is not None
    return created


def last_closed_before(store: Store, date: dt.date) -> Meeting | None:
    """The most recent closed meeting before ``date`` (for the terugblik)."""
    rows = store.query("SELECT date FROM meeting WHERE status = 'closed' AND date < ?"
                       " ORDER BY date DESC LIMIT 1", (date.isoformat(),))
    return find(store, dt.date.fromisoformat(rows[0]["date"])) if rows else None
