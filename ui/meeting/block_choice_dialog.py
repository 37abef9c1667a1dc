"""The chair's choice for an item once its block's time is spent (rules 2, 9 and 10).

Both blocks are timeboxes. Per item the chair defers it to the next meeting, sends an
acute item to a separate consultation (who takes it, when they report back), or takes
it anyway — and then sees what that costs before choosing: the minutes that come out
of the other block's free time, the minutes the meeting runs longer, and the other
block's items that would no longer fit, each of which the chair may give away (it goes
to the next meeting). The dialog records the choice itself (``run.choose``) and stays
open, with everything typed, until that succeeds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vergadering import meetings, run
from vergadering.items import Item
from vergadering.problems import Code, Problem, ValidationError
from vergadering.settings import Block
from vergadering.store import Store
from vergadering.timeline import BlockChoice, TakeCost, Timeline

from .. import common
from ..i18n import count, fill, tr
from ..kit import chair_text, palette, widgets, words
from ..kit.widgets import MessageLabel, hint_label
from ..messages import describe
from .consultation_fields import ConsultationFields

STYLE = f"""
QPushButton#blockChoice {{ text-align: left; font-size: 13pt; font-weight: 600;
    padding: 9px 14px; border: 2px solid {palette.BORDER_STRONG}; border-radius: 6px;
    background: {palette.WHITE};
    color: {palette.INK}; }}
QPushButton#blockChoice:checked {{ background: {palette.ACCENT}; color: {palette.WHITE};
    border-color: {palette.ACCENT_DARK}; }}
QPushButton#blockChoice:focus {{ border-color: {palette.BELL}; }}
QPushButton#quick {{ padding: 3px 11px; border: 2px solid {palette.BORDER_CHIP};
    border-radius: 12px;
    background: {palette.WHITE}; }}
QPushButton#quick:checked {{ background: {palette.ACCENT_LIGHT}; border-color: {palette.ACCENT}; }}
#choiceHeading {{ font-size: 15pt; font-weight: 700; color: {palette.DANGER}; }}
#choiceExplanation {{ color: {palette.INK_SOFT}; margin-left: 18px; }}
#takeCost {{ color: {palette.INK}; font-weight: 600; margin-left: 18px; }}
#choiceDetails {{ background: {palette.PANEL_LIGHT}; border: 1px solid {palette.BORDER_CARD};
    border-radius: 6px; }}
