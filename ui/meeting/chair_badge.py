"""Painted marks of the chair's screen: an item type badge that differs by shape and text,
not only by colour (circle: mededeling, diamond: vraag, triangle: kwestie), and the bell."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vergadering.settings import ItemType

from ..kit import palette, words
from ..kit.plan_view import TYPE_COLORS


def draw_shape(painter: QPainter, item_type: ItemType, box: QRectF, color: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if item_type is ItemType.MEDEDELING:
        painter.drawEllipse(box)
    elif item_type is ItemType.VRAAG:
        c = box.center()
        painter.drawPolygon(QPolygonF([QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                                       QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())]))
    else:
        painter.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()),
                                       QPointF(box.right(), box.bottom()),
                                       QPointF(box.left(), box.bottom())]))


class TypeBadge(QWidget):
    """``◆ VRAAG`` in a rounded frame of the type's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._type: ItemType | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)

    def item_type(self) -> ItemType | None:
        return self._type

    def text(self) -> str:
        return words.type_name(self._type).upper() if self._type is not None else ""

    def set_type(self, item_type: ItemType | None) -> None:
        self._type = item_type
        self.setAccessibleName(self.text())
        self.setToolTip(self.text().lower())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        metrics = self.fontMetrics()
        height = metrics.height() + 12
        return QSize(metrics.horizontalAdvance(self.text()) + height + 22, height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if self._type is None:
            return
        color = QColor(TYPE_COLORS[self._type])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(color, 2.5))
        painter.setBrush(QColor(palette.WHITE))
        painter.drawRoundedRect(frame, 6, 6)
        side = frame.height() - 14
        shape = QRectF(frame.left() + 9, frame.top() + 7, side, side)
        draw_shape(painter, self._type, shape, color)
        painter.setPen(color.darker(140))
        text_box = frame.adjusted(side + 17, 0, -8, 0)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.text())
        painter.end()


_ICONS: dict[ItemType, QIcon] = {}


def type_icon(item_type: ItemType) -> QIcon:
    """The type's shape in its colour, for lists."""
    if item_type not in _ICONS:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_shape(painter, item_type, QRectF(1, 1, 12, 12), QColor(TYPE_COLORS[item_type]))
        painter.end()
        _ICONS[item_type] = QIcon(pixmap)
    return _ICONS[item_type]


def bell_icon(size: int, color: str = palette.INK) -> QIcon:
    """A bell: a dome on a rim, with its clapper."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    s = float(size)
    path = QPainterPath()
    path.moveTo(0.18 * s, 0.74 * s)
    path.cubicTo(0.26 * s, 0.62 * s, 0.24 * s, 0.22 * s, 0.5 * s, 0.16 * s)
    path.cubicTo(0.76 * s, 0.22 * s, 0.74 * s, 0.62 * s, 0.82 * s, 0.74 * s)
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawRoundedRect(QRectF(0.1 * s, 0.72 * s, 0.8 * s, 0.08 * s), 0.03 * s, 0.03 * s)
    painter.drawEllipse(QPointF(0.5 * s, 0.86 * s), 0.07 * s, 0.07 * s)
    painter.drawEllipse(QPointF(0.5 * s, 0.13 * s), 0.05 * s, 0.05 * s)
    painter.end()
    return QIcon(pixmap)
