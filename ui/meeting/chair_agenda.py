"""The running meeting's agenda on the chair's screen: both blocks in the team's order,
each item with its status (wacht, bezig, besloten: …, uitgesteld, overgeslagen, apart
overleg, ingetrokken) and a mark on the items that will probably not be reached."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vergadering import consultations, decisions
from vergadering import items as agenda_items
from vergadering.items import DecisionKind, Item, Outcome
from vergadering.meetings import Meeting
from vergadering.settings import Block
from vergadering.store import Store
from vergadering.timeline import EventKind, MeetingState, Timeline

from ..i18n import fill
from ..kit import chair_text, palette, words
from ..kit.chair_text import RowStatus
from ..table_model import ModelIndex
from .chair_badge import type_icon

RUNNING_BACKGROUND = palette.ACCENT_LIGHT
DONE_COLOR = palette.DONE
MUTED_COLOR = palette.MUTED_TEXT
NOT_REACHED_COLOR = palette.DANGER
HEADING_BACKGROUND = palette.HEADING_BACKGROUND


@dataclass(frozen=True)
class AgendaRow:
    """A block heading (``item`` None) or one item with what the meeting did with it."""

    block: Block
    item: Item | None = None
    number: int = 0
    status: RowStatus = RowStatus.WAITING
    decision: DecisionKind | None = None
    hamerstuk: bool = False
    budget: int = 0  # minutes, for a heading
    note: str = ""  # e.g. who takes the apart overleg and when they report back


def load_rows(store: Store, meeting: Meeting, timeline: Timeline,
              on_agenda: list[Item]) -> list[AgendaRow]:
    """The agenda as the chair sees it now (reads decisions and deferrals)."""
    settings = timeline.settings
    current = timeline.current_item()
    started = next((e.at for e in timeline.events if e.kind is EventKind.MEETING_STARTED),
                   None)
    # A hamerstuk is marked on the end of its discussion (older meetings: on its start).
    hamerstuk = {e.item_id for e in timeline.events
                 if e.kind in (EventKind.ITEM_STARTED, EventKind.ITEM_ENDED)
                 and e.details.get("hamerstuk")}
    decided = {d.item_id: d.kind for d in decisions.for_meeting(store, meeting.id)
               if d.corrected_by_id is None}
    deferred = (agenda_items.deferred_from(store, meeting, started)
                if started is not None else [])
    consulted = {c.item_id: c for c in consultations.for_meeting(store, meeting.id)}
    rows: list[AgendaRow] = []
    for block in settings.block_order():
        rows.append(AgendaRow(block, budget=settings.budget(block)))
        own = sorted((i for i in on_agenda if i.block is block), key=lambda i: (i.position, i.id))
        number = 0
        for item in own:
            number += 1
            if item.id == current:
                status = RowStatus.RUNNING
            elif item.outcome is Outcome.DECIDED:
                status = RowStatus.DECIDED
            elif item.outcome is Outcome.SKIPPED:
                status = RowStatus.SKIPPED
            elif item.outcome is Outcome.CONSULTATION:
                status = RowStatus.CONSULTATION
            elif item.outcome is Outcome.DEFERRED:
                status = RowStatus.DEFERRED
            elif item.outcome is Outcome.WITHDRAWN:
                status = RowStatus.WITHDRAWN
            else:
                status = RowStatus.WAITING
            note = ""
            consultation = consulted.get(item.id)
            if consultation is not None:
                note = chair_text.consultation_note(consultation.member, consultation.report_by)
            rows.append(AgendaRow(block, item, number, status, decided.get(item.id),
                                  item.id in hamerstuk, note=note))
        for item in deferred:  # no longer on this agenda: no number
            if item.block is block:
                rows.append(AgendaRow(block, item, 0, RowStatus.DEFERRED))
    return rows


class MeetingAgendaModel(QAbstractTableModel):
    """Rows given by :meth:`set_rows`; the "probably not reached" marks follow each tick
    through :meth:`set_not_reached` (only the rows that change are repainted)."""

    NUMBER, CLIENT, TYPE, MINUTES, STATUS, PRESENTER = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._not_reached: set[int] = set()
        self._compact = False
        self._privacy = False
        self._headers = (self.tr("#"), self.tr("Cliënt"), self.tr("Soort"), self.tr("Min."),
                         self.tr("Status"), self.tr("Inbrenger"))

    # -- content ---------------------------------------------------------------
    def set_rows(self, rows: list[AgendaRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_not_reached(self, item_ids: set[int]) -> None:
        if item_ids == self._not_reached:
            return
        changed = item_ids ^ self._not_reached
        self._not_reached = set(item_ids)
        for row, entry in enumerate(self._rows):
            if entry.item is not None and entry.item.id in changed:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1))

    def set_privacy(self, privacy: bool) -> None:
        """In privacy mode the question is not shown, not even as a tooltip."""
        self._privacy = privacy

    def set_compact(self, compact: bool) -> None:
        """Narrow: the type as its shape only (the name in the tooltip)."""
        if compact != self._compact:
            self._compact = compact
            if self._rows:
                self.dataChanged.emit(self.index(0, self.TYPE),
                                      self.index(len(self._rows) - 1, self.TYPE))

    def update_from(self, state: MeetingState) -> None:
        self.set_not_reached({u.item_id for u in state.upcoming if u.probably_not_reached})

    def row_at(self, row: int) -> AgendaRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for row, entry in enumerate(self._rows):
            if entry.item is not None and entry.item.id == item_id:
                return row
        return -1

    def rows(self) -> list[AgendaRow]:
        return list(self._rows)

    def is_not_reached(self, item_id: int) -> bool:
        return item_id in self._not_reached

    def status_text(self, item_id: int) -> str:
        row = self.row_of(item_id)
        return str(self.data(self.index(row, self.STATUS))) if row >= 0 else ""

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return Qt.ItemFlag.NoItemFlags
        if entry.item is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if entry.item is None:
            return self._heading_data(entry, index.column(), role)
        item = entry.item
        column = index.column()
        late = entry.status is RowStatus.WAITING and item.id in self._not_reached
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, item, column, late)
        if role == Qt.ItemDataRole.ToolTipRole:
            if late:
                return self.tr("Dit punt komt waarschijnlijk niet meer aan bod voor het "
                               "geplande einde van de vergadering.")
            if column == self.TYPE:
                return words.type_name(item.type)
            if column == self.STATUS and entry.note:
                return entry.note
            if column == self.CLIENT and item.question and not self._privacy:
                return item.question
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if late:
                return QBrush(QColor(NOT_REACHED_COLOR))
            if entry.status is RowStatus.DECIDED:
                return QBrush(QColor(DONE_COLOR)) if column == self.STATUS else \
                    QBrush(QColor(MUTED_COLOR))
            if entry.status in (RowStatus.DEFERRED, RowStatus.SKIPPED,
                                RowStatus.CONSULTATION, RowStatus.WITHDRAWN):
                return QBrush(QColor(MUTED_COLOR))
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.TYPE:
            return type_icon(item.type)
        if role == Qt.ItemDataRole.BackgroundRole and entry.status is RowStatus.RUNNING:
            return QBrush(QColor(RUNNING_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and (entry.status is RowStatus.RUNNING
                                                 or (late and column == self.STATUS)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLE:
            return item.id
        return None

    def _display(self, entry: AgendaRow, item: Item, column: int, late: bool) -> str:
        if column == self.NUMBER:
            return str(entry.number) if entry.number else "–"
        if column == self.CLIENT:
            return item.client_reference
        if column == self.TYPE:
            return "" if self._compact else words.type_name(item.type)
        if column == self.PRESENTER:
            return item.presenter
        if column == self.MINUTES:
            return str(item.minutes)
        text = chair_text.status(entry.status, entry.decision, entry.hamerstuk)
        if late:
            text = "⚠ " + chair_text.not_reached()
        return text

    def _heading_data(self, entry: AgendaRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return fill(self.tr("%1 — %2 min"), words.block_name(entry.block), entry.budget)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(HEADING_BACKGROUND))
        return None


class MeetingAgendaView(QTableView):
    """The agenda table: block headings span the row; one item row selected at a time."""

    def __init__(self, model: MeetingAgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("meetingAgenda")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingAgendaModel.STATUS, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setMinimumSectionSize(30)
        model.modelReset.connect(self._apply_spans)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.currentIndex().isValid() and event.size().height() < event.oldSize().height():
            self.scrollTo(self.currentIndex())  # e.g. the meeting's times took a second line
        # On a laptop the status matters most: the presenter (also shown with the current
        # item) goes first, then the type's name (its shape stays).
        chars = self.viewport().width() / max(1, self.fontMetrics().averageCharWidth())
        self.setColumnHidden(MeetingAgendaModel.PRESENTER, chars < 80)
        self.agenda_model().set_compact(chars < 60)

    def agenda_model(self) -> MeetingAgendaModel:
        model = self.model()
        assert isinstance(model, MeetingAgendaModel)
        return model

    def _apply_spans(self) -> None:
        self.clearSpans()
        model = self.agenda_model()
        for row in range(model.rowCount()):
            entry = model.row_at(row)
            if entry is not None and entry.item is None:
                self.setSpan(row, 0, 1, model.columnCount())

    def selected_item_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        entry = self.agenda_model().row_at(rows[0].row())
        return entry.item.id if entry is not None and entry.item is not None else None

    def select_item(self, item_id: int | None) -> None:
        row = self.agenda_model().row_of(item_id) if item_id is not None else -1
        if row < 0:
            self.clearSelection()
            return
        index = self.agenda_model().index(row, 0)
        self.setCurrentIndex(index)
        self.selectRow(row)
        self.scrollTo(index)
