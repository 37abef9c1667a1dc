"""Next evaluation dates as an iCalendar file (RFC 5545) that Outlook and other
calendars import: one all-day event per active client. Built with the ``icalendar``
library rather than by hand: line folding, escaping and UIDs are easy to get subtly
wrong, and Outlook is strict about them.

The event lies on the day the client will really be discussed, never before today
(:func:`event_date`): the meeting it is queued for; else its due date (rule 5); else,
when it is overdue and on no agenda, the next meeting.

Importing a later export replaces the earlier events: each client has one UID whatever
its date (the database has no identity of its own, so the UID is the client id and a
fixed text; two teams importing into one calendar could collide), and SEQUENCE grows
with the export time.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

import icalendar

PRODID = "-//vergadering//Volgende evaluaties//NL"
_SEQUENCE_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


class Planned(Protocol):
    """What an event needs; overview rows fit."""

    @property
    def client_id(self) -> int: ...

    @property
    def due(self) -> dt.date: ...

    @property
    def on_agenda(self) -> dt.date | None: ...


T = TypeVar("T", bound=Planned)


class Reason(enum.Enum):
    """Why an event lies on its date (the UI words it)."""

    ON_AGENDA = "on_agenda"  # queued for an open meeting today or later: that meeting
    DUE = "due"  # on no agenda, due today or later: the due date
    NEXT_MEETING = "next_meeting"  # overdue, on no agenda: the next meeting
    # queued for an open meeting dated before today (not held or not closed yet): the
    # next meeting
    EARLIER_MEETING = "earlier_meeting"


@dataclass(frozen=True)
class EventDate:
    date: dt.date
    reason: Reason


def event_date(client: Planned, today: dt.date, next_meeting: dt.date) -> EventDate:
    """The day the client's event lies on; never before ``today``. ``next_meeting`` is
    the next meeting open for planning (``meetings.upcoming_date``)."""
    if next_meeting < today:
        raise ValueError(f"next meeting {next_meeting} lies before today {today}")
    if client.on_agenda is not None:
        if client.on_agenda >= today:
            return EventDate(client.on_agenda, Reason.ON_AGENDA)
        return EventDate(next_meeting, Reason.EARLIER_MEETING)
    if client.due >= today:
        return EventDate(client.due, Reason.DUE)
    return EventDate(next_meeting, Reason.NEXT_MEETING)


def uid(client_id: int) -> str:
    """One UID per client, whatever its date: a later import replaces the event."""
    return f"evaluatie-{client_id}@vergadering"


def utc(now: dt.datetime) -> dt.datetime:
    """``now`` in UTC, to the second; a naive time is the computer's local time."""
    return now.astimezone(dt.UTC).replace(microsecond=0)


def sequence(now: dt.datetime) -> int:
    """Whole minutes since 2000-01-01 UTC: each later export has a higher SEQUENCE, so
    calendars take its events as newer versions of the same ones."""
    return int((utc(now) - _SEQUENCE_EPOCH).total_seconds()) // 60


def to_ics(
    clients: Iterable[T],
    *,
    now: dt.datetime,
    today: dt.date,
    next_meeting: dt.date,
    summary: Callable[[T], str],
    description: Callable[[T, EventDate], str] | None = None,
    calendar_name: str = "",
) -> bytes:
    """The calendar as bytes. ``now`` is the export time (naive = local time);
    ``today`` and ``next_meeting`` decide the dates (:func:`event_date`).
    ``summary``/``description`` give each event's text (the UI translates it); only the
    pseudonymous reference and the behandelaar belong there."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if calendar_name:
        cal.add("x-wr-calname", calendar_name)
    stamp = utc(now)
    version = sequence(now)
    for client in clients:
        when = event_date(client, today, next_meeting)
        event = icalendar.Event()
        event.add("uid", uid(client.client_id))
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", version)
        event.add("dtstart", when.date)
        event.add("dtend", when.date + dt.timedelta(days=1))
        event.add("summary", summary(client))
        if description is not None:
            event.add("description", description(client, when))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
