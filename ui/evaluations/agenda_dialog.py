"""Putting clients from the overview on the agenda: the small dialog that asks the item
type (vraag by default, as in the agenda's proposal) and the question to the team, and
queueing the clients one by one so that one refusal does not block the others."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import agenda
from vergadering.dates import format_nl
from vergadering.items import NEEDS_QUESTION, QUESTION_MAX, Item
from vergadering.overview import Row
from vergadering.problems import Code, Problem
from vergadering.settings import ItemType
from vergadering.store import Store

from .. import common
from ..i18n import fill, tr
from ..kit import widgets, words
from ..kit.widgets import MessageLabel
from ..messages import describe_all

SKIPPED_LISTED = 8  # more skipped clients are counted, not named


@dataclass(frozen=True)
class AgendaChoice:
    item_type: ItemType
    question: str


class AddToAgendaDialog(QDialog):
    def __init__(self, rows: list[Row], skipped: list[Row], meeting: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Op de agenda zetten"))
        if len(rows) == 1:
            intro = fill(self.tr("Cliënt %1 op de agenda zetten van %2, blok lopende "
                                 "behandelingen."), rows[0].reference, words.long_date(meeting))
        else:
            intro = fill(self.tr("%1 cliënten op de agenda zetten van %2, blok lopende "
                                 "behandelingen."), len(rows), words.long_date(meeting))
        self.intro = widgets.hint_label(intro)
        self.skipped = MessageLabel(error=False)
        if skipped:
            self.skipped.show_message(skipped_text(skipped))
        self.presenter_note = widgets.hint_label(self.tr(
            "De behandelaar brengt de cliënt in. Heeft een cliënt geen actieve behandelaar, "
            "dan vraagt de app wie dat doet."))

        self.type_buttons: dict[ItemType, QRadioButton] = {
            ItemType.VRAAG: QRadioButton(self.tr("&vraag")),
            ItemType.KWESTIE: QRadioButton(self.tr("&kwestie")),
            ItemType.MEDEDELING: QRadioButton(self.tr("&mededeling")),
        }
        group = QButtonGroup(self)
        type_row = QHBoxLayout()
        type_row.addWidget(QLabel(self.tr("Soort:")))
        for button in self.type_buttons.values():
            group.addButton(button)
            type_row.addWidget(button)
        type_row.addStretch(1)
        self.type_buttons[ItemType.VRAAG].setChecked(True)
        group.buttonToggled.connect(lambda *_: self._update())
        self.type_hint = widgets.hint_label(self.tr(
            "Elke evaluatie is een vraag aan het team: doorgaan, afsluiten of verwijzen."))

        self.question = QLineEdit(self.tr("Evaluatie: doorgaan, afsluiten of verwijzen?"))
        self.question.setMaxLength(QUESTION_MAX)
        self.question.setCursorPosition(0)
        self.question.textChanged.connect(lambda _text: self._update())
        question_label = QLabel(self.tr("Vraa&g aan het team:"))
        question_label.setBuddy(self.question)
        question_row = QHBoxLayout()
        question_row.addWidget(question_label)
        question_row.addWidget(self.question, 1)
        self.problem = MessageLabel()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        ok.setText(self.tr("&Op de agenda zetten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.skipped)
        layout.addLayout(type_row)
        layout.addWidget(self.type_hint)
        layout.addLayout(question_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.presenter_note)
        layout.addWidget(buttons)
        self.ensurePolished()  # the style sheet's font
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self._update()

    def item_type(self) -> ItemType:
        return next(t for t, b in self.type_buttons.items() if b.isChecked())

    def choice(self) -> AgendaChoice:
        return AgendaChoice(self.item_type(), self.question.text().strip())

    def _update(self) -> None:
        missing = self.item_type() in NEEDS_QUESTION and not self.question.text().strip()
        self.ok_button.setEnabled(not missing)
        if missing:
            self.problem.show_message(fill(self.tr(
                "Een %1 heeft een vraag aan het team nodig."),
                words.type_name(self.item_type())))
        else:
            self.problem.clear()

    @classmethod
    def ask(cls, rows: list[Row], skipped: list[Row], meeting: dt.date,
            parent: QWidget | None = None) -> AgendaChoice | None:
        """The chosen type and question, or None when cancelled. Tests replace this."""
        dialog = cls(rows, skipped, meeting, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


def skipped_text(skipped: list[Row]) -> str:
    """``Overgeslagen, staat al op de agenda: D-1 (24-11-2026), D-2 (01-12-2026).``"""
    listed = ", ".join(f"{r.reference} ({format_nl(r.on_agenda)})" if r.on_agenda
                       else r.reference for r in skipped[:SKIPPED_LISTED])
    if len(skipped) > SKIPPED_LISTED:
        listed += " " + fill(tr("en nog %1"), len(skipped) - SKIPPED_LISTED)
    if len(skipped) == 1:
        return fill(tr("Overgeslagen, staat al op de agenda: %1."), listed)
    return fill(tr("Overgeslagen, staan al op de agenda: %1."), listed)


@dataclass
class QueueResult:
    queued: list[Row] = field(default_factory=list)
    skipped: list[Row] = field(default_factory=list)  # queued meanwhile by someone else
    problems: list[str] = field(default_factory=list)  # other refusals, in Dutch
    stopped: bool = False  # the file could not be written (said so): the rest not tried


def queue_each(store: Store, pairs: list[tuple[Row, int | None]], choice: AgendaChoice,
               by: int | None, meeting: dt.date, parent: QWidget | None = None) -> QueueResult:
    """Queue each (row, presenter or None for the behandelaar) as a lopend item. A
    storage problem is shown over ``parent`` and stops the rest (a file a colleague holds
    is waited for first); refusals are collected per client."""
    result = QueueResult()

    def queue_one(client_id: int, presenter: int | None) -> list[Item]:
        return agenda.accept_proposals(store, [(client_id, presenter)], choice.item_type,
                                       choice.question, by=by, date=meeting)

    for row, presenter in pairs:
        refused: list[Problem] = []
        queued = common.run_operation(parent, functools.partial(queue_one, row.client_id,
                                                                presenter),
                                      store=store, problems=refused.extend)
        if queued is not None:
            result.queued.append(row)
        elif any(p.code is Code.ALREADY_ON_AGENDA for p in refused):
            result.skipped.append(row)  # a colleague was quicker
        elif refused:
            result.problems.append(f"{row.reference}: {describe_all(refused)}")
        else:
            result.stopped = True
            break
    return result


def queued_text(queued: list[Row], meeting: dt.date) -> str:
    if not queued:
        return tr("Niemand op de agenda gezet.")
    day = words.long_date(meeting)
    if len(queued) == 1:
        return fill(tr("%1 staat op de agenda van %2."), queued[0].reference, day)
    return fill(tr("%1 cliënten staan op de agenda van %2."), len(queued), day)
