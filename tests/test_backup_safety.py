"""What backups must survive: restoring the oldest of a full list, a team PC
whose clock is wrong, a file another program holds locked, restoring the live file onto
itself, two databases with one name in one folder, and a world-writable parent folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vergadering import backup, members
from vergadering.backup import BackupReason
from vergadering.clock import FakeClock
from vergadering.problems import Code, ValidationError
from vergadering.store import Store, StoreError, StoreProblem, open_store


@pytest.fixture
def team(team_file_store: Store) -> Store:
    return team_file_store


def names(store: Store) -> list[str]:
    return [m.name for m in members.list_members(store)]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- 1. restoring the oldest ----------------------------------------------------------
def test_restoring_the_oldest_of_a_full_list_loses_neither_it_nor_the_safety_copy(
        team: Store, clock: FakeClock) -> None:
    oldest = backup.make_backup(team, BackupReason.MEETING)
    assert oldest is not None
    members.add_member(team, "Bram Jansen")
    for _ in range(backup.KEEP - 1):
        clock.advance(days=1)
        backup.make_backup(team, BackupReason.DAILY)
    assert len(backup.list_backups(team.path)) == backup.KEEP
    clock.advance(days=1)
    safety = backup.restore(team, oldest.path)
    assert names(team) == ["Anna de Vries"]
    assert oldest.path.exists()
    assert safety is not None and safety.path.exists()
    assert backup.list_backups(team.path)[0] == safety  # newest first
    # Restoring it again works too: it is still there.
    members.add_member(team, "Cees")
    backup.restore(team, oldest.path)
    assert names(team) == ["Anna de Vries"]


# -- 2. a wrong clock on another PC ----------------------------------------------------
def test_a_pc_with_its_clock_a_year_ahead_does_not_stop_the_others(
        team: Store, clock: FakeClock) -> None:
    right = clock.now()
    wrong = FakeClock(right + dt.timedelta(days=365))
    other_pc = open_store(team.path, wrong)
    try:
        for day in range(21):  # three weeks: both PCs start the app every day
            clock.set(right + dt.timedelta(days=day))
            wrong.set(right + dt.timedelta(days=365 + day, minutes=5))
            assert backup.daily_backup_due(other_pc)
            backup.make_backup(other_pc, BackupReason.DAILY)
            assert backup.daily_backup_due(team), f"day {day}"
            backup.make_backup(team, BackupReason.DAILY)
            assert not backup.daily_backup_due(team)
        kept = backup.list_backups(team.path)
        assert len(kept) == backup.KEEP
        ours = [b for b in kept if b.made_at.year == right.year]
        assert len(ours) == backup.KEEP // 2  # the newest ten days of each PC
        assert kept[0].made_at == clock.now()  # the list follows the order of making
        made = backup.make_backup(team, BackupReason.MEETING)  # the chair's start
        assert made is not None and made.path.exists()
        assert backup.list_backups(team.path)[0] == made
    finally:
        other_pc.close()


# -- 3. locks and self-restore ---------------------------------------------------------
@pytest.fixture
def locked(team: Store) -> Iterator[sqlite3.Connection]:
    """Another program holds the team file with an exclusive lock."""
    holder = sqlite3.connect(team.path, timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield holder
    holder.execute("ROLLBACK")
    holder.close()


def within(seconds: float, call: Callable[[], object]) -> BaseException | None:
    """Run ``call`` in a thread; fail when it has not finished in ``seconds`` (it would
    otherwise hang the test run); return what it raised."""
    raised: list[BaseException] = []

    def work() -> None:
        try:
            call()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            raised.append(error)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still waiting after {seconds} s"
    return raised[0] if raised else None


def test_a_backup_of_a_locked_file_gives_up_with_bezet(
        team: Store, locked: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "WAIT_SECONDS", 0.2)
    started = time.monotonic()
    error = within(5, lambda: backup.make_backup(team, BackupReason.MANUAL))
    assert isinstance(error, StoreError) and error.problem is StoreProblem.LOCKED
    assert time.monotonic() - started >= 0.2
    assert backup.list_backups(team.path) == []
    assert not list(backup.folder(team.path).glob("*.tmp"))


@pytest.mark.parametrize("lock", ["BEGIN EXCLUSIVE", "BEGIN IMMEDIATE"])
def test_a_restore_onto_a_locked_file_gives_up_with_bezet(
        team: Store, monkeypatch: pytest.MonkeyPatch, lock: str) -> None:
    made = backup.make_backup(team, BackupReason.MANUAL)
    assert made is not None
    members.add_member(team, "Bram Jansen")
    monkeypatch.setattr(backup, "WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(team.path, timeout=0, isolation_level=None,
                             check_same_thread=False)
    holder.execute(lock)  # IMMEDIATE lets the safety copy read, but not the restore write
    # The store works on this thread only, so the restore runs here; should it wait for
    # the lock, the lock ends after 5 s rather than hang the test run.
    release = threading.Timer(5, lambda: holder.execute("ROLLBACK"))
    release.start()
    started = time.monotonic()
    try:
        with pytest.raises(StoreError) as raised:
            backup.restore(team, made.path)
        error = raised.value
    finally:
        release.cancel()
        with contextlib.suppress(sqlite3.Error):  # unless the timer was first
            holder.execute("ROLLBACK")
        holder.close()
    assert time.monotonic() - started < 3
    assert isinstance(error, StoreError) and error.problem is StoreProblem.LOCKED
    assert names(team) == ["Anna de Vries", "Bram Jansen"]  # nothing changed
    assert team.query("PRAGMA busy_timeout")[0][0] == 5000  # the store's own wait is back


def test_restoring_the_live_file_onto_itself_is_refused(team: Store) -> None:
    error = within(5, lambda: backup.restore(team, team.path))
    assert isinstance(error, ValidationError)
    assert [p.code for p in error.problems] == [Code.RESTORE_SAME_FILE]
    assert backup.list_backups(team.path) == []  # refused before the safety copy
    assert names(team) == ["Anna de Vries"]


# -- 4. one folder, two databases; the folder's permissions ----------------------------
def test_team_db_and_team_sqlite_keep_their_own_backups(team: Store, tmp_path: Path,
                                                        clock: FakeClock) -> None:
    other = open_store(tmp_path / "team.sqlite", clock)
    try:
        members.add_member(other, "Iemand Anders")
        mine = backup.make_backup(team, BackupReason.MANUAL)
        theirs = backup.make_backup(other, BackupReason.MANUAL)
        assert mine is not None and theirs is not None
        assert backup.list_backups(team.path) == [mine]
        assert backup.list_backups(other.path) == [theirs]
        for _ in range(3):
            backup.make_backup(other, BackupReason.MANUAL, keep=1)
        assert mine.path.exists()
    finally:
        other.close()


@pytest.mark.parametrize("file_mode, folder_mode", [(0o600, 0o700), (0o660, 0o770)])
def test_the_backup_folder_is_never_world_writable(tmp_path: Path, clock: FakeClock,
                                                   file_mode: int, folder_mode: int) -> None:
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    shared.chmod(0o1777)
    store = open_store(shared / "team.db", clock)
    try:
        Path(store.path).chmod(file_mode)
        made = backup.make_backup(store, BackupReason.MANUAL)
        assert made is not None
        assert mode(made.path.parent) == folder_mode
        assert mode(made.path) == file_mode
    finally:
        store.close()
