"""The meeting's times on the chair's screen: the time left in each block and the
expected end, on as few lines as fit."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vergadering.settings import Block
from vergadering.timeline import MeetingState

from ..kit import chair_text
from .chair_style import plain_label, restyle


class MeetingTimes(QFrame):
    """The time left in each block and the expected end of the meeting: one line, or
    more when the texts (with what "toch nemen" moved) do not fit next to each other."""

    SPACING = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingTimes")
        self.block_labels = {block: plain_label(f"blockTime_{block.value}") for block in Block}
        self.end_label = plain_label("expectedEnd")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(14, 8, 14, 8)
        self.rows.setSpacing(2)
        self._order: tuple[Block, ...] = tuple(Block)
        self._shape: tuple[tuple[str, ...], ...] = ()
        self._arrange()

    def show_state(self, state: MeetingState, order: tuple[Block, Block]) -> None:
        self._order = order
        for block in order:
            label = self.block_labels[block]
            clock = state.blocks[block]
            label.setText(chair_text.block_heading(block) + ": " + chair_text.block_time(
                clock, state))
            restyle(label, "phase", clock.phase.value)
        self.end_label.setText(chair_text.expected_end(state))
        restyle(self.end_label, "late", "true" if chair_text.whole_minutes(state.late_by)
                 else "false")
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """As many texts on a line as fit (never cut off); the end on the right of a
        line it shares, else on a line of its own."""
        labels = [self.block_labels[b] for b in self._order] + [self.end_label]
        margins = self.rows.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        lines: list[list[QLabel]] = [[]]
        used = 0
        for label in labels:
            need = label.sizeHint().width()
            if lines[-1] and used + self.SPACING + need > room:
                lines.append([])
                used = 0
            used += (self.SPACING if lines[-1] else 0) + need
            lines[-1].append(label)
        shape = tuple(tuple(label.objectName() for label in line) for line in lines)
        if shape == self._shape:
            return
        self._shape = shape
        while self.rows.count():
            row = self.rows.takeAt(0).layout()
            if row is not None:
                while row.count():
                    row.takeAt(0)
                row.deleteLater()
        for line in lines:
            row = QHBoxLayout()
            row.setSpacing(self.SPACING)
            for label in line:
                if label is self.end_label and len(line) > 1:
                    row.addStretch(1)
                row.addWidget(label)
            if line[-1] is not self.end_label or len(line) == 1:
                row.addStretch(1)
            self.rows.addLayout(row)
