"""Client data is never readable by everyone on the machine (README, "Betrouwbaarheid en privacy").

A file the app makes outside the per-user data folder is 0660 (owner and group: a team
folder's group must still work), one inside it 0600, whatever the umask; an existing
file keeps its mode. SQLite's journal, backups and every export follow.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from test_minutes import DAY, hold_and_close_meeting

import ui.app as app_module
from ui import paths
from ui.decisions import minutes_panel as panel_module
from ui.evaluations import export
from ui.main_window import MainWindow
from ui.reports import minutes_pdf
from vergadering import backup, files, members, minutes
from vergadering.backup import BackupReason
from vergadering.clock import FakeClock
from vergadering.minutes import Minutes
from vergadering.store import open_memory, open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"
SHARED = 0o660
PRIVATE = 0o600


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """The usual umask, one that would make files world-writable, and a strict one."""
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


@pytest.fixture
def per_user_folder() -> Path:
    folder = paths.default_database().parent
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def held_minutes() -> Minutes:
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0))
    store = open_memory(clock)
    hold_and_close_meeting(store, clock)
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    store.close()
    return found


# -- the domain's file helper --------------------------------------------------------

def test_a_new_file_is_owner_and_group_or_owner_only(tmp_path: Path, umask: int) -> None:
    files.write_bytes(tmp_path / "gedeeld.csv", b"x", private=False)
    files.write_bytes(tmp_path / "eigen.csv", b"x", private=True)
    assert mode(tmp_path / "gedeeld.csv") == SHARED
    assert mode(tmp_path / "eigen.csv") == PRIVATE


@pytest.mark.parametrize("existing", [0o600, 0o640, 0o644])
def test_an_existing_file_keeps_its_mode(tmp_path: Path, umask: int, existing: int) -> None:
    target = tmp_path / "lijst.md"
    target.write_text("oud")
    target.chmod(existing)
    files.write_text(target, "nieuw", encoding="utf-8", private=False)
    assert target.read_text() == "nieuw"
    assert mode(target) == existing


# -- the database, its journal and its backups ----------------------------------------

def test_a_new_database_is_never_readable_by_others(tmp_path: Path, umask: int) -> None:
    open_store(tmp_path / "team.db").close()
    open_store(tmp_path / "eigen" / "vergadering.db", private=True).close()
    assert mode(tmp_path / "team.db") == SHARED
    assert mode(tmp_path / "eigen" / "vergadering.db") == PRIVATE


def test_opening_an_existing_database_never_changes_its_mode(tmp_path: Path,
                                                             umask: int) -> None:
    path = tmp_path / "team.db"
    open_store(path).close()
    path.chmod(0o640)
    open_store(path).close()
    assert mode(path) == 0o640


@pytest.mark.parametrize("private", [False, True])
def test_the_journal_has_the_database_mode(tmp_path: Path, umask: int, private: bool) -> None:
    path = tmp_path / "team.db"
    store = open_store(path, private=private)
    journal = Path(str(path) + "-journal")
    try:
        with store.transaction():
            members.add_member(store, "Youssef")
            assert journal.exists()  # the rollback journal, during the write
            assert mode(journal) == (PRIVATE if private else SHARED)
    finally:
        store.close()


@pytest.mark.parametrize("private", [False, True])
def test_a_backup_of_a_new_database_has_its_mode(tmp_path: Path, umask: int,
                                                 private: bool) -> None:
    store = open_store(tmp_path / "team.db", private=private)
    try:
        made = backup.make_backup(store, BackupReason.MANUAL)
    finally:
        store.close()
    assert made is not None
    assert mode(made.path) == (PRIVATE if private else SHARED)
    assert mode(made.path.parent) & 0o007 == 0


# -- the paths the user chooses -------------------------------------------------------

def test_only_the_per_user_folder_is_private(tmp_path: Path, per_user_folder: Path) -> None:
    assert paths.is_private(per_user_folder / "vergadering.db")
    assert paths.is_private(per_user_folder / "sub" / "x.csv")
    assert not paths.is_private(tmp_path / "team.db")
    assert not paths.is_private(per_user_folder.parent / "ander.db")


def test_nieuwe_database_in_the_window(qtbot, tmp_path: Path, umask: int,  # type: ignore[no-untyped-def]
                                       per_user_folder: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.main_window.show_error", lambda *a, **k: shown.append(a[1]))
    window = MainWindow(open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0))))
    qtbot.addWidget(window)
    for target, wanted in ((tmp_path / "team.db", SHARED),
                           (per_user_folder / f"eigen-{umask:o}.db", PRIVATE)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, t=target, **k: (str(t), "")))
        window.new_database()
        assert not shown
        assert Path(window.store.path) == target
        assert mode(target) == wanted
    window.store.close()


def test_a_new_database_from_the_recovery_dialog(qapp, tmp_path: Path, umask: int,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "ask_recovery", lambda message: "new")
    fresh = tmp_path / "nieuw.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(fresh), "")))
    missing = tmp_path / "weg.db"
    opened = app_module.open_with_recovery(missing, private=False)
    assert opened is not None
    opened.close()
    assert mode(fresh) == SHARED


# -- the command line ----------------------------------------------------------------

def run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120, check=False)


def test_the_command_line_makes_shared_and_private_databases(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the child inherits it
    try:
        shared = tmp_path / "team.db"
        assert run_main(tmp_path, "--db", str(shared), "demo").returncode == 0
        assert mode(shared) == SHARED
        assert run_main(tmp_path, "demo").returncode == 0  # the per-user default
        own = next((tmp_path / "data").rglob("vergadering.db"))
        assert mode(own) == PRIVATE
        own_named = own.parent / "ander.db"  # named with --db, inside the per-user folder
        assert run_main(tmp_path, "--db", str(own_named), "--nieuw", "minutes",
                        "--date", "2026-11-24").returncode == 2  # no meeting that day
        assert mode(own_named) == PRIVATE
        csv_file = tmp_path / "clienten.csv"
        csv_file.write_text("client;behandelaar\nA-1;Anouk\n", encoding="utf-8")
        imported = tmp_path / "import.db"
        run_main(tmp_path, "--db", str(imported), "import-clients", str(csv_file))
        assert mode(imported) == SHARED
    finally:
        os.umask(old)


def test_minutes_output_file(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0))
    store = open_store(db, clock)
    hold_and_close_meeting(store, clock)
    store.close()
    old = os.umask(0o022)
    try:
        for kind in ("md", "csv", "pdf"):
            out = tmp_path / f"lijst.{kind}"
            result = run_main(tmp_path, "--db", str(db), "minutes", "--date", "2026-11-24",
                              "--format", kind, "-o", str(out))
            assert result.returncode == 0, result.stderr
            assert mode(out) == SHARED
        kept = tmp_path / "lijst.md"
        kept.chmod(0o600)
        run_main(tmp_path, "--db", str(db), "minutes", "--date", "2026-11-24",
                 "-o", str(kept))
        assert mode(kept) == 0o600
    finally:
        os.umask(old)


# -- exports from the window ---------------------------------------------------------

def test_the_besluitenlijst_files(tmp_path: Path, umask: int, held_minutes: Minutes,
                                  per_user_folder: Path) -> None:
    panel_module._write_text("tekst", "utf-8")(held_minutes, str(tmp_path / "lijst.md"))
    minutes_pdf.write_pdf(held_minutes, tmp_path / "lijst.pdf")
    own = per_user_folder / f"lijst-{umask:o}.pdf"
    minutes_pdf.write_pdf(held_minutes, own)
    assert mode(tmp_path / "lijst.md") == SHARED
    assert mode(tmp_path / "lijst.pdf") == SHARED
    assert mode(own) == PRIVATE
    assert (tmp_path / "lijst.pdf").read_bytes().startswith(b"%PDF")


def test_the_evaluation_exports(tmp_path: Path, umask: int, store) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 11, 23, 9)
    export.export_rows([], tmp_path / "evaluaties.csv")
    export.export_ics([], tmp_path / "evaluaties.ics", now)
    assert mode(tmp_path / "evaluaties.csv") == SHARED
    assert mode(tmp_path / "evaluaties.ics") == SHARED
