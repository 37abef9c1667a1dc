"""Choose the keys that ring the bell on this computer, e.g. the button of the team's
wireless presentation clicker: press it while the dialog listens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill
from .bell import DEFAULT_KEYS, bell_keys, set_bell_keys

# Keys that already mean something on the chair's screen, or that close dialogs.
RESERVED = {"N", "D", "H", "V", "P", "S", "U", "M", "A", "T", "Space", "Return", "Enter",
            "Esc", "F1", "F5", "F6", "Tab"}


class BellKeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toetsen voor het belletje"))
        self.keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in bell_keys()]
        self.listening = False
        intro = QLabel(self.tr(
            "Met deze toetsen rinkelt het belletje, op het scherm van de voorzitter en op de "
            "beamer, ook als er een venster open is (zoals het besluit). Veel "
            "presentatieklikkers sturen B of een punt: zo kan een klikker de tafel rond.\n"
            "Staat de cursor in een tekstveld, dan typt B of een punt gewoon die letter; een "
            "toets die niets typt (zoals Page Down) laat het belletje ook daar rinkelen. "
            "Deze keuze geldt alleen voor deze computer."))
        intro.setWordWrap(True)
        # Wide enough that the wrapped text gets its full height when the dialog opens.
        intro.setMinimumWidth(intro.fontMetrics().averageCharWidth() * 72)
        self.current = QLabel()
        self.current.setObjectName("bellKeys")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.listen_button = QPushButton(self.tr("Toets &toevoegen…"))
        self.listen_button.setAutoDefault(False)
        self.listen_button.clicked.connect(self.listen)
        self.reset_button = QPushButton(self.tr("&Standaard (B en .)"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addWidget(self.listen_button)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show()

    def _show(self) -> None:
        self.current.setText(fill(self.tr("Nu: %1"), "  ".join(self.keys)))

    def listen(self) -> None:
        self.listening = True
        self.message.setText(self.tr("Druk nu op de knop van de klikker of op een toets…"))
        self.grabKeyboard()

    def reset(self) -> None:
        self.keys = list(DEFAULT_KEYS)
        self.message.clear()
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if not self.listening:
            super().keyPressEvent(event)
            return
        self.listening = False
        self.releaseKeyboard()
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self.listening = True
            self.grabKeyboard()
            return
        name = QKeySequence(event.keyCombination()).toString(
            QKeySequence.SequenceFormat.PortableText)
        if not name or name in RESERVED:
            self.message.setText(fill(self.tr("'%1' heeft al een andere taak in de "
                                              "vergadering; kies een andere toets."),
                                      name or "?"))
            return
        if name not in self.keys:
            self.keys.append(name)
        self.message.setText(fill(self.tr("'%1' toegevoegd."), name))
        self._show()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> list[str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        set_bell_keys(dialog.keys)
        return dialog.keys
