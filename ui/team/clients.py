"""The "Cliënten" tab: the caseload, searchable and sortable, with add/edit/deactivate."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vergadering import clients
from vergadering.clients import Client
from vergadering.dates import format_nl
from vergadering.store import Store

from .. import common
from ..i18n import fill
from ..kit import widgets
from ..kit.client_dialog import ClientDialog
from ..kit.widgets import MessageLabel, action_button, make_action
from ..table_model import ModelIndex, StoreTableModel


def _date_key(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class ClientTableModel(StoreTableModel[Client]):
    """Every client (active and inactive); the proxy decides what is shown."""

    REFERENCE, BEHANDELAAR, CARE_START, LAST_EVALUATION, NEXT_EVALUATION, STATUS = range(6)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    refresh_on = frozenset({"client"})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Cliënt"), self.tr("Behandelaar"), self.tr("In zorg sinds"),
                self.tr("Laatste evaluatie"), self.tr("Volgende evaluatie"),
                self.tr("Status"))

    def load_rows(self) -> list[Client]:
        return clients.list_clients(self._store, include_inactive=True)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        client = self.row_at(index.row()) if index.isValid() else None
        if client is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(client, column)
        if role == self.SORT_ROLE:
            return self._sort_key(client, column)
        if role == Qt.ItemDataRole.ForegroundRole and not client.active:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        if role == self.ID_ROLE:
            return client.id
        return None

    def _display(self, client: Client, column: int) -> str:
        if column == self.REFERENCE:
            return client.reference
        if column == self.BEHANDELAAR:
            return client.behandelaar or ""
        if column == self.CARE_START:
            return format_nl(client.care_start)
        if column == self.LAST_EVALUATION:
            return format_nl(client.last_evaluation)
        if column == self.NEXT_EVALUATION:
            return format_nl(client.next_evaluation)
        return self.tr("actief") if client.active else self.tr("inactief")

    def _sort_key(self, client: Client, column: int) -> str:
        if column == self.REFERENCE:
            return client.reference.casefold()
        if column == self.BEHANDELAAR:
            return (client.behandelaar or "").casefold()
        if column == self.CARE_START:
            return _date_key(client.care_start)
        if column == self.LAST_EVALUATION:
            return _date_key(client.last_evaluation)
        if column == self.NEXT_EVALUATION:
            return _date_key(client.next_evaluation)
        return "0" if client.active else "1"


class ClientFilterProxy(QSortFilterProxyModel):
    """Search on reference or behandelaar (case-insensitive) and hide inactive clients."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._include_inactive = False
        self.setSortRole(ClientTableModel.SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self._change_filter(needle=text.strip().casefold())

    def set_include_inactive(self, include: bool) -> None:
        self._change_filter(include_inactive=include)

    def _change_filter(self, *, needle: str | None = None,
                       include_inactive: bool | None = None) -> None:
        # Qt 6.10 wants beginFilterChange() before and endFilterChange() after the
        # change; invalidateRowsFilter() is the older way (to be deprecated in 6.13).
        new_api = hasattr(self, "endFilterChange")
        if new_api:
            self.beginFilterChange()
        if needle is not None:
            self._needle = needle
        if include_inactive is not None:
            self._include_inactive = include_inactive
        if new_api:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ClientTableModel)
        client = model.row_at(source_row)
        if client is None:
            return False
        if not client.active and not self._include_inactive:
            return False
        if not self._needle:
            return True
        return (self._needle in client.reference.casefold()
                or self._needle in (client.behandelaar or "").casefold())


class ClientsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = ClientTableModel(store, self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._remembered_id: int | None = None

        search_label = QLabel(self.tr("&Zoeken:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("cliënt of behandelaar"))
        self.search_edit.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._on_search)
        clear_search = QAction(self)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search_edit.clear)
        self.search_edit.addAction(clear_search)
        self.show_inactive = QCheckBox(self.tr("Toon ook in&actieve cliënten"))
        self.show_inactive.toggled.connect(self._on_show_inactive)
        self.count_label = QLabel()

        self.view = widgets.record_table(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ClientTableModel.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty_label = widgets.hint_label(self.tr(
            "Nog geen cliënten. Voeg er een toe met 'Nieuwe cliënt' of importeer een "
            "cliëntenlijst."))

        view_only = Qt.ShortcutContext.WidgetShortcut
        self.add_action = make_action(
            self, self.tr("&Nieuwe cliënt…"), self.add_client,
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence(QKeySequence.StandardKey.New)],
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action = make_action(
            self, self.tr("Be&werken…"), self.edit_selected,
            [QKeySequence(Qt.Key.Key_F2), QKeySequence(Qt.Key.Key_Return),
             QKeySequence(Qt.Key.Key_Enter)], view_only, self.view)
        self.toggle_action = make_action(
            self, self.tr("Inactief &maken…"), self.toggle_selected,
            [QKeySequence(QKeySequence.StandardKey.Delete)], view_only, self.view)
        widgets.set_tooltip_with_shortcut(self.add_action, self.tr("Een cliënt toevoegen"))
        widgets.set_tooltip_with_shortcut(self.edit_action,
                                          self.tr("De gekozen cliënt bewerken"))
        self.status = MessageLabel(error=False)
        self.read_only_label = MessageLabel(error=False)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.show_inactive)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.toggle_action):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self.proxy.rowsInserted.connect(self._update_actions)
        self.proxy.rowsRemoved.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._apply_read_only()
        self._update_actions()

    # -- state ---------------------------------------------------------------
    def selected_client(self) -> Client | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _remember_selection(self) -> None:
        client = self.selected_client()
        self._remembered_id = client.id if client else None

    def _restore_selection(self) -> None:
        if self._remembered_id is not None:
            self.select_client(self._remembered_id)
        self._update_actions()

    def _apply_read_only(self) -> None:
        if not self.store.read_only:
            return
        text = widgets.read_only_text(self.store)
        self.read_only_label.show_message(text)
        for action in (self.add_action, self.edit_action, self.toggle_action):
            action.setEnabled(False)
            action.setToolTip(text)
        self.empty_label.setText(self.tr("Nog geen cliënten."))

    def _update_actions(self) -> None:
        client = self.selected_client()
        editable = client is not None and not self.store.read_only
        self.edit_action.setEnabled(editable)
        self.toggle_action.setEnabled(editable)
        if client is not None and not client.active:
            self.toggle_action.setText(self.tr("Weer actief &maken…"))
        else:
            self.toggle_action.setText(self.tr("Inactief &maken…"))
        total = self.model.rowCount()
        self.empty_label.setVisible(total == 0)
        shown = self.proxy.rowCount()
        if self.search_edit.text().strip() and shown == 0:
            self.count_label.setText(fill(self.tr("Geen cliënt gevonden voor '%1'"),
                                          self.search_edit.text().strip()))
        else:
            self.count_label.setText(fill(self.tr("%1 van %2 getoond"), shown, total))

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_actions()

    def _on_show_inactive(self, include: bool) -> None:
        self.proxy.set_include_inactive(include)
        self._update_actions()

    # -- commands ------------------------------------------------------------
    def add_client(self) -> None:
        if self.store.read_only:
            return
        client = ClientDialog.ask(self.store, None, self)
        if client is None:
            return
        if not self.select_client(client.id):
            self.search_edit.clear()
            self.select_client(client.id)
        self.status.show_message(fill(self.tr("Cliënt %1 is toegevoegd."), client.reference))

    def edit_selected(self) -> None:
        client = self.selected_client()
        if client is None or self.store.read_only:
            return
        saved = ClientDialog.ask(self.store, client, self)
        if saved is not None:
            self.select_client(saved.id)
            self.status.show_message(fill(self.tr("Cliënt %1 is opgeslagen."), saved.reference))

    def toggle_selected(self) -> None:
        client = self.selected_client()
        if client is None or self.store.read_only:
            return
        if client.active:
            question = self.tr("Cliënt %1 op inactief zetten? Een inactieve cliënt komt niet "
                               "meer op de lijst met evaluaties. U kunt dit later "
                               "terugdraaien.")
            title, verb = self.tr("Cliënt inactief maken"), self.tr("Inactief maken")
        else:
            question = self.tr("Cliënt %1 weer actief maken?")
            title, verb = self.tr("Cliënt weer actief maken"), self.tr("Actief maken")
        if not widgets.confirm(self, title, fill(question, client.reference), verb):
            return
        changed = common.run_operation(
            self, lambda: clients.set_client_active(self.store, client.id, not client.active),
            store=self.store)
        if changed is None:
            return
        if changed.active:
            text = self.tr("Cliënt %1 is weer actief.")
        elif self.show_inactive.isChecked():
            text = self.tr("Cliënt %1 is nu inactief.")
        else:
            text = self.tr("Cliënt %1 is nu inactief en staat niet meer in de lijst; vink "
                           "'Toon ook inactieve cliënten' aan om de cliënt te zien.")
        self.status.show_message(fill(text, changed.reference))
