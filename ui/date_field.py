"""A line edit for a date as Dutch teams type it (31-05-2027, 31-5-2027, 2027-05-31).

Parsing is the domain's (:func:`vergadering.dates.parse_date`); this widget only gives
feedback while typing: a red border and the reason once the text is finished but not a
date, and the weekday in full once it is one. The text itself is never changed except
to write a valid date in the usual dd-mm-jjjj form.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from vergadering.dates import DateParseError, format_nl, parse_optional_date
from vergadering.problems import Problem

from .kit import palette, words
from .messages import describe

_INVALID_STYLE = f"QLineEdit {{ border: 2px solid {palette.ERROR}; border-radius: 3px; }}"


class DateField(QLineEdit):
    """An optional date. ``date()`` is the parsed value, ``problem()`` why it is not."""

    validityChanged = Signal(bool)

    def __init__(self, field_name: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self._shown_valid = True
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setMaxLength(20)
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)
        self._describe_state()

    # -- values --------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date typed, or None when empty or not a date."""
        try:
            return parse_optional_date(self.text())
        except DateParseError:
            return None

    def set_date(self, day: dt.date | None) -> None:
        self.setText(format_nl(day))
        self._show(True)

    def problem(self) -> Problem | None:
        """Why the text is not a date (None when it is one, or empty)."""
        try:
            parse_optional_date(self.text())
        except DateParseError as error:
            return Problem(self.field_name, error.code, {"value": self.text().strip()[:40]})
        return None

    def is_valid(self) -> bool:
        return self.problem() is None

    def check(self) -> bool:
        """Show the feedback for the current text now; return whether it is valid."""
        valid = self.is_valid()
        self._show(valid)
        return valid

    # -- feedback ------------------------------------------------------------
    def _on_text_changed(self) -> None:
        # A half-typed date is not an error yet; a fixed one stops being one at once.
        if self.is_valid():
            self._show(True)
        else:
            self._describe_state()

    def _on_editing_finished(self) -> None:
        day = self.date()
        if day is not None and self.text() != format_nl(day):
            self.setText(format_nl(day))
        self.check()

    def _show(self, valid: bool) -> None:
        self.setStyleSheet("" if valid else _INVALID_STYLE)
        self._describe_state(valid)
        if valid != self._shown_valid:
            self._shown_valid = valid
            self.validityChanged.emit(valid)

    def _describe_state(self, valid: bool | None = None) -> None:
        problem = self.problem()
        if valid is False and problem is not None:
            text = describe(problem)
        else:
            day = self.date()
            if day is not None:
                text = words.long_date(day)
            else:
                text = self.tr("Typ een datum als 31-05-2027 of 2027-05-31.")
        self.setToolTip(text)
        self.setAccessibleDescription(text)
