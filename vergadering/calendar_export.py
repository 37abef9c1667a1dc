"""Next evaluation dates as an iCalendar file (RFC 5545) that Outlook and other
calendars import: one all-day event per active client, on the date the client is due
(rule 5). Built with the ``icalendar`` library rather than by hand: line folding,
escaping and UIDs are easy to get subtly wrong, and Outlook is strict about them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

import icalendar

PRODID = "-//vergadering//Volgende evaluaties//NL"


class Dated(Protocol):
    """What an event needs: overview rows and DueClient both fit."""

    @property
    def client_id(self) -> int: ...

    @property
    def due(self) -> dt.date: ...


T = TypeVar("T", bound=Dated)


def to_ics(
    due: Iterable[T],
    *,
    now: dt.datetime,
    summary: Callable[[T], str],
    description: Callable[[T], str] | None = None,
    calendar_name: str = "",
) -> bytes:
    """The calendar as bytes. ``summary``/``description`` give each event's text (the UI
    translates it); only the pseudonymous reference and the behandelaar belong there."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if calendar_name:
        cal.add("x-wr-calname", calendar_name)
    stamp = now.replace(microsecond=0)
    for client in due:
        event = icalendar.Event()
        # Stable per client and date: importing again updates instead of duplicating.
        event.add("uid", f"evaluatie-{client.client_id}-{client.due.isoformat()}@vergadering")
        event.add("dtstamp", stamp)
        event.add("dtstart", client.due)
        event.add("dtend", client.due + dt.timedelta(days=1))
        event.add("summary", summary(client))
        if description is not None:
            event.add("description", description(client))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
