"""A headline figure of the Verloop: a large value over a short name, with a line of
detail under it (the figures themselves: docs/figures.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..kit import palette

STYLE = f"""
QFrame#figure {{ background: {palette.WHITE}; border: 1px solid {palette.BORDER};
    border-radius: 6px; }}
QFrame#figure QLabel {{ background: transparent; }}
QLabel#figureValue {{ font-size: 18pt; font-weight: 700; color: {palette.INK}; }}
QLabel#figureName {{ color: {palette.INK_SOFT}; }}
"""


class Figure(QFrame):
    """A headline figure: a large value over a short name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.value = QLabel()
        self.value.setObjectName("figureValue")
        self.detail = QLabel()
        self.detail.setObjectName("figureName")
        self.detail.setWordWrap(True)
        title = QLabel(name)
        title.setObjectName("figureName")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
