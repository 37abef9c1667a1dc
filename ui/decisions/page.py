"""The "Besluiten" area: the meetings held (newest first) on the left; the chosen
meeting's besluitenlijst on the right, a decision's text for the client's dossier on the
clipboard, and the list saved as Markdown, CSV for Excel or PDF.

Reads only. Refreshes after changes to meetings, decisions and items, once per
operation and only while the page is visible.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vergadering.dates import format_nl
from vergadering.meetings import MeetingStatus
from vergadering.minutes import Minutes, MinutesEntry, besluitenlijst
from vergadering.store import Change, Store, StoreError

from .. import common
from ..agenda import labels
from ..i18n import tr
from ..messages import describe_store_error
from ..reports import minutes_pdf, minutes_text
from ..table_model import subscribe_while_alive
from ..team import widgets
from ..team.widgets import MessageLabel, action_button, make_action
from .model import DecisionsTableModel

REFRESH_ON = ("meeting", "decision", "item")
M = DecisionsTableModel


@dataclass(frozen=True)
class HeldMeeting:
    date: dt.date
    status: MeetingStatus
    decisions: int  # valid decisions: a corrected one counts once, as its correction


def held_meetings(store: Store) -> list[HeldMeeting]:
    """Running and closed meetings, newest first, with their number of decisions."""
    rows = store.query(
        "SELECT m.date, m.status, (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id"
        "   AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)) AS n"
        " FROM meeting m WHERE m.status IN ('running', 'closed') ORDER BY m.date DESC")
    return [HeldMeeting(dt.date.fromisoformat(r["date"]), MeetingStatus(r["status"]), r["n"])
            for r in rows]


def ask_save_path(parent: QWidget | None, suggested_name: str, filter: str) -> str | None:  # noqa: A002
    """Where to save the list (a file dialog); None when cancelled. Tests replace it."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Besluitenlijst opslaan"), str(Path(folder) / suggested_name), filter)
    if not path:
        return None
    if not Path(path).suffix:
        path += Path(suggested_name).suffix
    return path


def _write_text(text: str, encoding: str) -> Callable[[Minutes, str], None]:
    def write(_minutes: Minutes, path: str) -> None:
        with open(path, "w", encoding=encoding, newline="") as file:
            file.write(text)
    return write


class DecisionsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.minutes: Minutes | None = None
        self._stale = True
        self._meetings: list[HeldMeeting] = []

        title = QLabel(self.tr("Besluiten"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("De besluitenlijst per vergadering. Kopieer een besluit voor "
                               "het dossier van de cliënt of sla de lijst op."))
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        self.empty_label = widgets.hint_label(self.tr(
            "Er is nog geen vergadering gehouden. Zodra een vergadering is gestart, staat "
            "de besluitenlijst hier."))
        self.empty_label.hide()

        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setSpacing(2)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.currentRowChanged.connect(lambda _row: self._show_current())
        meetings_label = QLabel(self.tr("&Vergaderingen"))
        meetings_label.setBuddy(self.meeting_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(meetings_label)
        left_layout.addWidget(self.meeting_list, 1)

        self.model = DecisionsTableModel(self)
        self.view = self._build_view()
        self.list_title = QLabel()
        self.list_title.setObjectName("sectionTitle")
        self.list_title.setWordWrap(True)
        self.list_title.setTextFormat(Qt.TextFormat.PlainText)
        self.list_note = QLabel()
        self.list_note.setWordWrap(True)
        self.list_note.hide()
        self.no_decisions = widgets.hint_label(self.tr(
            "In deze vergadering zijn (nog) geen besluiten vastgelegd."))
        self.no_decisions.hide()
        self.preview = QLabel()
        self.preview.setObjectName("dossierPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(8)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 4 + 16)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        preview_label = QLabel(self.tr("Tekst voor het dossier:"))
        self._create_actions()

        buttons = QHBoxLayout()
        copy_button = action_button(self.copy_action)
        copy_button.setObjectName("primary")
        buttons.addWidget(copy_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Opslaan als…"))
        save_menu = QMenu(self.save_button)
        for action in (self.markdown_action, self.csv_action, self.pdf_action):
            save_menu.addAction(action)
        self.save_button.setMenu(save_menu)
        buttons.addWidget(self.save_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.list_title)
        right_layout.addWidget(self.list_note)
        right_layout.addWidget(self.no_decisions)
        right_layout.addWidget(self.view, 1)
        self.preview_label = preview_label
        right_layout.addWidget(preview_label)
        right_layout.addWidget(self.preview)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False

        self.status = MessageLabel(error=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        subscribe_while_alive(self, store, self._on_change)
        self.refresh()

    # -- building ------------------------------------------------------------
    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(M.COURSE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.doubleClicked.connect(lambda _index: self.copy_for_dossier())
        return view

    def _create_actions(self) -> None:
        self.copy_action = make_action(
            self, self.tr("&Kopie voor dossier"), self.copy_for_dossier,
            [QKeySequence(QKeySequence.StandardKey.Copy)], Qt.ShortcutContext.WidgetShortcut,
            self.view)
        widgets.set_tooltip_with_shortcut(self.copy_action, self.tr(
            "De tekst van het gekozen besluit op het klembord, om in het dossier van de "
            "cliënt te plakken"))
        self.view.addAction(self.copy_action)  # also in the table's context menu
        self.markdown_action = make_action(self, self.tr("&Markdown (.md)…"),
                                           lambda: self.save_as("md"))
        self.csv_action = make_action(self, self.tr("&CSV voor Excel (.csv)…"),
                                      lambda: self.save_as("csv"))
        self.pdf_action = make_action(self, self.tr("&PDF (.pdf)…"),
                                      lambda: self.save_as("pdf"))

    # -- refreshing ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._sized:  # the style sheet's font is known once shown
            self._sized = True
            self.meeting_list.ensurePolished()
            wanted = self.meeting_list.fontMetrics().horizontalAdvance(
                self.tr("00-00-0000  ·  99 besluiten")) + 56
            self.meeting_list.setMinimumWidth(wanted)
            self.splitter.setSizes([wanted, 100 * wanted])  # the list no wider than needed
        if self._stale:
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.affects(*REFRESH_ON):
            self._stale = True
            if self.isVisible():
                self._refresh_timer.start()  # once for all changes of one operation

    def refresh(self) -> None:
        """Reload the meetings and the chosen list; a storage problem keeps what is shown."""
        self._refresh_timer.stop()
        chosen = self.current_date()
        try:
            found = held_meetings(self.store)
        except StoreError as error:
            self.status.show_message(describe_store_error(error))
            return
        self._stale = False
        self._meetings = found
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in found:
            item = QListWidgetItem(self._meeting_text(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.date)
            self.meeting_list.addItem(item)
        dates = [m.date for m in found]
        row = dates.index(chosen) if chosen in dates else (0 if dates else -1)
        self.meeting_list.setCurrentRow(row)
        self.meeting_list.blockSignals(False)
        self.empty_label.setVisible(not found)
        self.splitter.setVisible(bool(found))
        self._show_current()

    def _meeting_text(self, meeting: HeldMeeting) -> str:
        count = (self.tr("geen besluiten") if meeting.decisions == 0 else
                 self.tr("1 besluit") if meeting.decisions == 1 else
                 self.tr("%1 besluiten").replace("%1", str(meeting.decisions)))
        line = f"{format_nl(meeting.date)}  ·  {count}"
        if meeting.status is MeetingStatus.RUNNING:
            line += "\n" + self.tr("(loopt nog)")
        return line

    def current_date(self) -> dt.date | None:
        item = self.meeting_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_meeting(self, date: dt.date) -> None:
        for row in range(self.meeting_list.count()):
            if self.meeting_list.item(row).data(Qt.ItemDataRole.UserRole) == date:
                self.meeting_list.setCurrentRow(row)
                return

    def _show_current(self) -> None:
        date = self.current_date()
        selected = self.selected_entry()
        try:
            minutes = besluitenlijst(self.store, date) if date is not None else None
        except StoreError as error:
            self.status.show_message(describe_store_error(error))
            return
        if minutes is None or self.minutes is None or minutes.date != self.minutes.date:
            self.status.clear()  # what it said was about another meeting
        self.minutes = minutes
        self.model.set_minutes(minutes)
        has_entries = minutes is not None and bool(minutes.entries)
        self.preview.setVisible(has_entries)
        self.preview_label.setVisible(has_entries)
        if minutes is None:
            self.list_title.clear()
            self.list_note.hide()
            self.no_decisions.hide()
        else:
            self.list_title.setText(self.tr("Besluitenlijst van %1")
                                    .replace("%1", labels.long_date(minutes.date)))
            running = minutes.status is MeetingStatus.RUNNING
            self.list_note.setText(self.tr(
                "De vergadering loopt nog: deze lijst is voorlopig.") if running else "")
            self.list_note.setVisible(running)
            self.no_decisions.setVisible(not minutes.entries)
            if selected is not None:
                for row, entry in enumerate(minutes.entries):
                    if entry.decision_id == selected.decision_id:
                        self.view.selectRow(row)
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        self.copy_action.setEnabled(entry is not None)
        self.preview.setText(
            minutes_text.dossier_text(entry, self.minutes)
            if entry is not None and self.minutes is not None else
            self.tr("Kies een besluit om de tekst voor het dossier te zien."))
        has_list = self.minutes is not None
        self.save_button.setEnabled(has_list)
        for action in (self.markdown_action, self.csv_action, self.pdf_action):
            action.setEnabled(has_list)

    # -- commands ------------------------------------------------------------
    def selected_entry(self) -> MinutesEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def copy_for_dossier(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.minutes is None:
            return
        QGuiApplication.clipboard().setText(minutes_text.dossier_text(entry, self.minutes))
        self.status.show_message(self.tr("Tekst voor het dossier van %1 gekopieerd.")
                                 .replace("%1", entry.client_reference))

    def save_as(self, kind: str) -> None:
        """Save the shown list as ``kind`` ("md", "csv" or "pdf")."""
        minutes = self.minutes
        if minutes is None:
            return
        filters = {"md": self.tr("Markdown (*.md)"),
                   "csv": self.tr("CSV-bestand voor Excel (*.csv)"),
                   "pdf": self.tr("PDF-bestand (*.pdf)")}
        writers: dict[str, Callable[[Minutes, str], None]] = {
            "md": _write_text(minutes_text.to_markdown(minutes), "utf-8"),
            "csv": _write_text(minutes_text.to_csv(minutes), minutes_text.CSV_ENCODING),
            "pdf": minutes_pdf.write_pdf,
        }
        path = ask_save_path(self, f"besluitenlijst-{minutes.date.isoformat()}.{kind}",
                             filters[kind])
        if path is None:
            return
        try:
            writers[kind](minutes, path)
        except OSError as error:
            common.show_error(self, self.tr("Het bestand '%1' kon niet worden opgeslagen: %2")
                              .replace("%1", path).replace("%2", error.strerror or str(error)))
            return
        self.status.show_message(" ".join((
            self.tr("Besluitenlijst opgeslagen in %1.").replace("%1", os.fspath(path)),
            self.tr("Het bestand bevat cliëntgegevens: bewaar het alleen op een beveiligde "
                    "plek."))))
