"""Where the main window opens: the remembered place, kept within the screen it lands on,
or the first time the default size centred on the primary screen; and, once the window
manager has framed it, the whole frame on the screen (laptops of 1366×768 or 1280×720
have no room to spare)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from . import paths

DEFAULT_SIZE = QSize(1280, 800)
TITLE_BAR, FRAME_BORDER = 32, 4  # room kept for the window's frame before it is known
FRAME_CHECK_MS = 300  # the window manager frames the window shortly after it is shown
RECT_KEY, MAXIMIZED_KEY = "window/rect", "window/maximized"


def fit_into(window: QRect, available: QRect) -> QRect:
    """``window`` shrunk where it is larger than ``available`` and moved the least
    distance that puts it wholly inside."""
    width = min(window.width(), available.width())
    height = min(window.height(), available.height())
    x = max(available.left(), min(window.left(), available.left() + available.width() - width))
    y = max(available.top(), min(window.top(), available.top() + available.height() - height))
    return QRect(x, y, width, height)


def window_rect(remembered: QRect | None, screens: Sequence[QRect],
                default: QSize = DEFAULT_SIZE) -> QRect:
    """Where the window opens. ``screens`` are the available geometries, the primary
    screen first. The first time (nothing remembered): the default size, shrunk to fit
    the primary screen, centred on it. Later: the remembered place, kept within the screen
    that holds most of it, or within the primary screen when that screen is gone."""
    if remembered is None or remembered.isEmpty():
        centred = QRect(0, 0, default.width(), default.height())
        centred.moveCenter(screens[0].center())
        return fit_into(centred, screens[0])

    def overlap(screen: QRect) -> int:
        shared = screen.intersected(remembered)
        return shared.width() * shared.height()

    best = max(screens, key=overlap)
    return fit_into(remembered, best if overlap(best) > 0 else screens[0])


def place(window: QWidget) -> None:
    """Put a window not yet shown where :func:`window_rect` says. The frame is outside
    the geometry and not known before the window shows: room for a title bar (about 30
    pixels on Windows and most Linux desktops) and a thin border is kept, and
    :func:`keep_frame_on_screen` corrects it once known."""
    s = paths.settings()
    value = s.value(RECT_KEY)
    remembered = value if isinstance(value, QRect) else None
    # Not the style's title bar metric: asking the style costs start-up time, and the
    # window manager draws the title bar anyway (corrected once known, see below).
    frame = QMargins(FRAME_BORDER, TITLE_BAR, FRAME_BORDER, FRAME_BORDER)
    primary = QGuiApplication.primaryScreen()
    others = [screen for screen in QGuiApplication.screens() if screen is not primary]
    screens = [screen.availableGeometry().marginsRemoved(frame)
               for screen in [primary, *others]]
    placed = window_rect(remembered, screens)
    window.setGeometry(placed)
    if s.value(MAXIMIZED_KEY, False, type=bool):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def check() -> None:
        if window.size() == placed.size():  # not resized since (by the user, a test)
            keep_frame_on_screen(window)

    QTimer.singleShot(FRAME_CHECK_MS, window, check)


def keep_frame_on_screen(window: QWidget) -> None:
    """Once framed: move (and if need be shrink) the window so that its whole frame,
    title bar included, lies within its screen's available area. Some window managers
    put the frame's corner where the window was asked to be, which pushes the bottom
    off a small screen."""
    if not window.isVisible() or window.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    screen = window.screen()
    if screen is None:
        return
    moved = frame_fix(window.frameGeometry(), window.geometry(), screen.availableGeometry())
    if moved is not None:
        window.setGeometry(moved)


def frame_fix(frame: QRect, inner: QRect, available: QRect) -> QRect | None:
    """The window's new geometry when its ``frame`` runs off ``available``; None when it
    fits, or when there is no frame (no window manager framed it: nothing to learn)."""
    if frame == inner or available.contains(frame):
        return None
    margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                       frame.right() - inner.right(), frame.bottom() - inner.bottom())
    return fit_into(frame, available).marginsRemoved(margins)


def remember(window: QWidget) -> None:
    """Keep the window's place (unmaximised) and whether it is maximised."""
    s = paths.settings()
    s.setValue(RECT_KEY, window.normalGeometry())
    s.setValue(MAXIMIZED_KEY, window.isMaximized())
    s.remove("window/geometry")  # the form saved before (restoreGeometry's)
