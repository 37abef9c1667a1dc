"""Agenda planning: minutes against the budgets (rule 2) and proposals of clients due
for evaluation (rule 5) for the lopend block."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vergadering import agenda, clients, items, members, settings
from vergadering.agenda import AgendaPlan, summarize
from vergadering.clients import ClientInput
from vergadering.items import Item, ItemInput, ItemStatus
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Change, Store

NEXT = dt.date(2026, 11, 24)  # the clock fixture's next meeting (Tuesday)
DEFAULT = TeamSettings()  # 90 minutes from 9:00: lopend 60 first, then acuut 30


def item(id_: int, block: Block, minutes: int, position: int | None = None) -> Item:
    stamp = dt.datetime(2026, 11, 20, 12, 0)
    return Item(id_, 1, NEXT, id_, f"C-{id_}", 1, "Anna", ItemType.VRAAG, block, "?", "",
                minutes, None, id_ if position is None else position, ItemStatus.QUEUED, 0, 1,
                stamp, stamp, None)


def acuut(*minutes: int) -> list[Item]:
    return [item(100 + n, Block.ACUUT, m) for n, m in enumerate(minutes)]


def lopend(*minutes: int) -> list[Item]:
    return [item(200 + n, Block.LOPEND, m) for n, m in enumerate(minutes)]


def totals(plan: AgendaPlan) -> dict[str, tuple[int, int, int, int]]:
    """(budget, planned, remaining, over) per block and for the whole meeting."""
    result = {b.block.value: (b.budget, b.planned, b.remaining, b.over) for b in plan.blocks}
    result["meeting"] = (plan.meeting_minutes, plan.planned,
                         plan.meeting_minutes - plan.planned, plan.over)
    return result


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(NEXT, dt.time(hour, minute))


# -- summarize: totals and overbooking on the edges ---------------------------------------
def test_empty_agenda() -> None:
    plan = summarize(NEXT, [], DEFAULT)
    assert plan.date == NEXT
    assert [b.block for b in plan.blocks] == [Block.LOPEND, Block.ACUUT]
    assert all(b.items == () for b in plan.blocks)
    assert totals(plan) == {"lopend": (60, 0, 60, 0), "acuut": (30, 0, 30, 0),
                            "meeting": (90, 0, 90, 0)}
    assert plan.expected_end() == at(10, 30)  # the meeting's length, not its (empty) plan


def test_one_block_empty() -> None:
    plan = summarize(NEXT, acuut(10, 5), DEFAULT)
    assert totals(plan) == {"lopend": (60, 0, 60, 0), "acuut": (30, 15, 15, 0),
                            "meeting": (90, 15, 75, 0)}
    assert plan.block(Block.LOPEND).items == ()
    plan = summarize(NEXT, lopend(60), DEFAULT)
    assert totals(plan) == {"lopend": (60, 60, 0, 0), "acuut": (30, 0, 30, 0),
                            "meeting": (90, 60, 30, 0)}


def test_a_block_exactly_full_is_not_overbooked() -> None:
    plan = summarize(NEXT, acuut(10, 20) + lopend(30, 30), DEFAULT)
    assert totals(plan) == {"lopend": (60, 60, 0, 0), "acuut": (30, 30, 0, 0),
                            "meeting": (90, 90, 0, 0)}
    assert plan.expected_end() == at(10, 30)


@pytest.mark.parametrize("excess", [1, 7, 45])
def test_one_block_overbooked_by_exactly_n(excess: int) -> None:
    plan = summarize(NEXT, acuut(10, 20 + excess) + lopend(20), DEFAULT)
    assert plan.block(Block.ACUUT).over == excess
    assert plan.block(Block.ACUUT).remaining == -excess
    assert plan.block(Block.LOPEND).over == 0
    # the acute overrun does not eat the lopend block: the meeting itself may still fit
    assert plan.over == max(0, 50 + excess - 90)


def test_everything_overbooked() -> None:
    plan = summarize(NEXT, acuut(20, 20) + lopend(40, 30), DEFAULT)
    assert totals(plan) == {"lopend": (60, 70, -10, 10), "acuut": (30, 40, -10, 10),
                            "meeting": (90, 110, -20, 20)}
    assert plan.expected_end() == at(10, 50)


def test_blocks_overbooked_while_the_meeting_has_room() -> None:
    team = dataclasses.replace(DEFAULT, meeting_minutes=120)
    plan = summarize(NEXT, acuut(35) + lopend(65), team)
    assert totals(plan) == {"lopend": (60, 65, -5, 5), "acuut": (30, 35, -5, 5),
                            "meeting": (120, 100, 20, 0)}
    assert plan.expected_end() == at(11, 0)


def test_a_budget_of_zero() -> None:
    team = dataclasses.replace(DEFAULT, acuut_budget=0, lopend_budget=90)
    assert settings.validate(team) == team  # a team may have no acute block at all
    plan = summarize(NEXT, acuut(5), team)
    assert totals(plan)["acuut"] == (0, 5, -5, 5)
    assert totals(summarize(NEXT, [], team))["acuut"] == (0, 0, 0, 0)


def test_both_budgets_zero() -> None:
    # settings.validate refuses this, but the planner must not break on it
    team = dataclasses.replace(DEFAULT, acuut_budget=0, lopend_budget=0)
    plan = summarize(NEXT, acuut(1) + lopend(2), team)
    assert totals(plan) == {"lopend": (0, 2, -2, 2), "acuut": (0, 1, -1, 1),
                            "meeting": (90, 3, 87, 0)}


def test_block_order_follows_the_team_setting() -> None:
    assert [b.block for b in summarize(NEXT, [], DEFAULT).blocks] == [Block.LOPEND,
                                                                        Block.ACUUT]
    team = dataclasses.replace(DEFAULT, first_block=Block.ACUUT)
    plan = summarize(NEXT, acuut(5) + lopend(10), team)
    assert [b.block for b in plan.blocks] == [Block.ACUUT, Block.LOPEND]
    assert [b.budget for b in plan.blocks] == [30, 60]


def test_items_are_in_position_order_within_their_block() -> None:
    mixed = [item(1, Block.ACUUT, 5, 3), item(2, Block.LOPEND, 5, 1),
             item(3, Block.ACUUT, 5, 1), item(4, Block.ACUUT, 5, 2)]
    plan = summarize(NEXT, mixed, DEFAULT)
    assert [i.id for i in plan.block(Block.ACUUT).items] == [3, 4, 1]
    assert [i.id for i in plan.block(Block.LOPEND).items] == [2]


def test_start_follows_the_team_setting() -> None:
    team = dataclasses.replace(DEFAULT, meeting_start=dt.time(13, 30), meeting_minutes=60,
                               lopend_budget=40, acuut_budget=20)
    assert summarize(NEXT, [], team).expected_end() == at(14, 30)
    assert summarize(NEXT, lopend(50, 25), team).expected_end() == at(14, 45)


blocks = st.sampled_from(list(Block))
item_lists = st.lists(st.tuples(blocks, st.integers(1, 120)), max_size=30)


@given(entries=item_lists, acuut_budget=st.integers(0, 480), lopend_budget=st.integers(0, 480),
       meeting=st.integers(15, 480), first=blocks)
def test_summarize_invariants(entries: list[tuple[Block, int]], acuut_budget: int,
                              lopend_budget: int, meeting: int, first: Block) -> None:
    team = dataclasses.replace(DEFAULT, acuut_budget=acuut_budget, lopend_budget=lopend_budget,
                               meeting_minutes=meeting, first_block=first)
    agenda_items = [item(n + 1, block, minutes) for n, (block, minutes) in enumerate(entries)]
    plan = summarize(NEXT, agenda_items, team)
    assert plan.blocks[0].block is first
    assert {b.block for b in plan.blocks} == set(Block)
    assert sorted(i.id for b in plan.blocks for i in b.items) == [i.id for i in agenda_items]
    for b in plan.blocks:
        assert all(i.block is b.block for i in b.items)
        assert b.planned == sum(m for blk, m in entries if blk is b.block)
        assert b.budget == team.budget(b.block)
        assert b.over == max(0, b.planned - b.budget)
        assert b.remaining == b.budget - b.planned
    assert plan.planned == sum(m for _, m in entries)
    assert plan.over == max(0, plan.planned - meeting)
    start = dt.datetime.combine(NEXT, team.meeting_start)
    assert plan.expected_end() == start + dt.timedelta(minutes=meeting + plan.over)


# -- plan: the stored agenda ---------------------------------------------------------------
@dataclass(frozen=True)
class Team:
    anna: int
    bram: int
    carol: int


@pytest.fixture
def team(store: Store) -> Team:
    return Team(*(members.add_member(store, name).id
                  for name in ("Anna de Vries", "Bram Bakker", "Carol Chen")))


def add_client(store: Store, reference: str, behandelaar: int | None,
               last_evaluation: str = "") -> int:
    return clients.add_client(store, ClientInput(reference, behandelaar,
                                                 last_evaluation=last_evaluation)).id


def queue(store: Store, team: Team, client: int, block: Block, minutes: int,
          date: dt.date | None = None) -> Item:
    return items.queue_item(store, ItemInput(client, team.anna, ItemType.KWESTIE, block,
                                             "Wat doen we?", minutes=minutes),
                            by=team.anna, meeting_date=date)


def test_plan_of_the_next_meeting(store: Store, team: Team) -> None:
    c = add_client(store, "A", team.anna)
    a = queue(store, team, c, Block.ACUUT, 20)
    l1 = queue(store, team, c, Block.LOPEND, 25)
    l2 = queue(store, team, c, Block.LOPEND, 40)
    gone = queue(store, team, c, Block.ACUUT, 60)
    items.withdraw_item(store, gone.id, by=team.anna)
    queue(store, team, c, Block.ACUUT, 99, date=dt.date(2026, 12, 1))  # another meeting
    plan = agenda.plan(store)
    assert plan.date == NEXT
    assert [[i.id for i in b.items] for b in plan.blocks] == [[l1.id, l2.id], [a.id]]
    assert totals(plan) == {"lopend": (60, 65, -5, 5), "acuut": (30, 20, 10, 0),
                            "meeting": (90, 85, 5, 0)}
    assert agenda.plan(store, dt.date(2026, 12, 1)).planned == 99


def test_plan_of_an_empty_database(store: Store) -> None:
    plan = agenda.plan(store)
    assert (plan.date, plan.planned, plan.over) == (NEXT, 0, 0)
    assert plan.expected_end() == at(10, 30)


def test_plan_uses_the_stored_settings(store: Store, team: Team) -> None:
    settings.save(store, dataclasses.replace(DEFAULT, first_block=Block.ACUUT, acuut_budget=20,
                                             lopend_budget=40, meeting_minutes=75,
                                             meeting_weekday=0))
    plan = agenda.plan(store)
    assert plan.date == dt.date(2026, 11, 23)  # Monday is now the meeting day: today
    assert totals(plan) == {"acuut": (20, 0, 20, 0), "lopend": (40, 0, 40, 0),
                            "meeting": (75, 0, 75, 0)}


def test_plan_follows_reordering_and_moving(store: Store, team: Team) -> None:
    c = add_client(store, "A", team.anna)
    first, second, third = (queue(store, team, c, Block.ACUUT, 5) for _ in range(3))
    items.reorder_item(store, third.id, 0, by=team.bram)
    items.move_item(store, first.id, Block.LOPEND, by=team.bram)
    plan = agenda.plan(store)
    assert [i.id for i in plan.block(Block.ACUUT).items] == [third.id, second.id]
    assert [i.id for i in plan.block(Block.LOPEND).items] == [first.id]


# -- proposals of due evaluations ------------------------------------------------------------
def due_clients(store: Store, team: Team, count: int, *, start: int = 0) -> list[int]:
    """``count`` clients of Anna's, the first one most overdue (one day apart)."""
    return [add_client(store, f"D-{n:02d}", team.anna,
                       (dt.date(2026, 4, 1) + dt.timedelta(days=n)).isoformat())
            for n in range(start, start + count)]


