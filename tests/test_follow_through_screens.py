"""The follow-through (docs/figures.md "Opvolging") on Trends and Verloop: each screen
shows the number vergadering/follow_through.py computes, on the constructed history of
tests/test_follow_through.py (week 1: five first decisions and three actions; week 2:
the five followed up, 4 of 5 carried out, 5 of 8 items decided, 1 deferred)."""

from __future__ import annotations

import datetime as dt

from follow_up_team import WEEK1, WEEK2, Team
from test_follow_through import history  # noqa: F401 (fixture)

from ui.decisions.follow_through_box import FollowThroughBox
from ui.decisions.review_panel import ReviewPanel
from ui.decisions.trends_panel import TrendsPanel
from vergadering import follow_through, review, trends


def test_trends_show_the_period_and_each_meeting(history: Team, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel = TrendsPanel(lambda _months: None)
    qtbot.addWidget(panel)
    panel.set_points(trends.trends(history.store, WEEK1))
    # Over both meetings: 4 of the 5 follow-ups carried out (2 fully, 2 partly, 1 not),
    # as follow_through.carried_out counts them over the period.
    assert follow_through.carried_out(history.store, WEEK1, WEEK2).percentage == 80
    assert panel.carried.summary.text() == (
        "Over de periode: 4 van 5 besluiten uitgevoerd (80%): 2 volledig, 2 deels, 1 niet.")
    assert panel.carried.footer.text() == (
        "Deels, omdat: cliënt wilde het anders 1 · wachtlijst/capaciteit 1. "
        "Niet, omdat: nieuwe informatie 1.")
    assert "85%" in panel.carried.toolTip()
    # 10 of the 13 items on the two agendas ended in a decision, 1 was deferred.
    assert panel.decided.summary.text() == (
        "Over de periode: 10 van 13 punten met besluit afgerond (77%); 1 uitgesteld · "
        "2 niet bereikt.")
    assert "93%" in panel.decided.toolTip()
    assert panel.deferred.summary.text() == "Over de periode: 1 van 13 punten uitgesteld (8%)."
    # Actions as week 2's day ended: B and C open (A done), none late yet.
    assert panel.open_actions.summary.text() == "Op 01-12-2026: 2 open acties, waarvan 0 te laat."


def test_the_charts_plot_each_meetings_number_and_the_goals(history: Team, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel = TrendsPanel(lambda _months: None)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    panel.set_points(trends.trends(history.store, WEEK1))
    # The follow-through charts lie below the first screen: drawn once scrolled to.
    qtbot.waitUntil(lambda: panel.evaluated.chart.series() != [])
    assert all(chart.chart.series() == [] for chart in panel.follow_charts)
    panel.scroll.ensureWidgetVisible(panel.deferred)
    qtbot.waitUntil(lambda: panel.deferred.chart.series() != [])
    panel.scroll.ensureWidgetVisible(panel.carried)
    assert all(chart.waiting is None for chart in panel.follow_charts)

    def points(chart, name: str) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
        [series] = [s for s in chart.chart.series() if s.name() == name]
        return [(p.x(), p.y()) for p in series.points()]

    # Week 1 followed nothing up: no point; week 2: 80%.
    assert points(panel.carried, "% uitgevoerd (volledig of deels)") == [(1.0, 80.0)]
    assert {y for _x, y in points(panel.carried, "doel: minstens 85%")} == {85.0}
    assert points(panel.decided, "% met besluit afgerond") == [(0.0, 100.0), (1.0, 62.0)]
    assert points(panel.deferred, "% uitgesteld") == [(0.0, 0.0), (1.0, 12.0)]
    assert {y for _x, y in points(panel.deferred, "doel: hoogstens 10%")} == {10.0}
    assert points(panel.open_actions, "open") == [(0.0, 3.0), (1.0, 2.0)]
    assert points(panel.open_actions, "te laat") == [(0.0, 0.0), (1.0, 0.0)]


def test_verloop_shows_the_meetings_follow_through(history: Team, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    reviewed = review.review(history.store, WEEK2)
    assert reviewed is not None
    follow = follow_through.meeting_follow_through(history.store, reviewed)
    panel.set_review(reviewed, tuple(reviewed.blocks), None, follow)
    # Met besluit afgerond: 5 of the 8 items on the agenda as the meeting started.
    assert (panel.decided_figure.value.text(), panel.decided_figure.detail.text()) == (
        "62%", "5 van 8 punten")
    box = panel.follow_through
    assert box.carried.text() == (
        "4 van 5 besluiten uitgevoerd (80%): 2 volledig, 2 deels, 1 niet; "
        "doel: minstens 85%")
    assert box.reasons.text() == (
        "Deels, omdat: cliënt wilde het anders 1 · wachtlijst/capaciteit 1. "
        "Niet, omdat: nieuwe informatie 1.")
    assert box.decided.text() == "5 van 8 punten met besluit afgerond (62%); 1 uitgesteld · " \
        "2 niet bereikt"
    assert box.deferred.text() == "1 van 8 punten uitgesteld (12%); doel: hoogstens 10%"
    assert box.open_actions.text() == "Aan het eind van de dag: 2 open acties, waarvan 0 te laat."
    # Below the goal of 85%, above the 10%: said in the danger colour too.
    assert "color" in box.carried.styleSheet() and "color" in box.deferred.styleSheet()


def test_verloop_of_a_meeting_that_followed_nothing_up(history: Team, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    box = FollowThroughBox()
    qtbot.addWidget(box)
    reviewed = review.review(history.store, WEEK1)
    assert reviewed is not None
    box.set_follow(follow_through.meeting_follow_through(history.store, reviewed))
    assert box.carried.text() == "Geen eerdere besluiten opgevolgd in deze vergadering."
    assert box.carried.styleSheet() == "" and box.reasons.isHidden()
    assert box.deferred.text() == "0 van 5 punten uitgesteld (0%); doel: hoogstens 10%"
    assert box.open_actions.text() == "Aan het eind van de dag: 3 open acties, waarvan 0 te laat."
    box.set_follow(None)
    assert box.isHidden()


def test_nothing_is_cut_off_scrolled_to_the_follow_through(qtbot, app_style) -> None:  # type: ignore[no-untyped-def]
    """The demo's Trends scrolled down to the follow-through charts, and Verloop to its
    Opvolging part, at 1280x720 and 1366x768 (the checks of tests/test_cut_off.py)."""
    from test_cut_off import SIZES, cut_offs

    from ui.decisions.page import DecisionsPage
    from ui.main_window import MainWindow
    from vergadering import demo, members
    from vergadering.clock import FakeClock
    from vergadering.store import open_memory

    store = open_memory(FakeClock(dt.datetime(2026, 12, 7, 10, 0)))
    demo.fill_demo(store)
    names = {m.name for m in members.list_members(store)}
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.show_area("besluiten")
    page = win.findChild(DecisionsPage)
    found: list[str] = []
    for size in SIZES:
        win.resize(*size)
        page.tabs.setCurrentWidget(page.trends_panel)
        trends_panel = page.trends_panel
        for chart in (trends_panel.carried, trends_panel.deferred):
            trends_panel.scroll.ensureWidgetVisible(chart)
            qtbot.wait(1)
            qtbot.wait(1)
            found += [f"{size} trends: {p}" for p in cut_offs(win, names)]
        assert all(chart.waiting is None for chart in trends_panel.follow_charts)
        page.tabs.setCurrentWidget(page.review_panel)
        page.review_panel.ensureWidgetVisible(page.review_panel.follow_through)
        qtbot.wait(1)
        qtbot.wait(1)
        assert page.review_panel.follow_through.carried.text()
        found += [f"{size} verloop: {p}" for p in cut_offs(win, names)]
    store.close()
    assert found == []
