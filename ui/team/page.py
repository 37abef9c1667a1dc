"""The "Team" area of the main window: members, clients and the team's settings."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vergadering.store import Store

from .clients import ClientsTab
from .members import MembersTab
from .settings_form import SettingsForm

TABS = ("members", "clients", "settings")


class TeamPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.members = MembersTab(store)
        self.clients = ClientsTab(store)
        self.settings = SettingsForm(store)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members, self.tr("&Teamleden"))
        self.tabs.addTab(self.clients, self.tr("&Cliënten"))
        self.tabs.addTab(self.settings, self.tr("In&stellingen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, name: str) -> None:
        """Bring a tab to the front: "members", "clients" or "settings"."""
        if name not in TABS:
            raise ValueError(f"unknown team tab: {name!r}")
        self.tabs.setCurrentIndex(TABS.index(name))

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def has_unsaved_changes(self) -> bool:
        return self.settings.has_unsaved_changes()
