"""The chair's screen before the meeting: the next meeting's agenda, read-only, in the
team's block order with planned minutes against the budgets, and the big start button —
with, up front, a warning when the meeting is planned for another day than today (it is
then held today: rule 7)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vergadering import agenda, meetings
from vergadering import settings as team_settings
from vergadering.settings import Block
from vergadering.store import Store

from .. import common
from ..i18n import fill
from ..kit import palette, words
from ..kit.plan_view import BlockPanel, hard_end_text
from ..kit.widgets import MessageLabel
from .chair_actions import tool_button
from .chair_terugblik import TerugblikPanel

STYLE = f"""
QToolButton#startMeeting {{ background: {palette.ACCENT}; color: {palette.WHITE};
    border: 1px solid {palette.ACCENT_DARK};
    border-radius: 8px; font-size: 18pt; font-weight: 700; padding: 14px 36px; }}
QToolButton#startMeeting:hover {{ background: {palette.ACCENT_DARK}; }}
QToolButton#startMeeting:disabled {{ background: {palette.ACCENT_DISABLED};
    border-color: {palette.ACCENT_DISABLED}; }}
QScrollArea#beforeBlocks, QWidget#beforeBlocksContent {{ background: transparent; }}
#beforeNote {{ font-size: 13pt; color: {palette.INK_SOFT}; }}
#otherDayNote {{ background: {palette.NOTE_AMBER_BACKGROUND};
    border: 1px solid {palette.NOTE_AMBER_BORDER}; border-radius: 6px;
    padding: 10px 14px; color: {palette.AMBER_DARK}; font-size: 13pt; }}
#closedNote {{ background: {palette.OK_BACKGROUND}; border: 1px solid {palette.OK_BORDER};
    border-radius: 6px;
    padding: 10px 14px; color: {palette.OK_DARK}; font-size: 13pt; }}
"""


class BeforeMeetingView(QWidget):
    """``refresh()`` re-reads the plan; ``plan`` is what is shown."""

    def __init__(self, store: Store, start: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: agenda.AgendaPlan | None = None
        self.setStyleSheet(STYLE)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.closed_note = MessageLabel(error=False)
        self.closed_note.setObjectName("closedNote")
        self.note = QLabel()
        self.note.setObjectName("beforeNote")
        self.note.setWordWrap(True)
        self.problem = MessageLabel()
        self.other_day = MessageLabel(error=False)
        self.other_day.setObjectName("otherDayNote")
        self.terugblik = TerugblikPanel()
        self.rating_button = QPushButton(self.tr("Korte &procescheck invullen…"))
        self.rating_button.clicked.connect(self._rate)
        self.rating_button.hide()
        self._rated_meeting: int | None = None
        self.start_button = tool_button(start, "startMeeting")

        self.panels = {block: BlockPanel(store, block) for block in Block}
        blocks = QWidget()
        blocks.setObjectName("beforeBlocksContent")
        self.blocks_layout = QVBoxLayout(blocks)
        self.blocks_layout.setContentsMargins(0, 0, 8, 0)
        self.blocks_layout.setSpacing(18)
        for panel in self.panels.values():
            panel.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # to look at, not to edit
            self.blocks_layout.addWidget(panel)
        self.blocks_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("beforeBlocks")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(blocks)

        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addSpacing(18)
        start_row.addWidget(self.note, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 12)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.rating_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.other_day)
        layout.addLayout(start_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.terugblik)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        read = common.load(lambda: (agenda.plan(self.store), team_settings.load(self.store)),
                           self.problem.show_message)
        if read is None:
            return
        plan, settings = read
        self.problem.clear()
        self.plan = plan
        start = dt.datetime.combine(plan.date, plan.start)
        end = start + dt.timedelta(minutes=plan.meeting_minutes)
        self.title.setText(fill(self.tr("Volgende vergadering: %1, %2–%3"),
                                words.long_date(plan.date), words.clock_time(start),
                                words.clock_time(end)))
        for position, block_plan in enumerate(plan.blocks):
            panel = self.panels[block_plan.block]
            if self.blocks_layout.indexOf(panel) != position:
                self.blocks_layout.removeWidget(panel)
                self.blocks_layout.insertWidget(position, panel)
            hard_end = (hard_end_text(plan) if position == 0 and block_plan.block is Block.ACUUT
                        else None)
            panel.show_plan(block_plan, first=position == 0, hard_end=hard_end,
                            read_only=True)
            panel.view.setColumnHidden(panel.model.QUESTION, settings.privacy_mode)
        self.note.setText(self._note(plan))
        self.other_day.show_message(self._other_day(plan))
        common.load(lambda: self.terugblik.show_for(self.store, plan, settings.terugblik,
                                                    settings.privacy_mode),
                    lambda _text: self.terugblik.hide())

    def _note(self, plan: agenda.AgendaPlan) -> str:
        if not any(b.items for b in plan.blocks):
            return self.tr("Er staan nog geen punten op de agenda. Zet ze klaar onder Agenda.")
        total = fill(self.tr("%1 van %2 min gepland."), plan.planned, plan.meeting_minutes)
        if plan.over:
            total += " " + fill(self.tr("Dat is %1 min te veel: de laatste punten komen "
                                        "waarschijnlijk niet aan bod."), plan.over)
        return total

    def _other_day(self, plan: agenda.AgendaPlan) -> str:
        """Said up front: starting now holds the meeting today, with today's date."""
        today = self.store.clock.today()
        if plan.date == today or not any(b.items for b in plan.blocks):
            return ""
        held = meetings.find(self.store, today)
        if held is not None and held.status is not meetings.MeetingStatus.PLANNED:
            return fill(self.tr("Vandaag is al vergaderd. Deze agenda is voor %1: start de "
                                "vergadering op die dag."), words.long_date(plan.date))
        return fill(self.tr("Let op: deze vergadering staat gepland op %1, niet vandaag (%2). "
                            "Start u haar nu, dan krijgen de vergadering en alles wat erin "
                            "wordt besloten de datum van vandaag."),
                    words.long_date(plan.date), words.long_date(today))

    def is_empty(self) -> bool:
        return self.plan is None or not any(b.items for b in self.plan.blocks)

    def offer_rating(self, meeting_id: int) -> None:
        """After closing: the optional, anonymous check for whoever wants to fill it in."""
        self._rated_meeting = meeting_id
        self.rating_button.show()

    def _rate(self) -> None:
        from ..kit.rating_dialog import RatingDialog

        if self._rated_meeting is not None:
            RatingDialog.ask(self.store, self._rated_meeting, self)

    def show_closed(self, text: str) -> None:
        self.closed_note.show_message(text)