#sectionTitle {{ font-weight: 600; }}
"""


def other_block(block: Block) -> Block:
    return Block.LOPEND if block is Block.ACUUT else Block.ACUUT


def cost_text(item: Item, cost: TakeCost, *, current: bool) -> str:
    """``A-5 krijgt 5 min. 3 min gaan af van de vrije tijd van het blok lopend; de
    vergadering loopt 2 min langer.`` — the minutes the block already ran over count too."""
    own = chair_text.block_heading(cost.block).lower()
    other = chair_text.block_heading(other_block(cost.block)).lower()
    gets = fill(tr("%1 krijgt nog %2 min") if current else tr("%1 krijgt %2 min"),
                item.client_reference, cost.minutes - cost.over)
    if cost.over:
        gets += fill(tr(", plus de %1 min die het blok %2 al over tijd is"), cost.over, own)
    if cost.extends and cost.from_other:
        how = fill(count(cost.from_other,
                         tr("%n min gaat af van de vrije tijd van het blok %1; de vergadering "
                            "loopt %2 min langer."),
                         tr("%n min gaan af van de vrije tijd van het blok %1; de vergadering "
                            "loopt %2 min langer.")), other, cost.extends)
    elif cost.extends:
        how = fill(tr("Het blok %1 heeft geen vrije tijd: de vergadering loopt %2 min "
                      "langer."), other, cost.extends)
    else:
        how = fill(count(cost.minutes,
                         tr("Die %n min gaat af van de vrije tijd van het blok %1; de "
                            "vergadering loopt niet uit."),
                         tr("Die %n min gaan af van de vrije tijd van het blok %1; de "
                            "vergadering loopt niet uit.")), other)
    return gets + ". " + how


class BlockChoiceDialog(QDialog):
    """``choice`` is the recorded :class:`BlockChoice` once accepted. ``chosen`` is the
    choice shown first (default: uitstellen)."""

    def __init__(self, store: Store, item: Item, parent: QWidget | None = None, *,
                 chosen: BlockChoice = BlockChoice.DEFER,
                 items: Mapping[int, Item] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.item = item
        self.choice: BlockChoice | None = None
        self.general_error = MessageLabel()
        self.setStyleSheet(STYLE)
        meeting = meetings.running(store)
        if meeting is None:
            raise ValidationError([Problem("meeting", Code.MEETING_NOT_RUNNING)])
        self.timeline: Timeline = run.timeline(store, meeting)
        self.now = store.clock.now()
        self.block = self.timeline.block_of(item.id) or item.block
        self.current = self.timeline.current_item() == item.id
        self.cost = self.timeline.take_cost(item.id, self.now)
        following = meetings.following_date(self.timeline.settings, meeting.date)
        self.setWindowTitle(chair_text.block_time_up(self.block))

        heading = QLabel(fill(self.tr("%1. Wat gebeurt er met %2?"),
                              chair_text.block_time_up(self.block), item.client_reference))
        heading.setObjectName("choiceHeading")
        heading.setWordWrap(True)
        if self.block is Block.ACUUT:
            intro = self.tr("Acute punten gaan nooit zomaar door ten koste van de lopende "
                            "behandelingen: kies voor dit punt.")
        else:
            intro = self.tr("Ook het blok lopende behandelingen heeft een vast eind: kies "
                            "voor dit punt.")
        choices = [BlockChoice.DEFER, BlockChoice.TAKE_ANYWAY]
        if item.block is Block.ACUUT:
            choices.insert(1, BlockChoice.CONSULTATION)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[BlockChoice, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(hint_label(intro))
        layout.addSpacing(6)

        defer_text = fill(self.tr("Het gesprek stopt; het punt komt op de agenda van %1, "
                                  "met alles wat is ingevuld.") if self.current else
                          self.tr("Het punt komt op de agenda van %1, met alles wat is "
                                  "ingevuld."), words.long_date(following))
        explanations = {
            BlockChoice.DEFER: defer_text,
            BlockChoice.CONSULTATION: self.tr(
                "Iemand van het team overlegt apart, buiten deze vergadering, en koppelt "
                "uiterlijk op de gekozen datum terug. Daarna komt het punt terug op de "
                "agenda."),
        }
        self.consultation = ConsultationFields(store, item)
        self.take_details = self._build_take_details(self._known(meeting, items or {}))
        details = {BlockChoice.CONSULTATION: self.consultation,
                   BlockChoice.TAKE_ANYWAY: self.take_details}
        self.details: dict[BlockChoice, QFrame] = {}
        for choice in choices:
            button = QPushButton(words.block_choice(choice))
            button.setObjectName("blockChoice")
            button.setCheckable(True)
            button.setAutoDefault(False)
            # On press: Alt+letter chooses at once, not after the click's animation (an
            # Enter right after it must confirm this choice, not the one before).
            button.pressed.connect(lambda c=choice: self.choose(c))
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
            self.group.addButton(button)
            self.buttons[choice] = button
            layout.addWidget(button)
            if choice is BlockChoice.TAKE_ANYWAY:
                self.cost_label = QLabel()
                self.cost_label.setObjectName("takeCost")
                self.cost_label.setWordWrap(True)
                layout.addWidget(self.cost_label)
            else:
                explanation = hint_label(explanations[choice])
                explanation.setObjectName("choiceExplanation")
                layout.addWidget(explanation)
            if choice in details:
                frame = QFrame()
                frame.setObjectName("choiceDetails")
                inner = QVBoxLayout(frame)
                inner.setContentsMargins(12, 8, 12, 8)
                inner.addWidget(details[choice])
                frame.hide()
                self.details[choice] = frame
                layout.addWidget(frame)
            layout.addSpacing(4)

        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setDefault(True)
        self.confirm_button.setToolTip(self.tr("Vastleggen (Enter)"))
        self.confirm_button.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("Annuleren — nog niet kiezen"))
        cancel.setAutoDefault(False)
        cancel.setToolTip(self.tr("Niets vastleggen (Esc)"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        row.addWidget(cancel)
        layout.addStretch(1)
        layout.addWidget(self.general_error)
        layout.addLayout(row)

        self._update_cost()
        self.ensurePolished()  # measure in the app's type size
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)
        self.choose(chosen if chosen in self.buttons else BlockChoice.DEFER)

    def _known(self, meeting: meetings.Meeting,
               known: Mapping[int, Item]) -> Mapping[int, Item]:
        """``known`` with the meeting's items read when an item that would no longer fit
        is missing from it; one that cannot be read is left out, unannounced."""
        if all(item_id in known for item_id in self.cost.would_not_fit):
            return known
        read = common.load(lambda: run.meeting_items(self._store, meeting), lambda _text: None)
        return {**{i.id: i for i in read or []}, **known}

    def _build_take_details(self, known: Mapping[int, Item]) -> QWidget:
        """The other block's items that would no longer fit, each with a box to give it
        away (none ticked: the planned evaluations keep their time unless the chair
        gives it away, item by item)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.give_way_boxes: dict[int, QCheckBox] = {}
        other = chair_text.block_heading(other_block(self.block)).lower()
        if not self.cost.would_not_fit:
            column.addWidget(hint_label(fill(self.tr(
                "De wachtende punten van het blok %1 houden hun tijd."), other)))
            return box
        title = QLabel(fill(self.tr(
            "Komt deze tijd uit het blok %1, dan passen deze punten daar niet meer. Ze "
            "houden hun tijd, tenzij u er hier een weggeeft: een aangevinkt punt gaat naar "
            "de volgende vergadering en maakt zijn tijd vrij."), other))
        title.setWordWrap(True)
        column.addWidget(title)
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        for item_id in self.cost.would_not_fit:
            other_item = known.get(item_id)
            if other_item is None:
                continue
            check = QCheckBox(fill(self.tr("%1 — %2, %3 min"), other_item.client_reference,
                                   words.type_name(other_item.type), other_item.minutes))
            check.toggled.connect(lambda _on: self._update_cost())
            placed = len(self.give_way_boxes)
            self.give_way_boxes[item_id] = check
            grid.addWidget(check, placed // 2, placed % 2)
        # Many items scroll: the dialog must fit a laptop's screen.
        scroll = QScrollArea()
        scroll.setWidget(boxes)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        rows = min(4, (len(self.give_way_boxes) + 1) // 2)
        line = boxes.sizeHint().height() / max(1, (len(self.give_way_boxes) + 1) // 2)
        scroll.setFixedHeight(int(line * rows) + 4)
        column.addWidget(scroll)
        return box

    # -- choosing ------------------------------------------------------------------
    def chosen(self) -> BlockChoice | None:
        return next((c for c, b in self.buttons.items() if b.isChecked()), None)

    def choose(self, choice: BlockChoice) -> None:
        """What Alt+letter or a click does: show the choice's details and what the
        confirm button will do."""
        self.buttons[choice].setChecked(True)
        for key, frame in self.details.items():
            frame.setVisible(key is choice)
        self.confirm_button.setText({
            BlockChoice.DEFER: self.tr("Uitstellen"),
            BlockChoice.CONSULTATION: self.tr("Apart overleg vastleggen"),
            BlockChoice.TAKE_ANYWAY: self.tr("Toch nemen"),
        }.get(choice, ""))
        self.general_error.clear()
        if choice is BlockChoice.CONSULTATION and self.isVisible():
            self.consultation.member_combo.setFocus()
        else:
            self.buttons[choice].setFocus()
        if self.isVisible():
            self.fit_height()

    def fit_height(self) -> None:
        """As tall as the texts need at this width: the details of the chosen choice open
        and close with it (wrapped texts do not set a window's height by themselves)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height() - 40)
        if needed > 0 and needed != self.height():
            self.resize(self.width(), needed)

    def give_way(self) -> list[int]:
        return [i for i, box in self.give_way_boxes.items() if box.isChecked()]

    def preview(self) -> TakeCost:
        """The cost of taking the item anyway with the ticked items given away: as the
        domain will compute it once they have left the agenda."""
        away = set(self.give_way())
        if not away:
            return self.cost
        line = dataclasses.replace(self.timeline, items=[
            dataclasses.replace(p, done=True) if p.id in away else p
            for p in self.timeline.items])
        return line.take_cost(self.item.id, self.now)

    def _update_cost(self) -> None:
        self.cost_label.setText(cost_text(self.item, self.preview(), current=self.current))

    # -- recording -------------------------------------------------------------------
    def confirm(self) -> bool:
        """Record the chosen choice; True when recorded (the dialog then closes)."""
        choice = self.chosen()
        if choice is None:
            return False
        if self._store.read_only:
            self.general_error.show_message(widgets.read_only_text(self._store))
            return False
        consultation = None
        if choice is BlockChoice.CONSULTATION:
            if not self.consultation.check():
                return False
            consultation = self.consultation.value()
        give_way = self.give_way() if choice is BlockChoice.TAKE_ANYWAY else []

        def record() -> bool:
            # The take records the cost this dialog showed (counted at self.now), so the
            # header then says what the chair was promised.
            run.choose(self._store, self.item.id, choice, give_way=give_way,
                       consultation=consultation, shown_at=self.now)
            return True

        if common.run_operation(self, record, store=self._store,
                                problems=self._show_problems) is None:
            return False
        self.choice = choice
        self.accept()
        return True

    def _show_problems(self, problems: list[Problem]) -> None:
        other = self.consultation.show_problems(problems)
        self.general_error.show_message("\n".join(describe(p) for p in other))
        self.fit_height()

    @classmethod
    def ask(cls, store: Store, item: Item, parent: QWidget | None = None, *,
            chosen: BlockChoice = BlockChoice.DEFER,
            items: Mapping[int, Item] | None = None) -> BlockChoice | None:
        """Show the dialog; the choice recorded, or None when the chair cancelled."""
        dialog = cls(store, item, parent, chosen=chosen, items=items)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.choice if accepted else None
        finally:
            dialog.deleteLater()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)  # type: ignore[arg-type]
        self.fit_height()
        choice = self.chosen()
        if choice is BlockChoice.CONSULTATION:
            self.consultation.member_combo.setFocus()
        elif choice is not None:
            self.buttons[choice].setFocus()


def is_block_time_spent(error: ValidationError) -> bool:
    return any(p.code is Code.BLOCK_TIME_SPENT for p in error.problems)

