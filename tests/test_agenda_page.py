"""The Agenda page: the chair plans the next meeting (blocks, minutes, reordering,
moving, deferring, withdrawing) and takes due evaluations onto the agenda."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt

import ui.agenda.item_dialog as item_dialog
from ui import identity, paths
from ui.agenda import history as history_module
from ui.agenda.page import PROPOSALS_KEY, AgendaPage
from ui.agenda.proposal_model import ProposalTableModel
from ui.kit import widgets
from ui.kit.plan_view import OVER_BACKGROUND, BlockTableModel
from ui.kit.presenter_dialog import PresenterDialog
from vergadering import clients, items, members, settings
from vergadering.items import DecisionKind, ItemInput, ItemStatus
from vergadering.problems import Code, Problem, ValidationError
from vergadering.settings import Block, ItemType
from vergadering.store import StoreError, StoreProblem

MEETING = dt.date(2026, 11, 24)  # the Tuesday after the fixture clock's Monday
NEXT_MEETING = dt.date(2026, 12, 1)


# -- helpers -------------------------------------------------------------------
@pytest.fixture(autouse=True)
def nobody_chosen_yet(store):
    """"Ik ben" and the proposal toggle live in QSettings, keyed by the file: every
    in-memory store shares them, so start each test without."""
    identity.set_current_member(store, None)
    paths.settings().remove(PROPOSALS_KEY)


@pytest.fixture
def team(store):
    anouk = members.add_member(store, "Anouk de Vries")
    bram = members.add_member(store, "Bram Jansen")
    return anouk, bram


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error",
                        lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def confirmations(monkeypatch):
    asked: list[str] = []

    def confirm(parent, title, text, accept_label):
        asked.append(text)
        return True

    monkeypatch.setattr(widgets, "confirm", confirm)
    return asked


def client(store, reference, behandelaar_id, last_evaluation=""):
    return clients.add_client(store, clients.ClientInput(reference, behandelaar_id,
                                                         last_evaluation=last_evaluation))


def queue(store, reference, presenter, block=Block.LOPEND, item_type=ItemType.VRAAG,
          minutes=None, question="Doorgaan of afsluiten?", by=None, meeting_date=None):
    c = clients.find_by_reference(store, reference) or client(store, reference, presenter.id)
    return items.queue_item(store, ItemInput(c.id, presenter.id, item_type, block, question,
                                             "", minutes), by=by, meeting_date=meeting_date)


def make_page(qtbot, store):
    page = AgendaPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def references(page, block):
    model = page.panels[block].model
    return [model.index(r, BlockTableModel.CLIENT).data() for r in range(model.rowCount())]


def focus_table(qtbot, page, block):
    view = page.panels[block].view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


# -- models ----------------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester, store, team):
    anouk, bram = team
    queue(store, "D-1", anouk, item_type=ItemType.MEDEDELING, question="")
    queue(store, "D-2", bram, block=Block.ACUUT, item_type=ItemType.KWESTIE)
    client(store, "D-3", anouk.id, last_evaluation="2026-01-05")
    lopend = BlockTableModel(store, Block.LOPEND)
    qtmodeltester.check(lopend)
    qtmodeltester.check(BlockTableModel(store, Block.ACUUT))
    proposals = ProposalTableModel(store)
    qtmodeltester.check(proposals)
    row = [lopend.index(0, c).data() for c in range(lopend.columnCount())]
    assert row == ["1", "D-1", "mededeling", "Anouk de Vries", "", "2", "", ""]
    assert [proposals.index(0, c).data() for c in range(proposals.columnCount())] == [
        "D-3", "Anouk de Vries", "05-01-2026", "05-07-2026", "141 dagen te laat"]


def test_the_type_is_text_and_the_proposed_decision_and_question_show(store, team):
    anouk, _ = team
    c = client(store, "D-9", anouk.id)
    items.queue_item(store, ItemInput(c.id, anouk.id, ItemType.MEDEDELING, Block.LOPEND,
                                      "Afsluiten\nin overleg", "", None,
                                      DecisionKind.AFSLUITEN), by=None)
    model = BlockTableModel(store, Block.LOPEND)
    assert model.index(0, BlockTableModel.TYPE).data() == "mededeling"
    assert model.index(0, BlockTableModel.PROPOSAL).data() == "afsluiten"
    assert model.index(0, BlockTableModel.QUESTION).data() == "Afsluiten in overleg"
    assert model.index(0, BlockTableModel.QUESTION).data(
        Qt.ItemDataRole.ToolTipRole) == "Afsluiten\nin overleg"


# -- header and totals -------------------------------------------------------------
def test_header_shows_the_meeting_in_dutch(qtbot, store, team):
    page = make_page(qtbot, store)
    assert page.title.text() == "Agenda voor dinsdag 24 november 2026, 09:00–10:30"


def test_an_empty_agenda_says_so_in_both_blocks(qtbot, store, team):
    page = make_page(qtbot, store)
    assert page.total_box.label.text() == "Nog geen agendapunten: 0 van 90 min gepland."
    assert not page.total_box.icon.isVisible()
    for block, name in ((Block.LOPEND, "Lopende behandelingen"), (Block.ACUUT, "Acute punten")):
        panel = page.panels[block]
        assert panel.title.text() == f"{name} — 0 van {60 if block is Block.LOPEND else 30} " \
                                     "min gepland"
        assert panel.empty.isVisible() and not panel.view.isVisible()
        assert not panel.over_box.isVisible()
    assert "Nog geen lopende behandelingen" in page.panels[Block.LOPEND].empty.text()
    assert "Nog geen acute punten" in page.panels[Block.ACUUT].empty.text()
    assert not page.edit_action.isEnabled() and page.new_action.isEnabled()


def test_one_empty_block_and_a_block_exactly_at_its_budget(qtbot, store, team):
    anouk, _ = team
    queue(store, "D-1", anouk, block=Block.ACUUT, item_type=ItemType.KWESTIE, minutes=20)
    queue(store, "D-2", anouk, block=Block.ACUUT, minutes=10)
    page = make_page(qtbot, store)
    acuut, lopend = page.panels[Block.ACUUT], page.panels[Block.LOPEND]
    assert acuut.title.text() == "Acute punten — 30 van 30 min gepland"
    assert not acuut.over_box.isVisible()  # exactly full is not overbooked
    assert acuut.view.isVisible() and not acuut.empty.isVisible()
    assert lopend.empty.isVisible() and not lopend.view.isVisible()
    assert page.total_box.label.text() == "Totaal 30 van 90 min gepland — einde 10:30"


def total_box_colour(page: AgendaPage) -> str:
    """The colour the total box shows just inside its border, as painted in the page."""
    corner = page.total_box.mapTo(page, QPoint(4, 4))
    return page.grab(QRect(corner, QSize(1, 1))).toImage().pixelColor(0, 0).name()


def test_everything_overbooked_shows_by_how_much(qtbot, store, team):
    anouk, bram = team
    for n in range(5):
        queue(store, f"A-{n}", bram, block=Block.ACUUT, item_type=ItemType.KWESTIE, minutes=15)
    for n in range(7):
        queue(store, f"L-{n}", anouk, minutes=10)
    page = make_page(qtbot, store)
    acuut, lopend = page.panels[Block.ACUUT], page.panels[Block.LOPEND]
    assert acuut.title.text() == "Acute punten — 75 van 30 min gepland"
    assert acuut.over_box.isVisible() and acuut.over_label.text() == "45 min te veel"
    assert lopend.over_box.isVisible() and lopend.over_label.text() == "10 min te veel"
    assert not acuut.over_icon.pixmap().isNull()  # an icon, not only colour
    assert page.total_box.label.text() == ("Totaal 145 van 90 min — 55 min uitloop, verwacht "
                                       "einde 11:25")
    assert page.total_box.icon.isVisible() and not page.total_box.icon.pixmap().isNull()
    assert OVER_BACKGROUND in page.total_box.styleSheet()
    assert total_box_colour(page) == OVER_BACKGROUND

    for item in items.list_items(store, MEETING):
        if item.block is Block.ACUUT:
            items.withdraw_item(store, item.id, by=None)
    assert not page.total_box.icon.isVisible()  # back within the meeting's time: normal look
    assert OVER_BACKGROUND not in page.total_box.styleSheet()
    assert total_box_colour(page) == "#ffffff"


def test_an_overbooked_block_warns_even_when_the_meeting_fits(qtbot, store, team):
    anouk, _ = team
    for n in range(7):
        queue(store, f"L-{n}", anouk, minutes=10)
    page = make_page(qtbot, store)
    assert page.panels[Block.LOPEND].over_label.text() == "10 min te veel"
    assert page.total_box.label.text() == "Totaal 70 van 90 min gepland — einde 10:30"
    assert not page.total_box.icon.isVisible()


def test_block_order_follows_the_team_setting(qtbot, store, team):
    page = make_page(qtbot, store)

    def order():
        layout = page.blocks_layout
        return [layout.itemAt(i).widget().block for i in range(2)]

    assert order() == [Block.LOPEND, Block.ACUUT]
    assert not page.panels[Block.ACUUT].note.isVisible()
    settings.save(store, dataclasses.replace(settings.load(store), first_block=Block.ACUUT))
    assert order() == [Block.ACUUT, Block.LOPEND]
    note = page.panels[Block.ACUUT].note
    assert note.isVisible() and "stopt hard om 09:30" in note.text()


# -- commands ------------------------------------------------------------------------
def test_ctrl_down_and_up_reorder_and_keep_the_selection(qtbot, store, team):
    anouk, _ = team
    first = queue(store, "D-1", anouk)
    queue(store, "D-2", anouk)
    queue(store, "D-3", anouk)
    page = make_page(qtbot, store)
    page.select_item(first.id)
    view = focus_table(qtbot, page, Block.LOPEND)
    assert not page.up_action.isEnabled()
    press(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert references(page, Block.LOPEND) == ["D-2", "D-1", "D-3"]
    assert [i.client_reference for i in items.list_items(store, MEETING)] == ["D-2", "D-1", "D-3"]
    assert page.selected_item().id == first.id
    press(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert references(page, Block.LOPEND) == ["D-2", "D-3", "D-1"]
    assert not page.down_action.isEnabled()
    press(qtbot, view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert references(page, Block.LOPEND) == ["D-2", "D-1", "D-3"]
    assert page.selected_item().id == first.id
    assert page.panels[Block.LOPEND].model.index(1, 0).data() == "2"


def test_ctrl_m_moves_to_the_other_block_and_follows_the_item(qtbot, store, team):
    anouk, _ = team
    item = queue(store, "D-1", anouk)
    queue(store, "D-2", anouk, block=Block.ACUUT)
    page = make_page(qtbot, store)
    page.select_item(item.id)
    press(qtbot, focus_table(qtbot, page, Block.LOPEND), Qt.Key.Key_M,
          Qt.KeyboardModifier.ControlModifier)
    assert items.get(store, item.id).block is Block.ACUUT
    assert references(page, Block.ACUUT) == ["D-2", "D-1"]
    assert references(page, Block.LOPEND) == []
    assert page.selected_item().id == item.id
    assert page.panels[Block.ACUUT].view.hasFocus()
    assert "onderaan bij acute punten" in page.status.text()


def test_ctrl_d_defers_to_the_next_meeting_keeping_the_content(qtbot, store, team,
                                                               confirmations):
    anouk, _ = team
    c = client(store, "D-1", anouk.id)
    item = items.queue_item(store, ItemInput(c.id, anouk.id, ItemType.KWESTIE, Block.LOPEND,
                                             "Wat doen we met de wachtlijst?",
                                             "Stabiel, werkt mee.", 15,
                                             DecisionKind.DOORGAAN), by=None)
    other = queue(store, "D-2", anouk)
    page = make_page(qtbot, store)
    page.select_item(item.id)
    press(qtbot, focus_table(qtbot, page, Block.LOPEND), Qt.Key.Key_D,
          Qt.KeyboardModifier.ControlModifier)
    (text,) = confirmations
    assert "dinsdag 1 december 2026" in text and "blijft bewaard" in text
    deferred = items.get(store, item.id)
    assert deferred.meeting_date == NEXT_MEETING
    assert deferred.as_input() == item.as_input()
    assert references(page, Block.LOPEND) == ["D-2"]
    assert page.selected_item().id == other.id  # the next item, ready for the next key
    assert "de inhoud is bewaard" in page.status.text()


def test_deferring_is_not_done_when_the_chair_cancels(qtbot, store, team, monkeypatch):
    anouk, _ = team
    item = queue(store, "D-1", anouk)
    monkeypatch.setattr(widgets, "confirm", lambda *args: False)
    page = make_page(qtbot, store)
    page.select_item(item.id)
    page.defer_action.trigger()
    assert items.get(store, item.id).meeting_date == MEETING
    assert page.selected_item().id == item.id


def test_delete_withdraws_after_asking(qtbot, store, team, confirmations):
    anouk, _ = team
    item = queue(store, "D-1", anouk, block=Block.ACUUT)
    page = make_page(qtbot, store)
    page.select_item(item.id)
    press(qtbot, focus_table(qtbot, page, Block.ACUUT), Qt.Key.Key_Delete)
    assert len(confirmations) == 1 and "intrekken" in confirmations[0]
    assert items.get(store, item.id).status is ItemStatus.WITHDRAWN
    assert references(page, Block.ACUUT) == []
    assert page.panels[Block.ACUUT].empty.isVisible()


def test_withdrawing_an_item_someone_just_edited_is_refused(qtbot, store, team, confirmations,
                                                            errors):
    anouk, bram = team
    item = queue(store, "D-1", anouk)
    page = make_page(qtbot, store)
    page.select_item(item.id)
    stale = page.selected_item()
    # A colleague edits the item; this page has not heard of it yet.
    store._listeners, listeners = [], store._listeners
    items.update_item(store, item.id, dataclasses.replace(item.as_input(), minutes=9),
                      by=bram.id, expected_version=item.version)
    store._listeners = listeners
    assert page.selected_item() == stale
    page.withdraw_action.trigger()
    assert items.get(store, item.id).status is ItemStatus.QUEUED
    assert errors and "intussen gewijzigd door Bram Jansen" in errors[0]


def test_enter_and_f2_edit_and_ctrl_n_adds_through_the_item_dialog(qtbot, store, team,
                                                                  monkeypatch):
    anouk, _ = team
    item = queue(store, "D-1", anouk)
    calls = []

    def ask(store_, *, item=None, parent=None):
        calls.append(item.id if item else None)
        if item is None:
            return queue(store_, "D-7", anouk, block=Block.ACUUT)
        return items.update_item(store_, item.id, dataclasses.replace(item.as_input(),
                                                                      block=Block.ACUUT),
                                 by=None, expected_version=item.version)

    monkeypatch.setattr(item_dialog.ItemDialog, "ask", ask)
    page = make_page(qtbot, store)
    page.select_item(item.id)
    view = focus_table(qtbot, page, Block.LOPEND)
    press(qtbot, view, Qt.Key.Key_Return)
    assert calls == [item.id]
    assert page.selected_item().id == item.id  # followed to its new block
    assert page.selected_item().block is Block.ACUUT
    press(qtbot, page.panels[Block.ACUUT].view, Qt.Key.Key_F2)
    assert calls == [item.id, item.id]
    press(qtbot, page.panels[Block.ACUUT].view, Qt.Key.Key_N,
          Qt.KeyboardModifier.ControlModifier)
    assert calls[-1] is None
    assert page.selected_item().client_reference == "D-7"


def test_a_cancelled_dialog_changes_nothing(qtbot, store, team, monkeypatch):
    anouk, _ = team
    item = queue(store, "D-1", anouk)
    monkeypatch.setattr(item_dialog.ItemDialog, "ask",
                        lambda store_, *, item=None, parent=None: None)
    page = make_page(qtbot, store)
    page.select_item(item.id)
    page.edit_action.trigger()
    page.new_action.trigger()
    assert references(page, Block.LOPEND) == ["D-1"]
    assert page.selected_item().id == item.id


def test_history_says_who_did_what_in_dutch(qtbot, store, team, monkeypatch):
    anouk, bram = team
    identity.set_current_member(store, bram.id)
    first = queue(store, "D-1", anouk, by=anouk.id)
    queue(store, "D-2", anouk)
    shown = []
    monkeypatch.setattr(history_module.HistoryDialog, "show_for",
                        lambda item, changes, parent=None: shown.append(changes))
    page = make_page(qtbot, store)
    assert page.by() == bram.id
    page.select_item(first.id)
    page.down_action.trigger()
    page.move_action.trigger()
    page.history_action.trigger()
    (changes,) = shown
    lines = [(history_module.who(c), history_module.describe_change(c)) for c in changes]
    assert lines == [
        ("Anouk de Vries", "aangemeld"),
        ("Bram Jansen", "volgorde gewijzigd: van plaats 1 naar 2"),
        ("Bram Jansen", "verplaatst van Lopende behandelingen naar Acute punten"),
    ]


def test_the_history_dialog_lists_the_changes(qtbot, store, team, clock):
    anouk, _ = team
    item = queue(store, "D-1", anouk, by=anouk.id)
    item = items.update_item(store, item.id, dataclasses.replace(item.as_input(), minutes=12),
                             by=anouk.id, expected_version=item.version)
    dialog = history_module.HistoryDialog(item, items.history(store, item.id))
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(3)]
             for r in range(dialog.table.rowCount())]
    assert cells == [["23-11-2026 09:00", "Anouk de Vries", "aangemeld"],
                     ["23-11-2026 09:00", "Anouk de Vries",
                      "gewijzigd: geschatte minuten (5 → 12)"]]


def test_the_context_menu_offers_every_command(qtbot, store, team):
    page = make_page(qtbot, store)
    texts = [a.text().replace("&", "") for a in page.context_menu().actions()
             if not a.isSeparator()]
    assert texts == ["Nieuw agendapunt…", "Bewerken…", "Omhoog", "Omlaag", "Naar ander blok",
                     "Uitstellen…", "Intrekken…", "Geschiedenis"]
    shortcuts = {a.text().replace("&", ""): [k.toString() for k in a.shortcuts()]
                 for a in page.item_actions()}
    assert shortcuts["Bewerken…"] == ["Return", "Enter", "F2"]
    assert shortcuts["Omhoog"] == ["Ctrl+Up"] and shortcuts["Omlaag"] == ["Ctrl+Down"]
    assert shortcuts["Naar ander blok"] == ["Ctrl+M"]
    assert shortcuts["Uitstellen…"] == ["Ctrl+D"]
    assert shortcuts["Intrekken…"] == ["Del"]


def test_a_domain_problem_is_shown_in_dutch_and_the_selection_stays(qtbot, store, team,
                                                                    monkeypatch, errors):
    anouk, _ = team
    item = queue(store, "D-1", anouk)
    queue(store, "D-2", anouk)
    page = make_page(qtbot, store)
    page.select_item(item.id)

    def locked(*args, **kwargs):
        raise StoreError(StoreProblem.LOCKED, "team.db")

    monkeypatch.setattr(items, "reorder_item", locked)
    monkeypatch.setattr("ui.common.BUSY_GIVE_UP_S", 0.3)  # stays busy: given up soon
    page.down_action.trigger()
    assert errors and "bezet" in errors[0]
    assert page.selected_item().id == item.id

    def started(*args, **kwargs):
        raise ValidationError([Problem("meeting", Code.MEETING_STARTED,
                                       {"date": MEETING.isoformat()})])

    monkeypatch.setattr(items, "move_item", started)
    page.move_action.trigger()
    assert "al begonnen" in errors[1]
    assert references(page, Block.LOPEND) == ["D-1", "D-2"]


def test_changes_elsewhere_appear_at_once(qtbot, store, team):
    anouk, _ = team
    page = make_page(qtbot, store)
    queue(store, "D-1", anouk, block=Block.ACUUT, minutes=35)
    assert references(page, Block.ACUUT) == ["D-1"]
    assert page.panels[Block.ACUUT].over_label.text() == "5 min te veel"
    members.add_member(store, "Chantal Bakker")
    assert page.identity.findText("Chantal Bakker") >= 0


def test_privacy_mode_hides_the_question(qtbot, store, team):
    anouk, _ = team
    queue(store, "D-1", anouk)
    page = make_page(qtbot, store)
    view = page.panels[Block.LOPEND].view
    assert not view.isColumnHidden(BlockTableModel.QUESTION)
    settings.save(store, dataclasses.replace(settings.load(store), privacy_mode=True))
    assert view.isColumnHidden(BlockTableModel.QUESTION)


# -- carry-over, identity, read-only ------------------------------------------------------
def test_items_of_a_meeting_that_was_never_held_move_on_with_a_mark(qtbot, store, team,
                                                                   clock):
    anouk, _ = team
    item = queue(store, "D-1", anouk)
    clock.set(dt.datetime(2026, 11, 30, 9, 0))  # the 24th has passed without a meeting
    page = make_page(qtbot, store)
    moved = items.get(store, item.id)
    assert moved.meeting_date == NEXT_MEETING and moved.carried_over == 1
    assert page.title.text().startswith("Agenda voor dinsdag 1 december 2026")
    model = page.panels[Block.LOPEND].model
    assert model.index(0, BlockTableModel.CARRIED).data() == "↻ 1× doorgeschoven"

    clock.set(dt.datetime(2026, 12, 7, 9, 0))
    page.hide()
    page.show()  # showing the page again carries over again
    assert model.index(0, BlockTableModel.CARRIED).data() == "↻ 2× doorgeschoven"


def test_ik_ben_is_remembered_and_recorded(qtbot, store, team):
    anouk, bram = team
    page = make_page(qtbot, store)
    assert page.by() is None
    assert page.identity.currentText() == "— kies uw naam —"
    page.identity.setCurrentIndex(page.identity.findData(bram.id))
    assert identity.current_member(store) == bram.id
    again = make_page(qtbot, store)
    assert again.by() == bram.id


def test_ik_ben_key_is_the_one_earlier_versions_stored(store) -> None:
    """The choice is stored under the SHA-1 of the database path: a PC keeps its choice
    after an update."""
    import hashlib

    expected = "identity/" + hashlib.sha1(store.path.encode("utf-8")).hexdigest()[:12]
    assert identity._key(store) == expected


def test_read_only_store_disables_changes_and_says_so(qtbot, store, team, monkeypatch):
    anouk, _ = team
    item = queue(store, "D-1", anouk)
    client(store, "D-3", anouk.id, last_evaluation="2026-01-05")
    store.read_only = True
    monkeypatch.setattr(items, "carry_over", lambda s: pytest.fail("writes a read-only file"))
    page = make_page(qtbot, store)
    page.select_item(item.id)
    assert "alleen-lezen" in page.read_only_label.text()
    for action in page.item_actions():
        if action is not page.history_action:
            assert not action.isEnabled(), action.text()
    assert page.history_action.isEnabled()  # reading the history changes nothing
    assert not page.proposals.accept_all_action.isEnabled()
    assert "alleen-lezen" in page.proposals.read_only_label.text()


# -- proposals -----------------------------------------------------------------------------
@pytest.fixture
def due_clients(store, team):
    """Twelve clients last evaluated 7 to 18 months ago; D-10 is the most overdue."""
    anouk, bram = team
    result = []
    for n in range(12):
        last = dt.date(2025, 5 + n, 10) if n < 8 else dt.date(2026, n - 7, 10)
        result.append(client(store, f"D-{10 + n}", (anouk if n % 2 else bram).id,
                             last_evaluation=last.isoformat()))
    return result


def proposal_refs(page):
    model = page.proposals.model
    return [model.index(r, ProposalTableModel.CLIENT).data() for r in range(model.rowCount())]


def test_proposals_fill_as_many_as_fit_most_overdue_first(qtbot, store, team, due_clients):
    anouk, _ = team
    queue(store, "X-1", anouk, minutes=25)  # 35 of the 60 lopend minutes are left
    page = make_page(qtbot, store)
    panel = page.proposals
    assert proposal_refs(page) == [f"D-{n}" for n in range(10, 17)]  # 7 × 5 min
    assert panel.note.text() == "Nog 5 cliënten zijn aan de beurt maar passen niet in het budget."
    assert panel.question.text() == "Evaluatie: doorgaan, afsluiten of verwijzen?"
    assert panel.type_buttons[ItemType.VRAAG].isChecked()
    assert page.proposals_action.text() == "Voorstel evaluaties (7)"
    panel.type_buttons[ItemType.KWESTIE].setChecked(True)  # 10 min each
    assert proposal_refs(page) == ["D-10", "D-11", "D-12"]
    assert panel.note.text().startswith("Nog 9 cliënten")


def test_when_the_lopend_block_is_full_the_proposal_says_so(qtbot, store, team, due_clients):
    anouk, _ = team
    queue(store, "X-1", anouk, minutes=58)
    page = make_page(qtbot, store)
    assert proposal_refs(page) == []
    assert "vol" in page.proposals.empty.text()
    assert not page.proposals.accept_all_action.isEnabled()


def test_accept_one_then_all(qtbot, store, team, due_clients):
    anouk, bram = team
    queue(store, "X-1", anouk, minutes=45)  # room for three evaluations
    page = make_page(qtbot, store)
    page.identity.setCurrentIndex(page.identity.findData(anouk.id))
    panel = page.proposals
    panel.view.selectRow(1)
    panel.accept_action.trigger()
    assert references(page, Block.LOPEND) == ["X-1", "D-11"]
    accepted = items.list_items(store, MEETING)[-1]
    assert accepted.presenter == "Anouk de Vries"  # D-11's behandelaar
    assert accepted.type is ItemType.VRAAG
    assert accepted.question == "Evaluatie: doorgaan, afsluiten of verwijzen?"
    assert items.history(store, accepted.id)[0].by == "Anouk de Vries"
    assert page.selected_item().id == accepted.id
    assert proposal_refs(page) == ["D-10", "D-12"]
    assert panel.status.text() == "D-11 staat op de agenda."

    panel.question.setText("Evaluatie: hoe verder?")
    panel.accept_all_action.trigger()
    assert references(page, Block.LOPEND) == ["X-1", "D-11", "D-10", "D-12"]
    assert items.list_items(store, MEETING)[-1].question == "Evaluatie: hoe verder?"
    assert proposal_refs(page) == []
    assert panel.status.text() == "2 cliënten staan op de agenda."
    assert page.panels[Block.LOPEND].title.text() == \
        "Lopende behandelingen — 60 van 60 min gepland"


def test_enter_in_the_proposal_list_takes_the_selected_client(qtbot, store, team, due_clients):
    page = make_page(qtbot, store)
    page.set_proposals_visible(True)
    view = page.proposals.view
    view.selectRow(0)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    press(qtbot, view, Qt.Key.Key_Return)
    assert references(page, Block.LOPEND) == ["D-10"]


def test_a_missing_or_inactive_behandelaar_asks_for_a_presenter(qtbot, store, team,
                                                                 due_clients, monkeypatch):
    anouk, bram = team
    members.set_member_active(store, bram.id, False)  # behandelaar of D-10, D-12, ...
    page = make_page(qtbot, store)
    model = page.proposals.model
    assert model.index(0, ProposalTableModel.BEHANDELAAR).data() == "Bram Jansen (inactief)"
    asked = []

    def ask(store_, reference, behandelaar, default, parent=None):
        asked.append((reference, behandelaar))
        return None  # cancelled

    monkeypatch.setattr(PresenterDialog, "ask", ask)
    page.proposals.view.selectRow(0)
    page.proposals.accept_action.trigger()
    assert asked == [("D-10", "Bram Jansen")]
    assert items.list_items(store, MEETING) == []
    assert "Niets opgenomen" in page.proposals.status.text()

    monkeypatch.setattr(PresenterDialog, "ask",
                        lambda store_, reference, behandelaar, default, parent=None: anouk.id)
    page.proposals.accept_action.trigger()
    (item,) = items.list_items(store, MEETING)
    assert item.client_reference == "D-10" and item.presenter == "Anouk de Vries"


def test_the_presenter_dialog_offers_active_members(qtbot, store, team):
    anouk, bram = team
    members.set_member_active(store, bram.id, False)
    dialog = PresenterDialog(store, "D-1", None, anouk.id)
    qtbot.addWidget(dialog)
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == ["Anouk de Vries"]
    assert dialog.member_id() == anouk.id


def test_an_empty_question_for_a_vraag_is_refused_in_dutch(qtbot, store, team, due_clients,
                                                          errors):
    page = make_page(qtbot, store)
    page.proposals.question.setText("  ")
    page.proposals.accept_all_action.trigger()
    assert errors and "verplicht" in errors[0]
    assert items.list_items(store, MEETING) == []
    assert page.proposals.question.text() == "  "  # nothing typed is lost


def test_the_proposal_shows_beside_the_blocks_only_when_there_is_room(qtbot, store, team):
    narrow = make_page(qtbot, store)  # 1200 px wide: the blocks get the whole width
    assert not narrow.proposals.isVisible()
    narrow.proposals_button.click()  # the chair's choice is remembered
    assert narrow.proposals.isVisible()
    remembered = AgendaPage(store)
    qtbot.addWidget(remembered)
    remembered.resize(800, 600)
    remembered.show()
    assert remembered.proposals.isVisible()
    remembered.proposals_button.click()
    assert not remembered.proposals.isVisible()
    paths.settings().remove(PROPOSALS_KEY)
    first_time = AgendaPage(store)
    qtbot.addWidget(first_time)
    first_time.resize(1700, 900)
    first_time.show()
    assert first_time.proposals.isVisible()
