"""A client's history: every decision about the client, newest first, with corrections
linked both ways (rule 4: a correction is a new decision; the corrected one stays,
struck through), each with the actions it agreed and their state; the client's open
actions on top, closable there (rule 13)."""

from __future__ import annotations

import datetime as dt

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

from vergadering import actions, decisions
from vergadering.actions import Action
from vergadering.dates import format_nl
from vergadering.decisions import Decision
from vergadering.items import DecisionKind
from vergadering.overview import Row
from vergadering.store import Store

from .. import common
from ..i18n import fill, tr
from ..kit import palette, words
from ..kit.action_list import ActionList, meta_text
from . import text

CORRECTED_COLOR = palette.PAUSED_TEXT
OPEN_ACTIONS_HEIGHT = 130  # px: three or so; more scroll, the decisions stay in sight


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


def action_line(action: Action, today: dt.date) -> str:
    """``• Huisarts bellen (Anna de Vries · uiterlijk 19-11-2026 · 4 dagen te laat)``."""
    return fill(tr("• %1 (%2)"), action.what, meta_text(action, today).replace("\u00a0", " "))


def follow_up(decision: Decision) -> str:
    """How the previous decision was carried out, as this one recorded it (rule 12):
    ``deels — wachtlijst/capaciteit``; empty when it followed nothing up."""
    if decision.carried_out is None:
        return ""
    parts = [words.carried_out(decision.carried_out)]
    if decision.follow_up_reason is not None:
        reason = words.follow_up_reason(decision.follow_up_reason)
        if decision.follow_up_text:
            reason = f"{reason}: {decision.follow_up_text}"
        parts.append(reason)
    return " — ".join(parts)


def empty_text(row: Row) -> str:
    if row.last_evaluation is None:
        return tr("Nog geen besluiten vastgelegd; laatste evaluatie: nooit.")
    return fill(tr("Nog geen besluiten vastgelegd; laatste evaluatie: %1 (geïmporteerd)."),
                format_nl(row.last_evaluation))


class ClientHistoryDialog(QDialog):
    """Read-only: works on a read-only database too."""

    DATE, KIND, WORDED_BY, COURSE, NEXT, REASON, CORRECTION, ACTIONS, FOLLOW_UP = range(9)

    def __init__(self, store: Store, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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

        client_id = row.client_id
        self.open_heading = QLabel(self.tr("Openstaande acties"))
        self.open_heading.setObjectName("historyHeading")
        self.open_heading.setStyleSheet(f"#historyHeading {{ font-weight: 600; "
                                        f"color: {palette.INK}; }}")
        self.open_actions = ActionList(
            store, lambda s: actions.for_client(s, client_id, open_only=True),
            show_client=False, max_height=OPEN_ACTIONS_HEIGHT,
            empty_text=self.tr("Geen openstaande acties."))
        any_open = bool(self.open_actions.actions)
        self.open_heading.setVisible(any_open)
        self.open_actions.setVisible(any_open)

        self.table = QTableWidget(len(self.decisions), 9)
        # Two-line headers keep the narrow columns narrow; the koers gets the room.
        self.table.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Besluit"), self.tr("Geformuleerd\ndoor"),
            self.tr("Koers / verwezen naar"), self.tr("Volgende\nevaluatie"),
            self.tr("Reden datum"), self.tr("Correctie"), self.tr("Acties"),
            self.tr("Vorig besluit\nuitgevoerd")])
        self._fill()
        self._fill_actions()
        self.open_actions.reloaded.connect(self._fill_actions)  # closed here: its state
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
        for column, width in ((self.WORDED_BY, 18), (self.REASON, 20), (self.CORRECTION, 22),
                              (self.ACTIONS, 32), (self.FOLLOW_UP, 22)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * chars)
        header.setMinimumSectionSize(6 * chars)
        # Wrapped text needs taller rows whenever a column gets narrower or wider.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        # Read in this order: what was decided and how the previous decision went, who
        # worded it, the koers, the date, the actions; the rarer notes last.
        for visual, column in enumerate((self.DATE, self.KIND, self.FOLLOW_UP, self.WORDED_BY,
                                         self.COURSE, self.NEXT, self.ACTIONS, self.REASON,
                                         self.CORRECTION)):
            header.moveSection(header.visualIndex(column), visual)
        self._hide_empty_columns()
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
        layout.addWidget(self.open_heading)
        layout.addWidget(self.open_actions)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        if not self.decisions:
            layout.addStretch(1)
        layout.addWidget(buttons)
        # Wide enough for every column with the koers at its minimum, as the screen allows
        # (then the table scrolls sideways).
        screen = self.screen().availableGeometry() if self.screen() else None
        wanted = (sum(header.sectionSize(c) for c in range(self.table.columnCount())
                      if c != self.COURSE and not header.isSectionHidden(c))
                  + self._course_minimum
                  + self.table.verticalScrollBar().sizeHint().width() + 40)
        width = max(chars * 150, wanted)
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
        self.resize(width, (560 if self.decisions else 260)
                    + (OPEN_ACTIONS_HEIGHT + 30 if any_open else 0))

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
                     if c != self.COURSE and not header.isSectionHidden(c))
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
            follow = QTableWidgetItem(follow_up(decision))
            follow.setData(Qt.ItemDataRole.UserRole, decision.id)
            follow.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            follow.setToolTip(follow.text())
            self.table.setItem(row, self.FOLLOW_UP, follow)
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

    def _fill_actions(self) -> None:
        """Each decision's actions with their state (rule 13), one per line."""
        found = common.load(lambda: actions.for_client(self.store, self.row.client_id),
                            lambda _text: None)
        if found is None:
            return  # what is shown stays
        today = self.store.clock.today()
        by_decision: dict[int, list[Action]] = {}
        for action in found:  # one query for the client, not one per decision
            by_decision.setdefault(action.decision_id, []).append(action)
        for row, decision in enumerate(self.decisions):
            agreed = by_decision.get(decision.id, [])
            value = "\n".join(action_line(a, today) for a in agreed)
            cell = QTableWidgetItem(value)
            cell.setData(Qt.ItemDataRole.UserRole, self.decisions[row].id)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if value:
                cell.setToolTip(value)
            self.table.setItem(row, self.ACTIONS, cell)
        self.table.resizeRowsToContents()

    def _hide_empty_columns(self) -> None:
        """A note that no decision about this client has (a reason for the date, a
        correction, actions, a follow-up) takes no room."""
        for column in (self.REASON, self.CORRECTION, self.ACTIONS, self.FOLLOW_UP):
            empty = all(not (item := self.table.item(row, column)) or not item.text()
                        for row in range(self.table.rowCount()))
            self.table.setColumnHidden(column, empty)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.table.item(row, column)
        assert cell is not None
        return cell

    def row_texts(self) -> list[list[str]]:
        """What the table shows of the decisions, row by row (their actions:
        :meth:`action_texts`)."""
        return [[self._cell(r, c).text() for c in range(self.ACTIONS)]
                for r in range(self.table.rowCount())]

    def action_texts(self) -> list[str]:
        """Each decision's actions with their state, row by row."""
        return [self._cell(r, self.ACTIONS).text() for r in range(self.table.rowCount())]

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
