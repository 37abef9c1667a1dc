"""Showing the projector view from the chair's screen: on the second screen when there is
one (the chair may pick which, remembered on this computer), else as a window the chair
switches to and back from with the same key."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .. import common, paths
from . import chair_actions
from .controller import MeetingController


class ProjectorSwitch(QObject):
    """Drives ``action`` (F6) and the screen ``menu`` for ``page``'s meeting."""

    def __init__(self, page: QWidget, controller: MeetingController, action: QAction,
                 menu: QMenu) -> None:
        super().__init__(page)
        self.page = page
        self.controller = controller
        self.action = action
        self.menu = menu
        self.window: QWidget | None = None
        menu.aboutToShow.connect(self.fill_menu)

    # -- the window ----------------------------------------------------------------
    def is_shown(self) -> bool:
        return (self.window is not None and shiboken6.isValid(self.window)
                and self.window.isVisible())

    def toggle(self) -> None:
        if self.is_shown():
            self.hide()
        else:
            self.show()

    def show(self) -> None:
        window = self._window()
        if window is None:
            return
        own = self.page.window().screen()
        screen = chair_actions.choose_screen(self.chosen_screen(), own)
        window.show_on(screen)  # type: ignore[attr-defined]
        self._label(self.tr("Beamer verbergen"))

    def hide(self) -> None:
        if self.is_shown():
            assert self.window is not None
            self.window.hide()
        self._label(self.tr("Beamer tonen"))
        self.page.window().activateWindow()  # back to the chair's screen

    def close(self) -> None:
        """The chair's window closed: the projector goes too."""
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.close()

    def _label(self, text: str) -> None:
        self.action.setText(text)
        chair_actions.set_short_text(self.action, text)

    def _window(self) -> QWidget | None:
        if self.window is not None and shiboken6.isValid(self.window):
            return self.window
        try:
            from .projector import ProjectorWindow
        except ImportError:
            common.show_error(self.page, self.tr(
                "Het beamerbeeld is in deze versie nog niet beschikbaar."))
            return None
        window = ProjectorWindow(self.controller)
        # On the projector's own window, F6 (or Esc) goes back to the chair's screen:
        # with a single screen the chair switches between the two views.
        back = QAction(self.tr("Terug naar het voorzittersscherm"), window)
        back.setShortcuts([QKeySequence(Qt.Key.Key_F6), QKeySequence(Qt.Key.Key_Escape)])
        back.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        back.triggered.connect(self.hide)
        window.addAction(back)
        self.page.destroyed.connect(window.deleteLater)
        self.window = window
        return window

    # -- the screen --------------------------------------------------------------------
    def chosen_screen(self) -> str | None:
        value = paths.settings().value(chair_actions.SCREEN_KEY)
        return str(value) if value else None

    def fill_menu(self) -> None:
        self.menu.clear()
        chosen = self.chosen_screen()
        automatic = self.menu.addAction(self.tr("Automatisch: het andere scherm"))
        automatic.setCheckable(True)
        automatic.setChecked(chosen is None)
        automatic.triggered.connect(partial(self.choose_screen, None))
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            action = self.menu.addAction(chair_actions.screen_name(screen, number))
            action.setCheckable(True)
            action.setChecked(chosen == screen.name())
            action.triggered.connect(partial(self.choose_screen, screen.name()))

    def choose_screen(self, name: str | None, _checked: bool = False) -> None:
        settings = paths.settings()
        if name:
            settings.setValue(chair_actions.SCREEN_KEY, name)
        else:
            settings.remove(chair_actions.SCREEN_KEY)
        if self.is_shown():
            self.show()
