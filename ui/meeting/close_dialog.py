"""Closing a meeting with acute items it did not reach (rule 10).

None of them moves on silently: per item the chair chooses the next meeting, a separate
consultation (who takes it, when they report back) or withdrawing it — nothing is
chosen beforehand, so each choice is seen and made. Lopend items that were not reached
move to the next meeting as always; the dialog says how many. It closes the meeting
itself (``run.close_meeting``) and stays open, with everything chosen and typed, until
that succeeds.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import consultations, run
from vergadering import settings as team_settings
from vergadering.items import Item
from vergadering.problems import Code, Problem
from vergadering.run import Unreached, UnreachedChoice
from vergadering.store import Store

from .. import common
from ..i18n import count, fill, tr
from ..kit import item_form, palette, words
from ..kit.widgets import MessageLabel, hint_label
from ..messages import describe
from .consultation_fields import ConsultationFields

STYLE = f"""
#closeHeading {{ font-size: 15pt; font-weight: 700; color: {palette.INK}; }}
#unreachedRow {{ background: {palette.WHITE}; border: 1px solid {palette.BORDER_CARD};
    border-radius: 6px; }}
#unreachedRow[missing="true"] {{ border: 2px solid {palette.ERROR}; }}
#unreachedItem {{ font-size: 13pt; font-weight: 600; color: {palette.INK}; }}
QRadioButton {{ font-size: 12pt; padding: 2px 6px; }}
QPushButton#quick {{ padding: 3px 11px; border: 2px solid {palette.BORDER_CHIP};
    border-radius: 12px;
    background: {palette.WHITE}; }}
