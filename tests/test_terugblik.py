"""The terugblik before the agenda: last meeting's decisions and carried-over items."""

from __future__ import annotations

import dataclasses

from ui.meeting.chair import MeetingPage
from vergadering import demo, meetings, minutes, settings


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
