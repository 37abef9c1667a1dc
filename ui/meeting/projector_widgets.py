"""Painted parts of the projector: text that fits its box, the item-type badge (text and
shape, not only colour), the time bar, the full-window flash and the bell button.

Each keeps its words in ``text()`` so tests can read what the room sees.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QWidget

from vergadering.settings import ItemType
from vergadering.timeline import Phase

from ..kit.item_text import type_label
from . import projector_style as style

TYPE_SYMBOL = {ItemType.MEDEDELING: "●", ItemType.VRAAG: "?", ItemType.KWESTIE: "!!"}


def _font(base: QFont, pixels: float, weight: QFont.Weight = QFont.Weight.Bold) -> QFont:
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
        font = _font(self.font(), self.max_px)
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


class TypeBadge(QWidget):
    """The item type as a badge that differs by word, symbol and shape: a rounded pill
    with ● for a mededeling, a square box with ? for a vraag, a double-bordered hexagon
    with !! for a kwestie."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_type: ItemType | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_height(40)

    def text(self) -> str:
        if self.item_type is None:
            return ""
        return f"{TYPE_SYMBOL[self.item_type]} {type_label(self.item_type).upper()}"

    def set_type(self, item_type: ItemType | None) -> None:
        self.item_type = item_type
        self._resize()
        self.update()

    def set_height(self, pixels: float) -> None:
        self._height = max(12, round(pixels))
        self._resize()

    def _label_font(self) -> QFont:
        return _font(self.font(), self._height * 0.5, QFont.Weight.Black)

    def _resize(self) -> None:
        advance = QFontMetricsF(self._label_font()).horizontalAdvance(self.text())
        self.setFixedSize(math.ceil(advance + self._height * 1.4), self._height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if self.item_type is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = float(self.height())
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        fill = style.TYPE_FILL[self.item_type]
        ink = style.TYPE_INK
        painter.setBrush(fill)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.item_type is ItemType.MEDEDELING:
            painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        elif self.item_type is ItemType.VRAAG:
            painter.drawRect(box)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ink, max(2.0, h * 0.07)))
            inset = h * 0.07
            painter.drawRect(box.adjusted(inset, inset, -inset, -inset))
        else:
            painter.drawPolygon(self._hexagon(box))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ink, max(1.5, h * 0.045)))
            inset = h * 0.12
            painter.drawPolygon(self._hexagon(box.adjusted(inset, inset, -inset, -inset)))
        painter.setPen(ink)
        painter.setFont(self._label_font())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.text())

    @staticmethod
    def _hexagon(box: QRectF) -> QPolygonF:
        point = box.height() * 0.42
        mid = box.center().y()
        return QPolygonF([
            QPointF(box.left(), mid), QPointF(box.left() + point, box.top()),
            QPointF(box.right() - point, box.top()), QPointF(box.right(), mid),
            QPointF(box.right() - point, box.bottom()), QPointF(box.left() + point, box.bottom()),
        ])


class TimeBar(QWidget):
    """How much of the item's time is left, as a shrinking bar — readable without colour:
    a notch marks the last 20%, and on overrun the whole bar is striped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = 1.0  # share of the time left, 0..1
        self.phase = Phase.NORMAL
        self.paused = False
        self.idle = False  # the item has not started
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_time(self, left: float, phase: Phase, paused: bool = False, *,
                 idle: bool = False) -> None:
        self.left = min(1.0, max(0.0, left))
        self.phase = phase
        self.paused = paused
        self.idle = idle
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect())
        radius = box.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#34404d"))
        painter.drawRoundedRect(box, radius, radius)
        colour = QColor(style.DIM if self.idle else style.PAUSED if self.paused
                        else style.PHASE_COLOUR[self.phase])
        if self.phase is Phase.OVERRUN:
            painter.setBrush(colour)
            painter.drawRoundedRect(box, radius, radius)
            stripes = QBrush(QColor("#000000"), Qt.BrushStyle.BDiagPattern)
            painter.setBrush(stripes)
            painter.drawRoundedRect(box, radius, radius)
            return
        filled = QRectF(box.left(), box.top(), box.width() * self.left, box.height())
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, radius, radius)
        notch = box.left() + box.width() * 0.2  # the start of the last 20%
        painter.setPen(QPen(QColor(style.BACKGROUND), max(2.0, box.height() * 0.18)))
        painter.drawLine(QPointF(notch, box.top()), QPointF(notch, box.bottom()))


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
        self.background = QColor("#ffffff")
        self.ink = QColor("#000000")
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
        font = _font(self.font(), pixels, QFont.Weight.Black)
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
        ink = QColor("#000000" if down else (style.AMBER if enabled else style.DIM))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPath(bell_path(QRectF(box.left(), box.top() + h * 0.06, box.width(),
                                          h * 0.5)))
        painter.setPen(QColor("#000000") if down else QColor(style.TEXT))
        painter.setFont(_font(self.font(), h * 0.15))
        painter.drawText(QRectF(box.left(), box.top() + h * 0.57, box.width(), h * 0.22),
                         int(Qt.AlignmentFlag.AlignCenter), self.text())
        if self.keys_hint:
            painter.setPen(QColor("#000000") if down else QColor(style.MUTED))
            painter.setFont(_font(self.font(), h * 0.13, QFont.Weight.Normal))
            painter.drawText(QRectF(box.left(), box.top() + h * 0.79, box.width(), h * 0.18),
                             int(Qt.AlignmentFlag.AlignCenter), self.keys_hint)
