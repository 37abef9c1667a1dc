"""The right side of the chair's screen during the meeting: the meeting's times (both
blocks, the expected end), the item under discussion with its countdown, the pause, the
prompts ("Tijd om", and the block's time up before it) and the belletje with its reason
chips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vergadering.items import Item
from vergadering.settings import Block, ItemType
from vergadering.timeline import BellReason, MeetingState, Phase

from ..kit import chair_text, labels
from .chair_actions import tool_button
from .chair_badge import TypeBadge, bell_icon
from .chair_block_prompt import BlockPrompt

# For the whole page: the times and the bell sit outside the panel.
STYLE = """
#meetingTimes { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }
#meetingTimes QLabel { font-size: 13pt; color: #1f3347; }
#meetingTimes QLabel[phase="amber"] { color: #7a4b00; font-weight: 600; }
#meetingTimes QLabel[phase="overrun"] { color: #9f1d14; font-weight: 600; }
#meetingTimes QLabel#expectedEnd[late="true"] { color: #9f1d14; font-weight: 600; }
#currentCard { background: #ffffff; border: 1px solid #c9d2db; border-radius: 8px; }
#clientReference { font-size: 26pt; font-weight: 700; color: #1f3347; }
#itemBlock { font-size: 13pt; font-weight: 600; color: #3b4652; }
#itemPresenter { font-size: 14pt; color: #1f3347; }
#fieldTitle { font-size: 11pt; font-weight: 600; color: #55606b; }
#itemQuestion { font-size: 14pt; color: #1f3347; }
#privacyNote { color: #55606b; font-style: italic; }
#noItem { font-size: 14pt; font-weight: 600; color: #1f6fb2; }
#upcoming { color: #3b4652; border-top: 1px solid #d5dbe1; padding-top: 6px; }
#countdown { font-weight: 700; color: #1f3347; background: #eef3f8;
    border-radius: 8px; padding: 0 18px; }
#countdown[phase="amber"] { color: #5c3900; background: #ffd97a; }
#countdown[phase="overrun"] { color: #ffffff; background: #b3261e; }
#countdown[phase="waiting"] { color: #8a949e; background: #f0f2f4; }
#countdown[paused="true"] { color: #6b7580; background: #e4e7eb; }
#allowed { font-size: 12pt; color: #3b4652; }
#pauseBanner { background: #4a5560; color: #ffffff; font-size: 15pt; font-weight: 700;
    border-radius: 6px; padding: 6px 12px; }
#timeUp { background: #fde8e6; border: 2px solid #b3261e; border-radius: 8px; }
#timeUpText { font-size: 17pt; font-weight: 700; color: #9f1d14; }
QToolButton#promptButton { font-size: 14pt; font-weight: 700; padding: 8px 16px;
    background: #ffffff; border: 1px solid #9f1d14; border-radius: 6px; color: #9f1d14; }
#bellButton { font-size: 14pt; font-weight: 700; color: #1f3347; background: #f2b134;
    border: 1px solid #c48a12; border-radius: 10px; padding: 10px 18px; }
#bellButton:pressed { background: #e09a10; }
#bellButton:disabled { background: #e9dcbd; color: #7b8590; border-color: #d8c9a4; }
#bellCount { font-size: 14pt; font-weight: 600; color: #1f3347; }
#bellQuestion { color: #3b4652; }
QPushButton#chip { border: 1px solid #9aa5b1; border-radius: 13px; background: #ffffff;
    padding: 3px 10px; }
