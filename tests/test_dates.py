"""Dates as Dutch teams type them, and calendar-month arithmetic."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vergadering.dates import (
    DateParseError,
    add_months,
    format_nl,
    from_iso,
    parse_date,
    parse_optional_date,
    to_iso,
)
from vergadering.problems import Code

MAY_31 = dt.date(2026, 5, 31)


@pytest.mark.parametrize(
    "text",
    ["2026-05-31", "31-05-2026", "31-5-2026", "31/05/2026", "31/5/2026", "31.05.2026",
     "  31-05-2026  ", "2026-5-31"],
)
def test_accepts_iso_and_day_first_formats(text: str) -> None:
    assert parse_date(text) == MAY_31


def test_day_first_is_never_read_as_month_first() -> None:
    assert parse_date("03-04-2026") == dt.date(2026, 4, 3)
    assert parse_date("1/2/2027") == dt.date(2027, 2, 1)


@pytest.mark.parametrize("text", ["31-05-26", "31/5/26", "1.1.99"])
def test_two_digit_years_are_refused_not_guessed(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert info.value.code is Code.TWO_DIGIT_YEAR


@pytest.mark.parametrize(
    "text",
    ["", "   ", "morgen", "31-02-2026", "2026-02-30", "32-01-2026", "31-13-2026",
     "31-05/2026", "2026/05/31", "05-31-2026", "31-05-0026", "31-05-1899", "01-01-3000",
     "31 mei 2026", "2026-05-31T10:00", "31-05-2026x", "31-05-202"],
)
def test_invalid_dates_are_refused(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert info.value.code is Code.INVALID_DATE


def test_leap_day_only_in_leap_years() -> None:
    assert parse_date("29-02-2028") == dt.date(2028, 2, 29)
    with pytest.raises(DateParseError):
        parse_date("29-02-2027")


def test_optional_date_allows_empty() -> None:
    assert parse_optional_date(None) is None
    assert parse_optional_date("") is None
    assert parse_optional_date("  ") is None
    assert parse_optional_date("31-05-2026") == MAY_31
    with pytest.raises(DateParseError):
        parse_optional_date("nooit")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # leap year
        (dt.date(2026, 5, 31), 6, dt.date(2026, 11, 30)),
        (dt.date(2026, 1, 15), 6, dt.date(2026, 7, 15)),
        (dt.date(2026, 11, 23), 12, dt.date(2027, 11, 23)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
    ],
)
def test_add_months_uses_calendar_months(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


def test_iso_and_dutch_formatting() -> None:
    assert to_iso(MAY_31) == "2026-05-31"
    assert to_iso(None) is None
    assert from_iso("2026-05-31") == MAY_31
    assert from_iso(None) is None
    assert from_iso("") is None
    assert format_nl(dt.date(2026, 1, 2)) == "02-01-2026"
    assert format_nl(None) == ""


@given(st.text())
def test_parse_date_only_ever_raises_date_parse_error(text: str) -> None:
    try:
        result = parse_date(text)
    except DateParseError as error:
        assert error.code in (Code.INVALID_DATE, Code.TWO_DIGIT_YEAR)
    else:
        assert 1900 <= result.year <= 2999


_SHAPE = re.compile(r"([0-9]{1,4})([-/.])([0-9]{1,4})([-/.])([0-9]{1,4})")


def _expected(text: str) -> dt.date | Code:
    """What a date-shaped text means: ISO (year first, dashes) or day-first (the same
    separator twice, a four-digit year); a two-digit year is refused, not guessed;
    anything else, or a day that does not exist, is invalid."""
    shape = _SHAPE.fullmatch(text)
    assert shape is not None
    first, sep1, second, sep2, third = shape.groups()
    if len(first) == 4 and sep1 == sep2 == "-" and len(second) <= 2 and len(third) <= 2:
        year, month, day = int(first), int(second), int(third)
    elif len(first) <= 2 and sep1 == sep2 and len(second) <= 2 and len(third) in (2, 4):
        if len(third) == 2:
            return Code.TWO_DIGIT_YEAR
        day, month, year = int(first), int(second), int(third)
    else:
        return Code.INVALID_DATE
    try:
        result = dt.date(year, month, day)
    except ValueError:
        return Code.INVALID_DATE
    return result if 1900 <= year <= 2999 else Code.INVALID_DATE


@given(st.one_of(
    st.from_regex(_SHAPE, fullmatch=True),
    # real dates in every accepted spelling, so the accepting side is exercised too
    st.builds(lambda day, sep, pad: (f"{day.day:02d}" if pad else str(day.day)) + sep
              + (f"{day.month:02d}" if pad else str(day.month)) + sep + str(day.year),
              st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)),
              st.sampled_from("-/."), st.booleans())))
def test_parse_date_on_date_shaped_text(text: str) -> None:
    """Day-first or ISO, never month-first, never a guessed century: the date the text
    spells, or the refusal that says why."""
    expected = _expected(text)
    if isinstance(expected, dt.date):
        assert parse_date(text) == expected
    else:
        with pytest.raises(DateParseError) as info:
            parse_date(text)
        assert info.value.code is expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_dutch_and_iso_formats_round_trip(day: dt.date) -> None:
    assert parse_date(format_nl(day)) == day
    assert parse_date(day.isoformat()) == day
    assert from_iso(to_iso(day)) == day
