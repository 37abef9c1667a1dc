"""The proposal for the lopend block: clients due for evaluation (rule 5), most
overdue first, as many as fit in what is left of the block's time. The chair takes
them onto the agenda one by one or all at once; the behandelaar brings them in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vergadering import agenda
from vergadering import settings as team_settings
from vergadering.items import QUESTION_MAX
from vergadering.settings import ItemType
from vergadering.store import Store

from .. import common
from ..i18n import count, fill
from ..kit import palette, widgets
from ..kit.plan_view import FittingTableView
from ..kit.presenter_dialog import PresenterDialog
from ..kit.widgets import MessageLabel, action_button, make_action
from .proposal_model import ProposalRow, ProposalTableModel


class ProposalsPanel(QWidget):
    """The proposal list with the item type and question for the items it creates."""

    itemsAccepted = Signal(list)  # noqa: N815 (Qt naming): the created Items

    def __init__(self, store: Store, by: Callable[[], int | None],
                 model: ProposalTableModel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._by = by
        self.model = model if model is not None else ProposalTableModel(store, self)

        title = QLabel(self.tr("Voorstel: cliënten die aan de beurt zijn voor evaluatie"))
        title.setObjectName("blockTitle")
        title.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {palette.INK};")
        title.setWordWrap(True)
        self.intro = widgets.hint_label(self.tr(
            "Cliënten die vóór de volgende vergadering aan de beurt zijn; wie het langst "
            "wacht staat bovenaan, en er staan er zoveel als passen in de tijd die over is. "
            "De behandelaar brengt in."))

        self.type_buttons: dict[ItemType, QRadioButton] = {
            ItemType.VRAAG: QRadioButton(self.tr("&vraag")),
            ItemType.KWESTIE: QRadioButton(self.tr("&kwestie")),
            ItemType.MEDEDELING: QRadioButton(self.tr("&mededeling")),
        }
        self.type_group = QButtonGroup(self)
        type_row = QHBoxLayout()
        type_row.addWidget(QLabel(self.tr("Opnemen als:")))
        for button in self.type_buttons.values():
            self.type_group.addButton(button)
            type_row.addWidget(button)
        type_row.addStretch(1)
        self.type_buttons[ItemType.VRAAG].setChecked(True)
        self.type_group.buttonToggled.connect(self._on_type_toggled)
        self.type_hint = widgets.hint_label(self.tr(
            "Elke evaluatie is een vraag aan het team: doorgaan, afsluiten of verwijzen."))

        self.question = QLineEdit(self.tr("Evaluatie: doorgaan, afsluiten of verwijzen?"))
        self.question.setMaxLength(QUESTION_MAX)
        self.question.setCursorPosition(0)
        question_label = QLabel(self.tr("Vraa&g:"))
        question_label.setBuddy(self.question)
        question_row = QHBoxLayout()
        question_row.addWidget(question_label)
        question_row.addWidget(self.question, 1)

        self.view = FittingTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _index: self.accept_selected())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProposalTableModel.BEHANDELAAR,
                                    QHeaderView.ResizeMode.Stretch)  # the name elides first
        self.empty = QLabel()
        self.empty.setObjectName("emptyProposals")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.empty.setStyleSheet(
            f"#emptyProposals {{ background: {palette.WHITE}; border: 1px dashed "
            f"{palette.BORDER_DASHED}; border-radius: 6px; padding: 14px; }}")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.accept_action = make_action(
            self, self.tr("&Neem op"), self.accept_selected,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            Qt.ShortcutContext.WidgetShortcut, self.view)
        widgets.set_tooltip_with_shortcut(self.accept_action, self.tr(
            "De gekozen cliënten op de agenda zetten"))
        self.accept_all_action = make_action(self, self.tr("&Alles opnemen"), self.accept_all)
        self.accept_all_action.setToolTip(self.tr("Alle voorgestelde cliënten op de agenda "
                                                  "zetten"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.status = MessageLabel(error=False)
        self.read_only_label = MessageLabel(error=False)

        buttons = QHBoxLayout()
        self.accept_button = action_button(self.accept_action)
        self.accept_all_button = action_button(self.accept_all_action)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self.read_only_label)
        layout.addLayout(type_row)
        layout.addWidget(self.type_hint)
        layout.addLayout(question_row)
        layout.addWidget(self.stack)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.model.modelReset.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        if store.read_only:
            text = widgets.read_only_text(store)
            self.read_only_label.show_message(text)
            for widget in (*self.type_buttons.values(), self.question):
                widget.setEnabled(False)
        self._update()

    # -- state ---------------------------------------------------------------
    def item_type(self) -> ItemType:
        return next(t for t, b in self.type_buttons.items() if b.isChecked())

    def selected_rows(self) -> list[ProposalRow]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(row) for row in rows) if r is not None]

    def _on_type_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.model.set_item_type(self.item_type())

    def _update(self) -> None:
        shown = self.model.rowCount()
        also = self.model.also_due
        self.note.setText(count(
            also, self.tr("Nog %n cliënt is aan de beurt maar past niet in het budget."),
            self.tr("Nog %n cliënten zijn aan de beurt maar passen niet in het budget.")))
        self.note.setVisible(also > 0)
        if shown == 0:
            if not self.model.loaded:  # for a moment, right after start-up
                self.empty.setText(self.tr("Het voorstel wordt berekend…"))
            elif also > 0:
                minutes = team_settings.load(self.store).default_minutes[self.item_type()]
                self.empty.setText(fill(self.tr(
                    "De tijd voor lopende behandelingen is vol: er past geen evaluatie van "
                    "%1 minuten meer bij. Schuif een punt door of kies een kortere soort."),
                    minutes))
            else:
                self.empty.setText(self.tr(
                    "Er is op dit moment geen cliënt aan de beurt voor evaluatie."))
        self.stack.setCurrentWidget(self.view if shown else self.empty)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self.store.read_only
        self.accept_action.setEnabled(writable and bool(self.selected_rows()))
        self.accept_all_action.setEnabled(writable and self.model.rowCount() > 0)
        if self.model.rowCount() > 1:
            self.accept_all_action.setText(fill(self.tr("&Alles opnemen (%1)"),
                                                self.model.rowCount()))
        else:
            self.accept_all_action.setText(self.tr("&Alles opnemen"))

    # -- commands ------------------------------------------------------------
    def accept_selected(self) -> None:
        self._accept(self.selected_rows())

    def accept_all(self) -> None:
        self._accept(self.model.rows())

    def _accept(self, rows: list[ProposalRow]) -> None:
        if not rows or self.store.read_only:
            return
        pairs: list[tuple[int, int | None]] = []
        for row in rows:
            due = row.proposal.due
            presenter: int | None = None
            if not row.has_presenter:
                presenter = PresenterDialog.ask(self.store, due.reference, due.behandelaar,
                                                self._by(), self)
                if presenter is None:
                    self.status.show_message(fill(self.tr(
                        "Niets opgenomen: kies een inbrenger voor %1 of laat die cliënt weg."),
                        due.reference))
                    return
            pairs.append((due.client_id, presenter))
        item_type = self.item_type()
        question = self.question.text()
        created = common.run_operation(self, lambda: agenda.accept_proposals(
            self.store, pairs, item_type, question, by=self._by()), store=self.store)
        if created is None:
            return
        if len(created) == 1:
            text = fill(self.tr("%1 staat op de agenda."), created[0].client_reference)
        else:
            text = fill(self.tr("%1 cliënten staan op de agenda."), len(created))
        self.status.show_message(text)
        self.itemsAccepted.emit(list(created))

