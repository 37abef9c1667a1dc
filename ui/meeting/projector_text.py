"""The projector's words for times: countdowns, block time, the expected end."""

from __future__ import annotations

import math

from vergadering.settings import Block
from vergadering.timeline import BlockClock, ItemClock, MeetingState, Phase

from ..i18n import fill, tr
from ..kit import words
from ..kit.words import block_label


def countdown(seconds: float) -> str:
    """``07:32`` while time is left (rounded up, so 00:00 is the moment time is up),
    ``+01:23`` on overrun."""
    if seconds > 0:
        whole = math.ceil(seconds)
        return f"{whole // 60:02d}:{whole % 60:02d}"
    over = math.floor(-seconds)
    return f"+{over // 60:02d}:{over % 60:02d}"


def phase_words(clock: ItemClock, paused: bool) -> str:
    """The words above the countdown, so the phase reads without colour."""
    if paused:
        if clock.phase is Phase.OVERRUN:
            return tr("gepauzeerd — over tijd")
        return tr("gepauzeerd")
    if clock.phase is Phase.OVERRUN:
        return tr("over tijd")
    if clock.phase is Phase.AMBER:
        return tr("nog — afronden")
    return tr("nog")


def minutes(seconds: float) -> str:
    whole = max(1, math.ceil(abs(seconds) / 60))
    return fill(tr("%1 min"), whole)


def block_time(clock: BlockClock, *, named: bool) -> str:
    """``Blok lopend: nog 42 min`` or ``Blok acuut: 3 min over tijd``; without the
    block's name in privacy mode."""
    if clock.spent:
        text = fill(tr("%1 over tijd"), minutes(clock.remaining))
    else:
        text = fill(tr("nog %1"), minutes(clock.remaining))
    if named:
        return fill(tr("Blok %1: %2"), block_label(clock.block), text)
    return fill(tr("Blok: %1"), text)


def charged(state: MeetingState) -> str:
    """``lopend −8 min voor acuut`` when an item was taken anyway with time of the other
    block (rule 9: taken visibly)."""
    parts = []
    for seconds, giver, taker in ((state.charged_to_lopend, Block.LOPEND, Block.ACUUT),
                                  (state.charged_to_acuut, Block.ACUUT, Block.LOPEND)):
        if seconds > 0:
            parts.append(fill(tr("%1 −%2 voor %3"), block_label(giver), minutes(seconds),
                              block_label(taker)))
    return " · ".join(parts)


def expected_end(state: MeetingState) -> str:
    """``verwacht einde 10:42 — 12 min uitloop`` or ``verwacht einde 10:25 — op tijd``;
    minutes added by "toch nemen" count as uitloop too (the room sees the real end)."""
    when = words.clock_time(state.expected_end)
    late = state.late_by + state.extended
    if late >= 60:
        return fill(tr("verwacht einde %1 — %2 uitloop"), when, minutes(late))
    return fill(tr("verwacht einde %1 — op tijd"), when)

