"""Rule 9: after "toch nemen" the chair's header says what the dialog promised.

Each case plays a meeting on the fake clock, takes the cost the dialog shows
(``Timeline.take_cost`` and its text, ``block_choice_dialog.cost_text``), lets the chair
read it for a while, records the take as the dialog does (``shown_at``) and compares the
header's texts (``chair_text.block_time`` / ``expected_end``) with that promise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from test_run import DAY, Agenda, agenda, decide, start  # noqa: F401 (fixture)

from ui.kit import chair_text
from ui.meeting.block_choice_dialog import cost_text
from vergadering import items, meetings, run
from vergadering import settings as team_settings
from vergadering.settings import Block
from vergadering.timeline import BlockChoice, MeetingState, TakeCost

__all__ = ["agenda"]


def acute_first(a: Agenda) -> None:
    team_settings.save(a.store, replace(team_settings.load(a.store), first_block=Block.ACUUT))


def shown(a: Agenda, item: items.Item) -> tuple[TakeCost, str, dt.datetime]:
    """What the dialog shows when it opens now: the cost, its text and the moment."""
    meeting = meetings.running(a.store)
    assert meeting is not None
    line = run.timeline(a.store, meeting)
    now = a.clock.now()
    cost = line.take_cost(item.id, now)
    return cost, cost_text(item, cost, current=line.current_item() == item.id), now


def header(state: MeetingState) -> dict[str, str]:
    return {**{block.value: chair_text.block_time(state.blocks[block], state)
               for block in Block}, "end": chair_text.expected_end(state)}


def take(a: Agenda, item: items.Item, *, read_for: int = 0) -> tuple[TakeCost, str]:
    """Open the dialog, read it for ``read_for`` seconds, choose "Toch nemen"."""
    cost, text, at = shown(a, item)
    a.clock.advance(seconds=read_for)
    run.choose(a.store, item.id, BlockChoice.TAKE_ANYWAY, shown_at=at)
    return cost, text


def test_partly_from_the_free_time_partly_longer(agenda: Agenda) -> None:
    acute_first(agenda)
    first, late = agenda.queue(Block.ACUUT, 30), agenda.queue(Block.ACUUT, 10)
    agenda.queue(Block.LOPEND, 30)
    agenda.queue(Block.LOPEND, 28)  # 2 of the lopend block's 60 minutes are free
    start(agenda)
    run.start_item(agenda.store, first.id)
    agenda.clock.advance(minutes=30)
    decide(agenda.store, first.id)
    cost, text = take(agenda, late, read_for=40)
    assert text == ("AB-2 krijgt 10 min. 2 min gaan af van de vrije tijd van het blok "
                    "lopend; de vergadering loopt 8 min langer.")
    after = header(agenda.state())
    assert after["lopend"] == "nog 58 min (−2 min voor acuut)"
    assert after["acuut"] == "nog 10 min (+10 min genomen)"
    assert "+8 min" in after["end"] and "‘toch nemen’" in after["end"]


def test_the_other_block_already_over_time(agenda: Agenda) -> None:
    long, waiting = agenda.queue(Block.LOPEND, 60), agenda.queue(Block.LOPEND, 5)
    agenda.queue(Block.ACUUT, 30)  # the acute block's 30 minutes are all needed
    start(agenda)
    run.start_item(agenda.store, long.id)
    agenda.clock.advance(minutes=60)
    run.choose(agenda.store, long.id, BlockChoice.FINISH)
    agenda.clock.advance(minutes=3)  # the lopend block is 3 minutes over time
    decide(agenda.store, long.id)
    cost, text = take(agenda, waiting, read_for=30)
    assert (cost.minutes, cost.over, cost.from_other, cost.extends) == (8, 3, 0, 8)
    assert text == ("AB-2 krijgt 5 min, plus de 3 min die het blok lopend al over tijd "
                    "is. Het blok acuut heeft geen vrije tijd: de vergadering loopt 8 min "
                    "langer.")
    after = header(agenda.state())
    assert after["acuut"] == "nog 30 min"
    assert after["lopend"] == "nog 5 min (+8 min genomen)"
    assert "+8 min" in after["end"] and "‘toch nemen’" in after["end"]


def test_the_item_under_discussion_taken_twice_while_the_chair_reads(
        agenda: Agenda) -> None:
    acute_first(agenda)
    long = agenda.queue(Block.ACUUT, 40)  # 10 minutes longer than the acute block
    agenda.queue(Block.LOPEND, 40)  # 20 of the lopend block's minutes are free
    start(agenda)
    run.start_item(agenda.store, long.id)
    agenda.clock.advance(minutes=30)
    assert agenda.state().block_time_up is Block.ACUUT
    # The chair reads the dialog for a minute and a half while the talk goes on: the
    # take is the 10 minutes shown, not the 11 a recount at the click would give.
    cost, text = take(agenda, long, read_for=90)
    assert text == ("AB-1 krijgt nog 10 min. Die 10 min gaan af van de vrije tijd van het "
                    "blok lopend; de vergadering loopt niet uit.")
    after = header(agenda.state())
    assert after["lopend"] == "nog 50 min (−10 min voor acuut)"
    assert after["acuut"] == "nog 9 min (+10 min genomen)"  # 8½ of the 10 left
    assert after["end"].endswith("op tijd")
    # Its minutes used: asked again, and taken again.
    agenda.clock.advance(seconds=8 * 60 + 30)
    assert agenda.state().block_time_up is Block.ACUUT
    cost, text = take(agenda, long, read_for=20)
    assert text == ("AB-1 krijgt nog 1 min. Die 1 min gaat af van de vrije tijd van het "
                    "blok lopend; de vergadering loopt niet uit.")
    assert header(agenda.state())["lopend"] == "nog 49 min (−11 min voor acuut)"


def test_a_recount_at_the_click_would_differ(agenda: Agenda) -> None:
    """Why the dialog passes ``shown_at``: counted again when the chair clicks, the same
    case gives a minute more than the dialog said."""
    acute_first(agenda)
    long = agenda.queue(Block.ACUUT, 40)
    agenda.queue(Block.LOPEND, 40)
    start(agenda)
    run.start_item(agenda.store, long.id)
    agenda.clock.advance(minutes=30)
    cost, _text, _at = shown(agenda, long)
    agenda.clock.advance(seconds=90)
    run.choose(agenda.store, long.id, BlockChoice.TAKE_ANYWAY)  # no shown_at
    assert cost.from_other == 10
    assert header(agenda.state())["lopend"] == "nog 49 min (−11 min voor acuut)"


def test_a_later_log_entry_counts_the_cost_now(agenda: Agenda) -> None:
    """Something logged after the dialog opened (a bell, on this or another computer):
    the cost shown no longer describes the meeting, so it is counted at the click."""
    acute_first(agenda)
    long = agenda.queue(Block.ACUUT, 40)
    agenda.queue(Block.LOPEND, 40)
    start(agenda)
    run.start_item(agenda.store, long.id)
    agenda.clock.advance(minutes=30)
    _cost, _text, at = shown(agenda, long)
    agenda.clock.advance(seconds=90)
    run.ring_bell(agenda.store)
    run.choose(agenda.store, long.id, BlockChoice.TAKE_ANYWAY, shown_at=at)
    assert header(agenda.state())["lopend"] == "nog 49 min (−11 min voor acuut)"


def test_a_take_after_the_lopend_block_started(agenda: Agenda) -> None:
    """The lopend item under discussion needs the rest of its time: that is not free."""
    acute_first(agenda)
    first, late = agenda.queue(Block.ACUUT, 30), agenda.queue(Block.ACUUT, 10)
    talking = agenda.queue(Block.LOPEND, 20)
    agenda.queue(Block.LOPEND, 20)
    last = agenda.queue(Block.LOPEND, 15)  # 55 of 60 minutes: 5 free
    start(agenda)
    run.start_item(agenda.store, first.id)
    agenda.clock.advance(minutes=30)
    decide(agenda.store, first.id)
    run.start_item(agenda.store, talking.id)  # the late acute item waits
    agenda.clock.advance(minutes=5)
    cost, text = take(agenda, late, read_for=60)
    # Before, the 15 minutes the item under discussion still needs counted as free: all
    # 10 came from the lopend block and the last evaluation no longer fitted.
    assert (cost.from_other, cost.extends, cost.would_not_fit) == (5, 5, (last.id,))
    assert text == ("AB-2 krijgt 10 min. 5 min gaan af van de vrije tijd van het blok "
                    "lopend; de vergadering loopt 5 min langer.")
    state = agenda.state()
    after = header(state)
    assert after["lopend"] == "nog 49 min (−5 min voor acuut)"  # 6 of 60 talked
    assert after["acuut"] == "nog 10 min (+10 min genomen)"
    assert "+5 min" in after["end"] and "‘toch nemen’" in after["end"]
    # As promised, the waiting evaluations keep their time.
    assert not any(u.probably_not_reached for u in state.upcoming)


@pytest.mark.parametrize("read_for", [0, 59, 61, 150])
def test_the_header_follows_the_promise_whatever_the_reading_time(
        agenda: Agenda, read_for: int) -> None:
    acute_first(agenda)
    long = agenda.queue(Block.ACUUT, 37)
    agenda.queue(Block.LOPEND, 52)  # 8 free
    start(agenda)
    run.start_item(agenda.store, long.id)
    agenda.clock.advance(minutes=30, seconds=20)  # 20 s over
    cost, _text = take(agenda, long, read_for=read_for)
    assert (cost.minutes, cost.over, cost.from_other, cost.extends) == (8, 1, 8, 0)
    assert header(agenda.state())["lopend"] == "nog 52 min (−8 min voor acuut)"
