"""Asks who brings in a client whose behandelaar is missing or inactive (the agenda's
proposal and the Evaluaties screen both ask it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vergadering import members
from vergadering.store import Store

from ..i18n import fill


class PresenterDialog(QDialog):
    """Asks who brings in a client whose behandelaar is missing or inactive."""

    def __init__(self, store: Store, reference: str, behandelaar: str | None,
                 default: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wie brengt de cliënt in?"))
        if behandelaar is None:
            text = fill(self.tr("Cliënt %1 heeft geen behandelaar. Wie brengt de evaluatie "
                                "in?"), reference)
        else:
            text = fill(self.tr("De behandelaar van cliënt %1, %2, is niet meer actief. Wie "
                                "brengt de evaluatie in?"), reference, behandelaar)
        label = QLabel(text)
        label.setWordWrap(True)
        self.combo = QComboBox()
        for member in members.list_members(store, include_inactive=False):
            self.combo.addItem(member.name, member.id)
        if default is not None and self.combo.findData(default) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(default))
        combo_label = QLabel(self.tr("&Inbrenger:"))
        combo_label.setBuddy(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Opnemen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.combo.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(combo_label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def member_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    @classmethod
    def ask(cls, store: Store, reference: str, behandelaar: str | None, default: int | None,
            parent: QWidget | None = None) -> int | None:
        """The chosen presenter's id, or None when cancelled."""
        dialog = cls(store, reference, behandelaar, default, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.member_id()
