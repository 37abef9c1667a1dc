# ruff: noqa: F811  (the fixtures imported from test_meeting_chair)
"""The decision form's "Vorig besluit" box (rule 12): the previous decision,
how it was carried out (7 volledig, 8 deels, 9 niet) and why not, by keyboard; the same
for a hamerstuk and a correction; nothing extra for a first decision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.follow_up_team import WEEK1, WEEK2, Team, doorgaan, make_team, verwijzen
from tests.test_meeting_chair import (  # noqa: F401 (fixtures)
    closing_asked,
    current_id,
    make_page,
    no_unanswered_dialogs,
    open_form,
    press,
    silent_bell,
)
from ui.kit.decision_form import DecisionForm
from vergadering import decisions
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.follow_up import CarriedOut, FollowUpInput, FollowUpReason
from vergadering.items import DecisionKind, Item
from vergadering.settings import ItemType
from vergadering.store import Store

KOERS = "Wekelijks gesprek, daarna afbouwen"


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    return make_team(store, clock)


def second_meeting(team: Team, item_type: ItemType = ItemType.VRAAG,
                   proposed: DecisionKind | None = None,
                   first: DecisionInput | None = None) -> Item:
    """A client decided about on WEEK1 (doorgaan, by default), now on WEEK2's agenda and
    under discussion."""
    client = team.client()
    team.meeting(WEEK1, (client, first or doorgaan(koers=KOERS)))
    item = team.queue(client, WEEK2, item_type, proposed)
    team.start(WEEK2)
    team.discuss(item.id)
    return item


def key(qtbot, key: Qt.Key,  # type: ignore[no-untyped-def]
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as a user's keyboard does."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def save_by_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def decided_today(store: Store, item: Item) -> list[decisions.Decision]:
    assert item.meeting_id is not None
    return decisions.for_meeting(store, item.meeting_id)


def test_the_form_shows_the_previous_decision_and_records_volledig_by_keyboard(
        qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = second_meeting(team)
    form = open_form(qtbot, store, item)
    box = form.follow_up_box
    assert box is not None and box.isVisible()
    text = box.summary.text()
    assert "dinsdag 24 november 2026" in text and "doorgaan" in text
    assert f"koers: {KOERS}" in text and "geformuleerd door Anna de Vries" in text
    # The box comes first: the focus is on it, and 7 is "volledig".
    assert box.carried_buttons[CarriedOut.FULLY].hasFocus()
    assert not box.reason_row.isVisible()
    key(qtbot, Qt.Key.Key_7)
    assert box.carried_out() is CarriedOut.FULLY
    assert not box.reason_row.isVisible()  # no reason for a decision carried out fully
    key(qtbot, Qt.Key.Key_1)
    assert form.kind() is DecisionKind.DOORGAAN and form.koers_edit.hasFocus()
    qtbot.keyClicks(form.koers_edit, "Zo door")
    save_by_key(qtbot)
    decision = form.decision
    assert decision is not None
    assert decision.carried_out is CarriedOut.FULLY and decision.follow_up_reason is None
    assert decision.follows_up_id == box.previous.id
    assert box.previous.decided_on == WEEK1


def test_deels_without_a_reason_shows_the_error_and_records_nothing(
        qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = second_meeting(team)
    form = open_form(qtbot, store, item)
    box = form.follow_up_box
    assert box is not None
    key(qtbot, Qt.Key.Key_8)
    assert box.carried_out() is CarriedOut.PARTLY
    assert box.reason_row.isVisible() and box.reason_combo.hasFocus()
    assert not box.text_row.isVisible()  # only for "anders"
    key(qtbot, Qt.Key.Key_1)  # the list leaves the digits to the form
    assert form.koers_edit.hasFocus()
    qtbot.keyClicks(form.koers_edit, "Zo door")
    save_by_key(qtbot)
    assert form.decision is None and form.isVisible()
    assert box.reason_error.isVisible() and "Reden" in box.reason_error.text()
    assert box.reason_combo.hasFocus()  # the first field to fix
    assert "border" in box.reason_combo.styleSheet()  # marked, as a text field is
    assert decided_today(store, item) == []
    # A reason chosen by keyboard: the list takes the arrow keys.
    key(qtbot, Qt.Key.Key_Down)
    assert box.reason() is FollowUpReason.CLIENT_WANTED_OTHERWISE
    assert not box.reason_error.isVisible() and box.reason_combo.styleSheet() == ""
    save_by_key(qtbot)
    decision = form.decision
    assert decision is not None
    assert decision.carried_out is CarriedOut.PARTLY
    assert decision.follow_up_reason is FollowUpReason.CLIENT_WANTED_OTHERWISE
    assert decision.koers == "Zo door"


def test_niet_with_anders_needs_a_text(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = second_meeting(team, first=verwijzen())
    form = open_form(qtbot, store, item)
    box = form.follow_up_box
    assert box is not None
    assert "verwijzen" in box.summary.text() and "verwezen naar Huisarts" in box.summary.text()
    key(qtbot, Qt.Key.Key_9)
    assert box.carried_out() is CarriedOut.NOT_AT_ALL
    key(qtbot, Qt.Key.Key_End)  # the last reason: anders
    assert box.reason() is FollowUpReason.OTHER
    assert box.text_edit.isEnabled() and box.text_edit.hasFocus()
    key(qtbot, Qt.Key.Key_Tab)  # from the box on to the decisions
    assert form.kind_buttons[DecisionKind.DOORGAAN].hasFocus()
    key(qtbot, Qt.Key.Key_3)
    assert form.kind() is DecisionKind.VERWIJZEN and form.referred_edit.hasFocus()
    qtbot.keyClicks(form.referred_edit, "Verslavingszorg")
    save_by_key(qtbot)
    assert form.decision is None
    assert box.text_error.isVisible() and box.text_edit.hasFocus()
    qtbot.keyClicks(box.text_edit, "Huisarts met vakantie")
    save_by_key(qtbot)
    decision = form.decision
    assert decision is not None
    assert (decision.carried_out, decision.follow_up_reason, decision.follow_up_text) == (
        CarriedOut.NOT_AT_ALL, FollowUpReason.OTHER, "Huisarts met vakantie")


def test_nothing_chosen_says_the_follow_up_is_required(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                       team: Team) -> None:
    item = second_meeting(team)
    form = open_form(qtbot, store, item)
    box = form.follow_up_box
    assert box is not None
    form.choose_kind(DecisionKind.DOORGAAN)
    qtbot.keyClicks(form.koers_edit, "Zo door")
    save_by_key(qtbot)
    assert form.decision is None
    assert box.carried_error.isVisible()
    assert "volledig, deels of niet" in box.carried_error.text()
    assert box.carried_buttons[CarriedOut.FULLY].hasFocus()
    key(qtbot, Qt.Key.Key_7)
    assert not box.carried_error.isVisible()
    save_by_key(qtbot)
    assert form.decision is not None and form.decision.carried_out is CarriedOut.FULLY


def test_the_hint_names_7_8_9_until_the_follow_up_is_answered(
        qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = second_meeting(team)
    form = open_form(qtbot, store, item)
    hint = form.kind_hint.text()
    assert "7 volledig, 8 deels, 9 niet" in hint and "1 doorgaan" in hint
    key(qtbot, Qt.Key.Key_9)
    assert form.kind_hint.text() == "Kies het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen."


def test_no_box_for_a_first_decision(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    client = team.client()
    item = team.queue(client, WEEK1)
    team.start(WEEK1)
    team.discuss(item.id)
    form = open_form(qtbot, store, item)
    assert form.follow_up_box is None
    assert form.kind_hint.text() == "Kies het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen."
    assert form.kind_buttons[DecisionKind.DOORGAAN].hasFocus()
    key(qtbot, Qt.Key.Key_7)  # nothing to follow up: the key does nothing
    key(qtbot, Qt.Key.Key_2)
    assert form.kind() is DecisionKind.AFSLUITEN


def test_a_hamerstuk_with_a_follow_up_due_opens_the_form(
        qtbot, store: Store, team: Team, closing_asked: list[str],  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    item = second_meeting(team, ItemType.MEDEDELING, DecisionKind.AFSLUITEN)
    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(DecisionForm, "ask", classmethod(
        lambda cls, store, item, parent=None, hamerstuk=False:
        asked.append((item.client_reference, hamerstuk))))
    page = make_page(qtbot, store)
    press(qtbot, page, Qt.Key.Key_H)
    # Not confirmed in one key: the follow-up is asked for in the form, with the proposal.
    assert asked == [(item.client_reference, True)]
    assert closing_asked == []
    assert decided_today(store, item) == []


def test_the_hamerstuk_form_records_the_follow_up(qtbot, store: Store, team: Team,  # type: ignore[no-untyped-def]
                                                  closing_asked: list[str]) -> None:
    item = second_meeting(team, ItemType.MEDEDELING, DecisionKind.AFSLUITEN)
    form = open_form(qtbot, store, item, hamerstuk=True)
    assert form.kind() is DecisionKind.AFSLUITEN
    key(qtbot, Qt.Key.Key_7)
    save_by_key(qtbot)
    decision = form.decision
    assert decision is not None and decision.kind is DecisionKind.AFSLUITEN
    assert decision.carried_out is CarriedOut.FULLY
    assert closing_asked == [item.client_reference]


def test_a_correction_states_the_follow_up_again(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = second_meeting(team)
    old = decisions.record_decision(store, item.id, doorgaan(
        WEEK2, follow_up=FollowUpInput(CarriedOut.PARTLY, FollowUpReason.WAITING_LIST)))
    form = open_form(qtbot, store, item, corrects=old)  # type: ignore[arg-type]
    box = form.follow_up_box
    assert box is not None
    assert box.carried_out() is CarriedOut.PARTLY
    assert box.reason() is FollowUpReason.WAITING_LIST
    assert not form.is_modified()
    box.carried_buttons[CarriedOut.FULLY].setFocus()
    key(qtbot, Qt.Key.Key_7)
    save_by_key(qtbot)
    assert form.decision is not None and form.decision.corrects_id == old.id
    assert form.decision.carried_out is CarriedOut.FULLY
    assert form.decision.follow_up_reason is None


def test_the_form_with_the_box_stays_on_the_screen(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                   team: Team) -> None:
    item = second_meeting(team)
    form = open_form(qtbot, store, item)
    box = form.follow_up_box
    assert box is not None
    key(qtbot, Qt.Key.Key_9)  # the reason list comes on the row of the buttons
    form.choose_kind(DecisionKind.DOORGAAN)
    form.date_field.setText("01-11-2026")  # a past date: the reason box too
    assert not form.save()  # every error shown at once
    assert box.reason_error.isVisible() and form.koers_error.isVisible()
    screen = form.screen()
    assert screen is not None
    # Taller than the screen allows: it stays on it, and what does not fit scrolls.
    assert screen.availableGeometry().contains(form.frameGeometry())
    body = form.scroll.widget()
    assert body.minimumSizeHint().width() <= form.scroll.viewport().width()  # no sideways
    assert box.reason_combo.hasFocus() and not box.reason_combo.visibleRegion().isEmpty()
