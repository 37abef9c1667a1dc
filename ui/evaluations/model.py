"""The overview as a Qt model: one row per active client, computed once per refresh by
the page and handed over whole (no query per row, no widget per row).

Sorting happens here, in Python, with one key per row: QSortFilterProxyModel would call
``data()`` for every comparison, which takes over half a second for 10,000 clients.
The proxy only filters (behandelaar, status, search as you type) and passes sorting on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPointF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from vergadering.dates import format_nl
from vergadering.overview import Row, Status

from ..i18n import fill
from ..kit import palette
from ..table_model import ModelIndex
from . import text

OVERDUE_COLOR = palette.DANGER
SOON_COLOR = palette.SOON  # dark amber: readable on white (contrast > 4.5)
ON_TRACK_COLOR = palette.OK
COLORS = {Status.OVERDUE: OVERDUE_COLOR, Status.DUE_SOON: SOON_COLOR,
          Status.ON_TRACK: ON_TRACK_COLOR}
NO_DATE = 10**7  # sorts after every date ordinal


def status_pixmap(status: Status, size: int = 16) -> QPixmap:
    """A shape per status, so it reads without colour: a red warning triangle (late), an
    amber clock (soon), a green tick (on track)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 16, size / 16)
    color = QColor(COLORS[status])
    if status is Status.OVERDUE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15, 14.5), QPointF(1, 14.5)]))
        painter.setPen(QPen(QColor(palette.WHITE), 2))
        painter.drawLine(QPointF(8, 5.5), QPointF(8, 10))
        painter.drawPoint(QPointF(8, 12.6))
    elif status is Status.DUE_SOON:
        painter.setPen(QPen(color, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(8, 8), 6.2, 6.2)
        painter.drawLine(QPointF(8, 8), QPointF(8, 4.2))
        painter.drawLine(QPointF(8, 8), QPointF(11, 9.5))
    else:
        painter.setPen(QPen(color, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        path = QPainterPath(QPointF(2.5, 8.5))
        path.lineTo(6.5, 12.5)
        path.lineTo(13.5, 3.5)
        painter.drawPath(path)
    painter.end()
    return pixmap


def _ordinal(day: Any) -> int:
    return day.toordinal() if day is not None else NO_DATE


class EvaluationTableModel(QAbstractTableModel):
    """The rows of :func:`vergadering.overview.rows`, in the chosen sort order."""

    CLIENT, BEHANDELAAR, LAST, DUE, STATUS, AGENDA = range(6)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base: list[Row] = []  # as the overview gives them: most overdue first
        self._rows: list[Row] = []  # in the chosen order
        self._inactive: frozenset[int] = frozenset()  # behandelaars no longer active
        self._sort_column = self.DUE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._icons: dict[Status, QIcon] = {}
        self._colors = {status: QColor(color) for status, color in COLORS.items()}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._headers = text.column_titles()

    # -- rows ----------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row], inactive_behandelaars: frozenset[int]) -> None:
        """Show ``rows`` (a model reset), sorted as the user last chose."""
        self.beginResetModel()
        self._inactive = inactive_behandelaars
        self._base = list(rows)
        self._rows = self._sorted(self._sort_column, self._sort_order)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def has_active_behandelaar(self, row: Row) -> bool:
        return row.behandelaar_id is not None and row.behandelaar_id not in self._inactive

    # -- sorting -------------------------------------------------------------
    def sort_key(self, column: int) -> Callable[[Row], Any]:
        """Numbers for dates and days, folded text for names."""
        if column == self.CLIENT:
            return lambda r: r.reference.casefold()
        if column == self.BEHANDELAAR:
            return lambda r: (r.behandelaar or "").casefold()
        if column == self.LAST:
            return lambda r: r.last_evaluation.toordinal() if r.last_evaluation else 0
        if column == self.STATUS:
            return lambda r: -r.days_overdue  # days left: the latest first, as Uiterlijk
        if column == self.AGENDA:
            return lambda r: _ordinal(r.on_agenda)
        return lambda r: r.due.toordinal()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[Row]:
        # Python's sort is stable in both directions: rows with equal keys keep the
        # overview's order (most overdue first, then by reference).
        if not 0 <= column < len(self._headers):
            return list(self._base)
        return sorted(self._base, key=self.sort_key(column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        position = {id(row): n for n, row in enumerate(old)}
        self._rows = self._sorted(column, order)
        new_row = [0] * len(old)
        for n, row in enumerate(self._rows):
            new_row[position[id(row)]] = n
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.SORT_ROLE:
            return self.sort_key(column)(row)
        if role == self.ID_ROLE:
            return row.client_id
        if column == self.STATUS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._colors[row.status]
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(row.status)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text.status_tooltip(row)
        if column == self.BEHANDELAAR and not self.has_active_behandelaar(row):
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Bij op de agenda zetten vraagt de app wie deze cliënt "
                               "inbrengt.")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.AGENDA and row.on_agenda:
            return fill(self.tr("Staat op de agenda van de vergadering van %1."),
                        text.on_agenda(row))
        return None

    def _display(self, row: Row, column: int) -> str:
        if column == self.CLIENT:
            return row.reference
        if column == self.BEHANDELAAR:
            return text.behandelaar(row, row.behandelaar_id not in self._inactive)
        if column == self.LAST:
            return text.last_evaluation(row)
        if column == self.DUE:
            return format_nl(row.due)
        if column == self.STATUS:
            return text.status(row)
        return text.on_agenda(row)

    def _icon(self, status: Status) -> QIcon:
        if status not in self._icons:
            self._icons[status] = QIcon(status_pixmap(status))
        return self._icons[status]


ALL = -1
NO_BEHANDELAAR = 0
_UNCHANGED = object()


class EvaluationFilterProxy(QSortFilterProxyModel):
    """Shows the rows of one behandelaar and/or one status whose reference contains the
    search text (case-insensitive); sorting is the source model's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._behandelaar = ALL
        self._status: Status | None = None

    def source(self) -> EvaluationTableModel:
        model = self.sourceModel()
        assert isinstance(model, EvaluationTableModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def set_search(self, needle: str) -> None:
        self._change_filter(needle=needle.strip().casefold())

    def set_behandelaar(self, member_id: int) -> None:
        """``ALL``, ``NO_BEHANDELAAR`` or a member id."""
        self._change_filter(behandelaar=member_id)

    def set_status(self, status: Status | None) -> None:
        """One status, or None for all."""
        self._change_filter(status=status)

    def is_filtered(self) -> bool:
        return bool(self._needle) or self._behandelaar != ALL or self._status is not None

    def _change_filter(self, *, needle: str | None = None, behandelaar: int | None = None,
                       status: Status | None | object = _UNCHANGED) -> None:
        # Qt 6.10 wants beginFilterChange() before and endFilterChange() after the
        # change; invalidateRowsFilter() is the older way (to be deprecated in 6.13).
        new_api = hasattr(self, "endFilterChange")
        if new_api:
            self.beginFilterChange()
        if needle is not None:
            self._needle = needle
        if behandelaar is not None:
            self._behandelaar = behandelaar
        if status is not _UNCHANGED:
            assert status is None or isinstance(status, Status)
            self._status = status
        if new_api:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        row = self.source().row_at(source_row)
        if row is None:
            return False
        if self._status is not None and row.status is not self._status:
            return False
        if self._behandelaar != ALL and (row.behandelaar_id or NO_BEHANDELAAR) \
                != self._behandelaar:
            return False
        return not self._needle or self._needle in row.reference.casefold()

    def shown_rows(self) -> list[Row]:
        """The rows as shown: filtered, in the shown order."""
        source = self.source()
        rows = (source.row_at(self.mapToSource(self.index(n, 0)).row())
                for n in range(self.rowCount()))
        return [r for r in rows if r is not None]
