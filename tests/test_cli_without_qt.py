"""The command line loads no Qt (only `minutes --format pdf` does), the GUI loads no
command, and the CLI's words come one-pass (docs/architecture.md)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_script(script: str, tmp_path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=env,
                            cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


NO_QT = "assert not any(m.startswith('PySide6') for m in sys.modules), sorted(sys.modules)"


def test_the_words_and_the_reports_load_no_qt(tmp_path: Path) -> None:
    run_script(f"""
        import sys
        import ui, ui.i18n, ui.messages, ui.locations, ui.reports, ui.reports.minutes_text
        import cli, cli.parser, cli.run, cli.database, cli.output
        import cli.demo, cli.import_clients, cli.overdue, cli.minutes
        {NO_QT}
    """, tmp_path)


@pytest.fixture
def team(tmp_path: Path) -> Path:
    db = tmp_path / "team.db"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
                   cwd=tmp_path, capture_output=True, timeout=120, check=True)
    return db


@pytest.mark.parametrize("command", [
    ["overdue"], ["overdue", "--format", "csv"], ["overdue", "--on", "31-02-2026"],
    ["minutes", "--date", "2026-12-01"], ["minutes", "--date", "2026-12-01", "--format", "csv"],
    ["minutes", "--date", "2026-12-02"], ["demo"], ["import-clients", "bestaat-niet.csv"],
])
def test_each_command_runs_without_qt(tmp_path: Path, team: Path, command: list[str]) -> None:
    out = run_script(f"""
        import contextlib, io, sys
        import main
        with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())), \\
                contextlib.redirect_stderr(io.StringIO()):
            code = main.main(["--db", {str(team)!r}, *{command!r}])
        {NO_QT}
        print(code)
    """, tmp_path)
    assert out in ("0", "2")


def test_a_database_error_is_dutch_without_qt(tmp_path: Path) -> None:
    missing = tmp_path / "weg.db"
    out = run_script(f"""
        import contextlib, io, sys
        import main
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main.main(["--db", {str(missing)!r}, "overdue"])
        {NO_QT}
        print(code, err.getvalue())
    """, tmp_path)
    assert out.startswith("1 '") and "bestaat niet (meer)" in out


def test_the_pdf_loads_qt_only_then(tmp_path: Path, team: Path) -> None:
    pdf = tmp_path / "lijst.pdf"
    out = run_script(f"""
        import sys
        import main
        code = main.main(["--db", {str(team)!r}, "minutes", "--date", "2026-12-01",
                          "--format", "pdf", "-o", {str(pdf)!r}])
        print(code, "PySide6.QtGui" in sys.modules)
    """, tmp_path)
    assert out == "0 True"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_gui_loads_no_command(tmp_path: Path, team: Path) -> None:
    out = run_script(f"""
        import sys
        import main
        code = main.main(["--db", {str(team)!r}, "--startup-check"])
        print(code, sorted(m for m in sys.modules if m.startswith("cli")))
    """, tmp_path)
    assert out.splitlines()[-1] == "0 ['cli', 'cli.parser']"


def test_no_text_is_filled_in_twice() -> None:
    """One-pass formatting (ui.i18n.fill / count): no ``.replace("%`` chains."""
    files = [ROOT / "main.py", *sorted((ROOT / "cli").rglob("*.py")),
             ROOT / "ui" / "messages.py", ROOT / "ui" / "i18n.py", ROOT / "ui" / "locations.py",
             ROOT / "ui" / "paths.py", *sorted((ROOT / "ui" / "reports").rglob("*.py"))]
    found = [f"{f.relative_to(ROOT)}:{n}" for f in files
             for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"""\.replace\(\s*["']%""", line)]
    assert found == []


def test_tr_asks_qt_once_the_app_has_started(tmp_path: Path) -> None:
    """ui.i18n.tr is the Dutch source text without Qt; the GUI's start-up hands it to
    QCoreApplication.translate (a .qm then translates module-level texts)."""
    out = run_script(f"""
        import sys
        from ui import i18n
        before = i18n.tr("Teamnaam")
        {NO_QT}
        from PySide6.QtCore import QCoreApplication
        from ui import app
        app.create_application()
        QCoreApplication.translate = staticmethod(lambda context, text: "EN:" + text)
        print(before, i18n.tr("Teamnaam"))
    """, tmp_path)
    assert out == "Teamnaam EN:Teamnaam"
