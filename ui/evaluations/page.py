"""The "Evaluaties" area: every active client with its due date and status (rule 5),
filtered, searched and sorted; the headline figures; putting clients on the next
agenda; the capacity of the lopend block; a client's decisions; and a CSV export of
the overview exactly as shown.

The overview is computed once per refresh and handed to one table model (10,000 clients
open within a second). Changes in the store are collected and applied once, after the
operation that caused them, and only while the page is visible.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vergadering import forecast, meetings, members, overview
from vergadering import settings as team_settings
from vergadering.figures import WithinTerm
from vergadering.overview import Row, Status
from vergadering.store import Store, StoreError

from .. import common, identity
from ..kit import labels, widgets
from ..kit.presenter_dialog import PresenterDialog
from ..kit.widgets import MessageLabel, action_button, make_action
from ..messages import describe_store_error
from ..refresh import RefreshOnChange
from . import export, text
from .agenda_dialog import AddToAgendaDialog, queue_each, queued_text, skipped_text
from .capacity import CapacityPanel, closed_meetings
from .headline import HeadlineBar
from .history import ClientHistoryDialog
from .model import ALL, NO_BEHANDELAAR, EvaluationFilterProxy, EvaluationTableModel

REFRESH_ON = ("client", "decision", "item", "meeting", "settings", "member")
M = EvaluationTableModel


class EvaluationsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today: dt.date | None = None  # of the rows shown; None before the first refresh
        self.horizon_months = 6
        self._sized = False
        self._all_rows: list[Row] = []
        self._remembered: tuple[set[int], int | None] = (set(), None)
        self._capacity_pending = False  # the forecast is made after the table is shown
        self._headline_figure: WithinTerm | None = None

        self.model = EvaluationTableModel(self)
        self.proxy = EvaluationFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(self.tr("Evaluaties"))
        self.title.setObjectName("pageTitle")
        self.as_of = QLabel()
        self.as_of.setObjectName("pageIntro")
        self.headline = HeadlineBar()
        self.unreadable_label = MessageLabel()  # clients whose stored date cannot be read
        self.unreadable_label.setObjectName("unreadableWarning")
        self.read_only_label = MessageLabel(error=False)

        self._build_filters()
        self.view = self._build_view()
        self.view.viewport().installEventFilter(self)  # the forecast after the first paint
        self._create_actions()
        self.capacity = CapacityPanel()
        self.status = MessageLabel(error=False)

        buttons = QHBoxLayout()
        self.agenda_button = action_button(self.agenda_action)
        self.agenda_button.setObjectName("primary")
        buttons.addWidget(self.agenda_button)
        buttons.addWidget(action_button(self.history_action))
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addSpacing(16)
        # One menu button: at 1280 pixels wide two export buttons squeezed every label.
        self.export_button = QPushButton(self.tr("E&xporteren"))
        self.export_button.setToolTip(self.tr(
            "Het overzicht zoals getoond als CSV voor Excel, of de evaluatiedatums als "
            "agendabestand"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.export_action)
        export_menu.addAction(self.ics_action)
        export_menu.setToolTipsVisible(True)
        self.export_button.setMenu(export_menu)
        buttons.addWidget(self.export_button)

        overview_tab = QWidget()
        overview_layout = QVBoxLayout(overview_tab)
        overview_layout.setContentsMargins(4, 10, 4, 4)
        overview_layout.addLayout(self.filters)
        overview_layout.addWidget(self.empty_label)
        overview_layout.addWidget(self.view, 1)
        overview_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(overview_tab, self.tr("&Overzicht"))
        self.capacity_scroll = QScrollArea()  # a low screen still reaches the month table
        self.capacity_scroll.setWidgetResizable(True)
        self.capacity_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.capacity_scroll.setWidget(self.capacity)
        self.capacity_scroll.viewport().setAutoFillBackground(False)
        self.capacity.setAutoFillBackground(False)
        self.tabs.addTab(self.capacity_scroll, self.tr("&Capaciteit"))
        self.headline.capacityClicked.connect(self.show_capacity_tab)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 12)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.headline)
        layout.addWidget(self.unreadable_label)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.refresher = RefreshOnChange(self, store, REFRESH_ON, self.refresh)
        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._apply_read_only()
        self._update_actions()

    # -- building ------------------------------------------------------------
    def _build_filters(self) -> None:
        self.behandelaar_combo = QComboBox()
        self.behandelaar_combo.setMinimumContentsLength(18)
        self.behandelaar_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.behandelaar_combo.addItem(self.tr("Alle behandelaars"), ALL)
        self.behandelaar_combo.currentIndexChanged.connect(self._on_behandelaar)
        self.status_combo = QComboBox()
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.addItem(self.tr("Alle"), None)
        for status in Status:
            self.status_combo.addItem(text.status_name(status), status)
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("cliëntreferentie"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().averageCharWidth() * 18)
        self.search_edit.textChanged.connect(self._on_search)
        clear_search = QAction(self)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search_edit.clear)
        self.search_edit.addAction(clear_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("evaluationCount")

        self.filters = QHBoxLayout()
        for caption, widget in ((self.tr("&Behandelaar:"), self.behandelaar_combo),
                                (self.tr("S&tatus:"), self.status_combo),
                                (self.tr("&Zoeken:"), self.search_edit)):
            label = QLabel(caption)
            label.setBuddy(widget)
            self.filters.addWidget(label)
            self.filters.addWidget(widget, 1 if widget is self.search_edit else 0)
            self.filters.addSpacing(10)
        self.filters.addStretch(1)
        self.empty_label = widgets.hint_label("")
        self.empty_label.hide()

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        view.doubleClicked.connect(lambda _index: self.show_history())
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.setSortingEnabled(True)
        view.sortByColumn(M.DUE, Qt.SortOrder.AscendingOrder)
        return view

    def _create_actions(self) -> None:
        page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.agenda_action = make_action(
            self, self.tr("Op de &agenda zetten…"), self.add_to_agenda,
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], page)
        self.history_action = make_action(
            self, self.tr("&Geschiedenis…"), self.show_history,
            [QKeySequence("Ctrl+H")], page)
        view_keys = make_action(self, "", self.show_history,
                                [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                                Qt.ShortcutContext.WidgetShortcut, self.view)
        view_keys.setObjectName("historyOnEnter")
        self.export_action = make_action(self, self.tr("&CSV voor Excel (.csv)…"),
                                         self.export_shown)
        self.ics_action = make_action(self, self.tr("&Agendabestand (.ics)…"),
                                      self.export_calendar)
        self.ics_action.setToolTip(self.tr(
            "De evaluatiedatums van de getoonde cliënten als agenda-afspraken, voor Outlook "
            "of een andere agenda"))
        self.find_action = make_action(self, self.tr("Zoeken"), self._focus_search,
                                       [QKeySequence(QKeySequence.StandardKey.Find)], page)
        widgets.set_tooltip_with_shortcut(self.agenda_action, self.tr(
            "De gekozen cliënten als lopend punt op de agenda van de volgende vergadering "
            "zetten"))
        widgets.set_tooltip_with_shortcut(self.history_action, self.tr(
            "Alle besluiten over de gekozen cliënt (ook Enter of dubbelklikken)"))
        self.export_action.setToolTip(self.tr(
            "Het overzicht zoals getoond (filters, zoeken en sortering) opslaan als "
            "CSV-bestand voor Excel"))

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        menu = QMenu(self)
        for action in (self.agenda_action, self.history_action, None, self.export_action,
                       self.ics_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _apply_read_only(self) -> None:
        if not self.store.read_only:
            return
        self.read_only_label.show_message(widgets.read_only_text(self.store))
        self.agenda_action.setToolTip(self.tr(
            "Alleen-lezen: in dit bestand kan niets op de agenda worden gezet. Bekijken, "
            "de geschiedenis en exporteren kunnen wel."))

    def _size_columns(self) -> None:
        """Widths from the font and typical values, not from the contents: measuring
        10,000 rows is slow. Done once, when the style sheet's font is known."""
        self._sized = True
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        samples = {M.CLIENT: "D-1234567", M.BEHANDELAAR: "Anouk van den Bergh",
                   M.LAST: "00-00-0000", M.DUE: "00-00-0000",
                   M.STATUS: "999 dagen te laat"}  # the last column takes what is left
        for column, sample in samples.items():
            wanted = metrics.horizontalAdvance(sample) + 24
            if column == M.STATUS:
                wanted += 40  # the icon and its spacing
            header.resizeSection(column, max(wanted, header.sectionSizeHint(column) + 8))

    # -- refreshing ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._sized:
            self._size_columns()
        if self.refresher.stale or self.today != self.store.clock.today():
            self.refresh()

    def refresh(self) -> None:
        """Compute the overview once and show it; a storage problem keeps what is shown."""
        self.refresher.start_refresh()
        today = self.store.clock.today()
        try:
            settings = team_settings.load(self.store)
            report = overview.rows_report(self.store, today, settings.horizon_months)
            rows = report.rows
            headline = overview.headline(today, rows, len(report.unreadable))
            inactive = frozenset(m.id for m in members.list_members(self.store)
                                 if not m.active)
        except StoreError as error:
            self.status.show_message(describe_store_error(error))
            return
        self.refresher.stale = False
        self.today = today
        self.horizon_months = settings.horizon_months
        self._all_rows = rows
        self.as_of.setText(self.tr("Stand van %1 · termijn %2 maanden")
                           .replace("%1", labels.long_date(today))
                           .replace("%2", str(settings.horizon_months)))
        self.model.set_rows(rows, inactive)
        self._fill_behandelaars(rows)
        self._fill_statuses()
        due_soon = sum(1 for r in rows if r.status is Status.DUE_SOON)
        self.headline.show_headline(headline, settings.horizon_months, due_soon)
        self.unreadable_label.show_message(text.unreadable(report.unreadable))
        self._headline_figure = headline
        self._update_count()
        self._update_actions()
        # The forecast reads the team's meetings: on a large caseload that takes a
        # moment, so it is made once the table has been painted (see eventFilter).
        self.headline.show_capacity_pending()
        self._capacity_pending = True
        self.view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.Type.Paint and self._capacity_pending
                and watched is self.view.viewport()):
            QTimer.singleShot(0, self.refresh_capacity)  # after this paint is on screen
        return super().eventFilter(watched, event)

    @property
    def capacity_pending(self) -> bool:
        """Whether the capacity forecast is still to be made after a refresh."""
        return self._capacity_pending

    def refresh_capacity(self) -> None:
        """Make the capacity forecast and show it (after :meth:`refresh`)."""
        if not self._capacity_pending or self.store.closed:
            return
        self._capacity_pending = False
        today, headline = self.today, self._headline_figure
        if today is None or headline is None:
            return
        try:
            capacity = forecast.capacity(self.store, today)
            closed = (0 if capacity.forecast.pace.measured
                      else closed_meetings(self.store, today))
        except StoreError as error:
            self.status.show_message(describe_store_error(error))
            return
        self.headline.show_capacity(capacity)
        self.capacity.show_capacity(capacity, headline, closed)

    def _fill_behandelaars(self, rows: list[Row]) -> None:
        names: dict[int, str] = {}
        without = False
        for row in rows:
            if row.behandelaar_id is None:
                without = True
            else:
                names[row.behandelaar_id] = row.behandelaar or ""
        combo = self.behandelaar_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle behandelaars"), ALL)
        for member_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            combo.addItem(name, member_id)
        if without:
            combo.addItem(self.tr("(geen behandelaar)"), NO_BEHANDELAAR)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and current != ALL:
            self.proxy.set_behandelaar(ALL)

    def _fill_statuses(self) -> None:
        """Each status with its number of clients (of the chosen behandelaar)."""
        chosen = self.behandelaar_combo.currentData()
        counts = {status: 0 for status in Status}
        for row in self._all_rows:
            if chosen == ALL or (row.behandelaar_id or NO_BEHANDELAAR) == chosen:
                counts[row.status] += 1
        for index in range(1, self.status_combo.count()):
            status = self.status_combo.itemData(index)
            self.status_combo.setItemText(index, self.tr("%1 (%2)").replace(
                "%1", text.status_name(status)).replace("%2", str(counts[status])))

    # -- filters -------------------------------------------------------------
    def _on_behandelaar(self) -> None:
        self.proxy.set_behandelaar(int(self.behandelaar_combo.currentData()))
        self._fill_statuses()
        self._update_count()

    def _on_status(self) -> None:
        self.proxy.set_status(self.status_combo.currentData())
        self._update_count()

    def _on_search(self, needle: str) -> None:
        self.proxy.set_search(needle)
        self._update_count()

    def set_status_filter(self, status: Status | None) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def set_behandelaar_filter(self, member_id: int) -> None:
        self.behandelaar_combo.setCurrentIndex(self.behandelaar_combo.findData(member_id))

    def show_capacity_tab(self) -> None:
        self.tabs.setCurrentWidget(self.capacity_scroll)

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text_ = (self.tr("1 cliënt, %2 getoond") if total == 1 else
                 self.tr("%1 cliënten, %2 getoond"))
        text_ = text_.replace("%1", str(total)).replace("%2", str(shown))
        selected = self._selected_count()
        if selected > 1:
            text_ += self.tr(", %1 gekozen").replace("%1", str(selected))
        self.count_label.setText(text_)
        if total == 0:
            self.empty_label.setText(self.tr(
                "Er zijn geen actieve cliënten. Voeg ze toe onder Team › Cliënten of importeer "
                "een cliëntenlijst (Bestand › Cliënten importeren)."))
        elif shown == 0:
            needle = self.search_edit.text().strip()
            self.empty_label.setText(
                self.tr("Geen cliënt gevonden voor '%1' met deze filters.").replace("%1", needle)
                if needle else self.tr("Geen cliënten met deze filters."))
        self.empty_label.setVisible(total == 0 or shown == 0)

    # -- selection -----------------------------------------------------------
    def selected_rows(self) -> list[Row]:
        """The chosen rows, in the order shown."""
        indexes = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        rows = (self.model.row_at(self.proxy.mapToSource(i).row()) for i in indexes)
        return [r for r in rows if r is not None]

    def current_row(self) -> Row | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return self.model.row_at(self.proxy.mapToSource(index).row())
        selected = self.selected_rows()
        return selected[0] if selected else None

    def shown_rows(self) -> list[Row]:
        return self.proxy.shown_rows()

    def select_clients(self, client_ids: set[int], current: int | None = None) -> None:
        """Select the shown rows of these clients (one selection change, also for many)."""
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        current_index = None
        for proxy_row, row in enumerate(self.proxy.shown_rows()):
            if row.client_id in client_ids:
                selection.select(self.proxy.index(proxy_row, 0),
                                 self.proxy.index(proxy_row, last))
                if row.client_id == current:
                    current_index = self.proxy.index(proxy_row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        if current_index is not None:
            self.view.selectionModel().setCurrentIndex(
                current_index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(current_index)

    def _remember_selection(self) -> None:
        current = self.current_row()
        self._remembered = ({r.client_id for r in self.selected_rows()},
                            current.client_id if current else None)

    def _restore_selection(self) -> None:
        ids, current = self._remembered
        if ids:
            self.select_clients(ids, current)
        self._update_count()
        self._update_actions()

    def _selected_count(self) -> int:
        # From the ranges: selectedRows() asks the model for every row (slow for 10,000).
        rows: set[int] = set()
        selection = self.view.selectionModel().selection()
        for n in range(selection.size()):
            part = selection.at(n)
            rows.update(range(part.top(), part.bottom() + 1))
        return len(rows)

    def _update_actions(self) -> None:
        chosen = self.view.selectionModel().hasSelection()
        self.agenda_action.setEnabled(chosen and not self.store.read_only)
        self.history_action.setEnabled(chosen)
        self.export_action.setEnabled(self.proxy.rowCount() > 0)
        self.ics_action.setEnabled(self.proxy.rowCount() > 0)
        self.export_button.setEnabled(self.proxy.rowCount() > 0)
        self._update_count()

    # -- commands ------------------------------------------------------------
    def show_history(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            ClientHistoryDialog.show_for(self.store, row, self)
        except StoreError as error:
            common.show_error(self, describe_store_error(error))

    def add_to_agenda(self) -> None:
        """Queue the chosen clients as lopend items of the next meeting. Clients already
        on an agenda are skipped and named; the others are queued."""
        rows = self.selected_rows()
        if not rows or self.store.read_only:
            return
        skipped = [r for r in rows if r.on_agenda is not None]
        todo = [r for r in rows if r.on_agenda is None]
        if not todo:
            self.status.show_message(skipped_text(skipped))
            return
        try:
            meeting = meetings.upcoming_date(self.store, team_settings.load(self.store))
        except StoreError as error:
            common.show_error(self, describe_store_error(error))
            return
        choice = AddToAgendaDialog.ask(todo, skipped, meeting, self)
        if choice is None:
            return
        by = identity.current_member(self.store)
        pairs: list[tuple[Row, int | None]] = []
        for row in todo:
            presenter: int | None = None
            if not self.model.has_active_behandelaar(row):
                presenter = PresenterDialog.ask(self.store, row.reference, row.behandelaar,
                                                by, self)
                if presenter is None:
                    self.status.show_message(self.tr(
                        "Niets op de agenda gezet: kies een inbrenger voor %1 of laat die "
                        "cliënt weg.").replace("%1", row.reference))
                    return
            pairs.append((row, presenter))
        result = queue_each(self.store, pairs, choice, by, meeting)
        if result.error is not None:
            common.show_error(self, describe_store_error(result.error))
        self.refresh()
        self.select_clients({r.client_id for r in rows})
        skipped += result.skipped
        self.status.show_message(" ".join(filter(None, (
            queued_text(result.queued, meeting), skipped_text(skipped) if skipped else "",
            *result.problems))))

    def export_calendar(self) -> None:
        rows = self.shown_rows()
        if not rows:
            return
        path = export.ask_ics_path(self, self.today or self.store.clock.today())
        if path is None:
            return
        today = self.store.clock.today()  # no event before it, even if the rows are older
        try:
            settings = team_settings.load(self.store)
            next_meeting = meetings.upcoming_date(self.store, settings, today)
        except StoreError as error:
            common.show_error(self, describe_store_error(error))
            return
        try:
            count = export.export_ics(rows, path, self.store.clock.now(), settings.team_name,
                                      today=today, next_meeting=next_meeting)
        except OSError as error:
            common.show_error(self, self.tr("Het bestand '%1' kon niet worden opgeslagen: %2")
                              .replace("%1", path).replace("%2", error.strerror or str(error)))
            return
        done = (self.tr("1 evaluatiedatum opgeslagen in %2.") if count == 1 else
                self.tr("%1 evaluatiedatums opgeslagen in %2."))
        self.status.show_message(" ".join((
            done.replace("%1", str(count)).replace("%2", path),
            self.tr("Importeer het bestand in Outlook of een andere agenda."),
            export.ics_privacy_note())))

    def export_shown(self) -> None:
        rows = self.shown_rows()
        if not rows:
            return
        path = export.ask_path(self, self.today or self.store.clock.today())
        if path is None:
            return
        try:
            count = export.export_rows(rows, path)
        except OSError as error:
            common.show_error(self, self.tr("Het bestand '%1' kon niet worden opgeslagen: %2")
                              .replace("%1", path).replace("%2", error.strerror or str(error)))
            return
        done = (self.tr("1 cliënt geëxporteerd naar %2.") if count == 1 else
                self.tr("%1 cliënten geëxporteerd naar %2."))
        self.status.show_message(" ".join((
            done.replace("%1", str(count)).replace("%2", path),
            self.tr("Het bestand bevat cliëntgegevens: bewaar het alleen op een beveiligde "
                    "plek."))))
