"""The projector belongs to the main window: it closes with it from every
page, it never keeps the program running on its own, Esc on it hides only the projector,
it never takes the keyboard from the chair's window, and keys pressed on it act as on
the chair's window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.kit.decision_form import DecisionForm
from ui.main_window import MainWindow
from ui.meeting import bell as bell_module
from ui.meeting import projector as projector_module
from ui.meeting.projector import ProjectorWindow
from vergadering import demo, run
from vergadering.clock import FakeClock
from vergadering.store import open_memory

pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
    r"^This plugin does not support raise\(\)$",
)

MEETING_DAY = dt.datetime(2026, 11, 24, 9, 0)  # the demo's next meeting (a Tuesday)
AREAS = ["agenda", "vergadering", "evaluaties", "besluiten", "team"]


class SilentBell:
    def __init__(self, parent: object = None) -> None:
        pass

    def ring(self) -> None:
        pass


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window with a meeting running and its first item under discussion."""
    monkeypatch.setattr(bell_module, "Bell", SilentBell)
    monkeypatch.setattr(projector_module, "Bell", SilentBell)
    store = open_memory(FakeClock(MEETING_DAY))
    demo.fill_demo(store)
    run.start_meeting(store)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.current_area() == "vergadering"
    yield win
    projector = win.meeting_page.projector
    if projector is not None:
        projector.close()
    win.store.close()


def show_projector(qtbot, win: MainWindow) -> ProjectorWindow:  # type: ignore[no-untyped-def]
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.meeting_page, Qt.Key.Key_F6)
    projector = win.meeting_page.projector
    assert isinstance(projector, ProjectorWindow)
    qtbot.waitUntil(projector.isVisible)
    return projector


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.parametrize("area", AREAS)
def test_closing_the_main_window_from_any_page_closes_the_projector(
        qtbot, window: MainWindow, area: str) -> None:  # type: ignore[no-untyped-def]
    projector = show_projector(qtbot, window)
    window.show_area(area)
    assert projector.isVisible()
    window.close()
    assert not projector.isVisible()
    assert visible_windows() == []


def test_quit_from_another_page_closes_the_projector(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    projector = show_projector(qtbot, window)
    window.show_area("team")
    window.quit_action.trigger()  # Ctrl+Q
    assert not projector.isVisible()
    assert visible_windows() == []


def test_projector_does_not_count_for_quit_on_last_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    projector = show_projector(qtbot, window)
    assert not projector.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    assert window.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)


def test_esc_on_the_projector_hides_only_the_projector(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    projector = show_projector(qtbot, window)
    # Esc pressed with the projector focused (after a click on it).
    QApplication.sendEvent(projector, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                                Qt.KeyboardModifier.NoModifier))
    assert not projector.isVisible()
    assert window.isVisible()
    assert visible_windows() == [window]
    assert window.meeting_page.projector_action.text() == "Beamer tonen"


def test_f6_leaves_the_keyboard_with_the_chair(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    monkeypatch.setattr(DecisionForm, "ask",
                        classmethod(lambda cls, store, item, parent=None, **kw:
                                    asked.append(item.id)))
    projector = show_projector(qtbot, window)
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.isActiveWindow()
    assert not projector.isActiveWindow()
    run.start_item(window.store, window.meeting_page.controller.state().upcoming[0].item_id)
    qtbot.keyClick(window.meeting_page, Qt.Key.Key_D)
    assert len(asked) == 1


def test_keys_pressed_on_the_projector_act_on_the_chairs_page(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []
    monkeypatch.setattr(DecisionForm, "ask",
                        classmethod(lambda cls, store, item, parent=None, **kw:
                                    asked.append(item.id)))
    projector = show_projector(qtbot, window)
    page = window.meeting_page
    first = page.controller.state().upcoming[0].item_id
    run.start_item(window.store, first)
    # A key sent to the projector (as when it got the keyboard after a click on it).
    QApplication.sendEvent(projector, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_D,
                                                Qt.KeyboardModifier.NoModifier, "d"))
    assert asked == [first]
    # P (pause) too, and again to go on.
    QApplication.sendEvent(projector, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_P,
                                                Qt.KeyboardModifier.NoModifier, "p"))
    state = page.controller.state()
    assert state is not None and state.paused
    QApplication.sendEvent(projector, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_P,
                                                Qt.KeyboardModifier.NoModifier, "p"))
    state = page.controller.state()
    assert state is not None and not state.paused
    # A key that is no command of the chair does nothing (and does not fail).
    QApplication.sendEvent(projector, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Z,
                                                Qt.KeyboardModifier.NoModifier, "z"))
    assert projector.isVisible()
