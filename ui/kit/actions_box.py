"""The decision form's actions (rule 13, docs/rules.md): what someone will do, who
(an active member of the team) and by when. A row each, added with "Actie toevoegen"
(Alt+C), which puts the cursor in its *what*; Tab goes what → who → by when → the quick
dates → remove. Alt+Delete or the × removes the row the cursor is in. A row with nothing
typed (its what empty, who and when as offered) is not an action and is left out; the
domain's problems come back numbered over the rows passed on (``params["action"]``, from
1) and are shown under their row. A correction shows the corrected decision's actions,
which stay with it, above the new ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vergadering.actions import MAX_PER_DECISION, WHAT_MAX, Action, ActionInput
from vergadering.members import Member
from vergadering.problems import Problem

from ..date_field import DateField
from ..i18n import fill
from ..messages import describe
from . import item_form, words
from .widgets import MessageLabel, hint_label, quick_date_buttons

FIELDS = ("action_what", "action_owner", "action_due")
REMOVE_KEY = "Alt+Del"


class ActionRow(QWidget):
    """One action being typed: what, who, by when, and its errors under it."""

    remove_requested = Signal(object)  # this row
    edited = Signal()

    def __init__(self, team: Sequence[Member], owner_id: int | None,
                 quick: Sequence[tuple[str, dt.date]], due: dt.date, char_width: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_owner = owner_id
        self._default_due = due
        self.what_edit = QLineEdit()
        self.what_edit.setMaxLength(WHAT_MAX + 50)  # longer: the domain says how much
        self.what_edit.setPlaceholderText(self.tr("bijvoorbeeld: huisarts bellen over de "
                                                  "medicatie"))
        self.what_edit.setAccessibleName(self.tr("Wat"))
        self.what_edit.setMinimumWidth(char_width * 30)
        self.owner_combo = QComboBox()
        self.owner_combo.setPlaceholderText(self.tr("kies wie"))
        self.owner_combo.setAccessibleName(self.tr("Wie"))
        self.owner_combo.setToolTip(self.tr("Wie doet het (typ de eerste letters)"))
        for member in team:
            self.owner_combo.addItem(member.name, member.id)
        self.owner_combo.setCurrentIndex(self.owner_combo.findData(owner_id)
                                         if owner_id is not None else -1)
        self.due_field = DateField("action_due")
        self.due_field.setAccessibleName(self.tr("Klaar op"))
        self.due_field.setFixedWidth(char_width * 18)
        self.due_field.set_date(due)
        self.weekday = hint_label("")  # the weekday of the date: a check on the typing
        self.weekday.setWordWrap(False)
        quick_row = QHBoxLayout()
        quick_row.setSpacing(4)
        self.quick_buttons = quick_date_buttons(quick_row, quick, self._choose_date)
        self.remove_button = QPushButton("×")
        self.remove_button.setObjectName("removeAction")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(fill(self.tr("Deze actie weghalen (%1)"),
                                           words.key_name(QKeySequence(REMOVE_KEY))))
        self.remove_button.setAccessibleName(self.tr("Actie weghalen"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        remove = QShortcut(QKeySequence(REMOVE_KEY), self)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(lambda: self.remove_requested.emit(self))
        self.error = MessageLabel()
        self._messages: dict[str, str] = {}

        # Two lines, so the what has the room and the form stays narrow: what and who,
        # then by when with its quick choices.
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        line.addWidget(self.what_edit, 1)
        line.addWidget(self.owner_combo)
        when = QHBoxLayout()
        when.setContentsMargins(char_width * 2, 0, 0, 0)
        when.setSpacing(6)
        when.addWidget(QLabel(self.tr("uiterlijk")))
        when.addWidget(self.due_field)
        when.addLayout(quick_row)
        when.addWidget(self.weekday, 1)
        when.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(3)
        column.addLayout(line)
        column.addLayout(when)
        column.addWidget(self.error)
        self.fields: dict[str, QWidget] = {"action_what": self.what_edit,
                                           "action_owner": self.owner_combo,
                                           "action_due": self.due_field}
        self.what_edit.textChanged.connect(lambda _t: self._edited("action_what"))
        self.owner_combo.currentIndexChanged.connect(lambda _i: self._edited("action_owner"))
        self.due_field.textChanged.connect(lambda _t: self._on_date_changed())
        self._on_date_changed()

    # -- values ---------------------------------------------------------------------
    def owner_id(self) -> int | None:
        value = self.owner_combo.currentData()
        return value if isinstance(value, int) else None

    def value(self) -> ActionInput:
        return ActionInput(self.what_edit.text(), self.owner_id(), self.due_field.date())

    def is_empty(self) -> bool:
        """Nothing typed: no what, and who and when as offered (then it is no action)."""
        return (not self.what_edit.text().strip() and self.owner_id() == self._default_owner
                and self.due_field.date() == self._default_due)

    def focus_order(self) -> list[QWidget]:
        """Its fields in Tab order."""
        return [self.what_edit, self.owner_combo, self.due_field,
                *self.quick_buttons.values(), self.remove_button]

    def _choose_date(self, day: dt.date) -> None:
        self.due_field.set_date(day)

    def _on_date_changed(self) -> None:
        day = self.due_field.date()
        for quick_day, button in self.quick_buttons.items():
            button.setChecked(quick_day == day)
        # The weekday (the first word of the long date); all of it in the tooltip.
        self.weekday.setText(words.long_date(day).split()[0] if day is not None else "")
        self._edited("action_due")

    # -- problems -------------------------------------------------------------------
    def show_problem(self, field: str, text: str) -> None:
        self._messages[field] = "\n".join(filter(None, (self._messages.get(field), text)))
        item_form.mark_invalid(self.fields[field], True)
        self.error.show_message("\n".join(self._messages[f] for f in FIELDS
                                          if f in self._messages))

    def clear_problems(self) -> None:
        for field in list(self._messages):
            item_form.mark_invalid(self.fields[field], False)
        self._messages.clear()
        self.error.clear()

    def _edited(self, field: str) -> None:
        """A field changed: its problem is gone from view (the others stay)."""
        if field in self._messages:
            del self._messages[field]
            if field != "action_due":  # the date field keeps its own feedback
                item_form.mark_invalid(self.fields[field], False)
            self.error.show_message("\n".join(self._messages[f] for f in FIELDS
                                              if f in self._messages))
        self.edited.emit()


class ActionsBox(QWidget):
    """``rows`` are the actions being typed; :meth:`value` what the form passes on.
    ``shown_changed`` when rows or messages came or went (the form refits)."""

    shown_changed = Signal()

    def __init__(self, team: Sequence[Member], owner_id: int | None,
                 quick: Sequence[tuple[str, dt.date]], due: dt.date,
                 kept: Sequence[Action] = (), char_width: int = 8,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._char_width = char_width  # the form's (a new row has none of its own yet)
        self._team = list(team)
        self._owner_id = owner_id if any(m.id == owner_id for m in team) else None
        self._quick = list(quick)
        self._due = due
        self.rows: list[ActionRow] = []
        title = QLabel(self.tr("Acties:"))
        title.setObjectName("sectionTitle")
        self.add_button = QPushButton(self.tr("A&ctie toevoegen"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Wie doet wat, en wanneer is het klaar (Alt+C)"))
        self.add_button.clicked.connect(self.add_row)
        self.empty_hint = hint_label(self.tr("Wie doet wat vóór wanneer, als het besluit "
                                             "dat vraagt."))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(title)
        header.addWidget(self.add_button)
        header.addWidget(self.empty_hint, 1)
        header.addStretch(0)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addLayout(header)
        self.kept = self._kept(kept)
        if self.kept is not None:
            column.addWidget(self.kept)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        column.addLayout(self._rows_layout)
        self.error = MessageLabel()  # about all of them (too many)
        column.addWidget(self.error)

    def _kept(self, kept: Sequence[Action]) -> QLabel | None:
        """The corrected decision's actions: they stay with it (rule 13), read only."""
        if not kept:
            return None
        lines = [self.tr("Bij het gecorrigeerde besluit (blijven daar staan):")]
        lines += [fill(self.tr("• %1 — %2, uiterlijk %3 (%4)"), action.what, action.owner,
                       words.date(action.due), words.action_state(action.state))
                  for action in kept]
        return hint_label("\n".join(lines))

    # -- rows -----------------------------------------------------------------------
    def add_row(self) -> ActionRow | None:
        """A new row at the end, the cursor in its what; None when there are enough."""
        if len(self.rows) >= MAX_PER_DECISION:
            self.error.show_message(fill(self.tr("Een besluit heeft hoogstens %1 acties: "
                                                 "voeg er wat samen."), MAX_PER_DECISION))
            return None
        row = ActionRow(self._team, self._owner_id, self._quick, self._due, self._char_width)
        row.remove_requested.connect(self.remove_row)
        anchor = self.rows[-1].remove_button if self.rows else self.add_button
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        if self.isVisible():
            row.show()  # now: the layout would show it only later, and Tab skips the hidden
        previous: QWidget = anchor
        for widget in row.focus_order():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._update()
        row.what_edit.setFocus()
        return row

    def remove_row(self, row: ActionRow) -> None:
        """Remove ``row``; the cursor goes to the next row, else the one before, else the
        add button."""
        index = self.rows.index(row)
        self.rows.remove(row)
        neighbours = self.rows[index:index + 1] or self.rows[index - 1:index]
        if neighbours:
            neighbours[0].what_edit.setFocus()
        else:
            self.add_button.setFocus()
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.error.clear()
        self._update()

    def _update(self) -> None:
        self.empty_hint.setVisible(not self.rows)
        self.add_button.setEnabled(len(self.rows) < MAX_PER_DECISION)
        self.shown_changed.emit()

    def filled(self) -> list[ActionRow]:
        """The rows passed on, in order: those with something typed."""
        return [row for row in self.rows if not row.is_empty()]

    def value(self) -> tuple[ActionInput, ...]:
        return tuple(row.value() for row in self.filled())

    # -- problems -------------------------------------------------------------------
    def date_problems(self) -> list[Problem]:
        """The dates typed that are no dates, numbered as the domain numbers them."""
        found: list[Problem] = []
        for number, row in enumerate(self.filled(), start=1):
            problem = row.due_field.problem()
            if problem is not None:
                row.due_field.check()
                found.append(Problem("action_due", problem.code,
                                     {**problem.params, "action": number}))
        return found

    def clear_problems(self) -> None:
        self.error.clear()
        for row in self.rows:
            row.clear_problems()

    def show_problems(self, problems: Sequence[Problem]) -> QWidget | None:
        """Show the actions' problems under their rows (others about all of them under
        the rows); returns the first field to fix, or None."""
        self.clear_problems()
        filled = self.filled()
        first: QWidget | None = None
        general: list[str] = []
        for problem in problems:
            number = problem.params.get("action")
            if (problem.field in FIELDS and isinstance(number, int)
                    and 1 <= number <= len(filled)):
                row = filled[number - 1]
                params = {k: v for k, v in problem.params.items() if k != "action"}
                row.show_problem(problem.field,
                                 describe(Problem(problem.field, problem.code, params)))
                field = row.fields[problem.field]
                if first is None or self._before(field, first):
                    first = field
            else:
                general.append(describe(problem))
        self.error.show_message("\n".join(general))
        if first is None and general:
            first = self.add_button if self.add_button.isEnabled() else None
        self.shown_changed.emit()
        return first

    def _before(self, field: QWidget, other: QWidget) -> bool:
        order = [w for row in self.rows for w in row.focus_order()]
        return order.index(field) < order.index(other)

    def is_problem(self, problem: Problem) -> bool:
        """Whether ``problem`` is about the actions (this box shows it)."""
        return problem.field in FIELDS or problem.field == "actions"
