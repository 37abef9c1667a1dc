"""The Cliënten tab, the client dialog and the date field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.date_field import DateField
from ui.kit import widgets
from ui.kit.client_dialog import ClientDialog
from ui.team.clients import ClientsTab, ClientTableModel
from vergadering import clients, members
from vergadering.clients import ClientInput
from vergadering.store import StoreError, StoreProblem

C = ClientTableModel


@pytest.fixture
def caseload(store):
    """Three clients of two behandelaars, one of them inactive."""
    anouk = members.add_member(store, "Anouk de Vries")
    bram = members.add_member(store, "Bram Jansen")
    clients.add_client(store, ClientInput("D-20001", anouk.id, "10-12-2025", "01-03-2026"))
    clients.add_client(store, ClientInput("J.K.", bram.id, "02-01-2026", "", "15-01-2027"))
    old = clients.add_client(store, ClientInput("D-10002", bram.id, "01-03-2025"))
    clients.set_client_active(store, old.id, False)
    return store


@pytest.fixture
def tab(qtbot, caseload):
    widget = ClientsTab(caseload)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(tab, column=C.REFERENCE):
    proxy = tab.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select(tab, reference):
    assert tab.select_client(clients.find_by_reference(tab.store, reference).id)


def focus_view(qtbot, tab):
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)


# -- the table -----------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester, qtbot, caseload):
    tab = ClientsTab(caseload)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_columns_show_dutch_dates_and_active_clients_only(tab):
    assert [tab.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Cliënt", "Behandelaar", "In zorg sinds", "Laatste evaluatie", "Volgende evaluatie",
        "Status"]
    assert shown(tab) == ["D-20001", "J.K."]
    row = [tab.proxy.index(0, c).data() for c in range(6)]
    assert row == ["D-20001", "Anouk de Vries", "10-12-2025", "01-03-2026", "", "actief"]
    assert tab.count_label.text() == "2 van 3 getoond"


def test_inactive_clients_show_when_asked(tab):
    tab.show_inactive.setChecked(True)
    assert shown(tab) == ["D-10002", "D-20001", "J.K."]
    assert shown(tab, C.STATUS) == ["inactief", "actief", "actief"]


def test_sorting_on_a_date_column_sorts_by_date_not_by_text(tab):
    tab.show_inactive.setChecked(True)
    tab.view.sortByColumn(C.CARE_START, Qt.SortOrder.AscendingOrder)
    # As text "01-03-2025" < "02-01-2026" < "10-12-2025"; as dates 2025-03, 2025-12, 2026-01.
    assert shown(tab, C.CARE_START) == ["01-03-2025", "10-12-2025", "02-01-2026"]
    tab.view.sortByColumn(C.CARE_START, Qt.SortOrder.DescendingOrder)
    assert shown(tab, C.CARE_START) == ["02-01-2026", "10-12-2025", "01-03-2025"]


@pytest.mark.parametrize("column", range(6))
def test_every_column_sorts(tab, column):
    tab.show_inactive.setChecked(True)
    clients.add_client(tab.store, ClientInput("a-0"))  # lower case, no dates, no behandelaar
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        tab.view.sortByColumn(column, order)
        keys = [tab.proxy.index(row, column).data(C.SORT_ROLE)
                for row in range(tab.proxy.rowCount())]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert len(set(keys)) > 1


def test_search_filters_as_you_type_on_reference_or_behandelaar(qtbot, tab):
    qtbot.keyClicks(tab.search_edit, "d-2")
    assert shown(tab) == ["D-20001"]
    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "BRAM")
    assert shown(tab) == ["J.K."]  # the inactive client of Bram stays hidden
    tab.show_inactive.setChecked(True)
    assert shown(tab) == ["D-10002", "J.K."]
    qtbot.keyClicks(tab.search_edit, "zzz")
    assert shown(tab) == []
    assert "Geen cliënt gevonden" in tab.count_label.text()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Escape)
    assert tab.search_edit.text() == ""
    assert len(shown(tab)) == 3


def test_a_change_in_the_store_refreshes_and_keeps_the_selection(tab):
    select(tab, "J.K.")
    clients.add_client(tab.store, ClientInput("A-1"))
    assert shown(tab) == ["A-1", "D-20001", "J.K."]
    assert tab.selected_client().reference == "J.K."


def test_renaming_a_behandelaar_shows_in_the_client_list(tab):
    bram = members.find_by_name(tab.store, "Bram Jansen")
    members.rename_member(tab.store, bram.id, "Bram Jansen-Smit")
    assert shown(tab, C.BEHANDELAAR) == ["Anouk de Vries", "Bram Jansen-Smit"]


# -- commands --------------------------------------------------------------------
def test_enter_on_a_row_edits_the_client(qtbot, tab, monkeypatch):
    asked = []
    monkeypatch.setattr(ClientDialog, "ask",
                        lambda store, client=None, parent=None: asked.append(client))
    select(tab, "J.K.")
    focus_view(qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert [c.reference for c in asked] == ["J.K.", "J.K."]


def test_double_click_edits_the_client(qtbot, tab, monkeypatch):
    asked = []
    monkeypatch.setattr(ClientDialog, "ask",
                        lambda store, client=None, parent=None: asked.append(client))
    rect = tab.view.visualRect(tab.proxy.index(0, C.BEHANDELAAR))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [c.reference for c in asked] == ["D-20001"]


def test_insert_adds_a_client_and_selects_it(qtbot, tab, monkeypatch):
    def ask(store, client=None, parent=None):
        assert client is None
        return clients.add_client(store, ClientInput("N-1"))

    monkeypatch.setattr(ClientDialog, "ask", ask)
    tab.search_edit.setText("bram")  # the new client does not match: the search is cleared
    focus_view(qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    assert tab.selected_client().reference == "N-1"
    assert tab.search_edit.text() == ""


def test_ctrl_n_adds_a_client_while_typing_in_the_search_field(qtbot, tab, monkeypatch):
    asked = []
    monkeypatch.setattr(ClientDialog, "ask",
                        lambda store, client=None, parent=None: asked.append(client))
    tab.search_edit.setFocus()
    qtbot.waitUntil(tab.search_edit.hasFocus)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [None]


def test_deactivate_asks_first(qtbot, tab, monkeypatch):
    questions = []
    monkeypatch.setattr(widgets, "confirm",
                        lambda parent, title, text, verb: questions.append(text) or False)
    select(tab, "J.K.")
    focus_view(qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "J.K." in questions[0]
    assert clients.find_by_reference(tab.store, "J.K.").active

    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert not clients.find_by_reference(tab.store, "J.K.").active
    assert shown(tab) == ["D-20001"]


def test_reactivate_an_inactive_client(tab, monkeypatch):
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    tab.show_inactive.setChecked(True)
    select(tab, "D-10002")
    assert tab.toggle_action.text() == "Weer actief &maken…"
    tab.toggle_action.trigger()
    assert clients.find_by_reference(tab.store, "D-10002").active


def test_a_storage_problem_on_deactivate_is_shown(tab, monkeypatch):
    shown_errors = []
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    monkeypatch.setattr("ui.common.show_error",
                        lambda parent, text, title=None: shown_errors.append(text))

    def full(store, client_id, active):
        raise StoreError(StoreProblem.DISK_FULL, "team.db")

    monkeypatch.setattr(clients, "set_client_active", full)
    select(tab, "J.K.")
    tab.toggle_action.trigger()
    assert "vol" in shown_errors[0]


def test_read_only_store_disables_editing(qtbot, caseload):
    caseload.read_only = True
    widget = ClientsTab(caseload)
    qtbot.addWidget(widget)
    select(widget, "J.K.")
    assert not widget.add_action.isEnabled()
    assert not widget.edit_action.isEnabled()
    assert not widget.toggle_action.isEnabled()
    assert "alleen-lezen" in widget.read_only_label.text()


# -- the dialog ------------------------------------------------------------------
@pytest.fixture
def dialog(qtbot, caseload):
    widget = ClientDialog(caseload)
    qtbot.addWidget(widget)
    return widget


def test_dialog_offers_active_members_and_none_and_warns_about_names(dialog):
    combo = dialog.behandelaar_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(geen)", "Anouk de Vries", "Bram Jansen"]
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Gebruik een dossiernummer of initialen, nooit een volledige naam." in texts
    assert dialog.care_start_edit.placeholderText() == "dd-mm-jjjj"


def test_dialog_keeps_the_input_and_shows_each_problem_under_its_field(qtbot, dialog):
    qtbot.keyClicks(dialog.reference_edit, "j.k.")
    dialog.behandelaar_combo.setCurrentIndex(2)
    qtbot.keyClicks(dialog.care_start_edit, "31-13-2026")
    qtbot.keyClicks(dialog.last_evaluation_edit, "01-01-2027")
    qtbot.keyClicks(dialog.next_evaluation_edit, "5-3-27")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result_client is None
    assert clients.find_by_reference(dialog._store, "j.k.").reference == "J.K."  # unchanged
    assert dialog.reference_edit.text() == "j.k."
    assert dialog.care_start_edit.text() == "31-13-2026"
    assert dialog.last_evaluation_edit.text() == "01-01-2027"
    assert dialog.next_evaluation_edit.text() == "5-3-27"
    assert dialog.behandelaar_combo.currentText() == "Bram Jansen"
    assert "bestaat al" in dialog.errors["reference"].text()
    assert "geen geldige datum" in dialog.errors["care_start"].text()
    assert "toekomst" in dialog.errors["last_evaluation"].text()
    assert "twee cijfers" in dialog.errors["next_evaluation"].text()
    qtbot.keyClick(dialog.last_evaluation_edit, Qt.Key.Key_Backspace)  # fixing it...
    assert dialog.errors["last_evaluation"].text() == ""  # ...clears its message

    dialog.reference_edit.setText("M.N.")
    dialog.care_start_edit.setText("1-2-2026")
    dialog.last_evaluation_edit.setText("2026-11-01")
    dialog.next_evaluation_edit.setText("01-05-2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = dialog.result_client
    assert saved is not None and saved.reference == "M.N."
    assert (saved.behandelaar, saved.care_start, saved.last_evaluation, saved.next_evaluation) \
        == ("Bram Jansen", dt.date(2026, 2, 1), dt.date(2026, 11, 1), dt.date(2027, 5, 1))


def test_dialog_says_at_once_when_a_typed_date_is_not_a_date(qtbot, dialog):
    qtbot.keyClicks(dialog.care_start_edit, "30-02-2026")
    assert not dialog.errors["care_start"].text()  # not while typing
    dialog.care_start_edit.editingFinished.emit()  # e.g. Tab to the next field
    assert "geen geldige datum" in dialog.errors["care_start"].text()
    dialog.care_start_edit.setText("28-02-2026")
    assert not dialog.errors["care_start"].text()


def test_dialog_keeps_the_input_on_a_storage_problem(qtbot, dialog, monkeypatch):
    def locked(store, data):
        raise StoreError(StoreProblem.LOCKED, "team.db")

    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr("ui.common.BUSY_GIVE_UP_S", 0.3)  # stays busy: given up soon
    monkeypatch.setattr(clients, "add_client", locked)
    dialog.reference_edit.setText("P.Q.")
    dialog.accept()
    assert dialog.result_client is None
    assert dialog.reference_edit.text() == "P.Q."
    assert len(shown) == 1 and "bezet" in shown[0]


def test_dialog_edits_and_keeps_an_inactive_behandelaar(qtbot, caseload):
    bram = members.find_by_name(caseload, "Bram Jansen")
    members.set_member_active(caseload, bram.id, False)
    client = clients.find_by_reference(caseload, "J.K.")
    dialog = ClientDialog(caseload, client)
    qtbot.addWidget(dialog)
    assert dialog.reference_edit.text() == "J.K."
    assert dialog.care_start_edit.text() == "02-01-2026"
    assert dialog.next_evaluation_edit.text() == "15-01-2027"
    assert dialog.behandelaar_combo.currentText() == "Bram Jansen (inactief)"
    dialog.last_evaluation_edit.setText("20-11-2026")
    dialog.accept()
    saved = clients.get(caseload, client.id)
    assert saved.last_evaluation == dt.date(2026, 11, 20)
    assert saved.behandelaar_id == bram.id


# -- the date field --------------------------------------------------------------
@pytest.fixture
def date_field(qtbot):
    field = DateField("care_start")
    qtbot.addWidget(field)
    return field


@pytest.mark.parametrize("text", ["31-05-2027", "31-5-2027", "2027-05-31", "31/05/2027"])
def test_date_field_reads_dutch_and_iso_dates(date_field, text):
    date_field.setText(text)
    assert date_field.date() == dt.date(2027, 5, 31)
    assert date_field.is_valid()


def test_date_field_writes_a_finished_date_as_dd_mm_jjjj(qtbot, date_field):
    qtbot.keyClicks(date_field, "2027-5-31")
    date_field.editingFinished.emit()
    assert date_field.text() == "31-05-2027"
    assert "mei 2027" in date_field.toolTip()


def test_date_field_reports_an_invalid_date_once_typing_is_done(qtbot, date_field):
    with qtbot.assertNotEmitted(date_field.validityChanged):
        qtbot.keyClicks(date_field, "31-02")  # half typed: no complaint yet
    with qtbot.waitSignal(date_field.validityChanged) as signal:
        date_field.editingFinished.emit()
    assert signal.args == [False]
    assert date_field.date() is None
    assert "geen geldige datum" in date_field.toolTip()
    assert date_field.styleSheet()
    with qtbot.waitSignal(date_field.validityChanged) as signal:
        qtbot.keyClicks(date_field, "-2028")  # 31-02-2028: still not a date
        date_field.setText("29-02-2028")
    assert signal.args == [True]
    assert date_field.styleSheet() == ""


def test_date_field_empty_is_valid_and_has_a_placeholder(date_field):
    assert date_field.placeholderText() == "dd-mm-jjjj"
    assert date_field.date() is None and date_field.is_valid()
    date_field.set_date(dt.date(2026, 1, 2))
    assert date_field.text() == "02-01-2026"
