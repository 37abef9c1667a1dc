"""The projector (beamer) view: what the whole room reads during the meeting.

Dark, high contrast, sizes relative to the window height. It shows the current client
reference, the item type as a badge, the block, the presenter and their question, the
item countdown with a bar and words (not only colour), the block time, the expected end,
and the next items. In privacy mode only the reference, the type and the timers. Never
any other client data (behandelaar, state of the process, koers).

The bell can be rung here too: the big button, or a key that presentation clickers send
(:func:`ui.meeting.bell.bell_keys`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QScreen
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

from vergadering import meetings
from vergadering import settings as team_settings
from vergadering.items import Item, ItemStatus, list_items
from vergadering.meetings import MeetingStatus
from vergadering.settings import Block, TeamSettings
from vergadering.store import StoreError
from vergadering.timeline import MeetingState, Phase, Upcoming

from ..kit.item_text import block_label
from ..kit.labels import clock_time, long_date
from . import projector_style as style
from . import projector_text as text
from .bell import Bell, bell_keys, is_bell_key
from .controller import MeetingController
from .projector_widgets import BellButton, ElidedLabel, FitText, FlashOverlay, TimeBar, TypeBadge

log = logging.getLogger(__name__)

FLASH_MS = 1000
BELL_FLASH_MS = 1500
UPCOMING_ROWS = 4
UPCOMING_ROWS_WITH_BANNER = 3
NOT_REACHED_SYMBOL = "⚠"


def _screens() -> list[QScreen]:
    return QGuiApplication.screens()


def _primary_screen() -> QScreen | None:
    return QGuiApplication.primaryScreen()


def _label(name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumWidth(1)  # a long text must not widen the window beyond the screen
    return label


def _set_colour(label: QLabel, colour: str) -> None:
    """Change a label's text colour (only when it changes: a style sheet re-polishes)."""
    if label.property("colour") != colour:
        label.setProperty("colour", colour)
        label.setStyleSheet(f"color: {colour};")


class _UpcomingRow:
    """One line of the "next items" list: expected start, reference, type, mark."""

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self.when = _label("")
        self.when.setProperty("role", "when")
        self.ref = _label("")
        self.ref.setProperty("role", "ref")
        self.badge = TypeBadge()
        self.mark = _label("")
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