def proposed(proposals: agenda.Proposals) -> list[int]:
    return [p.due.client_id for p in proposals.fitting]


def test_proposals_are_due_clients_most_overdue_first(store: Store, team: Team) -> None:
    later = add_client(store, "LATER", team.anna, "2026-05-01")
    earlier = add_client(store, "EARLIER", team.bram, "2026-03-01")
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG)
    assert proposed(proposals) == [earlier, later]
    assert [p.minutes for p in proposals.fitting] == [5, 5]
    assert proposals.fitting[0].due.due == dt.date(2026, 9, 1)
    assert proposals.fitting[0].due.behandelaar == "Bram Bakker"
    assert proposals.also_due == 0


def test_only_clients_due_before_the_next_meeting(store: Store, team: Team) -> None:
    # A client falling due between two meetings is proposed for the first: it would
    # otherwise wait a week, overdue (the capacity forecast counts the same way).
    on_the_day = add_client(store, "ON", team.anna, "2026-05-24")  # due 24 Nov, the meeting
    after = add_client(store, "AFTER", team.anna, "2026-05-30")  # due 30 Nov: before the next
    add_client(store, "NEXT", team.anna, "2026-06-01")  # due 1 Dec: the next meeting's
    add_client(store, "NEW", team.anna)  # just added: due in six months
    closed = add_client(store, "CLOSED", team.anna, "2025-01-01")
    clients.set_client_active(store, closed, False)
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG)
    assert proposed(proposals) == [on_the_day, after]
    assert proposals.also_due == 0
    later = agenda.propose_evaluations(store, ItemType.VRAAG, dt.date(2026, 12, 1))
    assert len(later.fitting) == 3


