"""Rule 7: a meeting is held on the day it is started, and everything recorded in it
carries the day it was really taken — never a day in the future."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pytest

from vergadering import clients, decisions, items, meetings, members, overview, run
from vergadering import settings as team_settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind, Item, ItemInput
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Store

MON, TUE, WED = dt.date(2026, 12, 7), dt.date(2026, 12, 8), dt.date(2026, 12, 9)
NEXT_TUE = dt.date(2026, 12, 15)


@dataclass
class Team:
    store: Store
    clock: FakeClock
    anna: int
    n: int = 0

    def queue(self, date: dt.date, block: Block = Block.LOPEND, minutes: int = 10,
              last: str | None = None) -> Item:
        self.n += 1
        client = clients.add_client(self.store, ClientInput(
            f"C-{self.n}", self.anna, last_evaluation=last)).id
        return items.queue_item(self.store, ItemInput(
            client, self.anna, ItemType.VRAAG, block, "Doorgaan?", "", minutes),
            by=self.anna, meeting_date=date)

    def at(self, day: dt.date, time: str = "09:00") -> None:
        self.clock.set(dt.datetime.combine(day, dt.time.fromisoformat(time)))

    def decide(self, item: Item) -> decisions.Decision:
        run.start_item(self.store, item.id)
        return decisions.record_decision(self.store, item.id, DecisionInput(
            DecisionKind.DOORGAAN, decisions.default_next_evaluation(
                team_settings.load(self.store), self.clock.today()), koers="Zo verder"))


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    clock.set(dt.datetime(2026, 12, 1, 12, 0))
    return Team(store, clock, members.add_member(store, "Anna de Vries").id)


def refused(code: Code, action: object) -> ValidationError:
    with pytest.raises(ValidationError) as error:
        action()  # type: ignore[operator]
    assert [p.code for p in error.value.problems] == [code]
    return error.value


def started_details(store: Store, meeting_id: int) -> dict[str, object]:
    row = store.query("SELECT details FROM meeting_event WHERE meeting_id = ?"
                      " AND kind = 'meeting_started'", (meeting_id,))
    return dict(json.loads(row[0][0]))


@pytest.mark.parametrize(("held", "stands_for"), [
    (TUE, TUE), (MON, TUE), (WED, TUE), (dt.date(2026, 12, 11), TUE),  # Friday: 3 days
    (dt.date(2026, 12, 12), NEXT_TUE), (dt.date(2026, 12, 6), TUE)])
def test_a_meeting_stands_for_the_nearest_meeting_day(held: dt.date,
                                                      stands_for: dt.date) -> None:
    settings = TeamSettings()  # Tuesday
    assert meetings.stands_for(settings, held) == stands_for
    assert meetings.following_date(settings, held) == stands_for + dt.timedelta(days=7)
    assert meetings.due_by_for(settings, held) == stands_for + dt.timedelta(days=6)


def test_held_a_day_early_everything_carries_the_day_it_was_taken(team: Team) -> None:
    # Planned for Tuesday 8 December, held on Monday 7 December.
    due = team.queue(TUE, last="2026-06-01")  # due 1 December: overdue
    later = team.queue(TUE)
    team.at(MON)
    error = refused(Code.MEETING_NOT_TODAY, lambda: run.start_meeting(team.store))
    assert error.problems[0].params == {"date": TUE.isoformat(), "today": MON.isoformat()}
    assert meetings.running(team.store) is None
    meeting = run.start_meeting(team.store, move_to_today=True)
    assert (meeting.date, meeting.status) == (MON, meetings.MeetingStatus.RUNNING)
    assert meetings.find(team.store, TUE) is None
    assert [i.id for i in items.list_items(team.store, MON)] == [due.id, later.id]
    assert started_details(team.store, meeting.id) == {"planned": TUE.isoformat()}

    decision = team.decide(due)
    assert decision.decided_on == MON
    # From the real day: 7 June 2027, on the meeting day (Tuesday) before it.
    assert decision.next_evaluation == dt.date(2027, 6, 1)
    client = clients.get(team.store, due.client_id)
    assert client.last_evaluation == MON  # never a day in the future
    # A later overdue report counts from the real day (rule 5): due 1 June 2027, so
    # overdue on the 2nd (dated the 8th of December it would be due 8 June).
    assert "C-1" not in [r.reference for r in overview.overdue(team.store, dt.date(2027, 6, 1))]
    assert "C-1" in [r.reference for r in overview.overdue(team.store, dt.date(2027, 6, 2))]
    # It stood for Tuesday's meeting: the next is a week later, for everything.
    settings = team_settings.load(team.store)
    assert meetings.upcoming_date(team.store, settings) == NEXT_TUE
    run.defer_item(team.store, later.id)
    assert items.get(team.store, later.id).meeting_date == NEXT_TUE
    run.close_meeting(team.store)
    assert meetings.upcoming_date(team.store, settings) == NEXT_TUE
    team.at(TUE)
    assert meetings.upcoming_date(team.store, settings) == NEXT_TUE


def test_held_a_day_late_it_is_the_missed_meeting_not_next_weeks(team: Team) -> None:
    # Tuesday's meeting was not held; on Wednesday F5 used to start next Tuesday's and
    # date everything a week ahead.
    missed = team.queue(TUE)
    queued_later = team.queue(NEXT_TUE)
    team.at(WED)
    refused(Code.MEETING_NOT_TODAY, lambda: run.start_meeting(team.store))
    meeting = run.start_meeting(team.store, move_to_today=True)
    assert meeting.date == WED
    # Tuesday's items came along; they and next Tuesday's are discussed today.
    assert {i.id for i in items.list_items(team.store, WED)} == {missed.id, queued_later.id}
    assert started_details(team.store, meeting.id) == {"planned": NEXT_TUE.isoformat()}
    assert team.decide(missed).decided_on == WED
    run.close_meeting(team.store)
    settings = team_settings.load(team.store)
    # It stood for Tuesday the 8th: next Tuesday's meeting is still on.
    assert meetings.following_date(settings, WED) == NEXT_TUE
    assert meetings.upcoming_date(team.store, settings) == NEXT_TUE


def test_a_meeting_is_never_started_on_a_future_or_past_date(team: Team) -> None:
    item = team.queue(NEXT_TUE)
    team.at(TUE)
    refused(Code.MEETING_NOT_TODAY, lambda: run.start_meeting(team.store, NEXT_TUE))
    refused(Code.MEETING_NOT_TODAY, lambda: run.start_meeting(team.store, MON))
    assert team.store.query("SELECT count(*) FROM meeting_event")[0][0] == 0
    meeting = run.start_meeting(team.store, NEXT_TUE, move_to_today=True)
    assert meeting.date == TUE
    assert items.get(team.store, item.id).meeting_date == TUE
    assert all(dt.date.fromisoformat(d) <= TUE
               for (d,) in team.store.query("SELECT date FROM meeting"))


def test_a_meeting_planned_for_today_joins_the_one_started(team: Team) -> None:
    # The team moved its meeting day: items wait on Monday's and on Tuesday's meeting.
    tuesday = team.queue(TUE)
    monday = team.queue(MON)
    team.at(MON)
    meeting = run.start_meeting(team.store, TUE, move_to_today=True)
    assert meeting.date == MON
    assert [i.id for i in items.list_items(team.store, MON)] == [tuesday.id, monday.id]
    assert team.store.query("SELECT count(*) FROM meeting")[0][0] == 1


def test_a_decision_after_midnight_carries_the_new_day(team: Team) -> None:
    item = team.queue(TUE)
    team.at(TUE, "23:50")
    run.start_meeting(team.store)
    run.start_item(team.store, item.id)
    team.clock.advance(minutes=20)
    decision = decisions.record_decision(team.store, item.id, DecisionInput(
        DecisionKind.AFSLUITEN, closes_client_id=item.client_id))
    assert decision.decided_on == WED
    assert clients.get(team.store, item.client_id).last_evaluation == WED


def test_the_length_of_a_redated_meeting_counts_from_its_start(team: Team) -> None:
    team.queue(TUE)
    team.at(MON, "14:00")
    meeting = run.start_meeting(team.store, move_to_today=True)
    state = run.timeline(team.store, meeting).state(team.clock.now())
    assert state.scheduled_end == dt.datetime(2026, 12, 7, 15, 30)
