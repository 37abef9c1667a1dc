"""The main window: empty state, navigation, opening and creating database files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

import ui.main_window as main_window_module
from ui import paths
from ui.agenda.page import AgendaPage
from ui.decisions.page import DecisionsPage
from ui.evaluations.page import EvaluationsPage
from ui.main_window import MainWindow
from ui.meeting.chair import MeetingPage
from ui.pages import NotBuiltPage
from ui.team.members import MemberTableModel
from vergadering import clients, members
from vergadering.clock import FakeClock
from vergadering.store import open_memory, open_store


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(main_window_module, "show_error",
                        lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.store.close()


def test_empty_database_shows_the_three_ways_to_start(window: MainWindow) -> None:
    assert window.current_area() == "welkom"
    welcome = window.welcome
    texts = [welcome.demo_button.text(), welcome.import_button.text(),
             welcome.manual_button.text()]
    assert [t.replace("&", "") for t in texts] == ["Demoteam laden", "CSV importeren…",
                                                    "Team invullen"]


def test_loading_the_demo_fills_the_database_and_leaves_the_welcome(window: MainWindow,
                                                                   qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert len(members.list_members(window.store)) == 12
    assert len(clients.list_clients(window.store)) == 150
    assert window.current_area() == "team"
    assert window.navigation.isRowHidden(0)
    assert "demo" in window.windowTitle()


def test_demo_refuses_a_database_with_data(window: MainWindow, errors: list[str]) -> None:
    members.add_member(window.store, "Sanne")
    window.load_demo()
    assert len(members.list_members(window.store)) == 1
    assert errors and "lege database" in errors[0]


def test_adding_a_member_by_hand_leaves_the_empty_state(window: MainWindow) -> None:
    window.welcome.manual_button.click()
    assert window.current_area() == "team"
    members.add_member(window.store, "Sanne")
    assert window.navigation.isRowHidden(0)


def test_each_area_is_reachable_by_keyboard_and_shows_its_page(window: MainWindow,
                                                               qtbot) -> None:  # type: ignore[no-untyped-def]
    expected = ["agenda", "vergadering", "evaluaties", "besluiten", "team"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, area in enumerate(expected, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area
        page = window.pages[area]
        if area == "agenda":
            assert isinstance(page, AgendaPage)
        elif area == "vergadering":
            assert isinstance(page, MeetingPage)
        elif area == "evaluaties":
            assert isinstance(page, EvaluationsPage)
        elif area == "besluiten":
            assert isinstance(page, DecisionsPage)
            assert not isinstance(page, NotBuiltPage)


def test_open_database_switches_and_is_remembered(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    team_file = tmp_path / "team.db"
    other = open_store(team_file)
    members.add_member(other, "Fatima")
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(team_file), "")))
    window.open_database()
    assert Path(window.store.path) == team_file
    assert [m.name for m in members.list_members(window.store)] == ["Fatima"]
    assert window.current_area() == "agenda"
    assert paths.remembered_database() == team_file
    assert paths.choose_database(None) == (team_file, False)


def test_opening_a_bad_file_explains_and_keeps_the_current_database(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        errors: list[str]) -> None:
    junk = tmp_path / "notities.db"
    junk.write_text("Dit is geen database\n" * 50)
    before = junk.read_bytes()
    current = window.store
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(junk), "")))
    window.open_database()
    assert window.store is current
    assert errors and "geen databasebestand" in errors[0]
    assert junk.read_bytes() == before


def test_new_database_never_overwrites_an_existing_file(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        errors: list[str]) -> None:
    existing = tmp_path / "bestaat.db"
    existing.write_bytes(b"belangrijk")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(existing), "")))
    window.new_database()
    assert existing.read_bytes() == b"belangrijk"
    assert errors and "bestaat al" in errors[0]

    fresh = tmp_path / "nieuw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(fresh), "")))
    window.new_database()
    assert Path(window.store.path) == tmp_path / "nieuw.db"
    assert window.current_area() == "welkom"


def test_read_only_database_shows_a_banner_and_disables_changes(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "alleen-lezen.db"
    open_store(path).close()
    monkeypatch.setattr("vergadering.store.os.access", lambda *a, **k: False)
    store = open_store(path)
    assert store.read_only
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible()
    assert "Alleen-lezen" in win.banner.text()
    assert not win.import_action.isEnabled()
    assert not win.welcome.demo_button.isEnabled()
    store.close()


def test_changes_from_another_instance_appear_without_restarting(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "team.db"
    mine = open_store(path)
    win = MainWindow(mine)
    qtbot.addWidget(win)
    win.show()
    win.show_area("team", "members")
    other = open_store(path)  # a colleague's app on the same file
    members.add_member(other, "Collega op afstand")
    other.close()
    [team_model] = win.pages["team"].findChildren(MemberTableModel)

    def shows_colleague() -> bool:
        return any("Collega op afstand" == team_model.index(r, 0).data()
                   for r in range(team_model.rowCount()))

    assert not shows_colleague()
    win._poll_external()
    assert shows_colleague()
    mine.close()


def test_heavy_areas_are_built_only_when_first_shown(window: MainWindow) -> None:
    assert not window.pages.is_built("team")
    assert not window.pages.is_built("evaluaties")
    window.show_area("team", "clients")
    assert window.pages.is_built("team")
    assert window.current_area() == "team"
    assert window.stack.currentWidget() is window.pages["team"]


def test_the_shortcut_list_shows_those_of_the_area_shown(window: MainWindow) -> None:
    window.show_area("besluiten")
    rows = window.shortcut_rows()
    assert ("F2", "Besluit corrigeren") in rows and ("Ctrl+C", "Kopie voor dossier") in rows
    assert ("F1", "Sneltoetsen") in rows
    assert len(rows) == len(set(rows))
    window.show_area("agenda")
    rows = window.shortcut_rows()
    assert ("Ctrl+N", "Nieuw agendapunt") in rows
    assert ("F2", "Besluit corrigeren") not in rows
