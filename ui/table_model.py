"""The base of the tables that show rows from the store: it loads them, reloads them
when the store reports a change of the right kind, and answers Qt's row, column and
header questions. A subclass says only what is particular to its table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from vergadering.store import Change, Store

from . import common

ModelIndex = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=HasId)


def subscribe_while_alive(owner: QObject, store: Store,
                          listener: Callable[[Change], None]) -> Callable[[], None]:
    """Listen to ``store`` until ``owner`` is destroyed (or the returned callable is called)."""

    def guarded(change: Change) -> None:
        if shiboken6.isValid(owner):
            listener(change)

    remove = store.subscribe(guarded)
    done = False

    def unsubscribe(*_args: object) -> None:
        nonlocal done
        if not done:
            done = True
            remove()

    owner.destroyed.connect(unsubscribe)
    return unsubscribe


class StoreTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of type ``RowT`` (anything with an ``id``) loaded from the store.

    A subclass gives ``refresh_on`` (the ``Change.kind`` values that reload the rows),
    ``headers()``, ``load_rows()`` and ``data()``. A reload resets the model; when it
    fails with a :class:`StoreError` the rows already shown stay and the next change
    retries. ``load_rows()`` runs during ``__init__``, so set any state it reads before
    calling ``super().__init__``.
    """

    refresh_on: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[RowT] = []
        self._headers = self.headers()  # asked for on every paint: translated once
        self._column_count = len(self._headers)
        self._stale = False
        self._load()
        subscribe_while_alive(self, store, self._on_change)
        if isinstance(parent, QWidget):
            parent.installEventFilter(self)

    # -- for subclasses ------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        """The column titles, translated; their number is the number of columns."""
        raise NotImplementedError

    def load_rows(self) -> list[RowT]:
        """The rows as the store has them now (may raise :class:`StoreError`)."""
        raise NotImplementedError

    # -- rows ----------------------------------------------------------------
    def _load(self) -> None:
        # Keep showing what we had (a table has no line to say why); the next change retries.
        rows = common.load(self.load_rows, lambda _text: None)
        if rows is not None:
            self._rows = rows

    def refresh(self) -> None:
        """Load the rows again (a model reset, so views keep no stale indexes)."""
        self._stale = False
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.affects(*self.refresh_on):
            owner = self.parent()
            if isinstance(owner, QWidget) and not owner.isVisible():
                self._stale = True  # reloaded when its page is shown again
            else:
                self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and self._stale and watched is self.parent():
            self.refresh()
        return False

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        """The row number of the row with this id, or -1 when it is not shown."""
        for row, item in enumerate(self._rows):
            if item.id == row_id:
                return row
        return -1

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
