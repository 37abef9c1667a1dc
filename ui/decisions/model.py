"""The decisions of one meeting as a table (one row per entry of the besluitenlijst)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.minutes import Minutes, MinutesEntry

from ..agenda import labels
from ..i18n import tr
from ..reports import minutes_text

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def course(entry: MinutesEntry) -> str:
    """The koers, or where the client was referred to (with the koers, if any)."""
    if entry.kind is DecisionKind.VERWIJZEN:
        referred = _one_line(entry.referred_to)
        return f"→ {referred}" + (f" · {_one_line(entry.koers)}" if entry.koers else "")
    if entry.kind is DecisionKind.AFSLUITEN and not entry.koers:
        return tr("behandeling afgesloten")
    return _one_line(entry.koers)


class DecisionsTableModel(QAbstractTableModel):
    CLIENT, KIND, COURSE, NEXT, WORDED_BY, CORRECTION = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes: Minutes | None = None
        # Two-line headers where the words are wider than the values: room for the koers.
        self._headers = (tr("Cliënt"), tr("Besluit"), tr("Koers / verwezen naar"),
                         tr("Volgende\nevaluatie"), tr("Geformuleerd\ndoor"), tr("✎"))

    def set_minutes(self, minutes: Minutes | None) -> None:
        self.beginResetModel()
        self.minutes = minutes
        self.endResetModel()

    def entry_at(self, row: int) -> MinutesEntry | None:
        if self.minutes is None or not 0 <= row < len(self.minutes.entries):
            return None
        return self.minutes.entries[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        if parent.isValid() or self.minutes is None:
            return 0
        return len(self.minutes.entries)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.CORRECTION:
            return tr("Correctie: dit besluit vervangt een eerder vastgelegd besluit")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None or not 0 <= index.column() < len(self._headers):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COURSE:
                return "\n".join(filter(None, (entry.referred_to, entry.koers,
                                               entry.date_reason)))
            if column == self.WORDED_BY:
                return minutes_text.worded_by(entry)
            if column == self.CORRECTION and entry.is_correction:
                return tr("Correctie van een eerder besluit; dit besluit geldt.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CORRECTION:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.UserRole:
            return entry.decision_id
        return None

    def _text(self, entry: MinutesEntry, column: int) -> str:
        if column == self.CLIENT:
            return entry.client_reference
        if column == self.KIND:
            return labels.decision_name(entry.kind)
        if column == self.COURSE:
            return course(entry)
        if column == self.NEXT:
            return format_nl(entry.next_evaluation) if entry.next_evaluation else "—"
        if column == self.WORDED_BY:  # the name; the role is in the tooltip
            return entry.worded_by or minutes_text.worded_by(entry)
        return "✎" if entry.is_correction else ""