QPushButton#quick:checked {{ background: {palette.ACCENT_LIGHT}; border-color: {palette.ACCENT}; }}
#sectionTitle {{ font-weight: 600; }}
"""


def choice_text(choice: Unreached) -> str:
    if choice is Unreached.NEXT_MEETING:
        return tr("naar de volgende vergadering")
    if choice is Unreached.CONSULTATION:
        return tr("apart overleg")
    return tr("intrekken")


class UnreachedRow(QFrame):
    """One acute item not reached: its three choices, and who/when for apart overleg."""

    def __init__(self, store: Store, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("unreachedRow")
        title = QLabel(fill(self.tr("%1 — %2, %3 min · inbrenger %4"), item.client_reference,
                            words.type_name(item.type), item.minutes, item.presenter))
        title.setObjectName("unreachedItem")
        title.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: dict[Unreached, QRadioButton] = {}
        choices = QHBoxLayout()
        choices.setSpacing(14)
        for choice in Unreached:
            radio = QRadioButton(choice_text(choice))
            radio.toggled.connect(lambda _on: self._update())
            self.group.addButton(radio)
            self.radios[choice] = radio
            choices.addWidget(radio)
        choices.addStretch(1)
        self.consultation = ConsultationFields(store, item, mnemonics=False)
        self.consultation.hide()
        self.error = MessageLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(choices)
        layout.addWidget(self.consultation)
        layout.addWidget(self.error)

    def chosen(self) -> Unreached | None:
        return next((c for c, r in self.radios.items() if r.isChecked()), None)

    def set_chosen(self, choice: Unreached) -> None:
        self.radios[choice].setChecked(True)

    def value(self) -> UnreachedChoice | None:
        choice = self.chosen()
        if choice is None:
            return None
        consultation = (self.consultation.value() if choice is Unreached.CONSULTATION
                        else None)
        return UnreachedChoice(choice, consultation)

    def _update(self) -> None:
        self.consultation.setVisible(self.chosen() is Unreached.CONSULTATION)
        if self.chosen() is not None:
            self.mark_missing(False)
        window = self.window()
        if isinstance(window, CloseMeetingDialog):
            window.fit_height()

    def mark_missing(self, missing: bool) -> None:
        if missing:
            self.error.show_message(fill(self.tr("Kies wat er met %1 gebeurt."),
                                         self.item.client_reference))
        else:
            self.error.clear()
        if self.property("missing") != missing:
            self.setProperty("missing", missing)
            self.style().unpolish(self)
            self.style().polish(self)

    def show_problems(self, problems: list[Problem]) -> None:
        other = self.consultation.show_problems(problems)
        if other:
            self.error.show_message("\n".join(describe(p) for p in other))


class CloseMeetingDialog(QDialog):
    """``moved`` is how many items went to the next meeting, once closed."""

    def __init__(self, store: Store, unreached: list[Item], lopend_moving: int,
                 following: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.moved: int | None = None
        self.setWindowTitle(self.tr("Vergadering afsluiten"))
        self.setStyleSheet(STYLE)
        heading = QLabel(self.tr("Vergadering afsluiten"))
        heading.setObjectName("closeHeading")
        intro = count(len(unreached),
                      self.tr("Eén acuut punt is niet aan bod gekomen. Het gaat niet "
                              "vanzelf mee: kies wat ermee gebeurt."),
                      self.tr("%n acute punten zijn niet aan bod gekomen. Ze gaan niet "
                              "vanzelf mee: kies per punt wat ermee gebeurt."))
        self.rows = [UnreachedRow(store, item) for item in unreached]
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for row in self.rows:
            column.addWidget(row)
        column.addStretch(1)
        self.scroll = item_form.scrolling(content)

        self.all_next = QPushButton(self.tr("Alle naar de &volgende vergadering"))
        self.all_next.setToolTip(self.tr("Kies voor elk acuut punt waarvoor nog niets is "
                                         "gekozen: naar de volgende vergadering"))
        self.all_next.setAutoDefault(False)
        self.all_next.clicked.connect(self.all_to_next_meeting)
        if lopend_moving == 0:
            lopend = self.tr("Alle lopende punten zijn behandeld.")
        else:
            lopend = fill(count(
                lopend_moving,
                self.tr("%n lopend punt is niet aan bod gekomen en gaat naar de volgende "
                        "vergadering (%1)."),
                self.tr("%n lopende punten zijn niet aan bod gekomen en gaan naar de "
                        "volgende vergadering (%1).")), words.long_date(following))
        self.lopend_note = hint_label(lopend)
        self.general_error = MessageLabel()
        self.close_button = QPushButton(self.tr("Vergadering &afsluiten"))
        self.close_button.setObjectName("primary")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close_meeting)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setAutoDefault(False)
        cancel.setToolTip(self.tr("De vergadering loopt door (Esc)"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(hint_label(intro))
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.all_next, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(self.lopend_note)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.ensurePolished()  # measure in the app's type size
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)

    def all_to_next_meeting(self) -> None:
        for row in self.rows:
            if row.chosen() is None:
                row.set_chosen(Unreached.NEXT_MEETING)

    def choices(self) -> dict[int, UnreachedChoice]:
        chosen: dict[int, UnreachedChoice] = {}
        for row in self.rows:
            value = row.value()
            if value is not None:
                chosen[row.item.id] = value
        return chosen

    def close_meeting(self) -> bool:
        """Close the meeting with the choices made; True when closed."""
        missing = [row for row in self.rows if row.chosen() is None]
        for row in self.rows:
            row.mark_missing(row in missing)
            row.consultation.clear_problems()
        valid = all([self._check_consultation(row) for row in self.rows
                     if row.chosen() is Unreached.CONSULTATION])  # each row shows its own
        if missing or not valid:
            if missing:
                missing[0].radios[Unreached.NEXT_MEETING].setFocus()
                self.scroll.ensureWidgetVisible(missing[0])
            self.fit_height()
            return False
        choices = self.choices()
        moved = common.run_operation(self, lambda: run.close_meeting(self._store, choices),
                                     store=self._store, problems=self._show_problems)
        if moved is None:
            return False
        self.moved = moved
        self.accept()
        return True

    def _check_consultation(self, row: UnreachedRow) -> bool:
        """Who and when, checked as the domain will (all rows at once, not one by one)."""
        if not row.consultation.check():
            return False
        value = row.consultation.value()

        def validate() -> object:
            # A storage problem here says nothing (the closing itself will say so) and
            # counts as checked; what is refused goes under the row's fields.
            return common.load(lambda: consultations.validate(
                self._store, value, self._store.clock.today(), team_settings.load(self._store)),
                lambda _text: None) or True

        return common.run_operation(self, validate, problems=row.show_problems) is not None

    def _show_problems(self, problems: list[Problem]) -> None:
        general: list[str] = []
        by_row = {row.item.id: row for row in self.rows}
        for problem in problems:
            if problem.code is Code.UNREACHED_ACUTE:
                # Not all chosen (e.g. an item was added meanwhile): the rows say which.
                general.append(describe(problem))
                continue
            row = by_row.get(problem.params.get("item_id", -1))
            if row is None:
                general.append(describe(problem))
        for item_id, row in by_row.items():
            mine = [p for p in problems if p.params.get("item_id") == item_id]
            if mine:
                row.show_problems(mine)
        self.general_error.show_message("\n".join(general))
        self.fit_height()

    def fit_height(self) -> None:
        if self.isVisible():
            item_form.fit_height(self, self.scroll)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)  # type: ignore[arg-type]
        item_form.fit_height(self, self.scroll)
        if self.rows:
            self.rows[0].radios[Unreached.NEXT_MEETING].setFocus()

    @classmethod
    def ask(cls, store: Store, unreached: list[Item], lopend_moving: int,
            following: dt.date, parent: QWidget | None = None) -> int | None:
        """Show the dialog; how many items moved on once the meeting closed, or None."""
        dialog = cls(store, unreached, lopend_moving, following, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.moved if accepted else None
        finally:
            dialog.deleteLater()
