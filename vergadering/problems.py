"""Validation problems as data: a code plus parameters, never display text.

The UI (and the command line) turn a :class:`Problem` into a Dutch sentence through
Qt's translation functions; see ``ui/messages.py``.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass
from typing import Any


class Code(enum.Enum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    LINE_BREAK = "line_break"
    INVALID_DATE = "invalid_date"
    TWO_DIGIT_YEAR = "two_digit_year"
    DATE_IN_FUTURE = "date_in_future"
    DATE_ORDER = "date_order"
    INVALID_TIME = "invalid_time"
    NOT_A_NUMBER = "not_a_number"
    OUT_OF_RANGE = "out_of_range"
    BUDGETS_EXCEED_MEETING = "budgets_exceed_meeting"
    INVALID_CHOICE = "invalid_choice"
    DUPLICATE = "duplicate"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    NOT_FOUND = "not_found"
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    EMPTY_FILE = "empty_file"
    UNREADABLE_FILE = "unreadable_file"
    UNCLOSED_QUOTE = "unclosed_quote"  # a CSV cell's opening quote is never closed
    FILE_TOO_LARGE = "file_too_large"
    MIXED_ENCODING = "mixed_encoding"
    INVALID_ENCODING = "invalid_encoding"
    REPLACEMENT_CHARACTER = "replacement_character"
    INVISIBLE_CHARACTERS = "invisible_characters"
    CONTROL_CHARACTERS = "control_characters"
    IN_USE = "in_use"
    NOT_EMPTY = "not_empty"
    INACTIVE = "inactive"
    MEETING_STARTED = "meeting_started"
    NOT_QUEUED = "not_queued"
    ALREADY_ON_AGENDA = "already_on_agenda"
    MEETING_NOT_RUNNING = "meeting_not_running"
    ANOTHER_MEETING_RUNNING = "another_meeting_running"
    ITEM_IN_PROGRESS = "item_in_progress"
    NO_CURRENT_ITEM = "no_current_item"
    NOT_ON_THIS_MEETING = "not_on_this_meeting"
    ALREADY_DONE = "already_done"
    BLOCK_TIME_SPENT = "block_time_spent"
    DATE_NEEDS_REASON = "date_needs_reason"
    NOT_A_HAMERSTUK = "not_a_hamerstuk"
    ALREADY_CORRECTED = "already_corrected"
    PAUSED = "paused"
    MEETING_NOT_TODAY = "meeting_not_today"
    MEETING_HELD_TODAY = "meeting_held_today"
    NOT_UNDER_DISCUSSION = "not_under_discussion"
    CLOSE_NOT_CONFIRMED = "close_not_confirmed"
    UNREACHED_ACUTE = "unreached_acute"
    DATE_IN_PAST = "date_in_past"
    DATE_TOO_FAR = "date_too_far"
    RESTORE_SAME_FILE = "restore_same_file"  # the database itself chosen as backup
    FOLLOW_UP_REQUIRED = "follow_up_required"  # rule 12: the previous decision's follow-up
    FOLLOW_UP_NOT_DUE = "follow_up_not_due"  # a follow-up given when none is due
    REASON_NOT_NEEDED = "reason_not_needed"  # a reason given for a decision carried out fully
    ALREADY_CLOSED = "already_closed"  # an action closed before (done or dropped)


@dataclass(frozen=True)
class Problem:
    """One thing the user must fix. ``field`` names the input it is about."""

    field: str
    code: Code
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationError(Exception):
    """An operation refused its input; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code.value} {p.params}" for p in problems))
        self.problems = problems


# Control characters (not tab or line ends), DEL, and half a character (a lone surrogate).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def check_text(
    problems: list[Problem],
    field_name: str,
    value: str,
    *,
    max_length: int,
    required: bool = True,
    single_line: bool = True,
) -> str:
    """Validate a free-text field; return it trimmed. Appends to ``problems``."""
    text = value.strip()
    if required and not text:
        problems.append(Problem(field_name, Code.REQUIRED))
        return text
    if len(text) > max_length:
        problems.append(Problem(field_name, Code.TOO_LONG,
                                {"max": max_length, "length": len(text)}))
    if single_line and ("\n" in text or "\r" in text):
        problems.append(Problem(field_name, Code.LINE_BREAK))
    elif _CONTROL.search(text):
        # Control characters, and half a character (a lone surrogate from a broken
        # paste), which cannot even be stored.
        problems.append(Problem(field_name, Code.CONTROL_CHARACTERS))
    return text
