"""Verloop's part on the follow-through of one meeting (docs/figures.md "Opvolging"):
the previous decisions followed up in it and how far they were carried out (with the
reasons), how its items ended (with a decision, deferred against the goal) and the
actions open and late as its day ended — the numbers of
:func:`vergadering.follow_through.meeting_follow_through`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from vergadering.follow_through import (
    CARRIED_OUT_GOAL,
    DEFERRED_GOAL,
    MeetingFollowThrough,
)

from ..i18n import fill
from ..kit import figures as figure_words
from ..kit import palette, widgets

GOAL_MISSED_STYLE = f"color: {palette.DANGER};"


class FollowThroughBox(QWidget):
    """A heading and one line per figure: its name (with the tooltip that says what it
    counts) and its sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow: MeetingFollowThrough | None = None
        heading = QLabel(self.tr("Opvolging"))
        heading.setObjectName("reviewHeading")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        rows = ((figure_words.carried_out_name(), figure_words.carried_out_tip()),
                (self.tr("Redenen"), figure_words.carried_out_tip()),
                (figure_words.decided_name(), figure_words.decided_tip()),
                (figure_words.deferred_name(), figure_words.deferred_tip()),
                (figure_words.open_actions_name(), figure_words.actions_tip()))
        self.names: list[QLabel] = []
        self.values: list[QLabel] = []
        for row, (name, tip) in enumerate(rows):
            label = QLabel(name)
            label.setStyleSheet("font-weight: 600;")
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = widgets.hint_label("")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for widget in (label, value):
                widget.setToolTip(tip)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            self.names.append(label)
            self.values.append(value)
        self.carried, self.reasons, self.decided, self.deferred, self.open_actions = self.values
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addLayout(grid)

    def set_follow(self, follow: MeetingFollowThrough | None) -> None:
        self.follow = follow
        self.setVisible(follow is not None)
        if follow is None:
            return
        carried, ended = follow.carried, follow.ended
        goal = figure_words.goal_percent
        self.carried.setText(
            fill(self.tr("%1; doel: minstens %2%"), figure_words.carried_out_text(carried),
                 goal(CARRIED_OUT_GOAL)) if carried.followed_up else
            self.tr("Geen eerdere besluiten opgevolgd in deze vergadering."))
        self.carried.setStyleSheet(GOAL_MISSED_STYLE if carried.meets_goal is False else "")
        reasons = figure_words.reasons_text(carried)
        self.reasons.setText(reasons)
        for widget in (self.names[1], self.reasons):
            widget.setVisible(bool(reasons))
        others = figure_words.ended_otherwise_text(ended)
        self.decided.setText(fill(self.tr("%1; %2"), figure_words.decided_text(ended), others)
                             if others else figure_words.decided_text(ended))
        self.deferred.setText(fill(self.tr("%1; doel: hoogstens %2%"),
                                   figure_words.deferred_text(ended), goal(DEFERRED_GOAL)))
        self.deferred.setStyleSheet(
            GOAL_MISSED_STYLE if ended.deferred_meets_goal is False else "")
        self.open_actions.setText(fill(self.tr("Aan het eind van de dag: %1."),
                                  figure_words.actions_text(follow.actions)))
