"""The figures at the top of the Evaluaties page, large enough to read from across the
table: how many active clients were evaluated within the horizon, how many are late,
and whether the lopend block can keep up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vergadering.figures import WithinTerm
from vergadering.forecast import Capacity
from vergadering.overview import Status

from ..i18n import count, fill
from ..kit import figures as figure_words
from ..kit import palette
from .model import ON_TRACK_COLOR, OVERDUE_COLOR, status_pixmap

STYLE = f"""
#headlineCard {{ background: {palette.WHITE}; border: 1px solid {palette.BORDER};
    border-radius: 8px; }}
#headlineMain {{ font-size: 15pt; font-weight: 600; color: {palette.INK}; }}
#headlineSub {{ color: {palette.INK_SOFT}; }}
QProgressBar#withinBar {{ border: none; background: {palette.TRACK}; border-radius: 4px;
    max-height: 8px; }}
QProgressBar#withinBar::chunk {{ background: {palette.ACCENT}; border-radius: 4px; }}
"""


def _card() -> tuple[QWidget, QVBoxLayout]:
    card = QWidget()
    card.setObjectName("headlineCard")
    card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(6)
    return card, layout


class HeadlineBar(QWidget):
    capacityClicked = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        within_card, within_layout = _card()
        self.within = QLabel()
        self.within.setObjectName("headlineMain")
        self.within.setWordWrap(True)
        self.within_bar = QProgressBar()
        self.within_bar.setObjectName("withinBar")
        self.within_bar.setTextVisible(False)
        self.within_bar.setRange(0, 100)
        within_layout.addWidget(self.within)
        within_layout.addWidget(self.within_bar)
        within_layout.addStretch(1)

        late_card, late_layout = _card()
        self.late_icon = QLabel()
        self.late = QLabel()
        self.late.setObjectName("headlineLate")
        late_row = QHBoxLayout()
        late_row.setSpacing(10)
        late_row.addWidget(self.late_icon)
        late_row.addWidget(self.late, 1)
        self.soon = QLabel()
        self.soon.setObjectName("headlineSub")
        self.soon.setWordWrap(True)
        late_layout.addLayout(late_row)
        late_layout.addWidget(self.soon)
        late_layout.addStretch(1)

        capacity_card, capacity_layout = _card()
        self.capacity = QLabel()
        self.capacity.setObjectName("headlineCapacity")
        self.capacity.setWordWrap(True)
        self.capacity_button = QPushButton(self.tr("Capaciteit bekijken"))
        self.capacity_button.setObjectName("capacityLink")
        self.capacity_button.setFlat(True)
        self.capacity_button.setStyleSheet(f"QPushButton#capacityLink {{ color: {palette.ACCENT}; "
                                           "text-decoration: underline; padding: 0; "
                                           "text-align: left; }")
        self.capacity_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.capacity_button.clicked.connect(self.capacityClicked)
        capacity_layout.addWidget(self.capacity)
        capacity_layout.addWidget(self.capacity_button, 0, Qt.AlignmentFlag.AlignLeft)
        capacity_layout.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(within_card, 5)
        layout.addWidget(late_card, 3)
        layout.addWidget(capacity_card, 3)

    def show_headline(self, headline: WithinTerm, horizon_months: int, due_soon: int) -> None:
        self.within.setText(figure_words.within_term_text(headline))
        self.within.setToolTip(figure_words.within_term_tip(horizon_months))
        self.within_bar.setValue(headline.percentage or 0)
        late = headline.overdue
        self.late.setText(fill(self.tr("%1 te laat"), late) if late
                          else self.tr("Niemand te laat"))
        color = OVERDUE_COLOR if late else ON_TRACK_COLOR
        self.late.setStyleSheet(f"font-size: 22pt; font-weight: 700; color: {color};")
        self.late_icon.setPixmap(status_pixmap(Status.OVERDUE if late else Status.ON_TRACK, 30))
        self.soon.setText(count(due_soon, self.tr("%n cliënt binnen vier weken aan de beurt"),
                                self.tr("%n cliënten binnen vier weken aan de beurt")))

    def show_capacity_pending(self) -> None:
        """While the forecast is being made (a moment on a large caseload)."""
        self.capacity.setText(self.tr("Capaciteit wordt berekend…"))
        self.capacity.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {palette.HINT};")

    def show_capacity(self, capacity: Capacity) -> None:
        """The capacity tab's verdict in short."""
        plan = capacity.forecast
        weeks = plan.weeks_to_clear()
        if weeks is None:
            text, color = self.tr("✗ In dit tempo niet bij te houden"), OVERDUE_COLOR
        elif weeks == 0:
            text, color = self.tr("✓ Het team kan het bijhouden"), ON_TRACK_COLOR
        else:
            text = count(weeks, self.tr("✓ Achterstand weg over %n week"),
                         self.tr("✓ Achterstand weg over %n weken"))
            color = ON_TRACK_COLOR
        self.capacity.setText(text)
        self.capacity.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {color};")
