"""Small helpers shared by the widgets: running a domain operation and showing
what went wrong in Dutch, without losing what the user typed."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vergadering.problems import ValidationError
from vergadering.store import StoreError

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


def run_operation(parent: QWidget | None, operation: Callable[[], T]) -> T | None:
    """Run a domain operation; on a problem the user can fix, show it and return None.

    Callers keep their input on None, so nothing typed is lost. Validation problems
    that a form shows inline should be caught by the form itself, before this.
    """
    try:
        return operation()
    except ValidationError as error:
        show_error(parent, describe_all(error.problems))
    except StoreError as error:
        show_error(parent, describe_store_error(error))
    return None
