"""Painted parts of the projector: the item-type badge (word, symbol and shape, not only
colour) and the time bar (a notch and stripes, not only colour). Text that fits its box
is in :mod:`ui.meeting.projector_fit`, the flashes and the bell button in
:mod:`ui.meeting.projector_flash`.

The badge keeps its words in ``text()`` so tests can read what the room sees.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vergadering.settings import ItemType
from vergadering.timeline import Phase

from ..kit import palette
from ..kit.words import type_label
from . import projector_style as style
from .projector_fit import pixel_font

TYPE_SYMBOL = {ItemType.MEDEDELING: "●", ItemType.VRAAG: "?", ItemType.KWESTIE: "!!"}


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

    def _labelpixel_font(self) -> QFont:
        return pixel_font(self.font(), self._height * 0.5, QFont.Weight.Black)

    def _resize(self) -> None:
        advance = QFontMetricsF(self._labelpixel_font()).horizontalAdvance(self.text())
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
        painter.setFont(self._labelpixel_font())
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
        painter.setBrush(QColor(palette.PROJECTOR_TRACK))
        painter.drawRoundedRect(box, radius, radius)
        colour = QColor(style.DIM if self.idle else style.PAUSED if self.paused
                        else style.PHASE_COLOUR[self.phase])
        if self.phase is Phase.OVERRUN:
            painter.setBrush(colour)
            painter.drawRoundedRect(box, radius, radius)
            stripes = QBrush(QColor(palette.BLACK), Qt.BrushStyle.BDiagPattern)
            painter.setBrush(stripes)
            painter.drawRoundedRect(box, radius, radius)
            return
        filled = QRectF(box.left(), box.top(), box.width() * self.left, box.height())
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, radius, radius)
        notch = box.left() + box.width() * 0.2  # the start of the last 20%
        painter.setPen(QPen(QColor(style.BACKGROUND), max(2.0, box.height() * 0.18)))
        painter.drawLine(QPointF(notch, box.top()), QPointF(notch, box.bottom()))
