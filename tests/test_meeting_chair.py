"""The chair's screen: starting the meeting and its items by keyboard, the countdown and
its colours, time up, extending, pausing, the belletje, the acute block's end, the
decision form, a restart in the middle, and closing the meeting. (The paths around the
rules of docs/rules.md — another day, D and H on an unstarted item, both blocks' time up,
apart overleg, closing with acute items not reached — are in test_meeting_rules_gui.py.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QProgressDialog, QWidget

import ui.meeting.bell as bell_module
import ui.meeting.projector as projector_module
from ui import paths
from ui.kit import chair_questions, widgets
from ui.kit.chair_text import countdown
from ui.kit.decision_form import DecisionForm
from ui.main_window import MainWindow
from ui.meeting import chair_actions
from ui.meeting.block_choice_dialog import BlockChoiceDialog
from ui.meeting.chair import MeetingPage
from vergadering import clients, decisions, items, meetings, members, run
from vergadering import settings as team_settings
from vergadering.clock import FakeClock
from vergadering.dates import add_months
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind, Item, ItemInput, Outcome
from vergadering.meetings import MeetingStatus
from vergadering.settings import Block, ItemType
from vergadering.store import Store, StoreError, StoreProblem, open_store
from vergadering.timeline import BellReason, BlockChoice, EventKind, Phase

MEETING = dt.date(2026, 11, 24)  # a Tuesday, the team's meeting day
NEXT = dt.date(2026, 12, 1)
HORIZON = dt.date(2027, 5, 24)
DEFAULT = dt.date(2027, 5, 18)  # the next evaluation offered: the Tuesday before HORIZON


# -- fixtures ------------------------------------------------------------------
@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 24, 8, 55))


@dataclasses.dataclass
class Agenda:
    hamer: Item  # lopend mededeling, proposal afsluiten, 2 min
    vraag: Item  # lopend vraag, proposal doorgaan, 5 min
    kwestie: Item  # lopend kwestie, 10 min
    acute1: Item  # acuut kwestie, 10 min
    acute2: Item  # acuut vraag, 5 min


def _queue(store: Store, reference: str, presenter: int, item_type: ItemType, block: Block,
           minutes: int, proposal: DecisionKind | None = None) -> Item:
    client = clients.add_client(store, clients.ClientInput(reference, presenter))
    question = "" if item_type is ItemType.MEDEDELING else f"Wat doen we met {reference}?"
    return items.queue_item(store, ItemInput(client.id, presenter, item_type, block, question,
                                             "Stand: stabiel.", minutes, proposal),
                            by=presenter, meeting_date=MEETING)


@pytest.fixture
def agenda(store: Store) -> Agenda:
    return make_agenda(store)


def make_agenda(store: Store) -> Agenda:
    anouk = members.add_member(store, "Anouk de Vries").id
    bram = members.add_member(store, "Bram Jansen").id
    return Agenda(
        hamer=_queue(store, "H-1", anouk, ItemType.MEDEDELING, Block.LOPEND, 2,
                     DecisionKind.AFSLUITEN),
        vraag=_queue(store, "V-2", bram, ItemType.VRAAG, Block.LOPEND, 5, DecisionKind.DOORGAAN),
        kwestie=_queue(store, "K-3", anouk, ItemType.KWESTIE, Block.LOPEND, 10),
        acute1=_queue(store, "A-4", bram, ItemType.KWESTIE, Block.ACUUT, 10),
        acute2=_queue(store, "A-5", anouk, ItemType.VRAAG, Block.ACUUT, 5),
    )


class FakeBell:
    rings = 0

    def __init__(self, parent: object = None) -> None:
        pass

    def ring(self) -> None:
        FakeBell.rings += 1


@pytest.fixture(autouse=True)
def silent_bell(monkeypatch: pytest.MonkeyPatch) -> type[FakeBell]:
    """No sound device in the tests: the bell's ring is counted, not played."""
    FakeBell.rings = 0
    monkeypatch.setattr(bell_module, "Bell", FakeBell)
    monkeypatch.setattr(projector_module, "Bell", FakeBell, raising=False)
    paths.settings().remove(chair_actions.SCREEN_KEY)
    return FakeBell


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog that no test answers would wait forever: it fails the test instead.
    Tests answer a dialog by replacing its ``ask``/``exec`` (see :func:`answer_with`)."""
    def refuse(self: QWidget, *args: object) -> int:
        raise AssertionError(f"unanswered dialog: {type(self).__name__} "
                             f"{getattr(self, 'text', lambda: '')()}")

    for kind in (QDialog, QMessageBox, QMenu):
        monkeypatch.setattr(kind, "exec", refuse)


def answer_with(monkeypatch: pytest.MonkeyPatch, kind: type[QDialog],
                answer: object) -> list[str]:
    """Instead of a blocking exec(): show the dialog, let ``answer(dialog)`` act on it
    and return its result. Returns the window titles of the dialogs seen."""
    seen: list[str] = []

    def exec_dialog(self: QDialog) -> int:
        self.show()
        seen.append(self.windowTitle())
        answer(self)  # type: ignore[operator]
        return int(self.result()) if not self.isVisible() else 0

    monkeypatch.setattr(kind, "exec", exec_dialog)
    return seen


@pytest.fixture
def closing_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ending a treatment is confirmed: the references asked about (answered yes)."""
    asked: list[str] = []

    def close_treatment(parent: object, reference: str) -> bool:
        asked.append(reference)
        return True

    monkeypatch.setattr(chair_questions, "close_treatment", close_treatment)
    return asked


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error",
                        lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, accept_label: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(widgets, "confirm", confirm)
    return asked


