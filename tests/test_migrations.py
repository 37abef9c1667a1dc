"""A file made by an older version is brought up to date, keeping its data."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils

from vergadering import clients, members, schema
from vergadering.store import APPLICATION_ID, open_store


def make_old_file(path: Path, version: int) -> None:
    """A database as the app of schema ``version`` left it, with a member and a client."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    for migration in schema.MIGRATIONS[:version]:
        migration(db, datetime(2026, 1, 1, 9, 0))
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO member(name, active, created_at, updated_at)"
                 " VALUES ('Oud Lid', 1, '2026-01-01T09:00:00', '2026-01-01T09:00:00')")
    conn.execute("INSERT INTO client(reference, behandelaar_id, last_evaluation, active,"
                 " added_on, created_at, updated_at) VALUES ('OUD-1', 1, '2026-03-01', 1,"
                 " '2026-01-01', '2026-01-01T09:00:00', '2026-01-01T09:00:00')")
    conn.close()


@pytest.mark.parametrize("version", range(1, schema.VERSION))
def test_every_older_schema_is_migrated_and_keeps_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.db"
    make_old_file(path, version)
    store = open_store(path)
    try:
        assert store.query("PRAGMA user_version")[0][0] == schema.VERSION
        assert [m.name for m in members.list_members(store)] == ["Oud Lid"]
        client = clients.find_by_reference(store, "OUD-1")
        assert client is not None and client.last_evaluation is not None
        tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"member", "client", "item", "meeting_event", "decision"} <= tables
    finally:
        store.close()
