"""The Capaciteit tab and the headline's capacity card: the forecast of the coming
meetings (vergadering.forecast) in words — the verdict, binnen de termijn now and ahead,
the pace, what would help, the back-test and the table of meetings."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ui.evaluations.capacity import CapacityPanel, closed_meetings
from ui.evaluations.headline import HeadlineBar
from ui.evaluations.model import ON_TRACK_COLOR, OVERDUE_COLOR
from ui.evaluations.page import EvaluationsPage
from ui.kit import figures as figure_words
from vergadering import clients, forecast, members, run
from vergadering.clients import ClientInput
from vergadering.figures import WithinTerm
from vergadering.forecast import (
    Backtest,
    Capacity,
    Change,
    Forecast,
    MeetingForecast,
    Pace,
    Variant,
)

TODAY = dt.date(2026, 11, 23)  # a Monday; the meetings are on Tuesdays
FIRST = dt.date(2026, 11, 24)
MEASURED = Pace(meetings=16, minutes_per_evaluation=5.0, lopend_minutes=50.0,
                evaluations=6.0, other_decisions=1.5, done=6.0, closing_share=0.1,
                intake_per_week=0.25)


def tuesday(week: int) -> dt.date:
    return FIRST + dt.timedelta(weeks=week)


def make_forecast(overdue_after: list[int], *, backlog: int, pace: Pace = MEASURED,
                  active: int = 100, weeks: int = 31,
                  expected: tuple[int, int] | None = None) -> Forecast:
    """A forecast of ``weeks`` meetings; ``overdue_after`` for the first ones, then the
    last value carried on; cleared_on as forecast.play computes it."""
    after = overdue_after + [overdue_after[-1]] * (weeks - len(overdue_after))
    planned = tuple(MeetingForecast(tuesday(w), due=10 + n, evaluated=6, overdue_after=n,
                                    active=active) for w, n in enumerate(after))
    cleared = None
    for meeting in reversed(planned):
        if meeting.overdue_after:
            break
        cleared = meeting.date
    in8, in16 = expected if expected is not None else (after[9], after[17])
    days = {TODAY + dt.timedelta(weeks=8): WithinTerm(TODAY + dt.timedelta(weeks=8),
                                                      active, in8, 0),
            TODAY + dt.timedelta(weeks=16): WithinTerm(TODAY + dt.timedelta(weeks=16),
                                                       active, in16, 0)}
    return Forecast(TODAY, pace, backlog, planned, days, cleared)


def make_capacity(plan: Forecast, *, variants: tuple[Variant, ...] = (),
                  backtest: Backtest | None = None) -> Capacity:
    return Capacity(plan, variants, backtest, horizon_months=6, lopend_budget=60)


NOW = WithinTerm(TODAY, 100, 12, 0)


@pytest.fixture
def panel(qtbot):
    widget = CapacityPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    return widget


@pytest.fixture
def headline(qtbot):
    widget = HeadlineBar()
    qtbot.addWidget(widget)
    return widget


def show(panel, headline, capacity, now=NOW, closed=0):
    panel.show_capacity(capacity, now, closed)
    headline.show_capacity(capacity)


def rows(panel):
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


# -- the verdict -------------------------------------------------------------------
def test_keeps_up_without_a_backlog(panel, headline):
    show(panel, headline, make_capacity(make_forecast([0], backlog=0)))
    assert panel.verdict.text() == (
        "Het team kan het bijhouden: volgens de voorspelling raakt niemand achter.")
    assert ON_TRACK_COLOR in panel.verdict_box.styleSheet()
    assert headline.capacity.text() == "✓ Het team kan het bijhouden"
    assert ON_TRACK_COLOR in headline.capacity.styleSheet()
    calm = make_forecast([0], backlog=0)
    show(panel, headline, make_capacity(calm, variants=(Variant(Change.ONE_MORE, calm),)))
    assert panel.variants == []  # nothing to help with
    assert not panel.variants_title.isVisibleTo(panel)


def test_a_backlog_cleared_names_the_meeting_and_the_weeks(panel, headline):
    plan = make_forecast([9, 5, 2, 0], backlog=12)
    assert plan.cleared_on == tuesday(3) and plan.weeks_to_clear() == 4
    show(panel, headline, make_capacity(plan))
    assert panel.verdict.text() == (
        "Het team kan het bijhouden: de achterstand van nu 12 cliënten is naar verwachting "
        "weg na de vergadering van dinsdag 15 december 2026, over 4 weken.")
    assert ON_TRACK_COLOR in panel.verdict_box.styleSheet()
    assert headline.capacity.text() == "✓ Achterstand weg over 4 weken"


def test_a_backlog_never_cleared(panel, headline):
    plan = make_forecast([12, 13, 15], backlog=12, expected=(14, 19))
    show(panel, headline, make_capacity(plan))
    assert panel.verdict.text() == (
        "Het team kan het in dit tempo niet bijhouden: de achterstand van nu 12 cliënten "
        "raakt in de komende 31 weken niet weggewerkt; over 16 weken zijn naar verwachting "
        "19 cliënten te laat.")
    assert OVERDUE_COLOR in panel.verdict_box.styleSheet()
    assert headline.capacity.text() == "✗ In dit tempo niet bij te houden"
    assert OVERDUE_COLOR in headline.capacity.styleSheet()


def test_no_backlog_now_but_one_that_stays(panel, headline):
    plan = make_forecast([0, 0, 0, 0, 1, 0, 2, 3], backlog=0, expected=(3, 5))
    show(panel, headline, make_capacity(plan))
    assert panel.verdict.text() == (
        "Het team kan het in dit tempo niet bijhouden: nu is niemand te laat, maar vanaf "
        "de vergadering van dinsdag 5 januari 2027 blijven cliënten te laat; over 16 weken "
        "zijn naar verwachting 5 cliënten te laat.")
    assert headline.capacity.text() == "✗ In dit tempo niet bij te houden"


def test_the_tooltips_say_what_is_counted(panel, headline):
    show(panel, headline, make_capacity(make_forecast([0], backlog=0)))
    tip = figure_words.within_term_tip(6)
    assert panel.verdict.toolTip().endswith(tip)
    assert "31 weken" in panel.verdict.toolTip()
    assert panel.outlook.toolTip().endswith(tip)


# -- binnen de termijn now and ahead -----------------------------------------------------
def test_now_and_in_8_and_16_weeks(panel, headline):
    plan = make_forecast([9, 5], backlog=12, expected=(6, 0))
    show(panel, headline, make_capacity(plan))
    assert panel.outlook.text().splitlines() == [
        "Nu: 88 van 100 actieve cliënten (88%) binnen de termijn.",
        "Over 8 weken (18-01-2027) verwacht: 94 van 100 actieve cliënten (94%) binnen de "
        "termijn; 6 te laat.",
        "Over 16 weken (15-03-2027) verwacht: 100 van 100 actieve cliënten (100%) binnen "
        "de termijn; niemand te laat."]


def test_the_figure_is_worded_as_in_the_headline(qtbot, store):
    """One name everywhere: the panel's 'now' is the Evaluaties headline's own text."""
    anouk = members.add_member(store, "Anouk de Vries")
    clients.add_client(store, ClientInput("D-10", anouk.id, last_evaluation="01-05-2026"))
    clients.add_client(store, ClientInput("X-1", anouk.id, last_evaluation="01-10-2026"))
    clients.add_client(store, ClientInput("X-2", anouk.id, last_evaluation="02-10-2026"))
    page = EvaluationsPage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.capacity_pending)
    within = page.headline.within.text()
    assert within == "2 van 3 actieve cliënten (67%) binnen de termijn"
    assert page.capacity.outlook.text().splitlines()[0] == f"Nu: {within}."
    ahead = forecast.capacity(store, TODAY).forecast.in_weeks(8)
    assert figure_words.within_term_text(ahead) in page.capacity.outlook.text()


# -- the pace ----------------------------------------------------------------------------
def test_the_measured_pace(panel, headline):
    show(panel, headline, make_capacity(make_forecast([0], backlog=0)))
    assert panel.pace.text() == (
        "Gemeten over de laatste 16 vergaderingen: gemiddeld 6,0 evaluaties per "
        "vergadering gedaan (5,0 min per evaluatie); het blok lopend (60 min, waarvan "
        "10,0 min aan andere punten) heeft ruimte voor 10,0 evaluaties. Verder per "
        "vergadering 1,5 andere besluiten (acute punten, hamerstukken); 10% van de "
        "besluiten sluit een behandeling af; 0,3 nieuwe cliënten per week.")


def test_a_forecast_at_more_than_was_done_says_so(panel, headline):
    pace = Pace(16, 4.5, 45.0, evaluations=8.3, other_decisions=0.0, done=7.5,
                closing_share=0.0, intake_per_week=1.0)
    show(panel, headline, make_capacity(make_forecast([0], backlog=0, pace=pace)))
    assert "gemiddeld 7,5 evaluaties per vergadering gedaan (4,5 min" in panel.pace.text()
    assert "de voorspelling rekent met 8,3 evaluaties per vergadering" in panel.pace.text()


def test_not_measured_yet_uses_the_settings(panel, headline):
    settings_pace = Pace(0, 5.0, 60.0, 12.0, 0.0, 0.0, 0.0, 0.0)
    show(panel, headline, make_capacity(make_forecast([0], backlog=0, pace=settings_pace)),
         closed=3)
    assert panel.pace.text() == (
        "Het tempo is nog niet te meten: er zijn pas 3 van de 8 vergaderingen gesloten "
        "die daarvoor nodig zijn. De voorspelling rekent daarom met de instellingen: het "
        "blok lopend (60 min) heeft ruimte voor 12,0 evaluaties per vergadering van 5,0 "
        "min per evaluatie. Andere besluiten, afsluitingen en nieuwe cliënten telt ze dan "
        "nog niet mee.")
    assert "(12,0 per vergadering)" in panel.table_hint.text()


def test_closed_meetings_are_counted_up_to_the_minimum(store, clock):
    assert closed_meetings(store, TODAY) == 0
    for week in range(10):
        clock.set(dt.datetime.combine(tuesday(week), dt.time(9, 0)))
        run.start_meeting(store)
        run.close_meeting(store)
    assert closed_meetings(store, tuesday(1)) == 2
    assert closed_meetings(store, tuesday(9)) == forecast.MIN_MEETINGS


# -- what would help -----------------------------------------------------------------------
def test_each_change_and_what_it_does(panel, headline):
    slow = Pace(16, 5.0, 50.0, evaluations=4.0, other_decisions=0.0, done=4.0,
                closing_share=0.0, intake_per_week=0.0)
    plan = make_forecast([12, 13, 15], backlog=12, pace=slow, expected=(14, 19))
    fill = make_forecast([6, 1, 0], backlog=12, expected=(0, 0),
                         pace=Pace(16, 5.0, 50.0, 10.0, 0.0, 4.0, 0.0, 0.0))
    one = make_forecast([11, 12, 12], backlog=12, expected=(10, 8),
                        pace=Pace(16, 5.0, 50.0, 5.0, 0.0, 4.0, 0.0, 0.0))
    five = make_forecast([11, 10, 8, 5, 0], backlog=12, expected=(0, 0),
                         pace=Pace(16, 5.0, 55.0, 5.0, 0.0, 4.0, 0.0, 0.0))
    show(panel, headline, make_capacity(plan, variants=(
        Variant(Change.FILL_THE_BLOCK, fill), Variant(Change.ONE_MORE, one),
        Variant(Change.FIVE_MINUTES, five))))
    assert [(change.text(), effect.text()) for change, effect in panel.variants] == [
        ("Het blok lopend vullen met evaluaties: 10,0 in plaats van 4,0 per vergadering",
         "Dan: de achterstand is weg na de vergadering van dinsdag 8 december 2026, over 3 "
         "weken; over 16 weken 100 van 100 actieve cliënten (100%) binnen de termijn."),
        ("Eén evaluatie per vergadering meer: 5,0 in plaats van 4,0",
         "Dan: de achterstand raakt nog steeds niet weggewerkt; over 16 weken 92 van 100 "
         "actieve cliënten (92%) binnen de termijn."),
        ("5 minuten meer voor lopend (Team › Instellingen): 65 in plaats van 60 min",
         "Dan: de achterstand is weg na de vergadering van dinsdag 22 december 2026, over 5 "
         "weken; over 16 weken 100 van 100 actieve cliënten (100%) binnen de termijn.")]
    show(panel, headline, make_capacity(plan, variants=(Variant(Change.ONE_MORE, one),)))
    assert len(panel.variants) == 1  # the earlier lines are gone


# -- the back-test -------------------------------------------------------------------------
def test_without_a_backtest(panel, headline):
    show(panel, headline, make_capacity(make_forecast([0], backlog=0)))
    assert panel.backtest.text() == (
        "Toets: nog niet mogelijk. 8 weken geleden was er nog geen vergadering gehouden, "
        "dus er is geen oude berekening om met vandaag te vergelijken.")


@pytest.mark.parametrize(("expected", "actual", "difference"), [
    (40, 31, "9 minder dan verwacht, 8% van de cliënten"),
    (10, 13, "3 meer dan verwacht, 3% van de cliënten"),
    (1, 1, "precies zoals verwacht"),
])
def test_with_a_backtest(panel, headline, expected, actual, difference):
    then = TODAY - dt.timedelta(weeks=8)
    test = Backtest(then, TODAY, True, WithinTerm(TODAY, 118, expected, 0),
                    WithinTerm(TODAY, 119, actual, 0))
    show(panel, headline, make_capacity(make_forecast([0], backlog=0), backtest=test))
    clients_word = "cliënt" if expected == 1 else "cliënten"
    assert panel.backtest.text() == (
        f"Toets: 8 weken geleden (maandag 28 september 2026) had deze berekening voor "
        f"vandaag {expected} {clients_word} te laat verwacht; het zijn er {actual} "
        f"({difference}).")


def test_a_backtest_from_the_settings_says_so(panel, headline):
    then = TODAY - dt.timedelta(weeks=8)
    test = Backtest(then, TODAY, False, WithinTerm(TODAY, 50, 5, 0),
                    WithinTerm(TODAY, 50, 7, 0))
    show(panel, headline, make_capacity(make_forecast([0], backlog=0), backtest=test))
    assert panel.backtest.text().endswith(
        "(2 meer dan verwacht, 4% van de cliënten). Het tempo kwam toen nog uit de "
        "instellingen: er waren nog te weinig gesloten vergaderingen.")


# -- the coming meetings -------------------------------------------------------------------
def test_the_table_of_the_first_16_weeks(panel, headline):
    plan = make_forecast([9, 1, 0], backlog=12, active=200)
    show(panel, headline, make_capacity(plan))
    shown = rows(panel)
    assert len(shown) == 16  # the meetings up to 16 weeks from today, of 31
    assert shown[:3] == [
        ["24-11-2026", "19", "6", "9", "96%"],  # (200 - 9) / 200 = 95,5%
        ["01-12-2026", "11", "6", "1", "99%"],  # 99,5% rounds to 100: never while late
        ["08-12-2026", "10", "6", "0", "100%"]]
    assert shown[-1][0] == "09-03-2027"
    late, cleared = panel.table.item(0, panel.OVERDUE_AFTER), panel.table.item(2, 3)
    assert late.font().bold() and late.foreground().color().name() == OVERDUE_COLOR
    assert not cleared.font().bold()


def test_the_table_agrees_with_the_forecast_of_a_store(qtbot, store):
    anouk = members.add_member(store, "Anouk de Vries")
    for n in range(30):
        clients.add_client(store, ClientInput(f"C-{n:02}", anouk.id,
                                              last_evaluation=f"{n % 28 + 1:02}-05-2026"))
    capacity = forecast.capacity(store, TODAY)
    panel = CapacityPanel()
    qtbot.addWidget(panel)
    panel.show_capacity(capacity, WithinTerm(TODAY, 30, 24, 0))
    expected = [[m.date.strftime("%d-%m-%Y"), str(m.due), str(m.evaluated),
                 str(m.overdue_after),
                 f"{WithinTerm(m.date, m.active, m.overdue_after, 0).percentage}%"]
                for m in capacity.forecast.meetings[:16]]
    assert rows(panel) == expected
    assert capacity.forecast.backlog == 24  # due 1 to 22 November


def test_ui_no_longer_uses_the_old_simulation():
    ui = Path(__file__).resolve().parent.parent / "ui"
    old = re.compile(r"overview\.capacity\(|\bMonthLoad\b|overview import [^\n]*\bCapacity\b")
    assert [p.name for p in ui.rglob("*.py") if old.search(p.read_text("utf-8"))] == []
