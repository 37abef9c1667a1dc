"""Trends over the closed meetings of a period: the share of active clients evaluated
within the horizon, minutes spent on acuut against lopend, overruns, bells and the
average procescheck rating — one point per meeting, oldest first. Pure data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import ratings, review
from .settings import Block
from .store import Store


@dataclass(frozen=True)
class TrendPoint:
    date: dt.date
    active_clients: int  # active and in care on the meeting date
    within_horizon: int  # of those, not overdue on the meeting date (due today is not)
    acuut_minutes: float  # acute talk, including acute items taken at the cost of lopend
    lopend_minutes: float
    overruns: int  # items that ran over their estimate plus extensions
    overrun_minutes: float
    bells: int
    rating: float | None  # overall average; None with fewer than MIN_RESPONDENTS_SHOWN
    respondents: int

    @property
    def within_share(self) -> float | None:
        return self.within_horizon / self.active_clients if self.active_clients else None


def trends(store: Store, since: dt.date) -> list[TrendPoint]:
    """One point per closed meeting on or after ``since``, oldest first."""
    points = []
    for meeting in review.reviews(store, since):
        averages = ratings.averages(store, meeting.meeting_id)
        shown = averages.respondents >= ratings.MIN_RESPONDENTS_SHOWN
        points.append(TrendPoint(
            date=meeting.date, active_clients=meeting.active_clients,
            within_horizon=meeting.active_clients - meeting.overdue_clients,
            acuut_minutes=meeting.blocks[Block.ACUUT].actual_seconds / 60,
            lopend_minutes=meeting.blocks[Block.LOPEND].actual_seconds / 60,
            overruns=meeting.overruns, overrun_minutes=meeting.overrun_minutes,
            bells=meeting.bells, rating=averages.overall if shown else None,
            respondents=averages.respondents))
    return points
