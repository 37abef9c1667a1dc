"""The next evaluation dates as an iCalendar file, read back with a calendar parser."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from ui.evaluations import export
from vergadering import calendar_export, clients, evaluation, members, overview
from vergadering.clients import ClientInput

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def caseload(store):  # type: ignore[no-untyped-def]
    anouk = members.add_member(store, "Anouk de Vries")
    clients.add_client(store, ClientInput("D-10", anouk.id, last_evaluation="31-08-2026"))
    clients.add_client(store, ClientInput("D-11", anouk.id, last_evaluation="01-05-2026",
                                          next_evaluation="01-12-2026"))
    closed = clients.add_client(store, ClientInput("D-12", anouk.id))
    clients.set_client_active(store, closed.id, False)
    return store


def events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return [c for c in calendar.walk("VEVENT")]


def test_one_all_day_event_per_active_client_on_its_due_date(caseload) -> None:  # type: ignore[no-untyped-def]
    due = evaluation.due_clients(caseload, horizon_months=6)
    data = calendar_export.to_ics(due, now=dt.datetime(2026, 11, 23, 9, 0),
                                  summary=lambda d: f"Evaluatie {d.reference}")
    found = {str(e["summary"]): e for e in events(data)}
    assert set(found) == {"Evaluatie D-10", "Evaluatie D-11"}
    # 31 Aug + 6 calendar months = 28 Feb; an agreed earlier date wins.
    assert found["Evaluatie D-10"].decoded("dtstart") == dt.date(2027, 2, 28)
    assert found["Evaluatie D-10"].decoded("dtend") == dt.date(2027, 3, 1)
    assert found["Evaluatie D-11"].decoded("dtstart") == dt.date(2026, 11, 1)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and "PRODID" in calendar


def test_uids_are_stable_so_a_second_import_updates(caseload) -> None:  # type: ignore[no-untyped-def]
    due = evaluation.due_clients(caseload, horizon_months=6)
    first = calendar_export.to_ics(due, now=dt.datetime(2026, 11, 23, 9), summary=str)
    again = calendar_export.to_ics(due, now=dt.datetime(2026, 11, 30, 9), summary=str)
    uids = [str(e["uid"]) for e in events(first)]
    assert uids == [str(e["uid"]) for e in events(again)]
    assert len(set(uids)) == len(uids)


def test_the_page_export_writes_the_rows_as_shown(caseload, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in overview.rows(caseload, TODAY) if r.reference == "D-10"]
    path = tmp_path / "evaluaties.ics"
    count = export.export_ics(rows, path, dt.datetime(2026, 11, 23, 9), "Team Zuid")
    assert count == 1
    [event] = events(path.read_bytes())
    assert str(event["summary"]) == "Evaluatie D-10"
    assert "Anouk de Vries" in str(event["description"])
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["x-wr-calname"]) == "Evaluaties Team Zuid"


def test_the_calendar_button_saves_the_filtered_overview(caseload, tmp_path, qtbot,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    from ui.evaluations.page import EvaluationsPage

    page = EvaluationsPage(caseload)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(export, "ask_ics_path", lambda parent, today: str(target))
    page.search_edit.setText("d-11")
    page.ics_action.trigger()
    assert [str(e["summary"]) for e in events(target.read_bytes())] == ["Evaluatie D-11"]
    assert "1 evaluatiedatum opgeslagen" in page.status.text()
