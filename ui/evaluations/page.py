"""The "Evaluaties" area: every active client with its due date and status (rule 5),
filtered, searched and sorted; the headline figures; putting clients on the next
agenda; the capacity of the lopend block; a client's decisions; and a CSV export of
the overview exactly as shown.

The overview is computed once per refresh and handed to one table model (10,000 clients
open within a second). Changes in the store are collected and applied once, after the
operation that caused them, and only while the page is visible. The filters, the selection
and the commands are mixins of the page (:mod:`.filters`, :mod:`.selection`,
:mod:`.commands`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vergadering import forecast, members, overview
from vergadering import settings as team_settings
from vergadering.figures import WithinTerm
from vergadering.overview import Row, Status
from vergadering.store import Store

from .. import common
from ..i18n import fill
from ..kit import words
from ..kit.widgets import MessageLabel, action_button
from ..refresh import RefreshOnChange
from . import text
from .capacity import CapacityPanel, closed_meetings
from .commands import EvaluationCommands
from .filters import EvaluationFilters
from .headline import HeadlineBar
from .model import EvaluationFilterProxy, EvaluationTableModel
from .selection import EvaluationSelection

REFRESH_ON = ("client", "decision", "item", "meeting", "settings", "member")
M = EvaluationTableModel


class EvaluationsPage(EvaluationFilters, EvaluationSelection, EvaluationCommands, QWidget):
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

        def read() -> tuple[team_settings.TeamSettings, overview.Report, frozenset[int]]:
            settings = team_settings.load(self.store)
            report = overview.rows_report(self.store, today, settings.horizon_months)
            inactive = frozenset(m.id for m in members.list_members(self.store)
                                 if not m.active)
            return settings, report, inactive

        found = common.load(read, self.status.show_message)
        if found is None:
            return
        settings, report, inactive = found
        rows = report.rows
        headline = overview.headline(today, rows, len(report.unreadable))
        self.refresher.stale = False
        self.today = today
        self.horizon_months = settings.horizon_months
        self._all_rows = rows
        self.as_of.setText(fill(self.tr("Stand van %1 · termijn %2 maanden"),
                                words.long_date(today), settings.horizon_months))
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

        def read() -> tuple[forecast.Capacity, int]:
            capacity = forecast.capacity(self.store, today)
            return capacity, (0 if capacity.forecast.pace.measured
                              else closed_meetings(self.store, today))

        found = common.load(read, self.status.show_message)
        if found is None:
            return
        capacity, closed = found
        self.headline.show_capacity(capacity)
        self.capacity.show_capacity(capacity, headline, closed)

    def show_capacity_tab(self) -> None:
        self.tabs.setCurrentWidget(self.capacity_scroll)
