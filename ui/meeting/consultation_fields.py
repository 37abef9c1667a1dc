"""Who takes a separate consultation (apart overleg) and when they report back: the two
fields the choice dialog and the closing dialog share (rule 10).

The member is one of the team's active members, the item's presenter first; the
report-back date is typed as a Dutch date or chosen with a quick choice (over 1 week, …);
under it, the date in words and the meeting the item then returns to (rule 10: the
first one after that date).
Problems from the domain (``consultation_member``, ``report_by``) show under the field
they are about; what was typed stays.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vergadering import meetings, members
from vergadering import settings as team_settings
from vergadering.consultations import ConsultationInput
from vergadering.items import Item
from vergadering.problems import Problem
from vergadering.store import Store

from .. import common
from ..date_field import DateField
from ..i18n import count, fill
from ..kit import widgets, words
from ..kit.widgets import MessageLabel, hint_label, quick_date_buttons
from ..messages import describe

QUICK_WEEKS = (1, 2, 4)
FIELDS = ("consultation_member", "report_by")


class ConsultationFields(QWidget):
    """The inputs for one item's separate consultation. ``value()`` is what was chosen;
    ``show_problems`` puts the domain's problems under the fields."""

    def __init__(self, store: Store, item: Item, parent: QWidget | None = None, *,
                 mnemonics: bool = True) -> None:
        super().__init__(parent)
        self.item = item
        self.today = store.clock.today()
        self._settings = common.load(lambda: team_settings.load(store),
                                     lambda _text: None) or team_settings.TeamSettings()
        self.member_combo = QComboBox()
        # Not read (a storage problem): no one to choose, unannounced; choosing then
        # says a member is needed.
        team = common.load(lambda: members.list_members(store, include_inactive=False),
                           lambda _text: None) or []
        for member in team:
            name = member.name
            if member.id == item.presenter_id:
                name = fill(self.tr("%1 (inbrenger)"), member.name)
            self.member_combo.addItem(name, member.id)
        presenter = self.member_combo.findData(item.presenter_id)
        self.member_combo.setCurrentIndex(max(0, presenter))
        self.member_combo.currentIndexChanged.connect(lambda _i: self._clear("consultation_member"))

        self.date_field = DateField("report_by")
        self.date_field.ensurePolished()  # the app's type size, to measure with
        sample = self.date_field.fontMetrics().horizontalAdvance("00-00-00000")
        self.date_field.setFixedWidth(sample + 44)  # and the clear button
        self.date_field.textChanged.connect(self._on_date_changed)
        self.weekday = hint_label("")
        quick = QHBoxLayout()
        quick.setSpacing(6)
        self.quick_buttons = quick_date_buttons(quick, (
            (count(weeks, self.tr("over %n week"), self.tr("over %n weken")),
             self.today + dt.timedelta(weeks=weeks)) for weeks in QUICK_WEEKS),
            self.set_report_by)
        quick.addSpacing(8)
        quick.addWidget(self.date_field)
        quick.addStretch(1)

        # The letters must not clash with the dialog's choices (U, A, T).
        member_title = QLabel(self.tr("&Wie neemt het op zich?") if mnemonics
                              else self.tr("Wie neemt het op zich?"))
        member_title.setBuddy(self.member_combo)
        date_title = QLabel(self.tr("Terug&koppeling aan het team uiterlijk op:") if mnemonics
                            else self.tr("Terugkoppeling aan het team uiterlijk op:"))
        date_title.setBuddy(self.date_field)
        for title in (member_title, date_title):
            title.setObjectName("sectionTitle")
        self.member_error = MessageLabel()
        self.date_error = MessageLabel()
        member_row = QHBoxLayout()
        member_row.addWidget(self.member_combo)
        member_row.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(member_title)
        column.addLayout(member_row)
        column.addWidget(self.member_error)
        column.addSpacing(4)
        column.addWidget(date_title)
        column.addLayout(quick)
        column.addWidget(self.weekday)  # the date in words, under it: the row is full
        column.addWidget(self.date_error)
        self.errors = {"consultation_member": self.member_error, "report_by": self.date_error}
        self.fields: dict[str, QWidget] = {"consultation_member": self.member_combo,
                                           "report_by": self.date_field}
        self._on_date_changed()

    # -- values ------------------------------------------------------------------
    def value(self) -> ConsultationInput:
        member = self.member_combo.currentData()
        return ConsultationInput(int(member) if member is not None else None,
                                 self.date_field.date())

    def set_report_by(self, day: dt.date) -> None:
        self.date_field.set_date(day)
        self._on_date_changed()

    def check(self) -> bool:
        """A date that is not a date is shown at once (the domain never sees it)."""
        if self.date_field.check():
            return True
        problem = self.date_field.problem()
        if problem is not None:
            self.show_problems([problem])
        return False

    def _on_date_changed(self) -> None:
        self._clear("report_by")
        day = self.date_field.date()
        for quick_day, button in self.quick_buttons.items():
            button.setChecked(quick_day == day)
        self.weekday.setText(self.day_text(day))
        if self.weekday.isHidden() != (day is None):
            self.weekday.setVisible(day is not None)
            self._refit()

    def day_text(self, day: dt.date | None) -> str:
        """The date in words, and the meeting whose agenda the item returns to: the
        first meeting after that date (rule 10) — a report-back date is a deadline for
        the separate consultation, not a meeting."""
        if day is None:
            return ""
        back = meetings.next_meeting_date(self._settings, day, inclusive=False)
        return fill(self.tr("%1 — daarna terug op de agenda van %2"), words.long_date(day),
                    words.date(back))

    def _refit(self) -> None:
        """A line came or went: the dialog grows or shrinks with it."""
        window = self.window()
        if window is not self and window.isVisible():
            fit = getattr(window, "fit_height", None)
            if callable(fit):
                fit()
            else:
                widgets.grow_to_fit(window)

    # -- problems ------------------------------------------------------------------
    def _clear(self, name: str) -> None:
        error = self.errors[name]
        if not error.isHidden():
            error.clear()
            widgets.mark_invalid(self.fields[name], False)

    def clear_problems(self) -> None:
        for name in FIELDS:
            self._clear(name)

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Show the problems about these fields; return the others."""
        self.clear_problems()
        other: list[Problem] = []
        first: QWidget | None = None
        for problem in problems:
            label = self.errors.get(problem.field)
            if label is None:
                other.append(problem)
                continue
            label.show_message("\n".join(filter(None, (label.text(), describe(problem)))))
            widgets.mark_invalid(self.fields[problem.field], True)
            first = first or self.fields[problem.field]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return other
