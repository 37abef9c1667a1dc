"""Text on the projector that fits its box: one line of big text as large as the box
allows (the reference, the countdown), and a label of at most a few lines that ends in
"…" (the presenter, the question). Each keeps its words (``text()``, ``full_text``) so
tests can read what the room sees."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from . import projector_style as style


def pixel_font(base: QFont, pixels: float, weight: QFont.Weight = QFont.Weight.Bold) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setWeight(weight)
    return font


def elide_lines(text: str, font: QFont, width: int, max_lines: int) -> str:
    """``text`` wrapped at ``width`` pixels into at most ``max_lines`` lines, the last
    one ending in "…" when it does not fit."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return text
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(spans) <= max_lines:
        return "\n".join(text[s:s + n].strip() for s, n in spans)
    kept = [text[s:s + n].strip() for s, n in spans[:max_lines - 1]]
    rest = text[spans[max_lines - 1][0]:]
    metrics = QFontMetricsF(font)
    kept.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(kept)


class ElidedLabel(QLabel):
    """A plain-text label of at most ``max_lines`` lines; longer text ends in "…".
    ``full_text`` keeps what was set."""

    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def fit_height(self) -> None:
        """Reserve room for ``max_lines`` lines in the current font."""
        spacing = QFontMetricsF(self.font()).lineSpacing()
        margins = self.contentsMargins()
        self.setFixedHeight(math.ceil(spacing * self.max_lines) + margins.top()
                            + margins.bottom() + 2)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(elide_lines(self.full_text, self.font(), width, self.max_lines))


class FitText(QWidget):
    """One line of big text, as large as ``max_px`` allows; smaller when the box is too
    narrow. ``sample`` (e.g. ``"+00:00"``) keeps the size steady as the text changes."""

    def __init__(self, parent: QWidget | None = None, *, sample: str = "",
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        super().__init__(parent)
        self._text = ""
        self.sample = sample
        self.align = align
        self.max_px = 40.0
        self.colour = QColor(style.TEXT)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str, colour: str | QColor | None = None) -> None:
        changed = text != self._text
        self._text = text
        if colour is not None and QColor(colour) != self.colour:
            self.colour = QColor(colour)
            changed = True
        if changed:
            self.update()

    def set_max_px(self, pixels: float) -> None:
        self.max_px = pixels
        self.setFixedHeight(math.ceil(pixels * 1.22))
        self.update()

    def font_for_width(self) -> QFont:
        font = pixel_font(self.font(), self.max_px)
        sample = self.sample or self._text
        advance = QFontMetricsF(font).horizontalAdvance(sample) if sample else 0
        if advance > self.width() > 0:
            font.setPixelSize(max(1, math.floor(self.max_px * self.width() / advance)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self.colour)
        font = self.font_for_width()
        if not self.sample and QFontMetricsF(font).horizontalAdvance(self._text) > self.width():
            text = QFontMetricsF(font).elidedText(self._text, Qt.TextElideMode.ElideRight,
                                                  self.width())
        else:
            text = self._text
        painter.setFont(font)
        painter.drawText(self.rect(), int(self.align | Qt.AlignmentFlag.AlignVCenter), text)
