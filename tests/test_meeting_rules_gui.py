"""The meeting's rules through the chair's screen: every path that used to get around
them (docs/rules.md, rules 2, 3, 7–10), driven by the page's keys on a fake clock.

- F5 on another day than planned asks, re-dates the meeting to today, and what is
  decided in it carries today's date;
- D and H act on the item under discussion: with none they start the chosen (or next)
  item first, on screen, through the block's time check; ending a treatment is confirmed
  with the client named, and Enter does not confirm it;
- a waiting item whose block is spent gets the chair's choice before any decision;
- the prompt when the block of the item under discussion is spent (acute and lopend),
  each answer on a key and logged;
- "toch nemen" shows its cost and lets the chair give away the other block's items;
- apart overleg records who and when; problems show under the fields;
- closing asks about every acute item not reached;
- Esc in the decision form asks before throwing away what was filled in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_meeting_chair import (
    MEETING,
    NEXT,
    Agenda,
    _queue,
    acute_spent,
    agenda,
    answer_with,
    clock,
    closing_asked,
    confirmations,
    current_id,
    errors,
    make_page,
    no_unanswered_dialogs,
    page,
    press,
    record,
    running,
    silent_bell,
    start,
    tick,
)

from ui.kit import chair_questions, widgets
from ui.kit.decision_form import DecisionForm
from ui.meeting.block_choice_dialog import BlockChoiceDialog
from ui.meeting.chair import MeetingPage
from ui.meeting.close_dialog import CloseMeetingDialog
from ui.meeting.controller import MeetingController
from ui.meeting.projector import ProjectorWindow
from vergadering import clients, consultations, decisions, items, meetings, members, run
from vergadering import settings as team_settings
from vergadering.clock import FakeClock
from vergadering.items import DecisionKind, ItemStatus, Outcome
from vergadering.meetings import MeetingStatus
from vergadering.run import Unreached
from vergadering.settings import Block, ItemType
from vergadering.store import Store
from vergadering.timeline import BlockChoice, EventKind

# The chair's tests' fixtures, used here by name (pytest finds them in this module).
SHARED_FIXTURES = (acute_spent, agenda, clock, closing_asked, confirmations, errors,
                   no_unanswered_dialogs, page, running, silent_bell)
MONDAY = dt.date(2026, 11, 23)  # the day before the planned meeting
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def choices_logged(store: Store) -> list[tuple[int | None, object]]:
    meeting = meetings.running(store) or meetings.find(store, MEETING)
    assert meeting is not None
    return [(e.item_id, e.details.get("choice")) for e in run.events(store, meeting.id)
            if e.kind is EventKind.BLOCK_CHOICE]


def activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# -- rule 7: a meeting is held on the day it starts -----------------------------------------
def test_f5_on_another_day_asks_and_holds_the_meeting_today(
        qtbot, store: Store, agenda: Agenda, clock: FakeClock,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set(dt.datetime(2026, 11, 23, 14, 0))  # Monday afternoon; planned: Tuesday
    page = make_page(qtbot, store)
    warning = page.before.other_day
    assert warning.isVisible()
    assert "dinsdag 24 november 2026, niet vandaag (maandag 23 november 2026)" in \
        warning.text()
    asked: list[tuple[dt.date, dt.date, dt.date]] = []
    answers = [False, True]

    def start_today(parent: object, planned: dt.date, today: dt.date,
                    following: dt.date) -> bool:
        asked.append((planned, today, following))
        return answers.pop(0)

    monkeypatch.setattr(chair_questions, "start_today", start_today)
    press(qtbot, page, Qt.Key.Key_F5)  # cancelled: nothing starts
    assert not page.is_running()
    assert meetings.find(store, MEETING) is not None
    press(qtbot, page, Qt.Key.Key_F5)
    assert asked == [(MEETING, MONDAY, NEXT)] * 2
    assert page.is_running()
    assert page.title.text() == "Vergadering van 23 november"
    held = meetings.running(store)
    assert held is not None and held.date == MONDAY
    assert meetings.find(store, MEETING) is None  # re-dated, not copied
    started = run.events(store, held.id)[0]
    assert started.details == {"planned": "2026-11-24"}

    # What is decided in it carries today's date, and its defaults count from today.
    monkeypatch.setattr(DecisionForm, "ask", classmethod(
        lambda cls, store, item, parent=None, hamerstuk=False: forms.append(
            cls(store, item, parent, hamerstuk=hamerstuk)) or None))
    forms: list[DecisionForm] = []
    page.select_item(agenda.vraag.id)
    press(qtbot, page, Qt.Key.Key_D)
    [form] = forms
    qtbot.addWidget(form, before_close_func=lambda f: f.done(0))
    assert form.on == MONDAY
    # Today + 6 months is Sunday 23 May: the meeting day (Tuesday) before it.
    assert form.date_field.date() == dt.date(2027, 5, 18)
    form.koers_edit.setPlainText("Zo door")
    assert form.save()
    assert form.decision is not None and form.decision.decided_on == MONDAY
    assert clients.get(store, agenda.vraag.client_id).last_evaluation == MONDAY


def test_f5_after_todays_meeting_says_so_without_asking(
        qtbot, page: MeetingPage, running: Agenda, store: Store, errors: list[str],  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    run.close_meeting(store, {i.id: run.UnreachedChoice(Unreached.NEXT_MEETING)
                              for i in (running.acute1, running.acute2)})
    assert not page.is_running()
    assert page.before.other_day.text() == (
        "Vandaag is al vergaderd. Deze agenda is voor dinsdag 1 december 2026: start de "
        "vergadering op die dag.")
    monkeypatch.setattr(chair_questions, "start_today", lambda *a: pytest.fail("asked"))
    press(qtbot, page, Qt.Key.Key_F5)
    assert errors == ["Vandaag (24-11-2026) is al een vergadering gehouden. Een tweede "
                      "vergadering op dezelfde dag kan niet; de agenda wacht op de volgende "
                      "vergaderdag."]
    assert meetings.running(store) is None


def test_the_start_question_names_both_days_and_enter_holds_it_today(
        qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    text = chair_questions.start_today_text(dt.date(2026, 12, 8), dt.date(2026, 12, 7),
                                            dt.date(2026, 12, 15))
    assert text == ("Deze vergadering staat gepland op dinsdag 8 december. Vandaag is het "
                    "maandag 7 december.\n\nAls u nu begint, krijgt de vergadering en alles "
                    "wat erin wordt besloten de datum van vandaag. De volgende vergadering "
                    "is dan dinsdag 15 december.")
    buttons: list[list[str]] = []

    def press_enter(box: QMessageBox) -> None:
        buttons.append([b.text() for b in box.buttons()])
        box.defaultButton().click()

    answer_with(monkeypatch, QMessageBox, press_enter)
    assert chair_questions.start_today(None, dt.date(2026, 12, 8), dt.date(2026, 12, 7),
                                       dt.date(2026, 12, 15))
    assert buttons == [["&Vandaag vergaderen", "Annuleren"]]


# -- rule 8: D and H act on the item under discussion -----------------------------------------
def test_d_with_nothing_under_discussion_starts_the_chosen_item_first(
        qtbot, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[int | None, str, str]] = []

    def answer(form: DecisionForm) -> None:
        # Behind the form the chair's screen shows the item as under discussion.
        shown.append((current_id(page), page.model.status_text(running.vraag.id),
                       page.current.reference.text()))
        activate(qtbot, form)
        form.koers_edit.setPlainText("Gesprekken afbouwen")
        qtbot.keyClick(form.koers_edit, Qt.Key.Key_Return, CTRL)

    answer_with(monkeypatch, DecisionForm, answer)
    page.select_item(running.vraag.id)
    press(qtbot, page, Qt.Key.Key_D)
    assert shown == [(running.vraag.id, "bezig", "V-2")]
    [decision] = decisions.for_meeting(store, running.vraag.meeting_id)
    assert (decision.item_id, decision.kind, decision.decided_on) == (
        running.vraag.id, DecisionKind.DOORGAAN, MEETING)
    assert page.model.status_text(running.vraag.id) == "besloten: doorgaan"
    meeting = meetings.running(store)
    assert meeting is not None
    started = [e.item_id for e in run.events(store, meeting.id)
               if e.kind is EventKind.ITEM_STARTED]
    assert started == [running.vraag.id]


def test_d_cancelled_leaves_the_started_item_under_discussion(
        qtbot, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer_with(monkeypatch, DecisionForm, lambda form: form.reject())  # nothing filled in
    press(qtbot, page, Qt.Key.Key_D)  # nothing chosen: the next item (H-1)
    assert current_id(page) == running.hamer.id
    assert decisions.for_meeting(store, running.hamer.meeting_id) == []


def test_h_on_an_unstarted_afsluiten_starts_it_and_asks_naming_the_client(
        qtbot, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, int | None]] = []
    answers = [False, True]

    def close_treatment(parent: object, reference: str) -> bool:
        asked.append((reference, current_id(page)))
        return answers.pop(0)

    monkeypatch.setattr(chair_questions, "close_treatment", close_treatment)
    press(qtbot, page, Qt.Key.Key_H)  # H-1: a mededeling proposing afsluiten
    assert asked == [("H-1", running.hamer.id)]  # asked with the item under discussion
    # Cancelled: the client stays in care, the item under discussion.
    assert current_id(page) == running.hamer.id
    assert page.model.status_text(running.hamer.id) == "bezig"
    assert clients.get(store, running.hamer.client_id).active
    assert decisions.for_meeting(store, running.hamer.meeting_id) == []
    press(qtbot, page, Qt.Key.Key_H)
    assert [a[0] for a in asked] == ["H-1", "H-1"]
    assert not clients.get(store, running.hamer.client_id).active
    assert page.model.status_text(running.hamer.id) == "hamerstuk: afsluiten"
    assert current_id(page) is None


def test_enter_never_ends_a_treatment(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    texts: list[str] = []

    def press_enter(box: QMessageBox) -> None:
        texts.append(box.text())
        activate(qtbot, box)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_with(monkeypatch, QMessageBox, press_enter)
    assert not chair_questions.close_treatment(None, "AB-12")
    assert texts == ["De behandeling van AB-12 afsluiten? AB-12 wordt inactief en is niet "
                     "meer aan de beurt voor evaluatie."]


def test_the_decision_form_asks_before_afsluiten(qtbot, page: MeetingPage, running: Agenda,  # type: ignore[no-untyped-def]
                                                store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(chair_questions, "close_treatment",
                        lambda parent, ref: asked.append(ref) or answers.pop(0))

    def answer(form: DecisionForm) -> None:
        activate(qtbot, form)
        qtbot.keyClick(form, Qt.Key.Key_2)
        qtbot.keyClick(form, Qt.Key.Key_Return, CTRL)
        assert form.isVisible() and form.kind() is DecisionKind.AFSLUITEN  # said no
        qtbot.keyClick(form, Qt.Key.Key_Return, CTRL)

    answer_with(monkeypatch, DecisionForm, answer)
    page.select_item(running.kwestie.id)
    press(qtbot, page, Qt.Key.Key_D)
    assert asked == ["K-3", "K-3"]
    assert not clients.get(store, running.kwestie.client_id).active


def test_a_correction_to_afsluiten_asks_too(qtbot, page: MeetingPage, running: Agenda,  # type: ignore[no-untyped-def]
                                           store: Store, closing_asked: list[str]) -> None:
    page.start_item(running.kwestie.id)
    record(store, running.kwestie)
    [old] = decisions.for_meeting(store, running.kwestie.meeting_id)
    form = DecisionForm(store, items.get(store, running.kwestie.id), corrects=old)
    qtbot.addWidget(form, before_close_func=lambda f: f.done(0))
    form.choose_kind(DecisionKind.AFSLUITEN)
    assert form.save()
    assert closing_asked == ["K-3"]
    assert not clients.get(store, running.kwestie.client_id).active


# -- rules 2 and 9: a waiting item whose block is spent -----------------------------------------
@pytest.mark.parametrize("choice", [BlockChoice.DEFER, BlockChoice.TAKE_ANYWAY])
def test_deciding_a_waiting_acute_item_after_the_budget_asks_the_choice_first(
        qtbot, page: MeetingPage, store: Store, acute_spent: Agenda,  # type: ignore[no-untyped-def]
        choice: BlockChoice, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []

    def choose(dialog: BlockChoiceDialog) -> None:
        order.append("keuze")
        dialog.choose(choice)
        assert dialog.confirm()

    def decide(form: DecisionForm) -> None:
        order.append("besluit")
        form.choose_kind(DecisionKind.DOORGAAN)
        form.koers_edit.setPlainText("Crisisplan bijstellen")
        assert form.save()

    answer_with(monkeypatch, BlockChoiceDialog, choose)
    answer_with(monkeypatch, DecisionForm, decide)
    page.select_item(acute_spent.acute2.id)
    press(qtbot, page, Qt.Key.Key_D)
    item = items.get(store, acute_spent.acute2.id)
    assert choices_logged(store) == [(item.id, choice.value)]
    if choice is BlockChoice.DEFER:
        assert order == ["keuze"]  # no decision without the chair's choice
        assert item.meeting_date == NEXT
        assert [d.item_id for d in decisions.for_meeting(store, item.meeting_id)] == []
    else:
        assert order == ["keuze", "besluit"]
        assert item.outcome is Outcome.DECIDED


def test_cancelling_the_choice_decides_nothing(qtbot, page: MeetingPage, store: Store,  # type: ignore[no-untyped-def]
                                               acute_spent: Agenda,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    answer_with(monkeypatch, BlockChoiceDialog, lambda dialog: dialog.reject())
    page.select_item(acute_spent.acute2.id)
    press(qtbot, page, Qt.Key.Key_D)  # DecisionForm.exec would fail the test
    assert current_id(page) is None
    assert choices_logged(store) == []


def test_every_choice_has_a_key(qtbot, store: Store, acute_spent: Agenda) -> None:  # type: ignore[no-untyped-def]
    dialog = BlockChoiceDialog(store, acute_spent.acute2)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert dialog.buttons[BlockChoice.DEFER].hasFocus()  # the default: nothing is taken
    for letter, choice in ((Qt.Key.Key_A, BlockChoice.CONSULTATION),
                           (Qt.Key.Key_T, BlockChoice.TAKE_ANYWAY),
                           (Qt.Key.Key_U, BlockChoice.DEFER)):
        qtbot.keyClick(QApplication.focusWidget(), letter, ALT)
        qtbot.waitUntil(lambda c=choice: dialog.chosen() is c)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: uitstellen
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.choice is BlockChoice.DEFER
    assert items.get(store, acute_spent.acute2.id).meeting_date == NEXT


# -- apart overleg: who and when ---------------------------------------------------------------
def test_apart_overleg_records_who_and_when_and_keeps_what_was_typed(
        qtbot, page: MeetingPage, store: Store, acute_spent: Agenda,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    problems: list[str] = []

    def answer(dialog: BlockChoiceDialog) -> None:
        activate(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, ALT)
        fields = dialog.consultation
        qtbot.waitUntil(fields.member_combo.hasFocus)
        assert fields.member_combo.currentText() == "Anouk de Vries (inbrenger)"
        assert [b.text() for b in fields.quick_buttons.values()] == [
            "over 1 week", "over 2 weken", "over 4 weken"]
        fields.member_combo.setCurrentIndex(fields.member_combo.findData(bram))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # no date yet
        problems.append(fields.date_error.text())
        fields.date_field.setText("01-01-2028")  # beyond the horizon
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        problems.append(fields.date_error.text())
        assert dialog.isVisible()
        assert fields.member_combo.currentData() == bram  # nothing typed is lost
        assert fields.date_field.text() == "01-01-2028"
        fields.quick_buttons[dt.date(2026, 12, 8)].click()  # over 2 weken
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    bram = members.find_by_name(store, "Bram Jansen").id  # type: ignore[union-attr]
    answer_with(monkeypatch, BlockChoiceDialog, answer)
    page.select_item(acute_spent.acute2.id)
    press(qtbot, page, Qt.Key.Key_N)
    assert problems == ["Terugkoppeling uiterlijk is verplicht: vul dit in.",
                        "Terugkoppeling uiterlijk ligt te ver weg: kies een datum tot en met "
                        "24-05-2027."]
    consultation = consultations.of_item(store, acute_spent.acute2.id)
    assert consultation is not None
    assert (consultation.member, consultation.report_by) == ("Bram Jansen",
                                                             dt.date(2026, 12, 8))
    row = page.model.row_of(acute_spent.acute2.id)
    assert page.model.status_text(acute_spent.acute2.id) == "apart overleg"
    assert page.model.index(row, page.model.STATUS).data(Qt.ItemDataRole.ToolTipRole) == \
        "Apart overleg: Bram Jansen, terugkoppeling uiterlijk 08-12-2026"


# -- the prompt for the item under discussion -------------------------------------------------
def test_acute_block_time_up_prompts_for_the_item_under_discussion(
        qtbot, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
        clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    page.start_item(running.acute1.id)  # 10 minutes, in a block of 30
    tick(page, clock, minutes=29)
    assert page.time_up_prompt_visible() and not page.block_prompt_visible()
    tick(page, clock, minutes=1)
    assert page.block_prompt_visible()
    assert not page.time_up_prompt_visible()  # the block's prompt asks more
    prompt = page.current.block_prompt
    assert prompt.text.text() == "De tijd voor acute punten is op"
    assert [b.text() for b in prompt.buttons.values() if b.isVisible()] == [
        "Nog 1 minuut (M)", "Uitstellen (U)", "Apart overleg (A)", "Toch nemen (T)"]
    assert page.consult_action.isEnabled()

    press(qtbot, page, Qt.Key.Key_M)  # a minute to decide
    assert choices_logged(store) == [(running.acute1.id, "finish")]
    assert not page.block_prompt_visible()
    tick(page, clock, seconds=59)
    assert not page.block_prompt_visible()
    tick(page, clock, seconds=1)
    assert page.block_prompt_visible()  # the minute is up: asked again

    seen: list[BlockChoice | None] = []

    def consult(dialog: BlockChoiceDialog) -> None:
        seen.append(dialog.chosen())
        dialog.consultation.quick_buttons[dt.date(2026, 12, 1)].click()
        assert dialog.confirm()

    answer_with(monkeypatch, BlockChoiceDialog, consult)
    press(qtbot, page, Qt.Key.Key_A)
    assert seen == [BlockChoice.CONSULTATION]
    assert items.get(store, running.acute1.id).outcome is Outcome.CONSULTATION
    assert choices_logged(store)[-1] == (running.acute1.id, "consultation")
    assert current_id(page) is None and not page.block_prompt_visible()


def test_deferring_under_the_prompt_is_the_chairs_choice(
        qtbot, page: MeetingPage, running: Agenda, store: Store, clock: FakeClock,  # type: ignore[no-untyped-def]
        confirmations: list[str]) -> None:
    page.start_item(running.acute1.id)
    tick(page, clock, minutes=31)
    assert page.block_prompt_visible()
    press(qtbot, page, Qt.Key.Key_U)
    assert confirmations and "A-4" in confirmations[0]
    assert choices_logged(store) == [(running.acute1.id, "defer")]
    assert items.get(store, running.acute1.id).meeting_date == NEXT


def test_lopend_block_time_up_prompts_and_taking_it_runs_the_meeting_longer(
        qtbot, store: Store, agenda: Agenda, clock: FakeClock,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = team_settings.load(store)
    team_settings.save(store, dataclasses.replace(settings, acuut_budget=15,
                                                  lopend_budget=20, meeting_minutes=35))
    page = make_page(qtbot, store)
    start(qtbot, page, clock)
    page.start_item(agenda.kwestie.id)  # 10 minutes, in a lopend block of 20
    tick(page, clock, minutes=20)
    assert page.block_prompt_visible()
    prompt = page.current.block_prompt
    assert prompt.text.text() == "De tijd voor lopende behandelingen is op"
    assert [b.text() for b in prompt.buttons.values() if b.isVisible()] == [
        "Nog 1 minuut (M)", "Uitstellen (U)", "Toch nemen (T)"]
    assert not page.consult_action.isEnabled()  # apart overleg is for acute items
    assert not page.current.block_prompt.buttons["consult"].isVisible()
    press(qtbot, page, Qt.Key.Key_A)
    assert choices_logged(store) == []

    costs: list[str] = []

    def take(dialog: BlockChoiceDialog) -> None:
        assert list(dialog.buttons) == [BlockChoice.DEFER, BlockChoice.TAKE_ANYWAY]
        assert dialog.chosen() is BlockChoice.TAKE_ANYWAY
        costs.append(dialog.cost_label.text())
        assert dialog.confirm()

    answer_with(monkeypatch, BlockChoiceDialog, take)
    press(qtbot, page, Qt.Key.Key_T)
    # The acute items need all 15 acute minutes: the meeting runs longer.
    assert costs == ["K-3 krijgt nog 1 min. Het blok acuut heeft geen vrije tijd: de "
                     "vergadering loopt 1 min langer."]
    assert choices_logged(store) == [(agenda.kwestie.id, "take_anyway")]
    assert current_id(page) == agenda.kwestie.id and not page.block_prompt_visible()
    times = page.current.times
    assert times.block_labels[Block.LOPEND].text() == "Lopend: nog 1 min (+1 min genomen)"
    assert times.end_label.text() == (
        "Verwacht einde 09:42 — loopt 6 min uit (+1 min door ‘toch nemen’)")


@pytest.mark.parametrize("give_away", [False, True])
def test_toch_nemen_names_what_will_not_fit_and_an_item_can_be_given_away(
        qtbot, page: MeetingPage, running: Agenda, store: Store, clock: FakeClock,  # type: ignore[no-untyped-def]
        give_away: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    page.start_item(running.kwestie.id)
    tick(page, clock, minutes=50)  # lopend: 10 of 60 min left; H-1 and V-2 need 7
    record(store, running.kwestie)
    page.start_item(running.acute1.id)
    tick(page, clock, minutes=31)  # acute: 1 min over its 30
    record(store, running.acute1)
    texts: list[str] = []

    def take(dialog: BlockChoiceDialog) -> None:
        dialog.choose(BlockChoice.TAKE_ANYWAY)
        assert list(dialog.give_way_boxes) == [running.vraag.id]  # H-1 still fits
        box = dialog.give_way_boxes[running.vraag.id]
        texts.extend([box.text(), dialog.cost_label.text()])
        assert box.isVisible() and not box.isChecked()  # it keeps its time unless given
        if give_away:
            box.click()
            texts.append(dialog.cost_label.text())
        assert dialog.confirm()

    answer_with(monkeypatch, BlockChoiceDialog, take)
    page.select_item(running.acute2.id)
    press(qtbot, page, Qt.Key.Key_N)
    assert texts[:2] == [
        "V-2 — vraag, 5 min",
        "A-5 krijgt 5 min, plus de 1 min die het blok acuut al over tijd is. 3 min gaan af "
        "van de vrije tijd van het blok lopend; de vergadering loopt 3 min langer."]
    assert current_id(page) == running.acute2.id
    vraag = items.get(store, running.vraag.id)
    end = page.current.times.end_label.text()
    if give_away:
        assert texts[2] == ("A-5 krijgt 5 min, plus de 1 min die het blok acuut al over "
                            "tijd is. Die 6 min gaan af van de vrije tijd van het blok "
                            "lopend; de vergadering loopt niet uit.")
        assert vraag.meeting_date == NEXT
        assert page.model.status_text(vraag.id) == "uitgesteld"
        assert "toch nemen" not in end
    else:
        assert vraag.meeting_date == MEETING
        assert page.model.status_text(vraag.id) == "wacht"
        assert "+3 min" in end and "‘toch nemen’" in end


# -- rule 10: closing with acute items not reached ---------------------------------------------
@pytest.fixture
def third_acute(store: Store, agenda: Agenda):  # type: ignore[no-untyped-def]
    anouk = members.find_by_name(store, "Anouk de Vries")
    assert anouk is not None
    return _queue(store, "A-6", anouk.id, ItemType.VRAAG, Block.ACUUT, 5)


def test_closing_asks_per_unreached_acute_item(
        qtbot, third_acute, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    page.start_item(running.vraag.id)
    record(store, running.vraag)
    seen: list[str] = []

    def answer(dialog: CloseMeetingDialog) -> None:
        rows = {row.item.client_reference: row for row in dialog.rows}
        assert list(rows) == ["A-4", "A-5", "A-6"]
        assert all(row.chosen() is None for row in rows.values())  # nothing chosen for them
        seen.append(dialog.lopend_note.text())
        dialog.close_button.click()  # not yet chosen: each row says so
        assert dialog.isVisible()
        assert [row.error.text() for row in rows.values()] == [
            "Kies wat er met A-4 gebeurt.", "Kies wat er met A-5 gebeurt.",
            "Kies wat er met A-6 gebeurt."]
        rows["A-4"].set_chosen(Unreached.NEXT_MEETING)
        rows["A-5"].set_chosen(Unreached.CONSULTATION)
        rows["A-6"].set_chosen(Unreached.WITHDRAW)
        assert rows["A-5"].consultation.isVisible()
        assert not rows["A-4"].consultation.isVisible()
        dialog.close_button.click()  # apart overleg without a date
        assert dialog.isVisible()
        assert rows["A-5"].consultation.date_error.text() == \
            "Terugkoppeling uiterlijk is verplicht: vul dit in."
        rows["A-5"].consultation.quick_buttons[dt.date(2026, 12, 22)].click()
        dialog.close_button.click()

    answer_with(monkeypatch, CloseMeetingDialog, answer)
    press(qtbot, page, Qt.Key.Key_W, CTRL)
    assert seen == ["2 lopende punten zijn niet aan bod gekomen en gaan naar de volgende "
                    "vergadering (dinsdag 1 december 2026)."]
    meeting = meetings.find(store, MEETING)
    assert meeting is not None and meeting.status is MeetingStatus.CLOSED
    acute4, acute5, acute6 = (items.get(store, i.id) for i in (
        running.acute1, running.acute2, third_acute))
    assert acute4.meeting_date == NEXT
    assert acute5.outcome is Outcome.CONSULTATION
    consultation = consultations.of_item(store, acute5.id)
    assert consultation is not None
    assert (consultation.member, consultation.report_by) == ("Anouk de Vries",
                                                             dt.date(2026, 12, 22))
    assert (acute6.status, acute6.outcome) == (ItemStatus.WITHDRAWN, Outcome.WITHDRAWN)
    assert page.before.closed_note.text() == (
        "De vergadering van dinsdag 24 november 2026 is afgesloten: 1 besluit vastgelegd, "
        "3 punten doorgeschoven naar de volgende vergadering.")  # H-1, K-3 and A-4


def test_closing_cancelled_keeps_the_meeting_running(
        qtbot, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(dialog: CloseMeetingDialog) -> None:
        dialog.all_next.click()  # one explicit choice for all of them, seen in each row
        assert [row.chosen() for row in dialog.rows] == [Unreached.NEXT_MEETING] * 2
        dialog.reject()

    answer_with(monkeypatch, CloseMeetingDialog, answer)
    press(qtbot, page, Qt.Key.Key_W, CTRL)
    assert page.is_running()
    meeting = meetings.find(store, MEETING)
    assert meeting is not None and meeting.status is MeetingStatus.RUNNING


def test_withdrawn_items_show_as_ingetrokken(qtbot, page: MeetingPage, running: Agenda,  # type: ignore[no-untyped-def]
                                            store: Store) -> None:
    from ui.kit.chair_text import RowStatus
    from ui.meeting.chair_agenda import load_rows

    meeting = meetings.running(store)
    assert meeting is not None
    run.close_meeting(store, {i.id: run.UnreachedChoice(Unreached.WITHDRAW)
                              for i in (running.acute1, running.acute2)})
    closed = meetings.find(store, MEETING)
    assert closed is not None
    rows = load_rows(store, closed, run.timeline(store, closed),
                     run.meeting_items(store, closed))
    withdrawn = {r.item.client_reference: r.status for r in rows if r.item is not None
                 and r.item.block is Block.ACUUT}
    assert withdrawn == {"A-4": RowStatus.WITHDRAWN, "A-5": RowStatus.WITHDRAWN}
    page.model.set_rows(rows)
    assert page.model.status_text(running.acute1.id) == "ingetrokken"


# -- nothing typed is lost ---------------------------------------------------------------------
def test_esc_in_the_decision_form_asks_before_throwing_away(
        qtbot, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answers = [False, True]

    def confirm(parent: object, title: str, text: str, accept_label: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(widgets, "confirm", confirm)
    kept: list[str] = []

    def answer(form: DecisionForm) -> None:
        activate(qtbot, form)
        qtbot.keyClick(form, Qt.Key.Key_1)
        qtbot.keyClicks(form.koers_edit, "Eerst het gesprek met de huisarts")
        qtbot.keyClick(form.koers_edit, Qt.Key.Key_Escape)
        assert form.isVisible()  # "no": the form stays, with the text
        kept.append(form.koers_edit.toPlainText())
        qtbot.keyClick(form.koers_edit, Qt.Key.Key_Escape)

    answer_with(monkeypatch, DecisionForm, answer)
    page.select_item(running.kwestie.id)
    press(qtbot, page, Qt.Key.Key_D)
    assert asked == ["U hebt een besluit ingevuld dat nog niet is vastgelegd. Weggooien?"] * 2
    assert kept == ["Eerst het gesprek met de huisarts"]
    assert decisions.for_meeting(store, running.kwestie.meeting_id) == []
    assert current_id(page) == running.kwestie.id  # still under discussion


def test_esc_in_an_untouched_decision_form_just_closes(
        qtbot, page: MeetingPage, running: Agenda,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(widgets, "confirm", lambda *a: pytest.fail("asked"))

    def answer(form: DecisionForm) -> None:
        activate(qtbot, form)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    answer_with(monkeypatch, DecisionForm, answer)
    page.select_item(running.kwestie.id)
    press(qtbot, page, Qt.Key.Key_D)
    assert current_id(page) == running.kwestie.id


# -- the projector -------------------------------------------------------------------------------
@pytest.mark.parametrize("privacy", [False, True])
def test_the_projector_shows_the_blocks_time_up_within_privacy(
        qtbot, page: MeetingPage, running: Agenda, store: Store, clock: FakeClock,  # type: ignore[no-untyped-def]
        privacy: bool) -> None:
    if privacy:
        settings = team_settings.load(store)
        team_settings.save(store, dataclasses.replace(settings, privacy_mode=True))
    controller: MeetingController = page.controller
    projector = ProjectorWindow(controller)  # the bell is silent: see silent_bell
    qtbot.addWidget(projector)
    projector.show()
    page.start_item(running.acute1.id)
    tick(page, clock, minutes=31)
    assert projector.banner.isVisible()
    assert projector.banner.text() == (
        "De tijd voor dit blok is op — wat is het besluit?" if privacy
        else "Tijd voor acute punten is op — wat is het besluit?")
    if privacy:
        assert not projector.question_label.isVisible()
        assert not projector.block_chip.isVisible()

