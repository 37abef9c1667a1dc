# ruff: noqa: F811  (the fixtures imported from test_meeting_chair)
"""The decision form's actions (rule 13, docs/rules.md) and "Besproken met cliënt"
(rule 14), by keyboard only: Alt+C adds a row with the cursor in its what, Tab goes what
→ who → by when, Alt+Delete removes the row; empty rows are left out; the domain's
problems show under their row and nothing is recorded; a hamerstuk and a correction
carry them too."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.follow_up_team import WEEK1, Team, action, doorgaan, make_team
from tests.test_follow_up_form import key, save_by_key, second_meeting
from tests.test_meeting_chair import (  # noqa: F401 (fixtures)
    closing_asked,
    no_unanswered_dialogs,
    open_form,
)
from ui.kit import widgets
from ui.kit.actions_box import ActionRow
from ui.kit.decision_form import DecisionForm
from vergadering import actions, decisions, members
from vergadering.clock import FakeClock
from vergadering.follow_up import CarriedOut, DiscussedWithClient
from vergadering.items import DecisionKind, Item
from vergadering.settings import ItemType
from vergadering.store import Store

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NEXT_MDO = WEEK1 + dt.timedelta(days=7)  # the default: the next meeting (Tuesdays)


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    return make_team(store, clock)


def first_item(team: Team, item_type: ItemType = ItemType.VRAAG,
               proposed: DecisionKind | None = None) -> Item:
    """A client's first item (no follow-up due), under discussion on WEEK1."""
    item = team.queue(team.client(), WEEK1, item_type, proposed)
    team.start(WEEK1)
    team.discuss(item.id)
    return item


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def add_action(qtbot, form: DecisionForm, what: str) -> ActionRow:  # type: ignore[no-untyped-def]
    """Alt+C, then the what typed where the cursor went."""
    before = len(form.actions_box.rows)
    key(qtbot, Qt.Key.Key_C, ALT)  # Qt presses the button with a short animation
    qtbot.waitUntil(lambda: len(form.actions_box.rows) == before + 1)
    row = form.actions_box.rows[-1]
    assert row.what_edit.hasFocus()
    type_text(qtbot, what)
    return row


def type_date(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """In the date field that has the cursor: replace what it holds."""
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, text)


def doorgaan_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Wekelijks gesprek")