@pytest.mark.parametrize(("item_type", "minutes", "fit"),
                         [(ItemType.MEDEDELING, 2, 30), (ItemType.VRAAG, 5, 12),
                          (ItemType.KWESTIE, 10, 6)])
def test_as_many_as_fit_in_the_lopend_budget(store: Store, team: Team, item_type: ItemType,
                                             minutes: int, fit: int) -> None:
    due = due_clients(store, team, 40)
    proposals = agenda.propose_evaluations(store, item_type)
    assert proposed(proposals) == due[:fit]  # 60 minutes of lopend budget
    assert proposals.also_due == 40 - fit
    assert [p.minutes for p in proposals.fitting] == [minutes] * fit


def test_minutes_follow_the_teams_default_for_the_type(store: Store, team: Team) -> None:
    settings.save(store, dataclasses.replace(DEFAULT, default_minutes={
        ItemType.MEDEDELING: 2, ItemType.VRAAG: 7, ItemType.KWESTIE: 25}))
    due_clients(store, team, 10)
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG)
    assert [p.minutes for p in proposals.fitting] == [7] * 8  # 8 * 7 = 56 <= 60
    assert proposals.also_due == 2
    assert len(agenda.propose_evaluations(store, ItemType.KWESTIE).fitting) == 2


def test_what_is_already_planned_in_lopend_counts(store: Store, team: Team) -> None:
    other = add_client(store, "BUSY", team.bram)  # not due
    queue(store, team, other, Block.LOPEND, 48)
    queue(store, team, other, Block.ACUUT, 30)  # the acute block does not matter
    due = due_clients(store, team, 5)
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG)
    assert proposed(proposals) == due[:2]  # 12 minutes left: two of 5
    assert proposals.also_due == 3


