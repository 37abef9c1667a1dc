"""The inbrenger's form: queueing, editing and withdrawing an agenda item, the client
picker, and the conflict dialog when someone else saved the item meanwhile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import ui.agenda.item_dialog as item_dialog_module
from ui import common, identity
from ui.agenda.client_picker import ClientPicker
from ui.agenda.conflict_dialog import DIFFERENT, ConflictChoice, ConflictDialog
from ui.agenda.item_dialog import ItemDialog
from ui.kit import widgets
from ui.kit.client_dialog import ClientDialog
from vergadering import clients, demo, items, meetings, members, settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.items import Action, DecisionKind, ItemInput, ItemStatus
from vergadering.settings import Block, ItemType
from vergadering.store import StoreError, StoreProblem, open_store

LONG = "x" * 501


# -- data ------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def nobody_chose_ik_ben(store):
    """"Ik ben" is remembered per database path, and every in-memory store has the same
    one: start and end each test with nobody chosen."""
    identity.set_current_member(store, None)
    yield
    identity.set_current_member(store, None)


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Closing a dialog with typed text asks first (also when qtbot closes it after the
    test): answer "Weggooien" without showing a blocking message box."""
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)


@pytest.fixture
def team(store):
    """Two members and three clients; Anouk chose "Ik ben"."""
    anouk = members.add_member(store, "Anouk de Vries")
    bram = members.add_member(store, "Bram Jansen")
    clients.add_client(store, ClientInput("D-20001", anouk.id))
    clients.add_client(store, ClientInput("D-20002", bram.id))
    clients.add_client(store, ClientInput("J.K.", bram.id))
    identity.set_current_member(store, anouk.id)
    return anouk, bram


@pytest.fixture
def demo_store(store):
    """The fictional demo team with its caseload and next agenda."""
    demo.fill_demo(store)
    return store


def client(store, reference):
    found = clients.find_by_reference(store, reference)
    assert found is not None
    return found


def queue(store, reference, presenter, **changes):
    data = ItemInput(client(store, reference).id, presenter.id, ItemType.VRAAG, Block.LOPEND,
                     "Afsluiten of verwijzen?", "Stabiel sinds de zomer.")
    return items.queue_item(store, dataclasses.replace(data, **changes), by=presenter.id)


def shown_errors(monkeypatch):
    """The messages ui.common.run_operation shows (over the dialog), without blocking."""
    shown: list[str] = []
    monkeypatch.setattr(common, "show_error",
                        lambda parent, text, title=None: shown.append(text))
    return shown


def queued(store):
    return store.query("SELECT count(*) FROM item")[0][0]


def make_dialog(qtbot, store, item=None):
    dialog = ItemDialog(store, item)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog, reference="D-20001", item_type=ItemType.VRAAG, block=Block.LOPEND,
         question="Afsluiten of verwijzen?", state="Stabiel sinds de zomer."):
    store = dialog._store
    if reference:
        dialog.picker.set_client(client(store, reference))
    if item_type:
        dialog.type_buttons[item_type].setChecked(True)
    if block:
        dialog.block_buttons[block].setChecked(True)
    dialog.question_edit.setPlainText(question)
    dialog.state_edit.setPlainText(state)


def error(dialog, field):
    label = dialog.errors[field]
    return label.text() if label.isVisible() else ""


@pytest.fixture
def confirm_answers(monkeypatch):
    """Answers for the confirmation questions, in order; records the questions."""
    answers: list[bool] = []
    asked: list[str] = []

    def confirm(parent, title, text, accept_label):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(widgets, "confirm", confirm)
    return answers, asked


@pytest.fixture
def conflict_choices(monkeypatch):
    """Choices for ConflictDialog.ask, in order; records what it was shown."""
    choices: list[ConflictChoice] = []
    shown: list[dict] = []

    def ask(cls, store, current, mine, *, parent=None, withdrawing=False):
        dialog = ConflictDialog(store, current, mine, parent, withdrawing=withdrawing)
        shown.append({"current": current, "mine": mine, "dialog": dialog,
                      "message": dialog.message.text()})
        return choices.pop(0)

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))
    return choices, shown


