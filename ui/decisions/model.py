"""The besluitenlijst of one meeting as tables: the decisions (one row per entry), and
the items that ended without a decision (rule 10: apart overleg, uitgesteld,
doorgeschoven, ingetrokken)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vergadering.dates import format_nl
from vergadering.items import DecisionKind
from vergadering.minutes import Ending, Minutes, MinutesEntry, OtherEntry

from ..i18n import fill, tr
from ..kit import words
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


class _MinutesTableModel(QAbstractTableModel):
    """One part of a meeting's besluitenlijst as rows; subclasses say which part."""

    def __init__(self, headers: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes: Minutes | None = None
        self._headers = headers

    def _rows(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def set_minutes(self, minutes: Minutes | None) -> None:
        self.beginResetModel()
        self.minutes = minutes
        self.endResetModel()

    def _row(self, row: int) -> Any:
        rows = self._rows() if self.minutes is not None else ()
        return rows[row] if 0 <= row < len(rows) else None

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        if parent.isValid() or self.minutes is None:
            return 0
        return len(self._rows())

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DecisionsTableModel(_MinutesTableModel):
    CLIENT, KIND, COURSE, NEXT, WORDED_BY, CORRECTION = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        # Two-line headers where the words are wider than the values: room for the koers.
        super().__init__((tr("Cliënt"), tr("Besluit"), tr("Koers / verwezen naar"),
                          tr("Volgende\nevaluatie"), tr("Geformuleerd\ndoor"), tr("✎")),
                         parent)

    def _rows(self) -> tuple[MinutesEntry, ...]:
        assert self.minutes is not None
        return self.minutes.entries

    def entry_at(self, row: int) -> MinutesEntry | None:
        entry: MinutesEntry | None = self._row(row)
        return entry

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and section == self.CORRECTION
                and role == Qt.ItemDataRole.ToolTipRole):
            return tr("Correctie: dit besluit vervangt een eerder vastgelegd besluit")
        return super().headerData(section, orientation, role)

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
            return words.decision_name(entry.kind)
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
        return fill(tr("apart overleg — %1 koppelt terug uiterlijk %2"),
                    other.consultation_by or "", format_nl(other.report_by))
    if other.ending is Ending.DEFERRED:
        return fill(tr("uitgesteld naar %1"), format_nl(other.moved_to))
    if other.ending is Ending.CARRIED_OVER:
        if other.skipped:
            return fill(tr("doorgeschoven naar %1 (overgeslagen)"), format_nl(other.moved_to))
        return fill(tr("doorgeschoven naar %1 (niet aan bod gekomen)"),
                    format_nl(other.moved_to))
    return tr("ingetrokken bij het afsluiten")


class OthersTableModel(_MinutesTableModel):
    """The items of the meeting that ended without a decision."""

    CLIENT, ENDING, TYPE, PRESENTER = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((tr("Cliënt"), tr("Wat er gebeurde"), tr("Soort punt"),
                          tr("Inbrenger")), parent)

    def _rows(self) -> tuple[OtherEntry, ...]:
        assert self.minutes is not None
        return self.minutes.others

    def other_at(self, row: int) -> OtherEntry | None:
        other: OtherEntry | None = self._row(row)
        return other

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
                return f"{words.type_name(other.item_type)} ({words.block_label(other.block)})"
            return other.presenter
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ENDING:
            return ending_text(other)
        if role == Qt.ItemDataRole.UserRole:
            return other.item_id
        return None
