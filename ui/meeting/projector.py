"""The projector (beamer) view: what the whole room reads during the meeting.

Dark, high contrast, sizes relative to the window height. It shows the current client
reference, the item type as a badge, the block, the presenter and their question, the
item countdown with a bar and words (not only colour), the block time, the expected end,
and the next items. In privacy mode only the reference and the timers (no type, block
name, presenter, question or next items). Never any other client data (behandelaar,
state of the process, koers).

It never takes the keyboard from the chair's window; keys that reach it anyway (a click
on it) go to ``forward_key``: the chair's screen acts on them as on its own window.

The bell can be rung here too: the big button, or a key that presentation clickers send
(:func:`ui.meeting.bell.bell_keys`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QWidget

from vergadering import meetings
from vergadering import settings as team_settings
from vergadering.items import Item, ItemStatus, list_items
from vergadering.meetings import Meeting, MeetingStatus
from vergadering.settings import Block, TeamSettings
from vergadering.store import Store
from vergadering.timeline import MeetingState, Phase, Upcoming

from .. import common
from ..i18n import count, fill
from ..kit import palette
from ..kit.words import block_label, clock_time, key_names, long_date
from . import projector_style as style
from . import projector_text as text
from .bell import Bell, bell_keys, is_bell_key
from .controller import MeetingController
from .projector_layout import NOT_REACHED_SYMBOL, UPCOMING_ROWS, ProjectorLayout, set_colour

log = logging.getLogger(__name__)

FLASH_MS = 1000
BELL_FLASH_MS = 1500
UPCOMING_ROWS_WITH_BANNER = 3


def _screens() -> list[QScreen]:
    return QGuiApplication.screens()


def _primary_screen() -> QScreen | None:
    return QGuiApplication.primaryScreen()


class ProjectorWindow(ProjectorLayout):
    """The beamer view of ``controller``'s meeting. ``flash_ms`` and ``bell_flash_ms``
    are how long the time-up flash and the bell flash last."""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None, *,
                 flash_ms: int = FLASH_MS, bell_flash_ms: int = BELL_FLASH_MS,
                 bell: Bell | None = None) -> None:
        super().__init__(parent, flash_ms=flash_ms, bell_flash_ms=bell_flash_ms)
        self.controller = controller
        self.bell = bell if bell is not None else Bell(self)
        self.settings = TeamSettings()
        self.keys: list[QKeySequence] = []
        # Hands a key pressed here to the chair's screen; True when it acted on it.
        self.forward_key: Callable[[QKeyEvent], bool] | None = None
        self._previous: tuple[int, bool] | None = None  # (item, time up) at the last tick
        self.bell_button.clicked.connect(self.ring)

        controller.changed.connect(self._on_changed)
        controller.ticked.connect(self.show_state)
        controller.timeUp.connect(self._on_time_up)
        controller.bellRung.connect(self._on_bell)
        self.resize(1280, 720)
        self._on_changed()

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
        # Never a message on the beamer: on a storage problem the last settings stay.
        settings = common.load(lambda: team_settings.load(self.controller.store),
                               lambda said: log.debug("projector: settings not read: %s", said))
        if settings is not None:
            self.settings = settings
        self.keys = bell_keys()
        self.bell_button.keys_hint = key_names(self.keys)
        self.fit_bell_button()
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
        read = common.load(lambda: self._next_meeting(store), lambda said: log.debug(
            "projector: next meeting not read: %s", said))
        today, date, queued = read if read is not None else (None, store.clock.today(), 0)
        if today is not None and today.status is MeetingStatus.CLOSED:
            self.wait_date.setText(long_date(today.date))
            self.wait_start.setText(self.tr("De vergadering is afgelopen"))
            self.wait_info.setText(fill(self.tr("Volgende vergadering: %1, %2"),
                                        long_date(date), start))
        else:
            self.wait_date.setText(long_date(date))
            self.wait_start.setText(fill(self.tr("De vergadering begint om %1"), start))
            self.wait_info.setText("" if not queued else count(
                queued, self.tr("%n punt op de agenda"), self.tr("%n punten op de agenda")))
        self.pages.setCurrentWidget(self.waiting_page)

    def _next_meeting(self, store: Store) -> tuple[Meeting | None, dt.date, int]:
        """Today's meeting (if any), the next meeting's date and its number of items."""
        today = meetings.find(store, store.clock.today())
        date = meetings.upcoming_date(store, self.settings)
        return today, date, len(list_items(store, date, ItemStatus.QUEUED))

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
        set_colour(self.end_label, style.AMBER if late else style.TEXT)
        self._check_time_up(state)

    def _show_item(self, item: Item | None, *, is_current: bool) -> None:
        done = sum(1 for i in self.controller.items.values() if i.outcome is not None)
        total = len(self.controller.items)
        if item is None:
            self.heading_label.setText(self.tr("Alle punten zijn besproken"))
        elif is_current:
            self.heading_label.setText(fill(self.tr("Punt %1 van %2"), done + 1, total))
        else:
            self.heading_label.setText(fill(self.tr("Volgende: punt %1 van %2"), done + 1,
                                            total))
        self.reference.set_text(item.client_reference if item else "",
                                style.TEXT if is_current else style.MUTED)
        private = self.privacy or item is None
        self.type_badge.set_type(None if private or item is None else item.type)
        self.type_badge.setVisible(not private)
        self.block_chip.setText("" if private or item is None else fill(
            self.tr("blok %1"), block_label(item.block).upper()))
        self.block_chip.setVisible(not private)
        presenter = "" if private or item is None else item.presenter
        self.presenter_label.set_full_text(
            fill(self.tr("Inbrenger: %1"), presenter) if presenter else "")
        self.question_label.set_full_text("" if private or item is None else item.question)
        self.presenter_label.setVisible(not private)
        self.question_label.setVisible(not private)

    def _show_timer(self, state: MeetingState, item: Item | None, shown: Item | None) -> None:
        current = state.current
        if current is not None and item is not None:
            colour = style.PAUSED if state.paused else style.PHASE_COLOUR[current.phase]
            self.phase_label.setText(text.phase_words(current, state.paused))
            set_colour(self.phase_label, colour)
            self.countdown.set_text(text.countdown(current.remaining), colour)
            share = current.remaining / current.allowed if current.allowed > 0 else 0.0
            self.time_bar.set_time(share, current.phase, state.paused)
            timeline = self.controller.timeline
            # The block its time counts in (an item taken anyway keeps its own block,
            # which got the minutes it was given).
            block = (timeline.block_of(item.id) if timeline is not None else None) or item.block
        else:
            self.phase_label.setText(self.tr("gepland") if shown else "")
            set_colour(self.phase_label, style.MUTED)
            self.countdown.set_text(text.countdown(shown.minutes * 60) if shown else "",
                                    style.MUTED)
            self.time_bar.set_time(1.0, Phase.NORMAL, idle=True)
            block = shown.block if shown else self.settings.first_block
        self.time_bar.setVisible(shown is not None)
        block_clock = state.blocks[block]
        self.block_label.setText(text.block_time(block_clock, named=not self.privacy))
        set_colour(self.block_label, style.PHASE_COLOUR[block_clock.phase])
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
        header = "" if not upcoming else count(
            len(upcoming), self.tr("Straks: nog %n punt"), self.tr("Straks: nog %n punten"))
        if late:
            header += f"  {NOT_REACHED_SYMBOL} " + count(
                late, self.tr("%n komt waarschijnlijk niet aan bod"),
                self.tr("%n komen waarschijnlijk niet aan bod"))
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
            self.flash_overlay.flash(self.tr("TIJD OM"), palette.WHITE, palette.BLACK)

    def _on_bell(self, reason: object = None) -> None:
        self.bell.ring()
        self.flash_overlay.stop()
        self.bell_overlay.flash(self.tr("BELLETJE"), style.AMBER, palette.BLACK, with_bell=True)

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
        if self.forward_key is not None and self.forward_key(event):
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
            self.raise_()  # in front, but the chair's window keeps the keyboard
            return
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        # As showFullScreen() but without activating the window (it would take the
        # keyboard from the chair's window).
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized)
                            | Qt.WindowState.WindowFullScreen)
        self.show()
        self.raise_()
