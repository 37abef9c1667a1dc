"""Where open actions are shown and closed (rule 13, docs/rules.md): the terugblik on the
chair's screen, the client's history, and the agenda's notice of overdue ones (absent
when none are overdue). Never on the projector."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from follow_up_team import WEEK2
from PySide6.QtCore import Qt
from test_action_list import Made, with_actions

from ui import identity
from ui.agenda.overdue_actions import OverdueActionsDialog, OverdueNotice
from ui.agenda.page import AgendaPage
from ui.evaluations.history import ClientHistoryDialog
from ui.meeting.chair import MeetingPage
from ui.meeting.chair_terugblik import TerugblikPanel
from vergadering import actions, agenda, overview, settings
from vergadering.actions import ActionState
from vergadering.clock import FakeClock
from vergadering.store import Store


@pytest.fixture
def made(store: Store, clock: FakeClock):  # type: ignore[no-untyped-def]
    made = with_actions(store, clock)
    identity.set_current_member(store, made.team.anna)
    yield made
    identity.set_current_member(store, None)


def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the terugblik --------------------------------------------------------------------
def test_the_terugblik_shows_the_open_actions_overdue_first(qtbot, made: Made) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    page = shown(qtbot, MeetingPage(store))
    [panel] = page.findChildren(TerugblikPanel)
    assert panel.isVisible() and panel.actions is not None and panel.actions.isVisible()
    assert panel.actions_heading.text() == "Openstaande acties (3) — 1 te laat"
    assert [r.action.id for r in panel.actions.rows] == [made.late, made.today, made.later]
    assert panel.actions.rows[0].property("overdue")
    # Closed there by keyboard: gone from the list, the count follows.
    panel.actions.rows[0].done_button.setFocus()
    qtbot.keyClick(panel.actions.rows[0].done_button, Qt.Key.Key_Space)
    assert actions.get(store, made.late).closed_by_id == made.team.anna
    assert [r.action.id for r in panel.actions.rows] == [made.today, made.later]
    assert panel.actions_heading.text() == "Openstaande acties (2)"


def test_in_privacy_mode_the_terugblik_counts_the_actions_without_listing_them(  # type: ignore[no-untyped-def]
        qtbot, made: Made) -> None:
    """The chair's screen may be mirrored on the beamer: what an action is about stays
    off it in privacy mode, the count stays (and says where the list is)."""
    store = made.team.store
    panel = shown(qtbot, TerugblikPanel())
    panel.show_for(store, agenda.plan(store), True, privacy=True)
    assert panel.actions_heading.isVisible()
    assert panel.actions_heading.text().startswith("Openstaande acties (3) — 1 te laat")
    assert "privacymodus" in panel.actions_heading.text()
    assert panel.actions is not None and not panel.actions.isVisible()
    panel.show_for(store, agenda.plan(store), True, privacy=False)
    assert panel.actions.isVisible() and "privacymodus" not in panel.actions_heading.text()


def test_no_actions_section_without_open_actions(qtbot, made: Made) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    for action_id in (made.late, made.today, made.later):
        actions.close(store, action_id, ActionState.DONE, made.team.bram)
    panel = shown(qtbot, TerugblikPanel())
    panel.show_for(store, agenda.plan(store), True)
    assert panel.isVisible()  # last meeting's decisions
    assert not panel.actions_heading.isVisible()
    assert panel.actions is None or not panel.actions.isVisible()


def test_open_actions_alone_show_the_terugblik_unless_switched_off(  # type: ignore[no-untyped-def]
        qtbot, made: Made) -> None:
    store = made.team.store
    panel = shown(qtbot, TerugblikPanel())
    # A plan long after the last meeting: nothing to look back on but the actions.
    panel.show_for(store, agenda.plan(store, WEEK2 + dt.timedelta(days=70)), True)
    assert panel.isVisible() and panel.actions_heading.isVisible()
    settings.save(store, dataclasses.replace(settings.load(store), terugblik=False))
    panel.show_for(store, agenda.plan(store), False)
    assert not panel.isVisible()


# -- the client's history ---------------------------------------------------------------
def history(qtbot, store: Store, reference: str) -> ClientHistoryDialog:  # type: ignore[no-untyped-def]
    row = next(r for r in overview.rows(store, store.clock.today()) if r.reference == reference)
    return shown(qtbot, ClientHistoryDialog(store, row))


def test_the_history_lists_each_decisions_actions_and_the_open_ones_on_top(  # type: ignore[no-untyped-def]
        qtbot, made: Made) -> None:
    store = made.team.store
    dialog = history(qtbot, store, "CL-2")
    assert dialog.open_heading.isVisible()
    assert dialog.open_actions.row_texts() == [
        "Netwerkgesprek plannen — Bram Bakker · uiterlijk 01-12-2026 · vandaag",
        "Verslag naar de wijkagent — Bram Bakker · uiterlijk 08-12-2026 · over 7 dagen"]
    assert dialog.action_texts() == [
        "• Netwerkgesprek plannen (Bram Bakker · uiterlijk 01-12-2026 · vandaag)\n"
        "• Verslag naar de wijkagent (Bram Bakker · uiterlijk 08-12-2026 · over 7 dagen)"]
    assert dialog.table.horizontalHeaderItem(dialog.ACTIONS).text() == "Acties"
    dialog.open_actions.rows[1].drop_button.setFocus()
    qtbot.keyClick(dialog.open_actions.rows[1].drop_button, Qt.Key.Key_Space)
    assert actions.get(store, made.later).state is ActionState.DROPPED
    assert len(dialog.open_actions.rows) == 1
    assert dialog.action_texts()[0].endswith(
        "(Bram Bakker · uiterlijk 08-12-2026 · vervallen door Anna de Vries op "
        "01-12-2026 10:00)")


def test_the_history_shows_how_each_previous_decision_went_and_only_used_columns(  # type: ignore[no-untyped-def]
        qtbot, store: Store, clock: FakeClock) -> None:
    """Each decision says how the one before it was carried out (rule 12), next to the
    decision; a column no decision of this client fills takes no room."""
    from follow_up_team import WEEK1, doorgaan, make_team, not_done

    from vergadering.follow_up import CarriedOut, FollowUpReason

    team = make_team(store, clock)
    client = team.client()
    team.meeting(WEEK1, (client, doorgaan(WEEK1)))
    clock.set(dt.datetime.combine(WEEK2, dt.time(9)))
    team.meeting(WEEK2, (client, doorgaan(WEEK2, follow_up=not_done(
        CarriedOut.PARTLY, FollowUpReason.OTHER, "Cliënt is verhuisd"))))
    reference = store.query("SELECT reference FROM client WHERE id = ?", (client,))[0][0]
    dialog = history(qtbot, store, reference)
    column = dialog.FOLLOW_UP
    assert [dialog.table.item(r, column).text() for r in range(2)] == [
        "deels — anders: Cliënt is verhuisd", ""]  # newest first; the first followed nothing
    header = dialog.table.horizontalHeader()
    assert header.visualIndex(column) == 2  # right after the decision
    for empty in (dialog.REASON, dialog.CORRECTION, dialog.ACTIONS):
        assert dialog.table.isColumnHidden(empty)
    assert not dialog.table.isColumnHidden(column)


def test_a_history_without_open_actions_has_no_list(qtbot, made: Made) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    actions.close(store, made.late, ActionState.DONE, made.team.bram)
    dialog = history(qtbot, store, "CL-1")
    assert not dialog.open_heading.isVisible() and not dialog.open_actions.isVisible()
    assert "gedaan door Bram Bakker" in dialog.action_texts()[0]


# -- the agenda ----------------------------------------------------------------------
def test_the_agenda_says_how_many_actions_are_late(qtbot, made: Made, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    page = shown(qtbot, AgendaPage(store))
    notice = page.overdue_notice
    assert notice.isVisible() and notice.text() == "1 actie te laat…"
    opened: list[Store] = []
    monkeypatch.setattr(OverdueActionsDialog, "show_for",
                        lambda s, parent=None: opened.append(s))
    notice.setFocus()
    qtbot.keyClick(notice, Qt.Key.Key_Space)
    assert opened == [store]
    # A day later the one due today is late too; closed, they go.
    made.team.clock.advance(days=1)
    page.refresh()
    assert notice.text() == "2 acties te laat…"
    actions.close(store, made.late, ActionState.DONE, made.team.bram)
    qtbot.waitUntil(lambda: notice.text() == "1 actie te laat…")
    actions.close(store, made.today, ActionState.DROPPED, made.team.bram)
    qtbot.waitUntil(lambda: not notice.isVisible())


def test_no_notice_when_none_are_late(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    with_actions(store, clock)
    clock.set(dt.datetime(2026, 11, 25, 9, 0))  # before every date
    page = shown(qtbot, AgendaPage(store))
    assert not page.overdue_notice.isVisible()
    assert page.overdue_notice.count == 0


def test_the_overdue_list_closes_by_keyboard(qtbot, made: Made) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    dialog = shown(qtbot, OverdueActionsDialog(store))
    notice = shown(qtbot, OverdueNotice(store))
    assert [r.action.id for r in dialog.list.rows] == [made.late]  # only the overdue one
    assert dialog.focusWidget() is dialog.list.rows[0].done_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert actions.get(store, made.late).state is ActionState.DONE
    assert dialog.list.rows == [] and dialog.list.empty.isVisible()
    qtbot.waitUntil(lambda: not notice.isVisible())


# -- on a laptop's screen ----------------------------------------------------------------
def demo_with_actions() -> Store:
    """The demo team the day before its meeting, with actions on its last meeting's
    decisions: two overdue, one due today, one later, one done."""
    from vergadering import decisions, demo, meetings, members
    from vergadering.actions import ActionInput
    from vergadering.store import open_memory

    clock = FakeClock(dt.datetime(2026, 11, 23, 14, 0))
    store = open_memory(clock)
    demo.fill_demo(store)
    last = meetings.last_closed_before(store, clock.today())
    assert last is not None
    made = decisions.for_meeting(store, last.id)
    people = members.list_members(store, include_inactive=False)
    agreed = (("Huisarts bellen over de medicatie", dt.date(2026, 11, 19)),
              ("Netwerkgesprek plannen met moeder en de wijkverpleging", dt.date(2026, 11, 20)),
              ("Verslag naar de GGZ-instelling sturen", dt.date(2026, 11, 23)),
              ("Aanmelding bij de FACT-poli afronden", dt.date(2026, 12, 1)),
              ("Crisiskaart bijwerken met de cliënt", dt.date(2026, 12, 8)))
    for n, (what, due) in enumerate(agreed):
        decision = made[n % 3]
        with store.transaction():  # as recorded with the decision (its check is not needed)
            actions.insert(store, decision.id, decision.client_id,
                           [ActionInput(what, people[n % len(people)].id, due)])
    actions.close(store, actions.open_actions(store)[-1].id, ActionState.DONE, people[1].id)
    return store


def test_nothing_is_cut_off_with_actions(qtbot, app_style) -> None:  # type: ignore[no-untyped-def]
    from test_cut_off import SIZES, cut_offs

    from ui.main_window import MainWindow
    from vergadering import members

    store = demo_with_actions()
    names = {m.name for m in members.list_members(store)}
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    found: list[str] = []
    for area in ("agenda", "vergadering"):
        win.show_area(area)
        for size in SIZES:
            win.resize(*size)
            qtbot.wait(1)
            qtbot.wait(1)
            found += [f"{area} {size}: {p}" for p in cut_offs(win, names)]
    late = len(actions.overdue(store, store.clock.today()))  # the demo's and these
    assert late > 2 and win.findChild(AgendaPage).overdue_notice.text() == (
        f"{late} acties te laat…")
    [panel] = win.findChildren(TerugblikPanel)
    assert panel.actions is not None
    assert len(panel.actions.rows) == len(actions.open_actions(store)) > 4
    with_actions = {a.client_id for a in actions.open_actions(store)}
    row = next(r for r in overview.rows(store, store.clock.today())
               if r.client_id in with_actions)
    for dialog in (ClientHistoryDialog(store, row, win), OverdueActionsDialog(store, win)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(1)
        found += [f"{type(dialog).__name__}: {p}" for p in cut_offs(dialog, names)]
        dialog.close()
    store.close()
    assert found == []
