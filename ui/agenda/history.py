"""The history of one agenda item: who changed what and when, in Dutch."""

from __future__ import annotations

import datetime as dt

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

from vergadering.dates import format_nl
from vergadering.items import Action, DecisionKind, Item, ItemChange
from vergadering.settings import Block, ItemType

from ..i18n import fill, tr
from ..kit import words
from ..messages import field_label

# The changed fields whose old and new values mean something when read back.
_SHOWN_VALUES = {"type", "block", "minutes", "proposed_decision"}


def _iso_date(value: object) -> str:
    try:
        return format_nl(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _value(field: str, value: object) -> str:
    if value is None or value == "":
        return tr("(leeg)")
    try:
        if field == "type":
            return words.type_name(ItemType(value))
        if field == "block":
            return words.block_name(Block(value))
        if field == "proposed_decision":
            return words.decision_name(DecisionKind(value))
    except ValueError:
        pass
    return str(value)


def _edited(details: dict[str, object]) -> str:
    parts = []
    for field, change in details.items():
        name = field_label(field.removesuffix("_id")).lower()
        if field in _SHOWN_VALUES and isinstance(change, list) and len(change) == 2:
            parts.append(f"{name} ({_value(field, change[0])} → {_value(field, change[1])})")
        else:
            parts.append(name)
    return fill(tr("gewijzigd: %1"), ", ".join(parts)) if parts else tr("gewijzigd")


def describe_change(change: ItemChange) -> str:
    """What happened, as one Dutch phrase."""
    d = change.details
    if change.action is Action.QUEUED:
        return tr("aangemeld")
    if change.action is Action.EDITED:
        return _edited(d)
    if change.action is Action.WITHDRAWN:
        return tr("ingetrokken")
    if change.action is Action.MOVED:
        old, new = d.get("block", ["", ""])
        return fill(tr("verplaatst van %1 naar %2"), _value("block", old),
                    _value("block", new))
    if change.action is Action.REORDERED:
        old, new = d.get("index", [0, 0])
        return fill(tr("volgorde gewijzigd: van plaats %1 naar %2"), int(old) + 1,
                    int(new) + 1)
    if change.action is Action.DEFERRED:
        old, new = d.get("meeting", ["", ""])
        return fill(tr("uitgesteld van de vergadering van %1 naar die van %2"),
                    _iso_date(old), _iso_date(new))
    if change.action is Action.CARRIED_OVER:
        old, new = d.get("meeting", ["", ""])
        return fill(tr("niet aan bod gekomen op %1, doorgeschoven naar %2"),
                    _iso_date(old), _iso_date(new))
    return change.action.value


def who(change: ItemChange) -> str:
    if change.by:
        return change.by
    return tr("automatisch") if change.action is Action.CARRIED_OVER else tr("onbekend")


class HistoryDialog(QDialog):
    def __init__(self, item: Item, changes: list[ItemChange],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geschiedenis van het agendapunt"))
        heading = QLabel(fill(self.tr("Agendapunt over %1 (%2), ingebracht door %3"),
                              item.client_reference, words.type_name(item.type),
                              item.presenter))
        heading.setWordWrap(True)
        self.table = QTableWidget(len(changes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Wanneer"), self.tr("Wie"),
                                              self.tr("Wat")])
        for row, change in enumerate(changes):
            when = f"{format_nl(change.at.date())} {words.clock_time(change.at)}"
            for column, text in enumerate((when, who(change), describe_change(change))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, 420)

    @classmethod
    def show_for(cls, item: Item, changes: list[ItemChange],
                 parent: QWidget | None = None) -> None:
        """Show the history (modal); tests replace this."""
        cls(item, changes, parent).exec()
