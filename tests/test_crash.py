"""The crash harness, short: the app's process is killed (SIGKILL) at random moments of
scripted meetings and while decisions are being saved, and started again. Nothing
recorded may be lost or half-written; the meeting resumes at the right item with the
right elapsed time. The long run: ``python tools/crash_harness.py --kills 500``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_harness",
                                                  ROOT / "tools" / "crash_harness.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_harness"] = module
    spec.loader.exec_module(module)
    return module


def test_kills_at_random_moments_lose_nothing(tmp_path: Path) -> None:
    report = harness().run_harness(kills=24, seed=2026, work=tmp_path)
    assert report.failures == []
    assert report.kills == 24
    assert report.kills_in_decision >= 6  # every third kill waits for a decision
    assert report.rolled_back >= report.kills_in_decision  # those are undone whole
    assert report.resume_checks >= 20
    assert report.max_elapsed_error <= 1.0


def test_the_harness_finds_a_decision_split_over_two_transactions(tmp_path: Path) -> None:
    """The harness itself can fail: with the client updated in a transaction of its own,
    a kill in between leaves a decision whose client was never updated."""
    crash = harness()
    sitecustomize = tmp_path / "bug" / "sitecustomize.py"
    sitecustomize.parent.mkdir()
    sitecustomize.write_text(
        "from vergadering import clients as c, decisions as d\n"
        "apply, record = c.apply_decision_dates, d.record_decision\n"
        "c.apply_decision_dates = lambda store, client_id: None\n"
        "def split(store, item_id, data):\n"
        "    decision = record(store, item_id, data)\n"
        "    with store.transaction():\n"
        "        apply(store, decision.client_id)\n"
        "    return decision\n"
        "d.record_decision = split\n", encoding="utf-8")
    report = crash.run_harness(kills=30, seed=2026, work=tmp_path,
                               child_path=sitecustomize.parent)
    assert any("lost or half-written" in f for f in report.failures)
