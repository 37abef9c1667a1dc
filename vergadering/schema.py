"""Schema migrations: one function per change, never edited once released.

``PRAGMA user_version`` holds the number of applied migrations. Each gets the database
and the clock's time (for the records a data migration writes). A file with a higher
number comes from a newer app and is refused untouched (see store.py).

sqlite-utils' write helpers (``Table.insert`` and friends) commit on their own
(``with conn:``), which would break our one-transaction-per-operation rule; the
domain therefore writes with plain SQL inside ``Store.transaction()``.

owns: the tables' structure; the data migrations write any table, once, as they run
"""

from __future__ import annotations

import datetime as dt
import json
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


def _v1_team(db: sqlite_utils.Database, _now: dt.datetime) -> None:
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


def _v2_agenda(db: sqlite_utils.Database, _now: dt.datetime) -> None:
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


def _v3_meeting(db: sqlite_utils.Database, _now: dt.datetime) -> None:
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


def _v4_correction_index(db: sqlite_utils.Database, _now: dt.datetime) -> None:
    # "Is this decision corrected?" is asked per decision: without an index a client's
    # history scans all decisions of a large organisation for each one.
    db.execute("CREATE INDEX decision_corrects ON decision(corrects_id)"
               " WHERE corrects_id IS NOT NULL")


def _v5_ratings(db: sqlite_utils.Database, _now: dt.datetime) -> None:
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


def _v6_consultations(db: sqlite_utils.Database, _now: dt.datetime) -> None:
    # An acute item sent to a separate consultation (apart overleg) keeps a trace: who
    # takes it, when it reports back, and the item that brings it back on an agenda
    # (rule 10, docs/rules.md).
    _run(
        db,
        """
        CREATE TABLE consultation (
            id             INTEGER PRIMARY KEY,
            item_id        INTEGER NOT NULL UNIQUE REFERENCES item(id) ON DELETE RESTRICT,
            client_id      INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
            meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
            member_id      INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
            report_by      TEXT NOT NULL,             -- ISO date: reports back by then
            decided_on     TEXT NOT NULL,             -- ISO date the chair chose it
            return_item_id INTEGER REFERENCES item(id) ON DELETE RESTRICT,
            created_at     TEXT NOT NULL
        );
        CREATE INDEX consultation_meeting ON consultation(meeting_id);
        CREATE INDEX consultation_client ON consultation(client_id);
        CREATE INDEX consultation_return ON consultation(return_item_id)
            WHERE return_item_id IS NOT NULL
        """,
    )


