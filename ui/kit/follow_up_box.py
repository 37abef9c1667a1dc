"""The decision form's "Vorig besluit" box (rule 12): the client's previous decision that
this one follows up — its day, kind, koers or where to, and who worded it — and whether
it was carried out: 7 volledig, 8 deels, 9 niet (the digits after the form's 1/2/3, one
key each, as window shortcuts like those). Deels or niet asks why (a list, by arrow keys
or the first letter) and, for "anders", a line of text. Shown only when the domain says a
follow-up is due (``decisions.follow_up_due``); the form passes :meth:`value` on as
``DecisionInput.follow_up`` and shows the domain's problems in the box's own labels."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vergadering.decisions import Decision
from vergadering.follow_up import REASON_TEXT_MAX, CarriedOut, FollowUpInput, FollowUpReason
from vergadering.items import DecisionKind

from ..i18n import fill, tr
from . import item_form, palette, words
from .widgets import MessageLabel, hint_label

# One key each, after the decision's 1/2/3 (those and every Alt+letter of the form are
# taken by the decision itself); in the order of the buttons.
KEYS = {CarriedOut.FULLY: "7", CarriedOut.PARTLY: "8", CarriedOut.NOT_AT_ALL: "9"}
SUMMARY_MAX = 160  # characters of the koers shown; all of it in the tooltip

STYLE = f"""
#followUpBox {{ background: {palette.HOVER}; border: 1px solid {palette.BORDER};
    border-radius: 6px; }}
QPushButton#carried {{ padding: 4px 14px; border: 2px solid {palette.BORDER_CHIP};
    border-radius: 12px; background: {palette.WHITE}; }}
QPushButton#carried:checked {{ background: {palette.ACCENT}; color: {palette.WHITE};
    border-color: {palette.ACCENT_DARK}; }}
