"""The next evaluation dates as an iCalendar file, read back with a calendar parser."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import icalendar
import pytest

from ui.evaluations import export
from vergadering import calendar_export, clients, items, meetings, members, overview
from vergadering import settings as team_settings
from vergadering.calendar_export import EventDate, Reason, event_date
from vergadering.clients import ClientInput
from vergadering.items import ItemInput
from vergadering.overview import Row
from vergadering.settings import Block, ItemType

TODAY = dt.date(2026, 11, 23)  # a Monday; the team meets on Tuesdays
NEXT_MEETING = dt.date(2026, 11, 24)
LATER_MEETING = dt.date(2026, 12, 1)
NOW = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def caseload(store):  # type: ignore[no-untyped-def]
    anouk = members.add_member(store, "Anouk de Vries")
    clients.add_client(store, ClientInput("D-10", anouk.id, last_evaluation="31-08-2026"))
    clients.add_client(store, ClientInput("D-11", anouk.id, last_evaluation="01-05-2026",
                                          next_evaluation="01-12-2026"))
    closed = clients.add_client(store, ClientInput("D-12", anouk.id))
    clients.set_client_active(store, closed.id, False)
    # Overdue since 11-07-2026; D-14 is queued for the meeting of 1 December.
    clients.add_client(store, ClientInput("D-13", anouk.id, last_evaluation="11-01-2026"))
    queued = clients.add_client(store, ClientInput("D-14", anouk.id,
                                                   last_evaluation="11-01-2026"))
    items.queue_item(store, ItemInput(queued.id, anouk.id, ItemType.VRAAG, Block.LOPEND,
                                      "Doorgaan?"), by=None, meeting_date=LATER_MEETING)
    return store


@pytest.fixture
def amsterdam() -> Iterator[None]:
    """The computer's time zone is Amsterdam for the test (restored afterwards)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return [c for c in calendar.walk("VEVENT")]


def by_summary(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["summary"]): e for e in events(data)}


def import_into(calendar: dict[str, icalendar.Event], data: bytes) -> None:
    """What a calendar program does on import: an event with a known UID replaces the
    stored one when its SEQUENCE is not lower; a new UID adds an event."""
    for event in events(data):
        uid = str(event["uid"])
        old = calendar.get(uid)
        if old is None or int(event["sequence"]) >= int(old["sequence"]):
            calendar[uid] = event


def row(due: dt.date, on_agenda: dt.date | None = None) -> Row:
    return Row(7, "D-7", None, None, None, due, (TODAY - due).days,
               overview.status_for(due, TODAY), on_agenda)


def export_rows(store, now: dt.datetime) -> bytes:  # type: ignore[no-untyped-def]
    """The whole overview as the page exports it on ``now``."""
    today = now.date()
    return calendar_export.to_ics(
        overview.rows(store, today), now=now, today=today,
        next_meeting=meetings.upcoming_date(store, team_settings.load(store), today),
        summary=lambda r: f"Evaluatie {r.reference}")


# -- the date of an event ------------------------------------------------------------


@pytest.mark.parametrize(("client", "expected"), [
    (row(dt.date(2026, 12, 20)), EventDate(dt.date(2026, 12, 20), Reason.DUE)),
    (row(TODAY), EventDate(TODAY, Reason.DUE)),
    (row(dt.date(2026, 7, 11)), EventDate(NEXT_MEETING, Reason.NEXT_MEETING)),
    (row(dt.date(2026, 7, 11), LATER_MEETING), EventDate(LATER_MEETING, Reason.ON_AGENDA)),
    (row(dt.date(2027, 2, 1), LATER_MEETING), EventDate(LATER_MEETING, Reason.ON_AGENDA)),
    (row(dt.date(2026, 7, 11), TODAY), EventDate(TODAY, Reason.ON_AGENDA)),
    # queued for a meeting of last week that is still open: the next meeting
    (row(dt.date(2026, 7, 11), dt.date(2026, 11, 17)),
     EventDate(NEXT_MEETING, Reason.EARLIER_MEETING)),
])
def test_the_event_lies_on_the_day_the_client_is_discussed(client: Row,
                                                           expected: EventDate) -> None:
    assert event_date(client, TODAY, NEXT_MEETING) == expected


