"""The Besluiten screen: meetings newest first, the chosen besluitenlijst, a decision's
dossier text on the clipboard, and the list saved as Markdown, CSV and PDF."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import ui.decisions.page as page_module
from ui.decisions.page import DecisionsPage
from ui.reports import minutes_text
from vergadering import decisions, demo, run
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind
from vergadering.minutes import besluitenlijst
from vergadering.store import Store


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
    assert page.model.rowCount() == len(minutes.entries)
    for row, entry in enumerate(minutes.entries):
        assert page.model.index(row, page.model.CLIENT).data() == entry.client_reference
        assert page.model.index(row, page.model.KIND).data() == minutes_text.kind_name(entry.kind)
        expected = entry.next_evaluation.strftime("%d-%m-%Y") if entry.next_evaluation else "—"
        assert page.model.index(row, page.model.NEXT).data() == expected
        assert page.model.index(row, page.model.WORDED_BY).data(
            Qt.ItemDataRole.ToolTipRole) == minutes_text.worded_by(entry)
    assert "Besluitenlijst van" in page.list_title.text()
    qtmodeltester.check(page.model)


def test_keyboard_moves_through_the_meetings(page: DecisionsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.meeting_list.setFocus()
    dates = listed_dates(page)
    qtbot.keyClick(page.meeting_list, Qt.Key.Key_Down)
    assert page.current_date() == dates[1]
    assert page.minutes is not None and page.minutes.date == dates[1]


def test_copy_for_dossier_puts_the_dossier_text_on_the_clipboard(page: DecisionsPage,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not page.copy_action.isEnabled()  # nothing chosen yet
    page.view.setFocus()
    page.view.selectRow(1)
    assert page.copy_action.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert page.minutes is not None
    entry = page.minutes.entries[1]
    assert QGuiApplication.clipboard().text() == minutes_text.dossier_text(entry, page.minutes)
    assert page.preview.text() == minutes_text.dossier_text(entry, page.minutes)
    assert page.status.text().startswith(
        f"Tekst voor het dossier van {entry.client_reference} gekopieerd.")


def test_copy_button_copies_too(page: DecisionsPage) -> None:
    page.view.selectRow(0)
    QGuiApplication.clipboard().clear()
    page.copy_action.trigger()
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

    monkeypatch.setattr(page_module, "ask_save_path", ask)
    {"md": page.markdown_action, "csv": page.csv_action, "pdf": page.pdf_action}[kind].trigger()
    minutes = page.minutes
    assert minutes is not None
    assert asked[0][0] == f"besluitenlijst-{minutes.date.isoformat()}.{kind}"
    if kind == "md":
        assert target.read_text(encoding="utf-8") == minutes_text.to_markdown(minutes)
    elif kind == "csv":
        with open(target, encoding=minutes_text.CSV_ENCODING, newline="") as file:
            rows = list(csv.reader(file, delimiter=";"))
        assert tuple(rows[0]) == minutes_text.CSV_HEADERS
        assert [row[1] for row in rows[1:]] == [e.client_reference for e in minutes.entries]
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    else:
        assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.status.text()


def test_a_cancelled_save_writes_nothing(page: DecisionsPage, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "ask_save_path", lambda *args: None)
    page.markdown_action.trigger()
    assert list(tmp_path.iterdir()) == []
    assert not page.status.isVisible()


def test_a_failed_save_says_so_in_dutch(page: DecisionsPage, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error",
                        lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(page_module, "ask_save_path",
                        lambda *args: str(tmp_path / "missing" / "lijst.csv"))
    page.csv_action.trigger()
    assert len(shown) == 1
    assert "kon niet worden opgeslagen" in shown[0]
    assert page.minutes is not None and page.model.rowCount() == len(page.minutes.entries)


def test_empty_state_without_meetings(store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DecisionsPage(store)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.meeting_list.count() == 0
    assert widget.empty_label.isVisible()
    assert not widget.splitter.isVisible()
    assert not widget.save_button.isEnabled()
    assert not widget.copy_action.isEnabled()


def test_a_started_meeting_appears_and_a_correction_is_marked(
        page: DecisionsPage, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = page.meeting_list.count()
    run.start_meeting(demo_store)
    qtbot.waitUntil(lambda: page.meeting_list.count() == before + 1)
    assert "loopt nog" in page.meeting_list.item(0).text()
    page.select_meeting(listed_dates(page)[0])
    assert page.list_note.isVisible()
    assert page.model.rowCount() == 0 and page.no_decisions.isVisible()
    page.select_meeting(listed_dates(page)[1])
    assert page.minutes is not None
    entry = next(e for e in page.minutes.entries if e.kind is DecisionKind.DOORGAAN)
    old = decisions.get(demo_store, entry.decision_id)
    decisions.correct_decision(demo_store, old.id, DecisionInput(
        DecisionKind.DOORGAAN, next_evaluation=old.next_evaluation,
        koers="Gecorrigeerde koers", worded_by_role="chair"))
    qtbot.waitUntil(lambda: any(
        page.model.index(r, page.model.CORRECTION).data()
        for r in range(page.model.rowCount())))
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, page.model.CORRECTION).data())
    assert page.model.index(row, page.model.COURSE).data() == "Gecorrigeerde koers"
