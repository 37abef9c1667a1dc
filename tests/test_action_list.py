"""The list of agreed actions (rule 13, docs/rules.md): open, overdue and closed shown
right, closed by keyboard in the name of "Ik ben" (or the member asked for), who and when
kept, and a colleague's close said in Dutch with nothing lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from follow_up_team import WEEK1, WEEK2, Team, action, doorgaan, make_team
from PySide6.QtCore import Qt

from ui import common, identity
from ui.kit import action_list, palette
from ui.kit.action_list import ActionList, MemberChoiceDialog
from vergadering import actions
from vergadering.actions import ActionState
from vergadering.clock import FakeClock
from vergadering.store import Store, open_store

LATE = WEEK1 + dt.timedelta(days=3)  # 27-11-2026: four days late on WEEK2
LATER = WEEK1 + dt.timedelta(days=14)  # 08-12-2026


@dataclass
class Made:
    team: Team
    late: int  # CL-1, Anna, due 27-11
    today: int  # CL-2, Bram, due on WEEK2
    later: int  # CL-2, Bram, due 08-12


def with_actions(store: Store, clock: FakeClock) -> Made:
    """Three open actions agreed on WEEK1; the clock then on WEEK2 at 10:00."""
    team = make_team(store, clock)
    one, two = team.client(), team.client()
    first, second = team.meeting(WEEK1, (one, doorgaan(actions=(
        action("Huisarts bellen over de medicatie", team.anna, LATE),))),
        (two, doorgaan(actions=(action("Netwerkgesprek plannen", team.bram, WEEK2),
                                action("Verslag naar de wijkagent", team.bram, LATER)))))
    late = actions.for_decision(store, first.id)[0].id
    today, later = (a.id for a in actions.for_decision(store, second.id))
    clock.set(dt.datetime.combine(WEEK2, dt.time(10, 0)))
    return Made(team, late, today, later)


@pytest.fixture
def made(store: Store, clock: FakeClock) -> Made:
    return with_actions(store, clock)


@pytest.fixture
def me(made: Made):  # type: ignore[no-untyped-def]
    """Anna is "Ik ben" on this computer."""
    identity.set_current_member(made.team.store, made.team.anna)
    yield made.team.anna
    identity.set_current_member(made.team.store, None)


def make_list(qtbot, store: Store, load=actions.open_actions, **kwargs) -> ActionList:  # type: ignore[no-untyped-def]
    widget = ActionList(store, load, **kwargs)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_open_overdue_and_closed_are_shown_right(qtbot, made: Made) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    actions.close(store, made.later, ActionState.DROPPED, made.team.anna)
    widget = make_list(qtbot, store, actions.all_actions)
    assert widget.row_texts() == [
        "CL-1 — Huisarts bellen over de medicatie — Anna de Vries · uiterlijk 27-11-2026 · "
        "4 dagen te laat",
        "CL-2 — Netwerkgesprek plannen — Bram Bakker · uiterlijk 01-12-2026 · vandaag",
        "CL-2 — Verslag naar de wijkagent — Bram Bakker · uiterlijk 08-12-2026 · "
        "vervallen door Anna de Vries op 01-12-2026 10:00"]
    late, due_today, dropped = widget.rows
    # Overdue: in words ("te laat") and in colour (the row's mark, the red text).
    assert late.property("overdue") and palette.DANGER in late.label.text()
    assert not due_today.property("overdue")  # due today is not late
    assert all(r.done_button.isVisible() and r.drop_button.isVisible()
               for r in (late, due_today))
    assert not dropped.done_button.isVisible() and not dropped.drop_button.isVisible()
    assert dropped.property("closed")
    assert widget.overdue_count() == 1


def test_closing_by_keyboard_keeps_who_and_when(qtbot, made: Made, me: int) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    widget = make_list(qtbot, store)
    assert [r.action.id for r in widget.rows] == [made.late, made.today, made.later]
    widget.rows[0].done_button.setFocus()
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Tab)  # to Vervalt of the first row
    assert widget.focusWidget() is widget.rows[0].drop_button
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Tab)  # Gedaan of the second
    assert widget.focusWidget() is widget.rows[1].done_button
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Space)
    closed = actions.get(store, made.today)
    assert (closed.state, closed.closed_by_id, closed.closed_at) == (
        ActionState.DONE, me, dt.datetime.combine(WEEK2, dt.time(10, 0)))
    # The open list no longer shows it; the keyboard stays in the list.
    assert [r.action.id for r in widget.rows] == [made.late, made.later]
    assert widget.focusWidget() is widget.rows[1].done_button
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Space)  # Vervalt
    assert actions.get(store, made.later).state is ActionState.DROPPED
    assert widget.row_texts() == [
        "CL-1 — Huisarts bellen over de medicatie — Anna de Vries · uiterlijk 27-11-2026 · "
        "4 dagen te laat"]


def test_a_list_with_closed_ones_shows_who_closed_it(qtbot, made: Made, me: int) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    widget = make_list(qtbot, store, actions.all_actions)
    widget.row_for(made.late).done_button.click()
    row = widget.row_for(made.late)
    assert row.texts().endswith("gedaan door Anna de Vries op 01-12-2026 10:00")
    assert not row.done_button.isVisible() and not row.property("overdue")
    assert widget.rows[-1] is row  # closed ones after the open ones


def test_a_change_elsewhere_reloads_the_list(qtbot, made: Made) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    widget = make_list(qtbot, store)
    actions.close(store, made.late, ActionState.DONE, made.team.bram)
    qtbot.waitUntil(lambda: len(widget.rows) == 2)


def test_closed_already_by_a_colleague(qtbot, tmp_path, clock: FakeClock,  # type: ignore[no-untyped-def]
                                       monkeypatch) -> None:
    mine = open_store(tmp_path / "team.db", clock, create=True)
    theirs = open_store(tmp_path / "team.db", clock)
    try:
        made = with_actions(mine, clock)
        identity.set_current_member(mine, made.team.anna)
        shown: list[str] = []
        monkeypatch.setattr(common, "show_error", lambda _parent, text, title=None:
                            shown.append(text))
        widget = make_list(qtbot, mine)
        actions.close(theirs, made.late, ActionState.DONE, made.team.bram)  # another PC
        assert len(widget.rows) == 3  # not heard of yet
        widget.rows[0].drop_button.setFocus()
        qtbot.keyClick(widget.rows[0].drop_button, Qt.Key.Key_Space)
        assert shown == ["Deze actie is al afgesloten (gedaan, door Bram Bakker): een actie "
                         "wordt maar één keer afgesloten."]
        # Nothing lost: the colleague's close stays, and the list shows it now.
        kept = actions.get(mine, made.late)
        assert (kept.state, kept.closed_by) == (ActionState.DONE, "Bram Bakker")
        assert [r.action.id for r in widget.rows] == [made.today, made.later]
    finally:
        identity.set_current_member(mine, None)
        theirs.close()
        mine.close()


def test_without_ik_ben_the_member_is_asked(qtbot, made: Made, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    assert identity.current_member(store) is None
    asked: list[list[tuple[int, str]]] = []

    def ask(choices, _parent):  # type: ignore[no-untyped-def]
        asked.append(choices)
        return made.team.bram

    monkeypatch.setattr(MemberChoiceDialog, "ask", classmethod(lambda cls, c, p: ask(c, p)))
    widget = make_list(qtbot, store)
    assert widget.close_action(made.late, ActionState.DONE)
    assert asked == [[(made.team.anna, "Anna de Vries"), (made.team.bram, "Bram Bakker")]]
    assert actions.get(store, made.late).closed_by == "Bram Bakker"
    # Cancelled: nothing closed, the row stays.
    monkeypatch.setattr(MemberChoiceDialog, "ask", classmethod(lambda cls, c, p: None))
    assert not widget.close_action(made.today, ActionState.DONE)
    assert actions.get(store, made.today).state is ActionState.OPEN
    assert made.today in [r.action.id for r in widget.rows]


def test_the_member_dialog_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberChoiceDialog([(1, "Anna de Vries"), (2, "Bram Bakker")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.combo
    qtbot.keyClick(dialog.combo, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.combo, Qt.Key.Key_Return)
    assert dialog.chosen() == 2


def test_no_active_member_is_said(qtbot, store: Store, clock: FakeClock,  # type: ignore[no-untyped-def]
                                  monkeypatch) -> None:
    made = with_actions(store, clock)
    from vergadering import members

    for member in (made.team.anna, made.team.bram):
        members.set_member_active(store, member, False)
    shown: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda _parent, text, title=None:
                        shown.append(text))
    widget = make_list(qtbot, store)
    assert not widget.close_action(made.late, ActionState.DONE)
    assert shown and "geen actief teamlid" in shown[0]
    assert actions.get(store, made.late).state is ActionState.OPEN


def test_read_only_cannot_close(qtbot, made: Made, me: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = made.team.store
    store.read_only = True
    shown: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda _parent, text, title=None:
                        shown.append(text))
    widget = make_list(qtbot, store)
    assert not any(r.done_button.isEnabled() or r.drop_button.isEnabled()
                   for r in widget.rows)
    assert "alleen-lezen" in widget.rows[0].done_button.toolTip()
    assert not widget.close_action(made.late, ActionState.DONE)  # e.g. made read-only since
    assert shown and "alleen" in shown[0].lower()
    assert actions.get(store, made.late).state is ActionState.OPEN


def test_a_long_list_scrolls_within_its_height(qtbot, made: Made) -> None:  # type: ignore[no-untyped-def]
    widget = make_list(qtbot, made.team.store, max_height=60)
    assert widget.scroll.height() == 60
    assert widget.scroll.verticalScrollBar().maximum() > 0
    empty = make_list(qtbot, made.team.store, lambda s: [], empty_text="Geen open acties.")
    assert empty.empty.isVisible() and not empty.scroll.isVisible()
    assert action_list.RELOAD_ON == ("action", "member", "client")
