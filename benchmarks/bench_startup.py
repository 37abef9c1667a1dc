"""Start-up time and peak memory of the app against a bare PySide6 window started the
same way (the target: both within 1.5 times the bare window).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs 7] [DB ...]

Each run is a new Python process, and the commands take turns so that a machine getting
busier during the benchmark shifts them all alike. The app runs ``main.py --db DB
--startup-check``: it opens the database, shows the main window and prints the
milliseconds from the start of the process to the end of its first paint. The bare window
does the same with an empty QMainWindow and a label. Peak memory is the process's maximum
resident set size (wait4). Without DB arguments the demo database and, when there,
/tmp/large.db (from make_large_db.py) are measured. Prints medians, the ratios and PASS
or FAIL.

For information it also starts a *plain-Qt copy of the first screen*: the agenda as the
app shows it (navigation, menus, title, total, "Ik ben", tool bar, both blocks as tables
with the demo's rows, the app's style sheet) built from PySide6 widgets and a
QStandardItemModel, with no app module and no database. It shows how much of the
start-up is PySide6 setting up the widgets the screen needs, whatever code builds them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5

BARE = r"""
import os, time
from pathlib import Path
def age():
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    boot = time.clock_gettime(time.CLOCK_BOOTTIME)
    return round((boot - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Vergadering"))
class First(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            def report():
                print(age(), flush=True)
                app.quit()
            QTimer.singleShot(0, report)
        return False
first = First()
window.installEventFilter(first)
window.resize(1280, 800)
window.show()
app.exec()
"""

# The same first-paint report, around the agenda screen built from plain Qt widgets.
SCREEN = BARE.replace("""window = QMainWindow()
window.setCentralWidget(QLabel("Vergadering"))
""", r"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QListWidget, QStackedWidget,
                               QTableView, QToolBar, QToolButton, QVBoxLayout, QWidget)
app.setStyleSheet(Path("resources/style.qss").read_text(encoding="utf-8"))
window = QMainWindow()
for menu, count in (("&Bestand", 6), ("B&eeld", 5), ("&Help", 1)):
    added = window.menuBar().addMenu(menu)
    for n in range(count):
        added.addAction(QAction(f"Opdracht {n}", window))
window.statusBar().addPermanentWidget(QLabel("Database: team.db"))
navigation = QListWidget()
navigation.setObjectName("navigation")
navigation.setFixedWidth(230)
navigation.addItems(["Agenda", "Vergadering", "Evaluaties", "Besluiten", "Team"])
stack = QStackedWidget()
page = QWidget()
layout = QVBoxLayout(page)
title = QLabel("Agenda voor dinsdag 24 november 2026, 09:00–10:30")
title.setObjectName("pageTitle")
layout.addWidget(title)
header = QHBoxLayout()
header.addWidget(QLabel("Totaal 74 van 90 min gepland — einde 10:30"), 1)
header.addWidget(QLabel("Ik ben:"))
combo = QComboBox()
combo.addItems(["— kies uw naam —"] + [f"Teamlid {n}" for n in range(12)])
header.addWidget(combo)
layout.addLayout(header)
tools = QToolBar()
for text in ("Nieuw agendapunt…", "Bewerken…", "Omhoog", "Omlaag", "Naar ander blok",
             "Uitstellen…", "Intrekken…", "Geschiedenis"):
    tools.addAction(QAction(text, page))
layout.addWidget(tools)
columns = ["#", "Cliënt", "Soort", "Inbrenger", "Vraag", "Min.", "Voorstel",
           "Doorgeschoven"]
for name, rows in (("Lopende behandelingen — 59 van 60 min gepland", 13),
                   ("Acute punten — 15 van 30 min gepland", 2)):
    heading = QHBoxLayout()
    heading.addWidget(QLabel(name), 1)
    if rows > 2:
        heading.addWidget(QToolButton(text="Voorstel evaluaties (0)"))
    layout.addLayout(heading)
    model = QStandardItemModel(rows, len(columns), page)
    model.setHorizontalHeaderLabels(columns)
    for row in range(rows):
        for column, text in enumerate((str(row + 1), f"D-{row:05}", "vraag", "Anouk de Vries",
                                       "Evaluatie: doorgaan, afsluiten of verwijzen?", "5",
                                       "", "")):
            model.setItem(row, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.resizeColumnsToContents()
    layout.addWidget(view)
layout.addStretch(1)
stack.addWidget(page)
central = QWidget()
row = QHBoxLayout(central)
row.addWidget(navigation)
row.addWidget(stack, 1)
window.setCentralWidget(central)
""")
assert SCREEN != BARE


def measure(command: list[str], env: dict[str, str]) -> tuple[int, int]:
    """(milliseconds to first paint as the process printed it, peak memory in kB)."""
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if process.returncode != 0:
        raise SystemExit(f"{command[-1]} failed with {process.returncode}: {out}")
    return int(out.strip().splitlines()[-1]), usage.ru_maxrss


def medians(runs: int, commands: dict[str, list[str]],
            env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Median (ms, kB) of each command, run in turns: a machine that gets slower or faster
    during the benchmark (another job on the same cores) then shifts every command alike
    and the ratios hold."""
    for command in commands.values():
        measure(command, env)  # warm the file cache (and write the .pyc files) once
    results: dict[str, list[tuple[int, int]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure(command, env))
    return {name: (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs))
            for name, rs in results.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("databases", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"))
    # As on a user's machine: Python caches compiled modules (the warm-up run writes them).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        databases = list(args.databases)
        if not databases:
            demo = work / "demo.db"
            subprocess.run([sys.executable, "main.py", "--db", str(demo), "demo"], cwd=ROOT,
                           env=env, check=True, capture_output=True)
            databases.append(demo)
            if Path("/tmp/large.db").exists():
                databases.append(Path("/tmp/large.db"))
        commands = {"bare": [sys.executable, "-c", BARE],
                    "screen": [sys.executable, "-c", SCREEN]}
        for database in databases:
            commands[str(database)] = [sys.executable, "main.py", "--db", str(database),
                                       "--startup-check"]
        figures = medians(args.runs, commands, env)
        bare_ms, bare_kb = figures["bare"]
        print(f"bare PySide6 window: {bare_ms:.0f} ms to first paint, {bare_kb / 1024:.0f} MB "
              f"peak (median of {args.runs}, all commands in turns)")
        screen_ms, screen_kb = figures["screen"]
        print(f"plain-Qt copy of the agenda screen (for information): {screen_ms:.0f} ms "
              f"({screen_ms / bare_ms:.2f}x), {screen_kb / 1024:.0f} MB "
              f"({screen_kb / bare_kb:.2f}x)")
        ok = True
        for database in databases:
            ms, kb = figures[str(database)]
            time_ratio, memory_ratio = ms / bare_ms, kb / bare_kb
            passed = time_ratio <= TARGET and memory_ratio <= TARGET
            ok = ok and passed
            print(f"{database.name}: {ms:.0f} ms ({time_ratio:.2f}x), {kb / 1024:.0f} MB peak "
                  f"({memory_ratio:.2f}x){'' if passed else '  FAIL'}")
        print(f"{'PASS' if ok else 'FAIL'} (target: within {TARGET}x the bare window)")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
