"""Messages that say what is true and what to do."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from pathlib import Path

import pytest

import vergadering.store as store_module
from ui.messages import at_line, describe, describe_store_error
from vergadering import backup, caseload, schema
from vergadering.backup import BackupReason
from vergadering.store import StoreError, open_store

TODAY = dt.date(2026, 11, 23)


def refused(path: Path, **kwargs: object) -> StoreError:
    with pytest.raises(StoreError) as caught:
        open_store(path, **kwargs)  # type: ignore[arg-type]
    return caught.value


# -- "alleen-lezen: u kunt kijken" ---------------------------------------------------

def test_an_unwritable_backup_folder_is_not_called_read_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path / "team.db")

    def no_rights(source: Path, target: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(backup, "_make_folder", no_rights)
    with pytest.raises(StoreError) as caught:
        backup.make_backup(store, BackupReason.MANUAL)
    store.close()
    text = describe_store_error(caught.value)
    assert "kunt kijken" not in text
    assert "reservekopie" in text and "schrijfrechten" in text
    assert "team-reservekopieen" in text


def test_a_file_that_cannot_be_made_is_not_called_read_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_rights(path: Path, *, private: bool) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(store_module, "create_database_file", no_rights)
    error = refused(tmp_path / "team.db")
    text = describe_store_error(error)
    assert "kunt kijken" not in text
    assert "schrijfrechten" in text and "map" in text


def test_an_older_file_without_write_rights_cannot_be_viewed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only file from an older version must be updated before anything shows."""
    path = tmp_path / "team.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.VERSION - 1}")
    conn.close()
    monkeypatch.setattr(store_module.os, "access", lambda *a, **k: False)  # even as root
    text = describe_store_error(refused(path))
    assert "kunt kijken" not in text
    assert "oudere versie" in text and "schrijfrechten" in text


# -- "Controleer of de map bestaat" --------------------------------------------------

def test_a_folder_chosen_as_database_says_so(tmp_path: Path) -> None:
    text = describe_store_error(refused(tmp_path))
    assert "Controleer of de map bestaat" not in text
    assert "is een map" in text


def test_a_folder_without_write_rights_says_so(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def no_rights(path: Path, *, private: bool) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(store_module, "create_database_file", no_rights)
    text = describe_store_error(refused(tmp_path / "team.db"))
    assert "Controleer of de map bestaat" not in text
    assert "geen schrijfrechten" in text


# -- an unterminated quote in the caseload CSV ---------------------------------------

def test_an_unterminated_quote_is_named(tmp_path: Path) -> None:
    data = b'client;behandelaar\nA-1;"Anouk\nB-2;Piet\nC-3;Piet\n'
    parsed = caseload.read_caseload(data, TODAY)
    texts = [describe(p) for p in parsed.file_problems] + [
        describe(p) for r in parsed.invalid_rows for p in r.problems]
    joined = "\n".join(texts)
    assert "één regel passen" not in joined
    assert "aanhalingsteken" in joined
    assert parsed.file_problems and parsed.file_problems[0].params.get("line") == 2
    assert at_line(2, texts[0])
