"""Decisions (rules 3 and 4): exactly one per item, what each kind needs, the next
evaluation date and when it needs a reason, who worded it, the client's dates and status,
the hamerstuk, and corrections instead of edits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from vergadering import clients, decisions, items, meetings, members, run
from vergadering import settings as team_settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.decisions import Decision, DecisionInput
from vergadering.follow_up import CarriedOut, FollowUpInput
from vergadering.items import DecisionKind, Item, ItemInput, Outcome
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Store

DAY = dt.date(2026, 11, 24)  # Tuesday, the default meeting day
HORIZON = dt.date(2027, 5, 24)  # DAY + 6 calendar months
DEFAULT = dt.date(2027, 5, 18)  # the Tuesday on or before it: the default next evaluation
NEXT = dt.date(2026, 12, 1)
START = dt.datetime(2026, 11, 24, 9, 0)
FULLY = FollowUpInput(CarriedOut.FULLY)  # the previous decision carried out (rule 12)


@dataclass
class Team:
    store: Store
    clock: FakeClock
    anna: int
    bram: int
    n: int = 0

    def client(self, reference: str = "") -> int:
        self.n += 1
        return clients.add_client(self.store, ClientInput(reference or f"AB-{self.n}",
                                                          self.anna)).id

    def queue(self, item_type: ItemType = ItemType.VRAAG, *, client: int | None = None,
              presenter: int | None = None, proposed: DecisionKind | None = None,
              block: Block = Block.LOPEND, date: dt.date = DAY) -> Item:
        question = "" if item_type is ItemType.MEDEDELING else "Doorgaan of afsluiten?"
        return items.queue_item(self.store, ItemInput(
            client or self.client(), presenter or self.anna, item_type, block, question,
            proposed_decision=proposed), by=self.anna, meeting_date=date)

    def start(self, on: dt.datetime = START) -> None:
        self.clock.set(on)
        run.start_meeting(self.store)

    def discuss(self, item_id: int) -> None:
        """Start the item unless it is the one under discussion (rule 8)."""
        meeting = meetings.running(self.store)
        assert meeting is not None
        if run.timeline(self.store, meeting).current_item() != item_id:
            run.start_item(self.store, item_id)

    def decide(self, item_id: int, data: DecisionInput) -> Decision:
        self.discuss(item_id)
        return decisions.record_decision(self.store, item_id, data)

    def hamer(self, item_id: int, **kwargs: Any) -> Decision:
        self.discuss(item_id)
        kwargs.setdefault("closes_client_id", items.get(self.store, item_id).client_id)
        return decisions.confirm_hamerstuk(self.store, item_id, **kwargs)


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    anna = members.add_member(store, "Anna de Vries").id
    bram = members.add_member(store, "Bram Bakker").id
    return Team(store, clock, anna, bram)


def doorgaan(**changes: object) -> DecisionInput:
    base = DecisionInput(DecisionKind.DOORGAAN, dt.date(2027, 3, 2),
                         koers="Afbouw medicatie, wekelijks contact")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def problems(action: Callable[[], object]) -> list[tuple[str, Code]]:
    with pytest.raises(ValidationError) as error:
        action()
    return [(p.field, p.code) for p in error.value.problems]


def count(store: Store, table: str) -> int:
    return int(store.query(f"SELECT count(*) FROM {table}")[0][0])


# -- one decision per item -------------------------------------------------------------
def test_doorgaan_is_recorded_and_ends_the_item(team: Team) -> None:
    item = team.queue()
    team.start()
    run.start_item(team.store, item.id)
    team.clock.advance(minutes=4)
    decision = team.decide(item.id, doorgaan())
    assert decision.kind is DecisionKind.DOORGAAN
    assert (decision.item_id, decision.meeting_id, decision.client_id) == (
        item.id, item.meeting_id, item.client_id)
    assert decision.client_reference == item.client_reference
    assert decision.decided_on == DAY
    assert decision.next_evaluation == dt.date(2027, 3, 2)
    assert decision.koers == "Afbouw medicatie, wekelijks contact"
    assert (decision.worded_by_role, decision.worded_by) == ("presenter", "Anna de Vries")
    assert decision.corrects_id is None and decision.corrected_by_id is None
    assert decision.created_at == START + dt.timedelta(minutes=4)
    assert items.get(team.store, item.id).outcome is Outcome.DECIDED
    meeting = meetings.running(team.store)
    assert meeting is not None
    state = run.timeline(team.store, meeting).state(team.clock.now())
    assert state.current is None
    assert state.blocks[Block.LOPEND].used == 4 * 60


def test_an_item_gets_exactly_one_decision(team: Team) -> None:
    item = team.queue()
    team.start()
    first = team.decide(item.id, doorgaan())
    assert problems(lambda: team.decide(
        item.id, DecisionInput(DecisionKind.AFSLUITEN))) == [
        ("item", Code.ALREADY_DONE)]
    assert decisions.for_meeting(team.store, item.meeting_id) == [first]


def test_the_database_refuses_a_second_decision_for_an_item(team: Team) -> None:
    item = team.queue()
    team.start()
    team.decide(item.id, doorgaan())
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        team.store.conn.execute(
            "INSERT INTO decision(client_id, item_id, meeting_id, kind, decided_on,"
            " worded_by_role, created_at) VALUES (?, ?, ?, 'afsluiten', ?, 'chair', ?)",
            (item.client_id, item.id, item.meeting_id, DAY.isoformat(), START.isoformat()))
    assert count(team.store, "decision") == 1


def test_a_decision_is_refused_while_another_item_is_in_progress(team: Team) -> None:
    # Bug fixed: another item could be decided (without discussion) while one ran.
    running, other = team.queue(), team.queue()
    team.start()
    run.start_item(team.store, running.id)
    assert problems(lambda: decisions.record_decision(team.store, other.id, doorgaan())) == [
        ("item", Code.NOT_UNDER_DISCUSSION)]
    assert count(team.store, "decision") == 0
    team.decide(running.id, doorgaan())
    # Nor an item not started while none is in progress (rule 8).
    assert problems(lambda: decisions.record_decision(team.store, other.id, doorgaan())) == [
        ("item", Code.NOT_UNDER_DISCUSSION)]
    team.decide(other.id, doorgaan())


# -- what each kind needs ------------------------------------------------------------------
def test_doorgaan_needs_a_next_evaluation_and_a_koers(team: Team) -> None:
    item = team.queue()
    team.start()
    assert problems(lambda: team.decide(
        item.id, DecisionInput(DecisionKind.DOORGAAN, koers="  "))) == [
        ("next_evaluation", Code.REQUIRED), ("koers", Code.REQUIRED)]
    assert count(team.store, "decision") == 0
    assert items.get(team.store, item.id).outcome is None


def test_verwijzen_needs_a_next_evaluation_and_where_to(team: Team) -> None:
    item = team.queue()
    team.start()
    assert problems(lambda: team.decide(
        item.id, DecisionInput(DecisionKind.VERWIJZEN))) == [
        ("next_evaluation", Code.REQUIRED), ("referred_to", Code.REQUIRED)]
    decision = team.decide(item.id, DecisionInput(
        DecisionKind.VERWIJZEN, dt.date(2027, 1, 5), referred_to=" Basis-GGZ Zuid "))
    assert (decision.referred_to, decision.next_evaluation, decision.koers) == (
        "Basis-GGZ Zuid", dt.date(2027, 1, 5), "")
    assert clients.get(team.store, item.client_id).next_evaluation == dt.date(2027, 1, 5)


def test_afsluiten_needs_nothing_more_and_makes_the_client_inactive(team: Team) -> None:
    client = clients.add_client(team.store, ClientInput(
        "ZZ-9", team.anna, last_evaluation="2026-06-01", next_evaluation="2026-12-01")).id
    item = team.queue(client=client)
    team.start()
    # Ending a treatment is confirmed for this client (rule 8): never by accident.
    assert problems(lambda: team.decide(item.id, DecisionInput(DecisionKind.AFSLUITEN))) == [
        ("kind", Code.CLOSE_NOT_CONFIRMED)]
    assert problems(lambda: team.decide(item.id, DecisionInput(
        DecisionKind.AFSLUITEN, closes_client_id=team.client()))) == [
        ("kind", Code.CLOSE_NOT_CONFIRMED)]
    assert clients.get(team.store, client).active
    decision = team.decide(item.id, DecisionInput(
        DecisionKind.AFSLUITEN, next_evaluation=dt.date(2027, 1, 1), closes_client_id=client))
    assert decision.next_evaluation is None  # a closed client has no next evaluation
    closed = clients.get(team.store, client)
    assert not closed.active
    assert (closed.last_evaluation, closed.next_evaluation) == (DAY, None)


def test_a_decision_needs_a_kind(team: Team) -> None:
    item = team.queue()
    team.start()
    assert problems(lambda: team.decide(
        item.id, DecisionInput(None))) == [("kind", Code.REQUIRED)]


def test_recording_updates_the_clients_evaluation_dates(team: Team) -> None:
    client = clients.add_client(team.store, ClientInput(
        "ZZ-9", team.anna, last_evaluation="2026-03-01", next_evaluation="2026-09-01")).id
    item = team.queue(client=client)
    team.start()
    team.decide(item.id, doorgaan())
    updated = clients.get(team.store, client)
    assert updated.active
    assert (updated.last_evaluation, updated.next_evaluation) == (DAY, dt.date(2027, 3, 2))


# -- the next evaluation date -----------------------------------------------------------
@pytest.mark.parametrize(
    ("on", "months", "expected"),
    [(DAY, 6, HORIZON),
     (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
     (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # leap year
     (dt.date(2026, 12, 31), 2, dt.date(2027, 2, 28)),
     (dt.date(2026, 11, 24), 12, dt.date(2027, 11, 24)),
     (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28))],
)
def test_the_horizon_adds_calendar_months(
        on: dt.date, months: int, expected: dt.date) -> None:
    settings = dataclasses.replace(TeamSettings(), horizon_months=months)
    assert decisions.horizon(settings, on) == expected
    # The default is the meeting day on or before it (tests/test_next_evaluation_days.py).
    default = decisions.default_next_evaluation(settings, on)
    assert default.weekday() == settings.meeting_weekday
    assert dt.timedelta(0) <= expected - default < dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("next_evaluation", "needs"),
    [(DAY - dt.timedelta(days=1), True),  # in the past
     (DAY, False), (dt.date(2027, 1, 5), False), (HORIZON, False),
     (HORIZON + dt.timedelta(days=1), True)],  # beyond the horizon
)
def test_date_needs_reason_outside_today_to_the_horizon(
        next_evaluation: dt.date, needs: bool) -> None:
    assert decisions.date_needs_reason(TeamSettings(), DAY, next_evaluation) is needs


@pytest.mark.parametrize(("date", "past"), [(dt.date(2026, 11, 1), True),
                                            (dt.date(2027, 6, 1), False)])
def test_a_date_outside_the_horizon_needs_a_reason(team: Team, date: dt.date,
                                                   past: bool) -> None:
    item = team.queue()
    team.start()
    with pytest.raises(ValidationError) as error:
        team.decide(item.id, doorgaan(next_evaluation=date))
    [problem] = error.value.problems
    assert (problem.field, problem.code) == ("date_reason", Code.DATE_NEEDS_REASON)
    assert problem.params == {"value": date.isoformat(), "past": past,
                              "horizon": HORIZON.isoformat()}
    assert problems(lambda: team.decide(
        item.id, doorgaan(next_evaluation=date, date_reason="   "))) == [
        ("date_reason", Code.DATE_NEEDS_REASON)]
    decision = team.decide(item.id, doorgaan(
        next_evaluation=date, date_reason=" Na de zomer, dan is de nieuwe behandelaar er "))
    assert decision.next_evaluation == date
    assert decision.date_reason == "Na de zomer, dan is de nieuwe behandelaar er"


def test_the_horizon_is_the_teams_setting(team: Team) -> None:
    team_settings.save(team.store, dataclasses.replace(TeamSettings(), horizon_months=3))
    item = team.queue()
    team.start()
    assert problems(lambda: team.decide(
        item.id, doorgaan(next_evaluation=dt.date(2027, 3, 2)))) == [
        ("date_reason", Code.DATE_NEEDS_REASON)]
    team.decide(item.id,
                              doorgaan(next_evaluation=dt.date(2027, 2, 24)))


# -- who worded it --------------------------------------------------------------------------
def test_worded_by_the_presenter_by_default(team: Team) -> None:
    item = team.queue(presenter=team.bram)
    team.start()
    decision = team.decide(item.id, doorgaan())
    assert (decision.worded_by_role, decision.worded_by) == ("presenter", "Bram Bakker")


def test_worded_by_the_chair(team: Team) -> None:
    first, second = team.queue(), team.queue()
    team.start()
    anonymous = team.decide(first.id,
                                          doorgaan(worded_by_role="chair"))
    assert (anonymous.worded_by_role, anonymous.worded_by) == ("chair", None)
    named = team.decide(second.id,
                                      doorgaan(worded_by_role="chair", worded_by_id=team.bram))
    assert (named.worded_by_role, named.worded_by) == ("chair", "Bram Bakker")


def test_worded_by_must_be_a_known_role_and_member(team: Team) -> None:
    item = team.queue()
    team.start()
    assert problems(lambda: team.decide(
        item.id, doorgaan(worded_by_role="team", worded_by_id=999))) == [
        ("worded_by_role", Code.INVALID_CHOICE), ("worded_by", Code.NOT_FOUND)]


# -- the hamerstuk ---------------------------------------------------------------------------
def hamer_events(store: Store, item_id: int) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in store.query(
        "SELECT kind, at FROM meeting_event WHERE item_id = ? ORDER BY id", (item_id,))]


def test_hamerstuk_confirms_the_proposal_in_one_action(team: Team) -> None:
    item = team.queue(ItemType.MEDEDELING, proposed=DecisionKind.AFSLUITEN)
    team.start()
    team.clock.advance(minutes=1)
    decision = team.hamer(item.id)
    assert decision.kind is DecisionKind.AFSLUITEN
    assert decision.worded_by == "Anna de Vries"
    now = team.clock.now().isoformat()
    assert hamer_events(team.store, item.id) == [("item_started", now), ("item_ended", now)]
    assert items.get(team.store, item.id).outcome is Outcome.DECIDED
    assert not clients.get(team.store, item.client_id).active
    meeting = meetings.running(team.store)
    assert meeting is not None
    state = run.timeline(team.store, meeting).state(team.clock.now())
    assert state.current is None
    assert state.blocks[Block.LOPEND].used == 0  # no talk time


def test_hamerstuk_verwijzen_takes_the_default_next_evaluation(team: Team) -> None:
    item = team.queue(ItemType.MEDEDELING, proposed=DecisionKind.VERWIJZEN)
    team.start()
    assert problems(lambda: team.hamer(item.id)) == [
        ("referred_to", Code.REQUIRED)]
    decision = team.hamer(item.id, referred_to="Huisarts",
                                           worded_by_role="chair")
    assert (decision.next_evaluation, decision.referred_to) == (DEFAULT, "Huisarts")
    assert (decision.worded_by_role, decision.worded_by) == ("chair", None)


def test_hamerstuk_doorgaan_still_needs_a_koers(team: Team) -> None:
    item = team.queue(ItemType.MEDEDELING, proposed=DecisionKind.DOORGAAN)
    team.start()
    run.start_item(team.store, item.id)
    events_before = count(team.store, "meeting_event")
    assert problems(lambda: team.hamer(item.id)) == [
        ("koers", Code.REQUIRED)]
    assert count(team.store, "meeting_event") == events_before  # nothing written
    assert items.get(team.store, item.id).outcome is None
    decision = team.hamer(item.id, koers="Zoals afgesproken")
    assert decision.next_evaluation == DEFAULT
    assert clients.get(team.store, item.client_id).next_evaluation == DEFAULT


def test_hamerstuk_with_a_date_of_its_own(team: Team) -> None:
    soon, far = (team.queue(ItemType.MEDEDELING, proposed=DecisionKind.DOORGAAN)
                 for _ in range(2))
    team.start()
    assert team.hamer(
        soon.id, koers="Zo door", next_evaluation=dt.date(2027, 1, 5)
    ).next_evaluation == dt.date(2027, 1, 5)
    assert problems(lambda: team.hamer(
        far.id, koers="Zo door", next_evaluation=dt.date(2028, 1, 1))) == [
        ("date_reason", Code.DATE_NEEDS_REASON)]


@pytest.mark.parametrize(("item_type", "proposed"), [
    (ItemType.MEDEDELING, None), (ItemType.VRAAG, DecisionKind.AFSLUITEN),
    (ItemType.KWESTIE, DecisionKind.AFSLUITEN)])
def test_only_a_mededeling_with_a_proposal_is_a_hamerstuk(
        team: Team, item_type: ItemType, proposed: DecisionKind | None) -> None:
    item = team.queue(item_type, proposed=proposed)
    team.start()
    assert problems(lambda: team.hamer(item.id)) == [
        ("item", Code.NOT_A_HAMERSTUK)]
    assert count(team.store, "decision") == 0


def test_hamerstuk_waits_for_the_item_in_progress(team: Team) -> None:
    running = team.queue()
    hamer = team.queue(ItemType.MEDEDELING, proposed=DecisionKind.AFSLUITEN)
    team.start()
    run.start_item(team.store, running.id)
    assert problems(lambda: decisions.confirm_hamerstuk(
        team.store, hamer.id, closes_client_id=hamer.client_id)) == [
        ("item", Code.NOT_UNDER_DISCUSSION)]
    team.decide(running.id, doorgaan())
    # H on an item not started does not decide it either (rule 8): it is started first.
    assert problems(lambda: decisions.confirm_hamerstuk(
        team.store, hamer.id, closes_client_id=hamer.client_id)) == [
        ("item", Code.NOT_UNDER_DISCUSSION)]
    assert clients.get(team.store, hamer.client_id).active
    team.hamer(hamer.id)


def test_a_hamerstuk_that_closes_a_treatment_is_confirmed(team: Team) -> None:
    item = team.queue(ItemType.MEDEDELING, proposed=DecisionKind.AFSLUITEN)
    team.start()
    run.start_item(team.store, item.id)
    assert problems(lambda: decisions.confirm_hamerstuk(team.store, item.id)) == [
        ("kind", Code.CLOSE_NOT_CONFIRMED)]
    assert clients.get(team.store, item.client_id).active
    assert items.get(team.store, item.id).outcome is None
    decisions.confirm_hamerstuk(team.store, item.id, closes_client_id=item.client_id)
    assert not clients.get(team.store, item.client_id).active


def test_hamerstuk_of_the_item_in_progress_ends_it(team: Team) -> None:
    item = team.queue(ItemType.MEDEDELING, proposed=DecisionKind.AFSLUITEN)
    team.start()
    run.start_item(team.store, item.id)
    team.clock.advance(minutes=1)
    team.hamer(item.id)
    assert [kind for kind, _ in hamer_events(team.store, item.id)] == [
        "item_started", "item_ended"]
    meeting = meetings.running(team.store)
    assert meeting is not None
    state = run.timeline(team.store, meeting).state(team.clock.now())
    assert state.current is None and state.blocks[Block.LOPEND].used == 60


# -- never edited, never deleted: corrections ---------------------------------------------
@pytest.fixture
def decided(team: Team) -> Decision:
    item = team.queue()
    team.start()
    return team.decide(item.id, DecisionInput(DecisionKind.AFSLUITEN,
                                              closes_client_id=item.client_id))


@pytest.mark.parametrize("sql", [
    "UPDATE decision SET kind = 'doorgaan' WHERE id = ?",
    "UPDATE decision SET koers = koers WHERE id = ?",
    "DELETE FROM decision WHERE id = ?",
])
def test_the_database_refuses_to_edit_or_delete_a_decision(
        team: Team, decided: Decision, sql: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="decisions are never (edited|deleted)"):
        team.store.conn.execute(sql, (decided.id,))
    with pytest.raises(sqlite3.DatabaseError), team.store.transaction() as conn:
        conn.execute(sql, (decided.id,))
    assert decisions.get(team.store, decided.id) == decided


def test_correction_is_a_new_decision_that_references_the_old_one(
        team: Team, decided: Decision) -> None:
    assert not clients.get(team.store, decided.client_id).active
    team.clock.advance(days=2)
    correction = decisions.correct_decision(team.store, decided.id, doorgaan(
        worded_by_role="chair", worded_by_id=team.bram))
    assert correction.id != decided.id
    assert correction.corrects_id == decided.id
    assert (correction.item_id, correction.meeting_id) == (decided.item_id, decided.meeting_id)
    assert correction.decided_on == DAY  # the meeting's decision, corrected
    assert correction.created_at == START + dt.timedelta(days=2)
    assert correction.worded_by == "Bram Bakker"
    old = decisions.get(team.store, decided.id)
    assert old == dataclasses.replace(decided, corrected_by_id=correction.id)
    client = clients.get(team.store, decided.client_id)
    assert client.active  # afsluiten corrected to doorgaan: the client is back
    assert (client.last_evaluation, client.next_evaluation) == (DAY, dt.date(2027, 3, 2))


def test_a_decision_is_corrected_only_once(team: Team, decided: Decision) -> None:
    correction = decisions.correct_decision(team.store, decided.id, doorgaan())
    with pytest.raises(ValidationError) as error:
        decisions.correct_decision(team.store, decided.id,
                                   DecisionInput(DecisionKind.AFSLUITEN))
    [problem] = error.value.problems
    assert (problem.code, problem.params) == (Code.ALREADY_CORRECTED, {"by": correction.id})
    # The correction itself can be corrected, which closes the client again: confirmed.
    assert problems(lambda: decisions.correct_decision(
        team.store, correction.id, DecisionInput(DecisionKind.AFSLUITEN))) == [
        ("kind", Code.CLOSE_NOT_CONFIRMED)]
    again = decisions.correct_decision(team.store, correction.id, DecisionInput(
        DecisionKind.AFSLUITEN, closes_client_id=decided.client_id))
    assert again.corrects_id == correction.id
    assert not clients.get(team.store, decided.client_id).active
    assert count(team.store, "decision") == 3


def test_a_correction_is_validated_like_a_decision(team: Team, decided: Decision) -> None:
    assert problems(lambda: decisions.correct_decision(
        team.store, decided.id, DecisionInput(DecisionKind.DOORGAAN))) == [
        ("next_evaluation", Code.REQUIRED), ("koers", Code.REQUIRED)]
    assert problems(lambda: decisions.correct_decision(
        team.store, 999, doorgaan())) == [("decision", Code.NOT_FOUND)]
    assert count(team.store, "decision") == 1


def test_a_correction_needs_no_running_meeting(team: Team, decided: Decision) -> None:
    run.close_meeting(team.store)
    team.clock.advance(days=3)
    correction = decisions.correct_decision(team.store, decided.id, doorgaan())
    assert correction.meeting_id == decided.meeting_id


def test_correcting_an_older_decision_leaves_the_latest_in_force(team: Team) -> None:
    client = team.client()
    first = team.queue(client=client)
    team.start()
    old = team.decide(first.id, doorgaan())
    run.close_meeting(team.store)
    second = team.queue(client=client, date=NEXT)
    team.start(START + dt.timedelta(days=7))
    team.decide(second.id, doorgaan(
        next_evaluation=dt.date(2027, 4, 6), follow_up=FULLY))
    decisions.correct_decision(team.store, old.id, DecisionInput(
        DecisionKind.AFSLUITEN, closes_client_id=client))
    now = clients.get(team.store, client)
    assert now.active
    assert (now.last_evaluation, now.next_evaluation) == (NEXT, dt.date(2027, 4, 6))


def test_for_client_and_for_meeting_order(team: Team) -> None:
    client = team.client()
    first, other = team.queue(client=client), team.queue()
    team.start()
    a = team.decide(other.id, doorgaan())
    b = team.decide(first.id, doorgaan())
    run.close_meeting(team.store)
    second = team.queue(client=client, date=NEXT)
    team.start(START + dt.timedelta(days=7))
    c = team.decide(second.id, DecisionInput(DecisionKind.AFSLUITEN, closes_client_id=client,
                                             follow_up=FULLY))
    d = decisions.correct_decision(team.store, b.id, doorgaan(koers="Bijgesteld"))
    assert [x.id for x in decisions.for_client(team.store, client)] == [b.id, d.id, c.id]
    assert [x.id for x in decisions.for_meeting(team.store, first.meeting_id)] == [
        a.id, b.id, d.id]
    assert [x.id for x in decisions.for_meeting(team.store, second.meeting_id)] == [c.id]
    assert decisions.for_client(team.store, team.client()) == []
