"""Rule 13: actions with an owner and a date, made with a decision in its transaction,
closed once by a member (who and when kept); a correction keeps the corrected
decision's actions and carries its own."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from follow_up_team import WEEK1, WEEK2, Team, action, doorgaan, make_team

from vergadering import actions, decisions, items, members
from vergadering.actions import ActionInput, ActionState
from vergadering.clock import FakeClock
from vergadering.problems import Code, Problem, ValidationError
from vergadering.store import Change, Store


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    return make_team(store, clock)


def test_a_decision_makes_its_actions(team: Team) -> None:
    client = team.client()
    item = team.queue(client, WEEK1)
    team.start(WEEK1)
    heard: list[Change] = []
    team.store.subscribe(heard.append)
    made = team.decide(item.id, doorgaan(actions=(
        action("  Netwerkgesprek plannen  ", team.bram, WEEK1 + dt.timedelta(days=14)),
        action("Huisarts bellen", team.anna, WEEK1))))  # today is allowed
    agreed = actions.for_decision(team.store, made.id)
    assert [(a.what, a.owner, a.due, a.state) for a in agreed] == [
        ("Huisarts bellen", "Anna de Vries", WEEK1, ActionState.OPEN),
        ("Netwerkgesprek plannen", "Bram Bakker", WEEK1 + dt.timedelta(days=14),
         ActionState.OPEN)]
    first = agreed[0]
    assert (first.client_id, first.client_reference, first.decision_id) == (
        client, "CL-1", made.id)
    assert (first.closed_by, first.closed_at) == (None, None)
    assert first.created_at == team.clock.now()
    assert "action" in {c.kind for c in heard}
    assert actions.for_client(team.store, client) == agreed
    assert actions.open_actions(team.store) == agreed
    assert actions.get(team.store, first.id) == first


def problems_of(error: pytest.ExceptionInfo[ValidationError]) -> list[Problem]:
    return error.value.problems


def test_each_action_says_what_who_and_by_when(team: Team) -> None:
    item = team.queue(team.client(), WEEK1)
    gone = members.add_member(team.store, "Cas Oud").id
    members.set_member_active(team.store, gone, False)
    team.start(WEEK1)
    later = WEEK1 + dt.timedelta(days=7)
    with pytest.raises(ValidationError) as refused:
        team.decide(item.id, doorgaan(actions=(
            ActionInput("", team.anna, later),
            ActionInput("Twee\nregels", None, later),
            ActionInput("x" * 201, 9999, None),
            ActionInput("Bellen", gone, WEEK1 - dt.timedelta(days=1)))))
    assert [(p.field, p.code, p.params.get("action")) for p in problems_of(refused)] == [
        ("action_what", Code.REQUIRED, 1),
        ("action_what", Code.LINE_BREAK, 2), ("action_owner", Code.REQUIRED, 2),
        ("action_what", Code.TOO_LONG, 3), ("action_owner", Code.NOT_FOUND, 3),
        ("action_due", Code.REQUIRED, 3),
        ("action_owner", Code.INACTIVE, 4), ("action_due", Code.DATE_IN_PAST, 4)]
    # Nothing was written: no decision, no action, the item still waits.
    assert decisions.for_meeting(team.store, item.meeting_id) == []
    assert actions.open_actions(team.store) == []
    assert items.get(team.store, item.id).outcome is None


def test_at_most_twenty_actions_per_decision(team: Team) -> None:
    item = team.queue(team.client(), WEEK1)
    team.start(WEEK1)
    many = tuple(action(f"Actie {n}", team.anna, WEEK2) for n in range(21))
    with pytest.raises(ValidationError) as refused:
        team.decide(item.id, doorgaan(actions=many))
    assert [(p.field, p.code) for p in problems_of(refused)] == [
        ("actions", Code.OUT_OF_RANGE)]
    made = team.decide(item.id, doorgaan(actions=many[:20]))
    assert len(actions.for_decision(team.store, made.id)) == 20


def test_closing_keeps_who_and_when_and_happens_once(team: Team) -> None:
    client = team.client()
    [made] = team.meeting(WEEK1, (client, doorgaan(actions=(
        action("Bellen", team.anna, WEEK2), action("Mailen", team.anna, WEEK2)))))
    first, second = actions.for_decision(team.store, made.id)
    team.clock.set(dt.datetime(2026, 11, 27, 15, 30))
    done = actions.close(team.store, first.id, ActionState.DONE, team.bram)
    assert (done.state, done.closed_by, done.closed_by_id, done.closed_at) == (
        ActionState.DONE, "Bram Bakker", team.bram, dt.datetime(2026, 11, 27, 15, 30))
    with pytest.raises(ValidationError) as refused:
        actions.close(team.store, first.id, ActionState.DROPPED, team.anna)
    assert [(p.code, p.params["state"], p.params["by"]) for p in problems_of(refused)] == [
        (Code.ALREADY_CLOSED, "done", "Bram Bakker")]
    assert actions.get(team.store, first.id) == done
    for state, by, code in [(ActionState.OPEN, team.anna, Code.INVALID_CHOICE),
                            (ActionState.DONE, 9999, Code.NOT_FOUND)]:
        with pytest.raises(ValidationError) as refused:
            actions.close(team.store, second.id, state, by)
        assert [p.code for p in problems_of(refused)] == [code]
    with pytest.raises(ValidationError) as refused:
        actions.close(team.store, 9999, ActionState.DONE, team.anna)
    assert [p.code for p in problems_of(refused)] == [Code.NOT_FOUND]
    dropped = actions.close(team.store, second.id, ActionState.DROPPED, team.anna)
    assert dropped.state is ActionState.DROPPED
    assert actions.open_actions(team.store) == []
    assert actions.for_client(team.store, client, open_only=True) == []
    assert actions.for_client(team.store, client) == [done, dropped]
    assert actions.all_actions(team.store) == [done, dropped]


def test_the_database_keeps_state_and_closing_together(team: Team) -> None:
    client = team.client()
    [made] = team.meeting(WEEK1, (client, doorgaan(actions=(
        action("Bellen", team.anna, WEEK2),))))
    [agreed] = actions.for_decision(team.store, made.id)
    with pytest.raises(sqlite3.IntegrityError):
        team.store.conn.execute("UPDATE action SET state = 'done' WHERE id = ?", (agreed.id,))


def test_overdue_actions(team: Team) -> None:
    a, b = team.client(), team.client()
    team.meeting(WEEK1, (a, doorgaan(actions=(
        action("Vroeg", team.anna, WEEK1 + dt.timedelta(days=2)),
        action("Op de dag", team.anna, WEEK2)))),
        (b, doorgaan(actions=(action("Gedaan", team.bram, WEEK1),))))
    [gedaan] = actions.for_client(team.store, b)
    actions.close(team.store, gedaan.id, ActionState.DONE, team.bram)
    assert [x.what for x in actions.overdue(team.store, WEEK2)] == ["Vroeg"]
    assert [x.what for x in actions.overdue(team.store, WEEK2 + dt.timedelta(days=1))] == [
        "Vroeg", "Op de dag"]
    assert actions.overdue(team.store, WEEK1) == []
    assert actions.get(team.store, gedaan.id).overdue_on(WEEK2) is False


def test_a_correction_carries_its_own_actions(team: Team) -> None:
    """The corrected decision's actions stay with it, open until someone closes them;
    the correction adds its own (rule 13)."""
    client = team.client()
    [made] = team.meeting(WEEK1, (client, doorgaan(actions=(
        action("Bellen", team.anna, WEEK2),))))
    fixed = decisions.correct_decision(team.store, made.id, doorgaan(
        koers="Bijgesteld", actions=(action("Brief sturen", team.bram, WEEK2),)))
    assert [x.what for x in actions.for_decision(team.store, made.id)] == ["Bellen"]
    assert [x.what for x in actions.for_decision(team.store, fixed.id)] == ["Brief sturen"]
    assert [x.state for x in actions.for_client(team.store, client)] == [
        ActionState.OPEN, ActionState.OPEN]
    # A correction's actions are due today or later, whatever day it corrects.
    team.clock.set(dt.datetime.combine(WEEK2, dt.time(12, 0)))
    with pytest.raises(ValidationError) as refused:
        decisions.correct_decision(team.store, fixed.id, doorgaan(
            actions=(action("Te laat", team.anna, WEEK2 - dt.timedelta(days=1)),)))
    assert [p.code for p in problems_of(refused)] == [Code.DATE_IN_PAST]


def test_a_hamerstuk_can_make_actions(team: Team) -> None:
    from vergadering.items import DecisionKind
    from vergadering.settings import ItemType

    item = team.queue(team.client(), WEEK1, ItemType.MEDEDELING, DecisionKind.DOORGAAN)
    team.start(WEEK1)
    made = team.hamer(item.id, koers="Zoals voorgesteld",
                      actions=(action("Verslag sturen", team.anna, WEEK2),))
    assert [x.what for x in actions.for_decision(team.store, made.id)] == ["Verslag sturen"]


def test_a_member_with_actions_cannot_be_deleted(team: Team) -> None:
    cas = members.add_member(team.store, "Cas").id
    team.meeting(WEEK1, (team.client(), doorgaan(worded_by_role="chair", actions=(
        action("Bellen", cas, WEEK2),))))
    with pytest.raises(ValidationError) as refused:
        members.delete_member(team.store, cas)
    assert [p.code for p in problems_of(refused)] == [Code.IN_USE]


def test_the_overdue_count_is_the_overdue_list_counted() -> None:
    """The agenda screen counts at start-up without reading the actions themselves."""
    from vergadering import demo as demo_team
    from vergadering.store import open_memory

    team = open_memory(FakeClock(dt.datetime(2026, 12, 7, 8, 0)))
    demo_team.fill_demo(team)
    for days in range(-90, 40, 7):
        day = team.clock.today() + dt.timedelta(days=days)
        assert actions.overdue_count(team, day) == len(actions.overdue(team, day))
    assert actions.overdue_count(team, team.clock.today()) > 0
