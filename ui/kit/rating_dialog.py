"""The optional, anonymous end-of-meeting check (0–10 per question), in the spirit of a
session rating scale. Whoever wants to fills it in on the chair's laptop, one after the
other. Averages only, and only from three answer sets on: a single answer would show
what one person said. Never on the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from vergadering import ratings
from vergadering.problems import Problem
from vergadering.ratings import Question
from vergadering.store import Store

from .. import common
from ..i18n import count, fill, tr
from ..messages import describe_all
from . import palette

MIN_RESPONDENTS_SHOWN = ratings.MIN_RESPONDENTS_SHOWN


def question_text(question: Question) -> str:
    return {
        Question.STAYED_WITH_QUESTIONS: tr("Bleven we bij de vragen van de inbrengers?"),
        Question.EVERY_ITEM_DECIDED: tr("Eindigde elk punt in een besluit?"),
        Question.TIME_WELL_DIVIDED: tr("Was de tijd goed verdeeld?"),
        Question.PROCESS_CHAIR_HELPED: tr("Hielp de procesvoorzitter het proces?"),
    }[question]


class RatingDialog(QDialog):
    def __init__(self, store: Store, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Korte procescheck"))
        # Whether the answers on screen were filled in since the last "Opslaan": "Klaar"
        # then saves them too, so the last person's answers are not lost.
        self.touched = False
        intro = QLabel(self.tr(
            "Anoniem en vrijwillig: wie wil, vult dit na de vergadering in op deze laptop. "
            "Er wordt niet bewaard wie wat antwoordde; alleen gemiddelden worden getoond, "
            "vanaf drie invullers, en nooit op de beamer. Een vraag overslaan mag."))
        intro.setWordWrap(True)
        questions = {question: question_text(question) for question in Question}
        grid = QGridLayout()
        self.sliders: dict[Question, QSlider] = {}
        self.skips: dict[Question, QCheckBox] = {}
        self.values: dict[Question, QLabel] = {}
        for row, (question, text) in enumerate(questions.items()):
            label = QLabel(text)
            label.setWordWrap(True)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setValue(5)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setAccessibleName(text)
            value = QLabel("5")
            value.setMinimumWidth(44)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # The slider's value as plain text: no frame, nothing that looks like a field.
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setStyleSheet(f"font-weight: 700; color: {palette.INK};")
            value.setAccessibleName(fill(self.tr("Waarde: %1"), text))
            slider.valueChanged.connect(lambda v, lab=value: lab.setText(str(v)))
            slider.valueChanged.connect(self._touch)
            skip = QCheckBox(self.tr("sla over"))
            skip.toggled.connect(slider.setDisabled)
            skip.toggled.connect(self._touch)
            grid.addWidget(label, row, 0)
            grid.addWidget(QLabel("0"), row, 1)
            grid.addWidget(slider, row, 2)
            grid.addWidget(QLabel("10"), row, 3)
            grid.addWidget(value, row, 4)
            grid.addWidget(skip, row, 5)
            self.sliders[question] = slider
            self.skips[question] = skip
            self.values[question] = value
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.averages = QLabel()
        self.averages.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("&Opslaan, volgende invuller"))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(self.tr("&Klaar"))
        close.setToolTip(self.tr("Slaat de ingevulde antwoorden op en sluit"))
        close.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.averages)
        layout.addLayout(buttons)
        self.resize(820, self.sizeHint().height())
        self._show_averages()

    def answers(self) -> dict[Question, int]:
        return {q: s.value() for q, s in self.sliders.items() if not self.skips[q].isChecked()}

    def submit(self) -> bool:
        answers = self.answers()
        self.message.clear()  # no "Opgeslagen" from the one before over a problem now

        def store_answers() -> bool:
            ratings.submit(self.store, self.meeting_id, answers)
            return True

        if common.run_operation(self, store_answers, store=self.store,
                                problems=self._show_problems) is None:
            return False  # the answers stay, for another try
        for question, slider in self.sliders.items():  # fresh for the next person
            slider.setValue(5)
            self.skips[question].setChecked(False)
        self.touched = False
        self.message.setText(self.tr("Opgeslagen, dank u. Geef de laptop door, of kies Klaar."))
        self._show_averages()
        return True

    def _touch(self, *_args: object) -> None:
        self.touched = True

    def finish(self) -> bool:
        """Klaar: the answers on screen are saved first when they were filled in; on a
        problem the dialog stays open with them."""
        if self.touched and not self.submit():
            return False
        self.accept()
        return True

    def _show_problems(self, problems: list[Problem]) -> None:
        self.message.setText(describe_all(problems))

    def _show_averages(self) -> None:
        result = ratings.averages(self.store, self.meeting_id)
        if result.respondents < MIN_RESPONDENTS_SHOWN or result.overall is None:
            self.averages.setText(count(
                result.respondents,
                self.tr("%n invuller tot nu toe; gemiddelden verschijnen vanaf drie."),
                self.tr("%n invullers tot nu toe; gemiddelden verschijnen vanaf drie.")))
            return
        self.averages.setText(fill(self.tr("Gemiddeld %1 van 10 (%2 invullers)."),
                                   f"{result.overall:.1f}".replace(".", ","),
                                   result.respondents))

    @classmethod
    def ask(cls, store: Store, meeting_id: int, parent: QWidget | None = None) -> None:
        dialog = cls(store, meeting_id, parent)
        dialog.exec()
