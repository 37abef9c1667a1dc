"""One meeting's besluitenlijst: the decisions as a table and, below it, the items that
ended without a decision (rule 10: apart overleg, uitgesteld, doorgeschoven,
ingetrokken); the chosen decision's or separate consultation's text for the client's
dossier (to the clipboard), a correction of a decision (rule 4: a new decision that
replaces it), and the list saved as Markdown, CSV for Excel or PDF."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vergadering import decisions, files
from vergadering import items as agenda_items
from vergadering.decisions import Decision
from vergadering.items import Item
from vergadering.meetings import MeetingStatus
from vergadering.minutes import Minutes, MinutesEntry, OtherEntry
from vergadering.store import Store

from .. import common, paths
from ..i18n import fill, tr
from ..kit import file_dialogs, widgets, words
from ..kit.decision_form import DecisionForm
from ..kit.widgets import action_button, make_action
from ..reports import minutes_pdf, minutes_text
from .model import DecisionsTableModel, OthersTableModel, ending_text

M = DecisionsTableModel
SAVE_FOLDER_KEY = "folders/besluitenlijst"
OTHERS_VISIBLE_ROWS = 5  # beyond this the table of items without a decision scrolls


def ask_save_path(parent: QWidget | None, suggested_name: str, filter: str) -> str | None:  # noqa: A002
    """Where to save the list (a file dialog); None when cancelled. Tests replace it."""
    folder = file_dialogs.start_folder(SAVE_FOLDER_KEY)
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Besluitenlijst opslaan"), str(Path(folder) / suggested_name), filter)
    if not path:
        return None
    file_dialogs.remember(SAVE_FOLDER_KEY, path)
    if not Path(path).suffix:
        path += Path(suggested_name).suffix
    return path


def _write_text(text: str, encoding: str) -> Callable[[Minutes, str], None]:
    def write(_minutes: Minutes, path: str) -> None:
        # Owner and group only (owner only in the per-user folder); an existing file
        # keeps its mode.
        files.write_text(path, text, encoding=encoding, private=paths.is_private(path))
    return write


class MinutesPanel(QWidget):
    """Shows the :class:`Minutes` given to :meth:`set_minutes`; says what it did through
    ``message`` (the page shows it in its status line)."""

    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.minutes: Minutes | None = None
        self.model = DecisionsTableModel(self)
        self.view = self._build_view()
        self.others_model = OthersTableModel(self)
        self.others_view = self._build_others_view()
        self.others_title = QLabel()
        self.others_title.setStyleSheet("font-weight: 600;")
        self.others_title.setTextFormat(Qt.TextFormat.PlainText)
        self.others_title.setBuddy(self.others_view)
        self._syncing_selection = False
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
        # A decision with many actions and a long perspective (rules 13-14) makes a long
        # text: it scrolls from eight lines on, so the list above keeps its room.
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidget(self.preview)
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_label = QLabel(self.tr("Tekst voor het dossier:"))
        self._create_actions()

        buttons = QHBoxLayout()
        copy_button = action_button(self.copy_action)
        copy_button.setObjectName("primary")
        buttons.addWidget(copy_button)
        buttons.addWidget(action_button(self.correct_action))
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Opslaan als…"))
        save_menu = QMenu(self.save_button)
        for action in (self.pdf_action, self.csv_action, self.markdown_action):
            save_menu.addAction(action)
        self.save_button.setMenu(save_menu)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list_note)
        layout.addWidget(self.no_decisions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.others_title)
        layout.addWidget(self.others_view)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_scroll)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self._on_selection(self.view, self.others_view))
        self.others_view.selectionModel().selectionChanged.connect(
            lambda *_: self._on_selection(self.others_view, self.view))
        self.set_minutes(None)

    def _build_view(self) -> QTableView:
        view = widgets.record_table(self.model)
        view.setWordWrap(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = view.horizontalHeader()
        header.setSectionResizeMode(M.COURSE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.doubleClicked.connect(lambda _index: self.copy_for_dossier())
        return view

    def _build_others_view(self) -> QTableView:
        view = widgets.record_table(self.others_model)
        # What happened holds who and until when: wrapped rather than cut off.
        view.setWordWrap(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.setAccessibleName(self.tr("Zonder besluit"))
        header = view.horizontalHeader()
        header.setSectionResizeMode(OthersTableModel.ENDING, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(lambda *_: self._fit_others())
        view.doubleClicked.connect(lambda _index: self.copy_for_dossier())
        return view

    def _fit_others(self) -> None:
        """As tall as its rows (up to a few; then it scrolls): the decisions get the room.
        Rows grow to their wrapped text, so this follows the column widths."""
        view = self.others_view
        if not self.others_model.rowCount():
            return
        rows = min(self.others_model.rowCount(), OTHERS_VISIBLE_ROWS)
        view.resizeRowsToContents()
        height = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                  + sum(view.rowHeight(r) for r in range(rows)))
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height)

    def _create_actions(self) -> None:
        self.copy_action = make_action(
            self, self.tr("&Kopie voor dossier"), self.copy_for_dossier,
            [QKeySequence(QKeySequence.StandardKey.Copy)], Qt.ShortcutContext.WidgetShortcut,
            self.view)
        self.others_view.addAction(self.copy_action)  # Ctrl+C there too
        widgets.set_tooltip_with_shortcut(self.copy_action, self.tr(
            "De tekst van het gekozen besluit (of apart overleg) op het klembord, om in het "
            "dossier van de cliënt te plakken"))
        self.correct_action = make_action(
            self, self.tr("Besluit co&rrigeren…"), self.correct,
            [QKeySequence(Qt.Key.Key_F2)], Qt.ShortcutContext.WidgetShortcut, self.view)
        widgets.set_tooltip_with_shortcut(self.correct_action, self.tr(
            "Een vergissing herstellen: het besluit blijft bewaard, een nieuw besluit "
            "vervangt het"))
        # Both in the table's context menu too (copy_action was added by make_action).
        self.markdown_action = make_action(self, self.tr("&Tekst (Markdown, .md)…"),
                                           lambda: self.save_as("md"))
        self.csv_action = make_action(self, self.tr("&CSV voor Excel (.csv)…"),
                                      lambda: self.save_as("csv"))
        self.pdf_action = make_action(self, self.tr("&PDF (.pdf)…"),
                                      lambda: self.save_as("pdf"))

    # -- showing -------------------------------------------------------------
    def set_minutes(self, minutes: Minutes | None) -> None:
        """Show ``minutes``; the chosen decision (or item without one) stays chosen when
        it is still listed."""
        selected = self.selected_entry()
        selected_other = self.selected_other()
        self.minutes = minutes
        self.model.set_minutes(minutes)
        self.others_model.set_minutes(minutes)
        has_entries = minutes is not None and bool(minutes.entries or minutes.others)
        self.preview_scroll.setVisible(has_entries)
        self.preview_label.setVisible(has_entries)
        others = len(minutes.others) if minutes is not None else 0
        self.others_title.setText(fill(self.tr("Zonder besluit (%1)"), others))
        self.others_title.setVisible(others > 0)
        self.others_view.setVisible(others > 0)
        if others:
            self._fit_others()
        if minutes is None:
            self.list_title.clear()
            self.list_note.hide()
            self.no_decisions.hide()
        else:
            self.list_title.setText(fill(self.tr("Besluitenlijst van %1"),
                                         words.long_date(minutes.date)))
            running = minutes.status is MeetingStatus.RUNNING
            self.list_note.setText(self.tr(
                "De vergadering loopt nog: deze lijst is voorlopig.") if running else "")
            self.list_note.setVisible(running)
            self.no_decisions.setVisible(not minutes.entries)
            if selected is not None:
                for row, entry in enumerate(minutes.entries):
                    # A corrected decision is listed as its correction.
                    if selected.decision_id in (entry.decision_id, entry.corrects_id):
                        self.view.selectRow(row)
                        break
            elif selected_other is not None:
                for row, other in enumerate(minutes.others):
                    if other.item_id == selected_other.item_id:
                        self.others_view.selectRow(row)
                        break
        self._update_actions()

    def _on_selection(self, chosen: QTableView, other: QTableView) -> None:
        """One choice in the two tables together: choosing in one clears the other."""
        if self._syncing_selection:
            return
        if chosen.selectionModel().hasSelection():
            self._syncing_selection = True
            try:
                other.clearSelection()
            finally:
                self._syncing_selection = False
        self._update_actions()

    def dossier_text(self) -> str | None:
        """The dossier text of what is chosen: a decision, or an item sent to a separate
        consultation; None for nothing chosen or an item without anything for the
        client's dossier."""
        if self.minutes is None:
            return None
        entry = self.selected_entry()
        if entry is not None:
            return minutes_text.dossier_text(entry, self.minutes)
        other = self.selected_other()
        if other is not None:
            return minutes_text.consultation_dossier_text(other, self.minutes)
        return None

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        other = self.selected_other()
        text = self.dossier_text()
        self.copy_action.setEnabled(text is not None)
        self.correct_action.setEnabled(entry is not None and not self.store.read_only)
        if text is not None:
            self.preview.setText(text)
        elif other is not None:
            self.preview.setText(fill(self.tr(
                "%1: %2. Er is niets voor de cliënt besloten, dus er is geen tekst voor het "
                "dossier."), other.client_reference, ending_text(other)))
        else:
            self.preview.setText(self.tr(
                "Kies een besluit of apart overleg om de tekst voor het dossier te zien."))
        self._fit_preview()
        has_list = self.minutes is not None
        self.save_button.setEnabled(has_list)
        for action in (self.pdf_action, self.csv_action, self.markdown_action):
            action.setEnabled(has_list)

    def _fit_preview(self) -> None:
        """The dossier text whole up to eight lines, then scrolling."""
        lines = self.preview.fontMetrics().lineSpacing()
        needed = self.preview.heightForWidth(self.preview_scroll.viewport().width())
        self.preview_scroll.setFixedHeight(
            max(lines * 4 + 16, min(needed if needed > 0 else 0, lines * 8 + 16)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_preview()

    # -- commands ------------------------------------------------------------
    def selected_entry(self) -> MinutesEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def selected_other(self) -> OtherEntry | None:
        rows = self.others_view.selectionModel().selectedRows()
        return self.others_model.other_at(rows[0].row()) if rows else None

    def copy_for_dossier(self) -> None:
        text = self.dossier_text()
        chosen = self.selected_entry() or self.selected_other()
        if text is None or chosen is None:
            return
        QGuiApplication.clipboard().setText(text)
        self.message.emit(fill(self.tr("Tekst voor het dossier van %1 gekopieerd."),
                               chosen.client_reference))

    def correct(self) -> None:
        """Record a correction of the chosen decision in the decision form."""
        entry = self.selected_entry()
        if entry is None or self.store.read_only:
            return
        def read() -> tuple[Decision, Item | None]:
            old = decisions.get(self.store, entry.decision_id)  # may be removed meanwhile
            return old, (agenda_items.get(self.store, old.item_id)
                         if old.item_id is not None else None)

        found = common.run_operation(self, read, store=self.store)
        if found is None:
            return
        old, item = found
        if item is None:  # imported or made by another program: no agenda item to go with
            common.show_error(self, self.tr(
                "Dit besluit hoort niet bij een agendapunt en kan hier niet worden "
                "gecorrigeerd. Leg in de volgende vergadering een nieuw besluit vast."))
            return
        if DecisionForm.ask(self.store, item, self, corrects=old) is not None:
            self.message.emit(fill(self.tr("Correctie voor %1 vastgelegd; het oude besluit "
                                           "blijft bewaard in de geschiedenis van de cliënt."),
                                   entry.client_reference))

    def save_as(self, kind: str) -> None:
        """Save the shown list as ``kind`` ("md", "csv" or "pdf")."""
        minutes = self.minutes
        if minutes is None:
            return
        filters = {"md": self.tr("Tekst (Markdown) (*.md)"),
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
            common.show_error(self, fill(self.tr("Het bestand '%1' kon niet worden "
                                                 "opgeslagen: %2"),
                                         path, error.strerror or str(error)))
            return
        self.message.emit(" ".join((
            fill(self.tr("Besluitenlijst opgeslagen in %1."), os.fspath(path)),
            self.tr("Het bestand bevat cliëntgegevens: bewaar het alleen op een beveiligde "
                    "plek."))))
