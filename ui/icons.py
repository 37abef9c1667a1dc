"""The style's warning sign, made when it is first shown.

Touching ``QStyle`` from Python makes PySide6 set up that class and its many enums, a few
milliseconds at start-up for a sign that stays hidden until a block runs over."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel


def warning_icon() -> QIcon:
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def show_warning_sign(label: QLabel, size: int, visible: bool = True) -> None:
    """Show or hide the warning sign in ``label``, drawing it the first time it shows."""
    if visible and label.pixmap().isNull():
        label.setPixmap(warning_pixmap(size))
    label.setVisible(visible)


def warning_pixmap(size: int) -> QPixmap:
    return warning_icon().pixmap(QSize(size, size))