def make_page(qtbot, store: Store, *, tick_ms: int = 3_600_000) -> MeetingPage:  # type: ignore[no-untyped-def]
    page = MeetingPage(store, tick_ms=tick_ms)  # the tests tick by hand
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(qtbot, store: Store, agenda: Agenda, clock: FakeClock) -> MeetingPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, store)


def press(qtbot, page: QWidget, key: Qt.Key,  # type: ignore[no-untyped-def]
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(page, key, modifier)


def start(qtbot, page: MeetingPage, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    press(qtbot, page, Qt.Key.Key_F5)
    assert page.is_running()


def current_id(page: MeetingPage) -> int | None:
    state = page.controller.state()
    return state.current.item_id if state and state.current else None


def tick(page: MeetingPage, clock: FakeClock, **delta: float) -> None:
    clock.advance(**delta)
    page.controller.tick()


def record(store: Store, item: Item, kind: DecisionKind = DecisionKind.DOORGAAN) -> None:
    """The decision about ``item`` (under discussion), recorded outside the screen."""
    decisions.record_decision(store, item.id, DecisionInput(
        kind, add_months(MEETING, 3), koers="Zo door" if kind is DecisionKind.DOORGAAN else "",
        referred_to="Huisarts" if kind is DecisionKind.VERWIJZEN else "",
        closes_client_id=item.client_id if kind is DecisionKind.AFSLUITEN else None))


# -- before and starting ------------------------------------------------------------
def test_before_the_meeting_the_agenda_shows_and_f5_starts_it(qtbot, page: MeetingPage,
                                                             clock: FakeClock,
                                                             store: Store) -> None:  # type: ignore[no-untyped-def]
    assert not page.is_running()
    assert page.stack.currentWidget() is page.before
    lopend = page.before.panels[Block.LOPEND]
    assert [lopend.model.item_at(r).client_reference for r in range(lopend.model.rowCount())] \
        == ["H-1", "V-2", "K-3"]
    assert "17 van 60 min" in lopend.title.text()
    assert "niet vandaag" not in page.before.note.text()
    assert page.start_meeting_action.isEnabled()
    assert not page.start_item_action.isEnabled()

    start(qtbot, page, clock)
    assert meetings.running(store) is not None
    assert page.stack.currentWidget() is page.running
    assert not page.start_meeting_action.isEnabled()
    assert page.model.status_text(page.agenda_view.model().rows()[1].item.id) == "wacht"


def test_n_starts_the_next_item_and_enter_the_chosen_one(qtbot, page: MeetingPage,
                                                         clock: FakeClock, store: Store,
                                                         agenda: Agenda) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, page, clock)
    press(qtbot, page, Qt.Key.Key_N)
    assert current_id(page) == agenda.hamer.id
    assert page.model.status_text(agenda.hamer.id) == "bezig"
    assert page.current.reference.text() == "H-1"
    assert page.current.badge.text() == "MEDEDELING"
    assert not page.start_item_action.isEnabled()  # one item at a time

    decisions.confirm_hamerstuk(store, agenda.hamer.id, closes_client_id=agenda.hamer.client_id)
    assert current_id(page) is None
    # Confirmed as a hamerstuk (a hamerstuk, too, is the item under discussion: rule 8).
    assert page.model.status_text(agenda.hamer.id) == "hamerstuk: afsluiten"
    # Choose the kwestie instead of the vraag that is next, and press Enter.
    page.agenda_view.setFocus()
    page.select_item(agenda.kwestie.id)
    press(qtbot, page.agenda_view, Qt.Key.Key_Return)
    assert current_id(page) == agenda.kwestie.id
    assert page.model.status_text(agenda.vraag.id) == "wacht"


# -- time --------------------------------------------------------------------------
def test_countdown_turns_amber_then_red_and_counts_up(qtbot, page: MeetingPage,
                                                      clock: FakeClock, agenda: Agenda) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, page, clock)
    page.start_item(agenda.vraag.id)  # 5 minutes
    assert page.current.countdown.text() == "05:00"
    assert page.countdown_phase is Phase.NORMAL
    tick(page, clock, minutes=3, seconds=59)
    assert page.current.countdown.text() == "01:01"
    assert page.countdown_phase is Phase.NORMAL
    tick(page, clock, seconds=1)  # the last 20%: one minute of five
    assert page.current.countdown.text() == "01:00"
    assert page.countdown_phase is Phase.AMBER
    assert page.current.countdown.property("phase") == "amber"
    assert not page.time_up_prompt_visible()

    with qtbot.waitSignal(page.controller.timeUp) as time_up:
        tick(page, clock, minutes=1)
    assert time_up.args == [agenda.vraag.id]
    assert page.countdown_phase is Phase.OVERRUN
    assert page.current.countdown.property("phase") == "overrun"
    assert page.time_up_prompt_visible()
    assert "Tijd om" in page.current.time_up_text.text()
    tick(page, clock, minutes=1, seconds=23)
    assert page.current.countdown.text() == "+01:23"