# -- a new item: rule 1 -------------------------------------------------------------
def test_a_new_item_has_no_type_or_block_chosen_and_the_presenter_is_ik_ben(qtbot, store,
                                                                              team):
    anouk, _ = team
    dialog = make_dialog(qtbot, store)
    assert not any(b.isChecked() for b in dialog.type_buttons.values())
    assert not any(b.isChecked() for b in dialog.block_buttons.values())
    assert dialog.presenter_combo.currentData() == anouk.id
    assert dialog.type_buttons[ItemType.MEDEDELING].text() == (
        "&Mededeling: het team hoeft alleen in te stemmen")
    assert "één concrete vraag die beantwoord moet worden" in (
        dialog.type_buttons[ItemType.VRAAG].text())
    assert "het team moet er echt over praten" in dialog.type_buttons[ItemType.KWESTIE].text()
    assert dialog.heading.text() == (
        "Nieuw agendapunt voor de vergadering van dinsdag 24 november 2026")
    assert not dialog.withdraw_button.isVisible()


def test_without_ik_ben_nobody_is_preselected_as_presenter(qtbot, store, team):
    identity.set_current_member(store, None)
    dialog = make_dialog(qtbot, store)
    assert dialog.presenter_combo.currentIndex() == -1
    assert dialog.presenter_combo.currentData() is None


def test_saving_without_type_and_block_shows_both_and_writes_nothing(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog, item_type=None, block=None)
    assert dialog.save() is False
    assert dialog.isVisible()
    assert "Kies de soort: mededeling, vraag of kwestie" in error(dialog, "type")
    assert "Kies het blok: acuut of lopend" in error(dialog, "block")
    assert queued(store) == 0
    assert dialog.focusWidget() is dialog.type_buttons[ItemType.MEDEDELING]  # the first bad field
    assert dialog.question_edit.toPlainText() == "Afsluiten of verwijzen?"  # nothing lost


def test_an_empty_form_names_every_missing_field_and_focuses_the_first(qtbot, store, team):
    identity.set_current_member(store, None)
    dialog = make_dialog(qtbot, store)
    dialog.save()
    for field in ("client", "presenter", "type", "block"):
        assert error(dialog, field), field
    assert not error(dialog, "question")  # only required once vraag or kwestie is chosen
    assert dialog.focusWidget() is dialog.picker.edit
    assert queued(store) == 0
    dialog.type_buttons[ItemType.VRAAG].setChecked(True)  # fixing it removes the message
    assert not error(dialog, "type")


def test_a_vraag_needs_a_question_a_mededeling_does_not(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog, question="   ")
    assert "verplicht" in dialog.question_label.text()
    assert dialog.save() is False
    assert "Bij een vraag hoort een vraag aan het team" in error(dialog, "question")
    assert dialog.focusWidget() is dialog.question_edit
    assert queued(store) == 0

    dialog.type_buttons[ItemType.MEDEDELING].setChecked(True)
    assert "verplicht" not in dialog.question_label.text()
    assert dialog.save() is True
    saved = dialog.result_item
    assert saved.type is ItemType.MEDEDELING and saved.question == ""
    assert saved.process_state == "Stabiel sinds de zomer."
    assert saved.client_reference == "D-20001" and saved.presenter == "Anouk de Vries"


def test_a_kwestie_needs_a_question_too(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog, item_type=ItemType.KWESTIE, question="")
    assert dialog.save() is False
    assert "Bij een kwestie hoort een vraag" in error(dialog, "question")


def test_a_saved_item_is_queued_for_the_next_meeting_by_ik_ben(qtbot, store, team):
    anouk, bram = team
    dialog = make_dialog(qtbot, store)
    fill(dialog, reference="J.K.", block=Block.ACUUT)
    dialog.presenter_combo.setCurrentIndex(dialog.presenter_combo.findData(bram.id))
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData(DecisionKind.VERWIJZEN))
    assert dialog.save() is True
    saved = items.get(store, dialog.result_item.id)
    assert (saved.presenter, saved.block, saved.minutes) == ("Bram Jansen", Block.ACUUT, 5)
    assert saved.proposed_decision is DecisionKind.VERWIJZEN
    assert str(saved.meeting_date) == "2026-11-24"
    assert saved.updated_by == "Anouk de Vries"  # who queued it: "Ik ben", not the presenter


