"""Injectable clocks: the domain never calls datetime.now() directly."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Current local time, naive (the team's wall clock)."""
        ...

    def today(self) -> dt.date: ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return dt.date.today()


class FakeClock:
    """A clock for tests and scripted runs: it only moves when told to."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = start

    def now(self) -> dt.datetime:
        return self._now

    def today(self) -> dt.date:
        return self._now.date()

    def set(self, when: dt.datetime) -> None:
        self._now = when

    def advance(self, **delta: float) -> None:
        self._now += dt.timedelta(**delta)
