"""The agenda page's notice of overdue actions (rule 13, docs/rules.md): "3 acties te
laat", calm (a note, not an alarm) and only while there are any: open actions whose date
lies before today. It opens the list of them, where each can be closed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from vergadering import actions
from vergadering.actions import Action
from vergadering.store import Change, Store

from .. import common
from ..i18n import count
from ..kit import palette
from ..kit.action_list import RELOAD_ON, ActionList
from ..table_model import subscribe_while_alive

NOTICE_STYLE = f"""
QPushButton#overdueActions {{ background: {palette.NOTE_AMBER_BACKGROUND};
    border: 1px solid {palette.NOTE_AMBER_BORDER}; border-radius: 4px;
    color: {palette.AMBER_DARK}; font-weight: 600; padding: 6px 12px; }}
QPushButton#overdueActions:hover, QPushButton#overdueActions:focus {{
    border-color: {palette.AMBER_DARK}; }}
"""


def overdue_now(store: Store) -> list[Action]:
    return actions.overdue(store, store.clock.today())


class OverdueActionsDialog(QDialog):
    """The overdue actions, closable; it stays open (closing one after another)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acties die te laat zijn"))
        intro = QLabel(self.tr(
            "Deze acties zijn nog open en hun datum is voorbij. Is er een gedaan of niet meer "
            "nodig, sluit haar dan af; wie en wanneer wordt bewaard."))
        intro.setWordWrap(True)
        self.list = ActionList(store, overdue_now,
                               empty_text=self.tr("Er zijn geen acties meer te laat."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(max(chars * 120, 760), 420)
        if self.list.rows:
            self.list.rows[0].done_button.setFocus()

    @classmethod
    def show_for(cls, store: Store, parent: QWidget | None = None) -> None:
        """Show the list (modal); tests replace this."""
        cls(store, parent).exec()


class OverdueNotice(QPushButton):
    """"3 acties te laat": hidden when none are; pressed, it shows them."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.count = 0
        self.setObjectName("overdueActions")
        self.setStyleSheet(NOTICE_STYLE)
        self.setAutoDefault(False)
        self.setToolTip(self.tr("Open acties waarvan de datum voorbij is. Klik om ze te zien "
                                "en af te sluiten."))
        self.clicked.connect(lambda: OverdueActionsDialog.show_for(self.store, self.window()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        subscribe_while_alive(self, store, self._on_change)
        self.hide()
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.affects(*RELOAD_ON):
            self._timer.start()

    def refresh(self) -> None:
        """Count again (a storage problem keeps what is shown)."""
        found = common.load(lambda: actions.overdue_count(self.store, self.store.clock.today()),
                            lambda _text: None)
        if found is None:
            return
        self.count = found
        self.setText(count(found, self.tr("%n actie te laat…"), self.tr("%n acties te laat…")))
        self.setAccessibleName(self.text().rstrip("…"))
        self.setVisible(found > 0)
