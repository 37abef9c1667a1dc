"""Damaged and odd team files: a dropped table, a malformed stored date.
Every failure ends in a Dutch message without client data; --startup-check never waits
for a person."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vergadering.store import StoreError, StoreProblem, open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"
SECRET = "1-GEHEIM-Zoë"  # a cell's text: must never reach stderr


def run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, str(MAIN), *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=False, cwd=tmp_path)


def team_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    store = open_store(path, create=True)
    with store.transaction() as conn:
        conn.execute("INSERT INTO client (reference, care_start, added_on, created_at,"
                     " updated_at) VALUES ('Z-1', '2020-01-01', '2020-01-01', 'x', 'x')")
    store.close()
    return path


def edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


COMMANDS = [["overdue"], ["minutes", "--date", "2026-11-24"], ["--startup-check"]]


@pytest.mark.parametrize("args", COMMANDS)
def test_a_dropped_table_gives_a_dutch_message(tmp_path: Path, args: list[str]) -> None:
    db = team_file(tmp_path)
    edit(db, "DROP TABLE item_change")
    result = run_main(tmp_path, "--db", str(db), *args)  # a hang fails by the timeout
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "beschadigd" in result.stderr


def test_open_store_refuses_a_file_with_a_table_missing(tmp_path: Path) -> None:
    db = team_file(tmp_path)
    edit(db, "DROP TABLE client")
    with pytest.raises(StoreError) as info:
        open_store(db, create=False)
    assert info.value.problem is StoreProblem.NOT_A_DATABASE


@pytest.mark.parametrize("args", COMMANDS)
@pytest.mark.parametrize("column", ["care_start", "last_evaluation", "added_on"])
def test_a_malformed_date_never_puts_client_data_on_stderr(tmp_path: Path, args: list[str],
                                                           column: str) -> None:
    db = team_file(tmp_path)
    edit(db, f"UPDATE client SET {column} = '{SECRET}'")
    result = run_main(tmp_path, "--db", str(db), *args)
    assert "Traceback" not in result.stderr
    assert "GEHEIM" not in result.stderr
    assert result.returncode in (0, 1, 2)  # minutes: no meeting that day


def test_startup_check_exits_instead_of_showing_a_dialog(tmp_path: Path) -> None:
    db = team_file(tmp_path)
    # Readable at opening, failing only when a screen reads it.
    edit(db, "UPDATE client SET next_evaluation = 'x', last_evaluation = '1-x'")
    edit(db, "DROP TABLE consultation")
    result = run_main(tmp_path, "--db", str(db), "--startup-check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
