"""One block of the agenda (acuut or lopend): its items as a table, with planned
minutes against the block's budget and a clear warning when it is overbooked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vergadering import agenda, consultations
from vergadering.agenda import BlockPlan
from vergadering.consultations import Consultation
from vergadering.dates import format_nl
from vergadering.items import Item
from vergadering.settings import Block, ItemType
from vergadering.store import Store

from ..i18n import fill
from ..icons import show_warning_sign
from ..table_model import ModelIndex, StoreTableModel
from . import labels, palette, words

OVER_COLOR = palette.DANGER
REPORT_BACK_COLOR = palette.REPORT_BACK
OVER_BACKGROUND = palette.DANGER_BACKGROUND
TYPE_COLORS = {ItemType.MEDEDELING: palette.MEDEDELING, ItemType.VRAAG: palette.ACCENT,
               ItemType.KWESTIE: palette.KWESTIE}
REFRESH_ON = frozenset({"item", "meeting", "settings", "client", "member", "consultation"})


def _dot(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class BlockTableModel(StoreTableModel[Item]):
    """The queued items of one block of the next meeting, in agenda order. The last
    column marks where an item comes from: carried over, or reporting back on a
    separate consultation."""

    NUMBER, CLIENT, TYPE, PRESENTER, QUESTION, MINUTES, PROPOSAL, CARRIED = range(8)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    refresh_on = REFRESH_ON

    def __init__(self, store: Store, block: Block, parent: QObject | None = None) -> None:
        self.block = block  # read by load_rows(), which the base calls
        self._icons: dict[ItemType, QIcon] = {}
        self._reports: dict[int, Consultation] = {}  # per item reporting back
        super().__init__(store, parent)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("#"), self.tr("Cliënt"), self.tr("Soort"), self.tr("Inbrenger"),
                self.tr("Vraag"), self.tr("Min."), self.tr("Voorstel"),
                self.tr("Let op"))

    def load_rows(self) -> list[Item]:
        rows = list(agenda.plan(self._store).block(self.block).items)
        reports = {}
        for item in rows:
            if item.report_back_of is not None:  # rare: one query each
                found = consultations.reported_back_by(self._store, item.id)
                if found is not None:
                    reports[item.id] = found
        self._reports = reports
        return rows

    def report_back_tip(self, item: Item) -> str:
        consultation = self._reports.get(item.id)
        if consultation is None:
            return self.tr("Dit punt is de terugkoppeling van een apart overleg.")
        return fill(self.tr("Terugkoppeling van het aparte overleg dat het MDO van %1 "
                            "afsprak: %2 koppelt terug (uiterlijk %3)."),
                    format_nl(consultation.meeting_date), consultation.member,
                    format_nl(consultation.report_by))

    def item_at(self, row: int) -> Item | None:
        return self.row_at(row)

    def _icon(self, item_type: ItemType) -> QIcon:
        if item_type not in self._icons:
            self._icons[item_type] = _dot(TYPE_COLORS[item_type])
        return self._icons[item_type]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.QUESTION and item.question:
                return item.question
            if column == self.CARRIED:
                tips = []
                if item.report_back_of is not None:
                    tips.append(self.report_back_tip(item))
                if item.carried_over:
                    tips.append(self.tr("Dit punt is niet aan bod gekomen en is automatisch "
                                        "naar deze vergadering doorgeschoven."))
                return "\n".join(tips) or None
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.TYPE:
            return self._icon(item.type)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CARRIED:
            return QColor(OVER_COLOR if item.carried_over else REPORT_BACK_COLOR)
        if role == self.ID_ROLE:
            return item.id
        return None

    def _display(self, item: Item, row: int, column: int) -> str:
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.CLIENT:
            return item.client_reference
        if column == self.TYPE:
            return words.type_name(item.type)
        if column == self.PRESENTER:
            return item.presenter
        if column == self.QUESTION:
            return " ".join(item.question.split())  # one line in the table
        if column == self.MINUTES:
            return str(item.minutes)
        if column == self.PROPOSAL:
            return words.decision_name(item.proposed_decision)
        return labels.item_marks(item.carried_over, item.report_back_of is not None)


class FittingTableView(QTableView):
    """A table as tall as its rows (no empty space under a short list); when space runs
    out it shrinks, but a short list keeps all its rows visible."""

    ALWAYS_VISIBLE_ROWS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def _height_for(self, rows: int) -> int:
        header = self.horizontalHeader().sizeHint().height()
        row_height = self.verticalHeader().defaultSectionSize()
        extra = 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            extra += self.horizontalScrollBar().sizeHint().height()
        return header + max(rows, 1) * row_height + extra

    def _rows(self) -> int:
        model = self.model()
        return model.rowCount() if model is not None else 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().sizeHint().width(), self._height_for(self._rows()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        rows = min(self._rows(), self.ALWAYS_VISIBLE_ROWS)
        return QSize(super().minimumSizeHint().width(), self._height_for(rows))


class BlockPanel(QWidget):
    """The heading with the minutes, the overbooking warning, and the table (or an
    explanation when the block is still empty)."""

    selectionChanged = Signal()  # noqa: N815 (Qt naming)
    activated = Signal()  # an item was double-clicked

    def __init__(self, store: Store, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.block = block
        self.model = BlockTableModel(store, block, self)
        self._remembered: int | None = None

        self.title = QLabel()
        self.title.setObjectName("blockTitle")
        self.title.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {palette.INK};")
        self.over_icon = QLabel()  # the warning sign, drawn when first shown
        self.over_label = QLabel()
        self.over_label.setObjectName("overbooked")
        self.over_box = QWidget()
        self.over_box.setObjectName("overBox")
        self.over_box.setStyleSheet(
            f"#overBox {{ background: {OVER_BACKGROUND}; border: 1px solid {OVER_COLOR};"
            " border-radius: 4px; }"
            f"#overbooked {{ color: {OVER_COLOR}; font-weight: 600; }}")
        over_layout = QHBoxLayout(self.over_box)
        over_layout.setContentsMargins(8, 2, 10, 2)
        over_layout.setSpacing(6)
        over_layout.addWidget(self.over_icon)
        over_layout.addWidget(self.over_label)
        self.note = QLabel()
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)

        self.heading = QHBoxLayout()
        self.heading.setContentsMargins(0, 0, 0, 0)
        self.heading.addWidget(self.title)
        self.heading.addSpacing(12)
        self.heading.addWidget(self.over_box)
        self.heading.addStretch(1)

        self.view = FittingTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.horizontalHeader()
        # Fitted to the contents once per reload, not by ResizeToContents, which asks the
        # model for every cell at every layout pass (half of the app's start-up time).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BlockTableModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.model.modelReset.connect(self._fit_columns)
        self._fitted_shown = False
        self.view.doubleClicked.connect(lambda _index: self.activated.emit())

        self.empty = QLabel()
        self.empty.setObjectName("emptyBlock")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet(
            f"#emptyBlock {{ background: {palette.WHITE}; border: 1px dashed"
            f" {palette.BORDER_DASHED}; border-radius: 6px; padding: 14px;"
            f" color: {palette.INK_SOFT}; }}")
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._fitted_shown:  # the style sheet's font is known once shown
            self._fitted_shown = True
            self._fit_columns()

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            if column != BlockTableModel.QUESTION:
                self.view.resizeColumnToContents(column)

    # -- plan ------------------------------------------------------------------
    def show_plan(self, plan: BlockPlan, *, first: bool, hard_end: str | None,
                  read_only: bool) -> None:
        """Update the heading from ``plan`` (the rows come from the model itself)."""
        name = words.block_name(self.block)
        self.title.setText(fill(self.tr("%1 — %2 van %3 min gepland"), name, plan.planned,
                                plan.budget))
        over = plan.over
        self.over_label.setText(fill(self.tr("%1 min te veel"), over))
        if over > 0:
            show_warning_sign(self.over_icon, 20)
        self.over_box.setVisible(over > 0)
        self.over_box.setToolTip(self.tr(
            "Er staat meer op de agenda dan er tijd is voor dit blok: schuif punten door "
            "naar een volgende vergadering of maak ze korter."))
        notes = []
        if hard_end:
            notes.append(fill(self.tr("Dit blok gaat eerst en stopt hard om %1, zodat er tijd "
                                      "blijft voor de rest."), hard_end))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        if plan.budget == 0:
            text = self.tr("Dit blok heeft geen tijd in de teaminstellingen (0 minuten). "
                           "Geef het tijd onder Team › Instellingen als het team er punten "
                           "voor wil bespreken.")
        elif self.block is Block.LOPEND:
            text = self.tr("Nog geen lopende behandelingen op de agenda. Neem cliënten op "
                           "die aan de beurt zijn voor evaluatie (knop 'Voorstel "
                           "evaluaties'), of meld een punt aan met 'Nieuw agendapunt'.")
        else:
            text = self.tr("Nog geen acute punten. Een inbrenger meldt een acuut punt aan "
                           "met 'Nieuw agendapunt'.")
        if read_only and plan.budget != 0:
            text = self.tr("Nog geen agendapunten in dit blok.")
        self.empty.setText(text)
        self.view.setVisible(bool(plan.items))
        self.empty.setVisible(not plan.items)
        self.view.updateGeometry()
        self.setProperty("first", first)

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    # -- selection -------------------------------------------------------------
    def selected_item(self) -> Item | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def select_item(self, item_id: int, *, focus: bool = False) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.select_row(row, focus=focus)
        return True

    def select_row(self, row: int, *, focus: bool = False) -> None:
        row = min(row, self.model.rowCount() - 1)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        if focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_selection(self) -> None:
        self.view.selectionModel().clearSelection()
        self.view.setCurrentIndex(QModelIndex())

    def _remember_selection(self) -> None:
        item = self.selected_item()
        self._remembered = item.id if item else None

    def _restore_selection(self) -> None:
        if self._remembered is not None:
            self.select_item(self._remembered)
        self._remembered = None


def hard_end_text(plan: agenda.AgendaPlan) -> str:
    """When the acute block goes first, when it must stop."""
    first = plan.blocks[0]
    end = dt.datetime.combine(plan.date, plan.start) + dt.timedelta(minutes=first.budget)
    return words.clock_time(end)

