"""``main.py overdue`` is a contract (README, "Opdrachtregel"): run it as scripts do,
in every format."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from vergadering import clients, members
from vergadering import settings as team_settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.store import Store, open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"
ON = "2026-11-23"
KEYS = {"client", "behandelaar", "last_evaluation", "due", "days_overdue"}
# Overdue on 23-11-2026 with the default six-month horizon, most overdue first.
EXPECTED: list[dict[str, Any]] = [
    {"client": "Z-9", "behandelaar": "Anna de Vries", "last_evaluation": "2025-12-01",
     "due": "2026-06-01", "days_overdue": 175},
    {"client": "a-1", "behandelaar": "Bram Bakker", "last_evaluation": "2026-01-10",
     "due": "2026-07-10", "days_overdue": 136},
    {"client": "B-2", "behandelaar": "Anna de Vries", "last_evaluation": "2026-01-10",
     "due": "2026-07-10", "days_overdue": 136},
    {"client": "NOOIT", "behandelaar": None, "last_evaluation": None,
     "due": "2026-08-01", "days_overdue": 114},
    {"client": "R.É.-12", "behandelaar": "Émile Noël", "last_evaluation": "2026-05-01",
     "due": "2026-09-01", "days_overdue": 83},
]

Run = Callable[..., subprocess.CompletedProcess[bytes]]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "team.db"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))


@pytest.fixture
def run(tmp_path: Path, db: Path, env: dict[str, str]) -> Run:
    """main.py --db team.db overdue ARGS; stdout as bytes, to check the encoding."""

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, str(MAIN), "--db", str(db), "overdue", *args],
                              capture_output=True, env=env, cwd=tmp_path, timeout=120,
                              check=False)

    return run


@pytest.fixture
def team(db: Path) -> Iterator[Store]:
    """A caseload with every case: ties, never evaluated, an agreed date, not yet late,
    due on the day itself, closed."""
    store = open_store(db, FakeClock(dt.datetime(2026, 11, 1, 12, 0)))
    anna = members.add_member(store, "Anna de Vries").id
    bram = members.add_member(store, "Bram Bakker").id
    emile = members.add_member(store, "Émile Noël").id

    def add(reference: str, behandelaar: int | None, **dates: str) -> int:
        return clients.add_client(store, ClientInput(reference, behandelaar, **dates)).id

    add("B-2", anna, last_evaluation="2026-01-10")
    add("a-1", bram, last_evaluation="10-01-2026")
    add("Z-9", anna, last_evaluation="2025-12-01")
    add("NOOIT", None, care_start="2026-02-01")
    add("R.É.-12", emile, last_evaluation="2026-05-01", next_evaluation="2026-09-01")
    add("OK", bram, last_evaluation="2026-10-01")
    add("RAND", bram, last_evaluation="2026-05-23")  # due 23-11-2026: not overdue that day
    closed = add("DICHT", anna, last_evaluation="2020-01-01")
    clients.set_client_active(store, closed, False)
    try:
        yield store
    finally:
        store.close()


def records(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout.decode("utf-8"))
    assert isinstance(data, list)
    return data


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- formats ------------------------------------------------------------------------------
def test_json_is_the_documented_list(run: Run, team: Store) -> None:
    result = run("--on", ON, "--format", "json")
    data = records(result)
    assert data == EXPECTED
    for entry in data:
        assert set(entry) == KEYS
        assert type(entry["days_overdue"]) is int
    assert "Émile Noël".encode() in result.stdout  # UTF-8, not \\u escapes
    assert result.stderr == b""


def test_csv_is_for_scripts(run: Run, team: Store) -> None:
    result = run("--on", ON, "--format", "csv")
    assert result.returncode == 0, result.stderr.decode()
    assert not result.stdout.startswith(b"\xef\xbb\xbf")  # no BOM
    text = result.stdout.decode("utf-8")
    assert text.splitlines()[0] == "client,behandelaar,last_evaluation,due,days_overdue"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows == [{key: "" if value is None else str(value) for key, value in entry.items()}
                    for entry in EXPECTED]


def test_table_for_people(run: Run, team: Store) -> None:
    result = run("--on", ON)
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    header, rule, *body = lines
    for heading in ("Cliënt", "Behandelaar", "Laatste evaluatie", "Uiterlijk",
                    "Dagen te laat"):
        assert heading in header
    assert set(rule) <= {"-", " "}
    table, summary = body[:5], body[5:]
    assert [line.split()[0] for line in table] == [e["client"] for e in EXPECTED]
    # Then binnen de termijn, as the screens show it: 7 active, 5 overdue.
    assert summary == ["", "5 cliënten te laat op 23-11-2026.",
                       "Binnen de termijn op 23-11-2026: 2 van 7 actieve cliënten (29%)."]
    # Aligned: every column starts at the same place on every line.
    due_at = header.index("Uiterlijk")
    assert [line[due_at:due_at + 10] for line in table] == [
        "01-06-2026", "10-07-2026", "10-07-2026", "01-08-2026", "01-09-2026"]
    assert all(len(line) == len(header) for line in [rule, *table])
    assert table[0].endswith(" 175")
    assert "01-12-2025" in table[0]  # Dutch dates
    assert "2026-" not in "\n".join(table)


def test_table_when_nobody_is_overdue(run: Run, team: Store) -> None:
    result = run("--on", "2026-05-31")
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").splitlines() == [
        "Geen cliënten te laat op 31-05-2026.",
        # As the day ended: Z-9, a-1, B-2, R.É.-12 and RAND were evaluated before it,
        # NOOIT was in care since February; OK is known from 1 October only.
        "Binnen de termijn op 31-05-2026: 6 van 6 actieve cliënten (100%)."]


def test_table_counts_one_client(run: Run, team: Store) -> None:
    result = run("--on", "2026-06-02")
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").splitlines()[-2:] == [
        "1 cliënt te laat op 02-06-2026.",
        "Binnen de termijn op 02-06-2026: 5 van 6 actieve cliënten (83%)."]


# -- --on and --months --------------------------------------------------------------------
def test_on_accepts_a_dutch_date(run: Run, team: Store) -> None:
    assert records(run("--on", "23-11-2026", "--format", "json")) == EXPECTED


def test_due_on_the_day_itself_is_not_overdue(run: Run, team: Store) -> None:
    assert "RAND" not in [e["client"] for e in records(run("--on", ON, "--format", "json"))]
    late = records(run("--on", "2026-11-24", "--format", "json"))
    assert late[-1] == {"client": "RAND", "behandelaar": "Bram Bakker",
                        "last_evaluation": "2026-05-23", "due": "2026-11-23",
                        "days_overdue": 1}


def test_on_defaults_to_today(run: Run, team: Store) -> None:
    data = records(run("--format", "json"))
    today = dt.date.today()
    assert data[0]["client"] == "Z-9"
    assert data[0]["days_overdue"] == (today - dt.date(2026, 6, 1)).days


def test_months_overrides_the_horizon(run: Run, team: Store) -> None:
    # Twelve months: only the agreed date of R.É.-12 has passed.
    assert [e["client"] for e in records(run("--on", ON, "--months", "12",
                                             "--format", "json"))] == ["R.É.-12"]
    three = records(run("--on", ON, "--months", "3", "--format", "json"))
    assert [e["client"] for e in three] == ["Z-9", "a-1", "B-2", "NOOIT", "R.É.-12", "RAND"]
    assert three[0]["due"] == "2026-03-01"


def test_months_defaults_to_the_team_horizon(run: Run, team: Store) -> None:
    team_settings.save(team, dataclasses.replace(team_settings.load(team), horizon_months=3))
    assert [e["client"] for e in records(run("--on", ON, "--format", "json"))] == [
        "Z-9", "a-1", "B-2", "NOOIT", "R.É.-12", "RAND"]


# -- what goes wrong -----------------------------------------------------------------------
@pytest.mark.parametrize(("args", "message"), [
    (("--months", "0"), "--months: '0' is geen geldige evaluatietermijn"),
    (("--months", "25"), "van 1 tot en met 24"),
    (("--months", "zes"), "--months: 'zes'"),
    (("--on", "2026-02-30"), "--on: '2026-02-30' is geen geldige datum. Schrijf de datum als "
                             "JJJJ-MM-DD"),
    (("--on", "31-5-26"), "jaartal van twee cijfers"),
    (("--on", "morgen"), "JJJJ-MM-DD, bijvoorbeeld 2026-05-31"),
    (("--format", "xml"), "--format: 'xml' kennen we niet. Kies table, csv of json."),
])
def test_bad_options_are_explained_in_dutch(run: Run, team: Store, db: Path,
                                            args: tuple[str, ...], message: str) -> None:
    team.close()
    before = sha256(db)
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
    assert result.stdout == b""
    assert sha256(db) == before


def test_newer_database_is_refused_and_left_alone(run: Run, db: Path) -> None:
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha256(db)
    result = run("--format", "json")
    assert result.returncode == 1
    assert "nieuwere versie van Vergadering" in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
    assert result.stdout == b""
    assert sha256(db) == before


def test_a_missing_database_is_not_created(run: Run, db: Path) -> None:
    result = run()
    assert result.returncode == 1
    assert "bestaat niet" in result.stderr.decode("utf-8")
    assert not db.exists()


@pytest.mark.parametrize(("fmt", "expected"), [
    ("table", "Geen cliënten te laat op 23-11-2026.\n"
              "Binnen de termijn op 23-11-2026: geen actieve cliënten.\n"),
    ("json", "[]\n"),
    ("csv", "client,behandelaar,last_evaluation,due,days_overdue\n"),
])
def test_empty_database(run: Run, db: Path, fmt: str, expected: str) -> None:
    open_store(db).close()
    result = run("--on", ON, "--format", fmt)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode("utf-8") == expected


def test_help_says_csv_is_for_scripts(run: Run) -> None:
    result = run("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.decode("utf-8").split())
    assert "--months" in text and "--on" in text and "{table,csv,json}" in text
    assert "'csv' is voor scripts" in text and "UTF-8 zonder BOM" in text


def test_a_reader_that_stops_early_is_no_error(db: Path, team: Store, tmp_path: Path,
                                               env: dict[str, str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # like `| head -0`: nobody reads
    try:
        result = subprocess.run(
            [sys.executable, str(MAIN), "--db", str(db), "overdue", "--on", ON],
            stdout=writer, stderr=subprocess.PIPE, env=env, cwd=tmp_path, timeout=120,
            check=False)
    finally:
        os.close(writer)
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr and b"BrokenPipe" not in result.stderr


def test_the_command_does_not_load_the_widgets(db: Path, team: Store, tmp_path: Path,
                                               env: dict[str, str]) -> None:
    script = textwrap.dedent(f"""
        import contextlib, io, sys
        sys.path.insert(0, {str(MAIN.parent)!r})
        import main
        with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
            code = main.main(["--db", {str(db)!r}, "overdue", "--format", "json"])
        assert code == 0, code
        print(sorted(m for m in sys.modules if m.startswith("PySide6.Qt")))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip()
    assert "QtWidgets" not in loaded and "QtGui" not in loaded, loaded


