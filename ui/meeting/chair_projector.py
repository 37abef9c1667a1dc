"""Showing the projector view from the chair's screen: on the second screen when there is
one (the chair may pick which, remembered on this computer), else as a window the chair
switches to and back from with the same key. The projector never takes the keyboard from
the chair's window; a key pressed on it anyway acts as on the chair's window
(:meth:`ProjectorSwitch.forward_key`). It closes with the main window."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from .. import common, paths
from . import chair_actions
from .controller import MeetingController

_MOVE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End}


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
        chair = self.page.window()
        window.show_on(screen)  # type: ignore[attr-defined]
        if chair.isVisible() and not chair.isActiveWindow():
            chair.activateWindow()  # the chair keeps the keyboard (F6, then D)
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
        self._label(self.tr("Beamer tonen"))

    def forward_key(self, event: QKeyEvent) -> bool:
        """A key pressed on the projector (it had the keyboard after a click on it): the
        chair's command with that key, else the chair's list of items (arrows). True
        when the chair's screen acted on it."""
        if event.key() in (Qt.Key.Key_F6, Qt.Key.Key_Escape):
            # On the projector's own window F6 (or Esc) hides it: back to the chair's
            # screen (with a single screen the chair switches between the two views).
            self.hide()
            return True
        page = self.page
        if not page.isVisible():
            return False  # the commands act only while the chair's screen is shown
        pressed = QKeySequence(event.keyCombination())
        seen: set[int] = set()
        for action in [*page.window().actions(), *page.findChildren(QAction)]:
            if id(action) in seen or action is self.action:
                continue
            seen.add(id(action))
            if any(key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for key in action.shortcuts()):
                if not action.isEnabled():
                    return False
                action.trigger()
                return True
        view = getattr(page, "agenda_view", None)
        if isinstance(view, QWidget) and event.key() in _MOVE_KEYS:
            copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(view, copy)
            return copy.isAccepted()
        return False

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
        window.forward_key = self.forward_key
        # Should the projector get the keyboard anyway (a click on it), F6 and Esc on it
        # go back to the chair's screen, as forward_key does for a key it receives.
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
