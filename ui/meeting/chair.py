"""The "Vergadering" area: the chair's control screen.

Before the meeting it shows the next meeting's agenda and the start button (F5). During
the meeting — also straight after a restart or crash, since the times come from stored
events — the agenda with each item's status on the left, the item under discussion with
its countdown on the right, and the commands, each on one key, so that the keyboard (or
a presentation clicker, for the bell) can run the whole meeting.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vergadering.items import Item
from vergadering.settings import Block
from vergadering.store import Store
from vergadering.timeline import MeetingState, Phase

from .. import common
from ..i18n import fill
from ..kit import widgets, words
from ..kit.chair_text import RowStatus
from ..kit.widgets import MessageLabel
from . import chair_actions, chair_block_prompt, chair_style
from .chair_actions import ShortcutStrip, StripEntry, tool_button
from .chair_agenda import MeetingAgendaModel, MeetingAgendaView, load_rows
from .chair_before import BeforeMeetingView
from .chair_bell import ChairBell, DialogBell
from .chair_block_prompt import BlockPrompt
from .chair_commands import ChairCommands
from .chair_current import CurrentPanel
from .chair_keys import ChairKeys
from .chair_projector import ProjectorSwitch
from .controller import TICK_MS, MeetingController


class MeetingPage(ChairCommands, ChairKeys, ChairBell, QWidget):
    """The chair's screen; ``controller`` keeps the running meeting's clocks. The
    commands and their keys are in :class:`~ui.meeting.chair_keys.ChairKeys`, what they
    do in :class:`~ui.meeting.chair_commands.ChairCommands`, the bell in
    :class:`~ui.meeting.chair_bell.ChairBell`."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 tick_ms: int = TICK_MS, bell: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setStyleSheet(chair_style.PAGE + chair_style.PANEL + chair_block_prompt.STYLE)
        self.controller = MeetingController(store, self, tick_ms=tick_ms)
        # ui.meeting.bell.Bell (or a test's own), made when the meeting is shown running.
        self._bell: Any = bell
        self._sound_checked = False
        self.dialog_bell = DialogBell(self)  # the bell keys over dialogs, while running
        self._shown_item: int | None = None  # the current item at the last tick
        self._paused_shown = False
        self.time_up_item: int | None = None
        self._block_up_shown: Block | None = None

        self.buttons: dict[QAction, QToolButton] = {}
        self._create_actions()
        self.read_only_note = MessageLabel(error=False)
        self.before = BeforeMeetingView(store, self.start_meeting_action)
        self.running = self._build_running()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.before)
        self.stack.addWidget(self.running)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.stack, 1)
        if store.read_only:
            self.read_only_note.show_message(self.tr(
                "Alleen-lezen: u kunt de vergadering volgen, maar niet leiden. ") +
                widgets.read_only_text(store))

        self.controller.changed.connect(self._on_changed)
        self.controller.ticked.connect(self._on_tick)
        self.controller.bellRung.connect(self._on_bell)
        self.controller.timeUp.connect(self._on_time_up)
        self.current.bell.reasonChosen.connect(self.set_bell_reason)
        # The bell button's arrow: which keys ring it on this computer (the clicker's).
        self.bell_keys_action = QAction(self.tr("Toetsen voor het belletje…"), self)
        self.bell_keys_action.triggered.connect(self.choose_bell_keys)
        # Without a sound device the menu says so too (a line that does nothing).
        self.bell_silent_action = QAction(self)
        self.bell_silent_action.setEnabled(False)
        self.bell_silent_action.setVisible(False)
        self._bell_tip = self.bell_action.toolTip()
        bell_menu = QMenu(self.current.bell.button)
        bell_menu.addAction(self.bell_keys_action)
        bell_menu.addAction(self.bell_silent_action)
        self.current.bell.button.setMenu(bell_menu)
        self.current.bell.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self._on_changed()

    def _build_running(self) -> QWidget:
        self.model = MeetingAgendaModel(self)
        self.agenda_view = MeetingAgendaView(self.model)
        self.agenda_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions())
        # Enter in the agenda starts the chosen item (N starts it from anywhere).
        self.start_selected_action = QAction(self.tr("Start gekozen punt"), self)
        self.start_selected_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                                 QKeySequence(Qt.Key.Key_Enter)])
        self.start_selected_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.start_selected_action.triggered.connect(lambda: self.start_item())
        self.agenda_view.addAction(self.start_selected_action)

        self.title = QLabel()
        self.title.setObjectName("meetingTitle")
        self.current = CurrentPanel(self.bell_action, self.decide_action, self.extend_action,
                                    store=self.store)
        self.current.keys = {
            "start": chair_actions.keys_of(self.start_item_action),
            "hamerstuk": chair_actions.keys_of(self.hamerstuk_action),
            "resume": chair_actions.keys_of(self.pause_action),
            "close": chair_actions.keys_of(self.close_meeting_action)}
        self.current.set_block_prompt(BlockPrompt(
            self.finish_action, self.defer_action, self.consult_action, self.take_action))

        # Beamer: the button shows or hides it; its arrow chooses the screen.
        self.screen_button = self._button(self.projector_action, "projectorButton")
        self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.screen_menu = QMenu(self.screen_button)
        self.screen_button.setMenu(self.screen_menu)
        self.projector_switch = ProjectorSwitch(self, self.controller, self.projector_action,
                                                self.screen_menu)
        close_button = self._button(self.close_meeting_action, "closeMeeting")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.screen_button)
        top.addSpacing(12)
        top.addWidget(close_button)

        commands = QHBoxLayout()
        commands.setSpacing(6)
        for action in (self.start_item_action, self.decide_action, self.hamerstuk_action,
                       self.extend_action, self.pause_action, self.skip_action,
                       self.defer_action):
            commands.addWidget(self._button(action))
        commands.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.agenda_view)
        splitter.addWidget(self.current)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([45000, 55000])  # in proportion (large: above any minimum)
        splitter.setHandleWidth(12)
        self.splitter = splitter

        self.strip = ShortcutStrip()
        self.strip.set_entries([
            StripEntry((self.start_item_action, self.start_selected_action),
                       self.tr("volgend punt")),
            StripEntry((self.decide_action,), self.tr("besluit")),
            StripEntry((self.hamerstuk_action,), self.tr("hamerstuk")),
            StripEntry((self.extend_action,), self.tr("verlengen")),
            StripEntry((self.pause_action,), self.tr("pauze")),
            StripEntry((self.skip_action,), self.tr("overslaan")),
            StripEntry((self.defer_action,), self.tr("uitstellen")),
            StripEntry((self.bell_action,), self.tr("belletje")),
            StripEntry((self.projector_action,), self.tr("beamer")),
            StripEntry((self.close_meeting_action,), self.tr("afsluiten")),
        ])

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.current.times)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.current.bell)
        layout.addLayout(commands)
        layout.addWidget(self.strip)
        return page

    def _button(self, action: QAction, name: str = "command") -> QToolButton:
        button = tool_button(action, name)
        self.buttons[action] = button
        return button

    # -- what is shown ---------------------------------------------------------------
    def is_running(self) -> bool:
        return self.controller.meeting is not None

    @property
    def countdown_phase(self) -> Phase | None:
        """The colour of the item's countdown: normal, amber, overrun; None between items."""
        return self.current.phase

    def time_up_prompt_visible(self) -> bool:
        return self.current.time_up_shown()

    def block_prompt_visible(self) -> bool:
        return self.current.block_prompt_shown()

    def _on_changed(self) -> None:
        meeting = self.controller.meeting
        timeline = self.controller.timeline
        self.dialog_bell.set_active(meeting is not None)
        if meeting is None or timeline is None:
            self._sound_checked = False  # the next meeting asks again
            self.stack.setCurrentWidget(self.before)
            self.before.refresh()
            self._update_actions()
            return
        if self.stack.currentWidget() is not self.running:
            self.stack.setCurrentWidget(self.running)
            if self.isVisible():
                self.agenda_view.setFocus()
        if self.isVisible():
            self.check_sound()
        self.title.setText(fill(self.tr("Vergadering van %1"), _day_and_month(meeting.date)))
        self.title.setToolTip(words.long_date(meeting.date))
        selected = self.agenda_view.selected_item_id()
        # On a storage problem what is shown stays, unannounced: the next change retries.
        rows = common.load(lambda: load_rows(self.store, meeting, timeline,
                                             list(self.controller.items.values())),
                           lambda _text: None)
        if rows is None:
            return
        self.model.set_rows(rows)
        self.agenda_view.select_item(selected)
        state = self.controller.state()
        if state is not None:
            self._on_tick(state)

    def _on_tick(self, state: MeetingState) -> None:
        current = state.current
        item = self.controller.items.get(current.item_id) if current is not None else None
        current_id = current.item_id if current is not None else None
        if current_id != self._shown_item:
            self._shown_item = current_id
            self.current.bell.hide_reasons()
            if current_id is not None:
                self.agenda_view.select_item(current_id)
            else:  # the item ended: what comes next is chosen (N or Enter starts it)
                upcoming = self._next_waiting()
                self.agenda_view.select_item(upcoming.id if upcoming else None)
        settings = self.controller.timeline.settings if self.controller.timeline else None
        order = settings.block_order() if settings else (Block.LOPEND, Block.ACUUT)
        privacy = bool(settings and settings.privacy_mode)
        self.current.show_state(state, item, self._next_waiting(), order, privacy=privacy)
        block_up = state.block_time_up if current is not None else None
        if block_up is not None and block_up is not self._block_up_shown:
            self._alert()  # e.g. the projector window has the focus
        self._block_up_shown = block_up
        self.model.set_privacy(privacy)
        self.model.update_from(state)
        if state.paused != self._paused_shown:
            self._paused_shown = state.paused
            self.pause_action.setText(self.tr("Hervatten") if state.paused else self.tr("Pauze"))
            chair_actions.set_short_text(self.pause_action, self.pause_action.text())
        self._update_actions(state)

    # -- items -------------------------------------------------------------------------
    def _item(self, item_id: int | None) -> Item | None:
        return self.controller.items.get(item_id) if item_id is not None else None

    def _waiting_ids(self) -> list[int]:
        return [r.item.id for r in self.model.rows()
                if r.item is not None and r.status is RowStatus.WAITING]

    def _next_waiting(self) -> Item | None:
        ids = self._waiting_ids()
        return self._item(ids[0]) if ids else None

    def _selected_waiting(self) -> Item | None:
        selected = self.agenda_view.selected_item_id()
        return self._item(selected) if selected in self._waiting_ids() else None

    def _current_item(self) -> Item | None:
        timeline = self.controller.timeline
        return self._item(timeline.current_item()) if timeline is not None else None

    def select_item(self, item_id: int) -> None:
        self.agenda_view.select_item(item_id)
        self._update_actions()

    def _on_time_up(self, item_id: int) -> None:
        self.time_up_item = item_id
        self._alert()

    def _alert(self) -> None:
        if not self.window().isActiveWindow():
            QApplication.alert(self.window())  # e.g. the projector window has the focus

    # -- the projector -------------------------------------------------------------------
    @property
    def projector(self) -> QWidget | None:
        """The projector's window, once shown."""
        return self.projector_switch.window

    def toggle_projector(self) -> None:
        self.projector_switch.toggle()

    def close_projector(self) -> None:
        """The main window closes (from any page): the projector goes too."""
        self.projector_switch.close()

    # -- visibility ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.is_running():
            self.agenda_view.setFocus()
            self.check_sound()
        else:
            self.before.refresh()
        self._update_actions()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        super().hideEvent(event)
        self._update_actions()  # the one-key commands are off on the other pages
        if not self.window().isVisible():
            self.projector_switch.close()  # the main window closed: the beamer goes too


def _day_and_month(day: dt.date) -> str:
    """``24 november``: the long date without weekday and year (the title must fit)."""
    return words.long_date(day).split(" ", 1)[-1].rsplit(" ", 1)[0]

