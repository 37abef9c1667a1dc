"""The terugblik before the agenda: last meeting's decisions, what became of its items
without a decision (rule 10), carried-over items and report backs on this agenda."""

from __future__ import annotations

import dataclasses
import datetime as dt

from test_minutes import SECRETS, hold_and_close_meeting

from ui.meeting.chair import MeetingPage
from vergadering import agenda, consultations, demo, items, meetings, minutes, settings


def make_page(qtbot, store):  # type: ignore[no-untyped-def]
    page = MeetingPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_shows_last_meetings_decisions_before_the_agenda(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    demo.fill_demo(store)  # twelve weeks of closed meetings, the last on 17-11-2026
    page = make_page(qtbot, store)
    from ui.meeting.chair_terugblik import TerugblikPanel

    [terugblik] = page.findChildren(TerugblikPanel)
    assert terugblik.isVisible()
    assert "17 november 2026" in terugblik.title.text()
    previous = meetings.last_closed_before(store, store.clock.today())
    assert previous is not None
    listed = minutes.besluitenlijst(store, previous.date)
    assert listed is not None and listed.entries
    for entry in listed.entries[:8]:
        assert entry.client_reference in terugblik.decisions.text()


def test_the_team_can_switch_it_off(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from ui.meeting.chair_terugblik import TerugblikPanel

    demo.fill_demo(store)
    settings.save(store, dataclasses.replace(settings.load(store), terugblik=False))
    page = make_page(qtbot, store)
    [terugblik] = page.findChildren(TerugblikPanel)
    assert not terugblik.isVisible()


def test_nothing_to_look_back_on_in_a_new_team(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from ui.meeting.chair_terugblik import TerugblikPanel

    page = make_page(qtbot, store)
    [terugblik] = page.findChildren(TerugblikPanel)
    assert not terugblik.isVisible()


# -- rule 10: what ended without a decision ---------------------------------------------
def terugblik_for(qtbot, store, date=None):  # type: ignore[no-untyped-def]
    from ui.meeting.chair_terugblik import TerugblikPanel

    panel = TerugblikPanel()
    qtbot.addWidget(panel)
    panel.show_for(store, agenda.plan(store, date), True)
    return panel


def test_the_previous_meetings_items_without_a_decision(qtbot, store, clock) -> None:  # type: ignore[no-untyped-def]
    hold_and_close_meeting(store, clock)  # 24 November; next: 1 December
    panel = terugblik_for(qtbot, store)
    assert panel.isVisible()
    assert panel.title.text() == "Terugblik op dinsdag 24 november 2026"
    assert panel.decisions.text().splitlines() == [
        "• AB-1 — doorgaan — volgende evaluatie 24-05-2027",
        "• CD-2 — afsluiten",
        "• EF-3 — verwijzen — volgende evaluatie 01-09-2027"]
    # Apart overleg (who, when it reports back) and the withdrawn item, next to them.
    assert panel.others_heading.isVisible() and panel.others.isVisible()
    assert panel.others.text().splitlines() == [
        "• IJ-5 — apart overleg: Anouk de Vries koppelt uiterlijk 08-12-2026 terug",
        "• MN-7 — ingetrokken bij het afsluiten"]
    # Deferred during the meeting and carried over at its close: on this agenda.
    assert panel.carried.text() == (
        "Doorgeschoven naar deze vergadering: KL-6 (uitgesteld), GH-4 (1×)")
    assert not panel.report_backs.isVisible()
    for secret in SECRETS:  # nothing of the preparation
        for label in (panel.decisions, panel.others, panel.carried):
            assert secret not in label.text()


def test_a_report_back_and_items_carried_again(qtbot, store, clock) -> None:  # type: ignore[no-untyped-def]
    hold_and_close_meeting(store, clock)
    # The meeting of 1 December is never held; on 9 December the next one is the 15th,
    # after the consultation's report-back date (8 December).
    clock.set(dt.datetime(2026, 12, 9, 12, 0))
    items.carry_over(store)
    back = consultations.return_due(store, dt.date(2026, 12, 15))
    assert [i.client_reference for i in back] == ["IJ-5"]
    panel = terugblik_for(qtbot, store)
    assert panel.title.text() == "Terugblik op dinsdag 24 november 2026"
    assert panel.carried.text() == (
        "Doorgeschoven naar deze vergadering: KL-6 (uitgesteld, 1×), GH-4 (2×)")
    assert panel.report_backs.isVisible()
    assert panel.report_backs.text() == (
        "Terugkoppeling van apart overleg: IJ-5 (Anouk de Vries)")


def test_a_previous_meeting_with_everything_decided_has_no_section(qtbot, store,  # type: ignore[no-untyped-def]
                                                                   clock) -> None:
    """Where everything ended in a decision, there is no "Zonder besluit" section."""
    from unittest import mock

    hold_and_close_meeting(store, clock)

    real = minutes.besluitenlijst

    def decided_only(store_, date):  # type: ignore[no-untyped-def]
        found = real(store_, date)
        return dataclasses.replace(found, others=()) if found is not None else None

    with mock.patch.object(minutes, "besluitenlijst", decided_only):
        panel = terugblik_for(qtbot, store)
    assert not panel.others_heading.isVisible() and not panel.others.isVisible()
    assert panel.decisions.text()
