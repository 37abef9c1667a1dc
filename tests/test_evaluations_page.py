"""The Evaluaties page: every active client with its due date and status, filtered,
searched and sorted; the headline figures; putting clients on the agenda; the capacity
of the lopend block; a client's decisions; the CSV export of what is shown."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from ui import identity
from ui.evaluations import export
from ui.evaluations.agenda_dialog import AddToAgendaDialog, AgendaChoice
from ui.evaluations.history import ClientHistoryDialog
from ui.evaluations.model import ALL, NO_BEHANDELAAR, EvaluationTableModel
from ui.evaluations.page import EvaluationsPage
from ui.kit.presenter_dialog import PresenterDialog
from vergadering import (
    agenda,
    clients,
    decisions,
    forecast,
    items,
    members,
    overview,
    run,
    settings,
)
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind, ItemInput
from vergadering.overview import Status
from vergadering.settings import Block, ItemType
from vergadering.store import EXTERNAL, Change, StoreError, StoreProblem, open_store

M = EvaluationTableModel
TODAY = dt.date(2026, 11, 23)  # the conftest clock: a Monday
MEETING = dt.date(2026, 11, 24)  # the next meeting (Tuesday)
QUESTION = "Evaluatie: doorgaan, afsluiten of verwijzen?"


# -- helpers -------------------------------------------------------------------
@pytest.fixture(autouse=True)
def nobody_chosen_yet(store):
    """"Ik ben" lives in QSettings, keyed by the file: every in-memory store shares it."""
    identity.set_current_member(store, None)


@pytest.fixture
def team(store):
    return members.add_member(store, "Anouk de Vries"), members.add_member(store, "Bram Jansen")


@pytest.fixture
def caseload(store, team):
    """Five active clients (three late, one soon, one on track) and an inactive one."""
    anouk, bram = team
    add = clients.add_client
    add(store, ClientInput("D-10", bram.id, last_evaluation="01-05-2026"))  # 22 days late
    add(store, ClientInput("D-11", anouk.id, last_evaluation="13-05-2026"))  # 10 days late
    add(store, ClientInput("D-12", bram.id, last_evaluation="01-06-2026"))  # in 8 days
    add(store, ClientInput("X-1", anouk.id, last_evaluation="01-10-2026"))  # on track
    add(store, ClientInput("N-1", None, care_start="01-03-2026"))  # never: 83 days late
    gone = add(store, ClientInput("Z-9", anouk.id, last_evaluation="01-01-2026"))
    clients.set_client_active(store, gone.id, False)
    return store


def make_page(qtbot, store, size=(1280, 800)):
    page = EvaluationsPage(store)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.capacity_pending)  # made after the table's first paint
    return page


@pytest.fixture
def page(qtbot, caseload):
    return make_page(qtbot, caseload)


def shown(page, column=M.CLIENT):
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select(page, *references):
    ids = {clients.find_by_reference(page.store, r).id for r in references}
    page.select_clients(ids)
    assert sorted(r.reference for r in page.selected_rows()) == sorted(references)


def client_id(store, reference):
    return clients.find_by_reference(store, reference).id


@pytest.fixture
def errors(monkeypatch):
    shown_errors: list[str] = []
    monkeypatch.setattr("ui.common.show_error",
                        lambda parent, text, title=None: shown_errors.append(text))
    return shown_errors


@pytest.fixture
def dialog_answers(monkeypatch):
    """The agenda dialog answers vraag with the default question; records what it saw."""
    seen: list[tuple[list[str], list[str], dt.date]] = []

    def ask(rows, skipped, meeting, parent=None):
        seen.append(([r.reference for r in rows], [r.reference for r in skipped], meeting))
        return AgendaChoice(ItemType.VRAAG, QUESTION)

    monkeypatch.setattr(AddToAgendaDialog, "ask", ask)
    return seen


def queued(store, date=MEETING):
    return [(i.client_reference, i.presenter, i.type, i.block, i.question)
            for i in items.list_items(store, date)]


# -- the table -----------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.view.sortByColumn(M.BEHANDELAAR, Qt.SortOrder.DescendingOrder)
    page.search_edit.setText("d-1")
    qtmodeltester.check(page.proxy)


def test_every_active_client_with_dates_status_and_agenda(page, team):
    anouk, _bram = team
    assert [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Cliënt", "Behandelaar", "Laatste evaluatie", "Uiterlijk", "Status", "Op agenda"]
    items.queue_item(page.store, ItemInput(client_id(page.store, "D-11"), anouk.id,
                                           ItemType.VRAAG, Block.LOPEND, QUESTION), by=None)
    page.refresh()
    rows = [[page.proxy.index(r, c).data() for c in range(6)]
            for r in range(page.proxy.rowCount())]
    assert rows == [  # most overdue first; the inactive client is not listed
        ["N-1", "geen behandelaar", "nooit", "01-09-2026", "83 dagen te laat", ""],
        ["D-10", "Bram Jansen", "01-05-2026", "01-11-2026", "22 dagen te laat", ""],
        ["D-11", "Anouk de Vries", "13-05-2026", "13-11-2026", "10 dagen te laat",
         "24-11-2026"],
        ["D-12", "Bram Jansen", "01-06-2026", "01-12-2026", "over 8 dagen", ""],
        ["X-1", "Anouk de Vries", "01-10-2026", "01-04-2027", "op schema", ""],
    ]


def test_status_is_text_colour_and_a_shape(page):
    colours = set()
    icons = set()
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, M.STATUS)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QColor)
        colours.add(colour.name())
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull()
        icons.add(icon.cacheKey())
        assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert len(colours) == 3 and len(icons) == 3  # late, soon and on track differ


def test_headline_figures_and_live_count(page):
    assert page.headline.within.text() == \
        "2 van 5 actieve cliënten (40%) binnen de termijn"
    assert "6 maanden" in page.headline.within.toolTip()
    assert page.headline.late.text() == "3 te laat"
    assert page.headline.soon.text() == "1 cliënt binnen vier weken aan de beurt"
    assert page.count_label.text() == "5 cliënten, 5 getoond"
    page.set_status_filter(Status.OVERDUE)
    assert page.count_label.text() == "5 cliënten, 3 getoond"


def test_clients_with_an_unreadable_date_are_a_visible_warning(qtbot, caseload):
    """A date another tool wrote never makes a client vanish from the screen."""
    for reference, column in (("D-10", "last_evaluation"), ("X-1", "next_evaluation")):
        caseload.conn.execute(f"UPDATE client SET {column} = '31-01-2020'"
                              " WHERE reference = ?", (reference,))
    page = make_page(qtbot, caseload)
    warning = page.unreadable_label
    assert warning.isVisible()
    assert warning.text().startswith(
        "2 cliënten met een onleesbare datum: D-10 (laatste evaluatie), X-1 (volgende "
        "evaluatie).")
    assert "Team › Cliënten" in warning.text()
    assert "31-01-2020" not in warning.text()
    assert sorted(shown(page)) == ["D-11", "D-12", "N-1"]
    assert page.headline.within.text() == \
        "1 van 5 actieve cliënten (20%) binnen de termijn"  # D-12
    caseload.conn.execute("UPDATE client SET next_evaluation = NULL WHERE reference = 'X-1'")
    page.refresh()
    assert warning.text().startswith(
        "1 cliënt met een onleesbare datum: D-10 (laatste evaluatie).")
    caseload.conn.execute("UPDATE client SET last_evaluation = '2026-05-01'"
                          " WHERE reference = 'D-10'")
    page.refresh()
    assert not warning.isVisible()
    assert "D-10" in shown(page)


def test_the_percentage_never_says_100_while_someone_is_missing(qtbot, store, team):
    anouk, _bram = team
    for n in range(299):
        clients.add_client(store, ClientInput(f"C-{n}", anouk.id, last_evaluation="01-11-2026"))
    clients.add_client(store, ClientInput("LAAT", anouk.id, last_evaluation="01-01-2026"))
    page = make_page(qtbot, store)
    assert page.headline.within.text() == \
        "299 van 300 actieve cliënten (99%) binnen de termijn"
    assert page.headline.late.text() == "1 te laat"


def test_an_empty_caseload_says_what_to_do(qtbot, store):
    page = make_page(qtbot, store)
    assert page.headline.within.text() == "Geen actieve cliënten"
    assert page.headline.late.text() == "Niemand te laat"
    assert page.empty_label.isVisible()
    assert "Team › Cliënten" in page.empty_label.text()
    assert not page.export_action.isEnabled()


# -- filters, search and sort --------------------------------------------------
def test_filter_by_behandelaar_and_status(page, team):
    anouk, bram = team
    combo = page.behandelaar_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Alle behandelaars", "Anouk de Vries", "Bram Jansen", "(geen behandelaar)"]
    page.set_behandelaar_filter(bram.id)
    assert shown(page) == ["D-10", "D-12"]
    status = page.status_combo
    assert [status.itemText(i) for i in range(status.count())] == [
        "Alle", "Te laat (1)", "Binnenkort (1)", "Op schema (0)"]  # Bram's clients
    page.set_status_filter(Status.OVERDUE)
    assert shown(page) == ["D-10"]
    page.set_behandelaar_filter(NO_BEHANDELAAR)
    assert shown(page) == ["N-1"]
    page.set_behandelaar_filter(ALL)
    page.set_status_filter(Status.DUE_SOON)
    assert shown(page) == ["D-12"]
    page.set_status_filter(Status.ON_TRACK)
    assert shown(page) == ["X-1"]
    assert [status.itemText(i) for i in range(status.count())] == [
        "Alle", "Te laat (3)", "Binnenkort (1)", "Op schema (1)"]


def test_search_by_reference_as_you_type(qtbot, page):
    page.find_action.trigger()  # Ctrl+F
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClicks(page.search_edit, "d-1")
    assert shown(page) == ["D-10", "D-11", "D-12"]
    qtbot.keyClicks(page.search_edit, "1")
    assert shown(page) == ["D-11"]
    assert page.count_label.text() == "5 cliënten, 1 getoond"
    qtbot.keyClicks(page.search_edit, "zzz")
    assert shown(page) == []
    assert page.empty_label.isVisible()
    assert "Geen cliënt gevonden voor 'd-11zzz'" in page.empty_label.text()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert len(shown(page)) == 5
    assert not page.empty_label.isVisible()


def test_dates_sort_as_dates_not_as_text(page):
    page.view.sortByColumn(M.DUE, Qt.SortOrder.AscendingOrder)
    assert shown(page, M.DUE) == ["01-09-2026", "01-11-2026", "13-11-2026", "01-12-2026",
                                  "01-04-2027"]
    page.view.sortByColumn(M.LAST, Qt.SortOrder.DescendingOrder)
    assert shown(page, M.LAST) == ["01-10-2026", "01-06-2026", "13-05-2026", "01-05-2026",
                                   "nooit"]
    page.view.sortByColumn(M.STATUS, Qt.SortOrder.DescendingOrder)
    assert shown(page, M.STATUS) == ["op schema", "over 8 dagen", "10 dagen te laat",
                                     "22 dagen te laat", "83 dagen te laat"]


@pytest.mark.parametrize("column", range(6))
def test_every_column_sorts_both_ways(page, team, column):
    anouk, _bram = team
    items.queue_item(page.store, ItemInput(client_id(page.store, "X-1"), anouk.id,
                                           ItemType.VRAAG, Block.LOPEND, QUESTION), by=None)
    page.refresh()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.view.sortByColumn(column, order)
        keys = [page.proxy.index(r, column).data(M.SORT_ROLE)
                for r in range(page.proxy.rowCount())]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert len(set(keys)) > 1
        assert page.view.horizontalHeader().sortIndicatorSection() == column


def test_sorting_keeps_the_selection_and_a_refresh_keeps_sort_and_selection(page):
    select(page, "D-12", "N-1")
    page.view.sortByColumn(M.CLIENT, Qt.SortOrder.AscendingOrder)
    assert shown(page) == ["D-10", "D-11", "D-12", "N-1", "X-1"]
    assert [r.reference for r in page.selected_rows()] == ["D-12", "N-1"]
    clients.add_client(page.store, ClientInput("A-0"))
    page.refresh()
    assert shown(page) == ["A-0", "D-10", "D-11", "D-12", "N-1", "X-1"]
    assert [r.reference for r in page.selected_rows()] == ["D-12", "N-1"]


# -- refreshing ----------------------------------------------------------------
def test_changes_in_the_store_refresh_once_after_the_operation(qtbot, page, team):
    anouk, _bram = team
    clients.add_client(page.store, ClientInput("NIEUW", anouk.id))
    qtbot.waitUntil(lambda: "NIEUW" in shown(page))
    assert page.count_label.text() == "6 cliënten, 6 getoond"


def test_a_change_by_another_instance_refreshes(qtbot, page):
    page.store.conn.execute("UPDATE client SET active = 0 WHERE reference = 'N-1'")
    page.store.notify(Change(EXTERNAL))
    qtbot.waitUntil(lambda: "N-1" not in shown(page))
    assert page.headline.late.text() == "2 te laat"


def test_settings_change_the_horizon(qtbot, page):
    settings.save(page.store, dataclasses.replace(settings.load(page.store), horizon_months=12))
    qtbot.waitUntil(lambda: "12 maanden" in page.headline.within.toolTip())
    # Nobody late, so everyone is binnen de termijn: the two figures never disagree.
    assert page.headline.within.text() == "5 van 5 actieve cliënten (100%) binnen de termijn"
    assert page.headline.late.text() == "Niemand te laat"


def test_a_hidden_page_waits_until_it_is_shown(qtbot, page, team, monkeypatch):
    anouk, _bram = team
    page.hide()
    calls = []
    original = overview.rows_report
    monkeypatch.setattr(overview, "rows_report",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    clients.add_client(page.store, ClientInput("LATER", anouk.id))
    clients.add_client(page.store, ClientInput("NOG EEN", anouk.id))
    # Hidden: the page is marked stale and nothing is scheduled or reloaded.
    assert page.refresher.stale and not page.refresher.scheduled
    assert calls == []
    page.show()
    assert calls == [1]
    assert "LATER" in shown(page) and "NOG EEN" in shown(page)


def test_the_changes_of_one_operation_refresh_once(qtbot, page, team, monkeypatch):
    anouk, _bram = team
    calls = []
    original = overview.rows_report
    monkeypatch.setattr(overview, "rows_report",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    with page.store.transaction():
        clients.add_client(page.store, ClientInput("EEN", anouk.id))
        items.queue_item(page.store, ItemInput(client_id(page.store, "EEN"), anouk.id,
                                               ItemType.VRAAG, Block.LOPEND, QUESTION),
                         by=None)
    qtbot.waitUntil(lambda: "EEN" in shown(page))
    # One reload for both changes, and no other one waiting to run.
    assert not page.refresher.scheduled
    assert calls == [1]


def test_the_day_moving_on_refreshes_when_shown(qtbot, page, clock):
    page.hide()
    clock.advance(days=9)  # D-12 (due 01-12-2026) is now late
    page.show()
    assert page.headline.late.text() == "4 te laat"
    assert "Stand van woensdag 2 december 2026" in page.as_of.text()


# -- putting clients on the agenda ---------------------------------------------
def test_one_client_goes_on_the_agenda_with_its_behandelaar(page, team, dialog_answers):
    anouk, bram = team
    identity.set_current_member(page.store, anouk.id)
    select(page, "D-10")
    page.agenda_action.trigger()
    assert dialog_answers == [(["D-10"], [], MEETING)]
    assert queued(page.store) == [("D-10", "Bram Jansen", ItemType.VRAAG, Block.LOPEND,
                                   QUESTION)]
    (item,) = items.list_items(page.store, MEETING)
    assert item.updated_by == "Anouk de Vries"  # "Ik ben"
    assert page.status.text() == "D-10 staat op de agenda van dinsdag 24 november 2026."
    assert shown(page, M.AGENDA)[shown(page).index("D-10")] == "24-11-2026"
    assert [r.reference for r in page.selected_rows()] == ["D-10"]


def test_a_reference_with_a_percent_marker_is_shown_as_it_is(qtbot, page, team,
                                                             dialog_answers):
    """Texts are filled in one pass: the meeting's date never lands inside a reference
    such as "D-%2" (it did when the reference was put in before the date)."""
    anouk, _ = team
    clients.add_client(page.store, ClientInput("D-%2", anouk.id, last_evaluation="01-04-2026"))
    page.refresh()
    select(page, "D-%2")
    dialog = AddToAgendaDialog(page.selected_rows(), [], MEETING)
    qtbot.addWidget(dialog)
    assert dialog.intro.text().startswith(
        "Cliënt D-%2 op de agenda zetten van dinsdag 24 november 2026, blok lopende")
    page.agenda_action.trigger()
    assert page.status.text() == "D-%2 staat op de agenda van dinsdag 24 november 2026."


def test_putting_on_the_agenda_waits_for_a_colleague_saving(qtbot, tmp_path, errors,
                                                            dialog_answers):
    """"Op de agenda zetten" while another computer holds the team file for ~600 ms: the
    page waits without freezing, then queues; nothing is shown as an error."""
    team_file = open_store(tmp_path / "team.db", FakeClock(dt.datetime(2026, 11, 23, 9, 0)),
                           create=True)
    other = sqlite3.connect(team_file.path, isolation_level=None)
    try:
        bram = members.add_member(team_file, "Bram Jansen")
        clients.add_client(team_file, ClientInput("D-10", bram.id, last_evaluation="01-05-2026"))
        page = make_page(qtbot, team_file)
        select(page, "D-10")
        other.execute("BEGIN IMMEDIATE")  # a colleague's save
        ticks: list[int] = []
        ticker = QTimer()
        ticker.timeout.connect(lambda: ticks.append(1))
        ticker.start(50)
        QTimer.singleShot(600, other.rollback)
        try:
            page.agenda_action.trigger()
        finally:
            ticker.stop()
        assert errors == []
        assert len(ticks) >= 5  # the event loop ran while waiting
        assert queued(team_file) == [("D-10", "Bram Jansen", ItemType.VRAAG, Block.LOPEND,
                                      QUESTION)]
        assert page.status.text() == "D-10 staat op de agenda van dinsdag 24 november 2026."
    finally:
        if other.in_transaction:
            other.rollback()
        other.close()
        team_file.close()


def test_a_storage_problem_stops_the_rest_and_is_shown_once(page, team, errors,
                                                           dialog_answers, monkeypatch):
    real = agenda.accept_proposals
    tried: list[int] = []

    def full_after_one(store, pairs, *args, **kwargs):
        tried.append(pairs[0][0])
        if len(tried) > 1:
            raise StoreError(StoreProblem.DISK_FULL, "team.db")
        return real(store, pairs, *args, **kwargs)

    monkeypatch.setattr(agenda, "accept_proposals", full_after_one)
    select(page, "D-10", "D-11", "D-12")
    page.agenda_action.trigger()
    assert len(tried) == 2  # the third was not tried
    assert len(errors) == 1 and "vol" in errors[0]
    assert len(queued(page.store)) == 1
    assert page.status.text().endswith("staat op de agenda van dinsdag 24 november 2026.")


def test_many_clients_at_once_skipping_those_already_on_the_agenda(page, team,
                                                                   dialog_answers):
    anouk, _bram = team
    items.queue_item(page.store, ItemInput(client_id(page.store, "D-11"), anouk.id,
                                           ItemType.KWESTIE, Block.ACUUT, "Crisis?"), by=None)
    page.refresh()
    select(page, "D-10", "D-11", "D-12")
    page.agenda_action.trigger()
    assert dialog_answers == [(["D-10", "D-12"], ["D-11"], MEETING)]
    assert [q[0] for q in queued(page.store)] == ["D-11", "D-10", "D-12"]
    assert page.status.text() == (
        "2 cliënten staan op de agenda van dinsdag 24 november 2026. Overgeslagen, staat "
        "al op de agenda: D-11 (24-11-2026).")


def test_only_clients_already_on_the_agenda_ask_nothing(page, team, dialog_answers):
    anouk, _bram = team
    items.queue_item(page.store, ItemInput(client_id(page.store, "D-11"), anouk.id,
                                           ItemType.VRAAG, Block.LOPEND, QUESTION), by=None)
    page.refresh()
    select(page, "D-11")
    page.agenda_action.trigger()
    assert dialog_answers == []
    assert page.status.text() == "Overgeslagen, staat al op de agenda: D-11 (24-11-2026)."


def test_a_client_queued_meanwhile_by_a_colleague_does_not_block_the_others(
        page, team, dialog_answers):
    anouk, _bram = team
    select(page, "D-10", "D-11")
    # A colleague queues D-11 just now; the page has not refreshed yet.
    items.queue_item(page.store, ItemInput(client_id(page.store, "D-11"), anouk.id,
                                           ItemType.VRAAG, Block.LOPEND, "Al gedaan"), by=None)
    assert page.selected_rows()[1].on_agenda is None
    page.agenda_action.trigger()
    assert [q[0] for q in queued(page.store)] == ["D-11", "D-10"]
    assert page.status.text() == ("D-10 staat op de agenda van dinsdag 24 november 2026. "
                                  "Overgeslagen, staat al op de agenda: D-11.")


def test_a_client_closed_meanwhile_is_named_and_the_others_are_queued(page, dialog_answers):
    select(page, "D-10", "D-11", "D-12")
    clients.set_client_active(page.store, client_id(page.store, "D-11"), False)
    page.agenda_action.trigger()  # the page still showed D-11 as active
    assert [q[0] for q in queued(page.store)] == ["D-10", "D-12"]
    assert page.status.text().startswith(
        "2 cliënten staan op de agenda van dinsdag 24 november 2026. D-11: ")
    assert "inactief" in page.status.text()


def test_a_client_without_an_active_behandelaar_asks_for_a_presenter(
        page, team, dialog_answers, monkeypatch):
    anouk, _bram = team
    asked = []

    def cancel(store, reference, behandelaar, default, parent=None):
        asked.append((reference, behandelaar, default))
        return None

    monkeypatch.setattr(PresenterDialog, "ask", cancel)
    identity.set_current_member(page.store, anouk.id)
    select(page, "N-1", "D-10")
    page.agenda_action.trigger()
    assert asked == [("N-1", None, anouk.id)]
    assert queued(page.store) == []
    assert "Niets op de agenda gezet: kies een inbrenger voor N-1" in page.status.text()

    monkeypatch.setattr(PresenterDialog, "ask", lambda *a, **k: anouk.id)
    page.agenda_action.trigger()
    assert [(q[0], q[1]) for q in queued(page.store)] == [("N-1", "Anouk de Vries"),
                                                          ("D-10", "Bram Jansen")]


def test_an_inactive_behandelaar_is_marked_and_asks_for_a_presenter(
        qtbot, page, team, dialog_answers, monkeypatch):
    anouk, bram = team
    members.set_member_active(page.store, bram.id, False)
    qtbot.waitUntil(lambda: "Bram Jansen (inactief)" in shown(page, M.BEHANDELAAR))
    asked = []
    monkeypatch.setattr(PresenterDialog, "ask",
                        lambda store, ref, name, default, parent=None:
                        asked.append((ref, name)) or anouk.id)
    select(page, "D-12")
    page.agenda_action.trigger()
    assert asked == [("D-12", "Bram Jansen")]
    assert [(q[0], q[1]) for q in queued(page.store)] == [("D-12", "Anouk de Vries")]


def test_ctrl_enter_puts_the_selection_on_the_agenda(qtbot, page, dialog_answers):
    select(page, "D-10")
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [q[0] for q in queued(page.store)] == ["D-10"]


def test_cancelling_the_dialog_queues_nothing(page, monkeypatch):
    monkeypatch.setattr(AddToAgendaDialog, "ask", lambda *a, **k: None)
    select(page, "D-10")
    page.agenda_action.trigger()
    assert queued(page.store) == []


def test_the_agenda_dialog_defaults_to_a_vraag_with_the_evaluation_question(qtbot, page):
    rows = page.shown_rows()
    dialog = AddToAgendaDialog(rows[:2], rows[2:3], MEETING)
    qtbot.addWidget(dialog)
    assert dialog.choice() == AgendaChoice(ItemType.VRAAG, QUESTION)
    assert "2 cliënten op de agenda zetten van dinsdag 24 november 2026" in \
        dialog.intro.text()
    assert dialog.skipped.text() == "Overgeslagen, staat al op de agenda: D-11."
    dialog.question.clear()
    assert not dialog.ok_button.isEnabled()
    assert "vraag heeft een vraag aan het team nodig" in dialog.problem.text()
    dialog.type_buttons[ItemType.MEDEDELING].setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.choice() == AgendaChoice(ItemType.MEDEDELING, "")


def test_nothing_selected_disables_the_commands(page):
    page.view.clearSelection()
    assert not page.agenda_action.isEnabled()
    assert not page.history_action.isEnabled()
    assert page.export_action.isEnabled()
    select(page, "D-10")
    assert page.agenda_action.isEnabled() and page.history_action.isEnabled()


# -- capacity ------------------------------------------------------------------
def test_capacity_of_a_team_that_keeps_up(page):
    page.show_capacity_tab()
    panel = page.capacity
    # No meeting closed yet: the settings' pace, 12 evaluations a meeting, clears the three
    # late clients at the next meeting.
    assert panel.verdict.text() == (
        "Het team kan het bijhouden: de achterstand van nu 3 cliënten is naar verwachting "
        "weg na de vergadering van dinsdag 24 november 2026, over 1 week.")
    assert page.headline.capacity.text() == "✓ Achterstand weg over 1 week"
    assert panel.pace.text().startswith(
        "Het tempo is nog niet te meten: er is nog geen vergadering gesloten, en daarvoor "
        "zijn er 8 nodig.")
    assert panel.outlook.text().splitlines()[0] == \
        f"Nu: {page.headline.within.text()}."
    table = panel.table
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == [
        "Vergadering", "Aan de beurt", "Verwacht geëvalueerd", "Nog te laat daarna",
        "Binnen de termijn"]
    capacity = forecast.capacity(page.store, TODAY)
    first = capacity.forecast.meetings[0]
    assert table.rowCount() == 16
    assert [table.item(0, c).text() for c in range(5)] == [
        "24-11-2026", str(first.due), str(first.evaluated), "0", "100%"]
    assert first.due == 3 and first.evaluated == 3


def test_capacity_of_a_team_that_cannot_keep_up(qtbot, store, team):
    anouk, _bram = team
    settings.save(store, dataclasses.replace(settings.load(store), acuut_budget=30,
                                             lopend_budget=10))
    for n in range(100):  # 100 clients late, 2 evaluations a meeting
        clients.add_client(store, ClientInput(f"C-{n:03}", anouk.id,
                                              last_evaluation="01-04-2026"))
    page = make_page(qtbot, store)
    # The table first; the forecast a moment later (it reads the team's meetings).
    qtbot.waitUntil(lambda: not page.capacity_pending)
    page.refresh()
    assert page.capacity_pending
    assert page.headline.capacity.text() == "Capaciteit wordt berekend…"
    qtbot.waitUntil(lambda: not page.capacity_pending)
    page.headline.capacity_button.click()
    assert page.tabs.currentWidget() is page.capacity_scroll
    panel = page.capacity
    later = forecast.capacity(store, TODAY).forecast.in_weeks(16)
    assert panel.verdict.text() == (
        "Het team kan het in dit tempo niet bijhouden: de achterstand van nu 100 cliënten "
        "raakt in de komende 31 weken niet weggewerkt; over 16 weken zijn naar verwachting "
        f"{later.overdue} cliënten te laat.")
    assert later.overdue > 50
    assert "ruimte voor 2,0 evaluaties per vergadering van 5,0 min" in panel.pace.text()
    assert page.headline.capacity.text() == "✗ In dit tempo niet bij te houden"
    last = panel.table.rowCount() - 1
    assert int(panel.table.item(last, panel.OVERDUE_AFTER).text()) > 0
    assert panel.table.item(last, panel.OVERDUE_AFTER).font().bold()


# -- history -------------------------------------------------------------------
@pytest.fixture
def corrected(store, clock, team):
    """D-10 was closed at the meeting of 24-11-2026; the chair corrected it to doorgaan."""
    anouk, bram = team
    client = clients.add_client(store, ClientInput("D-10", bram.id,
                                                   last_evaluation="01-05-2026"))
    item = items.queue_item(store, ItemInput(client.id, bram.id, ItemType.VRAAG,
                                             Block.LOPEND, QUESTION), by=None)
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store)
    run.start_item(store, item.id)
    clock.advance(minutes=5)
    first = decisions.record_decision(store, item.id, DecisionInput(
        DecisionKind.AFSLUITEN, closes_client_id=client.id))
    clock.advance(days=1)
    decisions.correct_decision(store, first.id, DecisionInput(
        DecisionKind.DOORGAAN, dt.date(2027, 8, 1), koers="Wekelijks contact, afbouw",
        worded_by_role="chair", worded_by_id=anouk.id,
        date_reason="Na de zomer, als de nieuwe woning er is"))
    return store


def test_history_links_a_correction_to_what_it_corrects(qtbot, corrected):
    page = make_page(qtbot, corrected)
    (row,) = page.shown_rows()
    dialog = ClientHistoryDialog(corrected, row)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Besluiten over cliënt D-10"
    assert [dialog.table.horizontalHeaderItem(c).text().replace("\n", " ")
            for c in range(7)] == [
        "Datum", "Besluit", "Geformuleerd door", "Koers / verwezen naar",
        "Volgende evaluatie", "Reden datum", "Correctie"]
    assert dialog.row_texts() == [
        ["24-11-2026", "doorgaan", "Anouk de Vries (voorzitter)", "Wekelijks contact, afbouw",
         "01-08-2027", "Na de zomer, als de nieuwe woning er is", "correctie van 24-11-2026"],
        ["24-11-2026", "afsluiten", "Bram Jansen (inbrenger)", "", "—", "",
         "gecorrigeerd door besluit van 24-11-2026"],
    ]
    assert not dialog.is_struck_through(0)
    assert dialog.is_struck_through(1)
    assert not dialog.empty.isVisibleTo(dialog)
    dialog.table.selectRow(0)
    dialog.table.cellActivated.emit(0, ClientHistoryDialog.CORRECTION)
    assert dialog.table.currentRow() == 1


def test_history_of_a_referral_says_where_to(qtbot, store, clock, team):
    anouk, _bram = team
    client = clients.add_client(store, ClientInput("V-1", anouk.id))
    item = items.queue_item(store, ItemInput(client.id, anouk.id, ItemType.VRAAG,
                                             Block.LOPEND, QUESTION), by=None)
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store)
    run.start_item(store, item.id)
    decisions.record_decision(store, item.id, DecisionInput(
        DecisionKind.VERWIJZEN, dt.date(2027, 2, 1), referred_to="Basis-GGZ Zuid"))
    row = next(r for r in overview.rows(store, clock.today()) if r.reference == "V-1")
    dialog = ClientHistoryDialog(store, row)
    qtbot.addWidget(dialog)
    assert dialog.row_texts() == [["24-11-2026", "verwijzen", "Anouk de Vries (inbrenger)",
                                   "verwezen naar Basis-GGZ Zuid", "01-02-2027", "", ""]]


def test_history_without_decisions_says_the_date_was_imported(qtbot, page):
    row = next(r for r in page.shown_rows() if r.reference == "D-10")
    dialog = ClientHistoryDialog(page.store, row)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.empty.text() == \
        "Nog geen besluiten vastgelegd; laatste evaluatie: 01-05-2026 (geïmporteerd)."
    never = next(r for r in page.shown_rows() if r.reference == "N-1")
    assert "laatste evaluatie: nooit" in ClientHistoryDialog(page.store, never).empty.text()


def test_history_opens_by_button_enter_and_double_click(qtbot, page, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(ClientHistoryDialog, "show_for",
                        lambda store, row, parent=None: opened.append(row.reference))
    select(page, "D-12")
    page.history_action.trigger()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    index = page.proxy.index(shown(page).index("X-1"), M.CLIENT)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["D-12", "D-12", "X-1"]


# -- export --------------------------------------------------------------------
def read_back(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    with open(path, encoding="utf-8-sig", newline="") as file:
        return raw, list(csv.reader(file, delimiter=";"))


def test_export_rows_writes_csv_for_dutch_excel(tmp_path, page, team):
    anouk, _bram = team
    items.queue_item(page.store, ItemInput(client_id(page.store, "D-11"), anouk.id,
                                           ItemType.VRAAG, Block.LOPEND, QUESTION), by=None)
    page.refresh()
    path = tmp_path / "overzicht.csv"
    assert export.export_rows(page.shown_rows(), path) == 5
    raw, rows = read_back(path)
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert raw.count(b"\r\n") == 6 and raw.count(b"\n") == 6  # CRLF only
    assert rows[0] == ["Cliënt", "Behandelaar", "Laatste evaluatie", "Uiterlijk", "Status",
                       "Op agenda", "Dagen te laat"]
    assert rows[1] == ["N-1", "", "nooit", "01-09-2026", "83 dagen te laat", "", "83"]
    assert rows[3] == ["D-11", "Anouk de Vries", "13-05-2026", "13-11-2026",
                       "10 dagen te laat", "24-11-2026", "10"]
    assert rows[4] == ["D-12", "Bram Jansen", "01-06-2026", "01-12-2026", "over 8 dagen", "",
                       "0"]


def test_export_keeps_a_formula_as_text_and_quotes_the_delimiter(tmp_path, store, team):
    anouk, _bram = team
    clients.add_client(store, ClientInput("=HYPERLINK(1)", anouk.id))
    clients.add_client(store, ClientInput("A;B", anouk.id))
    path = tmp_path / "x.csv"
    export.export_rows(overview.rows(store, TODAY), path)
    _raw, rows = read_back(path)
    assert sorted(r[0] for r in rows[1:]) == ["'=HYPERLINK(1)", "A;B"]


def test_export_saves_the_overview_as_shown(tmp_path, page, team, monkeypatch):
    anouk, _bram = team
    path = tmp_path / "evaluaties"
    asked = []
    monkeypatch.setattr(export, "ask_path", lambda parent, today: asked.append(today) or
                        str(path) + ".csv")
    page.search_edit.setText("d-1")
    page.view.sortByColumn(M.CLIENT, Qt.SortOrder.DescendingOrder)
    page.export_action.trigger()
    assert asked == [TODAY]
    _raw, rows = read_back(tmp_path / "evaluaties.csv")
    assert [r[0] for r in rows[1:]] == ["D-12", "D-11", "D-10"]  # filtered, sorted
    page.set_behandelaar_filter(anouk.id)
    page.export_action.trigger()
    _raw, rows = read_back(tmp_path / "evaluaties.csv")
    assert [r[0] for r in rows[1:]] == ["D-11"]
    assert page.status.text().startswith(f"1 cliënt geëxporteerd naar {tmp_path}")
    assert "beveiligde plek" in page.status.text()


def test_a_cancelled_or_failed_export_writes_nothing_and_says_why(tmp_path, page, monkeypatch,
                                                                   errors):
    monkeypatch.setattr(export, "ask_path", lambda parent, today: None)
    page.export_action.trigger()
    assert errors == [] and not page.status.isVisible()
    target = tmp_path / "bestaat-niet" / "x.csv"
    monkeypatch.setattr(export, "ask_path", lambda parent, today: str(target))
    page.export_action.trigger()
    assert not target.exists()
    assert errors and "kon niet worden opgeslagen" in errors[0]


def test_the_suggested_file_name_has_the_date():
    assert export.suggested_name(TODAY) == "evaluaties-2026-11-23.csv"


# -- read-only -----------------------------------------------------------------
def test_a_read_only_database_still_shows_history_and_exports(qtbot, tmp_path, clock,
                                                               monkeypatch):
    path = tmp_path / "team.db"
    writable = open_store(path, clock)
    anouk = members.add_member(writable, "Anouk de Vries")
    clients.add_client(writable, ClientInput("D-1", anouk.id, last_evaluation="01-01-2026"))
    writable.close()
    monkeypatch.setattr("vergadering.store.os.access", lambda *a, **k: False)
    store = open_store(path, clock)
    assert store.read_only
    page = make_page(qtbot, store)
    select(page, "D-1")
    assert not page.agenda_action.isEnabled()
    assert "Alleen-lezen" in page.agenda_action.toolTip()
    assert page.read_only_label.isVisible()
    assert page.history_action.isEnabled()
    opened = []
    monkeypatch.setattr(ClientHistoryDialog, "show_for",
                        lambda store_, row, parent=None: opened.append(row.reference))
    page.history_action.trigger()
    assert opened == ["D-1"]
    monkeypatch.setattr(export, "ask_path", lambda parent, today: str(tmp_path / "d.csv"))
    page.export_action.trigger()
    assert read_back(tmp_path / "d.csv")[1][1][0] == "D-1"
    page.add_to_agenda()  # the shortcut does nothing either
    store.close()