def test_clients_already_on_the_agenda_are_not_proposed(store: Store, team: Team) -> None:
    due = due_clients(store, team, 4)
    queue(store, team, due[0], Block.ACUUT, 5)
    queue(store, team, due[2], Block.LOPEND, 5)
    withdrawn = queue(store, team, due[3], Block.LOPEND, 5)
    items.withdraw_item(store, withdrawn.id, by=team.anna)
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG)
    assert proposed(proposals) == [due[1], due[3]]
    assert proposals.also_due == 0


@pytest.mark.parametrize("planned", [60, 61, 90])
def test_no_room_means_no_proposals(store: Store, team: Team, planned: int) -> None:
    busy = add_client(store, "BUSY", team.bram)
    queue(store, team, busy, Block.LOPEND, planned // 2)
    queue(store, team, busy, Block.LOPEND, planned - planned // 2)
    due_clients(store, team, 3)
    proposals = agenda.propose_evaluations(store, ItemType.MEDEDELING)
    assert proposals.fitting == ()
    assert proposals.also_due == 3


def test_room_smaller_than_one_item(store: Store, team: Team) -> None:
    busy = add_client(store, "BUSY", team.bram)
    queue(store, team, busy, Block.LOPEND, 51)
    due_clients(store, team, 3)
    assert agenda.propose_evaluations(store, ItemType.KWESTIE).fitting == ()
    assert len(agenda.propose_evaluations(store, ItemType.VRAAG).fitting) == 1


def test_a_lopend_budget_of_zero_proposes_nothing(store: Store, team: Team) -> None:
    settings.save(store, dataclasses.replace(DEFAULT, acuut_budget=90, lopend_budget=0))
    due_clients(store, team, 2)
    proposals = agenda.propose_evaluations(store, ItemType.MEDEDELING)
    assert (proposals.fitting, proposals.also_due) == ((), 2)


def test_nobody_due_means_no_proposals(store: Store, team: Team) -> None:
    add_client(store, "FRESH", team.anna, "2026-11-01")
    proposals = agenda.propose_evaluations(store, ItemType.VRAAG)
    assert (proposals.fitting, proposals.also_due) == ((), 0)


# -- accepting proposals ----------------------------------------------------------------
def test_accept_with_the_behandelaar_as_default_presenter(store: Store, team: Team) -> None:
    first = add_client(store, "A", team.anna, "2026-01-01")
    second = add_client(store, "B", team.bram, "2026-02-01")
    already = queue(store, team, add_client(store, "X", team.anna), Block.LOPEND, 10)
    created = agenda.accept_proposals(store, [(first, None), (second, None)], ItemType.VRAAG,
                                      "Doorgaan of afsluiten?", by=team.carol)
    assert [(i.client_id, i.presenter_id) for i in created] == [(first, team.anna),
                                                                (second, team.bram)]
    for i in created:
        assert (i.block, i.type, i.minutes, i.meeting_date) == (Block.LOPEND, ItemType.VRAAG,
                                                                5, NEXT)
        assert i.question == "Doorgaan of afsluiten?"
        assert i.updated_by == "Carol Chen"
    assert [i.id for i in agenda.plan(store).block(Block.LOPEND).items] == [
        already.id, *(i.id for i in created)]
    assert agenda.propose_evaluations(store, ItemType.VRAAG).fitting == ()


def test_accept_one_by_one(store: Store, team: Team) -> None:
    due = due_clients(store, team, 3)
    proposals = agenda.propose_evaluations(store, ItemType.KWESTIE)
    first = proposals.fitting[0].due.client_id
    agenda.accept_proposals(store, [(first, None)], ItemType.KWESTIE, "Hoe verder?",
                            by=team.anna)
    assert proposed(agenda.propose_evaluations(store, ItemType.KWESTIE)) == due[1:]


def test_an_explicit_presenter_overrides_the_behandelaar(store: Store, team: Team) -> None:
    c = add_client(store, "A", team.anna, "2026-01-01")
    (created,) = agenda.accept_proposals(store, [(c, team.carol)], ItemType.MEDEDELING, "",
                                         by=team.anna)
    assert (created.presenter_id, created.presenter) == (team.carol, "Carol Chen")


def nothing_written(store: Store) -> None:
    assert store.query("SELECT count(*) FROM item")[0][0] == 0
    assert store.query("SELECT count(*) FROM item_change")[0][0] == 0
    assert store.query("SELECT count(*) FROM meeting")[0][0] == 0


def test_a_client_without_behandelaar_needs_a_presenter(store: Store, team: Team) -> None:
    fine = add_client(store, "A", team.anna, "2026-01-01")
    orphan = add_client(store, "B", None, "2026-01-01")
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(ValidationError) as info:
        agenda.accept_proposals(store, [(fine, None), (orphan, None)], ItemType.VRAAG, "?",
                                by=team.anna)
    assert [(p.field, p.code) for p in info.value.problems] == [("presenter", Code.REQUIRED)]
    nothing_written(store)  # one transaction: not even the first one
    assert heard == []
    created = agenda.accept_proposals(store, [(fine, None), (orphan, team.bram)],
                                      ItemType.VRAAG, "?", by=team.anna)
    assert [i.presenter_id for i in created] == [team.anna, team.bram]


def test_an_inactive_behandelaar_is_no_default_presenter(store: Store, team: Team) -> None:
    c = add_client(store, "A", team.bram, "2026-01-01")
    members.set_member_active(store, team.bram, False)
    with pytest.raises(ValidationError) as info:
        agenda.accept_proposals(store, [(c, None)], ItemType.VRAAG, "?", by=team.anna)
    assert [(p.field, p.code) for p in info.value.problems] == [("presenter", Code.REQUIRED)]
    nothing_written(store)


def test_a_client_already_on_the_agenda_is_refused(store: Store, team: Team) -> None:
    fine = add_client(store, "A", team.anna, "2026-01-01")
    on_agenda = add_client(store, "B", team.anna, "2026-01-01")
    existing = queue(store, team, on_agenda, Block.ACUUT, 5)
    with pytest.raises(ValidationError) as info:
        agenda.accept_proposals(store, [(fine, None), (on_agenda, None)], ItemType.VRAAG, "?",
                                by=team.anna)
    assert [(p.field, p.code) for p in info.value.problems] == [
        ("client", Code.ALREADY_ON_AGENDA)]
    assert [i.id for i in items.list_items(store, NEXT)] == [existing.id]


def test_the_same_client_twice_in_one_batch_is_refused(store: Store, team: Team) -> None:
    c = add_client(store, "A", team.anna, "2026-01-01")
    with pytest.raises(ValidationError) as info:
        agenda.accept_proposals(store, [(c, None), (c, team.bram)], ItemType.VRAAG, "?",
                                by=team.anna)
    assert [(p.field, p.code) for p in info.value.problems] == [
        ("client", Code.ALREADY_ON_AGENDA)]
    nothing_written(store)


def test_a_vraag_proposal_needs_the_question(store: Store, team: Team) -> None:
    c = add_client(store, "A", team.anna, "2026-01-01")
    with pytest.raises(ValidationError) as info:
        agenda.accept_proposals(store, [(c, None)], ItemType.KWESTIE, "  ", by=team.anna)
    assert [(p.field, p.code) for p in info.value.problems] == [("question", Code.REQUIRED)]
    nothing_written(store)


def test_accept_for_a_later_meeting(store: Store, team: Team) -> None:
    c = add_client(store, "A", team.anna, "2026-01-01")
    (created,) = agenda.accept_proposals(store, [(c, None)], ItemType.MEDEDELING, "",
                                         by=team.anna, date=dt.date(2026, 12, 1))
    assert created.meeting_date == dt.date(2026, 12, 1)
    assert items.list_items(store, NEXT) == []
