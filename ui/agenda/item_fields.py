"""The inbrenger's form as widgets: the client, the presenter, type and block as choices
without a preselection (rule 1), the question and the process state with their counters,
the minutes, the proposed decision and the buttons. A mixin of
:class:`ui.agenda.item_dialog.ItemDialog`, which reads, saves and withdraws."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vergadering import members
from vergadering import settings as team_settings
from vergadering.items import DecisionKind
from vergadering.settings import Block, ItemType

from .. import common
from ..kit import item_form
from ..kit.widgets import hint_label
from ..kit.words import decision_label
from .client_picker import ClientPicker

if TYPE_CHECKING:
    from .item_dialog import ItemDialog

    _Base = ItemDialog
else:
    _Base = object


class ItemFields(_Base):
    """Builds the item dialog's fields, buttons and layout."""

    def _build(self) -> None:
        self.ensurePolished()  # the style sheet's 12pt, so sizes below are measured in it
        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.changed_label = hint_label("")
        self.changed_label.setProperty("role", "hint")
        self.changed_label.hide()

        self.picker = ClientPicker(self._store)
        self.picker.picked.connect(lambda _client: self._clear_problem("client"))
        self.picker.edit.textEdited.connect(lambda _text: self._clear_problem("client"))
        self.picker.problem.connect(self._show_general)
        self.presenter_combo = QComboBox()
        self.presenter_combo.setPlaceholderText(self.tr("kies wie het punt inbrengt"))
        self.presenter_combo.setMinimumContentsLength(24)
        self._fill_presenters()
        self.presenter_combo.currentIndexChanged.connect(
            lambda _i: self._clear_problem("presenter"))

        self.type_group = QButtonGroup(self)
        self.type_buttons = {
            ItemType.MEDEDELING: QRadioButton(
                self.tr("&Mededeling: het team hoeft alleen in te stemmen")),
            ItemType.VRAAG: QRadioButton(
                self.tr("&Vraag: één concrete vraag die beantwoord moet worden")),
            ItemType.KWESTIE: QRadioButton(
                self.tr("&Kwestie: het team moet er echt over praten")),
        }
        self.type_frame = item_form.choices(self.type_group, self.type_buttons.values())
        self.type_group.buttonToggled.connect(self._on_type_toggled)

        self.block_group = QButtonGroup(self)
        self.block_buttons = {
            Block.ACUUT: QRadioButton(self.tr("&Acuut: deze cliënt heeft nu aandacht nodig")),
            Block.LOPEND: QRadioButton(
                self.tr("&Lopend: evaluatie of afsluiting van een lopende behandeling")),
        }
        self.block_frame = item_form.choices(self.block_group, self.block_buttons.values())
        self.block_group.buttonToggled.connect(lambda _b, _on: self._clear_problem("block"))

        self.question_edit = item_form.text_area(3)
        self.question_counter = item_form.counter()
        self.question_edit.textChanged.connect(self._on_question_changed)
        self.state_edit = item_form.text_area(5)
        self.state_counter = item_form.counter()
        self.state_edit.textChanged.connect(self._on_state_changed)
        # Rule 14 (docs/rules.md): the client's voice, optional, for the team only.
        self.perspective_edit = item_form.text_area(3)
        self.perspective_edit.setPlaceholderText(self.tr(
            "Bijvoorbeeld: mevrouw wil eerst zelf haar werk weer oppakken; haar zus maakt "
            "zich zorgen over het slapen."))
        self.perspective_counter = item_form.counter()
        self.perspective_edit.textChanged.connect(self._on_perspective_changed)

        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, team_settings.MAX_ITEM_MINUTES)
        self.minutes_spin.setSpecialValueText("–")  # 0: not chosen, follows the type
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.minutes_spin.valueChanged.connect(self._on_minutes_changed)
        self.minutes_hint = QLabel()
        self.minutes_hint.setProperty("role", "hint")

        self.decision_combo = QComboBox()
        for decision in (None, *DecisionKind):
            self.decision_combo.addItem(decision_label(decision), decision)
        self.decision_combo.currentIndexChanged.connect(
            lambda _i: self._clear_problem("proposed_decision"))

        rows = item_form.FormRows()
        self.errors = rows.errors
        self.fields = rows.fields
        # The client's open actions (rule 13), to read before writing the question.
        self.actions_note = hint_label("")
        self.actions_note.setObjectName("openActionsNote")
        self.actions_note.setProperty("role", "hint")  # calm: to read, not to act on
        self.actions_note.hide()
        self.picker.picked.connect(self._show_open_actions)
        rows.add(self.tr("&Cliënt:"), self.picker, "client", under=self.actions_note)
        rows.add(self.tr("&Inbrenger:"), self.presenter_combo, "presenter",
                 stretch=False)
        rows.add(self.tr("Soort:"), self.type_frame, "type", focus=self.type_frame)
        rows.add(self.tr("Blok:"), self.block_frame, "block", focus=self.block_frame)
        self.question_label = rows.add(
            self.tr("Vraag aan het &team:"), self.question_edit, "question",
            above=hint_label(self.tr("Wat verwacht u van het team? Verplicht bij een vraag of "
                                     "kwestie.")),
            under=self.question_counter)
        rows.add(self.tr("&Stand van het\nbegeleidingsproces:"), self.state_edit,
                 "process_state",
                 above=hint_label(self.tr("Beschrijf waar de behandeling nu staat, niet wat "
                                          "er allemaal gebeurd is: zo blijft de bespreking "
                                          "bij de vraag.")),
                 under=self.state_counter)
        rows.add(self.tr("&Perspectief cliënt /\nnaasten:"), self.perspective_edit,
                 "client_perspective",
                 above=hint_label(self.tr("Optioneel. Wat vindt de cliënt, of wat vinden "
                                          "naasten? Alleen voor het team, nooit op de "
                                          "beamer.")),
                 under=self.perspective_counter)
        rows.add(self.tr("Geschatte mi&nuten:"), self.minutes_spin, "minutes",
                 trailing=self.minutes_hint)
        rows.add(self.tr("Voorgesteld &besluit:"), self.decision_combo,
                 "proposed_decision", stretch=False,
                 under=hint_label(self.tr("Optioneel. Een mededeling met een voorgesteld "
                                          "besluit kan in de vergadering als hamerstuk worden "
                                          "bevestigd, zonder bespreking.")))

        rows.keep_label_column(max(self.fontMetrics().horizontalAdvance(line) for line in
                                   self.tr("Vraag aan het team\n(verplicht):").split("\n")))

        self.save_action = QAction(self.tr("&Opslaan"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"),
                                       QKeySequence(QKeySequence.StandardKey.Save)])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(lambda: self.save())
        self.addAction(self.save_action)
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_action.trigger)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setToolTip(self.tr("Sluiten zonder op te slaan (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        self.withdraw_button = QPushButton(self.tr("Int&rekken…"))
        self.withdraw_button.setToolTip(self.tr("Dit agendapunt van de agenda halen"))
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.withdraw_button.setVisible(self._base is not None)
        for button in (self.save_button, self.cancel_button, self.withdraw_button):
            button.setAutoDefault(False)  # Enter in a field never saves half a form
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        form_widget = QWidget()
        form_column = QVBoxLayout(form_widget)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.addLayout(rows.grid)
        form_column.addStretch(1)
        # On a small laptop screen the form scrolls; the buttons always stay in view.
        self.scroll = item_form.scrolling(form_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.changed_label)
        layout.addSpacing(6)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 100),
                    self.sizeHint().height())

        chain: list[QWidget] = [self.picker.edit, self.presenter_combo,
                                *self.type_buttons.values(), *self.block_buttons.values(),
                                self.question_edit, self.state_edit, self.perspective_edit,
                                self.minutes_spin,
                                self.decision_combo, self.withdraw_button, self.save_button,
                                self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fill_presenters(self) -> None:
        combo = self.presenter_combo
        active = common.load(lambda: members.list_members(self._store, include_inactive=False),
                             self.general_error.show_message) or []
        for member in active:
            combo.addItem(member.name, member.id)
        if not active:
            combo.setPlaceholderText(self.tr("nog geen teamleden: voeg ze toe onder Team"))
        combo.setCurrentIndex(-1)
