"""The preview of a caseload file as a Qt table: one row per data row, with what the
import will do with it (new, update, or skipped and why)."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QWidget

from vergadering import caseload
from vergadering.caseload import Action, CaseloadRow
from vergadering.dates import format_nl
from vergadering.problems import Code, Problem

from .i18n import fill
from .kit import palette
from .messages import describe

# Rows with errors: a light red background with dark text, readable in light and dark
# palettes alike (the text colour is set too, never left to the palette).
ERROR_BACKGROUND = QColor(palette.PROBLEM_BACKGROUND)
ERROR_FOREGROUND = QColor(palette.DANGER_DARK)
KEPT_FOREGROUND = QColor(palette.KEPT_TEXT)  # grey that stays legible on white and on dark grey


class Column(enum.IntEnum):
    LINE = 0
    CLIENT = 1
    BEHANDELAAR = 2
    CARE_START = 3
    LAST_EVALUATION = 4
    NEXT_EVALUATION = 5
    STATUS = 6


# Problem.field -> the column it is about (caseload names, and the domain's own names
# for problems found at import time).
_FIELD_COLUMNS = {
    caseload.CLIENT: Column.CLIENT,
    caseload.BEHANDELAAR: Column.BEHANDELAAR,
    caseload.CARE_START: Column.CARE_START,
    caseload.LAST_EVALUATION: Column.LAST_EVALUATION,
    caseload.NEXT_EVALUATION: Column.NEXT_EVALUATION,
    "care_start": Column.CARE_START,
    "last_evaluation": Column.LAST_EVALUATION,
    "next_evaluation": Column.NEXT_EVALUATION,
}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: "fout" for rows with problems, "goed" otherwise; the error filter matches on it.
STATE_ROLE = Qt.ItemDataRole.UserRole + 2


# Date problems whose "value" is an ISO date rather than what the file says.
_STORED_DATE_CODES = (Code.DATE_ORDER, Code.DATE_IN_FUTURE)


def _dutch_date(iso: str) -> str:
    try:
        return format_nl(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def _date(row: CaseloadRow, column: Column) -> dt.date | None:
    return {Column.CARE_START: row.care_start,
            Column.LAST_EVALUATION: row.last_evaluation,
            Column.NEXT_EVALUATION: row.next_evaluation}.get(column)


class PreviewModel(QAbstractTableModel):
    """One row per data row of the file, with what the import will do with it."""

    def __init__(self, rows: list[CaseloadRow], error_icon: QIcon | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._error_icon = error_icon or QIcon()
        self._headers = {
            Column.LINE: self.tr("Regel"),
            Column.CLIENT: self.tr("Cliënt"),
            Column.BEHANDELAAR: self.tr("Behandelaar"),
            # Two-line headers keep the date columns as narrow as the dates, which
            # leaves the width to the reasons in the status column.
            Column.CARE_START: self.tr("In zorg\nsinds"),
            Column.LAST_EVALUATION: self.tr("Laatste\nevaluatie"),
            Column.NEXT_EVALUATION: self.tr("Volgende\nevaluatie"),
            Column.STATUS: self.tr("Status"),
        }

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[Column(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def row(self, index: int) -> CaseloadRow:
        return self._rows[index]

    def refresh(self) -> None:
        """The rows' problems changed (a conflict found at import time)."""
        self.beginResetModel()
        self.endResetModel()

    def status_text(self, row: CaseloadRow) -> str:
        if row.problems:
            reasons = "\n".join(describe(p) for p in row.problems)
            return fill(self.tr("overslaan — %1"), reasons)
        if row.action is Action.UPDATE:
            return self.tr("bijwerken")
        return self.tr("nieuw")

    def _bad_columns(self, row: CaseloadRow) -> dict[Column, Problem]:
        bad: dict[Column, Problem] = {}
        for problem in row.problems:
            column = _FIELD_COLUMNS.get(problem.field)
            if column is not None:
                bad.setdefault(column, problem)
        return bad

    def _cell_text(self, row: CaseloadRow, column: Column) -> str:
        if column is Column.LINE:
            return str(row.line)
        if column is Column.CLIENT:
            text = row.reference
        elif column is Column.BEHANDELAAR:
            text = row.behandelaar
        elif column is Column.STATUS:
            return self.status_text(row)
        else:
            text = format_nl(_date(row, column))
        if not text:
            problem = self._bad_columns(row).get(column)
            if problem is not None and problem.code is Code.REQUIRED:
                text = self.tr("(leeg)")
            elif problem is not None and problem.code in _STORED_DATE_CODES:
                # Found at import time: the date is the one already stored.
                text = fill(self.tr("%1 (opgeslagen)"),
                            _dutch_date(str(problem.params.get("value", ""))))
            elif problem is not None:
                # A date that could not be read: show what the file says, so it can be found.
                text = str(problem.params.get("value", ""))
            elif self._keeps_stored(row, column):
                text = self.tr("(ongewijzigd)")
        return text

    @staticmethod
    def _keeps_stored(row: CaseloadRow, column: Column) -> bool:
        """An empty date cell of an update keeps the stored date; it does not clear it."""
        return (row.valid and row.action is Action.UPDATE
                and column in (Column.CARE_START, Column.LAST_EVALUATION,
                               Column.NEXT_EVALUATION))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.status_text(row) if row.problems else None
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == STATE_ROLE:
            return "fout" if row.problems else "goed"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column is Column.LINE
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignTop)
        if not row.problems:
            if (role == Qt.ItemDataRole.ForegroundRole and self._keeps_stored(row, column)
                    and _date(row, column) is None):
                return KEPT_FOREGROUND
            return None
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            return self._error_icon
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and column in self._bad_columns(row):
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        return None

    def _sort_key(self, row: CaseloadRow, column: Column) -> object:
        if column is Column.LINE:
            return row.line
        if column is Column.STATUS:
            return 0 if row.problems else (1 if row.action is Action.NEW else 2)
        if column in (Column.CLIENT, Column.BEHANDELAAR):
            return self._cell_text(row, column).casefold()
        day = _date(row, column)
        return day.isoformat() if day else ""


class ErrorFilter(QSortFilterProxyModel):
    """Sorts the preview and, when asked, shows only the rows with problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(STATE_ROLE)
        self.setFilterKeyColumn(Column.STATUS)

    def set_only_errors(self, only_errors: bool) -> None:
        self.setFilterFixedString("fout" if only_errors else "")
