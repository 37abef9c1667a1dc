"""The database file: opening it safely, refusing what is not ours, transactions."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from vergadering import members, schema
from vergadering import store as store_module
from vergadering.clock import FakeClock
from vergadering.members import add_member, list_members
from vergadering.store import (
    APPLICATION_ID,
    Change,
    Store,
    StoreError,
    StoreProblem,
    classify,
    open_memory,
    open_store,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path, clock: FakeClock) -> Path:
    """A database file of ours with one member in it, closed again."""
    path = tmp_path / "team.db"
    s = open_store(path, clock)
    add_member(s, "Anna")
    s.close()
    return path


def raw_sqlite(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def refused(path: Path, problem: StoreProblem, **options: object) -> StoreError:
    before = sha256(path) if path.is_file() else None
    with pytest.raises(StoreError) as info:
        s = open_store(path, **options)  # type: ignore[arg-type]
        s.close()
    assert info.value.problem is problem
    assert info.value.path == str(path)
    if before is not None:
        assert sha256(path) == before, "a refused file must stay untouched"
    return info.value


@pytest.fixture
def opened(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(db_path, clock)
    yield s
    s.close()


# -- files ------------------------------------------------------------------------


def test_a_new_file_is_created_and_works(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "sub" / "map" / "team.db"
    s = open_store(path, clock)
    try:
        assert path.is_file()
        assert not s.read_only
        assert s.path == str(path)
        assert s.is_empty()
        add_member(s, "Anna")
        assert not s.is_empty()
        version = s.conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = s.conn.execute("PRAGMA application_id").fetchone()[0]
        assert (version, app_id) == (schema.VERSION, APPLICATION_ID)
    finally:
        s.close()


def test_reopening_keeps_the_data(db_path: Path, clock: FakeClock) -> None:
    s = open_store(db_path, clock)
    try:
        assert [m.name for m in list_members(s)] == ["Anna"]
        add_member(s, "Bram")
    finally:
        s.close()
    s = open_store(str(db_path), clock)
    try:
        assert [m.name for m in list_members(s)] == ["Anna", "Bram"]
    finally:
        s.close()


def test_reopening_an_up_to_date_file_does_not_change_it(db_path: Path) -> None:
    before = sha256(db_path)
    open_store(db_path).close()
    assert sha256(db_path) == before


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "leeg.db"
    path.write_bytes(b"")
    s = open_store(path)
    try:
        assert s.is_empty()
    finally:
        s.close()


def test_path_with_unusual_characters(tmp_path: Path) -> None:
    path = tmp_path / "map met spaties #1 ?x=%20 ë" / "team.db"
    s = open_store(path)
    s.close()
    assert path.is_file()
    s = open_store(path, create=False)
    s.close()


def test_missing_file_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nergens.db"
    refused(path, StoreProblem.MISSING, create=False)
    assert not path.exists()


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    refused(tmp_path, StoreProblem.IS_A_FOLDER)


def test_private_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "gebruiker" / "vergadering.db"
    old_umask = os.umask(0o000)  # even with a permissive umask
    try:
        s = open_store(path, private=True)
    finally:
        os.umask(old_umask)
    try:
        add_member(s, "Anna")
    finally:
        s.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_private_does_not_change_an_existing_file(db_path: Path) -> None:
    db_path.chmod(0o644)
    open_store(db_path, private=True).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o644


# -- files that are refused, untouched ---------------------------------------------


def test_file_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    raw_sqlite(db_path, "PRAGMA user_version = 99")
    error = refused(db_path, StoreProblem.NEWER_VERSION)
    assert "99" in error.detail


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notities.db"
    path.write_text("Dit is geen database.\n" * 50, encoding="utf-8")
    refused(path, StoreProblem.NOT_A_DATABASE)


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "ruis.db"
    path.write_bytes(random.Random(7).randbytes(8192))
    refused(path, StoreProblem.NOT_A_DATABASE)


def test_csv_opened_as_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clienten.csv"
    path.write_bytes("client;behandelaar\r\nAB-1;Zoë\r\n".encode("cp1252"))
    refused(path, StoreProblem.NOT_A_DATABASE)


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    raw_sqlite(path, "CREATE TABLE bookmarks(url TEXT)", "INSERT INTO bookmarks VALUES ('x')")
    refused(path, StoreProblem.OTHER_APPLICATION)


def test_another_programs_database_with_a_user_version_is_refused(tmp_path: Path) -> None:
    for version in (schema.VERSION, schema.VERSION + 1):
        path = tmp_path / f"ander{version}.sqlite"
        raw_sqlite(path, "CREATE TABLE history(url TEXT)", f"PRAGMA user_version = {version}")
        refused(path, StoreProblem.OTHER_APPLICATION)


def test_another_programs_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    raw_sqlite(path, "PRAGMA application_id = 12345")
    refused(path, StoreProblem.OTHER_APPLICATION)


# -- read-only files --------------------------------------------------------------


def deny_writes(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make the store see ``path`` as not writable, also when the tests run as root
    (root may write anywhere, whatever the permission bits say)."""
    real_access = os.access

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(target)) == path:
            return False
        return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module.os, "access", access)