def test_no_event_date_lies_before_today() -> None:
    days = [TODAY + dt.timedelta(days=n) for n in range(-400, 60, 7)]
    for due in days:
        for on_agenda in [None, *days]:
            assert event_date(row(due, on_agenda), TODAY, NEXT_MEETING).date >= TODAY


def test_a_next_meeting_before_today_is_refused() -> None:
    with pytest.raises(ValueError):
        event_date(row(TODAY), TODAY, TODAY - dt.timedelta(days=6))


# -- the calendar file -----------------------------------------------------------------


def test_one_all_day_event_per_active_client_never_in_the_past(caseload) -> None:  # type: ignore[no-untyped-def]
    found = by_summary(export_rows(caseload, NOW))
    assert set(found) == {"Evaluatie D-10", "Evaluatie D-11", "Evaluatie D-13",
                          "Evaluatie D-14"}
    # 31 Aug + 6 calendar months = 28 Feb; an agreed earlier date wins.
    assert found["Evaluatie D-10"].decoded("dtstart") == dt.date(2027, 2, 28)
    assert found["Evaluatie D-10"].decoded("dtend") == dt.date(2027, 3, 1)
    # Overdue (since 1 Nov, since July): on no agenda, so the next meeting; queued, so
    # its meeting.
    assert found["Evaluatie D-11"].decoded("dtstart") == NEXT_MEETING
    assert found["Evaluatie D-13"].decoded("dtstart") == NEXT_MEETING
    assert found["Evaluatie D-14"].decoded("dtstart") == LATER_MEETING
    assert all(e.decoded("dtstart") >= TODAY for e in found.values())
    calendar = icalendar.Calendar.from_ical(export_rows(caseload, NOW))
    assert str(calendar["version"]) == "2.0" and "PRODID" in calendar


def test_a_second_import_replaces_the_events_of_the_first(caseload, clock) -> None:  # type: ignore[no-untyped-def]
    calendar: dict[str, icalendar.Event] = {}
    import_into(calendar, export_rows(caseload, NOW))
    first = {uid: (e.decoded("dtstart"), int(e["sequence"])) for uid, e in calendar.items()}
    # D-11 (overdue since 1 Nov) was evaluated on Friday, the next evaluation agreed for
    # 15 Dec; on Wednesday the overview is exported again.
    d11 = clients.find_by_reference(caseload, "D-11")
    assert d11 is not None
    assert first[calendar_export.uid(d11.id)][0] == NEXT_MEETING
    clients.update_client(caseload, d11.id, ClientInput(
        "D-11", d11.behandelaar_id, last_evaluation="20-11-2026",
        next_evaluation="15-12-2026"))
    clock.set(dt.datetime(2026, 11, 25, 14, 30))
    import_into(calendar, export_rows(caseload, clock.now()))
    assert set(calendar) == set(first)  # no event added, none duplicated
    assert len(calendar) == 4
    moved = calendar[calendar_export.uid(d11.id)]
    assert moved.decoded("dtstart") == dt.date(2026, 12, 15)
    assert int(moved["sequence"]) > first[calendar_export.uid(d11.id)][1]
    # D-13 is still overdue and on no agenda: now on the meeting after the one passed.
    d13 = clients.find_by_reference(caseload, "D-13")
    assert d13 is not None
    assert calendar[calendar_export.uid(d13.id)].decoded("dtstart") == LATER_MEETING


def test_one_uid_per_client_whatever_its_date() -> None:
    moved = [row(TODAY), row(TODAY + dt.timedelta(days=30), LATER_MEETING)]
    uids = {str(e["uid"]) for r in moved for e in events(calendar_export.to_ics(
        [r], now=NOW, today=TODAY, next_meeting=NEXT_MEETING, summary=str))}
    assert uids == {"evaluatie-7@vergadering"}


def test_the_sequence_grows_with_the_export_time() -> None:
    sequences = [int(e["sequence"]) for now in (NOW, NOW + dt.timedelta(minutes=1),
                                                NOW + dt.timedelta(days=40))
                 for e in events(calendar_export.to_ics(
                     [row(TODAY)], now=now, today=TODAY, next_meeting=NEXT_MEETING,
                     summary=str))]
    assert sequences == sorted(sequences) and len(set(sequences)) == 3
    assert calendar_export.sequence(dt.datetime(2000, 1, 1, 1, 2, 59,
                                                tzinfo=dt.UTC)) == 62