def test_without_ik_ben_the_presenter_is_recorded_as_author(qtbot, store, team):
    _, bram = team
    identity.set_current_member(store, None)
    dialog = make_dialog(qtbot, store)
    fill(dialog)
    dialog.presenter_combo.setCurrentIndex(dialog.presenter_combo.findData(bram.id))
    assert dialog.save() is True
    assert items.get(store, dialog.result_item.id).updated_by == "Bram Jansen"


# -- minutes and counters -------------------------------------------------------------
def test_minutes_follow_the_type_until_changed_by_hand(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    assert dialog.minutes_spin.text() == "–"  # nothing to follow yet
    dialog.type_buttons[ItemType.MEDEDELING].setChecked(True)
    assert dialog.minutes_spin.value() == 2
    dialog.type_buttons[ItemType.KWESTIE].setChecked(True)
    assert dialog.minutes_spin.value() == 10
    assert dialog.minutes_hint.text() == "teamstandaard voor een kwestie: 10 min"
    dialog.minutes_spin.setFocus()
    qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Up)  # by hand
    assert dialog.minutes_spin.value() == 11
    dialog.type_buttons[ItemType.VRAAG].setChecked(True)
    assert dialog.minutes_spin.value() == 11  # kept
    assert dialog.minutes_hint.text() == "teamstandaard voor een vraag: 5 min"
    fill(dialog, item_type=None)
    dialog.save()
    assert dialog.result_item.minutes == 11


def test_an_edited_item_with_its_default_minutes_still_follows_the_type(qtbot, store, team):
    anouk, _ = team
    item = queue(store, "D-20001", anouk)  # a vraag with the default 5 minutes
    dialog = make_dialog(qtbot, store, item)
    dialog.type_buttons[ItemType.KWESTIE].setChecked(True)
    assert dialog.minutes_spin.value() == 10
    other = queue(store, "D-20002", anouk, minutes=7)
    dialog = make_dialog(qtbot, store, other)
    dialog.type_buttons[ItemType.KWESTIE].setChecked(True)
    assert dialog.minutes_spin.value() == 7


def test_the_process_state_counts_up_to_500_and_a_longer_text_is_refused_not_cut(qtbot, store,
                                                                               team):
    dialog = make_dialog(qtbot, store)
    assert dialog.counter_text("process_state") == "0 / 500"
    assert "niet wat er allemaal gebeurd is" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.heading)))
    fill(dialog, state="a" * 123)
    assert dialog.counter_text("process_state") == "123 / 500"
    dialog.state_edit.setPlainText("b" * 500)
    assert dialog.counter_text("process_state") == "500 / 500"
    dialog.state_edit.setPlainText("c" * 520)  # as if pasted
    assert dialog.counter_text("process_state") == "520 / 500: 20 tekens te veel"
    assert dialog.state_edit.toPlainText() == "c" * 520  # never silently cut
    assert dialog.save() is False
    assert "te lang (520 tekens)" in error(dialog, "process_state")
    assert dialog.focusWidget() is dialog.state_edit
    assert queued(store) == 0
    dialog.state_edit.setPlainText("c" * 500)
    assert not error(dialog, "process_state")
    assert dialog.save() is True


def test_the_question_counts_up_to_300(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog, question="q" * 301)
    # One character too many is "1 teken", not "1 tekens" (the plural was built by hand).
    assert dialog.counter_text("question") == "301 / 300: 1 teken te veel"
    fill(dialog, question="q" * 302)
    assert dialog.counter_text("question") == "302 / 300: 2 tekens te veel"
    fill(dialog, question="q" * 301)
    assert dialog.save() is False
    assert "hoogstens 300 tekens" in error(dialog, "question")


