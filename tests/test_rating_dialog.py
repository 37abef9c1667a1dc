"""The anonymous procescheck after the meeting: answers stored, averages from three on."""

from __future__ import annotations

import pytest

from ui.kit.rating_dialog import RatingDialog
from vergadering import clients, items, members, ratings, run
from vergadering.clients import ClientInput
from vergadering.ratings import Question
from vergadering.settings import Block, ItemType


@pytest.fixture
def meeting_id(store, clock):  # type: ignore[no-untyped-def]
    member = members.add_member(store, "Anouk de Vries")
    client = clients.add_client(store, ClientInput("D-1", member.id))
    items.queue_item(store, items.ItemInput(client.id, member.id, ItemType.MEDEDELING,
                                            Block.LOPEND), by=member.id)
    clock.advance(days=1)
    meeting = run.start_meeting(store)
    run.close_meeting(store)
    return meeting.id


def test_each_person_submits_and_averages_appear_from_three(qtbot, store, meeting_id) -> None:  # type: ignore[no-untyped-def]
    dialog = RatingDialog(store, meeting_id)
    qtbot.addWidget(dialog)
    for score in (6, 8):
        dialog.sliders[Question.TIME_WELL_DIVIDED].setValue(score)
        assert dialog.submit()
        assert "gemiddelden verschijnen vanaf drie" in dialog.averages.text()
        assert dialog.sliders[Question.TIME_WELL_DIVIDED].value() == 5  # fresh for the next
    for question in Question:
        dialog.skips[question].setChecked(question is not Question.TIME_WELL_DIVIDED)
    dialog.sliders[Question.TIME_WELL_DIVIDED].setValue(10)
    assert dialog.submit()
    result = ratings.averages(store, meeting_id)
    assert result.respondents == 3
    assert result.per_question[Question.TIME_WELL_DIVIDED] == 8.0
    assert "3 invullers" in dialog.averages.text()


def test_skipping_every_question_is_refused_and_nothing_stored(qtbot, store, meeting_id) -> None:  # type: ignore[no-untyped-def]
    dialog = RatingDialog(store, meeting_id)
    qtbot.addWidget(dialog)
    for skip in dialog.skips.values():
        skip.setChecked(True)
    assert not dialog.submit()
    assert dialog.message.text()
    assert ratings.averages(store, meeting_id).respondents == 0


def test_the_chair_is_offered_the_check_after_closing(qtbot, store, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.kit import widgets
    from ui.meeting.chair import MeetingPage

    member = members.add_member(store, "Anouk de Vries")
    client = clients.add_client(store, ClientInput("D-1", member.id))
    items.queue_item(store, items.ItemInput(client.id, member.id, ItemType.MEDEDELING,
                                            Block.LOPEND), by=member.id)
    clock.advance(days=1)
    run.start_meeting(store)
    page = MeetingPage(store)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(widgets, "confirm", lambda *a, **k: True)
    assert page.close_meeting()
    assert page.before.rating_button.isVisibleTo(page)
    asked: list[int] = []
    monkeypatch.setattr(RatingDialog, "ask", classmethod(
        lambda cls, store, meeting_id, parent=None: asked.append(meeting_id)))
    page.before.rating_button.click()
    assert len(asked) == 1