def check_read_only(path: Path, clock: FakeClock) -> None:
    before = sha256(path)
    s = open_store(path, clock)
    try:
        assert s.read_only
        assert [m.name for m in list_members(s)] == ["Anna"]
        with pytest.raises(StoreError) as info:
            add_member(s, "Bram")
        assert info.value.problem is StoreProblem.READ_ONLY
        with pytest.raises(StoreError):
            with s.transaction():
                pass
        assert [m.name for m in list_members(s)] == ["Anna"]
    finally:
        s.close()
    assert sha256(path) == before


def test_read_only_file_opens_for_reading(db_path: Path, clock: FakeClock,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db_path.chmod(0o444)
    deny_writes(monkeypatch, db_path)
    check_read_only(db_path, clock)


def test_file_in_a_read_only_folder_opens_for_reading(db_path: Path, clock: FakeClock,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    deny_writes(monkeypatch, db_path.parent)
    check_read_only(db_path, clock)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores file permissions")
def test_read_only_permissions_for_real(db_path: Path, clock: FakeClock) -> None:
    db_path.chmod(0o444)
    try:
        check_read_only(db_path, clock)
    finally:
        db_path.chmod(0o644)


def test_read_only_file_that_needs_a_migration_is_refused(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "oud.db"
    raw_sqlite(path, f"PRAGMA application_id = {APPLICATION_ID}")
    deny_writes(monkeypatch, path)
    refused(path, StoreProblem.OLDER_READ_ONLY)


# -- locked files -----------------------------------------------------------------


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)


@pytest.fixture
def needs_migration(tmp_path: Path) -> Path:
    path = tmp_path / "nieuw.db"
    raw_sqlite(path, f"PRAGMA application_id = {APPLICATION_ID}")
    return path


def hold_lock(path: Path, mode: str) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute(f"BEGIN {mode}")
    return other


@pytest.mark.parametrize("mode", ["EXCLUSIVE", "IMMEDIATE"])
def test_locked_file_is_reported(needs_migration: Path, short_wait: None, mode: str) -> None:
    other = hold_lock(needs_migration, mode)
    try:
        refused(needs_migration, StoreProblem.LOCKED)
    finally:
        other.execute("ROLLBACK")
        other.close()
    s = open_store(needs_migration)  # works once the colleague is done
    s.close()


def test_lock_during_work_is_reported_and_nothing_is_lost(opened: Store, db_path: Path,
                                                         short_wait: None) -> None:
    opened.conn.execute(f"PRAGMA busy_timeout = {store_module.BUSY_TIMEOUT_MS}")
    other = hold_lock(db_path, "EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as info:
            list_members(opened)
        assert info.value.problem is StoreProblem.LOCKED
        with pytest.raises(StoreError) as info:
            add_member(opened, "Bram")
        assert info.value.problem is StoreProblem.LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [m.name for m in list_members(opened)] == ["Anna"]
    add_member(opened, "Bram")
    assert len(list_members(opened)) == 2


# -- transactions and listeners ---------------------------------------------------


def member_names(s: Store) -> list[str]:
    return [row["name"] for row in s.query("SELECT name FROM member ORDER BY id")]


def insert(s: Store, name: str) -> None:
    s.conn.execute("INSERT INTO member(name, created_at, updated_at) VALUES (?, '', '')",
                   (name,))
    s.notify(Change("member", (len(name),)))


def test_failed_operation_rolls_back_entirely(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with store.transaction():
            insert(store, "Anna")
            insert(store, "Bram")
            raise RuntimeError("halverwege mis")
    assert member_names(store) == []
    assert heard == []
    assert not store.conn.in_transaction


def test_failing_sql_rolls_back_earlier_steps(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            insert(store, "Anna")
            insert(store, "anna")  # UNIQUE COLLATE NOCASE
    assert member_names(store) == []


def test_listeners_hear_changes_once_after_commit(store: Store) -> None:
    heard: list[tuple[Change, bool]] = []
    store.subscribe(lambda c: heard.append((c, store.conn.in_transaction)))
    with store.transaction():
        insert(store, "Anna")
        store.notify(Change("member", (4,)))  # the same change twice is told once
        store.notify(Change("client"))
        assert heard == []
    assert heard == [(Change("member", (4,)), False), (Change("client"), False)]


def test_notify_outside_a_transaction_is_immediate(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    store.notify(Change("settings"))
    assert heard == [Change("settings")]


def test_nested_transactions_commit_together(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with store.transaction():
        insert(store, "Anna")
        with store.transaction():
            insert(store, "Bram")
            assert heard == []
        assert heard == []
    assert member_names(store) == ["Anna", "Bram"]
    assert heard == [Change("member", (4,))]


def test_failed_savepoint_undoes_only_its_own_part(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with store.transaction():
        insert(store, "Anna")
        with pytest.raises(RuntimeError):
            with store.transaction():
                insert(store, "Bram Bakker")
                with store.transaction():
                    insert(store, "Cas Smit")
                raise RuntimeError
        insert(store, "Dirk")
    assert member_names(store) == ["Anna", "Dirk"]
    assert heard == [Change("member", (4,))]  # nothing about Bram Bakker or Cas Smit


def test_failure_after_a_savepoint_undoes_everything(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with store.transaction():
            with store.transaction():
                insert(store, "Anna")
            raise RuntimeError
    assert member_names(store) == []
    assert heard == []


def test_a_refused_nested_operation_can_be_caught(store: Store) -> None:
    with store.transaction():
        add_member(store, "Anna")
        with pytest.raises(members.ValidationError):
            add_member(store, "ANNA")
        add_member(store, "Bram")
    assert member_names(store) == ["Anna", "Bram"]


def test_store_is_usable_after_a_rollback(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            raise RuntimeError
    add_member(store, "Anna")
    assert member_names(store) == ["Anna"]


def test_disk_full_is_reported_and_rolled_back(store: Store) -> None:
    add_member(store, "Anna")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(StoreError) as info:
        with store.transaction() as conn:
            insert(store, "Bram")
            conn.execute("CREATE TABLE ballast(x BLOB)")
            conn.execute("INSERT INTO ballast VALUES (zeroblob(100000))")
    assert info.value.problem is StoreProblem.DISK_FULL
    assert member_names(store) == ["Anna"]
    assert heard == []
    store.conn.execute("PRAGMA max_page_count = 1000000")
    add_member(store, "Bram")


def test_rollback_after_sqlite_already_rolled_back(store: Store) -> None:
    # SQLite may end a transaction on its own (I/O error, disk full); the original
    # error must come through, not "cannot rollback - no transaction is active".
    with pytest.raises(RuntimeError, match="eigen fout"):
        with store.transaction() as conn:
            with store.transaction():
                insert(store, "Anna")
                conn.execute("ROLLBACK")
                raise RuntimeError("eigen fout")
    assert member_names(store) == []
    add_member(store, "Bram")


def test_bugs_are_not_disguised_as_store_errors(store: Store) -> None:
    with pytest.raises(sqlite3.OperationalError):
        with store.transaction() as conn:
            conn.execute("SELECT * FROM bestaat_niet")
    with pytest.raises(sqlite3.OperationalError):
        store.query("SELECT * FROM bestaat_niet")


def test_listener_can_unsubscribe_while_being_told(store: Store) -> None:
    heard: list[Change] = []

    def once(change: Change) -> None:
        heard.append(change)
        unsubscribe()

    unsubscribe = store.subscribe(once)
    store.notify(Change("member"))
    store.notify(Change("client"))
    assert heard == [Change("member")]


def test_memory_store_has_the_current_schema(clock: FakeClock) -> None:
    s = open_memory(clock)
    try:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.is_empty()
        assert s.clock is clock
    finally:
        s.close()


def test_foreign_keys_protect_behandelaars(store: Store) -> None:
    anna = add_member(store, "Anna")
    with store.transaction() as conn:
        conn.execute("INSERT INTO client(reference, behandelaar_id, added_on, created_at,"
                     " updated_at) VALUES ('A1', ?, '2026-11-23', '', '')", (anna.id,))
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as conn:
            conn.execute("DELETE FROM member WHERE id = ?", (anna.id,))


@pytest.mark.parametrize(
    ("message", "code", "problem"),
    [  # what SQLite says, with the code it comes with: the code decides
        ("file is not a database", sqlite3.SQLITE_NOTADB, StoreProblem.NOT_A_DATABASE),
        ("database disk image is malformed", sqlite3.SQLITE_CORRUPT,
         StoreProblem.NOT_A_DATABASE),
        ("database is locked", sqlite3.SQLITE_BUSY, StoreProblem.LOCKED),
        ("database table is locked", sqlite3.SQLITE_LOCKED, StoreProblem.LOCKED),
        ("attempt to write a readonly database", sqlite3.SQLITE_READONLY,
         StoreProblem.READ_ONLY),
        ("database or disk is full", sqlite3.SQLITE_FULL, StoreProblem.DISK_FULL),
        ("disk I/O error", sqlite3.SQLITE_IOERR, StoreProblem.DISK_FULL),
        ("unable to open database file", sqlite3.SQLITE_CANTOPEN, StoreProblem.CANNOT_OPEN),
        ("no such table: member", sqlite3.SQLITE_ERROR, None),
        ('near "SELEC": syntax error', sqlite3.SQLITE_ERROR, None),
    ],
)
def test_classify(message: str, code: int, problem: StoreProblem | None) -> None:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert classify(error) is problem


def test_classify_real_errors(tmp_path: Path) -> None:
    not_ours = tmp_path / "tekst.db"
    not_ours.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(sqlite3.DatabaseError) as info:
        sqlite3.connect(not_ours).execute("SELECT * FROM sqlite_master").fetchall()
    assert classify(info.value) is StoreProblem.NOT_A_DATABASE


def test_the_file_uses_the_rollback_journal_and_full_sync(db_path: Path, clock: FakeClock) -> None:
    """Safe on a network share (no WAL shared memory) and durable at every commit."""
    s = open_store(db_path, clock)
    try:
        assert s.query("PRAGMA journal_mode")[0][0] == "delete"
        assert s.query("PRAGMA synchronous")[0][0] == 2  # FULL
        assert s.query("PRAGMA busy_timeout")[0][0] == store_module.BUSY_TIMEOUT_MS
        assert s.query("PRAGMA foreign_keys")[0][0] == 1
    finally:
        s.close()
