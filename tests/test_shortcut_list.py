"""F1: the shortcut list names keys as the key caps do and keeps its columns aligned."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from ui import window_menus
from ui.main_window import MainWindow
from vergadering.clock import FakeClock
from vergadering.store import open_memory


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.store.close()


def test_keys_are_named_as_on_the_keyboard() -> None:
    assert window_menus.key_text(QKeySequence("Return")) == "Enter"
    assert window_menus.key_text(QKeySequence("Ctrl+Return")) == "Ctrl+Enter"
    assert window_menus.key_text(QKeySequence("Ctrl+Shift+N")) == "Ctrl+Shift+N"


def test_the_list_is_a_two_column_table(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.show_area("agenda")
    rows = window.shortcut_rows()
    assert rows and all(key != "Return" and "Return" not in key for key, _ in rows)
    window_menus.show_shortcuts(window)
    (text,) = shown
    assert text.startswith("<table>") and text.count("<tr>") == len(rows)
    assert "<b>F1</b></td><td>Sneltoetsen" in text
