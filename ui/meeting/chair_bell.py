"""The belletje on the chair's screen: the bell box (the big button, the count on the
current item and the optional reason chips) and what the page does when it rings: the
sound on the chair's laptop, the reason, and the keys that ring it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vergadering import run
from vergadering.timeline import BellReason

from ..kit import chair_text, words
from . import chair_actions
from .chair_actions import tool_button
from .chair_badge import bell_icon
from .chair_style import plain_label

if TYPE_CHECKING:
    from .chair import MeetingPage

    _Base = MeetingPage
else:
    _Base = object


class BellBox(QWidget):
    """The big bell button, the count on the current item and, after a ring, the chips
    to say why (optional)."""

    reasonChosen = Signal(object)  # noqa: N815 (Qt naming) — a BellReason

    def __init__(self, ring: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ring.setIcon(bell_icon(40))
        self.button = tool_button(ring, "bellButton")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setIconSize(QSize(40, 40))
        self.count = plain_label("bellCount")
        self.question = plain_label("bellQuestion", self.tr("Waarom gebeld?"))
        self.question.setToolTip(self.tr("Mag leeg blijven. Wie belde wordt niet vastgelegd."))
        self.chips: dict[BellReason, QPushButton] = {}
        chips_row = QHBoxLayout()
        chips_row.setContentsMargins(0, 0, 0, 0)
        chips_row.addWidget(self.question)
        for reason in BellReason:
            chip = QPushButton(words.bell_reason(reason))
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setAutoDefault(False)
            chip.clicked.connect(lambda _checked=False, r=reason: self.reasonChosen.emit(r))
            self.chips[reason] = chip
            chips_row.addWidget(chip)
        chips_row.addStretch(1)
        self.chips_box = QWidget()
        self.chips_box.setLayout(chips_row)
        self.chips_box.hide()

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.count)
        column.addWidget(self.chips_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.button)
        layout.addLayout(column, 1)

    def show_count(self, count: int, has_item: bool) -> None:
        self.count.setText(chair_text.bell_count(count) if has_item and count else "")

    def offer_reasons(self) -> None:
        for chip in self.chips.values():
            chip.setChecked(False)
        self.chips_box.show()

    def mark_reason(self, reason: BellReason) -> None:
        for key, chip in self.chips.items():
            chip.setChecked(key is reason)

    def hide_reasons(self) -> None:
        self.chips_box.hide()


class ChairBell(_Base):
    """The bell's slots of :class:`ui.meeting.chair.MeetingPage`."""

    def choose_bell_keys(self) -> None:
        from .bell_keys_dialog import BellKeysDialog

        if BellKeysDialog.ask(self) is not None:
            self.bell_action.setShortcuts(chair_actions.bell_keys())

    def ring_bell(self) -> bool:
        if not self.bell_action.isEnabled():
            return False
        # Counted in the store, then both windows sound and flash (the controller's
        # signal); a problem is shown here, the ring not heard.
        return self._operate(self.controller.ring_bell) is not None

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
