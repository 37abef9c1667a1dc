"""The Besluiten screen: meetings newest first, the chosen besluitenlijst, a decision's
dossier text on the clipboard, and the list saved as Markdown, CSV and PDF."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import ui.decisions.minutes_panel as panel_module
from ui.decisions.page import DecisionsPage
from ui.reports import minutes_text
from vergadering import decisions, demo, run
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.follow_up import CarriedOut, FollowUpInput
from vergadering.items import DecisionKind
from vergadering.minutes import besluitenlijst
from vergadering.store import Store

MEETING_DAY = dt.datetime(2026, 11, 24, 9, 0)  # the demo's next meeting


@pytest.fixture
def demo_store(store: Store) -> Store:
    demo.fill_demo(store)
    return store


@pytest.fixture
def page(demo_store: Store, qtbot) -> DecisionsPage:  # type: ignore[no-untyped-def]
    widget = DecisionsPage(demo_store)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def listed_dates(page: DecisionsPage) -> list[dt.date]:
    return [page.meeting_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(page.meeting_list.count())]


def test_meetings_are_listed_newest_first_with_their_number_of_decisions(
        page: DecisionsPage, demo_store: Store) -> None:
    dates = listed_dates(page)
    assert len(dates) >= 12
    assert dates == sorted(dates, reverse=True)
    assert page.current_date() == dates[0]
    for row, date in enumerate(dates):
        minutes = besluitenlijst(demo_store, date)
        assert minutes is not None
        count = len(minutes.entries)
        text = page.meeting_list.item(row).text()
        assert (f"{count} besluiten" in text if count > 1 else
                "1 besluit" in text if count == 1 else "geen besluiten" in text)


def test_choosing_a_meeting_shows_its_decisions(page: DecisionsPage, demo_store: Store,
                                                qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    older = listed_dates(page)[3]
    page.meeting_list.setFocus()
    page.select_meeting(older)
    minutes = besluitenlijst(demo_store, older)
    assert minutes is not None and minutes.entries
    model = page.minutes_panel.model
    assert model.rowCount() == len(minutes.entries)
    for row, entry in enumerate(minutes.entries):
        assert model.index(row, model.CLIENT).data() == entry.client_reference
        assert model.index(row, model.KIND).data() == entry.kind.value
        expected = entry.next_evaluation.strftime("%d-%m-%Y") if entry.next_evaluation else "—"
        assert model.index(row, model.NEXT).data() == expected
        assert model.index(row, model.WORDED_BY).data(
            Qt.ItemDataRole.ToolTipRole) == minutes_text.worded_by(entry)
    assert "Besluitenlijst van" in page.minutes_panel.list_title.text()
    qtmodeltester.check(model)


def test_keyboard_moves_through_the_meetings(page: DecisionsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.meeting_list.setFocus()
    dates = listed_dates(page)
    qtbot.keyClick(page.meeting_list, Qt.Key.Key_Down)
    assert page.current_date() == dates[1]
    assert page.minutes is not None and page.minutes.date == dates[1]


def test_copy_for_dossier_puts_the_dossier_text_on_the_clipboard(page: DecisionsPage,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not page.minutes_panel.copy_action.isEnabled()  # nothing chosen yet
    page.minutes_panel.view.setFocus()
    page.minutes_panel.view.selectRow(1)
    assert page.minutes_panel.copy_action.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.minutes_panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert page.minutes is not None
    entry = page.minutes.entries[1]
    assert QGuiApplication.clipboard().text() == minutes_text.dossier_text(entry, page.minutes)
    assert page.minutes_panel.preview.text() == minutes_text.dossier_text(entry, page.minutes)
    assert page.status.text().startswith(
        f"Tekst voor het dossier van {entry.client_reference} gekopieerd.")


def test_copy_button_copies_too(page: DecisionsPage) -> None:
    page.minutes_panel.view.selectRow(0)
    QGuiApplication.clipboard().clear()
    page.minutes_panel.copy_action.trigger()
    assert page.minutes is not None
    assert QGuiApplication.clipboard().text() == minutes_text.dossier_text(
        page.minutes.entries[0], page.minutes)


@pytest.mark.parametrize("kind", ["md", "csv", "pdf"])
def test_each_format_is_saved(page: DecisionsPage, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    target = tmp_path / f"lijst.{kind}"
    asked: list[tuple[str, str]] = []

    def ask(parent, suggested_name: str, filter: str) -> str:  # type: ignore[no-untyped-def]  # noqa: A002
        asked.append((suggested_name, filter))
        return str(target)

    monkeypatch.setattr(panel_module, "ask_save_path", ask)
    panel = page.minutes_panel
    {"md": panel.markdown_action, "csv": panel.csv_action, "pdf": panel.pdf_action}[kind].trigger()
    minutes = page.minutes
    assert minutes is not None
    assert asked[0][0] == f"besluitenlijst-{minutes.date.isoformat()}.{kind}"
    if kind == "md":
        assert target.read_text(encoding="utf-8") == minutes_text.to_markdown(minutes)
    elif kind == "csv":
        with open(target, encoding=minutes_text.CSV_ENCODING, newline="") as file:
            rows = list(csv.reader(file, delimiter=";"))
        assert tuple(rows[0]) == minutes_text.CSV_HEADERS
        assert [row[1] for row in rows[1:]] == [
            e.client_reference for e in minutes.entries] + [
            o.client_reference for o in minutes.others]
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    else:
        assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.status.text()


def test_a_cancelled_save_writes_nothing(page: DecisionsPage, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(panel_module, "ask_save_path", lambda *args: None)
    page.minutes_panel.markdown_action.trigger()
    assert list(tmp_path.iterdir()) == []
    assert not page.status.isVisible()


def test_a_failed_save_says_so_in_dutch(page: DecisionsPage, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error",
                        lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(panel_module, "ask_save_path",
                        lambda *args: str(tmp_path / "missing" / "lijst.csv"))
    page.minutes_panel.csv_action.trigger()
    assert len(shown) == 1
    assert "kon niet worden opgeslagen" in shown[0]
    assert page.minutes is not None
    assert page.minutes_panel.model.rowCount() == len(page.minutes.entries)


def test_empty_state_without_meetings(store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DecisionsPage(store)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.meeting_list.count() == 0
    assert widget.empty_label.isVisible()
    assert not widget.splitter.isVisible()
    assert not widget.minutes_panel.save_button.isEnabled()
    assert not widget.minutes_panel.copy_action.isEnabled()


def test_a_started_meeting_appears_and_a_correction_is_marked(
        page: DecisionsPage, demo_store: Store, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = page.meeting_list.count()
    clock.set(MEETING_DAY)  # a meeting is held on the day it is started
    run.start_meeting(demo_store)
    qtbot.waitUntil(lambda: page.meeting_list.count() == before + 1)
    assert "loopt nog" in page.meeting_list.item(0).text()
    page.select_meeting(listed_dates(page)[0])
    assert page.minutes_panel.list_note.isVisible()
    assert page.minutes_panel.model.rowCount() == 0 and page.minutes_panel.no_decisions.isVisible()
    page.select_meeting(listed_dates(page)[1])
    assert page.minutes is not None
    entry = next(e for e in page.minutes.entries if e.kind is DecisionKind.DOORGAAN)
    old = decisions.get(demo_store, entry.decision_id)
    decisions.correct_decision(demo_store, old.id, DecisionInput(
        DecisionKind.DOORGAAN, next_evaluation=old.next_evaluation,
        koers="Gecorrigeerde koers", worded_by_role="chair"))
    qtbot.waitUntil(lambda: any(
        page.minutes_panel.model.index(r, page.minutes_panel.model.CORRECTION).data()
        for r in range(page.minutes_panel.model.rowCount())))
    model = page.minutes_panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, model.CORRECTION).data())
    assert model.index(row, model.COURSE).data() == "Gecorrigeerde koers"


# -- correcting a decision ---------------------------------------------------------------
def test_correct_opens_the_decision_form_on_the_chosen_decision(
        page: DecisionsPage, demo_store: Store, qtbot,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = page.minutes_panel
    assert not panel.correct_action.isEnabled()  # nothing chosen
    panel.view.setFocus()
    panel.view.selectRow(2)
    entry = panel.selected_entry()
    assert entry is not None and panel.correct_action.isEnabled()
    asked: list[tuple[int, int]] = []

    def ask(store, item, parent=None, *, hamerstuk=False, corrects=None):  # type: ignore[no-untyped-def]
        asked.append((item.id, corrects.id))
        return decisions.correct_decision(store, corrects.id, DecisionInput(
            DecisionKind.DOORGAAN, next_evaluation=corrects.decided_on + dt.timedelta(days=42),
            koers="Na correctie: eerst een netwerkgesprek", worded_by_role="chair",
            follow_up=FollowUpInput(CarriedOut.FULLY)  # rule 12, when the corrected had one
            if decisions.follow_up_due(store, item.client_id, corrects.id) else None))

    monkeypatch.setattr(panel_module.DecisionForm, "ask", ask)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    old = decisions.get(demo_store, entry.decision_id)
    assert asked == [(old.item_id, old.id)]
    # The list shows the correction in its place, still chosen, marked as a correction.
    qtbot.waitUntil(lambda: panel.selected_entry() is not None
                    and panel.selected_entry().corrects_id == old.id)  # type: ignore[union-attr]
    row = panel.view.selectionModel().selectedRows()[0].row()
    assert row == 2
    assert panel.model.index(row, panel.model.COURSE).data() == (
        "Na correctie: eerst een netwerkgesprek")
    assert panel.model.index(row, panel.model.CORRECTION).data() == "✎"
    assert "Correctie voor" in page.status.text()
    assert decisions.get(demo_store, old.id).koers == old.koers  # the old one stays


def test_cancelling_the_correction_changes_nothing(page: DecisionsPage, demo_store: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    panel = page.minutes_panel
    panel.view.selectRow(0)
    before = panel.minutes
    monkeypatch.setattr(panel_module.DecisionForm, "ask", lambda *a, **k: None)
    panel.correct_action.trigger()
    assert besluitenlijst(demo_store, page.current_date()) == before  # type: ignore[arg-type]
    assert not page.status.isVisible()


def test_a_read_only_database_cannot_correct(demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_store.read_only = True
    widget = DecisionsPage(demo_store)
    qtbot.addWidget(widget)
    widget.show()
    widget.minutes_panel.view.selectRow(0)
    assert widget.minutes_panel.copy_action.isEnabled()
    assert not widget.minutes_panel.correct_action.isEnabled()


def test_the_decision_form_corrects_with_the_old_values_filled_in(
        demo_store: Store, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ui.kit import chair_questions
    from ui.kit.decision_form import DecisionForm
    from vergadering import items

    asked: list[str] = []  # afsluiten is confirmed with the client named (rule 8)
    answers = [False, True]
    monkeypatch.setattr(chair_questions, "close_treatment",
                        lambda parent, reference: asked.append(reference) or answers.pop(0))

    minutes = besluitenlijst(demo_store, dt.date(2026, 11, 17))
    assert minutes is not None
    entry = next(e for e in minutes.entries if e.kind is DecisionKind.DOORGAAN)
    old = decisions.get(demo_store, entry.decision_id)
    assert old.item_id is not None
    form = DecisionForm(demo_store, items.get(demo_store, old.item_id), corrects=old)
    qtbot.addWidget(form)
    form.show()
    assert form.kind() is DecisionKind.DOORGAAN
    assert form.koers_edit.toPlainText() == old.koers
    assert form.date_field.date() == old.next_evaluation
    assert form.save_button.text().replace("&", "") == "Correctie vastleggen"
    form.koers_edit.setPlainText("")  # a correction obeys rule 3 too
    assert not form.save()
    assert form.koers_error.isVisible()
    form.choose_kind(DecisionKind.AFSLUITEN)
    assert not form.save()  # not confirmed: nothing recorded
    assert decisions.get(demo_store, old.id).corrected_by_id is None
    assert form.save()
    assert asked == [entry.client_reference] * 2
    assert form.decision is not None
    assert (form.decision.kind, form.decision.corrects_id, form.decision.decided_on) == (
        DecisionKind.AFSLUITEN, old.id, old.decided_on)
    # Correcting the same decision again is refused with a message; nothing is lost.
    again = DecisionForm(demo_store, items.get(demo_store, old.item_id), corrects=old)
    qtbot.addWidget(again)
    again.show()
    again.koers_edit.setPlainText("Nog een koers")
    assert not again.save()
    assert again.general_error.text()
    assert again.koers_edit.toPlainText() == "Nog een koers"
    # Closing a form with something filled in asks first: answer here, not at teardown.
    monkeypatch.setattr("ui.kit.widgets.confirm", lambda *args, **kwargs: True)
    again.close()


# -- the review (verloop) ------------------------------------------------------------------
def test_the_review_tab_shows_the_chosen_meeting(page: DecisionsPage, demo_store: Store) -> None:
    from vergadering import review

    date = listed_dates(page)[3]
    page.select_meeting(date)
    page.tabs.setCurrentWidget(page.review_panel)
    reviewed = review.review(demo_store, date)
    assert reviewed is not None
    panel = page.review_panel
    assert panel.review == reviewed
    assert page.left.isVisible()
    assert date.strftime("%Y") in panel.heading.text()
    assert panel.evaluation_figure.value.text() == (
        f"{reviewed.due_and_discussed.discussed} van {reviewed.due_and_discussed.due}")
    # Met besluit afgerond as docs/figures.md counts it: follow_through's number.
    from vergadering import follow_through

    ended = follow_through.items_ended(demo_store, date, date)
    assert panel.decided_figure.value.text() == f"{ended.decided_percentage}%"
    assert panel.decided_figure.detail.text() == f"{ended.decided} van {ended.items} punten"
    follow = follow_through.meeting_follow_through(demo_store, reviewed)
    assert panel.follow_through.follow == follow
    assert panel.follow_through.open_actions.text() == (
        f"Aan het eind van de dag: {follow.actions.open} open acties, "
        f"waarvan {follow.actions.overdue} te laat.")
    assert panel.items.rowCount() == len(reviewed.items)
    for row, item in enumerate(reviewed.items):
        assert panel.items.item(row, panel.CLIENT).text() == item.client_reference
        over = panel.items.item(row, panel.ACTUAL).foreground().color().name()
        assert (over == "#9f1d14") == (item.overrun_seconds > 0)
    # Choosing another meeting while the tab is shown updates it.
    page.select_meeting(listed_dates(page)[0])
    assert panel.review is not None and panel.review.date == listed_dates(page)[0]


def test_the_review_shows_rating_averages_only_from_three(demo_store: Store, page: DecisionsPage,
                                                          clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vergadering import meetings, ratings
    from vergadering.ratings import Question

    clock.set(MEETING_DAY)
    run.start_meeting(demo_store)
    qtbot.waitUntil(lambda: "loopt nog" in page.meeting_list.item(0).text())
    page.select_meeting(listed_dates(page)[0])
    page.tabs.setCurrentWidget(page.review_panel)
    assert "niet ingevuld" in page.review_panel.rating.text()
    assert page.review_panel.note.isVisible()  # running: figures provisional
    meeting = meetings.find(demo_store, listed_dates(page)[0])
    assert meeting is not None
    for score in (4, 8):
        ratings.submit(demo_store, meeting.id, {Question.TIME_WELL_DIVIDED: score})
    qtbot.waitUntil(lambda: "2 invuller" in page.review_panel.rating.text())
    assert "6,0" not in page.review_panel.rating.text()
    ratings.submit(demo_store, meeting.id, {Question.TIME_WELL_DIVIDED: 9})
    qtbot.waitUntil(lambda: "Was de tijd goed verdeeld?  7,0" in page.review_panel.rating.text())


# -- trends -------------------------------------------------------------------------------
def test_the_trends_tab_charts_every_closed_meeting_of_the_period(
        page: DecisionsPage, demo_store: Store, clock: FakeClock) -> None:
    from vergadering import trends

    clock.set(dt.datetime(2027, 1, 12, 9, 0))  # six months back: all twelve demo weeks
    page.tabs.setCurrentWidget(page.trends_panel)
    panel = page.trends_panel
    assert not page.left.isVisible()  # trends span all meetings
    today = demo_store.clock.now().date()
    expected = trends.trends(demo_store, panel.since(today))
    assert panel.points == expected and len(expected) >= 12
    for chart in (panel.evaluated, panel.minutes, panel.process, panel.rating):
        assert chart.chart.series()
        dates = chart.chart.axes()[0]  # every meeting has a place; at most 14 named
        labels = dates.categoriesLabels()
        assert labels[0] == expected[0].date.strftime("%d-%m") and 0 < len(labels) <= 14
        assert (dates.min(), dates.max()) == (-0.5, len(expected) - 0.5)
        assert chart.summary.text()
    last = expected[-1]
    assert (f"{last.within.within} van {last.within.active} actieve cliënten "
            f"({last.within.percentage}%) binnen de termijn") in panel.evaluated.summary.text()
    lines = panel.process.chart.series()
    assert [s.count() for s in lines] == [len(expected), len(expected)]
    assert [lines[0].at(i).y() for i in range(len(expected))] == [p.overruns for p in expected]
    bars = panel.minutes.chart.series()[0].barSets()
    assert [bars[0].at(i) for i in range(len(expected))] == pytest.approx(
        [p.acuut_minutes for p in expected])
    # A shorter period shows fewer meetings: since 12 October.
    panel.period.setCurrentIndex(0)
    assert panel.months() == 3
    assert [p.date for p in panel.points] == [p.date for p in expected
                                              if p.date >= dt.date(2026, 10, 12)]
    assert len(panel.points) < len(expected)
    page.tabs.setCurrentIndex(0)
    assert page.left.isVisible()


def test_trends_without_closed_meetings_say_so(store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DecisionsPage(store)
    qtbot.addWidget(widget)
    widget.show()
    widget.trends_panel.set_points([])
    assert widget.trends_panel.empty.isVisibleTo(widget.trends_panel)
    assert not widget.trends_panel.charts.isVisibleTo(widget.trends_panel)


def test_a_decision_without_an_agenda_item_says_why_it_cannot_be_corrected(
        page: DecisionsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    panel = page.minutes_panel
    panel.view.selectRow(0)
    entry = panel.selected_entry()
    assert entry is not None
    old = decisions.get(page.store, entry.decision_id)
    monkeypatch.setattr(decisions, "get", lambda store, decision_id: dataclasses.replace(
        old, item_id=None))
    monkeypatch.setattr(panel_module.DecisionForm, "ask", lambda *a, **k: pytest.fail("asked"))
    panel.correct_action.trigger()
    assert len(shown) == 1 and "hoort niet bij een agendapunt" in shown[0]


# -- items without a decision (rule 10) ----------------------------------------------------
@pytest.fixture
def closed_page(store: Store, clock: FakeClock, qtbot) -> DecisionsPage:  # type: ignore[no-untyped-def]
    """The Besluiten page on the meeting of tests/test_minutes.py, closed: three
    decisions, an apart overleg, a deferred, a carried-over and a withdrawn item."""
    from test_minutes import hold_and_close_meeting

    hold_and_close_meeting(store, clock)
    widget = DecisionsPage(store)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_the_items_without_a_decision_are_listed_after_the_decisions(
        closed_page: DecisionsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    panel = closed_page.minutes_panel
    assert panel.model.rowCount() == 3
    assert panel.others_title.isVisible() and panel.others_view.isVisible()
    assert panel.others_title.text() == "Zonder besluit (4)"
    model = panel.others_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows == [
        ["IJ-5", "apart overleg — Anouk de Vries koppelt terug uiterlijk 08-12-2026",
         "kwestie (acuut)", "Anouk de Vries"],
        ["KL-6", "uitgesteld naar 01-12-2026", "vraag (lopend)", "Bram Bakker"],
        ["GH-4", "doorgeschoven naar 01-12-2026 (niet aan bod gekomen)", "vraag (lopend)",
         "Anouk de Vries"],
        ["MN-7", "ingetrokken bij het afsluiten", "vraag (acuut)", "Bram Bakker"],
    ]
    # All four fit without scrolling; the decisions keep the room.
    view = panel.others_view
    assert view.height() >= view.horizontalHeader().height() + sum(
        view.rowHeight(r) for r in range(4))
    qtmodeltester.check(model)


def test_an_apart_overleg_has_a_dossier_text_to_copy(closed_page: DecisionsPage,
                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = closed_page.minutes_panel
    panel.view.selectRow(0)
    panel.others_view.setFocus()
    panel.others_view.selectRow(0)
    assert panel.selected_entry() is None  # one choice in the two tables together
    assert not panel.correct_action.isEnabled()  # there is no decision to correct
    expected = ("MDO 24-11-2026 — apart overleg: Anouk de Vries koppelt uiterlijk 08-12-2026 "
                "terug aan het team.")
    assert panel.preview.text() == expected
    assert panel.copy_action.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.others_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == expected
    assert closed_page.status.text().startswith("Tekst voor het dossier van IJ-5 gekopieerd.")
    # Choosing a decision again clears the choice below.
    panel.view.selectRow(1)
    assert panel.selected_other() is None
    assert panel.preview.text() == minutes_text.dossier_text(
        panel.minutes.entries[1], panel.minutes)  # type: ignore[arg-type]


@pytest.mark.parametrize(("row", "what"), [
    (1, "KL-6: uitgesteld naar 01-12-2026."),
    (2, "GH-4: doorgeschoven naar 01-12-2026 (niet aan bod gekomen)."),
    (3, "MN-7: ingetrokken bij het afsluiten."),
])
def test_other_endings_have_nothing_for_the_dossier(closed_page: DecisionsPage, row: int,
                                                    what: str) -> None:
    panel = closed_page.minutes_panel
    panel.others_view.selectRow(row)
    assert panel.preview.text().startswith(what)
    assert "geen tekst voor het dossier" in panel.preview.text()
    assert not panel.copy_action.isEnabled() and not panel.correct_action.isEnabled()
    QGuiApplication.clipboard().setText("onveranderd")
    panel.copy_for_dossier()
    assert QGuiApplication.clipboard().text() == "onveranderd"


def test_a_meeting_without_items_lacking_a_decision_hides_the_section(
        page: DecisionsPage) -> None:
    panel = page.minutes_panel
    assert page.minutes is not None
    shown = dataclasses.replace(page.minutes, others=())
    panel.set_minutes(shown)
    assert not panel.others_title.isVisible() and not panel.others_view.isVisible()


def test_the_list_follows_a_consultation_recorded_while_shown(
        store: Store, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    from test_minutes import REPORT_BY, hold_meeting

    from vergadering.consultations import ConsultationInput
    from vergadering.timeline import BlockChoice

    held = hold_meeting(store, clock)
    widget = DecisionsPage(store)
    qtbot.addWidget(widget)
    widget.show()
    panel = widget.minutes_panel
    assert panel.others_model.rowCount() == 2
    run.choose(store, held.withdrawn, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(held.bram, REPORT_BY))
    qtbot.waitUntil(lambda: panel.others_model.rowCount() == 3)
    assert "Zonder besluit (3)" == panel.others_title.text()


@pytest.mark.parametrize("kind", ["md", "csv", "pdf"])
def test_each_saved_format_has_the_items_without_a_decision(
        closed_page: DecisionsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    target = tmp_path / f"lijst.{kind}"
    monkeypatch.setattr(panel_module, "ask_save_path", lambda *args: str(target))
    panel = closed_page.minutes_panel
    {"md": panel.markdown_action, "csv": panel.csv_action, "pdf": panel.pdf_action}[kind].trigger()
    minutes = closed_page.minutes
    assert minutes is not None and len(minutes.others) == 4
    if kind == "md":
        assert target.read_text(encoding="utf-8") == minutes_text.to_markdown(minutes)
        assert "## Zonder besluit" in target.read_text(encoding="utf-8")
    elif kind == "csv":
        with open(target, encoding=minutes_text.CSV_ENCODING, newline="") as file:
            rows = list(csv.reader(file, delimiter=";"))
        assert [(row[1], row[2]) for row in rows[4:]] == [
            ("IJ-5", "apart overleg"), ("KL-6", "uitgesteld"), ("GH-4", "doorgeschoven"),
            ("MN-7", "ingetrokken")]
    else:
        import shutil
        import subprocess

        tool = shutil.which("pdftotext")
        if tool is None:
            pytest.skip("pdftotext (poppler-utils) not installed; CI installs it")
        text = " ".join(subprocess.run([tool, str(target), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        for reference in ("IJ-5", "KL-6", "GH-4", "MN-7"):
            assert reference in text.split("Zonder besluit", 1)[1]


# -- the review's words ----------------------------------------------------------------------
def test_every_outcome_and_choice_has_its_dutch_word() -> None:
    from ui.decisions import review_panel
    from vergadering.review import ReviewOutcome
    from vergadering.timeline import BlockChoice

    assert {o: review_panel.outcome_text(o) for o in ReviewOutcome} == {
        ReviewOutcome.DECIDED: "besluit", ReviewOutcome.DEFERRED: "uitgesteld",
        ReviewOutcome.SKIPPED: "overgeslagen", ReviewOutcome.CONSULTATION: "apart overleg",
        ReviewOutcome.WITHDRAWN: "ingetrokken", ReviewOutcome.NOT_REACHED: "niet bereikt",
        ReviewOutcome.IN_PROGRESS: "wordt besproken"}
    assert {c: review_panel.choice_text(c) for c in BlockChoice} == {
        BlockChoice.DEFER: "uitgesteld", BlockChoice.CONSULTATION: "apart overleg",
        BlockChoice.TAKE_ANYWAY: "toch genomen",
        BlockChoice.FINISH: "1 minuut om af te ronden"}


def test_the_review_of_a_meeting_with_items_without_a_decision(
        closed_page: DecisionsPage) -> None:
    import dataclasses as dc

    from ui.decisions import review_panel
    from vergadering.review import ReviewOutcome
    from vergadering.timeline import BlockChoice

    closed_page.tabs.setCurrentWidget(closed_page.review_panel)
    panel = closed_page.review_panel
    reviewed = panel.review
    assert reviewed is not None
    outcomes = {panel.items.item(r, panel.CLIENT).text(): panel.items.item(r, panel.OUTCOME)
                .text() for r in range(panel.items.rowCount())}
    assert outcomes == {
        "AB-1": "besluit", "CD-2": "besluit", "GH-4": "niet bereikt", "KL-6": "uitgesteld",
        "EF-3": "besluit",
        "IJ-5": "apart overleg",  # the choice that made it so is not said twice
        "MN-7": "ingetrokken"}
    facts = panel.facts.text()
    assert "Keuzes van de voorzitter per punt: apart overleg: 1." in facts
    assert "Zonder besluit: apart overleg 1, ingetrokken bij het afsluiten 1." in facts
    # A choice that adds to the outcome is said with it.
    decided = next(i for i in reviewed.items if i.outcome is ReviewOutcome.DECIDED)
    assert review_panel.item_outcome_text(dc.replace(
        decided, acute_choice=BlockChoice.TAKE_ANYWAY)) == "besluit (toch genomen)"
    assert review_panel.item_outcome_text(dc.replace(
        decided, acute_choice=BlockChoice.FINISH)) == "besluit (1 minuut om af te ronden)"
    deferred = next(i for i in reviewed.items if i.outcome is ReviewOutcome.DEFERRED)
    assert review_panel.item_outcome_text(dc.replace(
        deferred, acute_choice=BlockChoice.DEFER)) == "uitgesteld"


# -- texts filled in one pass, plurals -------------------------------------------------------
def test_a_reference_or_name_with_a_marker_is_shown_as_it_is(closed_page: DecisionsPage) -> None:
    """``%2`` in a client's reference or a colleague's name is text, never a place for the
    next value: the list and the dossier preview show it unchanged."""
    panel = closed_page.minutes_panel
    minutes = panel.minutes
    assert minutes is not None
    consulted, deferred, *rest = minutes.others
    shown = dataclasses.replace(minutes, others=(
        dataclasses.replace(consulted, client_reference="IJ-%1", consultation_by="Anouk %2"),
        dataclasses.replace(deferred, client_reference="X-%2"), *rest))
    panel.set_minutes(shown)
    model = panel.others_model
    assert model.index(0, 0).data() == "IJ-%1"
    assert model.index(0, 1).data() == "apart overleg — Anouk %2 koppelt terug uiterlijk 08-12-2026"
    assert model.index(1, 0).data() == "X-%2"
    panel.others_view.selectRow(1)
    assert panel.preview.text() == (
        "X-%2: uitgesteld naar 01-12-2026. Er is niets voor de cliënt besloten, dus er is "
        "geen tekst voor het dossier.")


def test_counts_take_the_singular_for_one(closed_page: DecisionsPage) -> None:
    """One decision is "1 besluit", one respondent "1 invuller", one point "1 punt"
    (they were "1 besluiten", "1 invuller(s)" and "1 van 1 punten")."""
    from vergadering.ratings import Averages
    from vergadering.review import ReviewOutcome

    closed_page.tabs.setCurrentWidget(closed_page.review_panel)
    panel = closed_page.review_panel
    reviewed = panel.review
    assert reviewed is not None
    order = tuple(reviewed.blocks)
    block = order[0]
    one_point = dataclasses.replace(reviewed.blocks[block], items=1, discussed=1)
    one_item = dict.fromkeys(reviewed.outcomes, 0) | {ReviewOutcome.DECIDED: 1}
    panel.set_review(dataclasses.replace(reviewed, decided=1, overruns=1, outcomes=one_item,
                                         blocks={**reviewed.blocks, block: one_point}),
                     order, Averages(1, {}))
    assert panel.decided_figure.detail.text() == "1 van 1 punt"
    assert panel.rating.text().startswith("Procescheck: 1 invuller; gemiddelden verschijnen")
    assert panel.block_cells[block][4].text() == "1 van 1 punt"
    assert panel.facts.text().startswith("Uitgelopen: 1 punt, ")
    three = dict.fromkeys(reviewed.outcomes, 0) | {ReviewOutcome.DECIDED: 3}
    panel.set_review(dataclasses.replace(reviewed, decided=3, overruns=2, outcomes=three),
                     order, Averages(2, {}))
    assert panel.decided_figure.detail.text() == "3 van 3 punten"
    assert panel.rating.text().startswith("Procescheck: 2 invullers; gemiddelden verschijnen")
    assert panel.facts.text().startswith("Uitgelopen: 2 punten, samen ")
    other = order[1]
    assert panel.block_cells[other][4].text() == (
        f"{reviewed.blocks[other].discussed} van {reviewed.blocks[other].items} punten")


def test_the_save_menu_offers_pdf_first_and_names_markdown_text(page: DecisionsPage) -> None:
    labels = [a.text().replace("&", "") for a in page.minutes_panel.save_button.menu().actions()]
    assert labels == ["PDF (.pdf)…", "CSV voor Excel (.csv)…", "Tekst (Markdown, .md)…"]
