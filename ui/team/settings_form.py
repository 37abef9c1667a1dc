"""The "Instellingen" tab: the team's meeting rhythm, block budgets and order, default
minutes per item type, evaluation horizon and projector privacy.

Nothing is stored until Opslaan (Ctrl+S); Herstel goes back to what is stored. A
refused save shows each problem under its field and keeps everything typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vergadering import settings
from vergadering.problems import Problem, ValidationError
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Change, Store

from .. import common
from ..i18n import count, fill
from ..kit import widgets, words
from ..kit.widgets import (
    ERROR_COLOR,
    MessageLabel,
    action_button,
    add_field_only_row,
    add_form_row,
    form_grid,
    hint_label,
    show_field_problems,
)
from ..table_model import subscribe_while_alive


class SettingsForm(QWidget):
    """Edits :class:`TeamSettings`; emits ``saved`` after a successful save."""

    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.errors: dict[str, MessageLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._check_while_typing = False
        self._groups: list[QGroupBox] = []
        self._labels: list[QLabel] = []
        self.form_error = MessageLabel()
        self._stored = self._load()
        self._build()
        self.show_settings(self._stored)
        self._connect_edits()
        subscribe_while_alive(self, store, self._on_store_change)
        self._apply_read_only()
        self._on_edited()

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        self.team_name = QLineEdit()
        self.weekday = QComboBox()
        self.weekday.addItems([self.tr("maandag"), self.tr("dinsdag"), self.tr("woensdag"),
                               self.tr("donderdag"), self.tr("vrijdag"), self.tr("zaterdag"),
                               self.tr("zondag")])
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.length = self._spin(15, settings.MAX_MEETING_MINUTES)
        self.end_label = QLabel()
        self.acuut = self._spin(0, settings.MAX_MEETING_MINUTES)
        self.lopend = self._spin(0, settings.MAX_MEETING_MINUTES)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lopend_first = QRadioButton(self.tr("Eerst lo&pende behandelingen (aanbevolen)"))
        self.acuut_first = QRadioButton(self.tr("Eerst ac&ute punten"))
        self.order_group = QButtonGroup(self)
        self.order_group.addButton(self.lopend_first)
        self.order_group.addButton(self.acuut_first)
        self.order_hint = hint_label("")
        self.item_minutes = {t: self._spin(1, settings.MAX_ITEM_MINUTES) for t in ItemType}
        self.horizon = self._spin(1, settings.MAX_HORIZON_MONTHS)
        self.privacy = QCheckBox(self.tr("Privac&ymodus op de beamer"))
        self.terugblik = QCheckBox(self.tr("Terugblik aan het begin van de vergadering"))

        team = self._group(self.tr("Team"))
        self._row(team, self.tr("Team&naam:"), self.team_name, "team_name", stretch=False)
        meeting = self._group(self.tr("Vergadering"))
        self._row(meeting, self.tr("Ver&gaderdag:"), self.weekday, "meeting_weekday")
        self._row(meeting, self.tr("Beginti&jd:"), self.start, "meeting_start")
        self._row(meeting, self.tr("&Duur (minuten):"), self.length, "meeting_minutes",
                  trailing=self.end_label)
        blocks = self._group(self.tr("Tijd per blok"))
        self._row(blocks, self.tr("&Acute punten (minuten):"), self.acuut, "acuut_budget")
        self._row(blocks, self.tr("&Lopende behandelingen (minuten):"), self.lopend,
                  "lopend_budget")
        blocks.addWidget(self.summary, blocks.rowCount(), 1)
        order_label = QLabel(self.tr("Welk blok eerst:"))
        self._labels.append(order_label)
        row = blocks.rowCount()
        blocks.addWidget(order_label, row, 0)
        blocks.addWidget(self.lopend_first, row, 1)
        add_field_only_row(blocks, self.acuut_first)
        add_field_only_row(blocks, self.order_hint)
        self.fields["first_block"] = self.lopend_first
        self.errors["first_block"] = MessageLabel()
        add_field_only_row(blocks, self.errors["first_block"])
        items = self._group(self.tr("Standaardduur van een agendapunt"))
        labels = {ItemType.MEDEDELING: self.tr("&Mededeling (minuten):"),
                  ItemType.VRAAG: self.tr("&Vraag (minuten):"),
                  ItemType.KWESTIE: self.tr("&Kwestie (minuten):")}
        for item_type, spin in self.item_minutes.items():
            self._row(items, labels[item_type], spin, f"default_minutes.{item_type.value}")
        evaluation = self._group(self.tr("Evaluatie en beamer"))
        self._row(evaluation, self.tr("Evaluat&ietermijn (maanden):"), self.horizon,
                  "horizon_months",
                  hint=self.tr("Elke lopende behandeling komt minstens zo vaak ter evaluatie; "
                               "de standaard is zes maanden."))
        privacy = QVBoxLayout()
        privacy.setSpacing(2)
        privacy.addWidget(self.privacy)
        privacy.addWidget(hint_label(self.tr(
            "De beamer toont dan alleen de cliëntreferentie en de tijden. Soort, blok, "
            "inbrenger en de volgende punten staan alleen op het scherm van de voorzitter; "
            "de vraag en de stand van het proces ook daar niet, want dat scherm kan "
            "gespiegeld op de beamer staan.")))
        evaluation.addLayout(privacy, evaluation.rowCount(), 0, 1, 2)
        terugblik = QVBoxLayout()
        terugblik.setSpacing(2)
        terugblik.addWidget(self.terugblik)
        terugblik.addWidget(hint_label(self.tr(
            "Voor de agenda kort de besluiten van de vorige vergadering en de doorgeschoven "
            "punten tonen.")))
        evaluation.addLayout(terugblik, evaluation.rowCount(), 0, 1, 2)

        # One label column width for all groups, so the fields line up.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)
        column = QVBoxLayout(content)
        for box in self._groups:
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        scroll.setWidget(content)

        self.save_action = QAction(self.tr("&Opslaan"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda: self.save())
        self.addAction(self.save_action)
        widgets.set_tooltip_with_shortcut(self.save_action,
                                          self.tr("De instellingen opslaan"))
        self.revert_action = QAction(self.tr("He&rstel"), self)
        self.revert_action.setToolTip(self.tr("Terug naar de opgeslagen instellingen"))
        self.revert_action.triggered.connect(self.revert)
        self.status = MessageLabel(error=False)
        self.read_only_label = MessageLabel(error=False)

        buttons = QHBoxLayout()
        buttons.addWidget(action_button(self.save_action))
        buttons.addWidget(action_button(self.revert_action))
        buttons.addWidget(self.status, 1)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
        return spin

    def _group(self, title: str) -> QGridLayout:
        box = QGroupBox(title)
        self._groups.append(box)  # keeps it alive until it is put in the layout
        return form_grid(box)

    def _row(self, form: QGridLayout, text: str, field: QWidget, name: str, *,
             trailing: QWidget | None = None, hint: str = "", stretch: bool = True) -> None:
        label, self.errors[name] = add_form_row(form, text, field, trailing=trailing,
                                                hint=hint, stretch=stretch)
        self._labels.append(label)
        self.fields[name] = field

    def _connect_edits(self) -> None:
        self.team_name.textChanged.connect(self._on_edited)
        self.weekday.currentIndexChanged.connect(self._on_edited)
        self.start.timeChanged.connect(self._on_edited)
        for spin in (self.length, self.acuut, self.lopend, self.horizon,
                     *self.item_minutes.values()):
            spin.valueChanged.connect(self._on_edited)
        self.lopend_first.toggled.connect(self._on_edited)
        self.privacy.toggled.connect(self._on_edited)
        self.terugblik.toggled.connect(self._on_edited)

    # -- values ----------------------------------------------------------------
    def _load(self) -> TeamSettings:
        loaded = common.load(lambda: settings.load(self.store), self.form_error.show_message)
        return loaded if loaded is not None else TeamSettings()

    def values(self) -> TeamSettings:
        """What the form shows now, not yet validated."""
        start = self.start.time()
        return TeamSettings(
            team_name=self.team_name.text(),
            meeting_weekday=self.weekday.currentIndex(),
            meeting_start=dt.time(start.hour(), start.minute()),
            meeting_minutes=self.length.value(),
            acuut_budget=self.acuut.value(),
            lopend_budget=self.lopend.value(),
            first_block=Block.LOPEND if self.lopend_first.isChecked() else Block.ACUUT,
            default_minutes={t: spin.value() for t, spin in self.item_minutes.items()},
            horizon_months=self.horizon.value(),
            privacy_mode=self.privacy.isChecked(),
            terugblik=self.terugblik.isChecked(),
        )

    def show_settings(self, values: TeamSettings) -> None:
        self.team_name.setText(values.team_name)
        self.weekday.setCurrentIndex(values.meeting_weekday)
        self.start.setTime(QTime(values.meeting_start.hour, values.meeting_start.minute))
        self.length.setValue(values.meeting_minutes)
        self.acuut.setValue(values.acuut_budget)
        self.lopend.setValue(values.lopend_budget)
        (self.lopend_first if values.first_block is Block.LOPEND
         else self.acuut_first).setChecked(True)
        for item_type, spin in self.item_minutes.items():
            spin.setValue(values.default_minutes.get(item_type, 1))
        self.horizon.setValue(values.horizon_months)
        self.privacy.setChecked(values.privacy_mode)
        self.terugblik.setChecked(values.terugblik)

    def has_unsaved_changes(self) -> bool:
        return self.values() != self._stored

    # -- feedback --------------------------------------------------------------
    def _on_edited(self) -> None:
        values = self.values()
        start = dt.datetime.combine(dt.date(2000, 1, 1), values.meeting_start)
        end = start + dt.timedelta(minutes=values.meeting_minutes)
        self.end_label.setText(fill(self.tr("tot %1"), words.clock_time(end)))
        total = values.acuut_budget + values.lopend_budget
        text = fill(self.tr("Blokken samen %1 van %2 minuten"), total, values.meeting_minutes)
        if total > values.meeting_minutes:
            text += count(total - values.meeting_minutes, self.tr(": %n minuut te veel"),
                          self.tr(": %n minuten te veel"))
        elif total < values.meeting_minutes:
            text += count(values.meeting_minutes - total,
                          self.tr("; %n minuut blijft over voor opening en afronding"),
                          self.tr("; %n minuten blijven over voor opening en afronding"))
        self.summary.setText(text)
        self.summary.setStyleSheet(
            f"color: {ERROR_COLOR};" if total > values.meeting_minutes else "")
        if values.first_block is Block.LOPEND:
            self.order_hint.setText(self.tr(
                "Het onderzoek raadt af om met acute punten te beginnen: die eten de tijd "
                "van de rest op."))
        else:
            self.order_hint.setText(count(values.acuut_budget, self.tr(
                "Let op: acute punten eten de tijd van de rest op. Het acute blok stopt "
                "daarom hard na %n minuut."), self.tr(
                "Let op: acute punten eten de tijd van de rest op. Het acute blok stopt "
                "daarom hard na %n minuten.")))
        dirty = values != self._stored
        editable = not self.store.read_only
        self.save_action.setEnabled(dirty and editable)
        self.revert_action.setEnabled(dirty and editable)
        if dirty:
            self.status.clear()
        if self._check_while_typing:
            try:  # checking while typing: no operation on the store, nothing to run
                settings.validate(values)
            except ValidationError as error:
                self.show_problems(error, focus=False)
            else:
                self.show_problems(ValidationError([]), focus=False)

    def show_problems(self, error: ValidationError, *, focus: bool = True) -> None:
        first = show_field_problems(error.problems, self.errors, self.fields, self.form_error)
        if focus and first is not None:
            first.setFocus()

    # -- commands --------------------------------------------------------------
    def save(self) -> bool:
        """Validate and store; on a problem show it and keep the form as it is."""
        if self.store.read_only:
            return False
        self.form_error.clear()
        clean = common.run_operation(self, lambda: settings.save(self.store, self.values()),
                                     store=self.store, problems=self._refused)
        if clean is None:
            return False  # the form keeps everything typed
        self._check_while_typing = False
        self._stored = clean
        self.show_problems(ValidationError([]), focus=False)
        self.show_settings(clean)
        self._on_edited()
        self.status.show_message(self.tr("Opgeslagen."))
        self.saved.emit()
        return True

    def _refused(self, problems: list[Problem]) -> None:
        self._check_while_typing = True
        self.show_problems(ValidationError(problems))
        self.status.clear()
        self.form_error.show_message("\n".join(filter(None, (
            self.form_error.text(),
            self.tr("Niet opgeslagen: pas de rood gemelde velden aan.")))))

    def revert(self) -> None:
        self._stored = self._load()
        self._check_while_typing = False
        self.show_problems(ValidationError([]), focus=False)
        self.show_settings(self._stored)
        self._on_edited()
        self.status.show_message(self.tr("De opgeslagen instellingen staan weer in het "
                                         "formulier."))

    def _on_store_change(self, change: Change) -> None:
        if not change.affects("settings"):
            return
        dirty = self.has_unsaved_changes()
        self._stored = self._load()
        if not dirty:
            self.show_settings(self._stored)
        self._on_edited()

    def _apply_read_only(self) -> None:
        if not self.store.read_only:
            return
        text = widgets.read_only_text(self.store)
        self.read_only_label.show_message(text)
        for field in (self.team_name, self.weekday, self.start, self.length, self.acuut,
                      self.lopend, self.lopend_first, self.acuut_first, self.horizon,
                      self.privacy, self.terugblik, *self.item_minutes.values()):
            field.setEnabled(False)
            field.setToolTip(text)
