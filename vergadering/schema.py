"""Schema migrations: one function per change, never edited once released.

``PRAGMA user_version`` holds the number of applied migrations. A file with a higher
number comes from a newer app and is refused untouched (see store.py).

sqlite-utils' write helpers (``Table.insert`` and friends) commit on their own
(``with conn:``), which would break our one-transaction-per-operation rule; the
domain therefore writes with plain SQL inside ``Store.transaction()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the open transaction.
    Statements are split on ";", so never put one in a comment or a trigger here."""
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


def _v2_agenda(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE meeting (
            id         INTEGER PRIMARY KEY,
            date       TEXT NOT NULL UNIQUE,        -- ISO date
            status     TEXT NOT NULL DEFAULT 'planned',
            created_at TEXT NOT NULL
        );
        CREATE TABLE item (
            id                INTEGER PRIMARY KEY,
            meeting_id        INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
            client_id         INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
            presenter_id      INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
            type              TEXT NOT NULL CHECK (type IN ('mededeling', 'vraag', 'kwestie')),
            block             TEXT NOT NULL CHECK (block IN ('acuut', 'lopend')),
            question          TEXT NOT NULL DEFAULT '',
            process_state     TEXT NOT NULL DEFAULT '',
            minutes           INTEGER NOT NULL CHECK (minutes > 0),
            proposed_decision TEXT CHECK (proposed_decision IN
                                          ('doorgaan', 'afsluiten', 'verwijzen')),
            position          INTEGER NOT NULL,
            status            TEXT NOT NULL DEFAULT 'queued',
            carried_over      INTEGER NOT NULL DEFAULT 0,
            version           INTEGER NOT NULL DEFAULT 1,
            created_by        INTEGER REFERENCES member(id) ON DELETE RESTRICT,
            created_at        TEXT NOT NULL,
            updated_by        INTEGER REFERENCES member(id) ON DELETE RESTRICT,
            updated_at        TEXT NOT NULL
        );
        CREATE INDEX item_meeting ON item(meeting_id, status, block, position);
        CREATE INDEX item_client ON item(client_id);
        CREATE TABLE item_change (
            id      INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            at      TEXT NOT NULL,
            by_id   INTEGER REFERENCES member(id) ON DELETE RESTRICT,
            action  TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'   -- JSON: {field: [old, new]}
        );
        CREATE INDEX item_change_item ON item_change(item_id);
        """,
    )


def _v3_meeting(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE meeting_event (
            id         INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
            item_id    INTEGER REFERENCES item(id) ON DELETE RESTRICT,
            at         TEXT NOT NULL,                 -- ISO datetime, the clock's time
            kind       TEXT NOT NULL,
            details    TEXT NOT NULL DEFAULT '{}'     -- JSON
        );
        CREATE INDEX meeting_event_meeting ON meeting_event(meeting_id, id);
        ALTER TABLE item ADD COLUMN outcome TEXT;     -- set when the meeting is done with it
        CREATE TABLE decision (
            id              INTEGER PRIMARY KEY,
            client_id       INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
            item_id         INTEGER REFERENCES item(id) ON DELETE RESTRICT,
            meeting_id      INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
            kind            TEXT NOT NULL CHECK (kind IN ('doorgaan', 'afsluiten', 'verwijzen')),
            decided_on      TEXT NOT NULL,            -- ISO date
            next_evaluation TEXT,                     -- ISO date, for doorgaan and verwijzen
            koers           TEXT NOT NULL DEFAULT '',
            referred_to     TEXT NOT NULL DEFAULT '',
            worded_by_role  TEXT NOT NULL CHECK (worded_by_role IN ('presenter', 'chair')),
            worded_by_id    INTEGER REFERENCES member(id) ON DELETE RESTRICT,
            date_reason     TEXT NOT NULL DEFAULT '',
            corrects_id     INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
            created_at      TEXT NOT NULL
        );
        CREATE INDEX decision_client ON decision(client_id, decided_on);
        CREATE INDEX decision_meeting ON decision(meeting_id);
        CREATE UNIQUE INDEX decision_one_per_item ON decision(item_id)
            WHERE item_id IS NOT NULL AND corrects_id IS NULL
        """,
    )
    # Rule 4: decisions are never edited or deleted; a correction is a new decision.
    db.execute(
        "CREATE TRIGGER decision_never_edited BEFORE UPDATE ON decision"
        " BEGIN SELECT RAISE(ABORT, 'decisions are never edited'); END"
    )
    db.execute(
        "CREATE TRIGGER decision_never_deleted BEFORE DELETE ON decision"
        " BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END"
    )


def _v4_correction_index(db: sqlite_utils.Database) -> None:
    # "Is this decision corrected?" is asked per decision: without an index a client's
    # history scans all decisions of a large organisation for each one.
    db.execute("CREATE INDEX decision_corrects ON decision(corrects_id)"
               " WHERE corrects_id IS NOT NULL")


def _v5_ratings(db: sqlite_utils.Database) -> None:
    # The optional end-of-meeting check. Anonymous by design: no member, no time of day;
    # one row per answer, so only averages can ever be shown.
    _run(
        db,
        """
        CREATE TABLE rating (
            id         INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
            question   TEXT NOT NULL,
            score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10)
        );
        CREATE INDEX rating_meeting ON rating(meeting_id);
        CREATE TABLE rating_respondent (   -- one row per answer set, to count respondents
            id         INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT
        )
        """,
    )


Migration = Callable[["sqlite_utils.Database"], None]

MIGRATIONS: list[Migration] = [
    _v1_team, _v2_agenda, _v3_meeting, _v4_correction_index, _v5_ratings,
]
VERSION = len(MIGRATIONS)
