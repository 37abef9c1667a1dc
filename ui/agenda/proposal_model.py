"""The model of the evaluation proposal: the clients due for evaluation (rule 5) that fit
in what is left of the lopend block, for the chosen item type. The agenda page keeps it
loaded (its count is on the proposal button) from just after its first paint: the
proposal reads the whole caseload, which start-up must not wait for; the panel that shows
it is built when first shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from vergadering import agenda, members
from vergadering.agenda import Proposal
from vergadering.dates import format_nl
from vergadering.settings import ItemType
from vergadering.store import Store

from ..i18n import fill
from ..icons import warning_icon
from ..kit import words
from ..kit.plan_view import OVER_COLOR, REFRESH_ON
from ..table_model import ModelIndex, StoreTableModel


@dataclass(frozen=True)
class ProposalRow:
    proposal: Proposal
    has_presenter: bool  # the behandelaar exists and is active

    @property
    def id(self) -> int:
        return self.proposal.due.client_id


class ProposalTableModel(StoreTableModel[ProposalRow]):
    """The clients proposed for evaluation at the chosen item type's minutes."""

    CLIENT, BEHANDELAAR, LAST, DUE, WHEN = range(5)
    refresh_on = REFRESH_ON

    def __init__(self, store: Store, parent: QObject | None = None, *,
                 load: bool = True) -> None:
        self.item_type = ItemType.VRAAG  # read by load_rows(), which the base calls
        self.also_due = 0
        self.loaded = load  # False: no rows until load() (or a change) asks for them
        super().__init__(store, parent)

    def load(self) -> None:
        """Load the proposal now, if not yet loaded."""
        if not self.loaded:
            self.loaded = True
            self.refresh()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Cliënt"), self.tr("Behandelaar"), self.tr("Laatste evaluatie"),
                self.tr("Aan de beurt"), self.tr("Wanneer"))

    def load_rows(self) -> list[ProposalRow]:
        if not self.loaded:
            return []
        proposals = agenda.propose_evaluations(self._store, self.item_type)
        active = {m.id for m in members.list_members(self._store, include_inactive=False)}
        self.also_due = proposals.also_due
        return [ProposalRow(p, p.due.behandelaar_id in active) for p in proposals.fitting]

    def set_item_type(self, item_type: ItemType) -> None:
        if item_type is not self.item_type:
            self.item_type = item_type
            self.loaded = True
            self.refresh()

    def rows(self) -> list[ProposalRow]:
        return list(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        due = row.proposal.due
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CLIENT:
                return due.reference
            if column == self.BEHANDELAAR:
                if due.behandelaar is None:
                    return self.tr("geen behandelaar")
                if not row.has_presenter:
                    return fill(self.tr("%1 (inactief)"), due.behandelaar)
                return due.behandelaar
            if column == self.LAST:
                return format_nl(due.last_evaluation) if due.last_evaluation else self.tr("nooit")
            if column == self.DUE:
                return format_nl(due.due)
            return words.relative_due(due.due, self._store.clock.today())
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.BEHANDELAAR and not row.has_presenter:
                return QColor(OVER_COLOR)
            if column == self.WHEN and due.is_overdue(self._store.clock.today()):
                return QColor(OVER_COLOR)
        if role == Qt.ItemDataRole.DecorationRole and column == self.BEHANDELAAR \
                and not row.has_presenter:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.BEHANDELAAR \
                and not row.has_presenter:
            return self.tr("Bij opnemen vraagt de app wie deze cliënt inbrengt.")
        return None
