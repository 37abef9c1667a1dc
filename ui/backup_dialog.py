"""Backups in the app: Bestand › Reservekopieën lists them (newest first), makes one now
and restores one — after a backup of the data it replaces, so restoring loses nothing.
Also the daily backup at start-up, made in a thread of its own so the window is not held
up, and the backup just before a meeting starts."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import backup
from vergadering.backup import Backup, BackupReason
from vergadering.problems import Code, Problem, ValidationError
from vergadering.store import Store, StoreError, StoreProblem

from .common import busy
from .i18n import fill, tr
from .kit import widgets, words
from .kit.widgets import MessageLabel
from .messages import describe as describe_problem
from .messages import describe_store_error

log = logging.getLogger(__name__)


def reason_text(reason: BackupReason) -> str:
    return {BackupReason.MEETING: tr("bij de start van de vergadering"),
            BackupReason.DAILY: tr("dagelijks"),
            BackupReason.MANUAL: tr("met de hand gemaakt"),
            BackupReason.BEFORE_RESTORE: tr("vóór het terugzetten van een andere")}[reason]


def describe(made: Backup) -> str:
    """``dinsdag 24 november 2026, 09:00 — bij de start van de vergadering (1,2 MB)``."""
    size = (f"{made.size / 1e6:.1f} MB".replace(".", ",") if made.size >= 1e6
            else f"{max(1, round(made.size / 1e3))} kB")
    return (f"{words.long_date(made.made_at.date())}, {words.clock_time(made.made_at)} — "
            f"{reason_text(made.reason)} ({size})")


def start_daily_backup(store: Store) -> threading.Thread | None:
    """Make the day's backup in the background when one is due; None when not."""
    try:
        due = backup.daily_backup_due(store)
    except OSError:
        return None
    if not due:
        return None

    def work() -> None:
        try:
            backup.make_backup(store, BackupReason.DAILY)
        except StoreError as error:  # a thread, no window: logged (the folder, no clients)
            log.warning("Dagelijkse reservekopie mislukt: %s", error.problem.value)

    thread = threading.Thread(target=work, name="dagelijkse-reservekopie", daemon=True)
    thread.start()
    return thread


def backup_before_meeting(store: Store, parent: QWidget | None) -> bool:
    """The backup just before a meeting starts; True to go on with the start. When it
    cannot be made, for whatever reason, the chair hears why and may start all the same:
    a failed backup never stops a meeting."""
    try:
        with busy():
            backup.make_backup(store, BackupReason.MEETING)
    except (StoreError, OSError, sqlite3.Error) as error:  # its own question: start anyway?
        if not isinstance(error, StoreError):  # not foreseen: say which folder, no more
            log.warning("Reservekopie voor de vergadering mislukt: %s", type(error).__name__)
            error = StoreError(StoreProblem.CANNOT_OPEN, str(backup.folder(store.path)))
        return widgets.confirm(
            parent, tr("Geen reservekopie"),
            tr("Er kon geen reservekopie worden gemaakt voor de vergadering begint.")
            + "\n\n" + describe_store_error(error) + "\n\n"
            + tr("De vergadering kan wel beginnen: alles wordt gewoon opgeslagen."),
            tr("Toch &starten"))
    return True


