"""The empty state: what a team does first with a new, empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import fill
from .pages import TitledPage


class WelcomePage(TitledPage):
    demoRequested = Signal()
    importRequested = Signal()
    manualRequested = Signal()

    def __init__(self, database_path: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welkom bij Vergadering"),
            self.tr("Deze database is nog leeg. Kies hoe u wilt beginnen. U kunt later altijd "
                    "cliënten importeren of teamleden toevoegen."),
            parent,
        )
        where = QLabel(fill(self.tr("Database: %1"), database_path))
        where.setProperty("role", "hint")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        self.body.addWidget(where)

        cards = QHBoxLayout()
        cards.setSpacing(18)
        self.demo_button = self._card(
            cards, self.tr("Proberen met een demoteam"),
            self.tr("Een fictief team met 12 teamleden en 150 cliënten, van wie een deel te "
                    "laat geëvalueerd is. Alle namen zijn verzonnen."),
            self.tr("&Demoteam laden"), self.demoRequested)
        self.import_button = self._card(
            cards, self.tr("Caseload importeren"),
            self.tr("Een CSV-bestand uit het dossiersysteem of uit Excel, met de kolommen "
                    "client en behandelaar (en eventueel in_zorg_sinds, laatste_evaluatie, "
                    "volgende_evaluatie). U ziet eerst een voorbeeld."),
            self.tr("CSV &importeren…"), self.importRequested)
        self.manual_button = self._card(
            cards, self.tr("Zelf invullen"),
            self.tr("Voeg de teamleden en cliënten met de hand toe en stel de vergadertijden "
                    "en tijdsbudgetten van het team in."),
            self.tr("Team &invullen"), self.manualRequested)
        self.body.addLayout(cards)
        self.body.addStretch(1)
        self.import_button.setObjectName("primary")

    def _card(self, layout: QHBoxLayout, title: str, text: str, button_text: str,
              signal: Signal) -> QPushButton:
        card = QFrame()
        card.setObjectName("welcomeCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 16, 18, 16)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        button = QPushButton(button_text)
        button.clicked.connect(signal)
        inner.addWidget(heading)
        inner.addWidget(body, 1)
        inner.addWidget(button)
        layout.addWidget(card, 1)
        return button

    def set_read_only(self, read_only: bool) -> None:
        self.demo_button.setEnabled(not read_only)
        self.import_button.setEnabled(not read_only)
