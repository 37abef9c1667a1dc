"""Rule 11 (docs/figures.md): each figure has one definition, and every screen, export
and command that shows it shows the same number. One demo database, one day (and past
meeting days): the figure through every place that shows it."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.decisions.page import DecisionsPage
from ui.evaluations.page import EvaluationsPage
from ui.kit import figures as figure_words
from vergadering import clients, demo, figures, meetings, overview, review, standing, trends
from vergadering.clock import FakeClock
from vergadering.dates import format_nl
from vergadering.store import Store, open_memory, open_store

MAIN = Path(__file__).resolve().parent.parent / "main.py"
TODAY = dt.date(2026, 11, 23)  # a Monday: the demo's last meeting was on the 17th


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    path = tmp_path_factory.mktemp("figures") / "team.db"
    store = open_store(path, FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    demo.fill_demo(store)
    try:
        yield store, path
    finally:
        store.close()


def overdue_command(path: Path, on: dt.date, fmt: str = "table") -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, str(MAIN), "--db", str(path), "overdue", "--on", on.isoformat(),
         "--format", fmt], capture_output=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode("utf-8")


def command_line(figure: figures.WithinTerm) -> str:
    return (f"Binnen de termijn op {format_nl(figure.on)}: {figure.within} van "
            f"{figure.active} actieve cliënten ({figure.percentage}%).")


def meeting_days(store: Store) -> list[dt.date]:
    return [dt.date.fromisoformat(r[0]) for r in store.query(
        "SELECT date FROM meeting WHERE status = 'closed' ORDER BY date")]


def test_binnen_de_termijn_today_everywhere(team: tuple[Store, Path], qtbot) -> None:  # type: ignore[no-untyped-def]
    store, path = team
    figure = figures.within_term(store, TODAY)
    assert 0 < figure.overdue < figure.active  # a figure worth checking
    # The Evaluaties page: the headline, from its own rows.
    report = overview.rows_report(store, TODAY)
    assert overview.headline(TODAY, report.rows, len(report.unreadable)) == figure
    page = EvaluationsPage(store)
    qtbot.addWidget(page)
    page.refresh()
    page.refresh_capacity()  # made after the table is shown
    assert page.headline.within.text() == figure_words.within_term_text(figure)
    assert page.headline.late.text() == f"{figure.overdue} te laat"
    # Its Capaciteit tab: the figure now, and the backlog the forecast starts from.
    assert page.capacity.outlook.text().startswith(
        "Nu: " + figure_words.within_term_text(figure))
    assert f"nu {figure.overdue} cliënten" in page.capacity.verdict.text()
    # The command line: its summary line, and as many rows as overdue clients. It runs
    # on the real clock, for which this day lies in the past: the dates are rebuilt from
    # the decisions and the dates entered, and must come out as stored.
    text = overdue_command(path, TODAY)
    assert text.splitlines()[-1] == command_line(figure)
    assert len(json.loads(overdue_command(path, TODAY, "json"))) == figure.overdue
    # The capacity forecast starts from the same figure.
    from vergadering import forecast
    assert forecast.forecast(store, TODAY, at=(TODAY,)).expected[TODAY] == figure


def test_binnen_de_termijn_on_past_meeting_days_everywhere(team: tuple[Store, Path],
                                                           qtbot) -> None:  # type: ignore[no-untyped-def]
    store, path = team
    days = meeting_days(store)
    assert len(days) == demo.HISTORY_WEEKS
    points = {p.date: p for p in trends.trends(store, days[0])}
    assert list(points) == days
    page = DecisionsPage(store)
    qtbot.addWidget(page)
    page.trends_panel.set_points(list(points.values()))
    last = points[days[-1]].within
    assert figure_words.within_term_text(last) in page.trends_panel.evaluated.summary.text()
    for day in (days[0], days[len(days) // 2], days[-1]):
        figure = figures.within_term(store, day)
        assert points[day].within == figure
        assert overdue_command(path, day).splitlines()[-1] == command_line(figure)
        rows = json.loads(overdue_command(path, day, "json"))
        assert len(rows) == figure.overdue
        assert all(dt.date.fromisoformat(r["due"]) < day for r in rows)


def test_toe_en_besproken_everywhere(team: tuple[Store, Path], qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _path = team
    page = DecisionsPage(store)
    qtbot.addWidget(page)
    for day in meeting_days(store)[-3:]:
        meeting = meetings.find(store, day)
        assert meeting is not None
        figure = figures.due_and_discussed(store, meeting)
        reviewed = review.review(store, day)
        assert reviewed is not None and reviewed.due_and_discussed == figure
        assert 0 < figure.discussed < figure.due
        page.review_panel.set_review(reviewed, (), None)
        assert page.review_panel.evaluation_figure.value.text() == (
            figure_words.due_and_discussed_text(figure))


# -- the definitions themselves --------------------------------------------------------
def test_a_new_client_is_binnen_de_termijn_until_its_own_due_date() -> None:
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    try:
        clients.add_client(store, clients.ClientInput("NIEUW", None, care_start="2026-06-01"))
        clients.add_client(store, clients.ClientInput("OUD", None,
                                                      last_evaluation="2026-01-01"))
        figure = figures.within_term(store, TODAY)
        assert (figure.active, figure.overdue, figure.within) == (2, 1, 1)
        later = figures.within_term(store, dt.date(2026, 12, 2))  # NIEUW due 1 December
        assert (later.overdue, later.percentage) == (2, 0)
    finally:
        store.close()


@pytest.mark.parametrize(("active", "overdue", "unreadable", "percentage"), [
    (0, 0, 0, None), (300, 1, 0, 99), (300, 299, 0, 1), (4, 0, 0, 100), (4, 0, 1, 75),
    (3, 1, 0, 67),
])
def test_one_rounding(active: int, overdue: int, unreadable: int,
                      percentage: int | None) -> None:
    assert figures.WithinTerm(TODAY, active, overdue, unreadable).percentage == percentage


def test_a_past_day_uses_the_dates_entered_before_a_decision_overwrote_them() -> None:
    """A client imported with its last evaluation, later evaluated by a decision: on a
    day in between, it counts with the imported date (stored on the client no more)."""
    clock = FakeClock(dt.datetime(2026, 1, 5, 9, 0))
    store = open_memory(clock)
    try:
        client = clients.add_client(store, clients.ClientInput(
            "A", None, last_evaluation="2025-12-01")).id
        store.conn.execute("UPDATE client SET last_evaluation = '2026-11-17',"
                           " next_evaluation = NULL WHERE id = ?", (client,))
        store.conn.execute(
            "INSERT INTO decision(client_id, kind, decided_on, worded_by_role, created_at)"
            " VALUES (?, 'doorgaan', '2026-11-17', 'chair', '2026-11-17T10:00:00')",
            (client,))
        clock.set(dt.datetime(2026, 11, 23, 9, 0))
        then, _ = standing.standing_on(store, dt.date(2026, 3, 1), 6)
        assert [(s.last_evaluation, s.due) for s in then] == [
            (dt.date(2025, 12, 1), dt.date(2026, 6, 1))]
        assert figures.within_term(store, dt.date(2026, 6, 2)).overdue == 1
        assert figures.within_term(store, dt.date(2026, 11, 17)).overdue == 0
    finally:
        store.close()
