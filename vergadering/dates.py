"""Dates as Dutch teams type them, and calendar-month arithmetic."""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateutil.relativedelta import relativedelta

from .problems import Code

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$")


class DateParseError(ValueError):
    def __init__(self, code: Code) -> None:
        super().__init__(code.value)
        self.code = code


def parse_date(text: str) -> dt.date:
    """Parse ``2026-05-31``, ``31-05-2026``, ``31-5-2026``, ``31/05/2026`` or ``31.05.2026``.

    Day-first always: Dutch users never write month-first. Two-digit years are refused
    rather than guessed.
    """
    value = text.strip()
    m = _ISO.match(value)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DAY_FIRST.match(value)
        if not m:
            raise DateParseError(Code.INVALID_DATE)
        if len(m[4]) == 2:
            raise DateParseError(Code.TWO_DIGIT_YEAR)
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    if year < 1900 or year > 2999:
        raise DateParseError(Code.INVALID_DATE)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateParseError(Code.INVALID_DATE) from None


def parse_optional_date(text: str | None) -> dt.date | None:
    if text is None or not text.strip():
        return None
    return parse_date(text)


@functools.lru_cache(maxsize=65536)
def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months: 31 Aug + 6 months = 28 Feb (29 in a leap year).

    Beyond the calendar (after 31 December 9999 or before 1 January 1) it stops at its
    end: a date typed in the app stops at 2999, but a file edited by hand may hold 9999,
    and a client whose evaluation is due after the calendar ends is simply never due.

    Cached: a caseload has far fewer distinct dates than clients, and the overdue
    overview of a large organisation calls this once per client."""
    try:
        result: dt.date = day + relativedelta(months=months)
    except (ValueError, OverflowError):
        return dt.date.max if months > 0 else dt.date.min
    return result


def to_iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def from_iso(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def format_nl(day: dt.date | None) -> str:
    """``31-05-2026``: how Dutch users read and type a date."""
    return day.strftime("%d-%m-%Y") if day else ""
