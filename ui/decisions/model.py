"""The besluitenlijst of one meeting as tables: the decisions (one row per entry), and
the items that ended without a decision (rule 10: apart overleg, uitgesteld,
doorgeschoven, ingetrokken)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.minutes import Ending, Minutes, MinutesEntry, OtherEntry

from ..agenda import item_text, labels
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


def ending_text(other: OtherEntry) -> str:
    """What became of an item without a decision, in the words of the table."""
    if other.ending is Ending.CONSULTATION:
        return (tr("apart overleg — %1 koppelt terug uiterlijk %2")
                .replace("%1", other.consultation_by or "").replace(
                    "%2", format_nl(other.report_by)))
    if other.ending is Ending.DEFERRED:
        return tr("uitgesteld naar %1").replace("%1", format_nl(other.moved_to))
    if other.ending is Ending.CARRIED_OVER:
        if other.skipped:
            return tr("doorgeschoven naar %1 (overgeslagen)").replace(
                "%1", format_nl(other.moved_to))
        return tr("doorgeschoven naar %1 (niet aan bod gekomen)").replace(
            "%1", format_nl(other.moved_to))
    return tr("ingetrokken bij het afsluiten")


class OthersTableModel(QAbstractTableModel):
    """The items of the meeting that ended without a decision."""

    CLIENT, ENDING, TYPE, PRESENTER = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes: Minutes | None = None
        self._headers = (tr("Cliënt"), tr("Wat er gebeurde"), tr("Soort punt"),
                         tr("Inbrenger"))

    def set_minutes(self, minutes: Minutes | None) -> None:
        self.beginResetModel()
        self.minutes = minutes
        self.endResetModel()

    def other_at(self, row: int) -> OtherEntry | None:
        if self.minutes is None or not 0 <= row < len(self.minutes.others):
            return None
        return self.minutes.others[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        if parent.isValid() or self.minutes is None:
            return 0
        return len(self.minutes.others)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        other = self.other_at(index.row())
        if other is None or not 0 <= index.column() < len(self._headers):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CLIENT:
                return other.client_reference
            if column == self.ENDING:
                return ending_text(other)
            if column == self.TYPE:
                return f"{labels.type_name(other.item_type)} ({item_text.block_label(other.block)})"
            return other.presenter
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ENDING:
            return ending_text(other)
        if role == Qt.ItemDataRole.UserRole:
            return other.item_id
        return None
