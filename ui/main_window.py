"""The main window: navigation between the areas, the database in use, and the
commands that apply everywhere (open/new database, import, demo, backups).

The areas and their pages built on first use are in :mod:`ui.areas`; the menu bar and
the list of keys in :mod:`ui.window_menus`."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import meetings
from vergadering.store import Change, Store, StoreError, open_store

from . import paths, window_geometry, window_menus
from .areas import AREAS, AreaPages, agenda_page, decisions_page, evaluations_page, team_page
from .common import run_operation, show_error
from .i18n import fill
from .kit import palette
from .messages import describe_store_error

if TYPE_CHECKING:
    from .meeting.chair import MeetingPage
    from .welcome import WelcomePage

POLL_INTERVAL_MS = 2000
DAILY_BACKUP_DELAY_MS = 3000
STARTUP_NOTE_MS = 60_000  # how long the note about a non-default database stays


class MainWindow(QMainWindow):
    storeChanged = Signal(object)
    # Set by window_menus.create_menus:
    open_action: QAction
    new_action: QAction
    import_action: QAction
    demo_action: QAction
    backup_action: QAction
    quit_action: QAction
    area_actions: list[QAction]

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._unsubscribe: Callable[[], None] | None = None
        self.setWindowTitle(self.tr("Vergadering"))
        self.setMinimumSize(960, 600)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for label in (self.tr("Welkom"), self.tr("Agenda"), self.tr("Vergadering"),
                      self.tr("Evaluaties"), self.tr("Besluiten"), self.tr("Team")):
            QListWidgetItem(label, self.navigation)
        self.navigation.currentRowChanged.connect(self._show_area)

        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.stack = QStackedWidget()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self._build_startup_note())
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

        window_menus.create_menus(self)
        self._build_pages()
        window_geometry.place(self)

        # Colleagues may change the same file from their own PCs: look every few seconds.
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self._poll_external)
        self.poll_timer.start()
        self.daily_backup: threading.Thread | None = None
        self._schedule_daily_backup()

    def _schedule_daily_backup(self) -> None:
        """The day's backup a few seconds after the window shows: start-up never waits."""
        store = self.store

        def start() -> None:
            from .backup_dialog import start_daily_backup

            if store is self.store:
                self.daily_backup = start_daily_backup(store)

        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self, start)

    # -- pages -------------------------------------------------------------
    def _build_pages(self) -> None:
        if self._unsubscribe:
            self._unsubscribe()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        store = self.store
        # Areas are built (and their modules imported) when first shown (ui.areas).
        self.pages = AreaPages(self.stack, {
            "welkom": self._build_welcome,
            "agenda": lambda: agenda_page(store),
            "vergadering": self._build_meeting_page,
            "evaluaties": lambda: evaluations_page(store),
            "besluiten": lambda: decisions_page(store),
            "team": lambda: team_page(store),
        })
        self._unsubscribe = self.store.subscribe(self._on_change)

        self.db_label.setText(fill(self.tr("Database: %1"), self.store.path))
        for action in (self.import_action, self.demo_action):
            action.setEnabled(not self.store.read_only)
        if self.store.read_only:
            self.banner.setText(self.tr(
                "Alleen-lezen: dit bestand kan niet worden gewijzigd. U kunt alles bekijken, "
                "maar niets opslaan. Vraag schrijfrechten of open een ander bestand."))
            self.banner.show()
        else:
            self.banner.hide()
        self._update_title()
        empty = self.store.is_empty()
        self.navigation.setRowHidden(0, not empty)
        # A meeting that is running (also after a restart or crash) goes on at once.
        self.show_area("welkom" if empty else
                       "vergadering" if meetings.running(self.store) else "agenda")

    def _build_welcome(self) -> WelcomePage:
        from .welcome import WelcomePage

        page = WelcomePage(self.store.path)
        page.demoRequested.connect(self.load_demo)
        page.importRequested.connect(self.import_clients)
        page.manualRequested.connect(lambda: self.show_area("team", "members"))
        page.set_read_only(self.store.read_only)
        return page

    @property
    def welcome(self) -> WelcomePage:
        """The first steps for an empty database (built when first asked for)."""
        from .welcome import WelcomePage

        page = self.pages["welkom"]
        assert isinstance(page, WelcomePage)
        return page

    def _build_meeting_page(self) -> MeetingPage:
        from .meeting.chair import MeetingPage

        page = MeetingPage(self.store)
        # The chair's one-key commands appear in the list of keys (F1); they work only
        # while the meeting page is shown.
        self.addActions(page.shortcut_actions())
        return page

    @property
    def meeting_page(self) -> MeetingPage:
        """The chair's screen (built when first asked for)."""
        from .meeting.chair import MeetingPage

        page = self.pages["vergadering"]
        assert isinstance(page, MeetingPage)
        return page

    def _update_title(self) -> None:
        """The file's name first: copies of one team's file (demo.db, demo2.db) differ
        only there. A database without a file (tests, scripts) shows the team's name."""
        from vergadering import settings

        team = settings.load(self.store).team_name
        if self.store.path == ":memory:":
            self.setWindowTitle(fill(self.tr("%1 — Vergadering"), team))
        else:
            self.setWindowTitle(fill(self.tr("%1 — %2 — Vergadering"),
                                     Path(self.store.path).name, team))

    def _build_startup_note(self) -> QWidget:
        self.startup_note = QWidget()
        self.startup_note.setObjectName("startupNote")
        self.startup_note.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.startup_note.setStyleSheet(
            f"#startupNote {{ background: {palette.NOTE_BACKGROUND};"
            f" border-bottom: 1px solid {palette.NOTE_BORDER}; }}"
            f" #startupNote QLabel {{ color: {palette.INK}; }}")
        layout = QHBoxLayout(self.startup_note)
        layout.setContentsMargins(14, 6, 6, 6)
        self.startup_note_label = QLabel()
        self.startup_note_label.setWordWrap(True)
        self.startup_note_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the chair's keys
        close.setToolTip(self.tr("Melding sluiten"))
        close.setAccessibleName(self.tr("Melding sluiten"))
        close.clicked.connect(self.startup_note.hide)
        layout.addWidget(self.startup_note_label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.startup_note.hide()
        return self.startup_note

    def note_if_not_default(self, default: Path) -> None:
        """At start-up: say which file is open when it is not the per-user default (a
        plain start reopens the file used last), for a minute; no dialog."""
        if self.store.path == ":memory:" or Path(self.store.path).resolve() == default.resolve():
            return
        self.startup_note_label.setText(fill(self.tr(
            "Geopend: %1 (niet het standaardbestand). Een ander bestand kiest u met "
            "Bestand › Database openen."), self.store.path))
        self.startup_note.show()
        QTimer.singleShot(STARTUP_NOTE_MS, self.startup_note, self.startup_note.hide)

    def _on_change(self, change: Change) -> None:
        if change.affects("settings"):
            self._update_title()
        if not self.navigation.isRowHidden(0) and not self.store.is_empty():
            self.navigation.setRowHidden(0, True)
            if self.current_area() == "welkom":
                self.show_area("team", "clients")

    def _poll_external(self) -> None:
        try:
            self.store.poll_external()
        except (StoreError, sqlite3.Error):  # a poll, nothing to show: not run_operation
            pass  # locked or unreachable for a moment: the next tick tries again

    def _show_area(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self.stack.setCurrentWidget(self.pages[AREAS[row]])

    def show_area(self, name: str, tab: str | None = None) -> None:
        self.navigation.setCurrentRow(AREAS.index(name))
        self._show_area(AREAS.index(name))
        page = self.pages[name]
        show_tab = getattr(page, "show_tab", None)  # the Team area's tabs
        if tab and show_tab is not None:
            show_tab(tab)

    def current_area(self) -> str:
        return AREAS[self.stack.currentIndex()]

    # -- database ----------------------------------------------------------
    def set_store(self, store: Store) -> None:
        old = self.store
        self.store = store
        self._build_pages()
        old.close()
        self._schedule_daily_backup()
        paths.remember_database(Path(store.path))
        self.storeChanged.emit(store)

    def _try_open(self, path: str, *, create: bool) -> Store | None:
        try:
            # A new file is owner-only in the per-user folder, else owner and group.
            return open_store(path, create=create,
                              private=create and paths.is_private(path))
        except StoreError as error:  # opening a file, no open store: its own title
            show_error(self, describe_store_error(error), self.tr("Database niet geopend"))
            return None

    def open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Database openen"), str(Path(self.store.path).parent),
            self.tr("Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)"))
        if not path:
            return
        store = self._try_open(path, create=False)
        if store is not None:
            self.set_store(store)

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Nieuwe database"), str(Path(self.store.path).parent / "team.db"),
            self.tr("Vergadering-database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        if not Path(path).suffix:
            path += ".db"
        if Path(path).exists():
            show_error(self, fill(self.tr("'%1' bestaat al. Kies een andere naam, of gebruik "
                                          "'Database openen' om dit bestand te openen."), path))
            return
        store = self._try_open(path, create=True)
        if store is not None:
            self.set_store(store)

    def import_clients(self) -> None:
        from .import_dialog import choose_and_import

        if choose_and_import(self.store, self) is not None:
            self.show_area("team", "clients")

    def load_demo(self) -> None:
        if not self.store.is_empty():
            show_error(self, self.tr("De demo vult alleen een lege database. Maak eerst een "
                                     "nieuwe database via Bestand › Nieuwe database."))
            return
        from vergadering import demo

        if run_operation(self, lambda: demo.fill_demo(self.store), store=self.store) is not None:
            self.show_area("team", "clients")

    def show_backups(self) -> None:
        from .backup_dialog import BackupDialog

        if BackupDialog.ask(self.store, self):
            area = self.current_area()
            self._build_pages()  # everything may differ, even the schema
            if area != "welkom" and not self.store.is_empty():
                self.show_area(area)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """The window's shortcuts, then those of the area shown (once each)."""
        return window_menus.shortcut_rows(self)

    def show_shortcuts(self) -> None:
        window_menus.show_shortcuts(self)

    # -- window state ------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        # The projector belongs to this window: it closes too, whichever page is shown
        # (it never keeps the program running on its own).
        if self.pages.is_built("vergadering"):
            self.meeting_page.close_projector()
        window_geometry.remember(self)
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)
