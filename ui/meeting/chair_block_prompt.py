"""The prompt on the chair's screen when the block of the item under discussion has
spent its time (rules 2 and 9): a minute to decide (M), defer (U), apart overleg (A,
acute items) or take it anyway (T) — buttons with their keys. It takes the place of the
item's own "Tijd om"; deciding (D) stays at hand below.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vergadering.settings import Block

from ..kit import chair_text, palette
from .chair_actions import tool_button

COLUMNS = 2  # the chair's panel must stay narrow enough for the agenda beside it
STYLE = f"""
#blockTimeUp {{ background: {palette.DANGER_BACKGROUND}; border: 2px solid {palette.ERROR};
    border-radius: 8px; }}
#blockTimeUpText {{ font-size: 15pt; font-weight: 700; color: {palette.DANGER}; }}
QToolButton#blockPromptButton {{ font-size: 13pt; font-weight: 700; padding: 2px 12px;
    background: {palette.WHITE}; border: 1px solid {palette.DANGER}; border-radius: 6px;
    color: {palette.DANGER}; }}
QToolButton#blockPromptButton:hover {{ background: {palette.DANGER_HOVER}; }}
"""


def prompt_text(block: Block) -> str:
    """``De tijd voor acute punten is op`` — one line: the choices, each with its key,
    are the buttons under it (a laptop's screen has little height to spare)."""
    return chair_text.block_time_up(block)


class BlockPrompt(QFrame):
    """Shown by :meth:`show_for` with the block whose time is up; hidden otherwise."""

    def __init__(self, finish: QAction, defer: QAction, consult: QAction, take: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockTimeUp")
        self.block: Block | None = None
        self.text = QLabel()
        self.text.setObjectName("blockTimeUpText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        # Deciding (D) is always at hand below; the prompt's buttons are its choices.
        self.buttons: dict[str, QToolButton] = {
            name: tool_button(action, "blockPromptButton")
            for name, action in (("finish", finish), ("defer", defer), ("consult", consult),
                                 ("take", take))}
        for button in self.buttons.values():
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)
        layout.setSpacing(3)
        layout.addWidget(self.text)
        layout.addLayout(self.grid)
        self.hide()

    def show_for(self, block: Block | None) -> None:
        if block is not self.block:
            self.block = block
            if block is not None:
                self.text.setText(prompt_text(block))
                self._place(block)
        self.setVisible(block is not None)

    def _place(self, block: Block) -> None:
        """The buttons in the order of the text, without a gap for apart overleg."""
        shown = [name for name in ("finish", "defer", "consult", "take")
                 if name != "consult" or block is Block.ACUUT]
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.hide()
        for n, name in enumerate(shown):
            self.grid.addWidget(self.buttons[name], n // COLUMNS, n % COLUMNS)
            self.buttons[name].show()
