"""The chair's commands as actions with their keys, the strip that lists the keys, the
menu to extend an item, and the choice of the projector's screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget

from ..i18n import fill, tr
from ..kit import chair_text, words

DEFAULT_BELL_KEYS = ("B", ".")
EXTENSIONS = (1, 2, 5)
SCREEN_KEY = "meeting/projectorScreen"


def bell_keys() -> list[QKeySequence]:
    """The keys that ring the bell (the clicker's keys; a per-computer setting)."""
    try:
        from .bell import bell_keys as configured
    except ImportError:
        return [QKeySequence(k) for k in DEFAULT_BELL_KEYS]
    return configured() or [QKeySequence(k) for k in DEFAULT_BELL_KEYS]


def command(owner: QWidget, text: str, slot: Callable[[], object],
            keys: list[QKeySequence] | None = None, tip: str = "", short: str = "") -> QAction:
    """An action whose keys work anywhere in the owner's window while the owner is shown
    (the page also switches it off while hidden: see ``MeetingPage``). Its buttons say
    ``short`` with the first key: ``Besluit (D)``."""
    action = QAction(text, owner)
    if keys:
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    set_short_text(action, short or text)
    keys_text = keys_of(action)
    if tip:
        action.setToolTip(f"{tip} ({keys_text})" if keys_text else tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def set_short_text(action: QAction, short: str) -> None:
    """What a button of the action says: ``short`` and its first key."""
    first = words.key_name(action.shortcut())
    action.setIconText(f"{short} ({first})" if first else short)


def keys_of(*actions: QAction) -> str:
    """``N / Enter``: every key of the actions, as the keyboard labels them (Return and
    Enter, the same key to the user, once)."""
    return words.key_names([s for a in actions for s in a.shortcuts()])


def tool_button(action: QAction, name: str = "command") -> QToolButton:
    """A button for the action with its short text (the keys work anywhere, so the
    button takes no focus: Space stays the pause key)."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setObjectName(name)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


@dataclass(frozen=True)
class StripEntry:
    actions: tuple[QAction, ...]
    name: str


class ShortcutStrip(QLabel):
    """"Sneltoetsen: N / Enter volgend punt · D besluit · …", always visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutStrip")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.entries: list[StripEntry] = []

    def set_entries(self, entries: list[StripEntry]) -> None:
        self.entries = entries
        parts = []
        for entry in entries:
            keys = keys_of(*entry.actions).replace("<", "&lt;").replace(" / ", "&nbsp;/&nbsp;")
            if keys:
                parts.append(f"<b>{keys}</b>&nbsp;{entry.name.replace(' ', '&nbsp;')}")
        # Lines break only after a separator, never inside an entry.
        self.setText(self.tr("Sneltoetsen:") + "&nbsp;&nbsp; " +
                     "&nbsp;&nbsp;·&nbsp; ".join(parts))


class ExtendMenu(QMenu):
    """1, 2 or 5 minutes more (the digit chooses)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for minutes in EXTENSIONS:
            action = self.addAction("&" + chair_text.minutes(minutes))
            action.setData(minutes)

    @classmethod
    def ask(cls, parent: QWidget, at: QPoint) -> int | None:
        menu = cls(parent)
        try:
            chosen = menu.exec(at)
            return int(chosen.data()) if chosen is not None else None
        finally:
            menu.deleteLater()


def screen_name(screen: QScreen, number: int) -> str:
    size = screen.geometry().size()
    label = screen.name() or screen.model() or ""
    return fill(tr("Scherm %1: %2 (%3×%4)"), number, label, size.width(), size.height())


def choose_screen(chosen: str | None, own: QScreen | None) -> QScreen | None:
    """The projector's screen: the chosen one when connected; else another screen than
    the chair's; None with a single screen (the chair switches between the views)."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if chosen and screen.name() == chosen:
            return screen
    others = [s for s in screens if s is not own]
    if len(screens) > 1 and others:
        return others[0]
    return None
