"""The command line is a contract (README, "Opdrachtregel"): run main.py as scripts do."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from vergadering import clients, members
from vergadering.dates import add_months
from vergadering.store import open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"
HEADER = "client;behandelaar;in_zorg_sinds;laatste_evaluatie;volgende_evaluatie\n"
GOOD = HEADER + "D-1;Anouk de Vries;01-01-2024;01-09-2026;\nD-2;Bram Jansen;2025-03-01;;\n"
BAD = HEADER + (
    "D-1;Anouk de Vries;01-01-2024;01-09-2026;\n"
    ";Anouk de Vries;;;\n"
    "D-3;Bram Jansen;31-13-2025;;\n"
    "D-4;Chantal Bakker;;;\n"
)

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "x.db"


@pytest.fixture
def run(tmp_path: Path, db: Path) -> Run:
    """main.py --db x.db ARGS, with settings and data folders inside tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(MAIN), "--db", str(db), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env,
                              cwd=tmp_path, timeout=120, check=False)

    return run


def csv_file(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "c.csv") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def caseload(db: Path) -> dict[str, clients.Client]:
    store = open_store(db)
    try:
        return {c.reference: c for c in clients.list_clients(store)}
    finally:
        store.close()


def team(db: Path) -> list[str]:
    store = open_store(db)
    try:
        return [m.name for m in members.list_members(store)]
    finally:
        store.close()


def test_demo_fills_an_empty_database(run: Run, db: Path):
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "Demoteam aangemaakt" in result.stdout

    assert len(team(db)) == 12
    everyone = caseload(db).values()
    assert len(everyone) == 150
    horizon_ago = add_months(dt.date.today(), -6)
    overdue = [c for c in everyone if c.active
               and (c.last_evaluation or c.care_start or c.added_on) < horizon_ago]
    assert 10 <= len(overdue) <= 120  # some, not all


def test_demo_refuses_a_database_with_data_and_changes_nothing(run: Run, db: Path):
    assert run("demo").returncode == 0
    before = sha256(db)

    result = run("demo")

    assert result.returncode == 2
    assert "bevat al gegevens" in result.stderr
    assert sha256(db) == before
    assert len(caseload(db)) == 150


def test_import_good_file(run: Run, db: Path, tmp_path: Path):
    result = run("import-clients", csv_file(tmp_path, GOOD))
    assert result.returncode == 0, result.stderr
    assert "Geïmporteerd: 2 nieuwe cliënten, 0 bijgewerkt." in result.stdout
    assert "Anouk de Vries, Bram Jansen" in result.stdout
    imported = caseload(db)
    assert sorted(imported) == ["D-1", "D-2"]
    assert imported["D-1"].last_evaluation == dt.date(2026, 9, 1)
    assert imported["D-2"].behandelaar == "Bram Jansen"


def test_any_bad_row_lists_every_problem_and_imports_nothing(run: Run, db: Path,
                                                            tmp_path: Path):
    result = run("import-clients", csv_file(tmp_path, BAD))
    assert result.returncode == 2
    assert "regel 3: Cliënt is verplicht" in result.stderr
    assert "regel 4: In zorg sinds: '31-13-2025' is geen geldige datum" in result.stderr
    assert "regel 2:" not in result.stderr and "regel 5:" not in result.stderr
    assert "Niets geïmporteerd" in result.stderr
    assert caseload(db) == {}
    assert team(db) == []