def ask_backup_file(parent: QWidget | None, folder: Path) -> str | None:
    """A backup file elsewhere (another folder, a USB stick); None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Reservekopie kiezen"), str(folder),
        tr("Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)"))
    return path or None


class BackupDialog(QDialog):
    """``restored`` is True once data was restored (the window then rebuilds its areas)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.restored = False
        self.setWindowTitle(self.tr("Reservekopieën"))
        intro = widgets.hint_label(fill(self.tr(
            "De app maakt een reservekopie bij de start van elke vergadering en elke dag "
            "bij het openen, in de map hieronder; de nieuwste %1 blijven bewaard. Terugzetten "
            "vervangt alle gegevens door die van de gekozen kopie; wat er nu in staat, wordt "
            "eerst zelf als reservekopie bewaard."), backup.KEEP))
        self.folder_label = widgets.hint_label(fill(self.tr("Map: %1"),
                                                    backup.folder(store.path)))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        list_label = QLabel(self.tr("&Reservekopieën:"))
        list_label.setBuddy(self.list)
        self.empty = widgets.hint_label(self.tr("Er is nog geen reservekopie."))
        self.message = MessageLabel(error=False)
        self.error = MessageLabel()

        self.make_button = QPushButton(self.tr("Nu een reservekopie &maken"))
        self.make_button.clicked.connect(self.make_now)
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.restore_button.setObjectName("primary")
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Ander &bestand terugzetten…"))
        self.other_button.clicked.connect(self.restore_other)
        close = QPushButton(self.tr("&Sluiten"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, 480)
        if store.read_only or store.path == ":memory:":
            for button in (self.make_button, self.restore_button, self.other_button):
                button.setEnabled(False)
            self.error.show_message(widgets.read_only_text(store) if store.read_only else
                                    self.tr("Een database in het geheugen heeft geen "
                                            "reservekopieën."))
        self.refresh()

    @property
    def writable(self) -> bool:
        return not self.store.read_only and self.store.path != ":memory:"

    def refresh(self) -> None:
        self.backups = backup.list_backups(self.store.path) if self.writable or (
            self.store.path != ":memory:") else []
        self.list.clear()
        for made in self.backups:
            item = QListWidgetItem(describe(made))
            item.setToolTip(made.path.name)
            self.list.addItem(item)
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.writable and self.list.currentRow() >= 0)

    def selected(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def make_now(self) -> Backup | None:
        self.error.clear()
        try:
            with busy():
                made = backup.make_backup(self.store, BackupReason.MANUAL)
        except StoreError as error:  # a backup: the dialog's own error line says why
            self.error.show_message(describe_store_error(error))
            return None
        self.refresh()
        if made is not None:
            self.message.show_message(fill(self.tr("Reservekopie gemaakt: %1."),
                                           made.path.name))
        return made

    def restore_selected(self) -> bool:
        made = self.selected()
        if made is None or not self.writable:
            return False
        return self._restore(made.path, describe(made))

    def restore_other(self) -> bool:
        if not self.writable:
            return False
        path = ask_backup_file(self, backup.folder(self.store.path))
        return self._restore(Path(path), path) if path else False

    def _restore(self, path: Path, what: str) -> bool:
        self.error.clear()
        if backup.is_live_file(self.store, path):  # refused before asking anything
            self.error.show_message(describe_problem(
                Problem("backup", Code.RESTORE_SAME_FILE)))
            return False
        try:
            backup.check_backup(path)
        except StoreError as error:  # opening the chosen file, not the store: error line
            self.error.show_message(describe_store_error(error))
            return False
        if not widgets.confirm(self, self.tr("Reservekopie terugzetten"), fill(self.tr(
                "Alle gegevens worden vervangen door die van:\n%1\n\nWat er nu in staat, "
                "wordt eerst als reservekopie bewaard, zodat u het kunt terughalen. Collega's "
                "die dit bestand open hebben, zien de teruggezette gegevens meteen."), what),
                self.tr("&Terugzetten")):
            return False
        try:
            with busy():
                safety = backup.restore(self.store, path)
        except StoreError as error:  # restoring: the dialog's own error line says why
            self.error.show_message(describe_store_error(error))
            return False
        except ValidationError as refused:  # the same: its first reason on the error line
            self.error.show_message(describe_problem(refused.problems[0]))
            return False
        self.restored = True
        self.refresh()
        self.message.show_message(
            fill(self.tr("Teruggezet. De gegevens van daarvoor staan in %1."),
                 safety.path.name if safety is not None else "—"))
        return True

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when data was restored."""
        dialog = cls(store, parent)
        try:
            dialog.exec()
            return dialog.restored
        finally:
            dialog.deleteLater()