@pytest.mark.usefixtures("amsterdam")
@pytest.mark.parametrize(("now", "utc"), [
    (dt.datetime(2026, 11, 23, 9, 0), "20261123T080000Z"),  # winter: UTC+1
    (dt.datetime(2026, 7, 1, 9, 0), "20260701T070000Z"),  # summer: UTC+2
    (dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
     "20261123T140000Z"),  # an aware time keeps its own offset
])
def test_dtstamp_is_the_true_utc_instant(now: dt.datetime, utc: str) -> None:
    data = calendar_export.to_ics([row(TODAY)], now=now, today=TODAY,
                                  next_meeting=NEXT_MEETING, summary=str)
    assert f"DTSTAMP:{utc}".encode() in data
    assert f"LAST-MODIFIED:{utc}".encode() in data
    [event] = events(data)
    assert event.decoded("dtstamp") == now.astimezone(dt.UTC)
    assert event.decoded("last-modified") == event.decoded("dtstamp")


# -- the page's export -----------------------------------------------------------------


def test_the_page_export_writes_the_rows_as_shown(caseload, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in overview.rows(caseload, TODAY) if r.reference in ("D-10", "D-13")]
    path = tmp_path / "evaluaties.ics"
    count = export.export_ics(rows, path, NOW, "Team Zuid", today=TODAY,
                              next_meeting=NEXT_MEETING)
    assert count == 2
    found = by_summary(path.read_bytes())
    assert str(found["Evaluatie D-10"]["description"]) == (
        "Evaluatie van cliënt D-10 in het MDO. Uiterlijk deze dag aan de beurt; staat nog "
        "niet op een agenda. Behandelaar: Anouk de Vries.")
    assert str(found["Evaluatie D-13"]["description"]) == (
        "Evaluatie van cliënt D-13 in het MDO. Te laat sinds 11-07-2026; staat nog niet op "
        "een agenda: op de eerstvolgende vergadering. Behandelaar: Anouk de Vries.")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["x-wr-calname"]) == "Evaluaties Team Zuid"


def test_the_description_names_the_meeting_a_client_is_planned_on(caseload) -> None:  # type: ignore[no-untyped-def]
    [d14] = [r for r in overview.rows(caseload, TODAY) if r.reference == "D-14"]
    when = event_date(d14, TODAY, NEXT_MEETING)
    assert export.ics_description(d14, when, TODAY) == (
        "Evaluatie van cliënt D-14 in het MDO. Te laat sinds 11-07-2026; gepland op de "
        "vergadering van 01-12-2026. Behandelaar: Anouk de Vries.")
    missed = row(dt.date(2026, 7, 11), dt.date(2026, 11, 17))
    assert export.ics_description(missed, event_date(missed, TODAY, NEXT_MEETING),
                                  TODAY) == (
        "Evaluatie van cliënt D-7 in het MDO. Te laat sinds 11-07-2026. Staat op de agenda "
        "van de vergadering van 17-11-2026, die nog niet is afgesloten: op de "
        "eerstvolgende vergadering. Behandelaar: (geen).")


def test_rows_without_the_next_meeting_are_refused(caseload, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        export.export_ics(overview.rows(caseload, TODAY), tmp_path / "x.ics", NOW)
    assert not (tmp_path / "x.ics").exists()


def test_the_calendar_button_saves_the_filtered_overview_and_warns(  # type: ignore[no-untyped-def]
        caseload, clock, tmp_path, qtbot, monkeypatch) -> None:
    from ui.evaluations.page import EvaluationsPage

    page = EvaluationsPage(caseload)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(export, "ask_ics_path", lambda parent, today: str(target))
    page.search_edit.setText("d-13")
    # The rows were computed on Monday; on Wednesday the events still lie today or later.
    clock.set(dt.datetime(2026, 11, 25, 10, 0))
    page.ics_action.trigger()
    [event] = events(target.read_bytes())
    assert str(event["summary"]) == "Evaluatie D-13"
    assert event.decoded("dtstart") == LATER_MEETING  # Tuesday's meeting has passed
    status = page.status.text()
    assert "1 evaluatiedatum opgeslagen" in status
    # The same warning as the CSV export (after saving, in the status line), for a calendar.
    assert "cliëntgegevens" in status and "beveiligde plek" in status
    assert "telefoons" in status and "gedeelde agenda" in status
