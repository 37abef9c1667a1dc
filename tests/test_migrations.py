"""A file made by an older version is brought up to date, keeping its data."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlite_utils

from vergadering import actions, clients, decisions, items, members, minutes, schema
from vergadering.clock import FakeClock
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


def test_decisions_dated_after_the_day_they_were_taken_are_corrected(tmp_path: Path) -> None:
    """Older versions dated a meeting held a day early (Monday 7 December, planned for
    Tuesday the 8th) and its decisions on the planned day. Migration 7 moves the meeting
    to the day it started and corrects each decision (rule 4: the wrong one stays)."""
    path = tmp_path / "v6.db"
    make_old_file(path, 6)
    conn = sqlite3.connect(path, isolation_level=None)
    at = "2026-12-07T09:30:00"
    script = [
        "INSERT INTO client(reference, behandelaar_id, last_evaluation, active, added_on,"
        " created_at, updated_at) VALUES ('OUD-2', 1, '2026-12-08', 1, '2026-01-01', '', '')",
        "INSERT INTO meeting(id, date, status, created_at) VALUES"
        " (1, '2026-12-08', 'closed', ''), (2, '2026-11-24', 'closed', '')",
        "INSERT INTO meeting_event(meeting_id, at, kind) VALUES"
        " (1, '2026-12-07T09:00:00', 'meeting_started'),"
        " (2, '2026-11-24T09:00:00', 'meeting_started')",
        "INSERT INTO item(id, meeting_id, client_id, presenter_id, type, block, minutes,"
        " position, created_at, updated_at, outcome) VALUES"
        " (1, 1, 2, 1, 'vraag', 'lopend', 5, 1, '2026-12-01T10:00:00',"
        "  '2026-12-01T10:00:00', 'decided'),"
        " (2, 2, 1, 1, 'vraag', 'lopend', 5, 1, '2026-11-20T10:00:00',"
        "  '2026-11-20T10:00:00', 'decided')",
        "INSERT INTO decision(id, client_id, item_id, meeting_id, kind, decided_on,"
        " next_evaluation, koers, worded_by_role, worded_by_id, created_at) VALUES"
        f" (1, 2, 1, 1, 'doorgaan', '2026-12-08', '2027-06-08', 'Zo verder', 'presenter', 1,"
        f" '{at}'),"
        " (2, 1, 2, 2, 'doorgaan', '2026-11-24', '2027-05-24', 'Goed zo', 'presenter', 1,"
        " '2026-11-24T09:10:00')",
    ]
    for statement in script:
        conn.execute(statement)
    conn.close()
    store = open_store(path, FakeClock(datetime(2026, 12, 9, 8, 0)))
    try:
        meetings_now = store.query("SELECT id, date FROM meeting ORDER BY id")
        assert [tuple(r) for r in meetings_now] == [(1, "2026-12-07"), (2, "2026-11-24")]
        details = store.query("SELECT details FROM meeting_event WHERE meeting_id = 1")[0][0]
        assert json.loads(details) == {"planned": "2026-12-08"}
        wrong = decisions.get(store, 1)
        fixed = decisions.get(store, wrong.corrected_by_id or 0)
        assert (wrong.decided_on, fixed.decided_on, fixed.corrects_id) == (
            date(2026, 12, 8), date(2026, 12, 7), 1)
        assert (fixed.kind, fixed.koers, fixed.next_evaluation, fixed.worded_by) == (
            wrong.kind, wrong.koers, wrong.next_evaluation, wrong.worded_by)
        assert fixed.created_at == datetime(2026, 12, 9, 8, 0)
        assert decisions.get(store, 2).corrected_by_id is None  # dated right: untouched
        client = clients.find_by_reference(store, "OUD-2")
        assert client is not None and client.last_evaluation == date(2026, 12, 7)
        minutes_now = minutes.besluitenlijst(store, date(2026, 12, 7))
        assert minutes_now is not None
        assert [e.decided_on for e in minutes_now.entries] == [date(2026, 12, 7)]
    finally:
        store.close()


def test_the_dates_entered_are_kept_for_clients_without_decisions(tmp_path: Path) -> None:
    """Migration 8 keeps, in client_dates, the dates a client without decisions holds: they
    were entered by hand or imported, on the day it was added. A client with decisions
    holds a decision's dates: what was entered before is gone, nothing is made up."""
    path = tmp_path / "v7.db"
    make_old_file(path, 7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO client(reference, behandelaar_id, last_evaluation, active,"
                 " added_on, created_at, updated_at) VALUES ('BESLOTEN', 1, '2026-06-02', 1,"
                 " '2026-02-01', '', '')")
    conn.execute("INSERT INTO decision(client_id, kind, decided_on, worded_by_role,"
                 " created_at) VALUES (2, 'doorgaan', '2026-06-02', 'chair', '')")
    conn.close()
    store = open_store(path)
    try:
        rows = [tuple(r) for r in store.query(
            "SELECT client_id, set_on, last_evaluation, next_evaluation, active"
            " FROM client_dates ORDER BY id")]
        assert rows == [(1, "2026-01-01", "2026-03-01", None, 1)]
    finally:
        store.close()


def test_decisions_and_items_of_schema_9_get_no_follow_up(tmp_path: Path) -> None:
    """Migration 10 (rules 12-14): older decisions followed up nothing and were not asked
    whether they were discussed with the client; older items have no client perspective;
    there are no actions. A client's next decision still follows up its last doorgaan."""
    path = tmp_path / "v9.db"
    make_old_file(path, 9)
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in [
        "INSERT INTO meeting(id, date, status, created_at) VALUES (1, '2026-11-24', 'closed', '')",
        "INSERT INTO item(id, meeting_id, client_id, presenter_id, type, block, minutes,"
        " position, created_at, updated_at, outcome) VALUES (1, 1, 1, 1, 'vraag', 'lopend', 5,"
        " 1, '2026-11-20T10:00:00', '2026-11-20T10:00:00', 'decided')",
        "INSERT INTO decision(id, client_id, item_id, meeting_id, kind, decided_on,"
        " next_evaluation, koers, worded_by_role, worded_by_id, created_at) VALUES"
        " (1, 1, 1, 1, 'doorgaan', '2026-11-24', '2027-05-24', 'Goed zo', 'presenter', 1,"
        " '2026-11-24T09:10:00')",
    ]:
        conn.execute(statement)
    conn.close()
    store = open_store(path, FakeClock(datetime(2026, 12, 1, 8, 0)))
    try:
        old = decisions.get(store, 1)
        assert (old.follows_up_id, old.carried_out, old.follow_up_reason, old.follow_up_text,
                old.discussed_with_client) == (None, None, None, "", None)
        assert items.get(store, 1).client_perspective == ""
        assert actions.open_actions(store) == []
        assert decisions.follow_up_due(store, 1) == old
    finally:
        store.close()