def test_countdown_text() -> None:
    assert countdown(300) == "05:00"
    assert countdown(0.4) == "00:01"
    assert countdown(0) == "+00:00"
    assert countdown(-83.9) == "+01:23"
    assert countdown(-3600) == "+60:00"


def test_extending_by_key_is_logged_and_removes_the_prompt(qtbot, page: MeetingPage,
                                                           clock: FakeClock, store: Store,
                                                           agenda: Agenda,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(chair_actions.ExtendMenu, "ask", classmethod(lambda cls, p, at: 2))
    start(qtbot, page, clock)
    page.start_item(agenda.hamer.id)  # 2 minutes
    tick(page, clock, minutes=2, seconds=30)
    assert page.time_up_prompt_visible()
    press(qtbot, page, Qt.Key.Key_V)
    meeting = meetings.running(store)
    assert meeting is not None
    extended = [e for e in run.events(store, meeting.id) if e.kind is EventKind.EXTENDED]
    assert [(e.item_id, e.details["minutes"]) for e in extended] == [(agenda.hamer.id, 2)]
    assert not page.time_up_prompt_visible()
    assert page.current.countdown.text() == "01:30"
    assert "2 min verlengd" in page.current.allowed.text()


def test_pause_stops_the_clock_and_space_resumes(qtbot, page: MeetingPage, clock: FakeClock,
                                                 agenda: Agenda) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, page, clock)
    page.start_item(agenda.vraag.id)
    tick(page, clock, minutes=1)
    press(qtbot, page, Qt.Key.Key_P)
    assert page.current.pause_banner.isVisible()
    assert page.pause_action.text() == "Hervatten"
    tick(page, clock, minutes=10)
    assert page.current.countdown.text() == "04:00"
    assert not page.time_up_prompt_visible()
    press(qtbot, page, Qt.Key.Key_Space)
    assert not page.current.pause_banner.isVisible()
    tick(page, clock, seconds=30)
    assert page.current.countdown.text() == "03:30"


# -- the bell --------------------------------------------------------------------------
def test_bell_rings_by_b_and_period_and_takes_a_reason(qtbot, page: MeetingPage,
                                                       clock: FakeClock, store: Store,
                                                       agenda: Agenda,
                                                       silent_bell: type[FakeBell]) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, page, clock)
    page.start_item(agenda.kwestie.id)
    with qtbot.waitSignal(page.controller.bellRung):
        press(qtbot, page, Qt.Key.Key_B)
    press(qtbot, page, Qt.Key.Key_Period)
    state = page.controller.state()
    assert state is not None and state.bells == 2
    assert page.current.bell.count.text() == "2× gebeld"
    assert silent_bell.rings == 2
    assert page.current.bell.chips_box.isVisible()

    page.current.bell.chips[BellReason.NEW_POINT].click()
    meeting = meetings.running(store)
    assert meeting is not None
    bells = [e for e in run.events(store, meeting.id) if e.kind is EventKind.BELL]
    assert [e.details.get("reason") for e in bells] == [None, "nieuw_punt"]
    assert page.current.bell.chips[BellReason.NEW_POINT].isChecked()

    record(store, agenda.kwestie)  # the next item starts without chips or count
    assert not page.current.bell.chips_box.isVisible()
    assert page.current.bell.count.text() == ""


def test_the_bell_keys_do_nothing_before_the_meeting(qtbot, page: MeetingPage,  # type: ignore[no-untyped-def]
                                                     silent_bell: type[FakeBell]) -> None:
    press(qtbot, page, Qt.Key.Key_B)
    assert silent_bell.rings == 0
    assert not page.bell_action.isEnabled()


# -- the acute block -----------------------------------------------------------------------
@pytest.fixture
def acute_spent(qtbot, page: MeetingPage, clock: FakeClock, store: Store,  # type: ignore[no-untyped-def]
                agenda: Agenda) -> Agenda:
    """The first acute item used the whole acute budget (30 min)."""
    start(qtbot, page, clock)
    page.start_item(agenda.acute1.id)
    tick(page, clock, minutes=31)
    record(store, agenda.acute1)
    return agenda


def consultation_next_week(dialog: BlockChoiceDialog) -> None:
    """Apart overleg, taken by the presenter (the default), reporting back in a week."""
    dialog.choose(BlockChoice.CONSULTATION)
    dialog.consultation.quick_buttons[dt.date(2026, 12, 1)].click()
    assert dialog.confirm()


@pytest.mark.parametrize("choice", [BlockChoice.DEFER, BlockChoice.CONSULTATION,
                                    BlockChoice.TAKE_ANYWAY])
