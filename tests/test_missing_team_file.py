"""A team file that is not there (a share not mounted) or is empty is refused, never
silently replaced by a new empty database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import ui.app as app_module
from ui import paths
from vergadering.store import StoreError, StoreProblem, open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def run_main(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    # The settings folder of this test process (conftest), so the remembered file counts.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(MAIN), *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, check=False)


@pytest.fixture
def remembered(tmp_path: Path) -> Path:
    """The remembered team file on a share that is not mounted."""
    path = tmp_path / "share" / "team" / "team.db"
    paths.remember_database(path)
    yield path
    paths.settings().remove(paths.LAST_DATABASE_KEY)


@pytest.mark.parametrize("args", [["overdue"], ["minutes", "--date", "2026-11-24"],
                                  ["--startup-check"]])
def test_a_missing_remembered_file_is_refused_and_not_created(remembered: Path,
                                                              args: list[str]) -> None:
    result = run_main(*args)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bestaat niet" in result.stderr
    assert "Geen cliënten te laat" not in result.stdout
    assert "Traceback" not in result.stderr
    assert not remembered.parent.parent.exists()


@pytest.mark.parametrize("args", [["overdue"], ["minutes", "--date", "2026-11-24"],
                                  ["--startup-check"]])
def test_a_zero_byte_file_is_refused_and_left_empty(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "team.db"
    db.touch()
    result = run_main("--db", str(db), *args)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "leeg" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.stat().st_size == 0


def test_nieuw_makes_a_new_database_when_asked(tmp_path: Path) -> None:
    db = tmp_path / "nieuw.db"
    result = run_main("--db", str(db), "--nieuw", "overdue", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
    assert db.stat().st_size > 0


def test_open_store_refuses_missing_and_empty_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as missing:
        open_store(tmp_path / "weg" / "team.db", create=False)
    assert missing.value.problem is StoreProblem.MISSING
    assert not (tmp_path / "weg").exists()
    empty = tmp_path / "leeg.db"
    empty.touch()
    with pytest.raises(StoreError) as refused:
        open_store(empty, create=False)
    assert refused.value.problem is StoreProblem.EMPTY_FILE
    assert empty.stat().st_size == 0


def test_the_app_offers_a_way_out_for_a_missing_remembered_file(
        qapp, remembered: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def quit_(message: str) -> str:
        asked.append(message)
        return "quit"

    monkeypatch.setattr(app_module, "ask_recovery", quit_)
    assert app_module.run_gui(None) == 1
    assert len(asked) == 1 and "bestaat niet" in asked[0]
    assert not remembered.parent.parent.exists()


def test_looking_again_finds_the_file_once_the_share_is_back(
        qapp, remembered: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def mount_then_retry(message: str) -> str:
        open_store(remembered, create=True).close()  # the share is back
        return "retry"

    monkeypatch.setattr(app_module, "ask_recovery", mount_then_retry)
    store = app_module.open_with_recovery(remembered, private=False, create=False)
    assert store is not None
    store.close()
