"""Agenda items: queueing (rule 1), editing with versions, withdrawing, moving,
deferring, carrying over, and the history of who changed what when."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest

from vergadering import agenda, clients, items, meetings, members, settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.items import (
    Action,
    ConflictError,
    DecisionKind,
    Item,
    ItemInput,
    ItemStatus,
)
from vergadering.meetings import MeetingStatus
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Change, Store

NOW = dt.datetime(2026, 11, 23, 9, 0)  # the clock fixture's time, a Monday
NEXT = dt.date(2026, 11, 24)  # the next meeting (Tuesday)
WEEK_AFTER = dt.date(2026, 12, 1)


@dataclass(frozen=True)
class Team:
    anna: int
    bram: int
    client: int  # behandelaar Anna
    other: int  # behandelaar Bram


@pytest.fixture
def team(store: Store) -> Team:
    anna = members.add_member(store, "Anna de Vries").id
    bram = members.add_member(store, "Bram Bakker").id
    client = clients.add_client(store, ClientInput("AB-1", anna)).id
    other = clients.add_client(store, ClientInput("CD-2", bram)).id
    return Team(anna, bram, client, other)


def form(team: Team, **changes: object) -> ItemInput:
    """A complete, valid vraag in the acuut block, with ``changes`` applied."""
    base = ItemInput(team.client, team.anna, ItemType.VRAAG, Block.ACUUT,
                     question="Blijven we medicatie afbouwen?",
                     process_state="Stabiel sinds de zomer; werk hervat.")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def queue(store: Store, team: Team, **changes: object) -> Item:
    return items.queue_item(store, form(team, **changes), by=team.anna)


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, Code]]:
    return [(p.field, p.code) for p in error.value.problems]


def count(store: Store, table: str) -> int:
    return int(store.query(f"SELECT count(*) FROM {table}")[0][0])


def set_status(store: Store, date: dt.date, status: MeetingStatus) -> None:
    # Set the status directly: these tests are about the agenda, not the meeting.
    with store.transaction() as conn:
        meetings.ensure(store, date)
        conn.execute("UPDATE meeting SET status = ? WHERE date = ?",
                     (status.value, date.isoformat()))


def order(store: Store, date: dt.date, block: Block) -> list[int]:
    return [i.id for i in items.list_items(store, date) if i.block is block]


def actions(store: Store, item_id: int) -> list[Action]:
    return [c.action for c in items.history(store, item_id)]


# -- queueing: rule 1 ----------------------------------------------------------------
def test_queue_an_item_for_the_next_meeting(store: Store, team: Team) -> None:
    item = queue(store, team, proposed_decision=DecisionKind.DOORGAAN)
    assert item.meeting_date == NEXT
    assert (item.client_id, item.client_reference) == (team.client, "AB-1")
    assert (item.presenter_id, item.presenter) == (team.anna, "Anna de Vries")
    assert (item.type, item.block) == (ItemType.VRAAG, Block.ACUUT)
    assert item.question == "Blijven we medicatie afbouwen?"
    assert item.process_state == "Stabiel sinds de zomer; werk hervat."
    assert item.minutes == 5
    assert item.proposed_decision is DecisionKind.DOORGAAN
    assert (item.status, item.position, item.version, item.carried_over) == (
        ItemStatus.QUEUED, 1, 1, 0)
    assert item.created_at == item.updated_at == NOW
    assert item.updated_by == "Anna de Vries"
    assert items.get(store, item.id) == item
    assert items.list_items(store, NEXT) == [item]
    assert meetings.find(store, NEXT) is not None


def test_type_is_required_without_default(store: Store, team: Team) -> None:
    with pytest.raises(ValidationError) as info:
        queue(store, team, type=None, question="")
    assert codes(info) == [("type", Code.REQUIRED)]


def test_block_is_required_without_default(store: Store, team: Team) -> None:
    with pytest.raises(ValidationError) as info:
        queue(store, team, block=None)
    assert codes(info) == [("block", Code.REQUIRED)]


def test_every_problem_is_listed_and_nothing_is_written(store: Store, team: Team) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(ValidationError) as info:
        items.queue_item(store, ItemInput(None, None, None, None), by=team.anna)
    assert codes(info) == [("client", Code.REQUIRED), ("presenter", Code.REQUIRED),
                           ("type", Code.REQUIRED), ("block", Code.REQUIRED)]
    assert (count(store, "item"), count(store, "item_change"), count(store, "meeting")) == (0,
                                                                                        0, 0)
    assert heard == []


@pytest.mark.parametrize("item_type", [ItemType.VRAAG, ItemType.KWESTIE])
@pytest.mark.parametrize("question", ["", "   \n "])
def test_vraag_and_kwestie_need_the_question_to_the_team(
    store: Store, team: Team, item_type: ItemType, question: str
) -> None:
    with pytest.raises(ValidationError) as info:
        queue(store, team, type=item_type, question=question)
    assert codes(info) == [("question", Code.REQUIRED)]


def test_a_mededeling_needs_no_question(store: Store, team: Team) -> None:
    item = queue(store, team, type=ItemType.MEDEDELING, question="", process_state="")
    assert (item.question, item.process_state, item.minutes) == ("", "", 2)


def test_texts_are_trimmed_and_may_span_lines(store: Store, team: Team) -> None:
    item = queue(store, team, question="  Wat nu?\nGraag advies.  ",
                 process_state="\nRegel 1\nRegel 2\n")
    assert item.question == "Wat nu?\nGraag advies."
    assert item.process_state == "Regel 1\nRegel 2"


def test_process_state_is_at_most_500_characters(store: Store, team: Team) -> None:
    assert len(queue(store, team, process_state="x" * 500).process_state) == 500
    with pytest.raises(ValidationError) as info:
        queue(store, team, process_state="x" * 501)
    assert codes(info) == [("process_state", Code.TOO_LONG)]
    assert info.value.problems[0].params == {"max": 500, "length": 501}


def test_question_is_at_most_300_characters(store: Store, team: Team) -> None:
    assert len(queue(store, team, question="?" * 300).question) == 300
    with pytest.raises(ValidationError) as info:
        queue(store, team, question="?" * 301)
    assert codes(info) == [("question", Code.TOO_LONG)]
    assert info.value.problems[0].params == {"max": 300, "length": 301}


@pytest.mark.parametrize(("item_type", "minutes"),
                         [(ItemType.MEDEDELING, 2), (ItemType.VRAAG, 5), (ItemType.KWESTIE, 10)])
def test_minutes_default_to_the_teams_default_for_the_type(
    store: Store, team: Team, item_type: ItemType, minutes: int
) -> None:
    assert queue(store, team, type=item_type).minutes == minutes


def test_minutes_default_follows_the_team_setting(store: Store, team: Team) -> None:
    settings.save(store, dataclasses.replace(TeamSettings(), default_minutes={
        ItemType.MEDEDELING: 1, ItemType.VRAAG: 7, ItemType.KWESTIE: 15}))
    assert queue(store, team, type=ItemType.VRAAG).minutes == 7
    assert queue(store, team, type=ItemType.KWESTIE).minutes == 15
    assert queue(store, team, type=ItemType.KWESTIE, minutes=3).minutes == 3


@pytest.mark.parametrize("minutes", [1, 120])
def test_minutes_within_range(store: Store, team: Team, minutes: int) -> None:
    assert queue(store, team, minutes=minutes).minutes == minutes


@pytest.mark.parametrize("minutes", [0, -5, 121])
def test_minutes_out_of_range(store: Store, team: Team, minutes: int) -> None:
    with pytest.raises(ValidationError) as info:
        queue(store, team, minutes=minutes)
    assert codes(info) == [("minutes", Code.OUT_OF_RANGE)]
    assert info.value.problems[0].params == {"min": 1, "max": 120}


def test_client_must_exist_and_be_active(store: Store, team: Team) -> None:
    with pytest.raises(ValidationError) as info:
        queue(store, team, client_id=None)
    assert codes(info) == [("client", Code.REQUIRED)]
    with pytest.raises(ValidationError) as info:
        queue(store, team, client_id=999)
    assert codes(info) == [("client", Code.NOT_FOUND)]
    clients.set_client_active(store, team.client, False)
    with pytest.raises(ValidationError) as info:
        queue(store, team)
    assert codes(info) == [("client", Code.INACTIVE)]
    assert info.value.problems[0].params == {"name": "AB-1"}
    assert count(store, "item") == 0


def test_presenter_must_exist_and_be_active(store: Store, team: Team) -> None:
    with pytest.raises(ValidationError) as info:
        queue(store, team, presenter_id=None)
    assert codes(info) == [("presenter", Code.REQUIRED)]
    with pytest.raises(ValidationError) as info:
        queue(store, team, presenter_id=999)
    assert codes(info) == [("presenter", Code.NOT_FOUND)]
    members.set_member_active(store, team.bram, False)
    with pytest.raises(ValidationError) as info:
        queue(store, team, presenter_id=team.bram)
    assert codes(info) == [("presenter", Code.INACTIVE)]
    assert info.value.problems[0].params == {"name": "Bram Bakker"}
    assert count(store, "item") == 0


def test_an_unknown_author_is_refused(store: Store, team: Team) -> None:
    with pytest.raises(ValidationError) as info:
        items.queue_item(store, form(team), by=999)
    assert codes(info) == [("by", Code.NOT_FOUND)]
    assert (count(store, "item"), count(store, "meeting")) == (0, 0)


def test_queueing_for_a_meeting_that_has_started_is_refused(store: Store, team: Team) -> None:
    set_status(store, NEXT, MeetingStatus.RUNNING)
    with pytest.raises(ValidationError) as info:
        items.queue_item(store, form(team), by=team.anna, meeting_date=NEXT)
    assert codes(info) == [("meeting", Code.MEETING_STARTED)]
    # the next meeting after it is open
    item = items.queue_item(store, form(team), by=team.anna, meeting_date=WEEK_AFTER)
    assert item.meeting_date == WEEK_AFTER


def test_queueing_while_a_meeting_runs_goes_to_the_next_one(store: Store, team: Team,
                                                             clock: FakeClock) -> None:
    clock.set(dt.datetime(2026, 11, 24, 9, 30))
    set_status(store, NEXT, MeetingStatus.RUNNING)
    assert queue(store, team).meeting_date == WEEK_AFTER


def test_queueing_after_todays_meeting_closed_goes_to_next_week(
    store: Store, team: Team, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 11, 24, 11, 0))
    set_status(store, NEXT, MeetingStatus.CLOSED)
    assert queue(store, team).meeting_date == WEEK_AFTER


def test_listeners_hear_of_a_queued_item_after_commit(store: Store, team: Team) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    item = queue(store, team)
    assert Change("item", (item.id,)) in heard
    assert Change("meeting") in heard


def test_items_are_queued_at_the_end_of_their_block(store: Store, team: Team) -> None:
    a1 = queue(store, team)
    a2 = queue(store, team, client_id=team.other)
    l1 = queue(store, team, block=Block.LOPEND)
    a3 = queue(store, team)
    assert [a1.position, a2.position, a3.position] == [1, 2, 3]
    assert l1.position == 1
    assert order(store, NEXT, Block.ACUUT) == [a1.id, a2.id, a3.id]
    assert order(store, NEXT, Block.LOPEND) == [l1.id]


# -- editing -----------------------------------------------------------------------------
def test_edit_with_the_right_version_saves(store: Store, team: Team, clock: FakeClock) -> None:
    item = queue(store, team)
    clock.advance(hours=2)
    edited = items.update_item(
        store, item.id, form(team, question="Mag zij stoppen?", minutes=8), by=team.bram,
        expected_version=1)
    assert edited.question == "Mag zij stoppen?"
    assert edited.minutes == 8
    assert edited.version == 2
    assert edited.updated_by == "Bram Bakker"
    assert edited.updated_at == NOW + dt.timedelta(hours=2)
    assert edited.created_at == NOW
    assert edited.position == item.position
    last = items.history(store, item.id)[-1]
    assert last.action is Action.EDITED
    assert last.by == "Bram Bakker"
    assert last.at == NOW + dt.timedelta(hours=2)
    assert last.details == {"question": ["Blijven we medicatie afbouwen?", "Mag zij stoppen?"],
                            "minutes": [5, 8]}


def test_edit_logs_enum_and_id_fields_as_plain_values(store: Store, team: Team) -> None:
    item = queue(store, team)
    items.update_item(store, item.id, form(team, type=ItemType.KWESTIE, minutes=5,
                                           client_id=team.other,
                                           proposed_decision=DecisionKind.AFSLUITEN),
                      by=team.anna, expected_version=1)
    assert items.history(store, item.id)[-1].details == {
        "client_id": [team.client, team.other], "type": ["vraag", "kwestie"],
        "proposed_decision": [None, "afsluiten"]}


def test_a_stale_edit_is_refused_with_both_versions(store: Store, team: Team) -> None:
    item = queue(store, team)
    items.update_item(store, item.id, form(team, question="Anna's versie"), by=team.anna,
                      expected_version=1)
    heard: list[Change] = []
    store.subscribe(heard.append)
    mine = form(team, question="Brams versie", process_state="Bram typte dit")
    with pytest.raises(ConflictError) as info:
        items.update_item(store, item.id, mine, by=team.bram, expected_version=1)
    assert info.value.current.question == "Anna's versie"
    assert info.value.current.version == 2
    assert info.value.mine == mine  # nothing typed is lost
    after = items.get(store, item.id)
    assert after == info.value.current
    assert actions(store, item.id) == [Action.QUEUED, Action.EDITED]
    assert heard == []


def test_the_refused_user_can_save_on_top_of_the_current_version(store: Store,
                                                                 team: Team) -> None:
    item = queue(store, team)
    items.update_item(store, item.id, form(team, question="A"), by=team.anna,
                      expected_version=1)
    with pytest.raises(ConflictError) as info:
        items.update_item(store, item.id, form(team, question="B"), by=team.bram,
                          expected_version=1)
    saved = items.update_item(store, item.id, info.value.mine or form(team), by=team.bram,
                              expected_version=info.value.current.version)
    assert (saved.question, saved.version) == ("B", 3)


def test_an_edit_that_changes_nothing_is_not_a_new_version(store: Store, team: Team,
                                                           clock: FakeClock) -> None:
    item = queue(store, team)
    clock.advance(minutes=5)
    same = items.update_item(store, item.id,
                             form(team, question="  Blijven we medicatie afbouwen? "),
                             by=team.bram, expected_version=1)
    assert same == item
    assert items.get(store, item.id) == item
    assert actions(store, item.id) == [Action.QUEUED]
    # minutes None means "the default", which the item already has
    assert items.update_item(store, item.id, form(team, minutes=None), by=team.bram,
                             expected_version=1).version == 1


def test_invalid_edit_is_refused_and_nothing_changes(store: Store, team: Team) -> None:
    item = queue(store, team)
    with pytest.raises(ValidationError) as info:
        items.update_item(store, item.id, form(team, type=None, question=""), by=team.anna,
                          expected_version=1)
    assert codes(info) == [("type", Code.REQUIRED)]
    assert items.get(store, item.id) == item


def test_edit_by_an_unknown_author_is_refused(store: Store, team: Team) -> None:
    item = queue(store, team)
    with pytest.raises(ValidationError) as info:
        items.update_item(store, item.id, form(team, question="x?"), by=999,
                          expected_version=1)
    assert codes(info) == [("by", Code.NOT_FOUND)]
    assert items.get(store, item.id) == item


def test_editing_an_unknown_item(store: Store, team: Team) -> None:
    with pytest.raises(ValidationError) as info:
        items.update_item(store, 999, form(team), by=team.anna, expected_version=1)
    assert codes(info) == [("item", Code.NOT_FOUND)]


def test_changing_the_block_moves_to_the_end_of_the_other_block(store: Store,
                                                                 team: Team) -> None:
    a1 = queue(store, team)
    a2 = queue(store, team)
    l1 = queue(store, team, block=Block.LOPEND)
    l2 = queue(store, team, block=Block.LOPEND)
    moved = items.update_item(store, a1.id, form(team, block=Block.LOPEND), by=team.anna,
                              expected_version=1)
    assert moved.block is Block.LOPEND
    assert moved.position == 3
    assert order(store, NEXT, Block.LOPEND) == [l1.id, l2.id, a1.id]
    assert order(store, NEXT, Block.ACUUT) == [a2.id]
    assert items.history(store, a1.id)[-1].details == {"block": ["acuut", "lopend"]}


# -- withdrawing ----------------------------------------------------------------------
def test_withdraw(store: Store, team: Team, clock: FakeClock) -> None:
    keep = queue(store, team)
    item = queue(store, team, client_id=team.other)
    clock.advance(minutes=30)
    withdrawn = items.withdraw_item(store, item.id, by=team.bram)
    assert withdrawn.status is ItemStatus.WITHDRAWN
    assert withdrawn.version == 2
    assert withdrawn.updated_by == "Bram Bakker"
    assert items.list_items(store, NEXT) == [keep]
    assert [i.id for i in items.list_items(store, NEXT, status=None)] == [keep.id, item.id]
    assert [i.id for i in items.list_items(store, NEXT, ItemStatus.WITHDRAWN)] == [item.id]
    plan = agenda.plan(store, NEXT)
    assert [i.id for b in plan.blocks for i in b.items] == [keep.id]
    assert plan.planned == keep.minutes
    last = items.history(store, item.id)[-1]
    assert (last.action, last.by, last.at) == (Action.WITHDRAWN, "Bram Bakker",
                                               NOW + dt.timedelta(minutes=30))


def test_a_withdrawn_item_cannot_be_changed(store: Store, team: Team) -> None:
    item = items.withdraw_item(store, queue(store, team).id, by=team.anna)
    attempts = [
        lambda: items.update_item(store, item.id, form(team, question="Toch?"), by=team.anna,
                                  expected_version=item.version),
        lambda: items.withdraw_item(store, item.id, by=team.anna),
        lambda: items.move_item(store, item.id, Block.LOPEND, by=team.anna),
        lambda: items.reorder_item(store, item.id, 0, by=team.anna),
        lambda: items.defer_item(store, item.id, by=team.anna),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert codes(info) == [("item", Code.NOT_QUEUED)]
        assert info.value.problems[0].params == {"status": "withdrawn"}
    assert items.get(store, item.id) == item


def test_withdraw_with_a_stale_version_is_a_conflict(store: Store, team: Team) -> None:
    item = queue(store, team)
    items.update_item(store, item.id, form(team, question="Nieuw?"), by=team.bram,
                      expected_version=1)
    with pytest.raises(ConflictError) as info:
        items.withdraw_item(store, item.id, by=team.anna, expected_version=1)
    assert info.value.current.question == "Nieuw?"
    assert info.value.mine is None
    assert items.get(store, item.id).status is ItemStatus.QUEUED


def test_a_new_item_after_a_withdrawn_last_one_takes_the_end(store: Store, team: Team) -> None:
    a1 = queue(store, team)
    a2 = queue(store, team)
    items.withdraw_item(store, a2.id, by=team.anna)
    a3 = queue(store, team)
    assert order(store, NEXT, Block.ACUUT) == [a1.id, a3.id]


# -- moving and reordering (the chair) ---------------------------------------------------
def test_move_to_the_other_block(store: Store, team: Team) -> None:
    a1 = queue(store, team)
    l1 = queue(store, team, block=Block.LOPEND)
    moved = items.move_item(store, a1.id, Block.LOPEND, by=team.bram)
    assert (moved.block, moved.position, moved.version) == (Block.LOPEND, 2, 2)
    assert moved.as_input() == dataclasses.replace(a1.as_input(), block=Block.LOPEND)
    assert order(store, NEXT, Block.LOPEND) == [l1.id, a1.id]
    assert order(store, NEXT, Block.ACUUT) == []
    last = items.history(store, a1.id)[-1]
    assert (last.action, last.by, last.details) == (Action.MOVED, "Bram Bakker",
                                                    {"block": ["acuut", "lopend"]})


def test_move_to_the_same_block_changes_nothing(store: Store, team: Team) -> None:
    item = queue(store, team)
    assert items.move_item(store, item.id, Block.ACUUT, by=team.anna) == item
    assert actions(store, item.id) == [Action.QUEUED]


@pytest.fixture
def five(store: Store, team: Team) -> list[int]:
    """Five acuut items and one lopend item; returns the acuut ids in order."""
    ids = [queue(store, team).id for _ in range(5)]
    queue(store, team, block=Block.LOPEND)
    return ids


@pytest.mark.parametrize(
    ("which", "index", "expected"),
    [
        (4, 0, [4, 0, 1, 2, 3]),
        (0, 4, [1, 2, 3, 4, 0]),
        (1, 3, [0, 2, 3, 1, 4]),
        (3, 1, [0, 3, 1, 2, 4]),
        (2, -7, [2, 0, 1, 3, 4]),  # clamped to the first place
        (2, 99, [0, 1, 3, 4, 2]),  # clamped to the last place
    ],
)
def test_reorder_within_the_block(store: Store, team: Team, five: list[int], which: int,
                                  index: int, expected: list[int]) -> None:
    lopend = order(store, NEXT, Block.LOPEND)
    before = items.get(store, five[which])
    after = items.reorder_item(store, five[which], index, by=team.bram)
    assert order(store, NEXT, Block.ACUUT) == [five[i] for i in expected]
    assert order(store, NEXT, Block.LOPEND) == lopend
    # the chair's planning is not the inbrenger's content: no new version, no conflict
    assert after.version == before.version == 1
    assert after.as_input() == before.as_input()
    last = items.history(store, five[which])[-1]
    assert (last.action, last.by) == (Action.REORDERED, "Bram Bakker")
    assert last.details == {"index": [which, expected.index(which)]}


def test_reorder_does_not_cause_a_conflict_for_someone_editing(store: Store, team: Team,
                                                               five: list[int]) -> None:
    items.reorder_item(store, five[0], 3, by=team.bram)
    edited = items.update_item(store, five[0], form(team, question="Ok?"), by=team.anna,
                               expected_version=1)
    assert edited.question == "Ok?"
    assert order(store, NEXT, Block.ACUUT).index(five[0]) == 3


def test_reorder_to_the_same_place_changes_nothing(store: Store, team: Team,
                                                   five: list[int]) -> None:
    items.reorder_item(store, five[2], 2, by=team.anna)
    assert order(store, NEXT, Block.ACUUT) == five
    assert actions(store, five[2]) == [Action.QUEUED]


def test_reorder_skips_withdrawn_items(store: Store, team: Team, five: list[int]) -> None:
    items.withdraw_item(store, five[1], by=team.anna)
    items.reorder_item(store, five[4], 1, by=team.anna)
    assert order(store, NEXT, Block.ACUUT) == [five[0], five[4], five[2], five[3]]


# -- deferring -------------------------------------------------------------------------------
def test_defer_moves_everything_to_the_following_meeting(store: Store, team: Team) -> None:
    settings.save(store, dataclasses.replace(TeamSettings(), meeting_weekday=3))  # Thursday
    there = items.queue_item(store, form(team), by=team.anna, meeting_date=dt.date(2026, 12, 3))
    item = queue(store, team, type=ItemType.KWESTIE, minutes=15,
                 proposed_decision=DecisionKind.VERWIJZEN)
    assert item.meeting_date == dt.date(2026, 11, 26)
    deferred = items.defer_item(store, item.id, by=team.bram)
    assert deferred.meeting_date == dt.date(2026, 12, 3)
    assert deferred.as_input() == item.as_input()  # all content kept
    assert deferred.carried_over == 0
    assert deferred.position == there.position + 1  # at the end of its block there
    assert items.list_items(store, dt.date(2026, 11, 26)) == []
    last = items.history(store, item.id)[-1]
    assert (last.action, last.by, last.details) == (
        Action.DEFERRED, "Bram Bakker", {"meeting": ["2026-11-26", "2026-12-03"]})
    assert items.defer_item(store, item.id, by=team.bram).meeting_date == dt.date(2026, 12, 10)


def test_deferred_from_lists_what_left_a_meeting_after_a_moment(store: Store, team: Team,
                                                               clock: FakeClock) -> None:
    early = queue(store, team)
    late = queue(store, team, client_id=team.other, presenter_id=team.bram)
    withdrawn = queue(store, team, block=Block.LOPEND)
    stays = queue(store, team, block=Block.LOPEND, client_id=team.other,
                  presenter_id=team.bram)
    items.defer_item(store, early.id, by=team.anna)  # before the moment: not listed
    meeting = meetings.ensure(store, NEXT)
    clock.set(NOW + dt.timedelta(hours=1))
    since = NOW + dt.timedelta(minutes=30)
    items.defer_item(store, late.id, by=team.anna)
    items.defer_item(store, withdrawn.id, by=team.anna)
    items.withdraw_item(store, withdrawn.id, by=team.anna)  # no longer waiting anywhere
    assert [i.id for i in items.deferred_from(store, meeting, since)] == [late.id]
    assert [i.id for i in items.deferred_from(store, meeting, NOW)] == [early.id, late.id]
    assert items.get(store, stays.id).meeting_date == NEXT
    other_meeting = meetings.ensure(store, WEEK_AFTER)
    assert items.deferred_from(store, other_meeting, NOW) == []


# -- once the meeting has started ---------------------------------------------------------
@pytest.mark.parametrize("status", [MeetingStatus.RUNNING, MeetingStatus.CLOSED])
def test_no_changes_once_the_meeting_has_started(store: Store, team: Team,
                                                 status: MeetingStatus) -> None:
    item = queue(store, team)
    queue(store, team)
    set_status(store, NEXT, status)
    attempts = [
        lambda: items.update_item(store, item.id, form(team, question="Nu nog?"), by=team.anna,
                                  expected_version=1),
        lambda: items.withdraw_item(store, item.id, by=team.anna),
        lambda: items.move_item(store, item.id, Block.LOPEND, by=team.anna),
        lambda: items.reorder_item(store, item.id, 1, by=team.anna),
        lambda: items.defer_item(store, item.id, by=team.anna),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert codes(info) == [("meeting", Code.MEETING_STARTED)]
        assert info.value.problems[0].params == {"date": "2026-11-24"}
    assert items.get(store, item.id) == item
    assert actions(store, item.id) == [Action.QUEUED]


# -- history ------------------------------------------------------------------------------
def test_history_keeps_who_and_when_for_every_change(store: Store, team: Team,
                                                     clock: FakeClock) -> None:
    item = queue(store, team)
    other = queue(store, team, client_id=team.other)
    steps = [
        (team.bram, lambda: items.update_item(store, item.id, form(team, minutes=7),
                                              by=team.bram, expected_version=1)),
        (team.anna, lambda: items.reorder_item(store, item.id, 1, by=team.anna)),
        (team.bram, lambda: items.move_item(store, item.id, Block.LOPEND, by=team.bram)),
        (team.anna, lambda: items.defer_item(store, item.id, by=team.anna)),
        (team.bram, lambda: items.withdraw_item(store, item.id, by=team.bram)),
    ]
    for _, step in steps:
        clock.advance(minutes=10)
        step()
    log = items.history(store, item.id)
    assert [(c.action, c.by, c.at) for c in log] == [
        (Action.QUEUED, "Anna de Vries", NOW),
        (Action.EDITED, "Bram Bakker", NOW + dt.timedelta(minutes=10)),
        (Action.REORDERED, "Anna de Vries", NOW + dt.timedelta(minutes=20)),
        (Action.MOVED, "Bram Bakker", NOW + dt.timedelta(minutes=30)),
        (Action.DEFERRED, "Anna de Vries", NOW + dt.timedelta(minutes=40)),
        (Action.WITHDRAWN, "Bram Bakker", NOW + dt.timedelta(minutes=50)),
    ]
    assert [c.action for c in items.history(store, other.id)] == [Action.QUEUED]
    assert items.history(store, 999) == []


def test_a_change_without_author_is_kept_as_such(store: Store, team: Team) -> None:
    item = items.queue_item(store, form(team), by=None)
    assert item.updated_by is None
    assert [(c.action, c.by) for c in items.history(store, item.id)] == [(Action.QUEUED, None)]


# -- carrying over ----------------------------------------------------------------------------
def test_items_of_a_meeting_that_never_ran_move_to_the_next(store: Store, team: Team,
                                                            clock: FakeClock) -> None:
    a1 = queue(store, team)
    a2 = queue(store, team, client_id=team.other)
    l1 = queue(store, team, block=Block.LOPEND)
    gone = queue(store, team)
    items.withdraw_item(store, gone.id, by=team.anna)
    clock.set(dt.datetime(2026, 11, 25, 8, 0))  # Tuesday's meeting did not happen
    waiting = queue(store, team)  # someone already queued for next week
    assert waiting.meeting_date == WEEK_AFTER

    assert items.carry_over(store) == 3
    assert order(store, WEEK_AFTER, Block.ACUUT) == [waiting.id, a1.id, a2.id]
    assert order(store, WEEK_AFTER, Block.LOPEND) == [l1.id]
    for before in (a1, a2, l1):
        moved = items.get(store, before.id)
        assert moved.carried_over == 1
        assert moved.as_input() == before.as_input()  # all content kept
        last = items.history(store, before.id)[-1]
        assert (last.action, last.by, last.details) == (
            Action.CARRIED_OVER, None, {"meeting": ["2026-11-24", "2026-12-01"],
                                        "position": before.position})
    assert items.get(store, waiting.id).carried_over == 0
    assert items.get(store, gone.id).meeting_date == NEXT  # withdrawn items stay
    assert items.get(store, gone.id).status is ItemStatus.WITHDRAWN
    assert items.carry_over(store) == 0  # idempotent

    clock.set(dt.datetime(2026, 12, 2, 8, 0))  # and again no meeting
    assert items.carry_over(store) == 4
    assert [i.carried_over for i in items.list_items(store, dt.date(2026, 12, 8))] == [
        1, 2, 2, 2]
    assert order(store, dt.date(2026, 12, 8), Block.ACUUT) == [waiting.id, a1.id, a2.id]


def test_carry_over_keeps_the_order_across_several_missed_meetings(
    store: Store, team: Team, clock: FakeClock
) -> None:
    first = queue(store, team)
    items.reorder_item(store, queue(store, team).id, 0, by=team.anna)
    second_in_first = order(store, NEXT, Block.ACUUT)
    later = items.queue_item(store, form(team), by=team.anna, meeting_date=WEEK_AFTER)
    clock.set(dt.datetime(2026, 12, 2, 8, 0))
    assert items.carry_over(store) == 3
    assert order(store, dt.date(2026, 12, 8), Block.ACUUT) == [*second_in_first, later.id]
    assert first.id in second_in_first


def test_carry_over_leaves_a_running_meeting_alone(store: Store, team: Team,
                                                   clock: FakeClock) -> None:
    item = queue(store, team)
    set_status(store, NEXT, MeetingStatus.RUNNING)  # still running after a crash
    clock.set(dt.datetime(2026, 11, 25, 8, 0))
    assert items.carry_over(store) == 0
    assert items.get(store, item.id).meeting_date == NEXT
    assert items.get(store, item.id).carried_over == 0


def test_carry_over_leaves_todays_and_closed_meetings_alone(store: Store, team: Team,
                                                             clock: FakeClock) -> None:
    item = queue(store, team)
    clock.set(dt.datetime(2026, 11, 24, 8, 0))  # the meeting day itself
    assert items.carry_over(store) == 0
    set_status(store, NEXT, MeetingStatus.CLOSED)  # closing carries over itself
    clock.set(dt.datetime(2026, 11, 25, 8, 0))
    assert items.carry_over(store) == 0
    assert items.get(store, item.id).meeting_date == NEXT


def test_carry_over_with_nothing_to_do_writes_nothing(store: Store, clock: FakeClock) -> None:
    clock.set(dt.datetime(2027, 1, 1, 8, 0))
    assert items.carry_over(store) == 0
    assert count(store, "meeting") == 0


# -- members with items ---------------------------------------------------------------------
def test_a_member_who_presents_an_item_cannot_be_deleted(store: Store, team: Team) -> None:
    carol = members.add_member(store, "Carol")
    items.queue_item(store, form(team, presenter_id=carol.id), by=team.anna)
    with pytest.raises(ValidationError) as info:
        members.delete_member(store, carol.id)
    assert codes(info) == [("member", Code.IN_USE)]


def test_a_member_who_only_queued_or_changed_an_item_cannot_be_deleted(store: Store,
                                                                      team: Team) -> None:
    carol = members.add_member(store, "Carol")
    dave = members.add_member(store, "Dave")
    queue(store, team)
    item = items.queue_item(store, form(team), by=carol.id)
    items.reorder_item(store, item.id, 0, by=dave.id)  # only in the history (no version)
    assert items.history(store, item.id)[-1].by == "Dave"
    items.update_item(store, item.id, form(team, question="Nieuw?"), by=team.bram,
                      expected_version=1)
    for member in (carol, dave):
        with pytest.raises(ValidationError) as info:
            members.delete_member(store, member.id)
        assert codes(info) == [("member", Code.IN_USE)]
    erin = members.add_member(store, "Erin")
    members.delete_member(store, erin.id)  # never used: can go