def test_acute_block_spent_asks_the_chair(qtbot, page: MeetingPage, clock: FakeClock,
                                          store: Store, acute_spent: Agenda,
                                          choice: BlockChoice,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    costs: list[str] = []

    def answer(dialog: BlockChoiceDialog) -> None:
        costs.append(dialog.cost_label.text())
        assert dialog.chosen() is BlockChoice.DEFER  # what Enter does: nothing is taken
        if choice is BlockChoice.CONSULTATION:
            consultation_next_week(dialog)
        else:
            dialog.choose(choice)
            assert dialog.confirm()

    seen = answer_with(monkeypatch, BlockChoiceDialog, answer)
    page.select_item(acute_spent.acute2.id)
    press(qtbot, page, Qt.Key.Key_N)
    assert seen == ["De tijd voor acute punten is op"]
    # The lopend block's waiting items need 17 of its 60 min: the 6 come from its free
    # time (the acute block ran 1 min over: that minute is part of the cost).
    assert costs == ["A-5 krijgt 5 min, plus de 1 min die het blok acuut al over tijd is. "
                     "Die 6 min gaan af van de vrije tijd van het blok lopend; de "
                     "vergadering loopt niet uit."]
    item = items.get(store, acute_spent.acute2.id)
    if choice is BlockChoice.DEFER:
        assert item.meeting_date == NEXT
        assert page.model.status_text(item.id) == "uitgesteld"
        assert current_id(page) is None
    elif choice is BlockChoice.CONSULTATION:
        assert item.outcome is Outcome.CONSULTATION
        assert page.model.status_text(item.id) == "apart overleg"
        assert current_id(page) is None
    else:
        assert current_id(page) == item.id
        tick(page, clock, minutes=3)
        times = page.current.times.block_labels
        assert times[Block.LOPEND].text() == "Lopend: nog 54 min (−6 min voor acuut)"
        assert times[Block.ACUUT].text() == "Acuut: nog 2 min (+6 min genomen)"
        assert not page.block_prompt_visible()
        tick(page, clock, minutes=2)  # its 5 minutes are used: the chair is asked again
        assert page.block_prompt_visible()


def test_acute_choice_cancelled_starts_nothing(qtbot, page: MeetingPage, store: Store,
                                               acute_spent: Agenda,
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    answer_with(monkeypatch, BlockChoiceDialog, lambda dialog: dialog.reject())
    assert not page.start_item(acute_spent.acute2.id)
    assert current_id(page) is None
    assert items.get(store, acute_spent.acute2.id).outcome is None
    meeting = meetings.running(store)
    assert meeting is not None
    assert [e for e in run.events(store, meeting.id) if e.kind is EventKind.BLOCK_CHOICE] == []


def test_acute_dialog_explains_the_three_choices(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                 acute_spent: Agenda) -> None:
    dialog = BlockChoiceDialog(store, acute_spent.acute2)
    qtbot.addWidget(dialog)
    texts = [b.text().replace("&", "") for b in dialog.buttons.values()]
    assert texts == ["Uitstellen naar de volgende vergadering", "Apart overleg plannen",
                     "Toch nemen"]
    dialog.buttons[BlockChoice.CONSULTATION].click()
    assert dialog.chosen() is BlockChoice.CONSULTATION
    assert dialog.confirm_button.text() == "Apart overleg vastleggen"
    assert not dialog.details[BlockChoice.CONSULTATION].isHidden()


# -- decisions ---------------------------------------------------------------------------
@pytest.fixture
def running(qtbot, page: MeetingPage, clock: FakeClock, agenda: Agenda) -> Agenda:  # type: ignore[no-untyped-def]
    start(qtbot, page, clock)
    return agenda


def open_form(qtbot, store: Store, item: Item, **kwargs: bool) -> DecisionForm:  # type: ignore[no-untyped-def]
    form = DecisionForm(store, item, **kwargs)
    # Closed at the end of the test without the question a user gets on Esc.
    qtbot.addWidget(form, before_close_func=lambda f: f.done(QDialog.DialogCode.Rejected))
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


@pytest.mark.parametrize(("key", "kind"), [(Qt.Key.Key_1, DecisionKind.DOORGAAN),
                                           (Qt.Key.Key_2, DecisionKind.AFSLUITEN),
                                           (Qt.Key.Key_3, DecisionKind.VERWIJZEN)])
def test_each_decision_by_keyboard(qtbot, running: Agenda, store: Store, page: MeetingPage,  # type: ignore[no-untyped-def]
                                   key: Qt.Key, kind: DecisionKind,
                                   closing_asked: list[str]) -> None:
    page.start_item(running.kwestie.id)
    form = open_form(qtbot, store, running.kwestie)
    assert form.kind() is None  # no proposal: nothing preselected
    qtbot.keyClick(form, key)
    assert form.kind() is kind
    if kind is DecisionKind.DOORGAAN:
        assert form.koers_edit.hasFocus()
        qtbot.keyClicks(form.koers_edit, "Wekelijks gesprek")
    elif kind is DecisionKind.VERWIJZEN:
        assert form.referred_edit.hasFocus()
        qtbot.keyClicks(form.referred_edit, "Huisarts")
    assert form.date_section.isVisible() == (kind is not DecisionKind.AFSLUITEN)
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.decision is not None
    decision = form.decision
    assert decision.kind is kind
    assert decision.decided_on == MEETING  # the day it was taken
    assert closing_asked == (["K-3"] if kind is DecisionKind.AFSLUITEN else [])
    assert decision.worded_by == "Anouk de Vries"  # the presenter, by default
    client = clients.get(store, running.kwestie.client_id)
    if kind is DecisionKind.AFSLUITEN:
        assert decision.next_evaluation is None
        assert not client.active
    else:
        # The default: the meeting day on or before the meeting date + 6 months.
        assert decision.next_evaluation == DEFAULT
        assert client.next_evaluation == DEFAULT
    assert current_id(page) is None
    assert page.model.status_text(running.kwestie.id) == f"besloten: {kind.value}"


def test_decision_form_preselects_the_proposal_and_offers_quick_dates(
        qtbot, running: Agenda, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, running.vraag)
    assert form.kind() is DecisionKind.DOORGAAN
    assert [b.text() for b in form.quick_buttons.values()] == ["6 weken", "3 maanden",
                                                               "6 maanden"]
    # Each on the team's meeting day (Tuesday) on or before it: never beyond the horizon.
    assert form.date_field.date() == DEFAULT
    assert form.quick_buttons[DEFAULT].isChecked()
    assert form.weekday.text() == "dinsdag 18 mei 2027"
    six_weeks = MEETING + dt.timedelta(weeks=6)
    form.quick_buttons[six_weeks].click()
    assert form.date_field.date() == six_weeks
    assert form.weekday.text() == "dinsdag 5 januari 2027"
    three_months = add_months(MEETING, 3)  # 24 February, a Wednesday
    form.quick_buttons[three_months - dt.timedelta(days=1)].click()
    assert form.date_field.text() == "23-02-2027"
    assert form.weekday.text() == "dinsdag 23 februari 2027"
    assert not form.reason_shown()
    # A date typed off the meeting day says at which meeting the client comes up.
    assert form.meeting_hint.isHidden()
    form.date_field.setText("26-02-2027")
    assert form.weekday.text() == "vrijdag 26 februari 2027"
    assert not form.meeting_hint.isHidden()
    assert form.meeting_hint.text() == ("Geen vergaderdag: de cliënt komt aan de beurt in "
                                        "het MDO van dinsdag 23 februari 2027.")


def test_decision_form_takes_a_dutch_date_and_wants_a_reason_beyond_the_horizon(
        qtbot, running: Agenda, store: Store, page: MeetingPage) -> None:  # type: ignore[no-untyped-def]
    page.start_item(running.vraag.id)
    form = open_form(qtbot, store, running.vraag)
    form.koers_edit.setPlainText("Gesprekken afbouwen")
    form.date_field.clear()
    qtbot.keyClicks(form.date_field, "1-3-2027")
    assert form.date_field.date() == dt.date(2027, 3, 1)
    assert not form.reason_shown()
    form.date_field.setText("31-05-2027")
    assert form.reason_shown()
    assert "24-05-2027" in form.reason_title.text()  # the horizon itself, not rounded
    assert form.reason_edit.placeholderText() == ("bijvoorbeeld: na de zomer, als het "
                                                  "nieuwe team er is")
    assert not form.save()
    assert form.reason_error.isVisible()
    assert "reden" in form.reason_error.text()
    assert form.koers_edit.toPlainText() == "Gesprekken afbouwen"  # nothing typed is lost
    form.reason_edit.setText("Na de zomer, als de nieuwe psychiater er is")
    assert form.save()
    assert form.decision is not None
    assert form.decision.next_evaluation == dt.date(2027, 5, 31)
    assert form.decision.date_reason == "Na de zomer, als de nieuwe psychiater er is"


def test_decision_form_wants_a_reason_for_a_past_date_and_shows_problems(
        qtbot, running: Agenda, store: Store, page: MeetingPage) -> None:  # type: ignore[no-untyped-def]
    page.start_item(running.kwestie.id)
    form = open_form(qtbot, store, running.kwestie)
    form.choose_kind(DecisionKind.DOORGAAN)
    form.date_field.setText("01-11-2026")
    assert form.reason_shown()
    assert "verleden" in form.reason_title.text()
    # The example fits a past date: not "na de zomer".
    assert form.reason_edit.placeholderText() == (
        "bijvoorbeeld: evaluatie was al gepland op 01-11-2026, wordt zo snel mogelijk "
        "ingehaald")
    form.date_field.setText("01-06-2027")  # beyond the horizon: the other example
    assert "na de zomer" in form.reason_edit.placeholderText()
    form.date_field.setText("01-11-2026")
    assert not form.save()  # no koers and no reason
    assert form.koers_error.isVisible()
    assert form.reason_error.isVisible()
    form.choose_kind(DecisionKind.VERWIJZEN)
    form.date_field.setText("31-02-2027")
    assert not form.save()
    assert "geen geldige datum" in form.date_error.text()
    assert decisions.for_meeting(store, running.kwestie.meeting_id) == []


def test_chair_can_word_the_decision(qtbot, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
                                     page: MeetingPage, closing_asked: list[str]) -> None:
    page.start_item(running.kwestie.id)
    form = open_form(qtbot, store, running.kwestie)
    form.choose_kind(DecisionKind.AFSLUITEN)
    form.role_buttons["chair"].setChecked(True)
    assert form.save()
    assert form.decision is not None
    assert form.decision.worded_by_role == "chair"
    assert form.decision.worded_by is None


def test_d_opens_the_decision_form_for_the_current_item(qtbot, page: MeetingPage,
                                                        running: Agenda,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(DecisionForm, "ask", classmethod(
        lambda cls, store, item, parent=None, hamerstuk=False:
        asked.append((item.client_reference, hamerstuk))))
    page.start_item(running.vraag.id)
    press(qtbot, page, Qt.Key.Key_D)
    assert asked == [("V-2", False)]


def test_hamerstuk_in_one_key(qtbot, page: MeetingPage, running: Agenda, store: Store,  # type: ignore[no-untyped-def]
                             closing_asked: list[str]) -> None:
    press(qtbot, page, Qt.Key.Key_H)  # the next item is a mededeling proposing afsluiten
    assert closing_asked == ["H-1"]  # ending a treatment is confirmed, the client named
    assert page.model.status_text(running.hamer.id) == "hamerstuk: afsluiten"
    [decision] = decisions.for_meeting(store, running.hamer.meeting_id)
    assert decision.kind is DecisionKind.AFSLUITEN
    assert current_id(page) is None
    assert page.agenda_view.selected_item_id() == running.vraag.id  # what comes next


def test_hamerstuk_that_needs_a_koers_opens_the_form(qtbot, page: MeetingPage, store: Store,
                                                     agenda: Agenda, clock: FakeClock,
                                                     errors: list[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(DecisionForm, "ask", classmethod(
        lambda cls, store, item, parent=None, hamerstuk=False:
        asked.append((item.client_reference, hamerstuk))))
    anouk = members.list_members(store)[0].id
    notice = _queue(store, "M-6", anouk, ItemType.MEDEDELING, Block.LOPEND, 2,
                    DecisionKind.DOORGAAN)
    start(qtbot, page, clock)
    page.select_item(agenda.vraag.id)
    # A vraag is no hamerstuk: H is off, and its tip says why and what to press.
    assert not page.hamerstuk_action.isEnabled()
    tip = page.hamerstuk_action.toolTip()
    assert "alleen een mededeling met een voorgesteld besluit" in tip
    assert "V-2 is een vraag" in tip and "Besluit (D)" in tip
    press(qtbot, page, Qt.Key.Key_H)
    assert errors == [] and asked == [] and current_id(page) is None
    # A mededeling proposing doorgaan still needs its koers: the form asks for it.
    page.select_item(notice.id)
    press(qtbot, page, Qt.Key.Key_H)
    assert asked == [("M-6", True)]


def test_hamerstuk_form_keeps_the_proposal(qtbot, page: MeetingPage, store: Store,
                                           agenda: Agenda, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    anouk = members.list_members(store)[0].id
    notice = _queue(store, "M-6", anouk, ItemType.MEDEDELING, Block.LOPEND, 2,
                    DecisionKind.DOORGAAN)
    start(qtbot, page, clock)
    page.start_item(notice.id)
    form = open_form(qtbot, store, notice, hamerstuk=True)
    assert form.kind() is DecisionKind.DOORGAAN
    assert not form.kind_buttons[DecisionKind.AFSLUITEN].isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_2)  # not this one: the proposal is confirmed as it is
    assert form.kind() is DecisionKind.DOORGAAN
    form.koers_edit.setPlainText("Zo doorgaan tot de evaluatie")
    assert form.save()
    assert form.decision is not None and form.decision.kind is DecisionKind.DOORGAAN
    assert page.model.status_text(notice.id) == "hamerstuk: doorgaan"


def test_skip_and_defer_by_key(qtbot, page: MeetingPage, running: Agenda, store: Store,
                               confirmations: list[str]) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_N)
    press(qtbot, page, Qt.Key.Key_S)
    assert confirmations and "H-1" in confirmations[0]
    assert items.get(store, running.hamer.id).outcome is Outcome.SKIPPED
    assert page.model.status_text(running.hamer.id) == "overgeslagen"
    press(qtbot, page, Qt.Key.Key_N)
    assert current_id(page) == running.vraag.id
    press(qtbot, page, Qt.Key.Key_U)
    assert items.get(store, running.vraag.id).meeting_date == NEXT
    assert page.model.status_text(running.vraag.id) == "uitgesteld"
    # A waiting item is deferred without asking.
    page.select_item(running.acute2.id)
    press(qtbot, page, Qt.Key.Key_U)
    assert len(confirmations) == 2
    assert items.get(store, running.acute2.id).meeting_date == NEXT


# -- restart and close -----------------------------------------------------------------
def test_restart_resumes_the_item_with_the_same_elapsed_time(qtbot, page: MeetingPage,
                                                             clock: FakeClock, store: Store,
                                                             agenda: Agenda) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, page, clock)
    page.start_item(agenda.kwestie.id)
    tick(page, clock, minutes=3, seconds=20)
    before = page.current.countdown.text()
    page.close()

    again = make_page(qtbot, store)  # as after a crash: built from the stored events
    assert again.is_running()
    assert again.stack.currentWidget() is again.running
    assert again.current.countdown.text() == before == "06:40"
    assert again.model.status_text(agenda.kwestie.id) == "bezig"
    assert again.agenda_view.selected_item_id() == agenda.kwestie.id


def test_main_window_opens_on_a_running_meeting_and_lists_the_keys(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                   agenda: Agenda,
                                                                   clock: FakeClock) -> None:
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.current_area() == "vergadering"
    listed = {a.text() for a in window.actions() if not a.shortcut().isEmpty()}
    assert {"Belletje", "Start volgend punt", "Hamerstuk bevestigen"} <= listed
    # The one-key commands work only on the meeting page.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area("agenda")
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert current_id(window.meeting_page) is None
    window.show_area("vergadering")
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert current_id(window.meeting_page) == agenda.hamer.id


def test_closing_says_how_many_items_move_on(qtbot, page: MeetingPage, running: Agenda,
                                            store: Store, confirmations: list[str],
                                            errors: list[str], closing_asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    for acute in (running.acute1, running.acute2):  # no acute items left to choose for
        page.start_item(acute.id)
        record(store, acute)
    press(qtbot, page, Qt.Key.Key_H)  # hamerstuk
    press(qtbot, page, Qt.Key.Key_N)  # the vraag is in progress: first its decision
    press(qtbot, page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert errors and "besluit" in errors[0]
    record(store, running.vraag)
    press(qtbot, page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert "1 agendapunt is niet aan bod gekomen" in confirmations[-1]
    meeting = meetings.find(store, MEETING)
    assert meeting is not None and meeting.status is MeetingStatus.CLOSED
    assert not page.is_running()
    assert page.stack.currentWidget() is page.before
    assert page.before.closed_note.text() == (
        "De vergadering van dinsdag 24 november 2026 is afgesloten: 4 besluiten vastgelegd, "
        "1 punt doorgeschoven naar de volgende vergadering.")
    assert {i.client_reference for i in items.list_items(store, NEXT)} == {"K-3"}


def test_closing_counts_one_decision_as_one(qtbot, page: MeetingPage, running: Agenda,  # type: ignore[no-untyped-def]
                                           store: Store, confirmations: list[str]) -> None:
    for item, end in ((running.hamer, page.skip), (running.vraag, None),
                      (running.kwestie, page.skip), (running.acute1, page.defer),
                      (running.acute2, page.defer)):
        assert page.start_item(item.id)
        assert end() if end is not None else record(store, item) is None
    press(qtbot, page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert "2 agendapunten" in confirmations[-1]
    assert page.before.closed_note.text().endswith(
        "afgesloten: 1 besluit vastgelegd, 2 punten doorgeschoven naar de volgende "
        "vergadering.")


# -- projector and read-only -----------------------------------------------------------
class FakeProjector(QWidget):
    shown_on: list[object] = []

    def __init__(self, controller: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

    def show_on(self, screen: object) -> None:
        FakeProjector.shown_on.append(screen)
        self.show()


def test_f6_shows_and_hides_the_projector(qtbot, page: MeetingPage,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    FakeProjector.shown_on = []
    monkeypatch.setattr(projector_module, "ProjectorWindow", FakeProjector)
    press(qtbot, page, Qt.Key.Key_F6)
    assert page.projector is not None and page.projector.isVisible()
    qtbot.addWidget(page.projector)
    assert FakeProjector.shown_on == [None]  # one screen: the chair switches views
    assert page.projector_action.text() == "Beamer verbergen"
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    press(qtbot, page, Qt.Key.Key_F6)
    assert not page.projector.isVisible()
    assert page.projector_action.text() == "Beamer tonen"
    # With one screen the chair switches: F6 on the projector's window goes back too.
    press(qtbot, page, Qt.Key.Key_F6)
    page.projector.activateWindow()
    qtbot.waitUntil(page.projector.isActiveWindow)
    qtbot.keyClick(page.projector, Qt.Key.Key_F6)
    assert not page.projector.isVisible()


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_the_projector_goes_to_the_chosen_or_the_other_screen(
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, beamer, tv = FakeScreen("eDP-1"), FakeScreen("HDMI-1"), FakeScreen("DP-2")
    screens = [laptop]
    monkeypatch.setattr(chair_actions.QGuiApplication, "screens", staticmethod(lambda: screens))
    assert chair_actions.choose_screen(None, laptop) is None  # one screen: switch views
    screens[:] = [laptop, beamer, tv]
    assert chair_actions.choose_screen(None, laptop) is beamer
    assert chair_actions.choose_screen("DP-2", laptop) is tv
    assert chair_actions.choose_screen("HDMI-9", laptop) is beamer  # not connected now


def test_read_only_database_explains_and_disables(qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from vergadering.store import open_store

    path = tmp_path / "team.db"
    writable = open_store(path)
    member = members.add_member(writable, "Anouk de Vries").id
    settings = team_settings.load(writable)
    team_settings.save(writable, dataclasses.replace(settings, meeting_weekday=1))
    writable.close()
    monkeypatch.setattr("vergadering.store.os.access", lambda *a, **k: False)
    store = open_store(path)
    assert store.read_only and member
    page = make_page(qtbot, store)
    assert page.read_only_note.isVisible()
    assert "Alleen-lezen" in page.read_only_note.text()
    assert not page.start_meeting_action.isEnabled()
    assert not page.bell_action.isEnabled()
    store.close()


def test_agenda_model_passes_the_model_tester(qtbot, page: MeetingPage, running: Agenda,  # type: ignore[no-untyped-def]
                                              qtmodeltester) -> None:
    page.start_item(running.hamer.id)
    qtmodeltester.check(page.model)



def visible_label_texts(widget: QWidget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_between_items_the_next_one_is_previewed(qtbot, page: MeetingPage, running: Agenda,  # type: ignore[no-untyped-def]
                                                 store: Store, closing_asked: list[str]) -> None:
    assert page.countdown_phase is None
    assert page.current.reference.text() == "H-1"
    assert "N: starten, H: hamerstuk" in page.current.no_item.text()
    assert page.current.countdown.text() == "02:00"
    press(qtbot, page, Qt.Key.Key_H)
    assert page.current.reference.text() == "V-2"
    assert page.current.no_item.text() == "Volgende punt — N: starten"
    assert page.agenda_view.selected_item_id() == running.vraag.id


def test_the_chair_screen_shows_no_more_than_the_projector_may(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                               agenda: Agenda,
                                                               clock: FakeClock) -> None:
    page = make_page(qtbot, store)
    start(qtbot, page, clock)
    page.start_item(agenda.kwestie.id)
    texts = visible_label_texts(page)
    assert "Wat doen we met K-3?" in texts
    # The stand van het proces is on the chair's screen, never on the projector.
    assert "Stand: stabiel." in texts and "Stand van het proces" in texts
    settings = team_settings.load(store)
    team_settings.save(store, dataclasses.replace(settings, privacy_mode=True))
    texts = visible_label_texts(page)
    assert "Wat doen we met K-3?" not in texts
    assert not any("Stand: stabiel." in t for t in texts)  # like the question: not in privacy
    assert page.current.privacy_note.isVisible()
    assert "de stand van het proces" in page.current.privacy_note.text()
    assert "alleen de cliëntreferentie en de tijden" in page.current.privacy_note.text()
    row = page.model.row_of(agenda.kwestie.id)
    assert page.model.index(row, page.model.CLIENT).data(Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.usefixtures("app_style")
@pytest.mark.parametrize("minutes", [11, 31])  # the item's time up; the block's too
def test_the_prompts_never_squeeze_the_item_at_1280_by_720(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                           agenda: Agenda, clock: FakeClock,
                                                           minutes: int) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.show_area("vergadering")
    page = window.meeting_page
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store)
    run.start_item(store, agenda.acute1.id)
    clock.set(dt.datetime(2026, 11, 24, 9, minutes))
    run.pause(store)  # the time-up prompt and the pause banner both show
    page.controller.tick()
    qtbot.wait(1)
    current = page.current
    prompt = current.block_prompt if minutes > 30 else current.time_up
    assert prompt is not None and prompt.isVisible() and current.pause_banner.isVisible()
    # The agenda beside it keeps its status column (the prompt's buttons wrap).
    assert not page.agenda_view.isColumnHidden(page.model.STATUS)
    assert page.agenda_view.columnWidth(page.model.STATUS) >= 100
    for label in (current.reference, current.block, current.presenter):
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
    assert current.reference.height() >= current.reference.sizeHint().height()


# -- a team file another computer holds ------------------------------------------------
@pytest.fixture
def team_file(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    opened = open_store(tmp_path / "team.db", clock)
    yield opened
    opened.close()


def hold_for_a_moment(path: str, milliseconds: int = 600) -> sqlite3.Connection:
    """A colleague's computer saving: it holds the file's write lock, then lets go."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    QTimer.singleShot(milliseconds, other.rollback)
    return other


def test_a_busy_team_file_is_waited_for_while_the_meeting_clock_ticks(
        qtbot, team_file: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        errors: list[str]) -> None:
    agenda = make_agenda(team_file)
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(team_file)
    page = make_page(qtbot, team_file, tick_ms=50)
    ticks: list[object] = []
    page.controller.ticked.connect(ticks.append)
    bezet: list[str] = []

    def look() -> None:  # while waiting: the "bezet" window is up
        bezet.extend(w.labelText() for w in QApplication.topLevelWidgets()
                     if isinstance(w, QProgressDialog) and w.isVisible())

    # N while a colleague saves: the item starts once the file is free.
    other = hold_for_a_moment(team_file.path)
    QTimer.singleShot(400, look)
    try:
        assert page.start_item(agenda.kwestie.id)
    finally:
        other.close()
    assert current_id(page) == agenda.kwestie.id
    assert errors == []
    assert bezet and "bezet" in bezet[0]
    assert len(ticks) >= 5  # the clock went on during the wait: nothing froze

    # D: the decision is recorded while a colleague saves, the form closes after it.
    ticks.clear()
    bezet.clear()
    held: list[sqlite3.Connection] = []

    def answer(form: DecisionForm) -> None:
        form.choose_kind(DecisionKind.DOORGAAN)
        form.koers_edit.setPlainText("Wekelijks gesprek")
        held.append(hold_for_a_moment(team_file.path))
        QTimer.singleShot(400, look)
        assert form.save()

    answer_with(monkeypatch, DecisionForm, answer)
    try:
        assert page.decide()
    finally:
        for other in held:
            other.close()
    assert errors == []
    assert bezet
    assert len(ticks) >= 5
    recorded = [d for d in decisions.for_client(team_file, agenda.kwestie.client_id)]
    assert [(d.item_id, d.koers) for d in recorded] == [(agenda.kwestie.id, "Wekelijks gesprek")]
    assert current_id(page) is None
    assert page.model.status_text(agenda.kwestie.id) == "besloten: doorgaan"


def test_a_storage_problem_keeps_the_decision_form_open_with_what_was_typed(
        qtbot, running: Agenda, store: Store, page: MeetingPage,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    page.start_item(running.kwestie.id)
    form = open_form(qtbot, store, running.kwestie)
    form.choose_kind(DecisionKind.DOORGAAN)
    form.koers_edit.setPlainText("Wekelijks gesprek")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise StoreError(StoreProblem.DISK_FULL, "team.db")

    monkeypatch.setattr(decisions, "record_decision", disk_full)
    assert not form.save()
    assert len(errors) == 1 and errors[0]  # the runner's message, in Dutch
    assert form.isVisible() and form.decision is None
    assert form.koers_edit.toPlainText() == "Wekelijks gesprek"
    assert current_id(page) == running.kwestie.id  # nothing recorded
