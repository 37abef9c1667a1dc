"""Meetings: one per date, on the team's weekday. Created when first needed.

A meeting is held on the day it is started (rule 7, docs/rules.md): one planned for
another day is re-dated when it starts. It then *stands for* the team's meeting day
nearest to the day it was held (a Monday meeting stands for Tuesday's), so that the next
meeting, carried-over items and new items go to the meeting day after that one.

owns: table meeting
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
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


def meeting_day_on_or_before(settings: TeamSettings, day: dt.date) -> dt.date:
    """The last meeting weekday on or before ``day``: the meeting a client due on
    ``day`` is planned at (the planner takes those due before the next meeting)."""
    return day - dt.timedelta(days=(day.weekday() - settings.meeting_weekday) % 7)


def stands_for(settings: TeamSettings, held: dt.date) -> dt.date:
    """The team's meeting day nearest to ``held`` (within three days; a meeting held on
    the meeting day stands for itself)."""
    offset = (held.weekday() - settings.meeting_weekday) % 7
    return held - dt.timedelta(days=offset) if offset <= 3 else held + dt.timedelta(
        days=7 - offset)


def following_date(settings: TeamSettings, date: dt.date) -> dt.date:
    """The meeting after the one on ``date``: the first meeting day after the day it
    stands for. Where deferred and carried-over items go."""
    return next_meeting_date(settings, stands_for(settings, date), inclusive=False)


def due_by_for(settings: TeamSettings, date: dt.date) -> dt.date:
    """The last due date the evaluations of the meeting on ``date`` cover: the day before
    the next meeting. A client due in between would otherwise wait, overdue, for a
    week. The planner's proposals and the capacity forecast share this rule."""
    return following_date(settings, date) - dt.timedelta(days=1)


def _meeting(row: sqlite3.Row) -> Meeting:
    return Meeting(row["id"], dt.date.fromisoformat(row["date"]), MeetingStatus(row["status"]))


def find(store: Store, date: dt.date) -> Meeting | None:
    rows = store.query("SELECT id, date, status FROM meeting WHERE date = ?", (date.isoformat(),))
    return _meeting(rows[0]) if rows else None


def upcoming_date(store: Store, settings: TeamSettings, today: dt.date | None = None) -> dt.date:
    """The next meeting open for planning: the first meeting weekday from today on that no
    started meeting stands for. A running or closed meeting (also today's, or one held a
    day early) is skipped, so items can be queued for next week while this week's meeting
    runs."""
    date = next_meeting_date(settings, today or store.clock.today())
    week = dt.timedelta(days=3)
    while True:
        held = store.query(
            "SELECT date FROM meeting WHERE status != 'planned' AND date BETWEEN ? AND ?",
            ((date - week).isoformat(), (date + week).isoformat()))
        if not any(stands_for(settings, dt.date.fromisoformat(r["date"])) == date
                   for r in held):
            return date
        date = next_meeting_date(settings, date, inclusive=False)


def running(store: Store) -> Meeting | None:
    """The meeting in progress, if any (also after a crash or restart)."""
    rows = store.query("SELECT id, date, status FROM meeting WHERE status = 'running'"
                       " ORDER BY date LIMIT 1")
    return _meeting(rows[0]) if rows else None


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


def set_status(store: Store, meeting_id: int, status: MeetingStatus) -> None:
    """Start or close a meeting (the rules are :mod:`vergadering.run`'s). Call inside a
    transaction."""
    store.conn.execute("UPDATE meeting SET status = ? WHERE id = ?", (status.value, meeting_id))
    store.notify(Change("meeting", (meeting_id,)))


def redate(store: Store, meeting: Meeting, day: dt.date, *,
           absorbed: Meeting | None = None) -> Meeting:
    """Move a meeting to another day (rule 7). ``absorbed`` is the planned meeting of
    that day, whose items have already joined this one: it is removed. Call inside a
    transaction."""
    if absorbed is not None:
        store.conn.execute("DELETE FROM meeting WHERE id = ?", (absorbed.id,))
    store.conn.execute("UPDATE meeting SET date = ? WHERE id = ?", (day.isoformat(), meeting.id))
    store.notify(Change("meeting", (meeting.id,)))
    return Meeting(meeting.id, day, meeting.status)


def last_closed_before(store: Store, date: dt.date) -> Meeting | None:
    """The most recent closed meeting before ``date`` (for the terugblik)."""
    rows = store.query("SELECT date FROM meeting WHERE status = 'closed' AND date < ?"
                       " ORDER BY date DESC LIMIT 1", (date.isoformat(),))
    return find(store, dt.date.fromisoformat(rows[0]["date"])) if rows else None


@dataclass(frozen=True)
class HeldMeeting:
    date: dt.date
    status: MeetingStatus
    decisions: int  # valid decisions: a corrected one counts once, as its correction


def held(store: Store) -> list[HeldMeeting]:
    """Running and closed meetings, newest first, with their number of decisions."""
    rows = store.query(
        "SELECT m.date, m.status, (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id"
        "   AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)) AS n"
        " FROM meeting m WHERE m.status IN ('running', 'closed') ORDER BY m.date DESC")
    return [HeldMeeting(dt.date.fromisoformat(r["date"]), MeetingStatus(r["status"]), r["n"])
            for r in rows]
