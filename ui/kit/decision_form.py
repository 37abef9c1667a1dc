"""The decision that ends an item (rule 3): doorgaan, afsluiten or verwijzen.

The form calls the domain itself (``decisions.record_decision``, or
``decisions.confirm_hamerstuk`` for a mededeling confirmed as proposed) and stays open,
with everything typed, until it succeeds: problems show under their fields in Dutch.
The item's proposed decision is preselected; without one nothing is. Doorgaan and
verwijzen need a next evaluation (quick choices, or a Dutch date); a date in the past or
beyond the team's horizon needs a reason. A decision is dated the day it is taken (rule
7); afsluiten is confirmed with the client named first (rule 8); Esc with something
filled in asks before throwing it away.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import decisions
from vergadering import settings as team_settings
from vergadering.dates import add_months, format_nl
from vergadering.decisions import Decision, DecisionInput
from vergadering.items import DecisionKind, Item
from vergadering.problems import Problem, ValidationError
from vergadering.store import Store, StoreError

from ..date_field import DateField
from ..messages import describe, describe_store_error
from . import chair_questions, item_form, labels, widgets
from .widgets import MessageLabel, hint_label

STYLE = """
QPushButton#kind { font-size: 14pt; font-weight: 600; padding: 10px 8px; min-width: 150px;
    border: 2px solid #9aa5b1; border-radius: 8px; background: #ffffff; color: #1f3347; }
QPushButton#kind:checked { background: #1f6fb2; color: #ffffff; border-color: #175a91; }
QPushButton#kind:focus { border-color: #f2b134; }
QPushButton#kind:disabled { color: #a3acb5; border-color: #d5dbe1; }
QPushButton#quick { padding: 3px 11px; border: 2px solid #c3cbd3; border-radius: 12px;
    background: #ffffff; }
