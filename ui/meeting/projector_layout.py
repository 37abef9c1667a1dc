"""The projector window's widgets and their sizes: the waiting page (before and after
the meeting) and the meeting page (the item, its timer, the banner, the next items and
the bell button), all sized in units of the window's height. What they show is set by
:class:`ui.meeting.projector.ProjectorWindow`."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from vergadering.items import Item
from vergadering.timeline import Upcoming

from ..kit.words import clock_time
from . import projector_style as style
from .projector_fit import ElidedLabel, FitText, pixel_font
from .projector_flash import BellButton, FlashOverlay
from .projector_widgets import TimeBar, TypeBadge

UPCOMING_ROWS = 4
NOT_REACHED_SYMBOL = "⚠"


def plain_label(name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumWidth(1)  # a long text must not widen the window beyond the screen
    return label


def set_colour(label: QLabel, colour: str) -> None:
    """Change a label's text colour (only when it changes: a style sheet re-polishes)."""
    if label.property("colour") != colour:
        label.setProperty("colour", colour)
        label.setStyleSheet(f"color: {colour};")


class UpcomingRow:
    """One line of the "next items" list: expected start, reference, type, mark."""

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self.when = plain_label("")
        self.when.setProperty("role", "when")
        self.ref = plain_label("")
        self.ref.setProperty("role", "ref")
        self.badge = TypeBadge()
        self.mark = plain_label("")
        self.mark.setProperty("role", "mark")
        grid.addWidget(self.when, row, 0)
        grid.addWidget(self.ref, row, 1)
        grid.addWidget(self.badge, row, 2, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.mark, row, 3)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.when, self.ref, self.badge, self.mark)

    def show(self, upcoming: Upcoming, item: Item, mark: str) -> None:
        self.when.setText(clock_time(upcoming.expected_start))
        self.ref.setText(item.client_reference)
        late = upcoming.probably_not_reached
        if self.ref.property("late") != late:
            self.ref.setProperty("late", late)
            self.ref.style().unpolish(self.ref)
            self.ref.style().polish(self.ref)
        self.badge.set_type(item.type)
        self.mark.setText(f"{NOT_REACHED_SYMBOL} {mark}" if late else "")
        for widget in self.widgets():
            widget.show()

    def clear(self) -> None:
        for label in (self.when, self.ref, self.mark):
            label.setText("")
        self.badge.set_type(None)
        for widget in self.widgets():
            widget.hide()



