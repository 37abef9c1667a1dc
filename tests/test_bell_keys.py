"""Choosing the keys that ring the bell on this computer (a clicker's button)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ui.meeting import bell
from ui.meeting.bell_keys_dialog import BellKeysDialog


@pytest.fixture(autouse=True)
def default_keys():  # type: ignore[no-untyped-def]
    bell.set_bell_keys(list(bell.DEFAULT_KEYS))
    yield
    bell.set_bell_keys(list(bell.DEFAULT_KEYS))


def names() -> list[str]:
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in bell.bell_keys()]


def test_a_pressed_key_is_added_and_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = BellKeysDialog()
    qtbot.addWidget(dialog)
    dialog.listen()
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.keys == ["B", ".", "PgDown"]
    assert "toegevoegd" in dialog.message.text()
    dialog.accept()
    bell.set_bell_keys(dialog.keys)
    assert names() == ["B", ".", "PgDown"]


def test_keys_with_another_task_are_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = BellKeysDialog()
    qtbot.addWidget(dialog)
    dialog.listen()
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    assert dialog.keys == ["B", "."]
    assert "andere taak" in dialog.message.text()


def test_reset_returns_to_b_and_period(qtbot) -> None:  # type: ignore[no-untyped-def]
    bell.set_bell_keys(["F8"])
    dialog = BellKeysDialog()
    qtbot.addWidget(dialog)
    assert dialog.keys == ["F8"]
    dialog.reset()
    assert dialog.keys == ["B", "."]


def test_ask_saves_only_when_accepted(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(BellKeysDialog, "exec", lambda self: self.reject() or 0)
    assert BellKeysDialog.ask() is None
    assert names() == ["B", "."]

    def add_f8(self: BellKeysDialog) -> int:
        self.keys.append("F8")
        return 1

    monkeypatch.setattr(BellKeysDialog, "exec", add_f8)
    assert BellKeysDialog.ask() == ["B", ".", "F8"]
    assert names() == ["B", ".", "F8"]


def test_the_chair_screen_listens_to_the_new_keys(  # type: ignore[no-untyped-def]
        qtbot, store, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.meeting.chair import MeetingPage

    page = MeetingPage(store)
    qtbot.addWidget(page)

    def choose(parent=None):  # type: ignore[no-untyped-def]
        bell.set_bell_keys(["B", ".", "F8"])
        return ["B", ".", "F8"]

    monkeypatch.setattr(BellKeysDialog, "ask", staticmethod(choose))
    page.bell_keys_action.trigger()
    shortcuts = [k.toString(QKeySequence.SequenceFormat.PortableText)
                 for k in page.bell_action.shortcuts()]
    assert "F8" in shortcuts