def test_typing_in_the_process_state_updates_the_counter(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    dialog.state_edit.setFocus()
    qtbot.keyClicks(dialog.state_edit, "Stabiel")
    assert dialog.counter_text("process_state") == "7 / 500"


# -- the client picker ------------------------------------------------------------------
def test_the_client_is_found_as_you_type_and_picked_with_the_keyboard(qtbot, demo_store):
    dialog = make_dialog(qtbot, demo_store)
    picker = dialog.picker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "d-1")
    assert picker.popup_open()
    rows = picker.rows()
    expected = clients.search(demo_store, "d-1")
    assert rows[0] == f"{expected[0].reference} | {expected[0].behandelaar}"
    assert rows[-1] == "Nieuwe cliënt 'd-1' toevoegen…"
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.client() == expected[1]
    assert not picker.popup_open()
    assert picker.edit.text() == expected[1].reference
    assert picker.info.text() == f"behandelaar: {expected[1].behandelaar}"
    assert dialog.isVisible()  # Enter picked; it did not save the dialog


def test_search_also_finds_by_behandelaar_and_escape_closes_the_list_only(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    picker = dialog.picker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "bram")
    assert picker.rows() == ["D-20002 | Bram Jansen", "J.K. | Bram Jansen",
                             "Nieuwe cliënt 'bram' toevoegen…"]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert not picker.popup_open()
    assert dialog.isVisible()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Up)  # the list comes back
    assert picker.popup_open()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.client().reference == "D-20002"


def test_changing_the_text_after_picking_drops_the_pick(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    dialog.picker.set_client(client(store, "J.K."))
    dialog.picker.edit.setFocus()
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Backspace)
    assert dialog.picker.client() is None
    assert dialog.picker.info.text() == ""


def test_a_typed_reference_that_exists_is_picked_on_save(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog, reference=None)
    dialog.picker.set_text("j.k.")
    assert dialog.save() is True
    assert dialog.result_item.client_reference == "J.K."


def test_a_typed_reference_that_does_not_exist_says_to_pick_or_add_it(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog, reference=None)
    dialog.picker.set_text("Q-404")
    assert dialog.save() is False
    assert "Cliënt 'Q-404' is niet gekozen uit de lijst" in error(dialog, "client")
    assert dialog.focusWidget() is dialog.picker.edit
    assert queued(store) == 0


def test_an_unknown_client_is_added_on_the_spot(qtbot, store, team, monkeypatch):
    asked = []

    def ask(store_, client=None, parent=None, *, reference=""):
        asked.append(reference)
        return clients.add_client(store_, ClientInput(reference))

    monkeypatch.setattr(ClientDialog, "ask", ask)
    dialog = make_dialog(qtbot, store)
    picker = dialog.picker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "X-999")
    assert picker.rows() == ["Geen cliënt gevonden met 'X-999'.",
                             "Nieuwe cliënt 'X-999' toevoegen…"]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # the offer is the current row
    assert asked == ["X-999"]
    assert picker.client().reference == "X-999"
    assert picker.info.text() == "geen behandelaar"
    fill(dialog, reference=None)
    assert dialog.save() is True
    assert dialog.result_item.client_reference == "X-999"


def test_cancelling_the_new_client_keeps_what_was_typed(qtbot, store, team, monkeypatch):
    monkeypatch.setattr(ClientDialog, "ask", lambda *a, **k: None)
    dialog = make_dialog(qtbot, store)
    dialog.picker.edit.setFocus()
    qtbot.keyClicks(dialog.picker.edit, "X-999")
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert dialog.picker.client() is None
    assert dialog.picker.text() == "X-999"


def test_the_client_dialog_takes_a_prefilled_reference(qtbot, store):
    dialog = ClientDialog(store, reference="X-999")
    qtbot.addWidget(dialog)
    assert dialog.reference_edit.text() == "X-999"
    assert ClientDialog(store).reference_edit.text() == ""


def test_an_inactive_client_is_explained_not_offered_as_new(qtbot, store, team):
    clients.set_client_active(store, client(store, "J.K.").id, False)
    picker = ClientPicker(store)
    qtbot.addWidget(picker)
    picker.show()
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "J.K.")
    assert picker.rows() == ["J.K. is inactief: maak de cliënt eerst weer actief onder Team."]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.client() is None


