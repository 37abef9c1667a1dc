"""Backups in the app: the Reservekopieën dialog (list, make, restore, refuse a bad file),
the backup when a meeting starts, and the daily backup in the background."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import ui.backup_dialog as dialog_module
import ui.main_window as main_window_module
from ui.backup_dialog import BackupDialog
from ui.kit import widgets
from ui.main_window import MainWindow
from vergadering import backup, demo, meetings, members
from vergadering.backup import BackupReason
from vergadering.clock import FakeClock
from vergadering.meetings import MeetingStatus
from vergadering.store import Store, StoreError, StoreProblem, open_store

pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$", r"^No audio device detected$")


@pytest.fixture
def team(team_file_store: Store) -> Store:
    return team_file_store


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered yes (a test may set ``answers.no``)."""
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, accept_label: str) -> bool:
        asked.append(text)
        return "nee" not in asked

    monkeypatch.setattr(widgets, "confirm", confirm)
    return asked


def names(store: Store) -> list[str]:
    return [m.name for m in members.list_members(store)]


def make_dialog(qtbot, store: Store) -> BackupDialog:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_list_shows_the_backups_newest_first(team: Store, clock: FakeClock,
                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    backup.make_backup(team, BackupReason.DAILY)
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    backup.make_backup(team, BackupReason.MEETING)
    dialog = make_dialog(qtbot, team)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert len(texts) == 2
    assert texts[0].startswith("dinsdag 24 november 2026, 09:00 — bij de start van de "
                               "vergadering")
    assert texts[1].startswith("maandag 23 november 2026, 09:00 — dagelijks")
    assert dialog.list.currentRow() == 0 and dialog.restore_button.isEnabled()
    assert str(backup.folder(team.path)) in dialog.folder_label.text()


def test_make_now(team: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, team)
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.make_button, dialog_module.Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1
    assert "met de hand gemaakt" in dialog.list.item(0).text()
    assert "Reservekopie gemaakt" in dialog.message.text()


def test_restore_asks_first_and_keeps_what_it_replaces(team: Store, qtbot,  # type: ignore[no-untyped-def]
                                                       answers: list[str]) -> None:
    backup.make_backup(team, BackupReason.MEETING)
    members.add_member(team, "Bram Jansen")
    dialog = make_dialog(qtbot, team)
    assert dialog.restore_selected()
    assert "eerst als reservekopie bewaard" in answers[0]
    assert names(team) == ["Anna de Vries"]
    assert dialog.restored
    assert "Teruggezet" in dialog.message.text()
    reasons = [b.reason for b in backup.list_backups(team.path)]
    assert BackupReason.BEFORE_RESTORE in reasons
    assert any("vóór het terugzetten" in dialog.list.item(r).text()
               for r in range(dialog.list.count()))


def test_a_cancelled_restore_changes_nothing(team: Store, qtbot,  # type: ignore[no-untyped-def]
                                             answers: list[str]) -> None:
    backup.make_backup(team, BackupReason.MEETING)
    members.add_member(team, "Bram Jansen")
    answers.append("nee")
    dialog = make_dialog(qtbot, team)
    assert not dialog.restore_selected()
    assert names(team) == ["Anna de Vries", "Bram Jansen"]
    assert len(backup.list_backups(team.path)) == 1


def test_a_bad_file_is_refused_in_dutch(team: Store, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch,
                                        answers: list[str]) -> None:
    bad = tmp_path / "export.csv"
    bad.write_text("client;behandelaar\nD-1;Anna\n", encoding="utf-8")
    monkeypatch.setattr(dialog_module, "ask_backup_file", lambda parent, folder: str(bad))
    dialog = make_dialog(qtbot, team)
    assert not dialog.restore_other()
    assert "geen databasebestand van Vergadering" in dialog.error.text()
    assert answers == []  # refused before asking
    assert names(team) == ["Anna de Vries"]


def test_a_read_only_database_can_not_restore(team: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    backup.make_backup(team, BackupReason.MEETING)
    team.read_only = True
    dialog = make_dialog(qtbot, team)
    assert dialog.list.count() == 1  # still listed
    assert not dialog.restore_button.isEnabled() and not dialog.make_button.isEnabled()
    assert "alleen-lezen" in dialog.error.text()
    assert not dialog.restore_selected()


def test_the_main_window_rebuilds_after_a_restore(team: Store, qtbot,  # type: ignore[no-untyped-def]
                                                  answers: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(team)
    qtbot.addWidget(window)
    window.show()
    window.show_area("team", "members")
    backup.make_backup(team, BackupReason.MEETING)
    members.add_member(team, "Bram Jansen")

    def ask(store: Store, parent: object = None) -> bool:
        return backup.restore(store, backup.list_backups(store.path)[0].path) is not None

    monkeypatch.setattr(BackupDialog, "ask", ask)
    window.backup_action.trigger()
    assert window.current_area() == "team"
    assert names(team) == ["Anna de Vries"]


# -- automatic backups -----------------------------------------------------------------
@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[Store]:
    clock = FakeClock(dt.datetime(2026, 11, 24, 8, 55))
    store = open_store(tmp_path / "team.db", clock)
    demo.fill_demo(store)
    yield store
    store.close()


def test_starting_the_meeting_makes_a_backup_first(demo_file: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    window.show_area("vergadering")
    window.meeting_page.start_meeting()
    (made,) = backup.list_backups(demo_file.path)
    assert made.reason is BackupReason.MEETING
    copy = open_store(made.path)
    try:  # the backup holds the agenda as planned, before the start
        assert meetings.running(copy) is None
    finally:
        copy.close()
    assert meetings.running(demo_file) is not None


@pytest.mark.parametrize("go_on", [True, False])
def test_a_failed_backup_lets_the_chair_choose(demo_file: Store, qtbot,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch,
                                              answers: list[str], go_on: bool) -> None:
    def fail(store: Store, reason: BackupReason, **kwargs: object) -> None:
        raise StoreError(StoreProblem.DISK_FULL, "/gedeelde/map")

    monkeypatch.setattr(backup, "make_backup", fail)
    if not go_on:
        answers.append("nee")
    window = MainWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    window.show_area("vergadering")
    window.meeting_page.start_meeting()
    assert any("Er kon geen reservekopie worden gemaakt" in a and "vol" in a for a in answers)
    running = meetings.running(demo_file)
    assert (running is not None and running.status is MeetingStatus.RUNNING) == go_on


def test_the_daily_backup_runs_in_the_background(team: Store, qtbot,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window_module, "DAILY_BACKUP_DELAY_MS", 0)
    window = MainWindow(team)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.daily_backup is not None)
    assert window.daily_backup is not None
    window.daily_backup.join(10)
    (made,) = backup.list_backups(team.path)
    assert made.reason is BackupReason.DAILY
    # The same day it is not made again.
    assert dialog_module.start_daily_backup(team) is None


# -- failures that must not stop or freeze anything ----------------------------
def test_an_unforeseen_backup_failure_warns_and_the_meeting_can_start(
        demo_file: Store, qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        answers: list[str]) -> None:
    def vanished(store: Store, reason: BackupReason, **kwargs: object) -> None:
        raise FileNotFoundError(2, "No such file or directory")  # as a rotation race gave

    monkeypatch.setattr(backup, "make_backup", vanished)
    window = MainWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    window.show_area("vergadering")
    window.meeting_page.start_meeting()
    assert any("Er kon geen reservekopie worden gemaakt" in a for a in answers)
    running = meetings.running(demo_file)
    assert running is not None and running.status is MeetingStatus.RUNNING


def test_restoring_the_open_file_onto_itself_is_refused_in_dutch(
        team: Store, qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        answers: list[str]) -> None:
    def hang(store: Store, path: object) -> None:
        raise AssertionError("restore started: it would wait for itself for ever")

    monkeypatch.setattr(backup, "restore", hang)
    monkeypatch.setattr(dialog_module, "ask_backup_file", lambda parent, folder: team.path)
    dialog = make_dialog(qtbot, team)
    assert not dialog.restore_other()
    assert "het databasebestand dat nu open is" in dialog.error.text()
    assert answers == []  # refused before asking
    assert names(team) == ["Anna de Vries"]


def test_a_backup_of_a_locked_file_says_bezet_without_a_long_wait(
        team: Store, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(backup, "WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(team.path, timeout=0, isolation_level=None,
                             check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    # Should the copy wait for the lock, the lock ends after 5 s rather than hang the run.
    release = threading.Timer(5, lambda: holder.execute("ROLLBACK"))
    release.start()
    dialog = make_dialog(qtbot, team)
    started = time.monotonic()
    try:
        qtbot.mouseClick(dialog.make_button, dialog_module.Qt.MouseButton.LeftButton)
    finally:
        release.cancel()
        with contextlib.suppress(sqlite3.Error):  # unless the timer was first
            holder.execute("ROLLBACK")
        holder.close()
    assert time.monotonic() - started < 3
    assert "bezet" in dialog.error.text()
    assert dialog.list.count() == 0