QPushButton#quick:checked { background: #dcebf8; border-color: #1f6fb2; }
#decisionHeading { font-size: 16pt; font-weight: 700; color: #1f3347; }
#sectionTitle { font-weight: 600; }
#reasonBox { background: #fff8e6; border: 1px solid #e0c26e; border-radius: 6px; }
"""
FIELD_ORDER = ("kind", "next_evaluation", "date_reason", "koers", "referred_to",
               "worded_by_role", "worded_by")
NEEDS_DATE = (DecisionKind.DOORGAAN, DecisionKind.VERWIJZEN)


def _title(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class DecisionForm(QDialog):
    """``decision`` is the recorded :class:`Decision` once accepted.

    With ``corrects`` the form records a correction of that decision (rule 4): it opens
    with the old decision's values, and the old decision stays as it was.
    """

    def __init__(self, store: Store, item: Item, parent: QWidget | None = None, *,
                 hamerstuk: bool = False, corrects: Decision | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.item = item
        self.hamerstuk = hamerstuk
        self.corrects = corrects
        self.decision: Decision | None = None
        self.general_error = MessageLabel()
        try:
            self._settings = team_settings.load(store)
        except StoreError as error:
            self._settings = team_settings.TeamSettings()
            self.general_error.show_message(describe_store_error(error))
        # Dated the day it is taken (rule 7); a correction keeps the corrected one's date.
        self.on = corrects.decided_on if corrects is not None else store.clock.today()
        self.setWindowTitle(self.tr("Besluit over %1").replace("%1", item.client_reference))
        self.setStyleSheet(STYLE)
        self._build()
        if corrects is not None:
            self._fill_from(corrects)
        else:
            if item.proposed_decision is not None:
                self.set_kind(item.proposed_decision)
            self.date_field.set_date(decisions.default_next_evaluation(self._settings, self.on))
        if hamerstuk:
            for kind, button in self.kind_buttons.items():
                button.setEnabled(kind is item.proposed_decision)
        self._on_date_changed()
        self._update_for_kind()
        if store.read_only:
            self.save_button.setEnabled(False)
            self.general_error.show_message(widgets.read_only_text(store))
        self._baseline = self.decision_input()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.ensurePolished()
        item = self.item
        heading = QLabel(self.tr("Hamerstuk: %1") if self.hamerstuk
                         else self.tr("Besluit corrigeren: %1") if self.corrects is not None
                         else self.tr("Besluit over %1"))
        heading.setText(heading.text().replace("%1", item.client_reference))
        heading.setObjectName("decisionHeading")
        about = hint_label(self.tr("%1 · inbrenger: %2").replace(
            "%1", labels.type_name(item.type)).replace("%2", item.presenter)
            + ("\n" + item.question if item.question else ""))
        proposal = hint_label(self.tr("Voorgesteld besluit: %1").replace(
            "%1", labels.decision_name(item.proposed_decision)))
        proposal.setVisible(item.proposed_decision is not None and self.corrects is None)
        if self.corrects is not None:
            proposal = hint_label(self.tr(
                "Het besluit van %1 blijft bewaard zoals het is; deze correctie vervangt het "
                "en wordt met de datum van die vergadering vastgelegd.").replace(
                "%1", format_nl(self.corrects.decided_on)))

        # The three decisions, as big buttons: 1/2/3 or Alt + the underlined letter.
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons = {
            DecisionKind.DOORGAAN: QPushButton(self.tr("1  &Doorgaan")),
            DecisionKind.AFSLUITEN: QPushButton(self.tr("2  &Afsluiten")),
            DecisionKind.VERWIJZEN: QPushButton(self.tr("3  Ver&wijzen")),
        }
        tips = {
            DecisionKind.DOORGAAN: self.tr("De behandeling gaat door, met een koers tot de "
                                           "volgende evaluatie"),
            DecisionKind.AFSLUITEN: self.tr("De behandeling stopt; de cliënt wordt inactief"),
            DecisionKind.VERWIJZEN: self.tr("De cliënt gaat naar een andere hulpverlener of "
                                            "instelling"),
        }
        kinds = QHBoxLayout()
        kinds.setSpacing(10)
        self.kind_frame = QFrame()
        self.kind_frame.setObjectName(item_form.CHOICES)
        self.kind_frame.setLayout(kinds)
        for number, (kind, button) in enumerate(self.kind_buttons.items(), start=1):
            button.setObjectName("kind")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(tips[kind] + f" ({number})")
            self.kind_group.addButton(button)
            kinds.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, k=kind: self.choose_kind(k))
            self.addAction(action)
        self.kind_group.buttonClicked.connect(self._on_kind_clicked)
        self.kind_hint = hint_label("")

        # Next evaluation: quick choices and a Dutch date.
        self.date_field = DateField("next_evaluation")
        self.date_field.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.date_field.textChanged.connect(self._on_date_changed)
        self.weekday = hint_label("")
        self.quick_buttons: dict[dt.date, QPushButton] = {}
        quick = QHBoxLayout()
        quick.setSpacing(6)
        for text, day in self._quick_choices():
            button = QPushButton(text)
            button.setObjectName("quick")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(format_nl(day))
            button.clicked.connect(lambda _checked=False, d=day: self.choose_date(d))
            self.quick_buttons[day] = button
            quick.addWidget(button)
        quick.addSpacing(12)
        quick.addWidget(self.date_field)
        quick.addWidget(self.weekday, 1)
        self.date_error = MessageLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(decisions.REASON_MAX + 50)
        self.reason_edit.setPlaceholderText(self.tr("bijvoorbeeld: na de zomer, als het "
                                                    "nieuwe team er is"))
        self.reason_edit.textChanged.connect(lambda _t: self._clear("date_reason"))
        self.reason_title = _title("", self.reason_edit)
        self.reason_title.setWordWrap(True)
        self.reason_error = MessageLabel()
        self.reason_box = QFrame()
        self.reason_box.setObjectName("reasonBox")
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(10, 6, 10, 6)
        reason_layout.addWidget(self.reason_title)
        reason_layout.addWidget(self.reason_edit)
        reason_layout.addWidget(self.reason_error)
        self.reason_box.hide()
        self.date_section = self._section(
            _title(self.tr("Volgende &evaluatie:"), self.date_field), quick, self.date_error,
            self.reason_box)

        self.koers_edit = item_form.text_area(3)
        self.koers_edit.textChanged.connect(lambda: self._clear("koers"))
        self.koers_error = MessageLabel()
        self.koers_section = self._section(
            _title(self.tr("&Koers tot de volgende evaluatie (verplicht):"), self.koers_edit),
            self.koers_edit, self.koers_error)
        self.referred_edit = QLineEdit()
        self.referred_edit.setMaxLength(decisions.REFERRED_TO_MAX + 50)
        self.referred_edit.setPlaceholderText(self.tr("bijvoorbeeld: huisarts, POH-GGZ, "
                                                      "verslavingszorg"))
        self.referred_edit.textChanged.connect(lambda _t: self._clear("referred_to"))
        self.referred_error = MessageLabel()
        self.referred_section = self._section(
            _title(self.tr("Verwe&zen naar (verplicht):"), self.referred_edit),
            self.referred_edit, self.referred_error)

        self.role_group = QButtonGroup(self)
        self.role_buttons = {
            "presenter": QRadioButton(self.tr("&inbrenger (%1)").replace("%1", item.presenter)),
            "chair": QRadioButton(self.tr("v&oorzitter")),
        }
        role_row = QHBoxLayout()
        role_row.addWidget(_title(self.tr("Geformuleerd door:")))
        for button in self.role_buttons.values():
            self.role_group.addButton(button)
            role_row.addWidget(button)
        role_row.addStretch(1)
        self.role_buttons["presenter"].setChecked(True)
        self.role_error = MessageLabel()

        self.save_action = QAction(self.tr("Besluit &vastleggen"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"),
                                       QKeySequence(QKeySequence.StandardKey.Save)])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(lambda: self.save())
        self.addAction(self.save_action)
        self.save_button = QPushButton(self.tr("Hamerstuk &bevestigen") if self.hamerstuk
                                       else self.tr("Correctie &vastleggen")
                                       if self.corrects is not None
                                       else self.tr("Besluit &vastleggen"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Vastleggen (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_action.trigger)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setToolTip(self.tr("Sluiten zonder vast te leggen (Esc)"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(proposal)
        layout.addSpacing(4)
        layout.addWidget(self.kind_frame)
        layout.addWidget(self.kind_hint)
        self.kind_error = MessageLabel()
        layout.addWidget(self.kind_error)
        layout.addWidget(self.koers_section)
        layout.addWidget(self.referred_section)
        layout.addWidget(self.date_section)
        layout.addLayout(role_row)
        layout.addWidget(self.role_error)
        layout.addStretch(1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.errors: dict[str, MessageLabel] = {
            "kind": self.kind_error, "next_evaluation": self.date_error,
            "date_reason": self.reason_error, "koers": self.koers_error,
            "referred_to": self.referred_error, "worded_by_role": self.role_error,
            "worded_by": self.role_error,
        }
        self.fields: dict[str, QWidget] = {
            "kind": self.kind_frame, "next_evaluation": self.date_field,
            "date_reason": self.reason_edit, "koers": self.koers_edit,
            "referred_to": self.referred_edit,
        }
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

    def _section(self, title: QLabel, field: QWidget | QHBoxLayout, error: MessageLabel,
                 extra: QWidget | None = None) -> QWidget:
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addWidget(title)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        column.addWidget(error)
        if extra is not None:
            column.addWidget(extra)
        return section

    def _quick_choices(self) -> list[tuple[str, dt.date]]:
        """6 weeks, 3 months and the horizon, those not beyond the horizon, no doubles."""
        horizon = decisions.default_next_evaluation(self._settings, self.on)
        months = self._settings.horizon_months
        choices = [(self.tr("6 weken"), self.on + dt.timedelta(weeks=6)),
                   (self.tr("3 maanden"), add_months(self.on, 3)),
                   (self.tr("%1 maanden").replace("%1", str(months)) if months != 1
                    else self.tr("1 maand"), horizon)]
        result: list[tuple[str, dt.date]] = []
        for text, day in choices:
            if day <= horizon and all(day != d for _t, d in result):
                result.append((text, day))
        return result

    def _fill_from(self, old: Decision) -> None:
        """Start a correction from the values of the decision it corrects."""
        self.set_kind(old.kind)
        self.date_field.set_date(old.next_evaluation
                                 or decisions.default_next_evaluation(self._settings, self.on))
        self.koers_edit.setPlainText(old.koers)
        self.referred_edit.setText(old.referred_to)
        self.reason_edit.setText(old.date_reason)
        self.role_buttons.get(old.worded_by_role, self.role_buttons["presenter"]).setChecked(True)

    # -- reading and showing -----------------------------------------------------
    def kind(self) -> DecisionKind | None:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)

    def set_kind(self, kind: DecisionKind | None) -> None:
        item_form.set_choice(self.kind_group, dict(self.kind_buttons.items()), kind)
        self._update_for_kind()

    def choose_kind(self, kind: DecisionKind) -> None:
        """What 1/2/3 or a click does: choose, then go to the field to fill in."""
        if not self.kind_buttons[kind].isEnabled():
            return
        self.set_kind(kind)
        self._clear("kind")
        target: QWidget = {DecisionKind.DOORGAAN: self.koers_edit,
                           DecisionKind.VERWIJZEN: self.referred_edit}.get(kind,
                                                                          self.save_button)
        target.setFocus()

    def _on_kind_clicked(self, button: QPushButton) -> None:
        kind = next(k for k, b in self.kind_buttons.items() if b is button)
        self.choose_kind(kind)

    def _update_for_kind(self) -> None:
        kind = self.kind()
        self.koers_section.setVisible(kind is DecisionKind.DOORGAAN)
        self.referred_section.setVisible(kind is DecisionKind.VERWIJZEN)
        self.date_section.setVisible(kind in NEEDS_DATE)
        hints = {
            None: self.tr("Kies het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen."),
            DecisionKind.DOORGAAN: self.tr("Doorgaan mag alleen met een afgesproken volgende "
                                           "evaluatie en een koers tot dan."),
            DecisionKind.AFSLUITEN: self.tr("De behandeling stopt; de cliënt wordt inactief "
                                            "en is niet meer aan de beurt voor evaluatie."),
            DecisionKind.VERWIJZEN: self.tr("Waarheen, en wanneer het team erop terugkijkt."),
        }
        self.kind_hint.setText(hints[kind])
        if self.isVisible():
            widgets.grow_to_fit(self)

    def choose_date(self, day: dt.date) -> None:
        self.date_field.set_date(day)
        self._on_date_changed()

    def _on_date_changed(self) -> None:
        self._clear("next_evaluation")
        day = self.date_field.date()
        for quick_day, button in self.quick_buttons.items():
            button.setChecked(quick_day == day)
        self.weekday.setText(labels.long_date(day) if day is not None else "")
        self._update_reason(day)

    def needs_reason(self) -> bool:
        day = self.date_field.date()
        return day is not None and decisions.date_needs_reason(self._settings, self.on, day)

    def _update_reason(self, day: dt.date | None) -> None:
        needed = self.needs_reason()
        if needed and day is not None:
            horizon = decisions.default_next_evaluation(self._settings, self.on)
            if day < self.on:
                text = self.tr("Deze datum ligt in het verleden. &Reden (verplicht):")
            else:
                text = self.tr("Deze datum ligt na %1, verder dan de evaluatietermijn van "
                               "%2 maanden. &Reden (verplicht):").replace(
                    "%1", format_nl(horizon)).replace("%2",
                                                      str(self._settings.horizon_months))
            self.reason_title.setText(text)
        was = not self.reason_box.isHidden()
        self.reason_box.setVisible(needed)
        if was != needed and self.isVisible():
            widgets.grow_to_fit(self)

    def reason_shown(self) -> bool:
        return not self.reason_box.isHidden()

    def decision_input(self) -> DecisionInput:
        role = next(r for r, b in self.role_buttons.items() if b.isChecked())
        return DecisionInput(
            kind=self.kind(), next_evaluation=self.date_field.date(),
            koers=self.koers_edit.toPlainText(), referred_to=self.referred_edit.text(),
            worded_by_role=role,
            date_reason=self.reason_edit.text() if self.needs_reason() else "")

    # -- problems ------------------------------------------------------------------
    def _clear(self, name: str) -> None:
        error = self.errors.get(name)
        if error is not None and error.isVisible():
            error.clear()
            field = self.fields.get(name)
            if field is not None:
                item_form.mark_invalid(field, False)

    def show_problems(self, problems: list[Problem]) -> None:
        for name in self.errors:
            self.errors[name].clear()
        for field in self.fields.values():
            item_form.mark_invalid(field, False)
        other: list[str] = []
        for problem in problems:
            label = self.errors.get(problem.field)
            if label is None:
                other.append(describe(problem))
                continue
            label.show_message("\n".join(filter(None, (label.text(), self._text(problem)))))
            field = self.fields.get(problem.field)
            if field is not None:
                item_form.mark_invalid(field, True)
        self.general_error.show_message("\n".join(other))
        bad = {p.field for p in problems}
        if "date_reason" in bad:
            self.reason_box.show()
        first = next((name for name in FIELD_ORDER if name in bad), None)
        if first == "kind":
            (self.kind_buttons[self.kind()] if self.kind() is not None
             else next(iter(self.kind_buttons.values()))).setFocus()
        elif first in self.fields:
            self.fields[first].setFocus()
        widgets.grow_to_fit(self)

    def _text(self, problem: Problem) -> str:
        if problem.field == "kind":
            return self.tr("Kies het besluit: doorgaan, afsluiten of verwijzen.")
        return describe(problem)

    # -- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        """Record the decision; True when recorded (the form then closes)."""
        if not self.save_button.isEnabled():
            return False
        if self.kind() in NEEDS_DATE and not self.date_field.check():
            problem = self.date_field.problem()
            if problem is not None:
                self.show_problems([problem])
            return False
        data = self.decision_input()
        if self.closes_treatment(data.kind):
            if not chair_questions.close_treatment(self, self.item.client_reference):
                return False  # nothing recorded; everything stays as it was
            data = dataclasses.replace(data, closes_client_id=self.item.client_id)
        try:
            if self.corrects is not None:
                decision = decisions.correct_decision(self._store, self.corrects.id, data)
            elif self.hamerstuk:
                decision = decisions.confirm_hamerstuk(
                    self._store, self.item.id, worded_by_role=data.worded_by_role,
                    next_evaluation=data.next_evaluation, koers=data.koers,
                    referred_to=data.referred_to, date_reason=data.date_reason,
                    closes_client_id=data.closes_client_id)
            else:
                decision = decisions.record_decision(self._store, self.item.id, data)
        except ValidationError as error:
            self.show_problems(error.problems)
            return False
        except StoreError as error:
            self.general_error.show_message(describe_store_error(error))
            widgets.grow_to_fit(self)
            return False
        self.decision = decision
        self.done(QDialog.DialogCode.Accepted)
        return True

    def closes_treatment(self, kind: DecisionKind | None) -> bool:
        """Whether saving ``kind`` ends the client's treatment (a correction of an
        afsluiten that stays afsluiten ends nothing new)."""
        return kind is DecisionKind.AFSLUITEN and (
            self.corrects is None or self.corrects.kind is not DecisionKind.AFSLUITEN)

    def is_modified(self) -> bool:
        return self.decision is None and self.decision_input() != self._baseline

    def reject(self) -> None:
        """Esc or Annuleren: ask first when something was filled in."""
        if self.is_modified() and not widgets.confirm(
                self, self.tr("Besluit niet vastleggen?"),
                self.tr("U hebt een besluit ingevuld dat nog niet is vastgelegd. "
                        "Weggooien?"),
                self.tr("&Weggooien")):
            return
        super().reject()

    @classmethod
    def ask(cls, store: Store, item: Item, parent: QWidget | None = None, *,
            hamerstuk: bool = False, corrects: Decision | None = None) -> Decision | None:
        form = cls(store, item, parent, hamerstuk=hamerstuk, corrects=corrects)
        try:
            return form.decision if form.exec() == QDialog.DialogCode.Accepted else None
        finally:
            form.deleteLater()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        widgets.grow_to_fit(self)
        kind = self.kind()
        if kind is None:
            self.kind_buttons[DecisionKind.DOORGAAN].setFocus()
        else:
            self.choose_kind(kind)
