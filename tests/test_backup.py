"""Backups with SQLite's backup API: where they go, their names and permissions, rotation,
a full disk, and restoring one (with a backup of what it replaces)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest
from test_migrations import make_old_file

from vergadering import backup, members, schema
from vergadering.backup import BackupReason
from vergadering.clock import FakeClock
from vergadering.store import EXTERNAL, Change, Store, StoreError, StoreProblem, open_store


@pytest.fixture
def team(team_file_store: Store) -> Store:
    return team_file_store


def names(store: Store) -> list[str]:
    return [m.name for m in members.list_members(store)]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_complete_copy_beside_the_database(team: Store, clock: FakeClock) -> None:
    made = backup.make_backup(team, BackupReason.MEETING)
    assert made is not None
    assert made.path.parent == Path(team.path).parent / "team-reservekopieen"
    assert made.path.name == "team-000001-20261123-090000-vergadering.db"
    assert (made.made_at, made.reason) == (clock.now(), BackupReason.MEETING)
    assert made.size == made.path.stat().st_size > 0
    copy = open_store(made.path)
    try:
        assert names(copy) == ["Anna de Vries"]
    finally:
        copy.close()
    assert not list(made.path.parent.glob("*.tmp"))
    assert backup.list_backups(team.path) == [made]


def test_an_in_memory_store_has_no_backups(store: Store) -> None:
    assert backup.make_backup(store, BackupReason.MANUAL) is None
    assert not backup.daily_backup_due(store)


@pytest.mark.parametrize("file_mode, folder_mode", [(0o600, 0o700), (0o640, 0o750)])
def test_a_backup_keeps_the_permissions_of_what_it_copies(team: Store, file_mode: int,
                                                          folder_mode: int) -> None:
    database = Path(team.path)
    database.chmod(file_mode)
    database.parent.chmod(folder_mode)
    made = backup.make_backup(team, BackupReason.MANUAL)
    assert made is not None
    assert mode(made.path) == file_mode
    assert mode(made.path.parent) == folder_mode


def test_backups_in_the_same_second_get_their_own_names(team: Store) -> None:
    first = backup.make_backup(team, BackupReason.MANUAL)
    second = backup.make_backup(team, BackupReason.MANUAL)
    assert first is not None and second is not None
    assert first.path != second.path
    assert {b.path for b in backup.list_backups(team.path)} == {first.path, second.path}


def test_only_the_newest_are_kept(team: Store, clock: FakeClock) -> None:
    made = []
    for day in range(6):
        clock.set(dt.datetime(2026, 11, 1 + day, 9, 0))
        made.append(backup.make_backup(team, BackupReason.MEETING, keep=4))
    kept = backup.list_backups(team.path)
    assert [b.made_at.day for b in kept] == [6, 5, 4, 3]  # newest first
    assert all(not b.path.exists() for b in made[:2] if b is not None)


def test_a_partial_backup_left_by_a_crash_is_ignored_and_cleared(team: Store) -> None:
    folder = backup.folder(team.path)
    folder.mkdir()
    partial = folder / "team-20261101-090000-vergadering.db.tmp"
    partial.write_bytes(b"half a database")
    an_hour_ago = time.time() - 3700
    os.utime(partial, (an_hour_ago, an_hour_ago))
    assert backup.list_backups(team.path) == []
    backup.make_backup(team, BackupReason.MANUAL)
    assert not partial.exists()


def test_a_full_disk_leaves_no_half_backup_and_the_database_untouched(
        team: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = Path(team.path).read_bytes()

    def full(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00 and then the disk was full")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(StoreError) as raised:
        backup.make_backup(team, BackupReason.MEETING)
    assert raised.value.problem is StoreProblem.DISK_FULL
    assert backup.list_backups(team.path) == []
    assert list(backup.folder(team.path).iterdir()) == []
    assert Path(team.path).read_bytes() == before
    assert names(team) == ["Anna de Vries"]


def test_a_daily_backup_is_due_once_the_newest_is_old(team: Store, clock: FakeClock) -> None:
    assert backup.daily_backup_due(team)
    backup.make_backup(team, BackupReason.DAILY)
    assert not backup.daily_backup_due(team)
    clock.advance(hours=19)
    assert not backup.daily_backup_due(team)
    clock.advance(hours=1)
    assert backup.daily_backup_due(team)


# -- restoring -------------------------------------------------------------------------
def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(
        team: Store, clock: FakeClock) -> None:
    made = backup.make_backup(team, BackupReason.MEETING)
    assert made is not None
    members.add_member(team, "Bram Jansen")
    other = open_store(team.path)  # a colleague's app on the same file
    heard: list[Change] = []
    team.subscribe(heard.append)
    clock.advance(minutes=5)
    try:
        safety = backup.restore(team, made.path)
        assert names(team) == ["Anna de Vries"]
        assert names(other) == ["Anna de Vries"]
        assert other.poll_external()
    finally:
        other.close()
    assert Change(EXTERNAL) in heard
    assert safety is not None and safety.reason is BackupReason.BEFORE_RESTORE
    kept = open_store(safety.path)
    try:
        assert names(kept) == ["Anna de Vries", "Bram Jansen"]
    finally:
        kept.close()
    members.add_member(team, "Cees na het herstel")  # the store works on as before
    assert "Cees na het herstel" in names(team)


def test_a_backup_from_an_older_version_is_restored_and_migrated(team: Store,
                                                                 tmp_path: Path) -> None:
    old = tmp_path / "oud.db"
    make_old_file(old, 1)
    assert backup.check_backup(old) == 1
    backup.restore(team, old)
    assert team.query("PRAGMA user_version")[0][0] == schema.VERSION
    assert names(team) == ["Oud Lid"]


def write_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()


def write_newer(path: Path) -> None:
    make_old_file(path, schema.VERSION)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    conn.close()


@pytest.mark.parametrize("make, problem", [
    (lambda p: p.write_bytes(os.urandom(4096)), StoreProblem.NOT_A_DATABASE),
    (lambda p: p.write_text("client;behandelaar\nD-1;Anna\n"), StoreProblem.NOT_A_DATABASE),
    (write_foreign, StoreProblem.OTHER_APPLICATION),
    (write_newer, StoreProblem.NEWER_VERSION),
])
def test_what_is_not_a_good_backup_is_refused_and_nothing_changes(
        team: Store, tmp_path: Path, make, problem: StoreProblem) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "verkeerd.db"
    make(bad)
    before = Path(team.path).read_bytes()
    with pytest.raises(StoreError) as raised:
        backup.restore(team, bad)
    assert raised.value.problem is problem
    assert Path(team.path).read_bytes() == before
    assert backup.list_backups(team.path) == []  # refused before anything was done


def test_a_read_only_store_cannot_restore(team: Store) -> None:
    made = backup.make_backup(team, BackupReason.MANUAL)
    assert made is not None
    team.read_only = True
    with pytest.raises(StoreError) as raised:
        backup.restore(team, made.path)
    assert raised.value.problem is StoreProblem.READ_ONLY
