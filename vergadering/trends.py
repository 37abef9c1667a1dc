"""Trends over the closed meetings of a period: the share *binnen de termijn* as each
meeting's day ended (:func:`vergadering.figures.within_term`), minutes spent on acuut
against lopend, overruns, bells, the average procescheck rating and the follow-through
(:mod:`vergadering.follow_through`) — one point per meeting, oldest first. Pure data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import figures, follow_through, ratings, review
from . import settings as team_settings
from .figures import WithinTerm
from .follow_through import MeetingFollowThrough
from .settings import Block
from .store import Store


@dataclass(frozen=True)
class TrendPoint:
    date: dt.date
    within: WithinTerm  # binnen de termijn as the meeting's day ended
    acuut_minutes: float  # acute talk, including acute items taken at the cost of lopend
    lopend_minutes: float
    overruns: int  # items that ran over their estimate plus extensions
    overrun_minutes: float
    bells: int
    rating: float | None  # overall average; None with fewer than MIN_RESPONDENTS_SHOWN
    respondents: int
    follow_through: MeetingFollowThrough  # docs/figures.md "Opvolging", of this meeting


def trends(store: Store, since: dt.date) -> list[TrendPoint]:
    """One point per closed meeting on or after ``since``, oldest first."""
    points = []
    held = review.closed_since(store, since)
    both = figures.meeting_figures(store, held, team_settings.load(store))
    reviewed = review.reviews_of(store, held, {meeting_id: f.due_and_discussed
                                               for meeting_id, f in both.items()})
    followed = follow_through.meetings_follow_through(store, reviewed)
    for meeting, follow in zip(reviewed, followed, strict=True):
        averages = ratings.averages(store, meeting.meeting_id)
        shown = averages.respondents >= ratings.MIN_RESPONDENTS_SHOWN
        points.append(TrendPoint(
            date=meeting.date, within=both[meeting.meeting_id].within,
            acuut_minutes=meeting.blocks[Block.ACUUT].actual_seconds / 60,
            lopend_minutes=meeting.blocks[Block.LOPEND].actual_seconds / 60,
            overruns=meeting.overruns, overrun_minutes=meeting.overrun_minutes,
            bells=meeting.bells, rating=averages.overall if shown else None,
            respondents=averages.respondents, follow_through=follow))
    return points
