"""A damaged (or emptied) team file can be replaced by one of its backups from the
dialog that says it cannot be opened; the damaged file is kept beside it, never lost."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import ui.app as app_module
from ui.app import open_with_recovery
from vergadering import backup, members
from vergadering.backup import BackupReason
from vergadering.store import StoreError, StoreProblem, open_store

NOW = dt.datetime(2026, 12, 7, 10, 30)


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """team.db with a member and a backup of it, then damaged past its header."""
    path = tmp_path / "team.db"
    store = open_store(path)
    members.add_member(store, "Anna de Vries")
    made = backup.make_backup(store, BackupReason.MANUAL)
    store.close()
    assert made is not None
    os.chmod(path, 0o640)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as error:
        open_store(path, create=False)
    assert error.value.problem is StoreProblem.NOT_A_DATABASE
    return path, made.path


def test_restore_onto_keeps_the_damaged_file(damaged: tuple[Path, Path]) -> None:
    path, made = damaged
    broken = path.read_bytes()
    kept = backup.restore_onto(path, made, private=False, now=NOW)
    assert kept == path.with_name("team.db.beschadigd-20261207-103000")
    assert kept.read_bytes() == broken  # the damaged file, untouched
    assert oct(path.stat().st_mode & 0o777) == oct(0o660)  # never open to others
    store = open_store(path, create=False)
    assert [m.name for m in members.list_members(store)] == ["Anna de Vries"]
    store.close()
    assert made.exists()  # the backup itself stays


def test_a_bad_backup_changes_nothing(damaged: tuple[Path, Path], tmp_path: Path) -> None:
    path, _ = damaged
    broken = path.read_bytes()
    other = tmp_path / "geen.db"
    other.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(StoreError):
        backup.restore_onto(path, other, private=False, now=NOW)
    assert path.read_bytes() == broken
    assert list(path.parent.glob("team.db.beschadigd-*")) == []


def test_the_dialog_offers_the_restore_and_opens_the_restored_file(
        qapp, damaged: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path, made = damaged
    offered: list[bool] = []

    def ask(message: str, *, backups: bool = False) -> str:
        offered.append(backups)
        assert "reservekopie" in message
        return "restore"

    monkeypatch.setattr(app_module, "ask_recovery", ask)
    monkeypatch.setattr("ui.backup_dialog.ask_backup_file", lambda parent, folder: str(made))
    monkeypatch.setattr(app_module.QMessageBox, "information", lambda *args: None)
    store = open_with_recovery(path, private=False)
    assert store is not None
    assert [m.name for m in members.list_members(store)] == ["Anna de Vries"]
    store.close()
    assert offered == [True]
    assert len(list(path.parent.glob("team.db.beschadigd-*"))) == 1


def test_without_backups_beside_it_a_copy_kept_elsewhere_can_be_restored(
        qapp, damaged: tuple[Path, Path], tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The backups folder is gone (or was never made there): the restore is still
    offered, the file dialog opens in the database's own folder, and a copy from a USB
    stick goes in the damaged file's place."""
    import shutil

    path, made = damaged
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = stick / "team-kopie.db"
    shutil.copyfile(made, copy)
    shutil.rmtree(backup.folder(path))
    offered: list[bool] = []
    started_in: list[Path] = []

    def ask(message: str, *, backups: bool = False) -> str:
        offered.append(backups)
        assert "elders bewaard" in message  # where a copy may come from
        return "restore"

    def choose(parent: object, folder: Path) -> str:
        started_in.append(folder)
        return str(copy)

    monkeypatch.setattr(app_module, "ask_recovery", ask)
    monkeypatch.setattr("ui.backup_dialog.ask_backup_file", choose)
    monkeypatch.setattr(app_module.QMessageBox, "information", lambda *args: None)
    store = open_with_recovery(path, private=False)
    assert store is not None
    assert [m.name for m in members.list_members(store)] == ["Anna de Vries"]
    store.close()
    assert offered == [True] and started_in == [path.parent]
    assert len(list(path.parent.glob("team.db.beschadigd-*"))) == 1
