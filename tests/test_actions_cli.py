"""``main.py actions``: the actions agreed with decisions, for a team's own scripts
(README, "Opdrachtregel")."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from follow_up_team import WEEK1, action, doorgaan, make_team

from vergadering import actions
from vergadering.actions import ActionState
from vergadering.clock import FakeClock
from vergadering.store import open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def _team_file(tmp_path: Path) -> Path:
    """A file with two actions from one decision on 24-11-2026: one due 01-12-2026 (over
    its date by now), one due in 2099; and one closed."""
    path = tmp_path / "team.db"
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0))
    store = open_store(path, clock, create=True)
    try:
        team = make_team(store, clock)
        client = team.client()
        [decision] = team.meeting(WEEK1, (client, doorgaan(actions=(
            action("Huisarts bellen", team.anna, dt.date(2026, 12, 1)),
            action("Plan bespreken met cliënt", team.bram, dt.date(2099, 1, 1)),
            action("Verslag sturen", team.bram, dt.date(2026, 11, 30))))))
        done = [a for a in actions.for_decision(store, decision.id) if a.what == "Verslag sturen"]
        actions.close(store, done[0].id, ActionState.DONE, team.anna)
    finally:
        store.close()
    return path


def _run(tmp_path: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, str(MAIN), "--db", str(db), "actions", *args],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=120, check=False)


def test_the_table_lists_every_action_earliest_due_first(tmp_path: Path) -> None:
    result = _run(tmp_path, _team_file(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Cliënt", "Actie", "Eigenaar", "Uiterlijk", "Stand"]
    rows = [line for line in lines[2:] if line.startswith("CL-1")]
    assert [re.split(r"\s{2,}", r)[1] for r in rows] == [
        "Verslag sturen", "Huisarts bellen", "Plan bespreken met cliënt"]
    assert rows[0].rstrip().endswith("gedaan")
    assert rows[1].rstrip().endswith("te laat")  # open and due 01-12-2026
    assert rows[2].rstrip().endswith("open")
    assert lines[-1].startswith("3 acties, waarvan 1 te laat op ")


def test_open_only_as_csv_and_json(tmp_path: Path) -> None:
    db = _team_file(tmp_path)
    as_csv = _run(tmp_path, db, "--open", "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["what"], r["owner"], r["due"], r["state"], r["overdue"]) for r in rows] == [
        ("Huisarts bellen", "Anna de Vries", "2026-12-01", "open", "True"),
        ("Plan bespreken met cliënt", "Bram Bakker", "2099-01-01", "open", "False")]
    as_json = _run(tmp_path, db, "--format", "json")
    listed = json.loads(as_json.stdout)
    assert [a["state"] for a in listed] == ["done", "open", "open"]
    assert listed[0]["closed_by"] == "Anna de Vries" and listed[0]["closed_at"]
    assert listed[1]["closed_by"] is None and listed[1]["closed_at"] is None


def test_no_actions_and_a_bad_format(tmp_path: Path) -> None:
    db = tmp_path / "leeg.db"
    store = open_store(db, FakeClock(dt.datetime(2026, 11, 23, 9, 0)), create=True)
    store.close()
    assert _run(tmp_path, db).stdout.strip() == "Geen acties."
    assert _run(tmp_path, db, "--open").stdout.strip() == "Geen open acties."
    bad = _run(tmp_path, db, "--format", "xml")
    assert bad.returncode == 2 and "Onbekend formaat 'xml'" in bad.stderr
