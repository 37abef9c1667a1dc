"""The right side of the chair's screen during the meeting: the item under discussion
with its countdown, the pause and the prompts ("Tijd om", and the block's time up before
it). It makes the meeting's times (:mod:`ui.meeting.chair_times`) and the belletje
(:mod:`ui.meeting.chair_bell`), which the page places above and below it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vergadering.items import Item
from vergadering.settings import Block, ItemType
from vergadering.store import Store
from vergadering.timeline import MeetingState, Phase

from ..i18n import count, fill
from ..kit import chair_text, words
from .chair_actions import tool_button
from .chair_badge import TypeBadge
from .chair_bell import BellBox
from .chair_block_prompt import BlockPrompt
from .chair_follow_up import ChairFollowUp
from .chair_style import plain_label, restyle
from .chair_times import MeetingTimes


def one_line(name: str) -> str:
    """A person's name that a wrapped text never breaks in two (no-break spaces)."""
    return name.replace(" ", "\u00a0")


# The style sheet (chair_style.PANEL) is set on the whole page: the times and the bell
# sit outside the panel.


class CurrentPanel(QWidget):
    """Everything about the item under discussion (or the next one, between items)."""

    def __init__(self, ring: QAction, decide: QAction, extend: QAction,
                 parent: QWidget | None = None, *, store: Store | None = None) -> None:
        super().__init__(parent)
        self.phase: Phase | None = None
        self._countdown_px = 0
        # The keys named in the hints, as the page's actions have them.
        self.keys = {"start": "N", "hamerstuk": "H", "resume": "P", "close": "Ctrl+W"}
        self.times = MeetingTimes()

        self.card = QFrame()
        self.card.setObjectName("currentCard")
        self.badge = TypeBadge()
        self.block = plain_label("itemBlock", wrap=True)
        self.reference = plain_label("clientReference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.presenter = plain_label("itemPresenter", wrap=True)
        self.question_title = plain_label("fieldTitle", self.tr("Vraag aan het team"))
        self.question = plain_label("itemQuestion", wrap=True)
        # The presenter's "stand van het begeleidingsproces": on the chair's screen only
        # (never on the projector), and like the question not in privacy mode.
        self.process_title = plain_label("fieldTitle", self.tr("Stand van het proces"))
        self.process_state = plain_label("itemProcess", wrap=True)
        # The client's perspective, the previous decision and the open actions: for the
        # chair only, read from the store once per item.
        self.follow_up = ChairFollowUp(store)
        self.privacy_note = plain_label("privacyNote", self.tr(
            "Privacymodus: de beamer toont alleen de cliëntreferentie en de tijden; de vraag, "
            "de stand van het proces en de opvolging staan ook hier niet in beeld (dit scherm "
            "kan gespiegeld op de beamer staan)."), wrap=True)
        self.no_item = plain_label("noItem", wrap=True)
        self.upcoming = plain_label("upcoming", wrap=True)
        self.countdown = plain_label("countdown", "00:00")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.allowed = plain_label("allowed")
        self.pause_banner = plain_label("pauseBanner", self.tr("Gepauzeerd: de klok staat stil"),
                                   wrap=True)
        self.pause_banner.hide()

        self.time_up = QFrame()
        self.time_up.setObjectName("timeUp")
        self.time_up_text = plain_label("timeUpText", self.tr("Tijd om — wat is het besluit?"),
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
        text_column.addStretch(1)
        # The block and the presenter under both, across the card's width: beside the
        # countdown "Inbrenger: Anouk de Vries" broke in two at 1280x800.
        # In a box whose minimum height follows its wrapped texts: the prompts below
        # must never squeeze the reference and the presenter (at 1280x720 they did).
        self.top_box = QWidget()
        top_row = QHBoxLayout()
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.setSpacing(18)
        top_row.addLayout(text_column, 1)
        top_row.addLayout(clock_column)
        top = QVBoxLayout(self.top_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addLayout(top_row)
        top.addWidget(self.block)
        top.addWidget(self.presenter)
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
        # What became of the last decision, before the stand: the decision form asks it first.
        text_layout.addWidget(self.follow_up)
        text_layout.addSpacing(6)
        text_layout.addWidget(self.process_title)
        text_layout.addWidget(self.process_state)
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
                                             self.question, self.process_title,
                                             self.process_state, self.countdown, self.allowed,
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
        in privacy mode not the question and the stand van het proces."""
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
        self.process_title.setVisible(shown is not None and not privacy)
        self.process_state.setVisible(shown is not None and not privacy)
        self.follow_up.setVisible(shown is not None and not privacy
                                  and self.follow_up.something_to_show())
        self.privacy_note.setVisible(shown is not None and privacy)
        if current is None:
            self.phase = None
            self.no_item.setText(self._between_items(next_item, state.paused))
            if next_item is not None:
                self.countdown.setText(chair_text.countdown(next_item.minutes * 60))
                self.allowed.setText(self.tr("gepland"))
            restyle(self.countdown, "phase", "waiting")
            self._fit_top()
            return
        self.countdown.setText(chair_text.countdown(current.remaining))
        self.phase = current.phase
        restyle(self.countdown, "phase", current.phase.value)
        restyle(self.countdown, "paused", "true" if state.paused else "false")
        allowed = chair_text.whole_minutes(current.allowed)
        text = fill(self.tr("van %1 min"), allowed)
        if current.extensions:
            text += " " + fill(self.tr("(%1 min verlengd)"), current.extensions)
        self.allowed.setText(text)
        self.upcoming.setText(self._after_this(next_item, state))
        self._fit_top()

    def _show_item(self, item: Item) -> None:
        self.badge.set_type(item.type)
        self.block.setText(words.block_name(item.block))
        self.reference.setText(item.client_reference)
        # The reference is what the room reads: never squeezed by the texts under it.
        self.reference.setMinimumHeight(self.reference.sizeHint().height())
        self.presenter.setText(fill(self.tr("Inbrenger: %1"), one_line(item.presenter)))
        if item.question:
            self.question.setText(item.question)
        elif item.type is ItemType.MEDEDELING:
            self.question.setText(self.tr("(geen vraag: een mededeling)"))
        else:
            self.question.setText(self.tr("(geen vraag opgegeven)"))
        self.process_state.setText(item.process_state.strip()
                                   or self.tr("(geen stand van het proces opgegeven)"))
        self.follow_up.show_item(item)

    def _after_this(self, next_item: Item | None, state: MeetingState) -> str:
        if next_item is None:
            return self.tr("Daarna: geen punten meer.")
        text = fill(self.tr("Daarna: %1 (%2, %3 min, inbrenger %4)"),
                    next_item.client_reference, words.type_name(next_item.type),
                    next_item.minutes, one_line(next_item.presenter or ""))
        late = sum(1 for u in state.upcoming if u.probably_not_reached)
        if late:
            text += " — " + count(late, self.tr("%n punt komt waarschijnlijk niet aan bod"),
                                  self.tr("%n punten komen waarschijnlijk niet aan bod"))
        return text

    def _between_items(self, next_item: Item | None, paused: bool) -> str:
        keys = self.keys
        if next_item is None:
            return fill(self.tr("Alle punten zijn behandeld. Sluit de vergadering af met %1."),
                        keys["close"])
        if paused:
            return fill(self.tr("Volgende punt — eerst hervatten (%1)"), keys["resume"])
        if next_item.type is ItemType.MEDEDELING and next_item.proposed_decision is not None:
            return fill(self.tr("Volgende punt — %1: starten, %2: hamerstuk"), keys["start"],
                        keys["hamerstuk"])
        return fill(self.tr("Volgende punt — %1: starten"), keys["start"])

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

        def height(widget: QWidget, width: int) -> int:
            return (widget.heightForWidth(width) if widget.hasHeightForWidth()
                    else widget.sizeHint().height())

        beside = self.reference.width()
        shown = [w for w in (self.badge, self.reference) if not w.isHidden()]
        text = sum(height(w, beside) for w in shown) + 4 * len(shown) + 4  # + spacing
        clock = self.countdown.sizeHint().height() + self.allowed.sizeHint().height() + 2
        below = [w for w in (self.block, self.presenter) if not w.isHidden()]
        needed = max(text, clock) + sum(height(w, width) + 4 for w in below)
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
