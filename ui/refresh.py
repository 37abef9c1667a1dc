"""Reloading a page after changes in the store: once for all changes of one operation,
and only while the page is visible; a hidden page is marked stale and reloads when shown.
Also: work put off until a widget's first paint (:func:`after_first_paint`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from vergadering.store import Change, Store

from .table_model import subscribe_while_alive


class RefreshOnChange(QObject):
    """``stale`` is True until the page's ``refresh`` succeeded; the page calls
    :meth:`start_refresh` at the start of its refresh and clears ``stale`` when done."""

    def __init__(self, page: QWidget, store: Store, kinds: tuple[str, ...],
                 refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self.stale = True
        self._page = page
        self._kinds = kinds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(refresh)
        subscribe_while_alive(page, store, self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.affects(*self._kinds):
            self.stale = True
            if self._page.isVisible():
                self._timer.start()  # once for all changes of one operation

    @property
    def scheduled(self) -> bool:
        """Whether a reload is waiting to run (it runs once the event loop turns)."""
        return self._timer.isActive()

    def start_refresh(self) -> None:
        """A refresh is under way: the one still scheduled is not needed."""
        self._timer.stop()


class _FirstPaint(QObject):
    """Calls back once, when the event loop turns after the watched widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``widget`` has been painted for the first time: work the first
    screen does not show waits until the screen is there (start-up: benchmarks/README.md)."""
    _FirstPaint(widget, callback)
