"""The Teamleden tab: adding, renaming, deactivating and deleting team members."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer

from ui.kit import widgets
from ui.team.members import MembersTab, MemberTableModel, RenameDialog
from ui.team.page import TeamPage
from vergadering import clients, members
from vergadering.clock import FakeClock
from vergadering.store import StoreError, StoreProblem, open_store


@pytest.fixture
def tab(qtbot, store):
    widget = MembersTab(store)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(store, include_inactive=True):
    return [m.name for m in members.list_members(store, include_inactive=include_inactive)]


def row_texts(tab, column=MemberTableModel.NAME):
    model = tab.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select(tab, name):
    tab.select_member(members.find_by_name(tab.store, name).id)
    assert tab.selected_member().name == name


def test_model_passes_the_model_tester(qtmodeltester, store):
    members.add_member(store, "Anouk de Vries")
    member = members.add_member(store, "Bram Jansen")
    clients.add_client(store, clients.ClientInput("D-1", member.id))
    model = MemberTableModel(store)
    qtmodeltester.check(model)
    assert model.index(0, MemberTableModel.NAME).data() == "Anouk de Vries"
    assert model.index(1, MemberTableModel.STATUS).data() == "actief"
    assert model.index(1, MemberTableModel.CLIENTS).data() == "1"


def test_the_table_keeps_its_rows_when_reloading_fails(tab, monkeypatch):
    members.add_member(tab.store, "Anouk de Vries")

    def locked(store, include_inactive=False):
        raise StoreError(StoreProblem.LOCKED, "team.db")

    monkeypatch.setattr(members, "list_members", locked)
    members.add_member(tab.store, "Bram Jansen")
    assert row_texts(tab) == ["Anouk de Vries"]
    monkeypatch.undo()
    members.add_member(tab.store, "Chantal Bakker")  # the next change retries
    assert row_texts(tab) == ["Anouk de Vries", "Bram Jansen", "Chantal Bakker"]


def test_typing_a_name_and_pressing_enter_adds_the_member(qtbot, tab):
    qtbot.keyClicks(tab.name_edit, "  Anouk de Vries ")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert names(tab.store) == ["Anouk de Vries"]
    assert row_texts(tab) == ["Anouk de Vries"]
    assert tab.name_edit.text() == ""
    assert tab.selected_member().name == "Anouk de Vries"
    assert not tab.empty_label.isVisible()


def test_the_add_button_adds_too(qtbot, tab):
    tab.name_edit.setText("Bram Jansen")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert names(tab.store) == ["Bram Jansen"]


def test_a_duplicate_name_shows_the_message_inline_and_keeps_the_text(qtbot, tab):
    members.add_member(tab.store, "Bram Jansen")
    qtbot.keyClicks(tab.name_edit, "bram jansen")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert names(tab.store) == ["Bram Jansen"]
    assert tab.name_edit.text() == "bram jansen"
    assert tab.name_error.isVisible()
    assert "Bram Jansen" in tab.name_error.text() and "bestaat al" in tab.name_error.text()
    qtbot.keyClicks(tab.name_edit, " B")  # typing on clears the message
    assert not tab.name_error.isVisible()


def test_an_empty_name_is_refused_with_a_message(qtbot, tab):
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert names(tab.store) == []
    assert "verplicht" in tab.name_error.text()


def test_a_storage_problem_keeps_the_typed_name(qtbot, tab, monkeypatch):
    def locked(store, name):
        raise StoreError(StoreProblem.LOCKED, "team.db")

    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr("ui.common.BUSY_GIVE_UP_S", 0.3)  # stays busy: given up soon
    monkeypatch.setattr(members, "add_member", locked)
    qtbot.keyClicks(tab.name_edit, "Chantal Bakker")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert tab.name_edit.text() == "Chantal Bakker"
    assert len(shown) == 1 and "bezet" in shown[0]


def test_a_member_is_added_while_a_colleague_saves(qtbot, tmp_path, monkeypatch):
    """Another computer holds the team file for a moment: the window waits without
    freezing and the member is added, with no error shown."""
    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    team = open_store(tmp_path / "team.db", FakeClock(dt.datetime(2026, 11, 23, 9, 0)),
                      create=True)
    try:
        widget = MembersTab(team)
        qtbot.addWidget(widget)
        other = sqlite3.connect(team.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # a colleague's save
        QTimer.singleShot(600, other.rollback)
        widget.name_edit.setText("Daan Smit")
        started = time.monotonic()
        widget.add_from_field()
        other.close()
        assert time.monotonic() - started >= 0.5  # it did wait for the colleague
        assert shown == [] and widget.name_error.text() == ""
        assert names(team) == ["Daan Smit"] and widget.name_edit.text() == ""
        assert widget.status.text() == "Daan Smit is toegevoegd."
    finally:
        team.close()


def test_insert_puts_the_cursor_in_the_name_field(qtbot, tab):
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    assert tab.name_edit.hasFocus()


def test_the_client_count_follows_the_store(tab):
    member = members.add_member(tab.store, "Daan Visser")
    assert row_texts(tab, MemberTableModel.CLIENTS) == ["0"]
    clients.add_client(tab.store, clients.ClientInput("D-1", member.id))
    clients.add_client(tab.store, clients.ClientInput("D-2", member.id))
    assert row_texts(tab, MemberTableModel.CLIENTS) == ["2"]


def test_selection_survives_a_refresh(tab):
    members.add_member(tab.store, "Esra Yilmaz")
    select(tab, "Esra Yilmaz")
    members.add_member(tab.store, "Anouk de Vries")  # sorts before: the row moves
    assert tab.selected_member().name == "Esra Yilmaz"


def test_deactivate_hides_the_member_until_inactive_ones_are_shown(qtbot, tab):
    members.add_member(tab.store, "Fleur Smit")
    members.add_member(tab.store, "Gijs Meijer")
    select(tab, "Fleur Smit")
    assert tab.toggle_action.text() == "Inactief &maken"
    tab.toggle_action.trigger()
    assert not members.find_by_name(tab.store, "Fleur Smit").active
    assert row_texts(tab) == ["Gijs Meijer"]
    assert "inactief" in tab.status.text()

    tab.show_inactive.setChecked(True)
    assert row_texts(tab) == ["Fleur Smit", "Gijs Meijer"]
    assert row_texts(tab, MemberTableModel.STATUS) == ["inactief", "actief"]
    select(tab, "Fleur Smit")
    assert tab.toggle_action.text() == "Weer actief &maken"
    tab.toggle_action.trigger()
    assert members.find_by_name(tab.store, "Fleur Smit").active


def test_delete_of_an_unused_member_asks_and_deletes(qtbot, tab, monkeypatch):
    members.add_member(tab.store, "Hanna de Boer")
    asked = []
    monkeypatch.setattr(widgets, "confirm", lambda *args: asked.append(args) or True)
    select(tab, "Hanna de Boer")
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert names(tab.store) == []


def test_delete_is_not_done_when_the_user_cancels(tab, monkeypatch):
    members.add_member(tab.store, "Hanna de Boer")
    monkeypatch.setattr(widgets, "confirm", lambda *args: False)
    select(tab, "Hanna de Boer")
    tab.delete_action.trigger()
    assert names(tab.store) == ["Hanna de Boer"]


def test_delete_of_a_referenced_member_is_refused_and_offers_deactivation(tab, monkeypatch):
    member = members.add_member(tab.store, "Imran Bouzid")
    clients.add_client(tab.store, clients.ClientInput("D-7", member.id))
    questions = []

    def answer(parent, title, text, accept_label):
        questions.append((text, accept_label))
        return False

    monkeypatch.setattr(widgets, "confirm", answer)
    select(tab, "Imran Bouzid")
    tab.delete_action.trigger()
    assert names(tab.store) == ["Imran Bouzid"]
    assert members.find_by_name(tab.store, "Imran Bouzid").active
    (text, accept_label), = questions
    assert "kan daarom niet worden verwijderd" in text
    assert accept_label == "Inactief maken"
    assert "niet worden verwijderd" in tab.status.text()

    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    select(tab, "Imran Bouzid")
    tab.delete_action.trigger()
    assert names(tab.store) == ["Imran Bouzid"]
    assert not members.find_by_name(tab.store, "Imran Bouzid").active


def test_f2_renames_through_the_dialog(qtbot, tab, monkeypatch):
    members.add_member(tab.store, "Joyce Mulder")
    calls = []

    def ask(store, member, parent=None):
        calls.append(member.name)
        return members.rename_member(store, member.id, "Joyce Mulder-de Wit")

    monkeypatch.setattr(RenameDialog, "ask", ask)
    select(tab, "Joyce Mulder")
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert calls == ["Joyce Mulder"]
    assert row_texts(tab) == ["Joyce Mulder-de Wit"]
    assert tab.selected_member().name == "Joyce Mulder-de Wit"


def test_rename_dialog_stays_open_with_the_typed_name_on_a_duplicate(qtbot, store):
    members.add_member(store, "Koen de Graaf")
    lotte = members.add_member(store, "Lotte Peters")
    dialog = RenameDialog(store, lotte)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("koen de graaf")
    dialog.accept()
    assert dialog.result_member is None
    assert dialog.result() == 0
    assert dialog.name_edit.text() == "koen de graaf"
    assert "bestaat al" in dialog.error.text()

    dialog.name_edit.setText("Lotte Peters-Bos")
    dialog.accept()
    assert dialog.result_member is not None
    assert members.get(store, lotte.id).name == "Lotte Peters-Bos"


def test_read_only_store_disables_editing_and_says_why(qtbot, store):
    members.add_member(store, "Anouk de Vries")
    store.read_only = True
    widget = MembersTab(store)
    qtbot.addWidget(widget)
    widget.select_member(members.find_by_name(store, "Anouk de Vries").id)
    assert not widget.name_edit.isEnabled()
    assert not widget.add_button.isEnabled()
    assert not widget.rename_action.isEnabled()
    assert not widget.delete_action.isEnabled()
    assert "alleen-lezen" in widget.read_only_label.text()


def test_the_tab_stops_listening_when_it_is_destroyed(qtbot, store):
    before = len(store._listeners)
    widget = MembersTab(store)
    assert len(store._listeners) > before
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(store._listeners) == before
    members.add_member(store, "Na het sluiten")  # no listener left to trip over


def test_team_page_shows_the_requested_tab(qtbot, store):
    page = TeamPage(store)
    qtbot.addWidget(page)
    for name in ("settings", "clients", "members"):
        page.show_tab(name)
        assert page.current_tab() == name
    assert [page.tabs.tabText(i) for i in range(3)] == ["&Teamleden", "&Cliënten",
                                                       "In&stellingen"]
    with pytest.raises(ValueError):
        page.show_tab("agenda")
