"""Shared fixtures: an in-memory store on a fake clock (domain tests need no Qt)."""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything can import Qt
# Never touch the user's real settings or data folder: QSettings and
# QStandardPaths follow these on Linux, also in subprocesses the tests start.
_HOME = tempfile.mkdtemp(prefix="vergadering-tests-")
# CI starts a PulseAudio null sink in the real runtime folder; keep it reachable so the
# bell can be tested with a sound device (tests without one patch the device list).
_PULSE = os.path.join(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent"), "pulse", "native")
if os.path.exists(_PULSE) and "PULSE_SERVER" not in os.environ:
    os.environ["PULSE_SERVER"] = "unix:" + _PULSE
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_RUNTIME_DIR"] = os.path.join(_HOME, "runtime")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

from collections.abc import Iterator  # noqa: E402
from datetime import datetime  # noqa: E402

import pytest  # noqa: E402

from vergadering.clock import FakeClock  # noqa: E402
from vergadering.store import Store, open_memory  # noqa: E402


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The temporary home folder goes when the tests are done: no
    /tmp/vergadering-tests-* left behind (the fixtures that used it are torn down)."""
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 23, 9, 0))


@pytest.fixture
def store(clock: FakeClock) -> Iterator[Store]:
    s = open_memory(clock)
    yield s
    s.close()


@pytest.fixture
def app_style(qapp):  # type: ignore[no-untyped-def]
    """The app's own style sheet (its 12 pt type), as the app sets it: for tests of what
    fits on a screen."""
    from ui.app import RESOURCES

    qapp.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet("")


@pytest.fixture(autouse=True)
def no_daily_backup_during_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """A main window starts the day's backup after a few seconds; a slow test must not
    get one it did not ask for (tests/test_backup_dialog.py asks for it)."""
    import sys

    window = sys.modules.get("ui.main_window")
    if window is not None:
        monkeypatch.setattr(window, "DAILY_BACKUP_DELAY_MS", 3_600_000)


@pytest.fixture
def team_file_store(tmp_path, clock: FakeClock) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    """A team database file (team.db in tmp_path) with one member, open."""
    from vergadering import members
    from vergadering.store import open_store

    opened = open_store(tmp_path / "team.db", clock)
    members.add_member(opened, "Anna de Vries")
    yield opened
    opened.close()
