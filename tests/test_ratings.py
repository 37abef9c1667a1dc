"""The anonymous end-of-meeting check: answers stored without who or when, averages only."""

from __future__ import annotations

import pytest

from vergadering import clients, items, members, ratings, run
from vergadering.clients import ClientInput
from vergadering.problems import Code, ValidationError
from vergadering.ratings import Question
from vergadering.settings import Block, ItemType


@pytest.fixture
def meeting_id(store, clock):  # type: ignore[no-untyped-def]
    member = members.add_member(store, "Anouk de Vries")
    client = clients.add_client(store, ClientInput("D-1", member.id))
    items.queue_item(store, items.ItemInput(client.id, member.id, ItemType.MEDEDELING,
                                            Block.LOPEND), by=member.id)
    clock.advance(days=1)
    return run.start_meeting(store).id


def test_only_averages_come_back(store, meeting_id) -> None:  # type: ignore[no-untyped-def]
    ratings.submit(store, meeting_id, {Question.STAYED_WITH_QUESTIONS: 8,
                                       Question.TIME_WELL_DIVIDED: 5})
    ratings.submit(store, meeting_id, {Question.STAYED_WITH_QUESTIONS: 6})
    result = ratings.averages(store, meeting_id)
    assert result.respondents == 2
    assert result.per_question == {Question.STAYED_WITH_QUESTIONS: 7.0,
                                   Question.TIME_WELL_DIVIDED: 5.0}
    assert result.overall == 6.0


def test_nothing_identifies_who_answered(store, meeting_id) -> None:  # type: ignore[no-untyped-def]
    ratings.submit(store, meeting_id, {Question.EVERY_ITEM_DECIDED: 9})
    columns = {r[1] for r in store.query("PRAGMA table_info(rating)")}
    assert columns == {"id", "meeting_id", "question", "score"}


@pytest.mark.parametrize("score", [-1, 11, True, "7"])
def test_scores_outside_0_to_10_are_refused(store, meeting_id, score) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        ratings.submit(store, meeting_id, {Question.EVERY_ITEM_DECIDED: score})
    assert info.value.problems[0].code is Code.OUT_OF_RANGE
    assert ratings.averages(store, meeting_id).respondents == 0


def test_an_empty_answer_set_is_refused(store, meeting_id) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        ratings.submit(store, meeting_id, {})


def test_a_meeting_that_has_not_started_cannot_be_rated(store, clock) -> None:  # type: ignore[no-untyped-def]
    from vergadering import meetings, settings

    with store.transaction():
        planned = meetings.ensure(store, meetings.upcoming_date(store, settings.load(store)))
    with pytest.raises(ValidationError) as info:
        ratings.submit(store, planned.id, {Question.EVERY_ITEM_DECIDED: 5})
    assert info.value.problems[0].code is Code.MEETING_NOT_RUNNING