QPushButton#chip:checked { background: #1f6fb2; color: #ffffff; border-color: #175a91; }
"""


def _label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _restyle(widget: QWidget, name: str, value: object) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class MeetingTimes(QFrame):
    """The time left in each block and the expected end of the meeting: one line, or
    more when the texts (with what "toch nemen" moved) do not fit next to each other."""

    SPACING = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingTimes")
        self.block_labels = {block: _label(f"blockTime_{block.value}") for block in Block}
        self.end_label = _label("expectedEnd")
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
            _restyle(label, "phase", clock.phase.value)
        self.end_label.setText(chair_text.expected_end(state))
        _restyle(self.end_label, "late", "true" if chair_text.whole_minutes(state.late_by)
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
        self.count = _label("bellCount")
        self.question = _label("bellQuestion", self.tr("Waarom gebeld?"))
        self.question.setToolTip(self.tr("Mag leeg blijven. Wie belde wordt niet vastgelegd."))
        self.chips: dict[BellReason, QPushButton] = {}
        chips_row = QHBoxLayout()
        chips_row.setContentsMargins(0, 0, 0, 0)
        chips_row.addWidget(self.question)
        for reason in BellReason:
            chip = QPushButton(chair_text.bell_reason(reason))
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


class CurrentPanel(QWidget):
    """Everything about the item under discussion (or the next one, between items)."""

    def __init__(self, ring: QAction, decide: QAction, extend: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase: Phase | None = None
        self._countdown_px = 0
        # The keys named in the hints, as the page's actions have them.
        self.keys = {"start": "N", "hamerstuk": "H", "resume": "P", "close": "Ctrl+W"}
        self.times = MeetingTimes()

        self.card = QFrame()
        self.card.setObjectName("currentCard")
        self.badge = TypeBadge()
        self.block = _label("itemBlock", wrap=True)
        self.reference = _label("clientReference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.presenter = _label("itemPresenter", wrap=True)
        self.question_title = _label("fieldTitle", self.tr("Vraag aan het team"))
        self.question = _label("itemQuestion", wrap=True)
        self.privacy_note = _label("privacyNote", self.tr(
            "Privacymodus: de vraag aan het team staat niet in beeld."), wrap=True)
        self.no_item = _label("noItem", wrap=True)
        self.upcoming = _label("upcoming", wrap=True)
        self.countdown = _label("countdown", "00:00")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.allowed = _label("allowed")
        self.pause_banner = _label("pauseBanner", self.tr("Gepauzeerd: de klok staat stil"),
                                   wrap=True)
        self.pause_banner.hide()

        self.time_up = QFrame()
        self.time_up.setObjectName("timeUp")
        self.time_up_text = _label("timeUpText", self.tr("Tijd om — wat is het besluit?"),
                                   wrap=True)
        self.decide_button = tool_button(decide, "promptButton")
        self.extend_button = tool_button(extend, "promptButton")
        prompt_buttons = QHBoxLayout()
        prompt_buttons.addWidget(self.decide_button)
        prompt_buttons.addWidget(self.extend_button)
        prompt_buttons.addStretch(1)
        prompt = QVBoxLayout(self.time_up)
        prompt.setContentsMargins(14, 8, 14, 10)
        prompt.addWidget(self.time_up_text)
        prompt.addLayout(prompt_buttons)
        self.time_up.hide()
        self.block_prompt: BlockPrompt | None = None  # set by the page: it has the actions

        self.bell = BellBox(ring)

        clock_column = QVBoxLayout()
        clock_column.setSpacing(2)
        clock_column.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignRight)
        clock_column.addWidget(self.allowed, 0, Qt.AlignmentFlag.AlignRight)
        clock_column.addStretch(1)
        text_column = QVBoxLayout()
        text_column.setSpacing(4)
        text_column.addWidget(self.badge)
        text_column.addSpacing(4)
        text_column.addWidget(self.reference)
        text_column.addWidget(self.block)
        text_column.addWidget(self.presenter)
        text_column.addStretch(1)
        # In a box whose minimum height follows its wrapped texts: the prompts below
        # must never squeeze the reference and the presenter (at 1280x720 they did).
        self.top_box = QWidget()
        top = QHBoxLayout(self.top_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(18)
        top.addLayout(text_column, 1)
        top.addLayout(clock_column)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(18, 14, 18, 14)
        card.setSpacing(6)
        card.addWidget(self.no_item)
        card.addWidget(self.top_box)
        self.card_layout = card
        card.addWidget(self.time_up)
        card.addWidget(self.pause_banner)
        # The texts scroll when the prompts leave too little room (a small screen).
        texts = QWidget()
        texts.setObjectName("cardTexts")
        text_layout = QVBoxLayout(texts)
        text_layout.setContentsMargins(0, 6, 0, 0)
        text_layout.setSpacing(6)
        text_layout.addWidget(self.question_title)
        text_layout.addWidget(self.question)
        text_layout.addSpacing(6)
        text_layout.addWidget(self.privacy_note)
        text_layout.addStretch(1)
        text_layout.addWidget(self.upcoming)
        self.texts = QScrollArea()
        self.texts.setWidget(texts)
        self.texts.setWidgetResizable(True)
        self.texts.setFrameShape(QFrame.Shape.NoFrame)
        self.texts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.texts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.texts.setStyleSheet("QScrollArea, QWidget#cardTexts { background: transparent; }")
        self.texts.viewport().setAutoFillBackground(False)
        # It may shrink to a line: the item's reference and the prompts come first.
        self.texts.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        card.addWidget(self.texts, 1)

        # The meeting's times and the bell span the page: the page places them.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card, 1)
        self._body_widgets: list[QWidget] = [self.badge, self.block, self.reference,
                                             self.presenter, self.question_title,
                                             self.question, self.countdown, self.allowed,
                                             self.upcoming]
        self._fit_countdown()
        # The texts' width changes with the countdown beside them, not only with the
        # panel's: measure again whenever the presenter's line is resized.
        self.presenter.installEventFilter(self)

    def set_block_prompt(self, prompt: BlockPrompt) -> None:
        """The prompt for a block's time up, above the "Tijd om" one it replaces."""
        self.block_prompt = prompt
        self.card_layout.insertWidget(self.card_layout.indexOf(self.time_up), prompt)

    # -- showing ---------------------------------------------------------------
    def show_state(self, state: MeetingState, item: Item | None, next_item: Item | None,
                   order: tuple[Block, Block], *, privacy: bool = False) -> None:
        """The item under discussion; between items, the next one as a preview. Only what
        the projector may show too (the laptop's screen may be mirrored on the beamer);
        in privacy mode not the question."""
        self.times.show_state(state, order)
        current = state.current if item is not None else None
        shown = item if current is not None else next_item
        for widget in self._body_widgets:
            widget.setVisible(shown is not None)
        self.upcoming.setVisible(current is not None)
        self.no_item.setVisible(current is None)
        self.pause_banner.setVisible(state.paused)
        self.bell.show_count(state.bells, current is not None)
        block_up = state.block_time_up if current is not None else None
        if self.block_prompt is not None:
            self.block_prompt.show_for(block_up)
        # The block's prompt asks more than "Tijd om", and also when the item has time.
        self.time_up.setVisible(current is not None and current.time_up and block_up is None)
        if shown is not None:
            self._show_item(shown)
        self.question_title.setVisible(shown is not None and not privacy)
        self.question.setVisible(shown is not None and not privacy)
        self.privacy_note.setVisible(shown is not None and privacy)
        if current is None:
            self.phase = None
            self.no_item.setText(self._between_items(next_item, state.paused))
            if next_item is not None:
                self.countdown.setText(chair_text.countdown(next_item.minutes * 60))
                self.allowed.setText(self.tr("gepland"))
            _restyle(self.countdown, "phase", "waiting")
            self._fit_top()
            return
        self.countdown.setText(chair_text.countdown(current.remaining))
        self.phase = current.phase
        _restyle(self.countdown, "phase", current.phase.value)
        _restyle(self.countdown, "paused", "true" if state.paused else "false")
        allowed = chair_text.whole_minutes(current.allowed)
        text = self.tr("van %1 min").replace("%1", str(allowed))
        if current.extensions:
            text += " " + self.tr("(%1 min verlengd)").replace("%1", str(current.extensions))
        self.allowed.setText(text)
        self.upcoming.setText(self._after_this(next_item, state))
        self._fit_top()

    def _show_item(self, item: Item) -> None:
        self.badge.set_type(item.type)
        self.block.setText(labels.block_name(item.block))
        self.reference.setText(item.client_reference)
        # The reference is what the room reads: never squeezed by the texts under it.
        self.reference.setMinimumHeight(self.reference.sizeHint().height())
        self.presenter.setText(self.tr("Inbrenger: %1").replace("%1", item.presenter))
        if item.question:
            self.question.setText(item.question)
        elif item.type is ItemType.MEDEDELING:
            self.question.setText(self.tr("(geen vraag: een mededeling)"))
        else:
            self.question.setText(self.tr("(geen vraag opgegeven)"))

    def _after_this(self, next_item: Item | None, state: MeetingState) -> str:
        if next_item is None:
            return self.tr("Daarna: geen punten meer.")
        text = self.tr("Daarna: %1 (%2, %3 min, inbrenger %4)").replace(
            "%1", next_item.client_reference).replace(
            "%2", labels.type_name(next_item.type)).replace(
            "%3", str(next_item.minutes)).replace("%4", next_item.presenter)
        late = sum(1 for u in state.upcoming if u.probably_not_reached)
        if late == 1:
            text += " — " + self.tr("1 punt komt waarschijnlijk niet aan bod")
        elif late:
            text += " — " + self.tr("%1 punten komen waarschijnlijk niet aan bod").replace(
                "%1", str(late))
        return text

    def _between_items(self, next_item: Item | None, paused: bool) -> str:
        keys = self.keys
        if next_item is None:
            return self.tr("Alle punten zijn behandeld. Sluit de vergadering af met %1.").replace(
                "%1", keys["close"])
        if paused:
            return self.tr("Volgende punt — eerst hervatten (%1)").replace(
                "%1", keys["resume"])
        if next_item.type is ItemType.MEDEDELING and next_item.proposed_decision is not None:
            return self.tr("Volgende punt — %1: starten, %2: hamerstuk").replace(
                "%1", keys["start"]).replace("%2", keys["hamerstuk"])
        return self.tr("Volgende punt — %1: starten").replace("%1", keys["start"])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_countdown()
        self._fit_top()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.presenter and event.type() == QEvent.Type.Resize:
            self._fit_top()
        return False

    def _fit_top(self) -> None:
        """Keep room for the wrapped reference, block and presenter at their width.
        Called on every update: a wider countdown (+01:23) narrows the texts beside it.
        A few label measurements; the tick stays well under a millisecond."""
        width = self.presenter.width()
        if width <= 0:
            return
        shown = [w for w in (self.badge, self.reference, self.block, self.presenter)
                 if not w.isHidden()]
        text = sum(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()
                   for w in shown) + 4 * len(shown) + 4  # the column's spacing
        clock = self.countdown.sizeHint().height() + self.allowed.sizeHint().height() + 2
        needed = max(text, clock)
        if needed != self.top_box.minimumHeight():
            self.top_box.setMinimumHeight(needed)

    def _fit_countdown(self) -> None:
        """The countdown as large as the room allows: readable from across the table."""
        size = max(40, min(140, self.width() // 7, self.height() // 6))
        if size != self._countdown_px:
            self._countdown_px = size
            # A style sheet, since the application's sets every widget's font size.
            self.countdown.setStyleSheet(f"QLabel#countdown {{ font-size: {size}px; }}")

    def time_up_shown(self) -> bool:
        return not self.time_up.isHidden()

    def block_prompt_shown(self) -> bool:
        return self.block_prompt is not None and not self.block_prompt.isHidden()
