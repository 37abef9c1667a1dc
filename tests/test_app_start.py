"""Opening the database at start-up: a problem file is explained, never changed, and the
user can retry, pick another file or make a new one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

import ui.app as app_module
from ui.app import open_with_recovery
from vergadering import members
from vergadering.store import open_store


@pytest.fixture
def newer_file(tmp_path: Path) -> Path:
    path = tmp_path / "nieuwer.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    return path


def answers(monkeypatch: pytest.MonkeyPatch, *choices: str) -> list[str]:
    asked: list[str] = []
    queue = list(choices)

    def fake(message: str) -> str:
        asked.append(message)
        return queue.pop(0)

    monkeypatch.setattr(app_module, "ask_recovery", fake)
    return asked


def test_quit_leaves_the_newer_file_untouched(qapp, newer_file: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = newer_file.read_bytes()
    asked = answers(monkeypatch, "quit")
    assert open_with_recovery(newer_file, private=False) is None
    assert "nieuwere versie" in asked[0]
    assert newer_file.read_bytes() == before


def test_another_file_can_be_opened_instead(qapp, newer_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "team.db"
    store = open_store(good)
    members.add_member(store, "Youssef")
    store.close()
    answers(monkeypatch, "open")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(good), "")))
    opened = open_with_recovery(newer_file, private=False)
    assert opened is not None
    assert [m.name for m in members.list_members(opened)] == ["Youssef"]
    opened.close()


def test_a_new_database_can_be_made_instead(qapp, newer_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    answers(monkeypatch, "new")
    fresh = tmp_path / "nieuw.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(fresh), "")))
    opened = open_with_recovery(newer_file, private=False)
    assert opened is not None and Path(opened.path) == fresh
    assert opened.is_empty()
    opened.close()


def test_retry_after_a_colleague_releases_the_lock(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "team.db"
    # A colleague's app holds the new file's write lock while it sets it up.
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("vergadering.store.BUSY_TIMEOUT_MS", 50)

    def release_then_retry(message: str) -> str:
        holder.execute("ROLLBACK")
        asked.append(message)
        return "retry"

    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_recovery", release_then_retry)
    # Both are making the team's new file (a first start): the zero-byte file is theirs.
    opened = open_with_recovery(path, private=False, create=True)
    holder.close()
    assert asked and "bezet" in asked[0]
    assert opened is not None
    opened.close()
