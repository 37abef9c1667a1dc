"""``main.py minutes`` is a contract (README, "Opdrachtregel"): run it as scripts do,
in every format."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from test_minutes import KOERS, REASON, SECRETS, TEAM, hold_and_close_meeting

from ui.reports import minutes_text
from vergadering import run as meeting_run
from vergadering.clock import FakeClock
from vergadering.store import open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"

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
    """main.py --db team.db minutes ARGS; stdout as bytes, to check the encoding."""

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, str(MAIN), "--db", str(db), "minutes", *args],
                              capture_output=True, env=env, cwd=tmp_path, timeout=120,
                              check=False)

    return run


@pytest.fixture
def team(db: Path) -> None:
    """The meeting of 24-11-2026 of tests/test_minutes.py, closed, in a database file:
    three decisions and four items without one."""
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0))
    store = open_store(db, clock)
    try:
        hold_and_close_meeting(store, clock)
    finally:
        store.close()


# What became of the items without a decision, as every format says it.
WITHOUT_DECISION = ("Apart overleg — Anouk de Vries koppelt terug uiterlijk 08-12-2026",
                    "Uitgesteld naar 01-12-2026",
                    "Doorgeschoven naar 01-12-2026 (niet aan bod gekomen)",
                    "Ingetrokken bij het afsluiten")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ok(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode("utf-8")


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def refused(result: subprocess.CompletedProcess[bytes], code: int, message: str) -> None:
    assert result.returncode == code
    assert message in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
    assert result.stdout == b""


# -- formats ----------------------------------------------------------------------------
def test_markdown_is_the_default(run: Run, team: None) -> None:
    text = ok(run("--date", "2026-11-24"))
    assert text.startswith(f"# Besluitenlijst {TEAM} — dinsdag 24 november 2026\n")
    for expected in ("1. AB-1 — doorgaan", "2. CD-2 — afsluiten", "3. EF-3 — verwijzen",
                     KOERS, "GGZ-instelling De Linde", "24-05-2027", REASON,
                     "Anouk de Vries (inbrenger)", "Bram Bakker (voorzitter)"):
        assert expected in text
    assert "3 besluiten, 4 punten zonder besluit." in text
    others = text.split("## Zonder besluit")[1]
    for reference, what in zip(("IJ-5", "KL-6", "GH-4", "MN-7"), WITHOUT_DECISION,
                               strict=True):
        assert f"- **{reference}** — {what}" in others
    for secret in SECRETS:
        assert secret not in text
    assert ok(run("--date", "2026-11-24", "--format", "md")) == text


def test_a_dutch_date(run: Run, team: None) -> None:
    assert ok(run("--date", "24-11-2026")) == ok(run("--date", "2026-11-24"))


def test_csv_to_stdout_has_no_bom(run: Run, team: None) -> None:
    text = ok(run("--date", "2026-11-24", "--format", "csv"))
    assert not text.startswith("\ufeff")
    assert text.startswith("Datum MDO;Cliënt;Besluit;")
    assert text.count("\r\n") == 8
    rows = read_csv(text)
    assert [(r["Cliënt"], r["Besluit"], r["Volgende evaluatie"]) for r in rows] == [
        ("AB-1", "doorgaan", "24-05-2027"), ("CD-2", "afsluiten", ""),
        ("EF-3", "verwijzen", "01-09-2027"), ("IJ-5", "apart overleg", ""),
        ("KL-6", "uitgesteld", ""), ("GH-4", "doorgeschoven", ""), ("MN-7", "ingetrokken", "")]
    assert [(r["Apart overleg door"], r["Terugkoppeling uiterlijk"], r["Naar vergadering van"])
            for r in rows[3:]] == [("Anouk de Vries", "08-12-2026", ""),
                                   ("", "", "01-12-2026"), ("", "", "01-12-2026"),
                                   ("", "", "")]


def test_csv_to_a_file_has_the_bom(run: Run, team: None, tmp_path: Path) -> None:
    out = tmp_path / "besluiten.csv"
    assert ok(run("--date", "2026-11-24", "--format", "csv", "-o", str(out))) == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfDatum MDO;")
    assert b"\r\r\n" not in data and data.count(b"\r\n") == 8
    rows = read_csv(data.decode("utf-8-sig"))
    assert [r["Cliënt"] for r in rows] == ["AB-1", "CD-2", "EF-3", "IJ-5", "KL-6", "GH-4",
                                           "MN-7"]
    assert rows[0]["Koers"] == KOERS


def test_markdown_to_a_file(run: Run, team: None, tmp_path: Path) -> None:
    out = tmp_path / "besluiten.md"
    assert ok(run("--date", "2026-11-24", "--output", str(out))) == ""
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8") == ok(run("--date", "2026-11-24"))


def test_a_meeting_without_decisions(run: Run, db: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 1, 9, 0))
    store = open_store(db, clock)
    meeting_run.start_meeting(store, dt.date(2026, 12, 1))
    store.close()
    text = ok(run("--date", "2026-12-01"))
    assert text.startswith("# Besluitenlijst Mijn team — dinsdag 1 december 2026\n")
    assert minutes_text.NO_DECISIONS in text
    assert ok(run("--date", "2026-12-01", "--format", "csv")) == (
        ";".join(minutes_text.CSV_HEADERS) + "\r\n")


# -- refusals ---------------------------------------------------------------------------
def test_no_meeting_that_day(run: Run, team: None, db: Path) -> None:
    before = sha256(db)
    refused(run("--date", "2026-12-08"), 2,
            "Er is geen vergadering op 08-12-2026. Controleer de datum.")
    assert sha256(db) == before


@pytest.mark.parametrize(("args", "message"), [
    ((), "--date ontbreekt"),
    (("--date", "2026-02-30"), "--date: '2026-02-30' is geen geldige datum. Schrijf de "
                               "datum als JJJJ-MM-DD"),
    (("--date", "24-11-26"), "jaartal van twee cijfers"),
    (("--date", "dinsdag"), "JJJJ-MM-DD, bijvoorbeeld 2026-11-24"),
    (("--date", "2026-11-24", "--format", "xml"),
     "--format: 'xml' kennen we niet. Kies md, csv of pdf."),
])
def test_bad_options_are_explained_in_dutch(run: Run, team: None, db: Path,
                                            args: tuple[str, ...], message: str) -> None:
    before = sha256(db)
    refused(run(*args), 2, message)
    assert sha256(db) == before


def pdf_text(path: Path) -> str:
    """The PDF's text as a real PDF tool reads it (poppler's pdftotext)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) not installed; CI installs it")
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdf_holds_every_decision_and_every_item_without_one(run: Run, team: None,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "besluiten.pdf"
    result = run("--date", "2026-11-24", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    content = " ".join(pdf_text(out).split())
    assert "Besluitenlijst" in content and "dinsdag 24 november 2026" in content
    for word in ("doorgaan", "afsluiten", "verwijzen", "Volgende evaluatie",
                 "Geformuleerd door", "3 besluiten, 4 punten zonder besluit."):
        assert word in content
    others = content.split("Zonder besluit")[1]
    for reference, what in zip(("IJ-5", "KL-6", "GH-4", "MN-7"), WITHOUT_DECISION,
                               strict=True):
        assert f"{reference} {what}" in others
    assert "kwestie (acuut), ingebracht door Anouk de Vries" in others
    for secret in SECRETS:
        assert secret not in content


def test_pdf_needs_an_output_file(run: Run, team: None) -> None:
    refused(run("--date", "2026-11-24", "--format", "pdf"), 2, "-o BESTAND.pdf")


def test_an_unwritable_output_is_explained(run: Run, team: None, tmp_path: Path) -> None:
    refused(run("--date", "2026-11-24", "-o", str(tmp_path)), 2, "is een map")
    refused(run("--date", "2026-11-24", "-o", str(tmp_path / "geen" / "x.md")), 2,
            "bestaat niet")


def test_newer_database_is_refused_and_left_alone(run: Run, db: Path) -> None:
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha256(db)
    refused(run("--date", "2026-11-24"), 1, "nieuwere versie van Vergadering")
    assert sha256(db) == before


def test_a_missing_database_is_not_created(run: Run, db: Path) -> None:
    refused(run("--date", "2026-11-24"), 1, "bestaat niet")
    assert not db.exists()


def test_help(run: Run) -> None:
    result = run("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.decode("utf-8").split())
    assert "--date" in text and "{md,csv,pdf}" in text and "-o" in text
    assert "met BOM" in text


def test_the_command_does_not_load_the_widgets(db: Path, team: None, tmp_path: Path,
                                               env: dict[str, str]) -> None:
    script = textwrap.dedent(f"""
        import contextlib, io, sys
        sys.path.insert(0, {str(MAIN.parent)!r})
        import main
        with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
            code = main.main(["--db", {str(db)!r}, "minutes", "--date", "2026-11-24",
                              "--format", "csv"])
        assert code == 0, code
        print(sorted(m for m in sys.modules if m.startswith("PySide6")))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", result.stdout
