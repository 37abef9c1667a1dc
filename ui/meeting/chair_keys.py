"""The chair's commands: each with its name, its key and its tip, and when each can be
used (none while the page is hidden: the one-key commands must not act on other pages).
A mixin of :class:`ui.meeting.chair.MeetingPage`; what they do is in
:mod:`ui.meeting.chair_commands`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from vergadering.items import Item, ItemType
from vergadering.settings import Block
from vergadering.timeline import MeetingState

from ..i18n import fill
from ..kit import words
from . import chair_actions
from .chair_actions import command

if TYPE_CHECKING:
    from .chair import MeetingPage

    _Base = MeetingPage
else:
    _Base = object


def can_be_hamerstuk(item: Item | None) -> bool:
    """The domain's rule: only a mededeling with a proposed decision is a hamerstuk."""
    return (item is not None and item.type is ItemType.MEDEDELING
            and item.proposed_decision is not None)


class ChairKeys(_Base):
    """The actions of the chair's screen."""

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
        self._hamerstuk_tip = self.hamerstuk_action.toolTip()
        # N while no item can start: it says why in the status line (only one of the two
        # is ever enabled, so the key is never ambiguous).
        self.why_not_start_action = command(self, "", self.explain_start, [key(Qt.Key.Key_N)])
        # Not a command of its own: not in the F1 list (text() falls back to iconText()).
        self.why_not_start_action.setText("")
        self.why_not_start_action.setIconText("")
        self.why_not_start_action.setEnabled(False)
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

        # The item's texts (question, previous decision, stand, perspective, actions)
        # scroll in their card when a small screen cannot show them all; the card takes
        # no focus, so by these keys too.
        self.read_on_action = command(
            self, self.tr("Tekst van het punt verder"), lambda: self.scroll_texts(1),
            [key("Alt+Down")], self.tr("Verder lezen in de tekst van het punt"))
        self.read_back_action = command(
            self, self.tr("Tekst van het punt terug"), lambda: self.scroll_texts(-1),
            [key("Alt+Up")], self.tr("Terug naar het begin van de tekst van het punt"))

    def scroll_texts(self, direction: int) -> None:
        """A screenful of the item's texts on (1) or back (-1), keeping a line of the
        last one in view."""
        bar = self.current.texts.verticalScrollBar()
        line = self.current.texts.fontMetrics().height()
        bar.setValue(bar.value() + direction * max(line, bar.pageStep() - line))

    def shortcut_actions(self) -> list[QAction]:
        """The commands with a key, for the main window's list of keys (F1)."""
        return [self.start_meeting_action, self.start_item_action, self.decide_action,
                self.hamerstuk_action, self.extend_action, self.pause_action,
                self.skip_action, self.defer_action, self.bell_action, self.projector_action,
                self.close_meeting_action, self.finish_action, self.consult_action,
                self.take_action, self.read_on_action, self.read_back_action]

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
        self.why_not_start_action.setEnabled(act and not self.start_item_action.isEnabled())
        self._update_hamerstuk(act and (current is not None or can_start), target)
        block_up = state.block_time_up if state is not None and current is not None else None
        self.finish_action.setEnabled(act and block_up is not None)
        self.take_action.setEnabled(act and block_up is not None)
        self.consult_action.setEnabled(act and block_up is Block.ACUUT)
        self.extend_action.setEnabled(act and current is not None)
        self.read_on_action.setEnabled(shown and current is not None)
        self.read_back_action.setEnabled(shown and current is not None)
        self.pause_action.setEnabled(act)
        self.skip_action.setEnabled(act and (current is not None
                                             or self._selected_waiting() is not None))
        self.defer_action.setEnabled(self.skip_action.isEnabled())
        self.bell_action.setEnabled(act)
        self.close_meeting_action.setEnabled(act)
        self.projector_action.setEnabled(shown)
        self.screen_button.setEnabled(shown)

    def _update_hamerstuk(self, possible: bool, target: Item | None) -> None:
        """H only for an item that can be a hamerstuk; its tooltip says why not."""
        item = self._current_item() or target
        allowed = possible and can_be_hamerstuk(item)
        self.hamerstuk_action.setEnabled(allowed)
        if possible and not allowed and item is not None:
            self.hamerstuk_action.setToolTip(fill(self.tr(
                "Hamerstuk: alleen een mededeling met een voorgesteld besluit; %1 is een "
                "%2. Leg het besluit vast met %3."), item.client_reference,
                words.type_name(item.type), self.decide_action.iconText()))
        else:
            self.hamerstuk_action.setToolTip(self._hamerstuk_tip)
