# ruff: noqa: F811  (the fixtures imported from test_meeting_chair)
"""The chair's screen and the decision: the stand van het proces in the
decision form, Esc in the form itself, H only for a hamerstuk, N while an item runs, and
the procescheck's last person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.test_meeting_chair import (  # noqa: F401 (fixtures)
    Agenda,
    agenda,
    clock,
    current_id,
    make_page,
    no_unanswered_dialogs,
    press,
    silent_bell,
    start,
)
from ui.kit import widgets
from ui.kit.decision_form import DecisionForm
from ui.kit.rating_dialog import RatingDialog
from vergadering import decisions, meetings, ratings, run
from vergadering.clock import FakeClock
from vergadering.items import DecisionKind
from vergadering.ratings import Question
from vergadering.store import Store


def show(qtbot, form: DecisionForm) -> DecisionForm:  # type: ignore[no-untyped-def]
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_the_decision_form_shows_the_stand_van_het_proces(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                          agenda: Agenda) -> None:
    form = show(qtbot, DecisionForm(store, agenda.kwestie))
    assert form.process_state.isVisible()
    assert form.process_state.text() == "Stand van het proces: Stand: stabiel."


@pytest.mark.parametrize("hamerstuk", [False, True])
def test_esc_anywhere_in_the_form_asks_and_no_keeps_the_koers(
        qtbot, store: Store, agenda: Agenda, clock: FakeClock,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, hamerstuk: bool) -> None:
    asked: list[str] = []
    monkeypatch.setattr(widgets, "confirm", lambda parent, title, text, accept:
                        asked.append(text) or False)  # the safe answer: keep it
    clock.set(clock.now().replace(hour=9))
    run.start_meeting(store)
    item = agenda.vraag
    run.start_item(store, item.id)
    form = show(qtbot, DecisionForm(store, item, hamerstuk=hamerstuk))
    form.choose_kind(DecisionKind.DOORGAAN)
    qtbot.keyClicks(form.koers_edit, "Eerst de huisarts")
    focusable = [form.koers_edit, form.date_field, form.save_button,
                 *form.kind_buttons.values(), *form.quick_buttons.values(),
                 *form.role_buttons.values()]
    for widget in focusable:
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
        assert form.isVisible()
    assert len(asked) == len(focusable)
    assert form.koers_edit.toPlainText() == "Eerst de huisarts"
    meeting = meetings.running(store)
    assert meeting is not None and decisions.for_meeting(store, meeting.id) == []


def test_h_is_off_on_a_vraag_and_on_for_a_hamerstuk(qtbot, store: Store, agenda: Agenda,  # type: ignore[no-untyped-def]
                                                    clock: FakeClock) -> None:
    page = make_page(qtbot, store)
    start(qtbot, page, clock)
    page.select_item(agenda.hamer.id)
    assert page.hamerstuk_action.isEnabled()
    assert "zonder bespreking" in page.hamerstuk_action.toolTip()
    page.select_item(agenda.kwestie.id)
    assert not page.hamerstuk_action.isEnabled()
    assert "K-3 is een kwestie" in page.hamerstuk_action.toolTip()
    page.select_item(agenda.hamer.id)
    assert "zonder bespreking" in page.hamerstuk_action.toolTip()


def test_n_while_an_item_runs_says_why_not(qtbot, store: Store, agenda: Agenda,  # type: ignore[no-untyped-def]
                                          clock: FakeClock) -> None:
    page = make_page(qtbot, store)
    start(qtbot, page, clock)
    page.start_item(agenda.kwestie.id)
    page.status_text = ""
    press(qtbot, page, Qt.Key.Key_N)
    assert current_id(page) == agenda.kwestie.id  # nothing else started
    assert page.status_text.startswith("N start het volgende punt; nu niet: K-3 is nog in "
                                       "bespreking")
    assert "(D)" in page.status_text


# -- the procescheck ----------------------------------------------------------------------
@pytest.fixture
def closed_meeting(store: Store, agenda: Agenda, clock: FakeClock) -> int:
    clock.set(clock.now().replace(hour=9))
    meeting = run.start_meeting(store)
    run.close_meeting(store, {i.id: run.UnreachedChoice(run.Unreached.WITHDRAW)
                              for i in (agenda.acute1, agenda.acute2)})
    return meeting.id


def test_klaar_saves_the_last_persons_answers(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                              closed_meeting: int) -> None:
    dialog = RatingDialog(store, closed_meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    for question, score in zip(Question, (8, 5, 3, 5), strict=True):
        dialog.sliders[question].setValue(score)
    assert dialog.finish()
    result = ratings.averages(store, closed_meeting)
    assert result.respondents == 1


def test_klaar_without_answers_saves_nothing(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                             closed_meeting: int) -> None:
    dialog = RatingDialog(store, closed_meeting)
    qtbot.addWidget(dialog)
    dialog.sliders[Question.TIME_WELL_DIVIDED].setValue(7)
    assert dialog.submit()  # the first person saved; the next one only looked
    assert dialog.finish()
    assert ratings.averages(store, closed_meeting).respondents == 1


def test_the_slider_values_are_plain_labels(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                            closed_meeting: int) -> None:
    dialog = RatingDialog(store, closed_meeting)
    qtbot.addWidget(dialog)
    for value in dialog.values.values():
        assert isinstance(value, QLabel) and not isinstance(value, QLineEdit)
        assert "border" not in value.styleSheet()