class ProjectorWindow(QWidget):
    """The beamer view of ``controller``'s meeting. ``flash_ms`` and ``bell_flash_ms``
    are how long the time-up flash and the bell flash last."""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None, *,
                 flash_ms: int = FLASH_MS, bell_flash_ms: int = BELL_FLASH_MS,
                 bell: Bell | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.bell = bell if bell is not None else Bell(self)
        self.settings = TeamSettings()
        self.keys: list[QKeySequence] = []
        self._previous: tuple[int, bool] | None = None  # (item, time up) at the last tick
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

        controller.changed.connect(self._on_changed)
        controller.ticked.connect(self.show_state)
        controller.timeUp.connect(self._on_time_up)
        controller.bellRung.connect(self._on_bell)
        self.resize(1280, 720)
        self._on_changed()

    # -- building --------------------------------------------------------------
    def _build_waiting(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.wait_team = _label("waitTeam")
        self.wait_date = _label("waitDate")
        self.wait_start = _label("waitStart")
        self.wait_info = _label("waitInfo")
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
        self.team_label = _label("team")
        self.end_label = _label("end")
        top.addWidget(self.team_label)
        top.addStretch(1)
        top.addWidget(self.end_label)
        outer.addLayout(top)

        main = QHBoxLayout()
        self.main_layout = main
        left = QVBoxLayout()
        left.setSpacing(0)
        self.heading_label = _label("heading")
        self.reference = FitText()
        self.reference.setObjectName("reference")
        badges = QHBoxLayout()
        self.type_badge = TypeBadge()
        self.block_chip = _label("blockChip")
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
        self.phase_label = _label("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = FitText(sample="+00:00", align=Qt.AlignmentFlag.AlignHCenter)
        self.countdown.setObjectName("countdown")
        self.time_bar = TimeBar()
        self.block_label = _label("block")
        self.block_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charged_label = _label("charged")
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

        self.banner = _label("banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        outer.addWidget(self.banner)

        bottom = QHBoxLayout()
        upcoming = QVBoxLayout()
        upcoming.setSpacing(0)
        self.upcoming_header = _label("upcomingHeader")
        upcoming.addWidget(self.upcoming_header)
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        self.upcoming_grid = grid
        self.rows = [_UpcomingRow(grid, n) for n in range(UPCOMING_ROWS)]
        upcoming.addLayout(grid)
        upcoming.addStretch(1)
        bottom.addLayout(upcoming, 1)
        self.bell_button = BellButton()
        self.bell_button.setText(self.tr("Belletje"))
        self.bell_button.clicked.connect(self.ring)
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
        self.bell_button.setFixedSize(round(15 * u), round(15 * u))
        for overlay in (self.flash_overlay, self.bell_overlay):
            overlay.setGeometry(self.rect())

    # -- data ----------------------------------------------------------------------
    @property
    def privacy(self) -> bool:
        return self.settings.privacy_mode

    @property
    def flashing(self) -> bool:
        """The one-time flash at the moment an item's time is up."""
        return self.flash_overlay.active

    @property
    def bell_flashing(self) -> bool:
        return self.bell_overlay.active

    def _on_changed(self) -> None:
        try:
            self.settings = team_settings.load(self.controller.store)
        except StoreError:
            log.debug("projector: settings not read", exc_info=True)
        self.keys = bell_keys()
        self.bell_button.keys_hint = " / ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys)
        self.bell_button.update()
        self.team_label.setText(self.settings.team_name)
        if self.controller.meeting is None:
            self._show_waiting()
        else:
            self.show_state(self.controller.state())

    def _show_waiting(self) -> None:
        self._previous = None
        self.banner.hide()
        store = self.controller.store
        start = clock_time(self.settings.meeting_start)
        self.wait_team.setText(self.settings.team_name)
        try:
            today = meetings.find(store, store.clock.today())
            date = meetings.upcoming_date(store, self.settings)
            count = len(list_items(store, date, ItemStatus.QUEUED))
        except StoreError:
            log.debug("projector: next meeting not read", exc_info=True)
            today, date, count = None, store.clock.today(), 0
        if today is not None and today.status is MeetingStatus.CLOSED:
            self.wait_date.setText(long_date(today.date))
            self.wait_start.setText(self.tr("De vergadering is afgelopen"))
            self.wait_info.setText(self.tr("Volgende vergadering: %1, %2").replace(
                "%1", long_date(date)).replace("%2", start))
        else:
            self.wait_date.setText(long_date(date))
            self.wait_start.setText(self.tr("De vergadering begint om %1").replace("%1", start))
            self.wait_info.setText(
                "" if not count else self.tr("1 punt op de agenda") if count == 1
                else self.tr("%1 punten op de agenda").replace("%1", str(count)))
        self.pages.setCurrentWidget(self.waiting_page)

    def show_state(self, state: MeetingState | None) -> None:
        """Show the meeting at ``state`` (called every tick)."""
        if state is None or self.controller.meeting is None:
            self._show_waiting()
            return
        self.pages.setCurrentWidget(self.meeting_page)
        items = self.controller.items
        current = state.current
        item = items.get(current.item_id) if current is not None else None
        upcoming = [u for u in state.upcoming if u.item_id in items]
        shown = item
        if item is None and upcoming:
            shown = items[upcoming[0].item_id]
            upcoming = upcoming[1:]
        self._show_item(shown, is_current=item is not None)
        self._show_timer(state, item, shown)
        self._show_banner(state)
        self._show_upcoming(upcoming)
        self.end_label.setText(text.expected_end(state))
        late = state.late_by >= 60
        _set_colour(self.end_label, style.AMBER if late else style.TEXT)
        self._check_time_up(state)

    def _show_item(self, item: Item | None, *, is_current: bool) -> None:
        done = sum(1 for i in self.controller.items.values() if i.outcome is not None)
        total = len(self.controller.items)
        if item is None:
            self.heading_label.setText(self.tr("Alle punten zijn besproken"))
        elif is_current:
            self.heading_label.setText(self.tr("Punt %1 van %2").replace(
                "%1", str(done + 1)).replace("%2", str(total)))
        else:
            self.heading_label.setText(self.tr("Volgende: punt %1 van %2").replace(
                "%1", str(done + 1)).replace("%2", str(total)))
        self.reference.set_text(item.client_reference if item else "",
                                style.TEXT if is_current else style.MUTED)
        self.type_badge.set_type(item.type if item else None)
        private = self.privacy or item is None
        self.block_chip.setText("" if private or item is None else self.tr("blok %1").replace(
            "%1", block_label(item.block).upper()))
        self.block_chip.setVisible(not private)
        presenter = "" if private or item is None else item.presenter
        self.presenter_label.set_full_text(
            self.tr("Inbrenger: %1").replace("%1", presenter) if presenter else "")
        self.question_label.set_full_text("" if private or item is None else item.question)
        self.presenter_label.setVisible(not private)
        self.question_label.setVisible(not private)

    def _show_timer(self, state: MeetingState, item: Item | None, shown: Item | None) -> None:
        current = state.current
        if current is not None and item is not None:
            colour = style.PAUSED if state.paused else style.PHASE_COLOUR[current.phase]
            self.phase_label.setText(text.phase_words(current, state.paused))
            _set_colour(self.phase_label, colour)
            self.countdown.set_text(text.countdown(current.remaining), colour)
            share = current.remaining / current.allowed if current.allowed > 0 else 0.0
            self.time_bar.set_time(share, current.phase, state.paused)
            timeline = self.controller.timeline
            # The block its time counts in (an item taken anyway keeps its own block,
            # which got the minutes it was given).
            block = (timeline.block_of(item.id) if timeline is not None else None) or item.block
        else:
            self.phase_label.setText(self.tr("gepland") if shown else "")
            _set_colour(self.phase_label, style.MUTED)
            self.countdown.set_text(text.countdown(shown.minutes * 60) if shown else "",
                                    style.MUTED)
            self.time_bar.set_time(1.0, Phase.NORMAL, idle=True)
            block = shown.block if shown else self.settings.first_block
        self.time_bar.setVisible(shown is not None)
        block_clock = state.blocks[block]
        self.block_label.setText(text.block_time(block_clock, named=not self.privacy))
        _set_colour(self.block_label, style.PHASE_COLOUR[block_clock.phase])
        self.charged_label.setText(text.charged(state))
        self.charged_label.setVisible(bool(self.charged_label.text()))

    def _show_banner(self, state: MeetingState) -> None:
        if state.paused:
            words, kind = self.tr("PAUZE — de tijd staat stil"), "pause"
        elif state.current is not None and state.block_time_up is not None:
            # The block's time up, as the chair's prompt; in privacy mode without the
            # block's name (the projector then shows only the reference).
            if self.privacy:
                words = self.tr("De tijd voor dit blok is op — wat is het besluit?")
            elif state.block_time_up is Block.ACUUT:
                words = self.tr("Tijd voor acute punten is op — wat is het besluit?")
            else:
                words = self.tr("Tijd voor lopende behandelingen is op — wat is het besluit?")
            kind = "time"
        elif state.current is not None and state.current.time_up:
            words, kind = self.tr("Tijd om — wat is het besluit?"), "time"
        else:
            words, kind = "", ""
        if self.banner.property("kind") != kind:
            self.banner.setProperty("kind", kind)
            self.banner.style().unpolish(self.banner)
            self.banner.style().polish(self.banner)
        self.banner.setText(words)
        self.banner.setVisible(bool(words))

    def _show_upcoming(self, upcoming: list[Upcoming]) -> None:
        items = self.controller.items
        late = sum(1 for u in upcoming if u.probably_not_reached)
        count = len(upcoming)
        header = ("" if not count else self.tr("Straks: nog 1 punt") if count == 1
                  else self.tr("Straks: nog %1 punten").replace("%1", str(count)))
        if late:
            header += f"  {NOT_REACHED_SYMBOL} " + (
                self.tr("1 komt waarschijnlijk niet aan bod") if late == 1 else
                self.tr("%1 komen waarschijnlijk niet aan bod").replace("%1", str(late)))
        self.upcoming_header.setText(header)
        limit = 0 if self.privacy else (
            UPCOMING_ROWS_WITH_BANNER if self.banner.isVisibleTo(self) else UPCOMING_ROWS)
        mark = self.tr("komt waarschijnlijk niet aan bod")
        for n, row in enumerate(self.rows):
            if n < min(limit, len(upcoming)):
                row.show(upcoming[n], items[upcoming[n].item_id], mark)
            else:
                row.clear()

    # -- flashes and the bell ------------------------------------------------------
    def _check_time_up(self, state: MeetingState) -> None:
        """Flash when the current item's time runs out while we watch — also again
        after an extension has run out."""
        current = state.current
        now = (current.item_id, current.time_up) if current is not None else None
        before = self._previous
        self._previous = now
        if (now is not None and before is not None and now[0] == before[0]
                and now[1] and not before[1] and not state.paused):
            self.flash_time_up()

    def _on_time_up(self, item_id: int) -> None:
        self.flash_time_up()

    def flash_time_up(self) -> None:
        if not self.flash_overlay.active:
            self.flash_overlay.flash(self.tr("TIJD OM"), "#ffffff", "#000000")

    def _on_bell(self, reason: object = None) -> None:
        self.bell.ring()
        self.flash_overlay.stop()
        self.bell_overlay.flash(self.tr("BELLETJE"), style.AMBER, "#000000", with_bell=True)

    def ring(self) -> None:
        """Ring the bell from this window (button, clicker): counted on the current item."""
        if self.controller.meeting is None:
            return

        def failed(error: Exception) -> None:
            # Not counted, but the room still hears and sees the bell.
            log.debug("projector: ring not stored: %s", type(error).__name__)
            self._on_bell()

        self.controller.ring_bell(on_error=failed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if is_bell_key(event, self.keys):
            self.ring()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- screens -------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` when it is not the primary one (the beamer); else a
        normal window the chair switches to."""
        primary = _primary_screen()
        if screen is None or len(_screens()) < 2 or screen is primary or screen == primary:
            if self.isFullScreen():
                self.showNormal()
            self.show()
            self.raise_()
            self.activateWindow()
            return
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
