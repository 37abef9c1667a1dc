"""Privacy: no client data in any log output (log records, the log file, Qt's messages,
stderr), also on errors; the log file and the per-user folder are the owner's only.
(Projector privacy mode: tests/test_projector.py; backups keep their file's permissions:
tests/test_backup.py; the private database file: tests/test_store.py.)"""

from __future__ import annotations

import logging
import stat
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

import ui.error_log as error_log
from ui.main_window import MainWindow
from ui.meeting.projector import ProjectorWindow
from vergadering import decisions, demo, items, members, run
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.follow_up import CarriedOut, FollowUpInput
from vergadering.items import DecisionKind
from vergadering.store import Store, StoreError, StoreProblem

pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$", r"^No audio device detected$",
    r"^This plugin does not support raise\(\)$")


@pytest.fixture
def new_handlers() -> Iterator[None]:
    """Log handlers a test adds to the root logger are removed and closed afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def log_file(tmp_path: Path, new_handlers: None) -> Path:
    return error_log.open_log(tmp_path / "data")


def secrets(store: Store) -> set[str]:
    """Everything that identifies a client or says something about one."""
    found = {r[0] for r in store.query("SELECT reference FROM client")}
    found |= {m.name for m in members.list_members(store)}
    found |= {r[0] for r in store.query("SELECT question FROM item WHERE question != ''")}
    found |= {r[0] for r in store.query("SELECT koers FROM decision WHERE koers != ''")}
    return found


def test_no_client_data_in_any_log_output(store: Store, clock: FakeClock, qtbot, caplog,  # type: ignore[no-untyped-def]
                                          capfd, qtlog, log_file: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level
    monkeypatch.setattr(error_log, "show_unexpected_error", lambda: None)
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: None)
    demo.fill_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    for area in ("agenda", "evaluaties", "besluiten", "team", "vergadering"):
        window.show_area(area)
    projector = ProjectorWindow(window.meeting_page.controller)
    qtbot.addWidget(projector)
    projector.show()

    clock.set(clock.now().replace(day=24, hour=9, minute=0))
    window.meeting_page.start_meeting()
    waiting = items.list_items(store, clock.today())
    for n, item in enumerate(waiting[:4]):
        run.start_item(store, item.id)
        projector.ring()  # the bell, with or without a sound device
        clock.advance(minutes=4)
        kind = (DecisionKind.DOORGAAN, DecisionKind.AFSLUITEN, DecisionKind.VERWIJZEN)[n % 3]
        decisions.record_decision(store, item.id, DecisionInput(
            kind, None if kind is DecisionKind.AFSLUITEN else clock.today() + timedelta(days=90),
            koers="Koers voor " + item.client_reference if kind is DecisionKind.DOORGAAN
            else "", referred_to="huisarts van " + item.client_reference
            if kind is DecisionKind.VERWIJZEN else "",
            closes_client_id=item.client_id if kind is DecisionKind.AFSLUITEN else None,
            follow_up=FollowUpInput(CarriedOut.FULLY)
            if decisions.follow_up_due(store, item.client_id) else None))
    # Problems on the way: a locked file, and an unexpected error about a client.
    reference = waiting[4].client_reference

    def locked(*args: object, **kwargs: object) -> None:
        raise StoreError(StoreProblem.LOCKED, store.path, f"locked while saving {reference}")

    monkeypatch.setattr(run, "start_item", locked)
    window.meeting_page.start_item(waiting[4].id)
    try:
        raise KeyError(f"{reference} {waiting[4].presenter} {waiting[4].question}")
    except KeyError:
        error_log.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    for handler in logging.getLogger().handlers:
        handler.flush()

    out, err = capfd.readouterr()
    written = "\n".join([caplog.text, out, err, log_file.read_text(encoding="utf-8"),
                         *(str(r.message) for r in qtlog.records)])
    assert "Onverwachte fout" in written and "KeyError" in written  # it was logged...
    leaked = sorted(s for s in secrets(store) if s in written)
    assert leaked == []  # ...without anything about clients


def test_an_unexpected_error_is_logged_by_kind_and_place_only(
        log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[bool] = []
    monkeypatch.setattr(error_log, "show_unexpected_error", lambda: shown.append(True))

    def fail_about(client: str) -> None:
        raise ValueError(f"koers voor {client} niet gevonden")

    try:
        fail_about("D-12345")
    except ValueError:
        error_log.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text
    assert "test_privacy.py" in text and "in fail_about" in text  # where it happened
    assert "D-12345" not in text and "koers" not in text  # not what it said
    assert shown == [True]


@pytest.mark.usefixtures("new_handlers")
def test_install_sets_the_hook_and_keeps_the_log_private(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    path = error_log.install(tmp_path / "nieuw")
    assert sys.excepthook is error_log.handle_exception
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.usefixtures("new_handlers")
def test_a_long_log_is_rotated(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / error_log.LOG_NAME).write_bytes(b"x" * (error_log.MAX_BYTES + 1))
    path = error_log.open_log(folder)
    assert path.stat().st_size == 0
    assert (folder / "vergadering.log.1").stat().st_size == error_log.MAX_BYTES + 1