# -- keyboard and closing -------------------------------------------------------------------
def test_ctrl_enter_saves_from_a_text_field(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.state_edit.setFocus()
    qtbot.keyClick(dialog.state_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_item is not None
    assert not dialog.isVisible()


def test_tab_leaves_a_text_field_instead_of_typing_a_tab(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    dialog.question_edit.setFocus()
    qtbot.keyClick(dialog.question_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.state_edit
    assert dialog.question_edit.toPlainText() == ""


def test_escape_closes_an_untouched_form_without_asking(qtbot, store, team, confirm_answers):
    dialog = make_dialog(qtbot, store)
    dialog.reject()
    assert not dialog.isVisible()
    assert confirm_answers[1] == []


def test_escape_asks_before_throwing_away_what_was_typed(qtbot, store, team, confirm_answers):
    answers, asked = confirm_answers
    dialog = make_dialog(qtbot, store)
    dialog.state_edit.setPlainText("Stabiel")
    answers.append(False)
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1
    assert dialog.state_edit.toPlainText() == "Stabiel"
    answers.append(True)
    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.result_item is None


def test_ask_returns_the_saved_item_or_none(qtbot, store, team, monkeypatch):
    monkeypatch.setattr(ItemDialog, "exec", lambda self: fill(self) or self.save())
    saved = ItemDialog.ask(store)
    assert saved is not None and saved.client_reference == "D-20001"
    monkeypatch.setattr(ItemDialog, "exec", lambda self: self.reject())
    assert ItemDialog.ask(store, item=saved) is None


def test_a_locked_database_keeps_the_dialog_open_with_everything_typed(qtbot, store, team,
                                                                      monkeypatch):
    def locked(*args, **kwargs):
        raise StoreError(StoreProblem.LOCKED, "/gedeeld/team.db")

    monkeypatch.setattr(item_dialog_module.items, "queue_item", locked)
    monkeypatch.setattr(common, "BUSY_GIVE_UP_S", 0)  # the file stays busy: said at once
    shown = shown_errors(monkeypatch)
    dialog = make_dialog(qtbot, store)
    fill(dialog)
    assert dialog.save() is False
    assert dialog.isVisible()
    assert len(shown) == 1 and "bezet door een ander programma of een collega" in shown[0]
    assert dialog.question_edit.toPlainText() == "Afsluiten of verwijzen?"


def test_queueing_waits_for_a_colleague_saving_without_freezing(qtbot, tmp_path,
                                                                monkeypatch):
    """The team file is held by another computer for ~600 ms: "Opslaan" waits (the window
    keeps running) and then queues the item; nothing is shown as an error."""
    shown = shown_errors(monkeypatch)
    team_file = open_store(tmp_path / "team.db", FakeClock(dt.datetime(2026, 11, 23, 9, 0)),
                           create=True)
    other = sqlite3.connect(team_file.path, isolation_level=None)
    try:
        anouk = members.add_member(team_file, "Anouk de Vries")
        clients.add_client(team_file, ClientInput("D-20001", anouk.id))
        dialog = make_dialog(qtbot, team_file)
        fill(dialog)
        dialog.presenter_combo.setCurrentIndex(dialog.presenter_combo.findData(anouk.id))
        other.execute("BEGIN IMMEDIATE")  # a colleague's save
        ticks: list[int] = []
        ticker = QTimer()
        ticker.timeout.connect(lambda: ticks.append(1))
        ticker.start(50)
        QTimer.singleShot(600, other.rollback)
        try:
            assert dialog.save() is True
        finally:
            ticker.stop()
        assert shown == []
        assert len(ticks) >= 5  # the event loop ran while waiting
        assert dialog.result_item is not None and not dialog.isVisible()
        assert [i.client_reference for i in items.list_items(
            team_file, dialog.result_item.meeting_date)] == ["D-20001"]
    finally:
        if other.in_transaction:
            other.rollback()
        other.close()
        team_file.close()


def test_a_read_only_database_cannot_be_saved_to(qtbot, store, team):
    store.read_only = True
    dialog = make_dialog(qtbot, store)
    assert not dialog.save_button.isEnabled()
    assert "alleen-lezen" in dialog.general_error.text()
    store.read_only = False


# -- editing -------------------------------------------------------------------------------
def test_edit_shows_the_item_and_who_changed_it_last(qtbot, store, team, clock):
    anouk, _ = team
    item = queue(store, "D-20001", anouk, proposed_decision=DecisionKind.AFSLUITEN)
    dialog = make_dialog(qtbot, store, item)
    assert dialog.windowTitle() == "Agendapunt bewerken"
    assert dialog.changed_label.text() == "Laatst gewijzigd door Anouk de Vries op 23-11-2026 09:00"
    assert dialog.picker.client().reference == "D-20001"
    assert dialog.type_buttons[ItemType.VRAAG].isChecked()
    assert dialog.block_buttons[Block.LOPEND].isChecked()
    assert dialog.question_edit.toPlainText() == "Afsluiten of verwijzen?"
    assert dialog.decision_combo.currentData() is DecisionKind.AFSLUITEN
    assert dialog.withdraw_button.isVisible()
    assert not dialog.is_modified()

    clock.advance(hours=1)
    dialog.question_edit.setPlainText("Afsluiten?")
    assert dialog.save() is True
    saved = items.get(store, item.id)
    assert (saved.question, saved.version) == ("Afsluiten?", 2)
    assert items.history(store, item.id)[-1].details == {
        "question": ["Afsluiten of verwijzen?", "Afsluiten?"]}


def test_editing_a_demo_item_keeps_an_inactive_presenter_visible(qtbot, demo_store):
    date = meetings.upcoming_date(demo_store, settings.load(demo_store))
    item = items.list_items(demo_store, date)[0]
    members.set_member_active(demo_store, item.presenter_id, False)
    dialog = make_dialog(qtbot, demo_store, item)
    assert dialog.presenter_combo.currentText() == f"{item.presenter} (inactief)"
    assert dialog.save() is False
    assert f"'{item.presenter}' is inactief" in error(dialog, "presenter")
    assert dialog.focusWidget() is dialog.presenter_combo


def test_a_changed_item_is_not_overwritten_and_going_back_keeps_my_text(
        qtbot, store, team, conflict_choices):
    anouk, bram = team
    choices, shown = conflict_choices
    item = queue(store, "D-20001", anouk)
    dialog = make_dialog(qtbot, store, item)
    dialog.question_edit.setPlainText("Mijn vraag")
    theirs = items.update_item(store, item.id, dataclasses.replace(
        item.as_input(), question="Hun vraag", minutes=9), by=bram.id,
        expected_version=item.version)

    choices.append(ConflictChoice.KEEP_EDITING)
    assert dialog.save() is False
    assert shown[0]["message"] == ("Bram Jansen heeft dit agendapunt gewijzigd terwijl u het "
                                   "bewerkte. Er is niets overschreven.")
    assert shown[0]["current"] == theirs
    assert items.get(store, item.id) == theirs  # nothing overwritten
    assert dialog.isVisible()
    assert dialog.question_edit.toPlainText() == "Mijn vraag"  # nothing lost
    assert "Bram Jansen" in dialog.changed_label.text()

    # The next save compares against their version, so it goes through.
    assert dialog.save() is True
    saved = items.get(store, item.id)
    assert (saved.question, saved.version) == ("Mijn vraag", 3)
    assert saved.minutes == 5  # the form's value: the user saw theirs and saved anyway


def test_choosing_my_version_saves_it(qtbot, store, team, conflict_choices):
    anouk, bram = team
    choices, _ = conflict_choices
    item = queue(store, "D-20001", anouk)
    dialog = make_dialog(qtbot, store, item)
    dialog.question_edit.setPlainText("Mijn vraag")
    items.update_item(store, item.id, dataclasses.replace(item.as_input(), question="Hun"),
                      by=bram.id, expected_version=item.version)
    choices.append(ConflictChoice.SAVE_MINE)
    assert dialog.save() is True
    saved = items.get(store, item.id)
    assert (saved.question, saved.version, saved.updated_by) == ("Mijn vraag", 3,
                                                                 "Anouk de Vries")
    assert dialog.result_item == saved


def test_taking_their_version_reloads_the_form_and_keeps_mine_visible(
        qtbot, store, team, conflict_choices):
    anouk, bram = team
    choices, _ = conflict_choices
    item = queue(store, "D-20001", anouk)
    dialog = make_dialog(qtbot, store, item)
    dialog.question_edit.setPlainText("Mijn vraag")
    dialog.state_edit.setPlainText("Mijn stand")
    theirs = items.update_item(store, item.id, dataclasses.replace(
        item.as_input(), question="Hun vraag", type=ItemType.KWESTIE, minutes=12),
        by=bram.id, expected_version=item.version)
    choices.append(ConflictChoice.TAKE_THEIRS)
    assert dialog.save() is False
    assert items.get(store, item.id) == theirs
    assert dialog.question_edit.toPlainText() == "Hun vraag"
    assert dialog.type_buttons[ItemType.KWESTIE].isChecked()
    assert dialog.minutes_spin.value() == 12
    assert not dialog.is_modified()
    mine = dialog.mine_window
    assert mine is not None and mine.isVisible() and not mine.isModal()
    assert mine.mine_texts["question"] == "Mijn vraag"
    assert mine.mine_texts["process_state"] == "Mijn stand"
    mine.copy_mine()
    assert "Mijn stand" in QApplication.clipboard().text()

    dialog.state_edit.setPlainText("Samengevoegd")  # editing goes on from their version
    assert dialog.save() is True
    assert items.get(store, item.id).version == 3


def test_the_conflict_dialog_marks_the_fields_that_differ_not_only_by_colour(
        qtbot, store, team):
    anouk, bram = team
    item = queue(store, "D-20001", anouk)
    theirs = items.update_item(store, item.id, dataclasses.replace(
        item.as_input(), question="Hun vraag", presenter_id=bram.id), by=bram.id,
        expected_version=item.version)
    mine = dataclasses.replace(item.as_input(), question="Mijn vraag")
    dialog = ConflictDialog(store, theirs, mine)
    qtbot.addWidget(dialog)
    assert dialog.differing == ["presenter", "question"]
    mark, their_cell, my_cell = dialog.cells["question"]
    assert mark.text() == DIFFERENT
    assert (their_cell.text(), my_cell.text()) == ("Hun vraag", "Mijn vraag")
    assert "font-weight: 700" in my_cell.styleSheet()
    assert dialog.cells["presenter"][1].text() == "Bram Jansen"
    assert dialog.cells["presenter"][2].text() == "Anouk de Vries"
    assert dialog.cells["block"][0].text() == ""
    assert my_cell.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Inbrenger, Vraag aan het team" in dialog.explanation.text()

    dialog.take_theirs_button.click()
    assert dialog.choice is ConflictChoice.TAKE_THEIRS
    dialog = ConflictDialog(store, theirs, mine)
    qtbot.addWidget(dialog)
    dialog.save_mine_button.click()
    assert dialog.choice is ConflictChoice.SAVE_MINE
    dialog = ConflictDialog(store, theirs, mine)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is ConflictChoice.KEEP_EDITING


def test_an_item_withdrawn_meanwhile_cannot_be_saved_over(qtbot, store, team,
                                                         conflict_choices):
    anouk, bram = team
    choices, shown = conflict_choices
    item = queue(store, "D-20001", anouk)
    dialog = make_dialog(qtbot, store, item)
    dialog.question_edit.setPlainText("Mijn vraag")
    items.withdraw_item(store, item.id, by=bram.id)
    choices.append(ConflictChoice.KEEP_EDITING)
    assert dialog.save() is False
    assert "heeft dit agendapunt ingetrokken" in shown[0]["message"]
    assert shown[0]["dialog"].save_mine_button is None
    assert "ingetrokken of al besproken" in dialog.general_error.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.question_edit.toPlainText() == "Mijn vraag"


# -- withdrawing ------------------------------------------------------------------------------
def test_withdraw_after_confirmation(qtbot, store, team, confirm_answers):
    anouk, _ = team
    answers, asked = confirm_answers
    item = queue(store, "D-20001", anouk)
    dialog = make_dialog(qtbot, store, item)
    answers.append(False)
    assert dialog.withdraw() is False
    assert items.get(store, item.id).status is ItemStatus.QUEUED
    assert "D-20001" in asked[0] and "dinsdag 24 november 2026" in asked[0]

    answers.append(True)
    assert dialog.withdraw() is True
    withdrawn = items.get(store, item.id)
    assert withdrawn.status is ItemStatus.WITHDRAWN
    assert dialog.result_item == withdrawn
    change = items.history(store, item.id)[-1]
    assert (change.action, change.by) == (Action.WITHDRAWN, "Anouk de Vries")


def test_withdrawing_an_item_changed_meanwhile_asks_again(qtbot, store, team, confirm_answers,
                                                         conflict_choices):
    anouk, bram = team
    answers, _ = confirm_answers
    choices, shown = conflict_choices
    item = queue(store, "D-20001", anouk)
    dialog = make_dialog(qtbot, store, item)
    items.update_item(store, item.id, dataclasses.replace(item.as_input(), question="Hun"),
                      by=bram.id, expected_version=item.version)
    answers.append(True)
    choices.append(ConflictChoice.KEEP_EDITING)
    assert dialog.withdraw() is False
    assert "Er is niets ingetrokken" in shown[0]["message"]
    assert shown[0]["dialog"].save_mine_button.text() == "Toch &intrekken"
    assert items.get(store, item.id).status is ItemStatus.QUEUED

    answers.append(True)
    choices.append(ConflictChoice.SAVE_MINE)
    items.update_item(store, item.id, dataclasses.replace(item.as_input(), question="Weer"),
                      by=bram.id, expected_version=2)
    assert dialog.withdraw() is True  # "Toch intrekken" withdraws without asking again
    assert items.get(store, item.id).status is ItemStatus.WITHDRAWN


def test_a_full_disk_keeps_the_dialog_open_with_everything_typed(qtbot, store, team,
                                                                monkeypatch):
    """A real SQLITE_FULL (the page limit stands in for the disk): nothing saved, nothing
    typed lost, and a Dutch message that says what to do."""
    shown = shown_errors(monkeypatch)
    dialog = make_dialog(qtbot, store)
    fill(dialog)
    dialog.state_edit.setPlainText("Stand: " + "lang verhaal " * 35)
    typed = dialog.state_edit.toPlainText()
    store.conn.execute(f"PRAGMA max_page_count = {store.query('PRAGMA page_count')[0][0]}")
    with pytest.raises(StoreError) as full:  # colleagues' items fill the last free room
        while True:
            items.queue_item(store, dataclasses.replace(dialog.item_input(), question="x"),
                             by=None)
    assert full.value.problem is StoreProblem.DISK_FULL
    try:
        assert dialog.save() is False
    finally:
        store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert dialog.isVisible()
    assert len(shown) == 1 and "vol" in shown[0]
    assert dialog.state_edit.toPlainText() == typed
    assert dialog.save()  # room again: the same input is saved


def test_a_reference_with_percent_markers_is_shown_as_typed(qtbot, store, team,
                                                            confirm_answers):
    """A reference such as "X-%2" is a value, not a template: the messages fill in every
    marker in one pass, so the meeting date never lands inside the reference."""
    anouk, _ = team
    answers, asked = confirm_answers
    clients.add_client(store, ClientInput("X-%2", anouk.id))
    item = queue(store, "X-%2", anouk)
    dialog = make_dialog(qtbot, store, item)
    answers.append(False)
    assert dialog.withdraw() is False
    assert asked[0].startswith("Het agendapunt over X-%2 gaat van de agenda van dinsdag 24 "
                               "november 2026.")


def test_a_typed_reference_with_a_percent_marker_is_named_as_typed(qtbot, store, team):
    dialog = make_dialog(qtbot, store)
    fill(dialog, reference=None)
    dialog.picker.set_text("Y-%1 nieuw")
    assert dialog.save() is False
    assert ("Cliënt 'Y-%1 nieuw' is niet gekozen uit de lijst" in error(dialog, "client"))
    assert "voeg 'Y-%1 nieuw' toe als nieuwe cliënt" in error(dialog, "client")
