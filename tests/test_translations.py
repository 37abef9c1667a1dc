"""Every user-visible string goes through Qt's translation system.

The test extracts the strings with pyside6-lupdate, "translates" each one by prefixing
"EN:", compiles a .qm with pyside6-lrelease and loads it: every label, button, tab, menu and
header of the main window must then show the prefix. A string that bypasses tr() shows up
as untranslated.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
)

from ui.main_window import MainWindow
from ui.messages import describe
from vergadering import demo
from vergadering.problems import Code, Problem

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    if not found:
        pytest.skip(f"pyside6-{name} not installed")
    return found


@pytest.fixture(scope="module")
def fake_translation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ts")
    ts = folder / "fake.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("lupdate"), *sources, "main.py", "-ts", str(ts)], cwd=ROOT,
                   check=True, capture_output=True)
    tree = ElementTree.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.text = "EN:" + source
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "fake.qm"
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def translator(qapp, fake_translation: Path):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(fake_translation))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def visible_texts(window: MainWindow) -> list[str]:
    texts: list[str] = []
    for widget in window.findChildren(QLabel):
        if widget.objectName() == "actionText":
            # An action's row is data (client, what, owner, date) around translated words
            # (ui/kit/action_list.meta_text): those must be there.
            assert "EN:" in widget.text(), widget.text()
            continue
        texts.append(widget.text())
    for button in window.findChildren(QAbstractButton):
        texts.append(button.text())
    for box in window.findChildren(QGroupBox):
        texts.append(box.title())
    for edit in window.findChildren(QLineEdit):
        texts.append(edit.placeholderText())
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for menu in window.findChildren(QMenu):
        texts += [menu.title()] + [a.text() for a in menu.actions() if not a.isSeparator()]
    for view in window.findChildren(QTableView):
        model = view.model()
        texts += [str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation
                                       .Horizontal)) for c in range(model.columnCount())]
    for row in range(window.navigation.count()):
        texts.append(window.navigation.item(row).text())
    return texts


def is_data(text: str) -> bool:
    """Texts that are data, not interface: empty, numbers, dates, times, paths."""
    stripped = text.replace("&", "").strip()
    return (not stripped or re.fullmatch(r"[\d\s:.\-/]*", stripped) is not None
            or stripped.startswith(("EN:", "Database: :memory:")))


def test_every_visible_text_of_the_main_window_is_translatable(translator, store, qtbot):  # type: ignore[no-untyped-def]
    demo.fill_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    for area in ("welkom", "agenda", "vergadering", "evaluaties", "besluiten", "team"):
        window.show_area(area)
    untranslated = sorted({t for t in visible_texts(window) if not is_data(t)})
    # The team name and the database path are data; so is anything the demo typed.
    untranslated = [t for t in untranslated if demo.TEAM_NAME not in t and ":memory:" not in t]
    assert untranslated == []


def test_problem_messages_are_translatable(translator) -> None:  # type: ignore[no-untyped-def]
    text = describe(Problem("team_name", Code.REQUIRED))
    assert text.startswith("EN:")
    assert "EN:Teamnaam" in text
