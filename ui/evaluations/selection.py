"""The chosen rows of the Evaluaties overview: reading them in the order shown, selecting
clients (kept over a refresh), and which commands the choice allows. A mixin of
:class:`ui.evaluations.page.EvaluationsPage`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from vergadering.overview import Row

if TYPE_CHECKING:
    from .page import EvaluationsPage

    _Base = EvaluationsPage
else:
    _Base = object


class EvaluationSelection(_Base):
    """The overview's selection."""

    def selected_rows(self) -> list[Row]:
        """The chosen rows, in the order shown."""
        indexes = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        rows = (self.model.row_at(self.proxy.mapToSource(i).row()) for i in indexes)
        return [r for r in rows if r is not None]

    def current_row(self) -> Row | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return self.model.row_at(self.proxy.mapToSource(index).row())
        selected = self.selected_rows()
        return selected[0] if selected else None

    def shown_rows(self) -> list[Row]:
        return self.proxy.shown_rows()

    def select_clients(self, client_ids: set[int], current: int | None = None) -> None:
        """Select the shown rows of these clients (one selection change, also for many)."""
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        current_index = None
        for proxy_row, row in enumerate(self.proxy.shown_rows()):
            if row.client_id in client_ids:
                selection.select(self.proxy.index(proxy_row, 0),
                                 self.proxy.index(proxy_row, last))
                if row.client_id == current:
                    current_index = self.proxy.index(proxy_row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        if current_index is not None:
            self.view.selectionModel().setCurrentIndex(
                current_index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(current_index)

    def _remember_selection(self) -> None:
        current = self.current_row()
        self._remembered = ({r.client_id for r in self.selected_rows()},
                            current.client_id if current else None)

    def _restore_selection(self) -> None:
        ids, current = self._remembered
        if ids:
            self.select_clients(ids, current)
        self._update_count()
        self._update_actions()

    def _selected_count(self) -> int:
        # From the ranges: selectedRows() asks the model for every row (slow for 10,000).
        rows: set[int] = set()
        selection = self.view.selectionModel().selection()
        for n in range(selection.size()):
            part = selection.at(n)
            rows.update(range(part.top(), part.bottom() + 1))
        return len(rows)

    def _update_actions(self) -> None:
        chosen = self.view.selectionModel().hasSelection()
        self.agenda_action.setEnabled(chosen and not self.store.read_only)
        self.history_action.setEnabled(chosen)
        self.export_action.setEnabled(self.proxy.rowCount() > 0)
        self.ics_action.setEnabled(self.proxy.rowCount() > 0)
        self.export_button.setEnabled(self.proxy.rowCount() > 0)
        self._update_count()
