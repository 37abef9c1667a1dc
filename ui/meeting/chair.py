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

from vergadering import run
from vergadering.items import Item
from vergadering.problems import ValidationError
from vergadering.settings import Block
from vergadering.store import Store, StoreError
from vergadering.timeline import BellReason, MeetingState, Phase

from .. import common
from ..kit import labels, widgets
from ..kit.chair_text import RowStatus
from ..kit.widgets import MessageLabel
from ..messages import describe_all, describe_store_error
from . import chair_actions, chair_block_prompt, chair_current
from .chair_actions import ShortcutStrip, StripEntry, command, tool_button
from .chair_agenda import MeetingAgendaModel, MeetingAgendaView, load_rows
from .chair_before import BeforeMeetingView
from .chair_block_prompt import BlockPrompt
from .chair_commands import ChairCommands
from .chair_current import CurrentPanel
from .chair_projector import ProjectorSwitch
from .controller import TICK_MS, MeetingController

STYLE = """
#meetingTitle { font-size: 17pt; font-weight: 600; color: #1f3347; }
#shortcutStrip { background: #1f3347; color: #ffffff; padding: 6px 12px; border-radius: 4px; }
QToolButton#command, QToolButton#closeMeeting, QToolButton#projectorButton {
    padding: 6px 9px; color: #1f3347; background: #ffffff;
    border: 1px solid #9aa5b1; border-radius: 5px; }
QToolButton#command:hover, QToolButton#projectorButton:hover { background: #eef3f8; }
QToolButton#command:disabled { color: #a3acb5; border-color: #d5dbe1; }
QToolButton#closeMeeting { color: #9f1d14; border-color: #c98b86; }
QToolButton#projectorButton { padding-right: 26px; }
"""


