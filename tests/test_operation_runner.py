"""The one way the screens run an operation (ui/common.run_operation): problems shown or
handed to a form, and a team file another computer holds never freezes the window."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from ui import common
from vergadering import members
from vergadering.clock import FakeClock
from vergadering.problems import Code
from vergadering.store import Store, open_store


@pytest.fixture
def team(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "team.db", FakeClock(dt.datetime(2026, 11, 23, 9, 0)),
                       create=True)
    yield store
    store.close()


def hold(path: str) -> sqlite3.Connection:
    """Another computer writing: a connection that holds the file's write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_the_result_or_none_after_showing_the_problem(qtbot, team, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda parent, text, title=None: shown.append(text))
    assert common.run_operation(None, lambda: members.add_member(team, "Anouk"),
                                store=team).name == "Anouk"
    assert common.run_operation(None, lambda: members.add_member(team, "  "), store=team) is None
    assert len(shown) == 1 and shown[0]
    handed = []
    assert common.run_operation(None, lambda: members.add_member(team, ""), store=team,
                                problems=handed.extend) is None
    assert [p.code for p in handed] == [Code.REQUIRED] and len(shown) == 1


def test_a_busy_file_is_waited_for_while_the_window_keeps_running(qtbot, team,
                                                                  monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda parent, text, title=None: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    other = hold(team.path)
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(50)
    QTimer.singleShot(700, other.rollback)  # the colleague's save is done
    added = common.run_operation(parent, lambda: members.add_member(team, "Bram"), store=team)
    ticker.stop()
    other.close()
    assert added is not None and added.name == "Bram"
    assert shown == []
    assert len(ticks) >= 5  # the event loop ran during the wait: nothing froze
    # The store waits as before for everything else.
    assert team.query("PRAGMA busy_timeout")[0][0] == 5000


def test_a_file_that_stays_busy_is_reported_and_nothing_changes(qtbot, team,
                                                                monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(common, "BUSY_GIVE_UP_S", 0.6)
    other = hold(team.path)
    try:
        assert common.run_operation(None, lambda: members.add_member(team, "Chantal"),
                                    store=team) is None
    finally:
        other.rollback()
        other.close()
    assert len(shown) == 1 and "bezet" in shown[0].lower()
    assert members.list_members(team) == []


def test_stopping_the_wait_changes_nothing(qtbot, team, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda parent, text, title=None: shown.append(text))
    other = hold(team.path)

    def stop() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.findChild(QPushButton).click()  # "Stoppen"

    QTimer.singleShot(400, stop)
    try:
        assert common.run_operation(None, lambda: members.add_member(team, "Daan"),
                                    store=team) is None
    finally:
        other.rollback()
        other.close()
    assert shown == []  # the user chose to stop: no error on top of it
    assert members.list_members(team) == []


def test_a_read_hands_its_problem_to_the_status_line(qtbot, team) -> None:
    said: list[str] = []
    assert common.load(lambda: members.list_members(team), said.append) == []
    other = sqlite3.connect(team.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # a colleague's save, reading not possible either
    try:
        with team.waiting_at_most(50):
            assert common.load(lambda: members.list_members(team), said.append) is None
    finally:
        other.rollback()
        other.close()
    assert len(said) == 1 and "bezet" in said[0]
