"""Queue a new agenda item, or edit or withdraw one: the inbrenger's form.

The dialog runs the domain operation itself (``items.queue_item``, ``update_item``,
``withdraw_item``) and stays open, with everything typed, until it succeeds: problems
show under their fields, storage problems above the buttons, and a conflict with
someone else's save opens :class:`ConflictDialog` (nothing is overwritten unless the
user chooses so, and nothing typed is lost).

Rule 1 shows in the form: type and block have no preselected choice, and the question
to the team is marked required once a vraag or kwestie is chosen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vergadering import clients, items, meetings, members
from vergadering import settings as team_settings
from vergadering.items import (
    NEEDS_QUESTION,
    PROCESS_STATE_MAX,
    QUESTION_MAX,
    ConflictError,
    DecisionKind,
    Item,
    ItemInput,
    ItemStatus,
)
from vergadering.problems import Code, Problem, ValidationError
from vergadering.settings import Block, ItemType
from vergadering.store import Store, StoreError

from .. import identity
from ..kit import item_form, widgets
from ..kit.item_text import decision_label, moment, type_label
from ..kit.widgets import MessageLabel, hint_label
from ..messages import describe, describe_store_error
from .client_picker import ClientPicker
from .conflict_dialog import ConflictChoice, ConflictDialog

# The form's fields top to bottom: the focus goes to the first one with a problem.
FIELD_ORDER = ("client", "presenter", "type", "block", "question", "process_state", "minutes",
               "proposed_decision")
_DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def _long_date(day: dt.date) -> str:
    return _DUTCH.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


class ItemDialog(QDialog):
    """A new item (``item`` None) for the next meeting, or an edit of ``item``.

    ``result_item`` is the saved item after a save, or the withdrawn item (status
    ``WITHDRAWN``) after "Intrekken".
    """

    def __init__(self, store: Store, item: Item | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._base = item  # the version the next save is compared against
        self.result_item: Item | None = None
        self.mine_window: ConflictDialog | None = None
        self._minutes_by_hand = False
        self._setting_minutes = False
        self._sized = False
        self.general_error = MessageLabel()
        try:
            self._settings = team_settings.load(store)
        except StoreError as error:
            self._settings = team_settings.TeamSettings()
            self.general_error.show_message(describe_store_error(error))
        self.setWindowTitle(self.tr("Agendapunt aanmelden") if item is None
                            else self.tr("Agendapunt bewerken"))
        self._build()
        if item is not None:
            self._show_item(item)
        else:
            self._select_presenter(self._me())
            self._show_next_meeting()
        self._update_for_type()
        self._on_question_changed()
        self._on_state_changed()
        self._baseline = self._snapshot()
        if store.read_only:
            self.save_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
            self.general_error.show_message(widgets.read_only_text(store))
        self.picker.setFocus()

    # -- building ------------------------------------------------------------
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
        rows.add(self.tr("&Cliënt:"), self.picker, "client")
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
                                self.question_edit, self.state_edit, self.minutes_spin,
                                self.decision_combo, self.withdraw_button, self.save_button,
                                self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fill_presenters(self) -> None:
        combo = self.presenter_combo
        try:
            active = members.list_members(self._store, include_inactive=False)
        except StoreError as error:
            active = []
            self.general_error.show_message(describe_store_error(error))
        for member in active:
            combo.addItem(member.name, member.id)
        if not active:
            combo.setPlaceholderText(self.tr("nog geen teamleden: voeg ze toe onder Team"))
        combo.setCurrentIndex(-1)

    # -- reading and showing the form ------------------------------------------
    def _checked(self, buttons: dict[Any, QRadioButton]) -> Any:
        return next((value for value, button in buttons.items() if button.isChecked()), None)

    def item_input(self) -> ItemInput:
        """What is filled in now, as the domain takes it."""
        client = self.picker.client()
        minutes = self.minutes_spin.value()
        return ItemInput(
            client_id=client.id if client else None,
            presenter_id=self.presenter_combo.currentData(),
            type=self._checked(self.type_buttons),
            block=self._checked(self.block_buttons),
            question=self.question_edit.toPlainText(),
            process_state=self.state_edit.toPlainText(),
            minutes=minutes or None,
            proposed_decision=self.decision_combo.currentData(),
        )

    def _snapshot(self) -> tuple[object, ...]:
        return (self.picker.text(), self.item_input())

    def is_modified(self) -> bool:
        return self._snapshot() != self._baseline

    def _select_presenter(self, member_id: int | None) -> None:
        self.presenter_combo.setCurrentIndex(self.presenter_combo.findData(member_id)
                                             if member_id is not None else -1)

    def _show_item(self, item: Item) -> None:
        """Fill the form with ``item`` (when editing, or taking over another version)."""
        try:
            self.picker.set_client(clients.get(self._store, item.client_id))
        except (StoreError, ValidationError):
            self.picker.set_text(item.client_reference)
        combo = self.presenter_combo
        if combo.findData(item.presenter_id) < 0:
            # An inactive presenter stays visible on the item they already have.
            combo.addItem(self.tr("%1 (inactief)").replace("%1", item.presenter),
                          item.presenter_id)
        self._select_presenter(item.presenter_id)
        item_form.set_choice(self.type_group, self.type_buttons, item.type)
        item_form.set_choice(self.block_group, self.block_buttons, item.block)
        self.question_edit.setPlainText(item.question)
        self.state_edit.setPlainText(item.process_state)
        self._minutes_by_hand = item.minutes != self._settings.default_minutes.get(item.type)
        self._set_minutes(item.minutes)
        self.decision_combo.setCurrentIndex(
            max(0, self.decision_combo.findData(item.proposed_decision)))
        self._show_version(item)

    def _show_version(self, item: Item) -> None:
        self.heading.setText(self.tr("Agendapunt voor de vergadering van %1").replace(
            "%1", _long_date(item.meeting_date)))
        if item.updated_by:
            text = self.tr("Laatst gewijzigd door %1 op %2").replace(
                "%1", item.updated_by).replace("%2", moment(item.updated_at))
        else:
            text = self.tr("Laatst gewijzigd op %1").replace("%1", moment(item.updated_at))
        self.changed_label.setText(text)
        self.changed_label.show()

    def _show_next_meeting(self) -> None:
        try:
            day = meetings.upcoming_date(self._store, self._settings)
        except StoreError:
            self.heading.setText(self.tr("Nieuw agendapunt"))
            return
        self.heading.setText(self.tr("Nieuw agendapunt voor de vergadering van %1").replace(
            "%1", _long_date(day)))

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if not self._sized:
            self._sized = True
            item_form.fit_height(self, self.scroll)
        super().showEvent(event)

    # -- reacting to edits ---------------------------------------------------
    def _on_type_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._clear_problem("type")
            if not self.question_edit.toPlainText().strip():
                self._clear_problem("question")  # it may no longer be required
            self._update_for_type()

    def _update_for_type(self) -> None:
        item_type = self._checked(self.type_buttons)
        required = item_type in NEEDS_QUESTION
        self.question_label.setText(self.tr("Vraag aan het &team\n(verplicht):") if required
                                    else self.tr("Vraag aan het &team:"))
        if item_type is None:
            self.minutes_hint.setText(self.tr("volgt de standaard zodra u de soort kiest"))
            return
        default = self._settings.default_minutes[item_type]
        self.minutes_hint.setText(self.tr("teamstandaard voor een %1: %2 min").replace(
            "%1", type_label(item_type)).replace("%2", str(default)))
        if not self._minutes_by_hand:
            self._set_minutes(default)

    def _set_minutes(self, minutes: int) -> None:
        self._setting_minutes = True
        try:
            self.minutes_spin.setValue(minutes)
        finally:
            self._setting_minutes = False

    def _on_minutes_changed(self, _value: int) -> None:
        if not self._setting_minutes:
            self._minutes_by_hand = True
            self._clear_problem("minutes")

    def _on_question_changed(self) -> None:
        self._clear_problem("question")
        item_form.show_count(self.question_counter, self.question_edit.toPlainText(),
                             QUESTION_MAX)

    def _on_state_changed(self) -> None:
        self._clear_problem("process_state")
        item_form.show_count(self.state_counter, self.state_edit.toPlainText(),
                             PROCESS_STATE_MAX)

    def counter_text(self, name: str) -> str:
        return (self.question_counter if name == "question" else self.state_counter).text()

    # -- problems --------------------------------------------------------------
    def _mark(self, name: str, invalid: bool) -> None:
        item_form.mark_invalid(self.picker.edit if name == "client" else self.fields[name],
                               invalid)

    def _clear_problem(self, name: str) -> None:
        error = self.errors.get(name)
        if error is not None and error.isVisible():
            error.clear()
            self._mark(name, False)

    def _show_general(self, text: str) -> None:
        self.general_error.show_message(text)
        item_form.fit_height(self, self.scroll)

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field (the rest above the buttons); focus on the
        first field with a problem, top to bottom."""
        widgets.show_field_problems(problems, self.errors, self.fields, self.general_error)
        bad = {p.field for p in problems}
        for name in FIELD_ORDER:
            self._mark(name, name in bad)
        for problem in problems:
            guidance = self._guidance(problem)
            if guidance:
                self.errors[problem.field].show_message(guidance)
        item_form.fit_height(self, self.scroll)
        first = next((name for name in FIELD_ORDER if name in bad), None)
        if first is not None:
            self._focus_field(first)

    def _guidance(self, problem: Problem) -> str:
        """This form's own words for a missing choice ("vul dit in" does not fit a
        choice), or "" to keep the general message."""
        if problem.code is not Code.REQUIRED:
            return ""
        name = problem.field
        typed = self.picker.text().strip()
        if name == "client" and typed:
            # "Verplicht" would puzzle someone who typed a reference: say what is missing.
            return self.tr("Cliënt '%1' is niet gekozen uit de lijst: kies een cliënt met de "
                           "pijltjes en Enter, of voeg '%1' toe als nieuwe cliënt.").replace(
                "%1", typed)
        if name == "client":
            return self.tr("Kies een cliënt: typ een deel van de referentie of van de naam "
                           "van de behandelaar en kies uit de lijst.")
        if name == "presenter":
            return self.tr("Kies wie het punt inbrengt.")
        if name == "type":
            return self.tr("Kies de soort: mededeling, vraag of kwestie. Zo weet het team "
                           "wat er van hen verwacht wordt.")
        if name == "block":
            return self.tr("Kies het blok: acuut of lopend.")
        if name == "question":
            return self.tr("Bij een %1 hoort een vraag aan het team: schrijf op wat het team "
                           "moet beantwoorden of bespreken.").replace(
                "%1", type_label(self._checked(self.type_buttons)))
        return ""

    def _focus_field(self, name: str) -> None:
        if name == "type":
            buttons = self.type_buttons
        elif name == "block":
            buttons = self.block_buttons
        else:
            target = self.picker.edit if name == "client" else self.fields[name]
            target.setFocus()
            self.scroll.ensureWidgetVisible(target)
            return
        checked = self._checked(buttons)
        button = buttons[checked] if checked is not None else next(iter(buttons.values()))
        button.setFocus()
        self.scroll.ensureWidgetVisible(button)

    def _clear_all_problems(self) -> None:
        for name in self.errors:
            self.errors[name].clear()
            self._mark(name, False)
        self.general_error.clear()

    # -- operations ------------------------------------------------------------
    def _me(self) -> int | None:
        try:
            return identity.current_member(self._store)
        except StoreError:
            return None

    def _by(self) -> int | None:
        """Who makes the change: the "Ik ben" member, else the chosen presenter."""
        me = self._me()
        return me if me is not None else self.presenter_combo.currentData()

    def save(self) -> bool:
        """Queue or update the item; True when saved (the dialog then closes)."""
        if not self.save_button.isEnabled():
            return False
        self.picker.pick_exact_match()
        data = self.item_input()
        self._clear_all_problems()
        try:
            if self._base is None:
                saved = items.queue_item(self._store, data, by=self._by())
            else:
                saved = items.update_item(self._store, self._base.id, data, by=self._by(),
                                          expected_version=self._base.version)
        except ConflictError as conflict:
            return self._resolve_conflict(conflict.current, data)
        except ValidationError as error:
            self.show_problems(error.problems)
            return False
        except StoreError as error:
            self._show_general(describe_store_error(error))
            return False
        self.result_item = saved
        self.done(QDialog.DialogCode.Accepted)
        return True

    def withdraw(self, *, confirmed: bool = False) -> bool:
        """Withdraw the item being edited, after confirmation; True when withdrawn."""
        base = self._base
        if base is None or not self.withdraw_button.isEnabled():
            return False
        if not confirmed and not widgets.confirm(
                self, self.tr("Agendapunt intrekken"),
                self.tr("Het agendapunt over %1 gaat van de agenda van %2. Wie het wanneer "
                        "heeft ingetrokken blijft bewaard.").replace(
                    "%1", base.client_reference).replace("%2", _long_date(base.meeting_date)),
                self.tr("&Intrekken")):
            return False
        self._clear_all_problems()
        try:
            withdrawn = items.withdraw_item(self._store, base.id, by=self._by(),
                                            expected_version=base.version)
        except ConflictError as conflict:
            return self._resolve_conflict(conflict.current, self.item_input(), withdrawing=True)
        except ValidationError as error:
            self.show_problems(error.problems)
            return False
        except StoreError as error:
            self._show_general(describe_store_error(error))
            return False
        self.result_item = withdrawn
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _resolve_conflict(self, current: Item, mine: ItemInput, *,
                          withdrawing: bool = False) -> bool:
        """Someone else saved ``current`` meanwhile. From now on the form is compared
        against that version, whichever way the user chooses."""
        choice = ConflictDialog.ask(self._store, current, mine, parent=self,
                                    withdrawing=withdrawing)
        self._base = current
        self._show_version(current)
        if current.status is not ItemStatus.QUEUED:
            self._show_general(describe(Problem("item", Code.NOT_QUEUED)))
            self.save_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
        if choice is ConflictChoice.SAVE_MINE:
            return self.withdraw(confirmed=True) if withdrawing else self.save()
        if choice is ConflictChoice.TAKE_THEIRS:
            if self.mine_window is not None and shiboken6.isValid(self.mine_window):
                self.mine_window.close()
            self.mine_window = ConflictDialog.keep_mine_visible(self._store, current, mine,
                                                                parent=self)
            self._show_item(current)
            self._update_for_type()
            self._baseline = self._snapshot()
        return False

    # -- closing ---------------------------------------------------------------
    def reject(self) -> None:
        """Esc or Annuleren: ask first when anything was typed."""
        if self.is_modified() and not widgets.confirm(
                self, self.tr("Niet opslaan?"),
                self.tr("U hebt iets ingevuld of gewijzigd dat nog niet is opgeslagen. "
                        "Weggooien?"),
                self.tr("&Weggooien")):
            return
        super().reject()

    @classmethod
    def ask(cls, store: Store, *, item: Item | None = None,
            parent: QWidget | None = None) -> Item | None:
        """Show the dialog; the saved (or withdrawn) item, or None when cancelled."""
        dialog = cls(store, item, parent)
        dialog.exec()
        return dialog.result_item
