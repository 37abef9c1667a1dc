# ruff: noqa: F811  (the fixtures imported from test_meeting_chair)
"""The bell on the table always works: its keys ring over every dialog on the chair's
screen (the decision form, a confirmation), typing in a text field is not broken, and a
bell without a sound device says so on the chair's screen (never in a message box).

The dialogs here run their real ``exec()`` (application-modal by default): what the test
does inside runs from a timer, and the dialog is always closed, so nothing hangs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.test_meeting_chair import (  # noqa: F401 (fixtures)
    Agenda,
    FakeBell,
    agenda,
    clock,
    make_page,
    press,
    silent_bell,
    start,
)
from ui.kit.decision_form import DecisionForm
from ui.meeting import bell as bell_module
from ui.meeting.chair import MeetingPage
from vergadering.clock import FakeClock
from vergadering.store import Store


@pytest.fixture(autouse=True)
def default_keys():  # type: ignore[no-untyped-def]
    bell_module.set_bell_keys(list(bell_module.DEFAULT_KEYS))
    yield
    bell_module.set_bell_keys(list(bell_module.DEFAULT_KEYS))


def bells(page: MeetingPage) -> int:
    state = page.controller.state()
    assert state is not None
    return state.bells


def in_dialog(qtbot, open_dialog: Callable[[], object],  # type: ignore[no-untyped-def]
              act: Callable[[QDialog], None]) -> list[BaseException]:
    """Open a dialog with its real exec(); ``act(dialog)`` runs inside it, then the
    dialog is closed whatever happened. Returns what ``act`` raised."""
    raised: list[BaseException] = []

    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, inside)  # not shown (and given the keyboard) yet
            return
        try:
            act(dialog)
        except BaseException as error:  # noqa: BLE001 — reported after exec returns
            raised.append(error)
        finally:
            QDialog.done(dialog, 0)  # not reject(): that may ask first

    QTimer.singleShot(0, inside)
    open_dialog()
    return raised


def key(qtbot, key_: Qt.Key, text_widget: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
    """A key press where the keyboard is (the focus widget of the active window)."""
    target = text_widget or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key_)


@pytest.fixture
def running(qtbot, store: Store, agenda: Agenda, clock: FakeClock,  # type: ignore[no-untyped-def]
            silent_bell: type[FakeBell]) -> MeetingPage:
    page = make_page(qtbot, store)
    start(qtbot, page, clock)
    press(qtbot, page, Qt.Key.Key_N)  # the hamerstuk H-1 is under discussion
    press(qtbot, page, Qt.Key.Key_N)  # (N again does nothing while it runs)
    return page


def test_a_bell_key_in_the_decision_form_rings_and_is_counted(  # type: ignore[no-untyped-def]
        qtbot, running: MeetingPage, silent_bell: type[FakeBell]) -> None:
    seen: dict[str, object] = {}

    def act(form: QDialog) -> None:
        assert isinstance(form, DecisionForm)
        seen["modality"] = form.windowModality()
        next(iter(form.kind_buttons.values())).setFocus()
        key(qtbot, Qt.Key.Key_B)
        seen["after_b"] = bells(running)
        key(qtbot, Qt.Key.Key_Period)
        seen["after_period"] = bells(running)
        seen["open"] = form.isVisible()

    assert in_dialog(qtbot, running.decide_action.trigger, act) == []
    assert seen["after_b"] == 1 and seen["after_period"] == 2
    assert seen["open"] is True  # the form stays, with what was filled in
    assert silent_bell.rings == 2  # the chair's laptop sounded it
    assert running.current.bell.count.text() == "2× gebeld"
    # The form no longer blocks the projector (its bell button), only the chair's window.
    assert seen["modality"] == Qt.WindowModality.WindowModal


def test_b_in_the_koers_field_is_typed_not_rung(  # type: ignore[no-untyped-def]
        qtbot, running: MeetingPage) -> None:
    typed: dict[str, object] = {}

    def act(form: QDialog) -> None:
        assert isinstance(form, DecisionForm)
        form.koers_edit.setFocus()
        key(qtbot, Qt.Key.Key_B, form.koers_edit)
        key(qtbot, Qt.Key.Key_Period, form.koers_edit)
        typed["text"] = form.koers_edit.toPlainText()
        typed["bells"] = bells(running)

    assert in_dialog(qtbot, running.decide_action.trigger, act) == []
    assert typed == {"text": "b.", "bells": 0}


def test_a_key_that_types_nothing_rings_even_in_a_text_field(  # type: ignore[no-untyped-def]
        qtbot, running: MeetingPage) -> None:
    bell_module.set_bell_keys(["B", ".", "PgDown"])
    running.bell_action.setShortcuts(bell_module.bell_keys())  # as the keys dialog does
    seen: dict[str, object] = {}

    def act(form: QDialog) -> None:
        assert isinstance(form, DecisionForm)
        form.koers_edit.setFocus()
        key(qtbot, Qt.Key.Key_PageDown, form.koers_edit)
        seen["bells"] = bells(running)
        seen["text"] = form.koers_edit.toPlainText()

    assert in_dialog(qtbot, running.decide_action.trigger, act) == []
    assert seen == {"bells": 1, "text": ""}


def test_a_bell_key_in_a_confirmation_rings(  # type: ignore[no-untyped-def]
        qtbot, running: MeetingPage) -> None:
    seen: dict[str, object] = {}

    def act(box: QDialog) -> None:
        seen["title"] = box.windowTitle()
        key(qtbot, Qt.Key.Key_B)
        seen["bells"] = bells(running)
        seen["open"] = box.isVisible()

    # S asks first whether to stop the item under discussion: a QMessageBox.
    assert in_dialog(qtbot, running.skip_action.trigger, act) == []
    assert seen == {"title": "Punt overslaan", "bells": 1, "open": True}
    assert running.current.bell.count.text() == "1× gebeld"


@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")
def test_the_projectors_bell_button_works_while_the_form_is_open(  # type: ignore[no-untyped-def]
        qtbot, running: MeetingPage) -> None:
    running.projector_action.trigger()
    projector = running.projector
    assert projector is not None
    qtbot.waitExposed(projector)
    button = projector.bell_button  # type: ignore[attr-defined]
    seen: dict[str, object] = {}

    def act(form: QDialog) -> None:
        # Through the window system, as a real click: a blocked window never gets it.
        QTest.mouseClick(projector.windowHandle(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier,
                         button.mapTo(projector, button.rect().center()))
        seen["bells"] = bells(running)
        # A key that reaches the projector meanwhile starts no command behind the form.
        qtbot.keyClick(projector, Qt.Key.Key_S)
        seen["skipped"] = running.controller.state().current is None  # type: ignore[union-attr]
        seen["open"] = form.isVisible()

    assert in_dialog(qtbot, running.decide_action.trigger, act) == []
    assert seen == {"bells": 1, "skipped": False, "open": True}


def test_no_bell_from_a_dialog_before_the_meeting(  # type: ignore[no-untyped-def]
        qtbot, store: Store, agenda: Agenda, silent_bell: type[FakeBell]) -> None:
    page = make_page(qtbot, store)
    assert not page.dialog_bell.active
    dialog = QDialog(page)
    qtbot.addWidget(dialog)

    def act(shown: QDialog) -> None:
        shown.setFocus()
        key(qtbot, Qt.Key.Key_B, shown)

    assert in_dialog(qtbot, dialog.exec, act) == []
    assert silent_bell.rings == 0


class SilentBell:
    """A computer without a sound device (Bell.available is False)."""

    available = False

    def __init__(self) -> None:
        self.rings = 0

    def ring(self) -> None:
        self.rings += 1


class SoundingBell(SilentBell):
    available = True


@pytest.mark.parametrize("bell", [SilentBell, SoundingBell])
def test_a_silent_bell_is_said_on_the_chairs_screen(  # type: ignore[no-untyped-def]
        qtbot, store: Store, agenda: Agenda, clock: FakeClock, bell: type[SilentBell]) -> None:
    page = MeetingPage(store, tick_ms=3_600_000, bell=bell())
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert not page.current.bell.silent.isVisible()  # before the meeting: nothing
    start(qtbot, page, clock)
    silent = bell is SilentBell
    assert page.current.bell.silent.isVisible() is silent
    assert ("Geen geluid" in page.current.bell.silent.text()) is silent
    assert page.bell_silent_action.isVisible() is silent
    assert not page.bell_silent_action.isEnabled()  # a line to read, not a command
    assert ("geen geluidsapparaat" in page.bell_action.toolTip()) is silent
    assert "geluidsapparaat" not in getattr(page, "status_text", "")  # too long there
    press(qtbot, page, Qt.Key.Key_N)
    press(qtbot, page, Qt.Key.Key_B)
    assert bells(page) == 1  # silent or not, the ring is counted
