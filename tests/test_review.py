"""The meeting review: every figure of a scripted meeting, checked exactly.

Three Tuesdays: 17 November (one decision, one afsluiten, one item carried over),
24 November (the meeting under review: extensions, a pause, bells with and without a
reason, a hamerstuk, skips and deferrals before and after the start, every acute choice,
closing late) and 1 December (a later decision that overwrites a client's dates).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from vergadering import clients, decisions, figures, items, meetings, members, review, run
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.consultations import ConsultationInput
from vergadering.decisions import DecisionInput
from vergadering.follow_up import CarriedOut, FollowUpInput
from vergadering.items import DecisionKind, Item, ItemInput
from vergadering.problems import ValidationError
from vergadering.review import ItemReview, MeetingReview, ReviewOutcome
from vergadering.settings import Block, ItemType
from vergadering.store import Store, open_memory
from vergadering.timeline import BellReason, BlockChoice, EventKind

BEFORE = dt.date(2026, 11, 17)
DAY = dt.date(2026, 11, 24)  # the meeting under review
NEXT = dt.date(2026, 12, 1)
ACUUT, LOPEND = Block.ACUUT, Block.LOPEND
KWESTIE, VRAAG, MEDEDELING = ItemType.KWESTIE, ItemType.VRAAG, ItemType.MEDEDELING
DECIDED, DEFERRED, SKIPPED = ReviewOutcome.DECIDED, ReviewOutcome.DEFERRED, ReviewOutcome.SKIPPED
CONSULTATION, NOT_REACHED = ReviewOutcome.CONSULTATION, ReviewOutcome.NOT_REACHED


@dataclass
class Team:
    store: Store
    clock: FakeClock
    anna: int
    ids: dict[str, int]

    def queue(self, key: str, block: Block, minutes: int, item_type: ItemType = KWESTIE, *,
              date: dt.date = DAY, proposed: DecisionKind | None = None, care: str = "",
              last: str = "", next_evaluation: str = "") -> Item:
        """Item ``key`` for a new client ``key`` with the given (imported) dates."""
        client = clients.add_client(self.store, ClientInput(
            key, self.anna, care_start=care, last_evaluation=last,
            next_evaluation=next_evaluation)).id
        question = "" if item_type is MEDEDELING else "Wat is de koers?"
        item = items.queue_item(self.store, ItemInput(
            client, self.anna, item_type, block, question, "", minutes, proposed),
            by=self.anna, meeting_date=date)
        self.ids[key] = item.id
        return item

    def at(self, day: dt.date, time: str) -> None:
        self.clock.set(dt.datetime.combine(day, dt.time.fromisoformat(time)))

    def decide(self, key: str, next_evaluation: dt.date | None = None,
               kind: DecisionKind = DecisionKind.DOORGAAN) -> None:
        on = self.clock.today()
        client = items.get(self.store, self.ids[key]).client_id
        due = decisions.follow_up_due(self.store, client)  # rule 12
        decisions.record_decision(self.store, self.ids[key], DecisionInput(
            kind, next_evaluation or on + dt.timedelta(days=90),
            koers="Zo doorgaan" if kind is DecisionKind.DOORGAAN else "",
            closes_client_id=client,
            follow_up=FollowUpInput(CarriedOut.FULLY) if due else None))


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    clock.set(dt.datetime(2026, 7, 1, 12, 0))  # clients are added on 1 July
    return Team(store, clock, members.add_member(store, "Anna de Vries").id, {})


def hold_the_week_before(team: Team) -> None:
    """17 Nov: P gets a next evaluation on 20 Nov, K is closed, X is not reached."""
    team.queue("P", LOPEND, 5, VRAAG, date=BEFORE, last="2026-01-01")
    team.queue("K", LOPEND, 5, VRAAG, date=BEFORE, care="2024-01-01")
    team.queue("X", LOPEND, 10, date=BEFORE, care="2025-01-01")
    team.at(BEFORE, "09:00")
    run.start_meeting(team.store, BEFORE)
    run.start_item(team.store, team.ids["P"])
    team.decide("P", dt.date(2026, 11, 20))
    run.start_item(team.store, team.ids["K"])
    team.decide("K", kind=DecisionKind.AFSLUITEN)
    team.at(BEFORE, "10:30")
    assert run.close_meeting(team.store) == 1  # X, to the 24th


def plan_the_meeting(team: Team) -> None:
    """Lopend first (the team's default order), then acuut. Dates make L1, L3, L4, L7,
    X, A2 and P due by the 24th (rule 5, horizon 6 months)."""
    team.at(dt.date(2026, 7, 1), "12:00")
    team.queue("L1", LOPEND, 10, last="2026-05-01", care="2025-01-01")
    team.queue("L2", LOPEND, 5, VRAAG)  # added 1 July: due 1 January
    team.queue("L3", LOPEND, 2, MEDEDELING, proposed=DecisionKind.DOORGAAN,
               care="2025-06-01", next_evaluation="2026-11-24")
    team.queue("L4", LOPEND, 10, last="2026-05-24")  # due on the day itself
    team.queue("L5", LOPEND, 5, VRAAG, last="2026-05-25")  # due the day after
    team.queue("L6", LOPEND, 5, VRAAG)
    team.queue("L7", LOPEND, 10, next_evaluation="2026-11-01")
    team.queue("L8", LOPEND, 10)
    team.queue("A1", ACUUT, 15)
    team.queue("A2", ACUUT, 10, VRAAG, care="2024-01-01")
    team.queue("A3", ACUUT, 5, VRAAG)
    team.queue("A4", ACUUT, 5, VRAAG)
    team.queue("A5", ACUUT, 10)
    team.queue("A6", ACUUT, 5, VRAAG)


def hold_the_meeting(team: Team) -> None:
    s, ids = team.store, team.ids
    team.at(DAY, "09:02")  # two minutes late
    run.start_meeting(s, DAY)
    # L1: 10 + 5 minutes, talked 17: 2 minutes over. Two rings, one with a reason.
    run.start_item(s, ids["L1"])
    run.extend(s, 5)
    run.ring_bell(s, BellReason.LONG_STORY)
    run.ring_bell(s)
    team.at(DAY, "09:19")
    team.decide("L1")
    # L2: 2 minutes, a 3-minute pause, 2 more; the ring's chip is chosen afterwards.
    run.start_item(s, ids["L2"])
    run.ring_bell(s)
    run.set_bell_reason(s, BellReason.NEW_POINT)
    team.at(DAY, "09:21")
    run.pause(s)
    team.at(DAY, "09:24")
    run.resume(s)
    team.at(DAY, "09:26")
    team.decide("L2")
    # L3: a hamerstuk, no time.
    run.start_item(s, ids["L3"])
    decisions.confirm_hamerstuk(s, ids["L3"], koers="Zo doorgaan")
    # L4: 6 minutes, then skipped.
    run.start_item(s, ids["L4"])
    team.at(DAY, "09:32")
    run.skip_item(s, ids["L4"])
    # L5 deferred and L6 skipped without being started.
    run.defer_item(s, ids["L5"])
    run.skip_item(s, ids["L6"])
    # L7: 6 minutes and a ring, then deferred.
    run.start_item(s, ids["L7"])
    run.ring_bell(s, BellReason.DOES_NOT_CONNECT)
    team.at(DAY, "09:38")
    run.defer_item(s, ids["L7"])
    # X (carried over from the 17th): 8 of 10 minutes. L8 is not reached.
    run.start_item(s, ids["X"])
    team.at(DAY, "09:46")
    team.decide("X")
    # A1: 15 + 3 minutes, talked 20: 2 over. A2: 10 minutes: the acute block is spent.
    run.start_item(s, ids["A1"])
    run.extend(s, 3)
    run.ring_bell(s, BellReason.NO_DECISION)
    team.at(DAY, "10:06")
    team.decide("A1")
    run.start_item(s, ids["A2"])
    team.at(DAY, "10:16")
    team.decide("A2")
    # The chair's three choices; A5 takes 12 minutes of the lopend block. A6 not reached.
    run.choose(s, ids["A3"], BlockChoice.DEFER)
    run.choose(s, ids["A4"], BlockChoice.CONSULTATION,
               consultation=ConsultationInput(team.anna, DAY + dt.timedelta(days=7)))
    run.choose(s, ids["A5"], BlockChoice.TAKE_ANYWAY)
    run.start_item(s, ids["A5"])
    team.at(DAY, "10:28")
    team.decide("A5")
    run.ring_bell(s, BellReason.LONG_STORY)  # between items: counted for the meeting
    team.at(DAY, "10:40")  # ten minutes past the scheduled end
    meeting = meetings.running(s)
    assert meeting is not None
    assert [i.id for i in run.unreached_acute(s, meeting)] == [ids["A6"]]
    assert run.close_meeting(s, {ids["A6"]: run.UnreachedChoice(run.Unreached.NEXT_MEETING)}
                             ) == 4  # L4, L6 (skipped), L8, A6 (not reached)


def after_the_meeting(team: Team) -> None:
    """Next week's planning edits a deferred item; a client added later; P decided again."""
    s = team.store
    team.at(DAY, "11:00")
    l5 = items.get(s, team.ids["L5"])
    items.update_item(s, l5.id, ItemInput(
        l5.client_id, l5.presenter_id, KWESTIE, ACUUT, "Wat is de koers?", "", 8, None),
        by=team.anna, expected_version=l5.version)
    team.at(dt.date(2026, 11, 25), "12:00")
    # Added to the app after the meeting: in care since 2024 counts (due), NEW does not.
    clients.add_client(s, ClientInput("LATE", care_start="2024-01-01"))
    clients.add_client(s, ClientInput("NEW"))
    team.queue("P2", LOPEND, 5, VRAAG, date=NEXT)
    p2 = items.get(s, team.ids["P2"])
    p = items.get(s, team.ids["P"])
    items.update_item(s, p2.id, ItemInput(p.client_id, team.anna, VRAAG, LOPEND,
                                          "Wat is de koers?", "", 5, None),
                      by=team.anna, expected_version=p2.version)
    team.at(NEXT, "09:00")
    run.start_meeting(s, NEXT)
    run.start_item(s, p2.id)
    team.decide("P2", dt.date(2027, 3, 1))
    team.at(NEXT, "10:30")
    meeting = meetings.running(s)
    assert meeting is not None
    run.close_meeting(s, {i.id: run.UnreachedChoice(run.Unreached.NEXT_MEETING)
                          for i in run.unreached_acute(s, meeting)})


@pytest.fixture
def reviewed(team: Team) -> tuple[Team, MeetingReview]:
    hold_the_week_before(team)
    plan_the_meeting(team)
    hold_the_meeting(team)
    after_the_meeting(team)
    result = review.review(team.store, DAY)
    assert result is not None
    return team, result


def row(result: MeetingReview, ids: dict[str, int], key: str) -> ItemReview:
    (found,) = [r for r in result.items if r.item_id == ids[key]]
    return found


def test_the_meeting_as_a_whole(reviewed: tuple[Team, MeetingReview]) -> None:
    team, result = reviewed
    at = dt.datetime.combine
    assert (result.date, result.closed) == (DAY, True)
    assert result.started_at == at(DAY, dt.time(9, 2))
    assert result.ended_at == at(DAY, dt.time(10, 40))
    assert result.scheduled_start == at(DAY, dt.time(9, 0))
    # A5 taken anyway needed one minute more than the lopend block had free (9 of its
    # 10): the meeting was extended by that minute, visibly (rule 9).
    assert result.scheduled_end == at(DAY, dt.time(10, 31))
    assert result.late_by == 9 * 60


def test_per_item(reviewed: tuple[Team, MeetingReview]) -> None:
    team, result = reviewed
    name = {item_id: key for key, item_id in team.ids.items()}
    # Agenda order at the start: lopend then acuut, by position — also for the items
    # that have since moved to later meetings. X, carried over, came first.
    assert [name[r.item_id] for r in result.items] == [
        "X", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8",
        "A1", "A2", "A3", "A4", "A5", "A6"]
    table = {name[r.item_id]: (
        r.client_reference, r.type, r.block, r.planned_minutes, r.started, r.hamerstuk,
        r.actual_seconds, r.extensions, r.extension_minutes, r.overrun_seconds, r.bells,
        r.bell_reasons, r.outcome, r.acute_choice, r.charged_to_lopend, r.carried_over)
        for r in result.items}
    long, new, off, none = (BellReason.LONG_STORY, BellReason.NEW_POINT,
                            BellReason.DOES_NOT_CONNECT, BellReason.NO_DECISION)
    assert table == {
        "L1": ("L1", KWESTIE, LOPEND, 10, True, False, 17 * 60, 1, 5, 2 * 60, 2,
               (long, None), DECIDED, None, False, 0),
        "L2": ("L2", VRAAG, LOPEND, 5, True, False, 4 * 60, 0, 0, 0, 1, (new,), DECIDED,
               None, False, 0),
        "L3": ("L3", MEDEDELING, LOPEND, 2, True, True, 0, 0, 0, 0, 0, (), DECIDED, None,
               False, 0),
        "L4": ("L4", KWESTIE, LOPEND, 10, True, False, 6 * 60, 0, 0, 0, 0, (), SKIPPED,
               None, False, 0),
        # Edited on next week's agenda to an acute kwestie of 8 minutes: shown as it was.
        "L5": ("L5", VRAAG, LOPEND, 5, False, False, 0, 0, 0, 0, 0, (), DEFERRED, None,
               False, 0),
        "L6": ("L6", VRAAG, LOPEND, 5, False, False, 0, 0, 0, 0, 0, (), SKIPPED, None,
               False, 0),
        "L7": ("L7", KWESTIE, LOPEND, 10, True, False, 6 * 60, 0, 0, 0, 1, (off,), DEFERRED,
               None, False, 0),
        "L8": ("L8", KWESTIE, LOPEND, 10, False, False, 0, 0, 0, 0, 0, (), NOT_REACHED,
               None, False, 0),
        "X": ("X", KWESTIE, LOPEND, 10, True, False, 8 * 60, 0, 0, 0, 0, (), DECIDED, None,
              False, 1),
        "A1": ("A1", KWESTIE, ACUUT, 15, True, False, 20 * 60, 1, 3, 2 * 60, 1, (none,),
               DECIDED, None, False, 0),
        "A2": ("A2", VRAAG, ACUUT, 10, True, False, 10 * 60, 0, 0, 0, 0, (), DECIDED, None,
               False, 0),
        "A3": ("A3", VRAAG, ACUUT, 5, False, False, 0, 0, 0, 0, 0, (), DEFERRED,
               BlockChoice.DEFER, False, 0),
        "A4": ("A4", VRAAG, ACUUT, 5, False, False, 0, 0, 0, 0, 0, (), CONSULTATION,
               BlockChoice.CONSULTATION, False, 0),
        "A5": ("A5", KWESTIE, ACUUT, 10, True, False, 12 * 60, 0, 0, 2 * 60, 0, (),
               DECIDED, BlockChoice.TAKE_ANYWAY, True, 0),
        "A6": ("A6", VRAAG, ACUUT, 5, False, False, 0, 0, 0, 0, 0, (), NOT_REACHED, None,
               False, 0),
    }
    # Carried over again at the close: the review still counts the carries before it.
    assert items.get(team.store, team.ids["L4"]).carried_over == 2  # 24 Nov, 1 Dec


def test_per_block(reviewed: tuple[Team, MeetingReview]) -> None:
    _, result = reviewed
    lopend, acuut = result.blocks[LOPEND], result.blocks[ACUUT]
    assert (lopend.budget_minutes, lopend.planned_minutes, lopend.actual_seconds,
            lopend.items, lopend.discussed) == (60, 67, (17 + 4 + 6 + 6 + 8) * 60, 9, 6)
    # A5 was taken anyway: its talk counts in the acute block, which was given 9 minutes
    # of the lopend block's free time (L8's 10 minutes stayed reserved) and one of the
    # meeting's.
    assert (acuut.budget_minutes, acuut.planned_minutes, acuut.actual_seconds,
            acuut.items, acuut.discussed) == (30, 50, (20 + 10 + 12) * 60, 6, 3)
    assert result.charged_to_lopend == 9 * 60


def test_totals(reviewed: tuple[Team, MeetingReview]) -> None:
    _, result = reviewed
    assert (result.overruns, result.overrun_seconds, result.overrun_minutes) == (3, 360, 6)
    assert (result.extensions, result.extension_minutes) == (2, 8)
    assert result.acute_choices == {BlockChoice.DEFER: 1, BlockChoice.CONSULTATION: 1,
                                    BlockChoice.TAKE_ANYWAY: 1, BlockChoice.FINISH: 0}
    assert result.outcomes == {DECIDED: 7, DEFERRED: 3, SKIPPED: 2, CONSULTATION: 1,
                               NOT_REACHED: 2, ReviewOutcome.IN_PROGRESS: 0,
                               ReviewOutcome.WITHDRAWN: 0}
    assert (result.carried_to_next, result.deferred_to_next) == (4, 3)
    assert result.bells == 6
    assert result.bells_by_reason == {
        BellReason.LONG_STORY: 2, BellReason.DOES_NOT_CONNECT: 1, BellReason.NEW_POINT: 1,
        BellReason.NO_DECISION: 1}
    assert result.bells_without_reason == 1
    # Decided, against L4 (skipped) and L7 (deferred) after their start; L5, L6 and A3
    # were never discussed and A4 went to a consultation.
    assert (result.decided, result.decided_share) == (7, 7 / 9)


def test_evaluations_done_and_toe_en_besproken(reviewed: tuple[Team, MeetingReview]) -> None:
    _, result = reviewed
    # Done: the lopend decisions L1, L2, L3 (hamerstuk) and X.
    # Toe (docs/figures.md): due before the next meeting (by 30 November), with the dates
    # from before the 24th: L1 and X (since their start of care: their imported dates
    # were overwritten by the decision), L3 (start of care), L4 (on the day), L5 (the
    # 25th), L7 (agreed date), A2 (start of care), P (its 17 November decision, though
    # the 1 December one moved its dates on) and LATE (in care since 2024, added to the
    # app later). Not due: K (closed), NEW (not in care yet) and the rest.
    # Besproken: of those, L1, L3, X and A2 (an acute decision) got a decision; L2's
    # client was not due.
    assert result.evaluations_done == 4
    assert result.due_and_discussed == figures.DueAndDiscussed(due=9, discussed=4)
    assert result.due_and_discussed.share == pytest.approx(4 / 9)


def test_a_running_meeting(team: Team) -> None:
    plan_the_meeting(team)
    s, ids = team.store, team.ids
    assert review.review(s, DAY) is None  # not started
    assert review.review(s, dt.date(2026, 11, 10)) is None  # no meeting
    team.at(DAY, "09:00")
    run.start_meeting(s, DAY)
    run.start_item(s, ids["L1"])
    team.at(DAY, "09:25")
    run.skip_item(s, ids["L2"])
    result = review.review(s, DAY)
    assert result is not None
    assert (result.closed, result.ended_at) == (False, None)
    # Expected: 09:25 plus the 92 minutes of the items still waiting, against 10:30.
    assert result.late_by == 27 * 60
    l1, l2 = row(result, ids, "L1"), row(result, ids, "L2")
    assert (l1.outcome, l1.actual_seconds, l1.overrun_seconds) == (
        ReviewOutcome.IN_PROGRESS, 25 * 60, 15 * 60)
    assert l2.outcome is SKIPPED
    assert result.carried_to_next == 13  # what the close would carry: all but L1
    # No decisions yet: the stored dates hold. L1, L3, L4, L5, L7 and A2 are due before
    # the next meeting; none has a decision yet.
    assert result.evaluations_done == 0
    assert result.due_and_discussed == figures.DueAndDiscussed(due=6, discussed=0)
    assert result.decided_share is None
    assert review.reviews(s, dt.date(2026, 1, 1)) == []  # closed meetings only


def test_reviews_since_a_date_oldest_first(reviewed: tuple[Team, MeetingReview]) -> None:
    team, result = reviewed
    assert [r.date for r in review.reviews(team.store, BEFORE)] == [BEFORE, DAY, NEXT]
    since = review.reviews(team.store, dt.date(2026, 11, 18))
    assert [r.date for r in since] == [DAY, NEXT]
    assert since[0] == result
    before = review.reviews(team.store, BEFORE)[0]
    assert [(r.client_reference, r.outcome) for r in before.items] == [
        ("P", DECIDED), ("K", DECIDED), ("X", NOT_REACHED)]


# -- any meeting: the review adds up ----------------------------------------------------
ACTIONS = st.lists(st.tuples(
    st.sampled_from(["wait", "start", "decide", "skip", "defer", "extend", "bell", "pause",
                     "resume", "defer_acute", "consultation", "anyway"]),
    st.integers(0, 5), st.integers(1, 12), st.sampled_from([None, *BellReason])),
    max_size=40)


@hsettings(max_examples=40, deadline=None)
@given(actions=ACTIONS)
def test_any_meeting_adds_up(actions: list[tuple[str, int, int, BellReason | None]]) -> None:
    """Whatever the chair does, every item on the agenda at the start is reviewed as it
    was planned, with one outcome; item times add up to the blocks, rings to the total,
    decisions to the stored ones, and the carried-over count to what the close moved."""
    clock = FakeClock(dt.datetime(2026, 7, 1, 12, 0))
    store = open_memory(clock)
    try:
        team = Team(store, clock, members.add_member(store, "Anna de Vries").id, {})
        planned = [team.queue(f"C{n}", block, minutes, VRAAG) for n, (block, minutes) in
                   enumerate([(LOPEND, 5), (LOPEND, 10), (ACUUT, 5), (ACUUT, 10),
                              (LOPEND, 2), (ACUUT, 15)])]
        team.at(DAY, "09:00")
        meeting = run.start_meeting(store, DAY)
        choices = {"defer_acute": BlockChoice.DEFER, "consultation": BlockChoice.CONSULTATION,
                   "anyway": BlockChoice.TAKE_ANYWAY}
        for action, pick, minutes, reason in actions:
            item_id = planned[pick].id
            try:
                if action == "wait":
                    clock.advance(minutes=minutes)
                elif action == "start":
                    run.start_item(store, item_id)
                elif action == "decide":
                    team.ids["x"] = item_id
                    team.decide("x")
                elif action == "skip":
                    run.skip_item(store, item_id)
                elif action == "defer":
                    run.defer_item(store, item_id)
                elif action == "extend":
                    run.extend(store, minutes)
                elif action == "bell":
                    run.ring_bell(store, reason)
                elif action == "pause":
                    run.pause(store)
                elif action == "resume":
                    run.resume(store)
                else:
                    run.choose(store, item_id, choices[action])
            except ValidationError:
                pass
        current = run.timeline(store, meeting).current_item()
        if current is not None:
            run.skip_item(store, current)
        moved = run.close_meeting(store, {
            i.id: run.UnreachedChoice(run.Unreached.NEXT_MEETING)
            for i in run.unreached_acute(store, meeting)})

        result = review.review(store, DAY)
        assert result is not None and review.reviews(store, DAY) == [result]
        assert [(r.item_id, r.block, r.planned_minutes, r.type, r.carried_over)
                for r in sorted(result.items, key=lambda r: r.item_id)] == [
            (i.id, i.block, i.minutes, i.type, 0) for i in planned]
        assert sum(result.outcomes.values()) == len(planned)
        assert result.outcomes[ReviewOutcome.IN_PROGRESS] == 0
        assert result.carried_to_next == moved
        for block in Block:
            talk = sum(r.actual_seconds for r in result.items
                       if r.block is block and not r.charged_to_lopend)
            assert talk == result.blocks[block].actual_seconds
            assert result.blocks[block].planned_minutes == sum(
                i.minutes for i in planned if i.block is block)
        assert sum(r.actual_seconds for r in result.items
                   if r.charged_to_lopend) == result.charged_to_lopend
        between = sum(1 for e in run.events(store, meeting.id)
                      if e.kind is EventKind.BELL and e.item_id is None)
        assert sum(r.bells for r in result.items) + between == result.bells
        assert sum(len(r.bell_reasons) for r in result.items) + between == result.bells
        assert sum(result.bells_by_reason.values()) + result.bells_without_reason == \
            result.bells
        # A decision may also be recorded for an item never started.
        assert result.decided == len(decisions.for_meeting(store, meeting.id))
        assert result.extension_minutes == sum(r.extension_minutes for r in result.items)
        for r in result.items:
            assert r.overrun_seconds == max(
                0, r.actual_seconds - 60 * (r.planned_minutes + r.extension_minutes))
            assert r.started or r.actual_seconds == 0
    finally:
        store.close()
