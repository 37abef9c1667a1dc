"""Schema migrations: one function per change, never edited once released.

``PRAGMA user_version`` holds the number of applied migrations. A file with a higher
number comes from a newer app and is refused untouched (see store.py).

sqlite-utils' write helpers (``Table.insert`` and friends) commit on their own
(``with conn:``), which would break our one-transaction-per-operation rule; the
domain therefore writes with plain SQL inside ``Store.transaction()``.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1_team(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE setting (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL          -- JSON
        );
        CREATE TABLE member (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
            active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE client (
            id              INTEGER PRIMARY KEY,
            reference       TEXT NOT NULL UNIQUE COLLATE NOCASE,
            behandelaar_id  INTEGER REFERENCES member(id) ON DELETE RESTRICT,
            care_start      TEXT,    -- ISO dates
            last_evaluation TEXT,
            next_evaluation TEXT,
            active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            added_on        TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        );
        CREATE INDEX client_behandelaar ON client(behandelaar_id);
        """
    )


Migration = Callable[[sqlite_utils.Database], None]

MIGRATIONS: list[Migration] = [_v1_team]
VERSION = len(MIGRATIONS)