def _v7_decisions_on_their_day(db: sqlite_utils.Database, now: dt.datetime) -> None:
    """Rule 7: everything carries the day it was really taken. Earlier versions dated a
    meeting held on another day than planned (and its decisions) on the planned day, up
    to a week ahead. The meeting is moved to the day it started (when that day is free),
    and every valid decision dated after the day it was recorded gets a correction on
    the right day (rule 4: the wrong one stays, corrected)."""
    conn = db.conn
    starts = conn.execute(
        "SELECT m.id, m.date, e.id, substr(e.at, 1, 10), e.details FROM meeting m"
        " JOIN meeting_event e ON e.id = (SELECT min(id) FROM meeting_event"
        "   WHERE meeting_id = m.id AND kind = 'meeting_started')"
        " WHERE m.status != 'planned' AND substr(e.at, 1, 10) < m.date").fetchall()
    for meeting_id, planned, event_id, held, details in starts:
        if conn.execute("SELECT 1 FROM meeting WHERE date = ?", (held,)).fetchone():
            continue
        conn.execute("UPDATE meeting SET date = ? WHERE id = ?", (held, meeting_id))
        data = json.loads(details or "{}")
        data["planned"] = planned
        conn.execute("UPDATE meeting_event SET details = ? WHERE id = ?",
                     (json.dumps(data), event_id))
    wrong = conn.execute(
        """
        WITH RECURSIVE chain(id, root) AS (
            SELECT id, id FROM decision WHERE corrects_id IS NULL
            UNION ALL
            SELECT d.id, chain.root FROM decision d JOIN chain ON d.corrects_id = chain.id)
        SELECT d.id, d.client_id, d.item_id, d.meeting_id, d.kind, d.next_evaluation,
               d.koers, d.referred_to, d.worded_by_role, d.worded_by_id, d.date_reason,
               substr(r.created_at, 1, 10) AS real_day
        FROM decision d JOIN chain ON chain.id = d.id JOIN decision r ON r.id = chain.root
        WHERE NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)
          AND d.decided_on > substr(r.created_at, 1, 10)
        ORDER BY d.id
        """).fetchall()
    for row in wrong:
        (decision_id, client_id, item_id, meeting_id, kind, next_evaluation, koers,
         referred_to, role, worded_by, reason, real_day) = row
        conn.execute(
            "INSERT INTO decision(client_id, item_id, meeting_id, kind, decided_on,"
            " next_evaluation, koers, referred_to, worded_by_role, worded_by_id, date_reason,"
            " corrects_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, item_id, meeting_id, kind, real_day, next_evaluation, koers,
             referred_to, role, worded_by, reason, decision_id, now.isoformat()))
    for client_id in sorted({row[1] for row in wrong}):
        # The client's dates follow its latest valid decision again; a last evaluation
        # that only the wrong date had set goes back to that decision's real day.
        latest = conn.execute(
            "SELECT kind, decided_on, next_evaluation FROM decision d WHERE client_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)"
            " ORDER BY decided_on DESC, id DESC LIMIT 1", (client_id,)).fetchone()
        wrong_days = [r[0] for r in conn.execute(
            "SELECT d.decided_on FROM decision d WHERE d.client_id = ? AND EXISTS"
            " (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)", (client_id,))]
        conn.execute(
            "UPDATE client SET last_evaluation = CASE WHEN last_evaluation IN"
            f" ({','.join('?' * len(wrong_days))}) OR last_evaluation < ? THEN ?"
            " ELSE last_evaluation END, next_evaluation = ?, active = ?, updated_at = ?"
            " WHERE id = ?",
            (*wrong_days, latest[1], latest[1], latest[2],
             0 if latest[0] == "afsluiten" else 1, now.isoformat(), client_id))


def _v8_client_dates(db: sqlite_utils.Database, _now: dt.datetime) -> None:
    """The evaluation dates entered for a client by hand or by an import, and when: a
    decision overwrites them on the client, and a figure of a past day needs them
    (vergadering/standing.py). Clients without decisions still hold theirs: recorded as
    entered on the day they were added. For the others they are gone. The indexes by day
    let the figures of many past days read what was recorded between them."""
    _run(
        db,
        """
        CREATE TABLE client_dates (
            id              INTEGER PRIMARY KEY,
            client_id       INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            set_on          TEXT NOT NULL,            -- ISO date they were entered
            last_evaluation TEXT,                     -- ISO dates, as entered
            next_evaluation TEXT,
            active          INTEGER NOT NULL
        );
        CREATE INDEX client_dates_client ON client_dates(client_id, set_on);
        CREATE INDEX client_dates_day ON client_dates(set_on);
        CREATE INDEX decision_day ON decision(decided_on);
        INSERT INTO client_dates(client_id, set_on, last_evaluation, next_evaluation, active)
            SELECT id, added_on, last_evaluation, next_evaluation, active FROM client c
            WHERE NOT EXISTS (SELECT 1 FROM decision d WHERE d.client_id = c.id)
            ORDER BY id
        """)



def _v9_decision_dates_index(db: sqlite_utils.Database, _now: dt.datetime) -> None:
    """A client's latest decision before a day with its kind and next evaluation, and
    the clients decided on in a meeting, read from indexes alone (vergadering/standing.py
    and figures.py: Verloop and trends on a large organisation's database); each
    replaces an index it starts with. The indexes by day of schema 8 are made if
    missing (a database made while that migration was written lacks them)."""
    _run(
        db,
        """
        CREATE INDEX decision_client_dates
            ON decision(client_id, decided_on, id, kind, next_evaluation);
        DROP INDEX decision_client;
        CREATE INDEX decision_meeting_clients ON decision(meeting_id, corrects_id, client_id);
        DROP INDEX decision_meeting;
        CREATE INDEX IF NOT EXISTS client_dates_day ON client_dates(set_on);
        CREATE INDEX IF NOT EXISTS decision_day ON decision(decided_on)
        """)


