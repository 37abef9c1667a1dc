"""Small helpers shared by the widgets: running a domain operation and showing
what went wrong in Dutch, without losing what the user typed."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from vergadering.problems import Problem, ValidationError
from vergadering.store import Store, StoreError, StoreProblem

from .i18n import tr
from .messages import describe_all, describe_store_error

T = TypeVar("T")



@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while something may take a few seconds (a file another computer
    holds is waited for at most the store's wait): the window says it is working."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Niet gelukt"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()


def run_operation(parent: QWidget | None, operation: Callable[[], T], *,
                  store: Store | None = None,
                  problems: Callable[[list[Problem]], None] | None = None) -> T | None:
    """The one way the screens run a domain operation: its result, or None after the
    problem was shown (callers keep their input on None, so nothing typed is lost).

    - ``problems``: a form that shows validation problems beside its fields gets them;
      otherwise they are shown in a message.
    - With ``store``, a team file another computer holds never freezes the window: the
      operation waits a moment, and while the file stays busy a small window says
      "bezet" (the clock and the screens keep going) and it is tried again, up to the
      store's usual wait; the user can stop waiting. Each try is a whole transaction,
      rolled back when it could not start, so trying again is safe.
    """
    deadline = time.monotonic() + BUSY_GIVE_UP_S
    waiting: BusyWait | None = None
    try:
        while True:
            try:
                if store is None:
                    return operation()
                with store.waiting_at_most(BUSY_TRY_MS):
                    return operation()
            except ValidationError as error:
                if problems is not None:
                    problems(error.problems)
                else:
                    show_error(parent, describe_all(error.problems))
                return None
            except StoreError as error:
                busy_now = error.problem is StoreProblem.LOCKED and store is not None
                if busy_now and time.monotonic() < deadline:
                    if waiting is None:
                        waiting = BusyWait(parent)
                    if waiting.wait(BUSY_RETRY_MS):
                        continue
                    return None  # the user stopped waiting: nothing was changed
                if waiting is not None:
                    waiting.close()
                    waiting = None
                show_error(parent, describe_store_error(error))
                return None
    finally:
        if waiting is not None:
            waiting.close()


BUSY_TRY_MS = 150  # how long one try waits for the file inside SQLite
BUSY_RETRY_MS = 250  # between tries, the window keeps running
BUSY_GIVE_UP_S = 5.0  # as long as the store waits elsewhere (BUSY_TIMEOUT_MS)


class BusyWait:
    """The "bezet" state of :func:`run_operation`: a small modal window with a busy bar
    and a Stoppen button, shown while the team file is held elsewhere. Between tries the
    event loop runs, so the window repaints and the meeting's clock keeps ticking."""

    def __init__(self, parent: QWidget | None) -> None:
        self.stopped = False
        self.dialog = QProgressDialog(
            tr("De database is bezet: een collega slaat iets op. Even wachten…"),
            tr("Stoppen"), 0, 0, parent)
        self.dialog.setWindowTitle(tr("Bezet"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self._stop)
        self.dialog.show()

    def _stop(self) -> None:
        self.stopped = True

    def wait(self, milliseconds: int) -> bool:
        """Let the window run for a moment; False when the user stopped waiting."""
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        self.dialog.canceled.connect(loop.quit)
        loop.exec()
        self.dialog.canceled.disconnect(loop.quit)
        return not self.stopped

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


def load(operation: Callable[[], T], show: Callable[[str], None]) -> T | None:
    """The one way the screens read for display: the result, or None after the storage
    problem's Dutch text went to ``show`` (a page's status line); what is on screen
    stays as it is. Reads wait for a busy file as the store does (a moment)."""
    try:
        return operation()
    except StoreError as error:
        show(describe_store_error(error))
        return None