class ProjectorLayout(QWidget):
    """The projector's window with its widgets; ``flash_ms`` and ``bell_flash_ms`` are how
    long the time-up flash and the bell flash last."""

    def __init__(self, parent: QWidget | None, *, flash_ms: int, bell_flash_ms: int) -> None:
        # Never takes the focus from the chair's window: it is shown without being
        # activated and the window system is asked not to give it the keyboard (keys that
        # reach it anyway are handed to the chair's screen, see ProjectorWindow).
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self._unit = 2.0  # 1% of the height, set on every resize
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        # It never keeps the program running on its own: when the main window closes,
        # the program ends (and the main window closes the projector).
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(self.tr("Vergadering — beamer"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.pages = QStackedLayout(self)
        # Sizes follow the window (see _apply_scale), not the other way round.
        self.pages.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.waiting_page = self._build_waiting()
        self.meeting_page = self._build_meeting()
        self.pages.addWidget(self.waiting_page)
        self.pages.addWidget(self.meeting_page)
        self.flash_overlay = FlashOverlay(self, flash_ms)
        self.bell_overlay = FlashOverlay(self, bell_flash_ms)

    # -- building --------------------------------------------------------------
    def _build_waiting(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.wait_team = plain_label("waitTeam")
        self.wait_date = plain_label("waitDate")
        self.wait_start = plain_label("waitStart")
        self.wait_info = plain_label("waitInfo")
        for label in (self.wait_team, self.wait_date, self.wait_start, self.wait_info):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(3)
        self.wait_layout = layout
        return page

    def _build_meeting(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.outer = outer

        top = QHBoxLayout()
        self.team_label = plain_label("team")
        self.end_label = plain_label("end")
        top.addWidget(self.team_label)
        top.addStretch(1)
        top.addWidget(self.end_label)
        outer.addLayout(top)

        main = QHBoxLayout()
        self.main_layout = main
        left = QVBoxLayout()
        left.setSpacing(0)
        self.heading_label = plain_label("heading")
        self.reference = FitText()
        self.reference.setObjectName("reference")
        badges = QHBoxLayout()
        self.type_badge = TypeBadge()
        self.block_chip = plain_label("blockChip")
        badges.addWidget(self.type_badge)
        badges.addWidget(self.block_chip)
        badges.addStretch(1)
        self.badges_layout = badges
        self.presenter_label = ElidedLabel(1)
        self.presenter_label.setObjectName("presenter")
        self.question_label = ElidedLabel(3)
        self.question_label.setObjectName("question")
        left.addWidget(self.heading_label)
        left.addWidget(self.reference)
        left.addLayout(badges)
        self.left_gap = left.count()
        left.addSpacing(10)
        left.addWidget(self.presenter_label)
        left.addWidget(self.question_label)
        left.addStretch(1)
        self.left_layout = left
        main.addLayout(left, 60)

        self.timer_panel = QFrame()
        self.timer_panel.setObjectName("timerPanel")
        timer = QVBoxLayout(self.timer_panel)
        self.timer_layout = timer
        self.phase_label = plain_label("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = FitText(sample="+00:00", align=Qt.AlignmentFlag.AlignHCenter)
        self.countdown.setObjectName("countdown")
        self.time_bar = TimeBar()
        self.block_label = plain_label("block")
        self.block_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charged_label = plain_label("charged")
        self.charged_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer.addStretch(1)
        timer.addWidget(self.phase_label)
        timer.addWidget(self.countdown)
        timer.addWidget(self.time_bar)
        timer.addWidget(self.block_label)
        timer.addWidget(self.charged_label)
        timer.addStretch(1)
        main.addWidget(self.timer_panel, 40)
        outer.addLayout(main, 1)

        self.banner = plain_label("banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        outer.addWidget(self.banner)

        bottom = QHBoxLayout()
        upcoming = QVBoxLayout()
        upcoming.setSpacing(0)
        self.upcoming_header = plain_label("upcomingHeader")
        upcoming.addWidget(self.upcoming_header)
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        self.upcoming_grid = grid
        self.rows = [UpcomingRow(grid, n) for n in range(UPCOMING_ROWS)]
        upcoming.addLayout(grid)
        upcoming.addStretch(1)
        bottom.addLayout(upcoming, 1)
        self.bell_button = BellButton()
        self.bell_button.setText(self.tr("Belletje"))
        bottom.addWidget(self.bell_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(bottom)
        return page

    # -- scale -------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        """Sizes in units of 1% of the height (or less on a narrow window)."""
        u = max(2.0, min(self.height() / 100, self.width() / 160))
        self.setStyleSheet(style.stylesheet(u))
        margin = round(3 * u)
        self.outer.setContentsMargins(margin, round(2 * u), margin, round(2 * u))
        self.outer.setSpacing(round(1.2 * u))
        self.main_layout.setSpacing(round(3 * u))
        self.badges_layout.setSpacing(round(1.5 * u))
        gap = self.left_layout.itemAt(self.left_gap)
        if gap is not None and gap.spacerItem() is not None:
            gap.spacerItem().changeSize(0, round(1.5 * u))
        self.left_layout.invalidate()
        pad = round(2 * u)
        self.timer_layout.setContentsMargins(pad, pad, pad, pad)
        self.timer_layout.setSpacing(round(1.2 * u))
        self.upcoming_grid.setHorizontalSpacing(round(2 * u))
        self.upcoming_grid.setVerticalSpacing(round(0.4 * u))
        self.wait_layout.setSpacing(round(2.5 * u))
        self.reference.set_max_px(14 * u)
        self.countdown.set_max_px(19 * u)
        self.type_badge.set_height(6 * u)
        self.time_bar.setFixedHeight(round(2.8 * u))
        for row in self.rows:
            row.badge.set_height(3.6 * u)
        self.presenter_label.fit_height()
        self.question_label.fit_height()
        self._unit = u
        self.fit_bell_button()
        for overlay in (self.flash_overlay, self.bell_overlay):
            overlay.setGeometry(self.rect())

    def fit_bell_button(self) -> None:
        """A square of 15 units, wider where the keys under the bell need it: the button
        paints them at 13% of its height ("B / . / PgDown" ran to its edges)."""
        side = round(15 * self._unit)
        width = side
        hint = self.bell_button.keys_hint
        if hint:
            font = pixel_font(self.bell_button.font(), (side - 4) * 0.13, QFont.Weight.Normal)
            needs = QFontMetricsF(font).horizontalAdvance(hint)
            width = max(side, math.ceil(needs / 0.8) + 4)  # a margin either side
        self.bell_button.setFixedSize(width, side)
