"""The command line's own words are Dutch too: its help and argparse's messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parent.parent / "main.py"
ENGLISH = ("positional arguments", "show this help message", "usage:", "options:",
           "error:", "unrecognized", "the following arguments")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=60, check=False)


def test_the_help_is_dutch() -> None:
    for args in (("--help",), ("overdue", "--help"), ("minutes", "--help")):
        result = run(*args)
        assert result.returncode == 0
        assert result.stdout.startswith("gebruik: vergadering")
        assert "opties:" in result.stdout and "toon deze hulp en stop" in result.stdout
        assert not any(word in result.stdout for word in ENGLISH), args


def test_a_bad_option_is_refused_in_dutch_with_status_2() -> None:
    result = run("overdue", "--bogus")
    assert result.returncode == 2
    assert "vergadering: fout: onbekende argumenten: --bogus" in result.stderr
    missing = run("import-clients")
    assert missing.returncode == 2
    assert "deze argumenten ontbreken: BESTAND.csv" in missing.stderr
    assert not any(word in result.stderr + missing.stderr for word in ENGLISH)