def _v10_follow_through(db: sqlite_utils.Database, _now: dt.datetime) -> None:
    """Follow-through (rules 12-14, docs/rules.md): a decision follows up
    the client's previous one (was it carried out, and if not fully, why) and says
    whether it was discussed with the client; an item can carry the client's (or
    relatives') perspective; the actions a decision makes, each with an owner and a
    date, are kept in ``action``. Older decisions and items have none of these."""
    _run(
        db,
        """
        ALTER TABLE decision ADD COLUMN follows_up_id INTEGER
            REFERENCES decision(id) ON DELETE RESTRICT;
        ALTER TABLE decision ADD COLUMN carried_out TEXT
            CHECK (carried_out IN ('fully', 'partly', 'not_at_all'));
        ALTER TABLE decision ADD COLUMN follow_up_reason TEXT
            CHECK (follow_up_reason IN ('client_wanted_otherwise', 'new_information',
                   'physical_condition', 'waiting_list', 'not_recorded', 'other'));
        ALTER TABLE decision ADD COLUMN follow_up_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE decision ADD COLUMN discussed_with_client TEXT
            CHECK (discussed_with_client IN ('yes', 'later', 'no'));
        CREATE INDEX decision_follows_up ON decision(follows_up_id)
            WHERE follows_up_id IS NOT NULL;
        ALTER TABLE item ADD COLUMN client_perspective TEXT NOT NULL DEFAULT '';
        CREATE TABLE action (
            id           INTEGER PRIMARY KEY,
            decision_id  INTEGER NOT NULL REFERENCES decision(id) ON DELETE RESTRICT,
            client_id    INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
            what         TEXT NOT NULL,
            owner_id     INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
            due          TEXT NOT NULL,               -- ISO date
            state        TEXT NOT NULL DEFAULT 'open'
                         CHECK (state IN ('open', 'done', 'dropped')),
            closed_by_id INTEGER REFERENCES member(id) ON DELETE RESTRICT,
            closed_at    TEXT,                        -- ISO datetime, the clock's time
            created_at   TEXT NOT NULL,
            CHECK ((state = 'open') = (closed_at IS NULL))
        );
        CREATE INDEX action_decision ON action(decision_id);
        CREATE INDEX action_client ON action(client_id, state);
        CREATE INDEX action_open ON action(state, due)
        """)


def _v11_follow_up_index(db: sqlite_utils.Database, _now: dt.datetime) -> None:
    """The follow-through figures (docs/figures.md, "Opvolging") read the follow-ups of a
    period and the actions open on its days: an index of only the decisions that follow
    one up, by day, so Trends need not read every decision of the period; and of the
    actions, the open ones and the closed ones by when they were closed (each with what
    the figures read), so a day's open actions are the open ones and those closed since,
    not the whole table (``actions.open_between``)."""
    _run(
        db,
        """
        CREATE INDEX decision_carried_out ON decision(decided_on, carried_out,
                                                      follow_up_reason)
            WHERE carried_out IS NOT NULL;
        CREATE INDEX action_closed ON action(closed_at, created_at, due)
            WHERE closed_at IS NOT NULL;
        CREATE INDEX action_open_made ON action(state, created_at, due) WHERE state = 'open'
        """)


Migration = Callable[["sqlite_utils.Database", dt.datetime], None]

MIGRATIONS: list[Migration] = [
    _v1_team, _v2_agenda, _v3_meeting, _v4_correction_index, _v5_ratings,
    _v6_consultations, _v7_decisions_on_their_day, _v8_client_dates,
    _v9_decision_dates_index, _v10_follow_through, _v11_follow_up_index,
]
VERSION = len(MIGRATIONS)
