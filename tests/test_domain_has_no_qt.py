"""The domain package is plain Python: it never imports PySide6."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import vergadering

IMPORTS = (
    "import vergadering, vergadering.store, vergadering.settings, vergadering.members, "
    "vergadering.clients, vergadering.caseload, vergadering.dates"
)
ROOT = Path(__file__).resolve().parents[1]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter that finds this checkout's package."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={**os.environ, "PYTHONPATH": path})


def test_importing_the_domain_does_not_load_qt() -> None:
    # A fresh interpreter: in this process pytest-qt has already imported PySide6.
    code = (
        f"{IMPORTS}; import sys; "
        "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide' in m)"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


def test_every_module_of_the_package_imports_without_qt() -> None:
    names = [m.name for m in pkgutil.walk_packages(vergadering.__path__, "vergadering.")]
    assert "vergadering.store" in names
    for name in names:
        importlib.import_module(name)
    code = (
        "import importlib, pkgutil, sys, vergadering\n"
        "for m in pkgutil.walk_packages(vergadering.__path__, 'vergadering.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