# -- a date another tool wrote --------------------------------------------------
SECRET = "31-01-2020"  # the cell's text: client data, never printed


def break_date(db: Path, reference: str, column: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(f"UPDATE client SET {column} = ? WHERE reference = ?",
                     (SECRET, reference))
    conn.close()


WARNING = ("Let op: van OK is de datum 'volgende evaluatie' niet te lezen; controleer die "
           "cliënt in Team › Cliënten.")


def test_an_unreadable_date_is_reported_in_the_table(run: Run, team: Store, db: Path) -> None:
    team.close()
    break_date(db, "OK", "next_evaluation")
    result = run("--on", ON)
    assert result.returncode == 1  # incomplete: never looks like a complete report
    out = result.stdout.decode("utf-8")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[2:7]] == [e["client"] for e in EXPECTED]
    assert "5 cliënten te laat op 23-11-2026." in lines
    assert WARNING in lines
    assert lines.index(WARNING) > lines.index("5 cliënten te laat op 23-11-2026.")
    assert "onvolledig" in out
    assert SECRET not in out + result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_an_unreadable_date_keeps_json_and_csv_parseable(run: Run, team: Store, db: Path,
                                                         fmt: str) -> None:
    team.close()
    break_date(db, "OK", "next_evaluation")
    result = run("--on", ON, "--format", fmt)
    assert result.returncode == 1
    text = result.stdout.decode("utf-8")
    if fmt == "json":
        assert json.loads(text) == EXPECTED
    else:
        assert [row["client"] for row in csv.DictReader(io.StringIO(text))] == [
            e["client"] for e in EXPECTED]
    errors = result.stderr.decode("utf-8")
    assert WARNING in errors.splitlines()
    assert SECRET not in text + errors
    assert "Traceback" not in errors


@pytest.mark.parametrize("column", ["last_evaluation", "care_start", "added_on"])
def test_a_client_the_text_comparison_used_to_drop_is_reported(run: Run, team: Store,
                                                               db: Path, column: str) -> None:
    team.close()
    break_date(db, "Z-9", column)  # was the most overdue
    result = run("--on", ON, "--format", "json")
    assert result.returncode == 1
    errors = result.stderr.decode("utf-8")
    assert "van Z-9 is de datum" in errors
    assert SECRET not in errors + result.stdout.decode("utf-8")
