"""Starting the program: --startup-check, and the default database in the per-user folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str, home: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=home)


def test_startup_check_prints_milliseconds_and_exits_0(tmp_path: Path) -> None:
    result = run_main("--db", str(tmp_path / "team.db"), "--nieuw", "--startup-check",
                      home=tmp_path)
    assert result.returncode == 0, result.stderr
    ms = int(result.stdout.strip().splitlines()[-1])
    assert 0 < ms < 60_000
    assert (tmp_path / "team.db").exists()


def test_startup_check_on_the_demo_database(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run_main("--db", db, "demo", home=tmp_path).returncode == 0
    result = run_main("--db", db, "--startup-check", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 0


def test_startup_check_refuses_a_newer_database_without_touching_it(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "nieuwer.db"
    assert run_main("--db", str(db), "demo", home=tmp_path).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    result = run_main("--db", str(db), "--startup-check", home=tmp_path)
    assert result.returncode == 1
    assert "nieuwere versie" in result.stderr
    assert db.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_default_database_lives_in_the_user_folder_readable_by_owner_only(tmp_path: Path) -> None:
    result = run_main("demo", home=tmp_path)
    assert result.returncode == 0, result.stderr
    created = list((tmp_path / "data").rglob("vergadering.db"))
    assert len(created) == 1
    assert stat.S_IMODE(created[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(created[0].parent.stat().st_mode) == 0o700
    # The next start without --db finds the same file again.
    again = run_main("demo", home=tmp_path)
    assert again.returncode == 2
    assert "bevat al gegevens" in again.stderr
