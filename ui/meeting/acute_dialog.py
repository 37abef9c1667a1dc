"""The chair's choice when the acute block's time is spent and another acute item is up.

Acute items never silently eat the time of the ongoing treatments: per item the chair
defers it to the next meeting, plans a separate consultation, or takes it anyway at the
cost of the lopend block — each explained, with the lopend minutes that are left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from vergadering.items import Item
from vergadering.timeline import BlockChoice

from . import chair_text

STYLE = """
QPushButton#acuteChoice { text-align: left; font-size: 13pt; font-weight: 600;
    padding: 10px 14px; border: 1px solid #9aa5b1; border-radius: 6px; background: #ffffff; }
QPushButton#acuteChoice:focus { border: 2px solid #1f6fb2; background: #eef5fc; }
#acuteHeading { font-size: 15pt; font-weight: 700; color: #9f1d14; }
#choiceExplanation { color: #3b4652; margin-left: 16px; margin-bottom: 8px; }
"""


class BlockChoiceDialog(QDialog):
    """``choice`` is the chosen :class:`BlockChoice` once accepted."""

    def __init__(self, item: Item, lopend_minutes_left: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: BlockChoice | None = None
        self.setWindowTitle(self.tr("Tijd voor acute punten is op"))
        self.setStyleSheet(STYLE)
        heading = QLabel(self.tr("De tijd voor acute punten is op. Wat gebeurt er met %1?")
                         .replace("%1", item.client_reference))
        heading.setObjectName("acuteHeading")
        heading.setWordWrap(True)
        intro = QLabel(self.tr("Een acuut punt gaat nooit zomaar door ten koste van de "
                               "lopende behandelingen: kies voor dit punt."))
        intro.setWordWrap(True)
        if lopend_minutes_left > 0:
            cost = self.tr("Het blok lopende behandelingen heeft nog %1 min; dit punt is "
                           "geschat op %2 min, die daar af gaan.")
        else:
            cost = self.tr("Het blok lopende behandelingen heeft geen tijd meer over (%1 min); "
                           "dit punt van %2 min maakt de vergadering langer.")
        explanations = {
            BlockChoice.DEFER: self.tr("Het punt komt op de agenda van de volgende "
                                       "vergadering, met alles wat is ingevuld."),
            BlockChoice.CONSULTATION: self.tr("De betrokkenen overleggen apart, buiten deze "
                                              "vergadering. Het punt is hier afgehandeld."),
            BlockChoice.TAKE_ANYWAY: cost.replace("%1", str(lopend_minutes_left)).replace(
                "%2", str(item.minutes)),
        }
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self.buttons: dict[BlockChoice, QPushButton] = {}
        for choice in BlockChoice:
            button = QPushButton(chair_text.acute_choice(choice))
            button.setObjectName("acuteChoice")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
            explanation = QLabel(explanations[choice])
            explanation.setObjectName("choiceExplanation")
            explanation.setWordWrap(True)
            self.buttons[choice] = button
            layout.addWidget(button)
            layout.addWidget(explanation)
        cancel = QPushButton(self.tr("Annuleren — nog niet kiezen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignRight)
        self.buttons[BlockChoice.DEFER].setFocus()
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 80),
                    self.sizeHint().height())

    def choose(self, choice: BlockChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, item: Item, lopend_minutes_left: int,
            parent: QWidget | None = None) -> BlockChoice | None:
        dialog = cls(item, lopend_minutes_left, parent)
        try:
            return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
