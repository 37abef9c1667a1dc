"""The projector's bell and flashes: the full-window flash (time up, the bell) and the
big bell button anyone can press, both drawing the same table bell. Each keeps its words
in ``text()`` so tests can read what the room sees."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ..kit import palette
from . import projector_style as style
from .projector_fit import pixel_font


def bell_path(box: QRectF) -> QPainterPath:
    """A table bell (knob, body, rim and clapper) inside ``box``."""
    side = min(box.width(), box.height())
    x0 = box.center().x() - side / 2
    y0 = box.center().y() - side / 2

    def p(x: float, y: float) -> QPointF:
        return QPointF(x0 + x * side / 100, y0 + y * side / 100)

    body = QPainterPath()
    body.moveTo(p(50, 13))
    body.cubicTo(p(29, 13), p(24, 30), p(24, 47))
    body.lineTo(p(22, 64))
    body.cubicTo(p(20, 71), p(12, 73), p(9, 78))
    body.lineTo(p(91, 78))
    body.cubicTo(p(88, 73), p(80, 71), p(78, 64))
    body.lineTo(p(76, 47))
    body.cubicTo(p(76, 30), p(71, 13), p(50, 13))
    body.closeSubpath()
    knob = QPainterPath()
    knob.addEllipse(p(50, 10), side * 0.06, side * 0.06)
    rim = QPainterPath()
    rim.addRoundedRect(QRectF(p(6, 76), p(94, 83)), side * 0.03, side * 0.03)
    clapper = QPainterPath()
    clapper.addEllipse(p(50, 90), side * 0.075, side * 0.075)
    return body.united(knob).united(rim).united(clapper)


class FlashOverlay(QWidget):
    """Covers the whole window for a moment: the time-up flash or the bell."""

    def __init__(self, parent: QWidget, duration_ms: int) -> None:
        super().__init__(parent)
        self._text = ""
        self.with_bell = False
        self.background = QColor(palette.WHITE)
        self.ink = QColor(palette.BLACK)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(duration_ms)
        self.timer.timeout.connect(self.hide)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def text(self) -> str:
        return self._text

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def flash(self, text: str, background: str, ink: str, *, with_bell: bool = False) -> None:
        self._text = text
        self.background = QColor(background)
        self.ink = QColor(ink)
        self.with_bell = with_bell
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.update()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.background)
        box = QRectF(self.rect())
        h = box.height()
        if self.with_bell:
            bell_box = QRectF(box.left(), box.top() + h * 0.08, box.width(), h * 0.55)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.ink)
            painter.drawPath(bell_path(bell_box))
            text_box = QRectF(box.left(), box.top() + h * 0.66, box.width(), h * 0.26)
            pixels = h * 0.17
        else:
            text_box = box
            pixels = h * 0.24
        font = pixel_font(self.font(), pixels, QFont.Weight.Black)
        advance = QFontMetricsF(font).horizontalAdvance(self._text)
        if advance > box.width() * 0.92:
            font.setPixelSize(max(1, math.floor(pixels * box.width() * 0.92 / advance)))
        painter.setPen(self.ink)
        painter.setFont(font)
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), self._text)


class BellButton(QAbstractButton):
    """A big bell anyone can press; shows the keys that ring it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys_hint = ""
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        h = box.height()
        down = self.isDown()
        enabled = self.isEnabled()
        painter.setPen(QPen(QColor(style.MUTED if enabled else style.DIM), max(2.0, h * 0.025)))
        painter.setBrush(QColor(style.AMBER if down else style.PANEL))
        painter.drawRoundedRect(box, h * 0.12, h * 0.12)
        ink = QColor(palette.BLACK if down else (style.AMBER if enabled else style.DIM))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPath(bell_path(QRectF(box.left(), box.top() + h * 0.06, box.width(),
                                          h * 0.5)))
        painter.setPen(QColor(palette.BLACK) if down else QColor(style.TEXT))
        painter.setFont(pixel_font(self.font(), h * 0.15))
        painter.drawText(QRectF(box.left(), box.top() + h * 0.57, box.width(), h * 0.22),
                         int(Qt.AlignmentFlag.AlignCenter), self.text())
        if self.keys_hint:
            painter.setPen(QColor(palette.BLACK) if down else QColor(style.MUTED))
            painter.setFont(pixel_font(self.font(), h * 0.13, QFont.Weight.Normal))
            painter.drawText(QRectF(box.left(), box.top() + h * 0.79, box.width(), h * 0.18),
                             int(Qt.AlignmentFlag.AlignCenter), self.keys_hint)