def test_two_actions_are_recorded_with_their_owner_and_date(
        qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = first_item(team)
    form = open_form(qtbot, store, item)
    assert form.actions_box.rows == []  # one line with the add button, no empty rows
    doorgaan_typed(qtbot)
    row = add_action(qtbot, form, "Huisarts bellen over de medicatie")
    # The presenter and the next meeting are offered.
    assert row.owner_id() == team.anna and row.due_field.date() == NEXT_MDO
    key(qtbot, Qt.Key.Key_Tab)
    assert row.owner_combo.hasFocus()
    type_text(qtbot, "Bram")  # a list: the first letters choose
    key(qtbot, Qt.Key.Key_Tab)
    assert row.due_field.hasFocus()
    type_date(qtbot, "15-12-2026")
    assert row.weekday.text() == "dinsdag"  # a check on what was typed
    add_action(qtbot, form, "Verslag naar de POH sturen")
    save_by_key(qtbot)
    decision = form.decision
    assert decision is not None
    made = actions.for_decision(store, decision.id)
    assert [(a.what, a.owner_id, a.due) for a in made] == [
        ("Verslag naar de POH sturen", team.anna, NEXT_MDO),
        ("Huisarts bellen over de medicatie", team.bram, dt.date(2026, 12, 15))]
    assert decision.discussed_with_client is None  # not answered: allowed


def test_typing_straight_after_an_alt_letter_lands_in_its_field(
        qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    """Qt presses a button for its Alt+letter only after a short animation; a chair who
    types at once must not lose the first letters nor type them into the koers."""
    item = first_item(team)
    form = open_form(qtbot, store, item)
    doorgaan_typed(qtbot)
    key(qtbot, Qt.Key.Key_C, ALT)  # no waiting: the next keys follow at once
    type_text(qtbot, "Huisarts bellen")
    key(qtbot, Qt.Key.Key_C, ALT)
    type_text(qtbot, "Zus uitnodigen")
    key(qtbot, Qt.Key.Key_J, ALT)  # besproken met cliënt: ja, also at once
    assert form.koers_edit.toPlainText() == "Wekelijks gesprek"
    assert [row.what_edit.text() for row in form.actions_box.rows] == [
        "Huisarts bellen", "Zus uitnodigen"]
    assert form.decision_input().discussed_with_client is DiscussedWithClient.YES


def test_a_row_with_nothing_typed_is_left_out(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = first_item(team)
    form = open_form(qtbot, store, item)
    doorgaan_typed(qtbot)
    add_action(qtbot, form, "")
    add_action(qtbot, form, "Afspraak met de POH maken")
    add_action(qtbot, form, "")  # one more, left empty
    save_by_key(qtbot)
    assert form.decision is not None
    assert [a.what for a in actions.for_decision(store, form.decision.id)] == [
        "Afspraak met de POH maken"]


@pytest.mark.parametrize("case", ["no owner", "past date", "too long", "not a date"])
def test_a_bad_row_shows_its_error_and_nothing_is_recorded(
        qtbot, store: Store, team: Team, case: str) -> None:  # type: ignore[no-untyped-def]
    item = first_item(team)
    if case == "no owner":  # the presenter left the team: nobody is offered
        members.set_member_active(store, team.anna, False)
    form = open_form(qtbot, store, item)
    doorgaan_typed(qtbot)
    good = add_action(qtbot, form, "Huisarts bellen")
    if case == "no owner":
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Bram")
    add_action(qtbot, form, "")  # empty: not counted, so the bad one is number 2
    what = "x" * (actions.WHAT_MAX + 1) if case == "too long" else "Brief sturen"
    bad = add_action(qtbot, form, what)
    if case in ("past date", "not a date"):
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Tab)
        assert bad.due_field.hasFocus(), QApplication.focusWidget()
        type_date(qtbot, "01-11-2026" if case == "past date" else "31-02-2027")
    save_by_key(qtbot)
    assert form.decision is None and form.isVisible()
    assert decisions.for_meeting(store, item.meeting_id or 0) == []
    assert actions.all_actions(store) == []
    expected, field = {
        "no owner": ("Eigenaar van de actie is verplicht", bad.owner_combo),
        "past date": ("ligt in het verleden", bad.due_field),
        "too long": ("te lang", bad.what_edit),
        "not a date": ("geen geldige datum", bad.due_field),
    }[case]
    assert bad.error.isVisible() and expected in bad.error.text(), (
        bad.error.text(), good.error.text(), form.general_error.text(), good.value(), bad.value())
    assert "actie 2" not in bad.error.text()  # under its row, no number needed
    assert not good.error.isVisible(), (good.error.text(), good.value())
    assert field.hasFocus()  # the first thing to fix
    assert "border" in field.styleSheet()  # marked
    assert bad.what_edit.text() == what and good.what_edit.text() == "Huisarts bellen"
    if case == "too long":  # fixed: the mark goes, and it is recorded
        bad.what_edit.setFocus()
        key(qtbot, Qt.Key.Key_Backspace)
        assert not bad.error.isVisible() and bad.what_edit.styleSheet() == ""
        save_by_key(qtbot)
        assert form.decision is not None
        assert len(actions.for_decision(store, form.decision.id)) == 2


def test_a_row_is_removed_by_alt_delete_or_its_button(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                      team: Team) -> None:
    item = first_item(team)
    form = open_form(qtbot, store, item)
    doorgaan_typed(qtbot)
    first = add_action(qtbot, form, "Eerste")
    second = add_action(qtbot, form, "Tweede")
    third = add_action(qtbot, form, "Derde")
    second.what_edit.setFocus()
    key(qtbot, Qt.Key.Key_Delete, ALT)
    assert form.actions_box.rows == [first, third]
    assert third.what_edit.hasFocus()  # the cursor goes to the next row
    for _ in range(6):  # what, who, date, three quick dates: then the remove button
        key(qtbot, Qt.Key.Key_Tab)
    assert third.remove_button.hasFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert form.actions_box.rows == [first]
    assert first.what_edit.hasFocus()
    save_by_key(qtbot)
    assert form.decision is not None
    assert [a.what for a in actions.for_decision(store, form.decision.id)] == ["Eerste"]


def test_no_more_rows_than_a_decision_may_have(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, first_item(team))
    for number in range(actions.MAX_PER_DECISION):
        add_action(qtbot, form, f"Actie {number + 1}")
    assert not form.actions_box.add_button.isEnabled()
    key(qtbot, Qt.Key.Key_C, ALT)
    qtbot.wait(150)  # the time Qt takes to press a button
    assert len(form.actions_box.rows) == actions.MAX_PER_DECISION


def test_digits_typed_in_an_action_stay_text(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = second_meeting(team)
    form = open_form(qtbot, store, item)
    box = form.follow_up_box
    assert box is not None
    key(qtbot, Qt.Key.Key_7)  # volledig (a window shortcut)
    doorgaan_typed(qtbot)
    row = add_action(qtbot, form, "Bel 1 2 3 en 7 8 9 om 12 uur")
    assert row.what_edit.text() == "Bel 1 2 3 en 7 8 9 om 12 uur"
    assert form.kind() is DecisionKind.DOORGAAN and box.carried_out() is CarriedOut.FULLY


def test_a_hamerstuk_with_an_action_and_discussed(qtbot, store: Store, team: Team,  # type: ignore[no-untyped-def]
                                                  closing_asked: list[str]) -> None:
    item = first_item(team, ItemType.MEDEDELING, DecisionKind.AFSLUITEN)
    form = open_form(qtbot, store, item, hamerstuk=True)
    key(qtbot, Qt.Key.Key_N, ALT)  # besproken met cliënt: nee
    qtbot.waitUntil(lambda: form.discussed() is DiscussedWithClient.NO)
    add_action(qtbot, form, "Afsluitbrief naar de huisarts")
    save_by_key(qtbot)
    decision = form.decision
    assert decision is not None and decision.kind is DecisionKind.AFSLUITEN
    assert decision.discussed_with_client is DiscussedWithClient.NO
    assert [a.what for a in actions.for_decision(store, decision.id)] == [
        "Afsluitbrief naar de huisarts"]


@pytest.mark.parametrize(("letter", "value"), [(Qt.Key.Key_J, DiscussedWithClient.YES),
                                               (Qt.Key.Key_L, DiscussedWithClient.LATER),
                                               (Qt.Key.Key_N, DiscussedWithClient.NO)])
def test_discussed_is_stored_and_a_correction_starts_from_it(
        qtbot, store: Store, team: Team, letter: Qt.Key,  # type: ignore[no-untyped-def]
        value: DiscussedWithClient) -> None:
    item = first_item(team)
    form = open_form(qtbot, store, item)
    doorgaan_typed(qtbot)
    key(qtbot, letter, ALT)
    qtbot.waitUntil(lambda: form.discussed() is value)
    save_by_key(qtbot)
    assert form.decision is not None
    assert decisions.get(store, form.decision.id).discussed_with_client is value
    correction = open_form(qtbot, store, item, corrects=form.decision)  # type: ignore[arg-type]
    assert correction.discussed() is value
    assert correction.discussed_buttons[value].isChecked()
    assert not correction.is_modified()


def test_a_correction_shows_the_old_actions_and_adds_one(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                         team: Team) -> None:
    item = first_item(team)
    old = decisions.record_decision(store, item.id, doorgaan(
        WEEK1, actions=(action("Huisarts bellen", team.bram, NEXT_MDO),)))
    form = open_form(qtbot, store, item, corrects=old)  # type: ignore[arg-type]
    kept = form.actions_box.kept
    assert kept is not None and kept.isVisible()
    assert "Huisarts bellen" in kept.text() and "Bram Bakker" in kept.text()
    assert form.actions_box.rows == [] and not form.is_modified()
    form.koers_edit.setFocus()
    add_action(qtbot, form, "Verslag sturen")
    save_by_key(qtbot)
    new = form.decision
    assert new is not None and new.corrects_id == old.id
    assert [a.what for a in actions.for_decision(store, new.id)] == ["Verslag sturen"]
    assert [a.what for a in actions.for_decision(store, old.id)] == ["Huisarts bellen"]


def test_esc_after_typing_an_action_asks(qtbot, store: Store, team: Team,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(widgets, "confirm",
                        lambda parent, title, text, accept: asked.append(title) or False)
    item = first_item(team)
    form = open_form(qtbot, store, item)
    add_action(qtbot, form, "")  # an empty row is nothing to lose
    assert not form.is_modified()
    type_text(qtbot, "Huisarts bellen")
    assert form.is_modified()
    key(qtbot, Qt.Key.Key_Escape)
    assert asked == ["Besluit niet vastleggen?"]
    assert form.isVisible()  # kept, with what was typed
    assert form.actions_box.rows[0].what_edit.text() == "Huisarts bellen"


def test_the_form_with_actions_fits_a_laptop(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = second_meeting(team)
    form = open_form(qtbot, store, item)
    key(qtbot, Qt.Key.Key_8)
    doorgaan_typed(qtbot)
    add_action(qtbot, form, "x" * (actions.WHAT_MAX + 1))
    add_action(qtbot, form, "Brief sturen")
    save_by_key(qtbot)
    assert form.decision is None
    screen = form.screen()
    assert screen is not None
    assert screen.availableGeometry().contains(form.frameGeometry())
    body = form.scroll.widget()
    assert body.minimumSizeHint().width() <= form.scroll.viewport().width()  # no sideways
    assert form.width() <= 1280
    # Every action field is whole in view when it has the cursor.
    focus = QApplication.focusWidget()
    assert focus is not None and not focus.visibleRegion().isEmpty()