def test_skip_invalid_imports_the_good_rows_and_still_lists_the_bad(run: Run, db: Path,
                                                                  tmp_path: Path):
    result = run("import-clients", csv_file(tmp_path, BAD), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "regel 3: Cliënt is verplicht" in result.stderr
    assert "regel 4: In zorg sinds" in result.stderr
    assert "2 regels met fouten overgeslagen" in result.stderr
    assert "Geïmporteerd: 2 nieuwe cliënten, 0 bijgewerkt." in result.stdout
    assert sorted(caseload(db)) == ["D-1", "D-4"]


def test_reimport_updates_without_duplicates(run: Run, db: Path, tmp_path: Path):
    assert run("import-clients", csv_file(tmp_path, GOOD)).returncode == 0
    changed = HEADER + "d-1;Bram Jansen;;01-11-2026;01-05-2027\nD-2;Bram Jansen;;;\n"

    result = run("import-clients", csv_file(tmp_path, changed, name="again.csv"))

    assert result.returncode == 0, result.stderr
    assert "Geïmporteerd: 0 nieuwe cliënten, 2 bijgewerkt." in result.stdout
    assert "Nieuwe teamleden" not in result.stdout
    imported = caseload(db)
    assert sorted(imported) == ["D-1", "D-2"]
    assert imported["D-1"].behandelaar == "Bram Jansen"
    assert imported["D-1"].care_start == dt.date(2024, 1, 1)  # empty cell keeps it
    assert imported["D-1"].last_evaluation == dt.date(2026, 11, 1)
    assert imported["D-1"].next_evaluation == dt.date(2027, 5, 1)
    assert sorted(team(db)) == ["Anouk de Vries", "Bram Jansen"]


def test_windows_1252_file_from_dutch_excel(run: Run, db: Path, tmp_path: Path):
    text = HEADER + "R.É.-12;Émile Noël;01-05-2026;;\n"
    result = run("import-clients", csv_file(tmp_path, text, encoding="cp1252"))
    assert result.returncode == 0, result.stderr
    assert "Émile Noël" in result.stdout
    assert caseload(db)["R.É.-12"].behandelaar == "Émile Noël"


def test_conflict_with_stored_dates_names_the_line(run: Run, db: Path, tmp_path: Path):
    assert run("import-clients", csv_file(tmp_path, GOOD)).returncode == 0
    # D-1 was last evaluated 01-09-2026; care cannot start after that.
    later = HEADER + "D-1;Anouk de Vries;01-10-2026;;\nD-5;Bram Jansen;;;\n"

    result = run("import-clients", csv_file(tmp_path, later, name="later.csv"))

    assert result.returncode == 2
    assert "regel 2: Laatste evaluatie ligt vóór de start van de zorg" in result.stderr
    assert "Niets geïmporteerd" in result.stderr
    assert sorted(caseload(db)) == ["D-1", "D-2"]


def test_missing_file_is_explained_in_dutch(run: Run, db: Path, tmp_path: Path):
    result = run("import-clients", str(tmp_path / "weg.csv"))
    assert result.returncode == 2
    assert "weg.csv' bestaat niet" in result.stderr
    assert "No such file" not in result.stderr
    assert not db.exists()


@pytest.mark.parametrize("args", [("demo",), ("import-clients", "GOOD")])
def test_newer_schema_is_refused_and_left_alone(run: Run, db: Path, tmp_path: Path, args):
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha256(db)
    args = tuple(csv_file(tmp_path, GOOD) if a == "GOOD" else a for a in args)

    result = run(*args)

    assert result.returncode == 1
    assert "nieuwere versie van Vergadering" in result.stderr
    assert "Traceback" not in result.stderr
    assert sha256(db) == before


@pytest.mark.parametrize("args", [("demo",), ("import-clients", "GOOD")])
def test_not_a_database_is_refused_and_left_alone(run: Run, db: Path, tmp_path: Path, args):
    db.write_bytes(b"Dit is een boodschappenlijst, geen database.\n" * 200)
    before = sha256(db)
    args = tuple(csv_file(tmp_path, GOOD) if a == "GOOD" else a for a in args)

    result = run(*args)

    assert result.returncode == 1
    assert "geen databasebestand van Vergadering" in result.stderr
    assert "Traceback" not in result.stderr
    assert sha256(db) == before


def test_import_refuses_a_huge_file_before_reading_it(tmp_path: Path, db: Path) -> None:
    """A 3 GB file is refused by its size, under a 1 GB address-space limit: read whole
    first (as before) it would end in a MemoryError."""
    import resource

    huge = tmp_path / "groot.csv"
    with huge.open("wb") as file:
        file.truncate(3 * 1024**3)  # sparse: no disk used
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

    result = subprocess.run(
        [sys.executable, str(MAIN), "--db", str(db), "import-clients", str(huge)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path,
        timeout=120, check=False, preexec_fn=limit)
    assert result.returncode == 2, result.stderr
    assert "MB" in result.stderr and "Traceback" not in result.stderr