class MeetingPage(ChairCommands, QWidget):
    """The chair's screen; ``controller`` keeps the running meeting's clocks. What the
    commands do is in :class:`~ui.meeting.chair_commands.ChairCommands`."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.store = store
        self.setStyleSheet(STYLE + chair_current.STYLE + chair_block_prompt.STYLE)
        self.controller = MeetingController(store, self, tick_ms=tick_ms)
        self._bell: Any = None  # ui.meeting.bell.Bell, made at the first ring
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
        bell_menu = QMenu(self.current.bell.button)
        bell_menu.addAction(self.bell_keys_action)
        self.current.bell.button.setMenu(bell_menu)
        self.current.bell.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self._on_changed()

    # -- actions -------------------------------------------------------------------
    def _create_actions(self) -> None:
        key = QKeySequence
        self.start_meeting_action = command(
            self, self.tr("Vergadering starten"), self.start_meeting, [key(Qt.Key.Key_F5)],
            self.tr("De vergadering begint: de klok gaat lopen"))
        self.start_item_action = command(
            self, self.tr("Start volgend punt"), self.start_item, [key(Qt.Key.Key_N)],
            self.tr("Start het gekozen wachtende punt, of anders het volgende op de agenda"),
            self.tr("Start punt"))
        self.decide_action = command(
            self, self.tr("Besluit vastleggen…"), self.decide, [key(Qt.Key.Key_D)],
            self.tr("Het besluit over het punt: doorgaan, afsluiten of verwijzen"),
            self.tr("Besluit"))
        self.hamerstuk_action = command(
            self, self.tr("Hamerstuk bevestigen"), self.confirm_hamerstuk,
            [key(Qt.Key.Key_H)],
            self.tr("Een mededeling met voorgesteld besluit bevestigen, zonder bespreking"),
            self.tr("Hamerstuk"))
        self.extend_action = command(
            self, self.tr("Verlengen…"), self.extend, [key(Qt.Key.Key_V)],
            self.tr("Het punt 1, 2 of 5 minuten meer tijd geven (wordt vastgelegd)"),
            self.tr("Verlengen"))
        self.pause_action = command(
            self, self.tr("Pauze"), self.toggle_pause,
            [key(Qt.Key.Key_P), key(Qt.Key.Key_Space)],
            self.tr("De klok stilzetten of weer laten lopen"))
        self.skip_action = command(
            self, self.tr("Overslaan"), self.skip, [key(Qt.Key.Key_S)],
            self.tr("Het punt overslaan; bij het afsluiten gaat het naar de volgende "
                    "vergadering"))
        self.defer_action = command(
            self, self.tr("Uitstellen naar volgende vergadering"), self.defer,
            [key(Qt.Key.Key_U)],
            self.tr("Het punt nu naar de volgende vergadering verplaatsen"),
            self.tr("Uitstellen"))
        self.bell_action = command(
            self, self.tr("Belletje"), self.ring_bell, chair_actions.bell_keys(),
            self.tr("Iedereen mag bellen als het proces misgaat"))
        self.projector_action = command(
            self, self.tr("Beamer tonen"), self.toggle_projector, [key(Qt.Key.Key_F6)],
            self.tr("Het beamerbeeld tonen of verbergen"))
        self.close_meeting_action = command(
            self, self.tr("Vergadering afsluiten…"), self.close_meeting, [key("Ctrl+W")],
            self.tr("De vergadering afsluiten; wat niet aan bod kwam gaat naar de volgende"),
            self.tr("Vergadering afsluiten"))
        # When the block of the item under discussion has spent its time (the prompt).
        self.finish_action = command(
            self, self.tr("Nog 1 minuut om te besluiten"), self.finish_item,
            [key(Qt.Key.Key_M)],
            self.tr("De tijd van het blok is op: het punt krijgt 1 minuut om tot een besluit "
                    "te komen (wordt vastgelegd)"), self.tr("Nog 1 minuut"))
        self.consult_action = command(
            self, self.tr("Apart overleg…"), self.consult_current, [key(Qt.Key.Key_A)],
            self.tr("De tijd voor acute punten is op: het punt gaat naar een apart overleg "
                    "(wie, en wanneer terugkoppeling)"), self.tr("Apart overleg"))
        self.take_action = command(
            self, self.tr("Toch nemen…"), self.take_current, [key(Qt.Key.Key_T)],
            self.tr("De tijd van het blok is op: het punt toch nemen, met zichtbaar wat het "
                    "kost"), self.tr("Toch nemen"))

    def shortcut_actions(self) -> list[QAction]:
        """The commands with a key, for the main window's list of keys (F1)."""
        return [self.start_meeting_action, self.start_item_action, self.decide_action,
                self.hamerstuk_action, self.extend_action, self.pause_action,
                self.skip_action, self.defer_action, self.bell_action, self.projector_action,
                self.close_meeting_action, self.finish_action, self.consult_action,
                self.take_action]

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
        self.current = CurrentPanel(self.bell_action, self.decide_action, self.extend_action)
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
        if meeting is None or timeline is None:
            self.stack.setCurrentWidget(self.before)
            self.before.refresh()
            self._update_actions()
            return
        if self.stack.currentWidget() is not self.running:
            self.stack.setCurrentWidget(self.running)
            if self.isVisible():
                self.agenda_view.setFocus()
        self.title.setText(self.tr("Vergadering van %1").replace(
            "%1", _day_and_month(meeting.date)))
        self.title.setToolTip(labels.long_date(meeting.date))
        selected = self.agenda_view.selected_item_id()
        try:
            rows = load_rows(self.store, meeting, timeline, list(self.controller.items.values()))
        except StoreError:
            return  # keep what is shown; the next change retries
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

    def _update_actions(self, state: MeetingState | None = None) -> None:
        shown = self.isVisible()
        writable = not self.store.read_only
        running = self.is_running()
        state = state or self.controller.state()
        current = state.current if state is not None else None
        paused = bool(state and state.paused)
        target = self._selected_waiting() or self._next_waiting()
        act = shown and writable and running
        self.start_meeting_action.setEnabled(shown and writable and not running
                                             and not self.before.is_empty())
        self.start_item_action.setEnabled(act and current is None and target is not None
                                          and not paused)
        self.start_selected_action.setEnabled(self.start_item_action.isEnabled())
        # With nothing under discussion, D and H start the chosen (or next) item first.
        can_start = target is not None and not paused
        self.decide_action.setEnabled(act and (current is not None or can_start))
        self.hamerstuk_action.setEnabled(act and (current is not None or can_start))
        block_up = state.block_time_up if state is not None and current is not None else None
        self.finish_action.setEnabled(act and block_up is not None)
        self.take_action.setEnabled(act and block_up is not None)
        self.consult_action.setEnabled(act and block_up is Block.ACUUT)
        self.extend_action.setEnabled(act and current is not None)
        self.pause_action.setEnabled(act)
        self.skip_action.setEnabled(act and (current is not None
                                             or self._selected_waiting() is not None))
        self.defer_action.setEnabled(self.skip_action.isEnabled())
        self.bell_action.setEnabled(act)
        self.close_meeting_action.setEnabled(act)
        self.projector_action.setEnabled(shown)
        self.screen_button.setEnabled(shown)

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

    # -- the bell ------------------------------------------------------------------------
    def choose_bell_keys(self) -> None:
        from .bell_keys_dialog import BellKeysDialog

        if BellKeysDialog.ask(self) is not None:
            self.bell_action.setShortcuts(chair_actions.bell_keys())

    def ring_bell(self) -> bool:
        if not self.bell_action.isEnabled():
            return False
        return self.controller.ring_bell(on_error=self._show_exception)

    def _show_exception(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            common.show_error(self, describe_all(error.problems))
        elif isinstance(error, StoreError):
            common.show_error(self, describe_store_error(error))
        else:
            raise error

    def _on_bell(self, reason: BellReason | None) -> None:
        self._play_bell()
        if reason is None:
            self.current.bell.offer_reasons()

    def _play_bell(self) -> None:
        """The chair's laptop sounds the bell too: the projector may not be shown. (Both
        windows asking for one ring play it once: see :mod:`ui.meeting.bell`.)"""
        if self._bell is None:
            try:
                from .bell import Bell
            except ImportError:
                return  # no sound; the ring is counted all the same
            self._bell = Bell(self)
        self._bell.ring()

    def set_bell_reason(self, reason: BellReason) -> bool:
        if self.store.read_only:
            return False
        done = self._operate(lambda: run.set_bell_reason(self.store, reason) or True)
        if done is not None:
            self.current.bell.mark_reason(reason)
        return done is not None

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

    # -- visibility ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.is_running():
            self.agenda_view.setFocus()
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
    return labels.long_date(day).split(" ", 1)[-1].rsplit(" ", 1)[0]

