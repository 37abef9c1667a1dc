"""Rule 12 (the previous decision followed up at the next) and rule 14 (the client's
voice): when a follow-up is due, what it must say, that it is stored with the decision
and corrected with it, hamerstukken, and the client's perspective on items."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from follow_up_team import (
    FULLY,
    WEEK1,
    WEEK2,
    WEEK3,
    Team,
    afsluiten,
    doorgaan,
    make_team,
    not_done,
    verwijzen,
)

from vergadering import clients, decisions, items
from vergadering.clock import FakeClock
from vergadering.follow_up import CarriedOut, DiscussedWithClient, FollowUpInput, FollowUpReason
from vergadering.items import DecisionKind, ItemInput, Outcome
from vergadering.problems import Code, Problem, ValidationError
from vergadering.settings import Block, ItemType
from vergadering.store import Store


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    return make_team(store, clock)


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, Code]]:
    return [(p.field, p.code) for p in error.value.problems]


def test_a_first_decision_follows_up_nothing(team: Team) -> None:
    client = team.client()
    assert decisions.follow_up_due(team.store, client) is None
    item = team.queue(client, WEEK1)
    team.start(WEEK1)
    with pytest.raises(ValidationError) as refused:
        team.decide(item.id, doorgaan(follow_up=FULLY))
    assert codes(refused) == [("follow_up", Code.FOLLOW_UP_NOT_DUE)]
    made = team.decide(item.id, doorgaan())
    assert (made.follows_up_id, made.carried_out, made.discussed_with_client) == (
        None, None, None)


@pytest.mark.parametrize("previous", [doorgaan, verwijzen])
def test_after_doorgaan_or_verwijzen_the_next_decision_needs_a_follow_up(
        team: Team, previous: object) -> None:
    client = team.client()
    assert callable(previous)
    [first] = team.meeting(WEEK1, (client, previous()))
    team.clock.set(dt.datetime.combine(WEEK2, dt.time(8, 0)))
    due = decisions.follow_up_due(team.store, client)
    assert due == first  # what the screen shows: its day, kind, koers or where, who
    assert due is not None and due.worded_by == "Anna de Vries"
    item = team.queue(client, WEEK2)
    team.start(WEEK2)
    with pytest.raises(ValidationError) as refused:
        team.decide(item.id, doorgaan(WEEK2))
    assert codes(refused) == [("follow_up", Code.FOLLOW_UP_REQUIRED)]
    assert refused.value.problems[0].params == {
        "id": first.id, "kind": first.kind.value, "decided_on": WEEK1.isoformat()}
    # Nothing was written: the item still waits, the client has one decision.
    assert items.get(team.store, item.id).outcome is None
    assert len(decisions.for_client(team.store, client)) == 1
    made = team.decide(item.id, doorgaan(WEEK2, follow_up=not_done(
        CarriedOut.PARTLY, FollowUpReason.WAITING_LIST, "  Wachtlijst FACT  ")))
    assert (made.follows_up_id, made.carried_out, made.follow_up_reason,
            made.follow_up_text) == (first.id, CarriedOut.PARTLY, FollowUpReason.WAITING_LIST,
                                     "Wachtlijst FACT")
    assert decisions.get(team.store, made.id) == made
    assert items.get(team.store, item.id).outcome is Outcome.DECIDED


def test_after_afsluiten_nothing_is_due(team: Team) -> None:
    client = team.client()
    team.meeting(WEEK1, (client, afsluiten(client)))
    clients.set_client_active(team.store, client, True)  # back in care
    team.clock.set(dt.datetime.combine(WEEK2, dt.time(8, 0)))
    assert decisions.follow_up_due(team.store, client) is None
    team.meeting(WEEK2, (client, doorgaan(WEEK2)))


def test_a_second_decision_on_the_same_day_follows_up_nothing(team: Team) -> None:
    """A decision of today cannot have been carried out yet; the first of today followed
    up the one before."""
    client = team.client()
    team.meeting(WEEK1, (client, doorgaan()))
    first, second = team.queue(client, WEEK2), team.queue(client, WEEK2)
    team.start(WEEK2)
    made = team.decide(first.id, doorgaan(WEEK2, follow_up=FULLY))
    assert decisions.follow_up_due(team.store, client) is None
    again = team.decide(second.id, verwijzen(WEEK2))
    assert (made.follows_up_id, again.follows_up_id) == (1, None)


@pytest.mark.parametrize(("given", "problems"), [
    (FollowUpInput(None), [("carried_out", Code.REQUIRED)]),
    (FollowUpInput(CarriedOut.PARTLY), [("follow_up_reason", Code.REQUIRED)]),
    (FollowUpInput(CarriedOut.NOT_AT_ALL, FollowUpReason.OTHER),
     [("follow_up_text", Code.REQUIRED)]),
    (FollowUpInput(CarriedOut.NOT_AT_ALL, FollowUpReason.OTHER, "x" * 201),
     [("follow_up_text", Code.TOO_LONG)]),
    (FollowUpInput(CarriedOut.PARTLY, FollowUpReason.OTHER, "twee\nregels"),
     [("follow_up_text", Code.LINE_BREAK)]),
    (FollowUpInput(CarriedOut.FULLY, FollowUpReason.NEW_INFORMATION),
     [("follow_up_reason", Code.REASON_NOT_NEEDED)]),
    (FollowUpInput(CarriedOut.FULLY, None, "toch een toelichting"),
     [("follow_up_reason", Code.REASON_NOT_NEEDED)]),
    (FollowUpInput(CarriedOut.PARTLY, "wachtlijst"),  # type: ignore[arg-type]
     [("follow_up_reason", Code.INVALID_CHOICE)]),
])
def test_what_a_follow_up_must_say(team: Team, given: FollowUpInput,
                                   problems: list[tuple[str, Code]]) -> None:
    client = team.client()
    team.meeting(WEEK1, (client, doorgaan()))
    item = team.queue(client, WEEK2)
    team.start(WEEK2)
    with pytest.raises(ValidationError) as refused:
        team.decide(item.id, doorgaan(WEEK2, follow_up=given))
    assert codes(refused) == problems


def test_a_reason_text_is_optional_unless_the_reason_is_other(team: Team) -> None:
    client = team.client()
    team.meeting(WEEK1, (client, doorgaan()))
    [made] = team.meeting(WEEK2, (client, doorgaan(WEEK2, follow_up=not_done(
        CarriedOut.NOT_AT_ALL, FollowUpReason.PHYSICAL_CONDITION))))
    assert (made.carried_out, made.follow_up_reason, made.follow_up_text) == (
        CarriedOut.NOT_AT_ALL, FollowUpReason.PHYSICAL_CONDITION, "")


def test_the_latest_valid_decision_is_followed_up(team: Team) -> None:
    """A corrected decision no longer counts (rule 4): its correction does."""
    doorgaan_then_closed, closed_then_doorgaan = team.client(), team.client()
    first, second = team.meeting(WEEK1, (doorgaan_then_closed, doorgaan()),
                                 (closed_then_doorgaan, afsluiten(closed_then_doorgaan)))
    decisions.correct_decision(team.store, first.id, afsluiten(doorgaan_then_closed))
    fixed = decisions.correct_decision(team.store, second.id, doorgaan())
    team.clock.set(dt.datetime.combine(WEEK2, dt.time(8, 0)))
    assert decisions.follow_up_due(team.store, doorgaan_then_closed) is None
    assert decisions.follow_up_due(team.store, closed_then_doorgaan) == fixed


def test_a_correction_corrects_the_follow_up_too(team: Team) -> None:
    client = team.client()
    [first] = team.meeting(WEEK1, (client, doorgaan()))
    [second] = team.meeting(WEEK2, (client, doorgaan(WEEK2, follow_up=FULLY)))
    team.clock.set(dt.datetime.combine(WEEK2, dt.time(14, 0)))
    # The correction follows up the same previous decision: it must say so again.
    with pytest.raises(ValidationError) as refused:
        decisions.correct_decision(team.store, second.id, doorgaan(WEEK2))
    assert codes(refused) == [("follow_up", Code.FOLLOW_UP_REQUIRED)]
    assert refused.value.problems[0].params["id"] == first.id
    fixed = decisions.correct_decision(team.store, second.id, doorgaan(WEEK2, follow_up=not_done(
        CarriedOut.PARTLY, FollowUpReason.CLIENT_WANTED_OTHERWISE)))
    assert (fixed.follows_up_id, fixed.corrects_id, fixed.carried_out) == (
        first.id, second.id, CarriedOut.PARTLY)
    assert decisions.get(team.store, second.id).carried_out is CarriedOut.FULLY  # kept
    # Correcting the first decision of a client: still nothing to follow up.
    with pytest.raises(ValidationError) as refused:
        decisions.correct_decision(team.store, first.id, doorgaan(follow_up=FULLY))
    assert codes(refused) == [("follow_up", Code.FOLLOW_UP_NOT_DUE)]
    decisions.correct_decision(team.store, first.id, doorgaan(koers="Bijgesteld"))
    # The next decision follows up the correction of week 2, the valid one.
    team.clock.set(dt.datetime.combine(WEEK3, dt.time(8, 0)))
    assert decisions.follow_up_due(team.store, client) == decisions.get(team.store, fixed.id)


def test_the_database_refuses_a_value_outside_the_choices(team: Team) -> None:
    client = team.client()
    team.meeting(WEEK1, (client, doorgaan()))
    with pytest.raises(sqlite3.IntegrityError):
        team.store.conn.execute(
            "INSERT INTO decision(client_id, kind, decided_on, worded_by_role, created_at,"
            " carried_out) VALUES (?, 'doorgaan', '2026-12-01', 'chair', 'x', 'volledig')",
            (client,))


def test_a_hamerstuk_needs_the_follow_up_when_one_is_due(team: Team) -> None:
    """A hamerstuk is a decision confirmed without discussion: the presenter still says
    whether the previous one was carried out (rule 12)."""
    client, fresh = team.client(), team.client()
    team.meeting(WEEK1, (client, doorgaan()))
    item = team.queue(client, WEEK2, ItemType.MEDEDELING, DecisionKind.DOORGAAN)
    other = team.queue(fresh, WEEK2, ItemType.MEDEDELING, DecisionKind.DOORGAAN)
    team.start(WEEK2)
    with pytest.raises(ValidationError) as refused:
        team.hamer(item.id, koers="Zoals voorgesteld")
    assert codes(refused) == [("follow_up", Code.FOLLOW_UP_REQUIRED)]
    made = team.hamer(item.id, koers="Zoals voorgesteld", follow_up=FULLY,
                      discussed_with_client=DiscussedWithClient.YES)
    assert (made.follows_up_id, made.carried_out, made.discussed_with_client) == (
        1, CarriedOut.FULLY, DiscussedWithClient.YES)
    with pytest.raises(ValidationError) as refused:
        team.hamer(other.id, koers="Zoals voorgesteld", follow_up=FULLY)
    assert codes(refused) == [("follow_up", Code.FOLLOW_UP_NOT_DUE)]


def test_discussed_with_client_is_stored_and_optional(team: Team) -> None:
    a, b, c = team.client(), team.client(), team.client()
    made = team.meeting(
        WEEK1, (a, doorgaan(discussed_with_client=DiscussedWithClient.LATER)),
        (b, doorgaan(discussed_with_client=DiscussedWithClient.NO)), (c, doorgaan()))
    assert [d.discussed_with_client for d in made] == [
        DiscussedWithClient.LATER, DiscussedWithClient.NO, None]
    assert [decisions.get(team.store, d.id) for d in made] == made
    item = team.queue(team.client(), WEEK2)
    team.start(WEEK2)
    with pytest.raises(ValidationError) as refused:
        team.decide(item.id, doorgaan(WEEK2, discussed_with_client="ja"))
    assert codes(refused) == [("discussed_with_client", Code.INVALID_CHOICE)]


def test_an_item_carries_the_client_perspective(team: Team) -> None:
    client = team.client()
    item = team.queue(client, WEEK1, perspective="  Wil graag weer werken.\nMoeder zorgt.  ")
    assert item.client_perspective == "Wil graag weer werken.\nMoeder zorgt."
    assert item.as_input().client_perspective == item.client_perspective
    changed = items.update_item(team.store, item.id, dataclasses.replace(
        item.as_input(), client_perspective="Naasten ongerust."), by=team.anna,
        expected_version=item.version)
    assert changed.client_perspective == "Naasten ongerust."
    assert items.history(team.store, item.id)[-1].details == {
        "client_perspective": ["Wil graag weer werken.\nMoeder zorgt.", "Naasten ongerust."]}
    with pytest.raises(ValidationError) as refused:
        items.queue_item(team.store, ItemInput(
            client, team.anna, ItemType.VRAAG, Block.LOPEND, "Vraag?",
            client_perspective="x" * (items.PROCESS_STATE_MAX + 1)), by=team.anna)
    assert codes(refused) == [("client_perspective", Code.TOO_LONG)]
    assert team.queue(team.client(), WEEK1).client_perspective == ""


@pytest.mark.parametrize("problem", [
    Problem("follow_up", Code.FOLLOW_UP_REQUIRED,
            {"id": 1, "kind": "verwijzen", "decided_on": "2026-11-24"}),
    Problem("follow_up", Code.FOLLOW_UP_NOT_DUE),
    Problem("follow_up_reason", Code.REASON_NOT_NEEDED),
    Problem("action", Code.ALREADY_CLOSED, {"state": "dropped", "by": "Bram Bakker"}),
    Problem("actions", Code.OUT_OF_RANGE, {"min": 0, "max": 20}),
    Problem("action_owner", Code.INACTIVE, {"name": "Cas", "action": 2}),
])
def test_each_new_problem_has_a_dutch_sentence(problem: Problem) -> None:
    from ui.messages import describe

    text = describe(problem)
    assert problem.code.value not in text and text.endswith(".")
    if problem.code is Code.FOLLOW_UP_REQUIRED:
        assert "verwijzen" in text and "24-11-2026" in text
    if "action" in problem.params:
        assert "actie 2" in text