QPushButton#carried:focus:!checked {{ border-style: dashed; border-color: {palette.INK}; }}
QPushButton#carried:focus:checked {{ border-color: {palette.BELL}; }}
"""


def summary(previous: Decision) -> str:
    """``dinsdag 17 november 2026 · doorgaan · koers: … · geformuleerd door Anouk``."""
    parts = [words.long_date(previous.decided_on), words.decision_label(previous.kind)]
    if previous.kind is DecisionKind.DOORGAAN and previous.koers.strip():
        koers = " ".join(previous.koers.split())
        if len(koers) > SUMMARY_MAX:
            koers = koers[:SUMMARY_MAX - 1].rstrip() + "…"
        parts.append(fill(tr("koers: %1"), koers))
    elif previous.kind is DecisionKind.VERWIJZEN and previous.referred_to.strip():
        parts.append(fill(tr("verwezen naar %1"), previous.referred_to.strip()))
    who = previous.worded_by or (tr("de voorzitter")
                                 if previous.worded_by_role == "chair" else "")
    if who:
        parts.append(fill(tr("geformuleerd door %1"), who))
    return " · ".join(parts)


class FollowUpBox(QFrame):
    """``chosen`` is emitted after a key or click chose how it was carried out;
    ``shown_changed`` when rows came or went."""

    chosen = Signal(object)  # the CarriedOut
    shown_changed = Signal()  # the reason or its text came or went: the form refits

    def __init__(self, previous: Decision, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = previous
        self.setObjectName("followUpBox")
        title = QLabel(self.tr("Vorig besluit:"))
        title.setObjectName("sectionTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = hint_label(summary(previous))
        self.summary.setToolTip(previous.koers or previous.referred_to)

        self.carried_group = QButtonGroup(self)
        self.carried_buttons = {
            CarriedOut.FULLY: QPushButton(self.tr("7  Volledig")),
            CarriedOut.PARTLY: QPushButton(self.tr("8  Deels")),
            CarriedOut.NOT_AT_ALL: QPushButton(self.tr("9  Niet")),
        }
        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(8)
        question = QLabel(self.tr("Uitgevoerd?"))
        question.setObjectName("sectionTitle")
        row.addWidget(question)
        self.carried_frame = QFrame()
        self.carried_frame.setObjectName(item_form.CHOICES)
        buttons = QHBoxLayout(self.carried_frame)
        buttons.setContentsMargins(2, 2, 2, 2)
        buttons.setSpacing(6)
        for value, button in self.carried_buttons.items():
            button.setObjectName("carried")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(fill(self.tr("Het vorige besluit is %1 uitgevoerd (%2)"),
                                   words.carried_out(value), KEYS[value]))
            self.carried_group.addButton(button)
            buttons.addWidget(button)
            button.clicked.connect(lambda _checked=False, v=value: self.choose(v))
            action = QAction(self)
            action.setShortcut(QKeySequence(KEYS[value]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, v=value: self.choose(v))
            self.addAction(action)
        row.addWidget(self.carried_frame)
        self.carried_error = MessageLabel()

        # Deels or niet: why (a list, by keyboard), and for "anders" a line of text.
        self.reason_combo = QComboBox()
        self.reason_combo.setPlaceholderText(self.tr("kies een reden"))
        # It shares the row with the buttons: it takes the room left, never more (the
        # list that opens shows every reason whole).
        self.reason_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason_combo.setMinimumContentsLength(12)
        for reason in FollowUpReason:
            self.reason_combo.addItem(words.follow_up_reason(reason), reason)
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.currentIndexChanged.connect(self._on_reason_changed)
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(REASON_TEXT_MAX + 50)
        self.text_edit.setPlaceholderText(self.tr("welke reden"))
        self.text_edit.textChanged.connect(lambda _t: self._clear("follow_up_text"))
        # On the row of the buttons: the reason; under it, for "anders" only, the text.
        reason_title = QLabel(self.tr("Waaro&m?"))
        reason_title.setBuddy(self.reason_combo)
        self.reason_row = QWidget()
        reasons = QHBoxLayout(self.reason_row)
        reasons.setContentsMargins(8, 0, 0, 0)
        reasons.addWidget(reason_title)
        reasons.addWidget(self.reason_combo, 1)
        row.addWidget(self.reason_row, 1)
        self.stretch_row = QWidget()  # keeps the buttons left while there is no reason
        row.addWidget(self.stretch_row, 1)
        self.text_title = QLabel(self.tr("&Toelichting (verplicht bij anders):"))
        self.text_title.setBuddy(self.text_edit)
        self.text_row = QWidget()
        text_line = QHBoxLayout(self.text_row)
        text_line.setContentsMargins(4, 0, 4, 0)
        text_line.addWidget(self.text_title)
        text_line.addWidget(self.text_edit, 1)
        self.reason_error = MessageLabel()
        self.text_error = MessageLabel()

        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.summary, 1)
        column.addLayout(heading)
        column.addLayout(row)
        column.addWidget(self.carried_error)
        column.addWidget(self.reason_error)
        column.addWidget(self.text_row)
        column.addWidget(self.text_error)
        self.errors = {"follow_up": self.carried_error, "carried_out": self.carried_error,
                       "follow_up_reason": self.reason_error,
                       "follow_up_text": self.text_error}
        self.fields: dict[str, QWidget] = {
            "follow_up": self.carried_frame, "carried_out": self.carried_frame,
            "follow_up_reason": self.reason_combo, "follow_up_text": self.text_edit}
        self._update()

    # -- reading and choosing ---------------------------------------------------------
    def carried_out(self) -> CarriedOut | None:
        return next((v for v, b in self.carried_buttons.items() if b.isChecked()), None)

    def reason(self) -> FollowUpReason | None:
        value = self.reason_combo.currentData()
        return value if isinstance(value, FollowUpReason) else None

    def value(self) -> FollowUpInput | None:
        """What the form passes on: None while nothing is chosen (the domain then says
        the follow-up is required); no reason for a decision carried out fully."""
        carried = self.carried_out()
        if carried is None:
            return None
        if carried is CarriedOut.FULLY:
            return FollowUpInput(carried)
        reason = self.reason()
        text = self.text_edit.text() if reason is FollowUpReason.OTHER else ""
        return FollowUpInput(carried, reason, text)

    def set_value(self, carried: CarriedOut | None, reason: FollowUpReason | None,
                  text: str) -> None:
        """Start from a stored follow-up (a correction states it again, rule 12)."""
        item_form.set_choice(self.carried_group, dict(self.carried_buttons.items()), carried)
        index = self.reason_combo.findData(reason) if reason is not None else -1
        self.reason_combo.setCurrentIndex(index)
        self.text_edit.setText(text)
        self._update()

    def choose(self, value: CarriedOut) -> None:
        """What 7/8/9 or a click does: choose, then on to the reason (or the decision)."""
        item_form.set_choice(self.carried_group, dict(self.carried_buttons.items()), value)
        self._clear("carried_out")
        self._update()
        if value is not CarriedOut.FULLY:
            self.reason_combo.setFocus()
        self.chosen.emit(value)

    def _on_reason_changed(self, _index: int) -> None:
        self._clear("follow_up_reason")
        self._update()
        if self.reason() is FollowUpReason.OTHER:
            self.text_edit.setFocus()

    def _update(self) -> None:
        carried = self.carried_out()
        why = carried in (CarriedOut.PARTLY, CarriedOut.NOT_AT_ALL)
        was = (self.reason_row.isHidden(), self.text_row.isHidden())
        self.reason_row.setVisible(why)
        self.stretch_row.setVisible(not why)
        other = why and self.reason() is FollowUpReason.OTHER
        self.text_row.setVisible(other)
        self.text_edit.setEnabled(other)
        if (self.reason_row.isHidden(), self.text_row.isHidden()) != was:
            self.shown_changed.emit()

    def _clear(self, name: str) -> None:
        error = self.errors[name]
        if not error.isHidden():
            error.clear()
            item_form.mark_invalid(self.fields[name], False)
