"""SQLite errors are sorted by their error code, not their (English) text; a damaged
file never escapes as a raw sqlite3.DatabaseError."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vergadering.store import TABLES, StoreError, StoreProblem, classify, open_store


def error_with(code: int | None, text: str = "iets") -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_X"  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(("code", "problem"), [
    (sqlite3.SQLITE_NOTADB, StoreProblem.NOT_A_DATABASE),
    (sqlite3.SQLITE_CORRUPT, StoreProblem.NOT_A_DATABASE),
    (sqlite3.SQLITE_BUSY, StoreProblem.LOCKED),
    (sqlite3.SQLITE_LOCKED, StoreProblem.LOCKED),
    (sqlite3.SQLITE_READONLY, StoreProblem.READ_ONLY),
    (sqlite3.SQLITE_FULL, StoreProblem.DISK_FULL),
    (sqlite3.SQLITE_IOERR, StoreProblem.DISK_FULL),
    (sqlite3.SQLITE_IOERR_WRITE, StoreProblem.DISK_FULL),  # extended codes too
    (sqlite3.SQLITE_BUSY_SNAPSHOT, StoreProblem.LOCKED),
    (sqlite3.SQLITE_CANTOPEN, StoreProblem.CANNOT_OPEN),
    (sqlite3.SQLITE_ERROR, None),
    (None, None),
])
def test_the_code_decides_not_the_text(code: int | None, problem: StoreProblem | None) -> None:
    # The text says something else: only the code may count.
    assert classify(error_with(code, "database is locked; file is not a database")) is problem


def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    store = open_store(path, create=True)
    with store.transaction() as conn:
        for n in range(300):
            conn.execute("INSERT INTO client (reference, added_on, created_at, updated_at)"
                         " VALUES (?, '2026-01-01', 'x', 'x')", (f"C-{n:03}",))
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)  # garbage pages after the first
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_file_is_a_store_error_when_opened_or_queried(tmp_path: Path) -> None:
    path = damaged(tmp_path)
    try:
        store = open_store(path, create=False)
    except StoreError as error:
        assert error.problem is StoreProblem.NOT_A_DATABASE
        return
    with pytest.raises(StoreError) as info:
        store.query("SELECT count(*) FROM client WHERE reference LIKE 'C%'")
    store.close()
    assert info.value.problem is StoreProblem.NOT_A_DATABASE


def test_a_truncated_file_is_a_store_error(tmp_path: Path) -> None:
    path = damaged(tmp_path)
    path.write_bytes(path.read_bytes()[:6000])
    try:
        store = open_store(path, create=False)
    except StoreError as error:
        assert error.problem is StoreProblem.NOT_A_DATABASE
        return
    with pytest.raises(StoreError):
        store.query("SELECT * FROM client")
    store.close()


def test_the_table_list_matches_the_migrated_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db", create=True)
    names = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    store.close()
    assert set(TABLES) == names - {"sqlite_sequence", "sqlite_stat1"}


def test_a_malformed_page_met_by_a_query_is_a_store_error(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db", create=True)
    real = store.conn

    class Damaged:
        def execute(self, *args: object) -> object:
            error = sqlite3.DatabaseError("database disk image is malformed")
            error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT  # type: ignore[attr-defined]
            raise error

    store.conn = Damaged()  # type: ignore[assignment]
    with pytest.raises(StoreError) as info:
        store.query("SELECT * FROM client")
    store.conn = real
    store.close()
    assert info.value.problem is StoreProblem.NOT_A_DATABASE
