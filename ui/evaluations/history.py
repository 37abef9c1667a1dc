"""A client's history: every decision about the client, newest first, with corrections
linked both ways (rule 4: a correction is a new decision; the corrected one stays,
struck through)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vergadering import decisions
from vergadering.dates import format_nl
from vergadering.decisions import Decision
from vergadering.items import DecisionKind
from vergadering.overview import Row
from vergadering.store import Store

from ..i18n import fill, tr
from ..kit import palette, words
from . import text

CORRECTED_COLOR = palette.PAUSED_TEXT


def worded_by(decision: Decision) -> str:
    """``Anouk de Vries (inbrenger)`` or ``(voorzitter)``."""
    role = tr("voorzitter") if decision.worded_by_role == "chair" else tr("inbrenger")
    if decision.worded_by:
        return f"{decision.worded_by} ({role})"
    return role


def course(decision: Decision) -> str:
    """The koers with doorgaan, where to with verwijzen, nothing with afsluiten."""
    if decision.kind is DecisionKind.VERWIJZEN:
        referred = fill(tr("verwezen naar %1"), decision.referred_to)
        return f"{referred}\n{decision.koers}" if decision.koers else referred
    return decision.koers


def correction_note(decision: Decision, by_id: dict[int, Decision]) -> str:
    notes = []
    if decision.corrects_id is not None and decision.corrects_id in by_id:
        notes.append(fill(tr("correctie van %1"),
                          format_nl(by_id[decision.corrects_id].decided_on)))
    if decision.corrected_by_id is not None and decision.corrected_by_id in by_id:
        notes.append(fill(tr("gecorrigeerd door besluit van %1"),
                          format_nl(by_id[decision.corrected_by_id].decided_on)))
    return "\n".join(notes)


def empty_text(row: Row) -> str:
    if row.last_evaluation is None:
        return tr("Nog geen besluiten vastgelegd; laatste evaluatie: nooit.")
    return fill(tr("Nog geen besluiten vastgelegd; laatste evaluatie: %1 (geïmporteerd)."),
                format_nl(row.last_evaluation))


class ClientHistoryDialog(QDialog):
    """Read-only: works on a read-only database too."""

    DATE, KIND, WORDED_BY, COURSE, NEXT, REASON, CORRECTION = range(7)

    def __init__(self, store: Store, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.decisions = sorted(decisions.for_client(store, row.client_id),
                                key=lambda d: (d.decided_on, d.id), reverse=True)
        self.setWindowTitle(fill(self.tr("Besluiten over cliënt %1"), row.reference))
        heading = QLabel(fill(self.tr("Cliënt %1"), row.reference))
        heading.setObjectName("historyTitle")
        heading.setStyleSheet("#historyTitle { font-size: 16pt; font-weight: 600; "
                              f"color: {palette.INK}; }}")
        self.summary = QLabel(
            fill(self.tr("Behandelaar: %1 · laatste evaluatie: %2 · uiterlijk %3 (%4)"),
                 text.behandelaar(row), text.last_evaluation(row), format_nl(row.due),
                 text.status(row)))
        self.summary.setWordWrap(True)
        self.empty = QLabel(empty_text(row))
        self.empty.setObjectName("emptyHistory")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(
            f"#emptyHistory {{ background: {palette.WHITE}; border: 1px dashed "
            f"{palette.BORDER_DASHED}; border-radius: 6px; padding: 14px; }}")

        self.table = QTableWidget(len(self.decisions), 7)
        # Two-line headers keep the narrow columns narrow; the koers gets the room.
        self.table.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Besluit"), self.tr("Geformuleerd\ndoor"),
            self.tr("Koers / verwezen naar"), self.tr("Volgende\nevaluatie"),
            self.tr("Reden datum"), self.tr("Correctie")])
        self._fill()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.cellActivated.connect(self._follow_link)
        self.ensurePolished()  # the style sheet's font, for the widths below
        chars = self.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COURSE, QHeaderView.ResizeMode.Interactive)
        self._course_minimum = 30 * chars  # readable also when the dialog is narrow
        for column, width in ((self.WORDED_BY, 18), (self.REASON, 20), (self.CORRECTION, 22)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * chars)
        header.setMinimumSectionSize(6 * chars)
        # Wrapped text needs taller rows whenever a column gets narrower or wider.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)  # no focus frame on a cell until the user moves
        self.table.setVisible(bool(self.decisions))
        self.empty.setVisible(not self.decisions)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        if not self.decisions:
            layout.addStretch(1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        width = chars * 150
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
        self.resize(width, 560 if self.decisions else 260)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_course()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._fit_course()

    def _fit_course(self) -> None:
        """The koers takes the room the other columns leave, but never less than its
        minimum (then the table scrolls sideways rather than squeezing the text)."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.table.columnCount())
                     if c != self.COURSE)
        room = self.table.viewport().width() - others
        header.resizeSection(self.COURSE, max(self._course_minimum, room))

    def _fill(self) -> None:
        by_id = {d.id: d for d in self.decisions}
        grey = QBrush(QColor(CORRECTED_COLOR))
        for row, decision in enumerate(self.decisions):
            values = (
                format_nl(decision.decided_on), words.decision_label(decision.kind),
                worded_by(decision), course(decision),
                format_nl(decision.next_evaluation) or "—", decision.date_reason,
                correction_note(decision, by_id))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, decision.id)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if value:
                    cell.setToolTip(value)
                if decision.corrected_by_id is not None:
                    cell.setForeground(grey)
                    font = cell.font()
                    font.setStrikeOut(column != self.CORRECTION)
                    font.setItalic(column == self.CORRECTION)
                    cell.setFont(font)
                elif decision.corrects_id is not None and column == self.CORRECTION:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.table.item(row, column)
        assert cell is not None
        return cell

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [[self._cell(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def is_struck_through(self, row: int) -> bool:
        return self._cell(row, self.KIND).font().strikeOut()

    def _follow_link(self, row: int, _column: int) -> None:
        """Enter or double-click on a corrected or correcting decision selects the other."""
        decision = self.decisions[row]
        target = decision.corrected_by_id or decision.corrects_id
        for other, candidate in enumerate(self.decisions):
            if candidate.id == target:
                self.table.selectRow(other)
                self.table.scrollToItem(self._cell(other, 0))
                return

    @classmethod
    def show_for(cls, store: Store, row: Row, parent: QWidget | None = None) -> None:
        """Show the history (modal); tests replace this."""
        cls(store, row, parent).exec()
