"""A client's evaluation dates as they were on a past day (rule 5): what reviews, trends
and the figures of a past date count with. A decision overwrites the dates on the
client, so they are rebuilt from what was recorded when: the decisions, and the dates
entered by hand or by an import (table ``client_dates``, kept since schema 8).

Before a day, the latest of these two counts: the latest valid decision taken before it
(corrections made since count), or the dates last entered before it (on the same day,
the entered dates). A client whose dates were first entered later (a caseload imported
after the day) counts with those dates when its last evaluation lies before the day:
the evaluation happened then, it was recorded later. Otherwise it counts from its start
of care (else the day it was added), as rule 5 does for a client never evaluated. Such a
client is active or not as it stood at the end of the day it was entered.

*Approximations*, for clients whose dates were entered before schema 8 and who had
decisions by then (their entered dates are gone): such a client keeps its stored dates
unless it has decisions from that day on, or its stored last evaluation lies on or after
that day; then it counts from its start of care, which can count it as due when its
evaluation before said otherwise. A client is in care from its start of care; without
one, from the earlier of its stored last evaluation and the day it was added.

Many days at once (:func:`replay`: trends, the meetings' figures, the capacity forecast):
the clients' rows are read once, as before the first day, and what was recorded between
the days is applied in order, client by client; a running count of the due dates answers
"how many are due before …" on each day without going through every client again.
One day's count of the clients due by a given day (:func:`due_counts`: *toe en
besproken* in Verloop) lets the database decide for the usual client (its latest
decision counts, its dates are written as the app writes them) and applies the rule
here to the others; tests/test_figures_fast.py holds both to the code as it was.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import sqlite3
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from typing import Any, NamedTuple

from . import evaluation
from .dates import from_iso
from .items import DecisionKind
from .store import Store

# Every client with the latest valid decision before :before, found through the index
# decision(client_id, decided_on, id, kind, next_evaluation) (schema 9) without reading
# the decision's own row: kind, day and next evaluation come in one text, separated by
# char(31) (the next evaluation only when there is one); a decision whose dates are not
# plain text, or whose day holds that character, comes as its id and is read apart.
# Whether the client has decisions from then on (a corrected decision's correction has
# the same date, so any decision will do there). A client is in care from its start of
# care; without one, from the earlier of its stored last evaluation and the day it was
# added (a client imported with an evaluation in the past was in care then).
_IN_CARE = ("coalesce(c.care_start, min(coalesce(c.last_evaluation, c.added_on),"
            " c.added_on))")
_LATEST = """(
    SELECT CASE WHEN typeof(x.decided_on) = 'text'
                     AND typeof(x.next_evaluation) IN ('text', 'null')
                     AND instr(x.decided_on, char(31)) = 0
                THEN x.kind || char(31) || x.decided_on
                     || coalesce(char(31) || x.next_evaluation, '')
                ELSE x.id END
    FROM decision x
    WHERE x.client_id = c.id AND x.decided_on < :before
      AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = x.id)
    ORDER BY x.decided_on DESC, x.id DESC LIMIT 1)"""
_AS_OF = f"""
    SELECT c.id, c.care_start, c.last_evaluation, c.next_evaluation, c.active, c.added_on,
           {_IN_CARE} AS in_care, {_LATEST} AS latest,
           EXISTS (SELECT 1 FROM decision l WHERE l.client_id = c.id
                   AND l.decided_on >= :before) AS later
    FROM client c
"""
# The dates entered by hand or import, every client's in the order they were entered:
# the last ones before :before, and the first ones (the latest of the first day's).
_ENTERED = """
    SELECT client_id, set_on < :before, set_on, last_evaluation, next_evaluation, active, id
    FROM client_dates{} ORDER BY client_id, set_on, id
"""
_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Standing:
    """A client's evaluation dates as they were on a past day (rule 5)."""

    client_id: int
    last_evaluation: dt.date | None  # None: never evaluated (or unknown, see the module)
    due: dt.date


class _Row(NamedTuple):
    """One client's row of ``_AS_OF``: what its dates before a day are made of."""

    client_id: int
    care: str | None
    last: str | None
    nxt: str | None
    active: int
    added: str
    in_care: str | None
    kind: str | None  # the latest valid decision before the day
    decided_on: str | None
    decided_next: str | None
    later: int  # decisions from the day on
    set_on: str | None  # the dates last entered before the day
    set_last: str | None
    set_next: str | None
    set_active: int | None
    first_id: int | None  # the dates first entered (as they stood at the end of that day)
    first_last: str | None
    first_next: str | None
    first_active: int | None


class _Dates(NamedTuple):
    """An active client's dates before a day: its last evaluation and its due date."""

    last_evaluation: dt.date | None
    due: dt.date


class _Mark(enum.Enum):
    UNREADABLE = "unreadable"  # a stored date cannot be read


_Then = _Dates | _Mark | None  # None: not active then


# A caseload has far fewer distinct dates than clients, and a replay reads each client's
# dates again and again: read each text once (a text that is no date raises each time).
_read = functools.lru_cache(maxsize=65536)(from_iso)
_read_day = functools.lru_cache(maxsize=65536)(dt.date.fromisoformat)
_AFSLUITEN = DecisionKind.AFSLUITEN.value


def _standing(row: _Row, before: dt.date, horizon_months: int
              ) -> tuple[_Then, dt.date | None]:
    """The client's dates before ``before`` (None: inactive then; ``_Mark.UNREADABLE``: a
    stored date cannot be read); and, when that depends on the day itself rather than
    only on what was recorded before it, the last day ``before`` may be for it to hold
    (None: it holds for every later day until something more is recorded)."""
    until: dt.date | None = None
    try:
        if row.decided_on is not None and (row.set_on is None or row.decided_on > row.set_on):
            return _after_decision(row.kind, row.decided_on, row.decided_next, row.last,
                                   row.nxt, row.care, row.added, horizon_months), None
        was_active = bool(row.active)
        last_evaluation, next_evaluation = _read(row.last), _read(row.nxt)
        if row.set_on is not None:  # entered by hand or imported before the day
            was_active = bool(row.set_active)
            last_evaluation, next_evaluation = _read(row.set_last), _read(row.set_next)
        elif row.first_id is not None:
            # Entered after the day: an evaluation from before it still counts; the
            # client counts as it was entered (a client entered as closed, closed).
            was_active = bool(row.first_active)
            last_evaluation = _read(row.first_last)
            next_evaluation = _read(row.first_next)
            if last_evaluation is None or last_evaluation >= before:
                until = last_evaluation  # counts from the day after it
                last_evaluation, next_evaluation = None, None
        elif row.later or (last_evaluation is not None and last_evaluation >= before):
            # Dates from before schema 8, overwritten by a decision on or after
            # ``before``, or a last evaluation imported later: unknown.
            if not row.later:
                until = last_evaluation
            was_active = was_active or bool(row.later)
            last_evaluation, next_evaluation = None, None
        when = evaluation.due_date(
            active=was_active, horizon_months=horizon_months,
            last_evaluation=last_evaluation, next_evaluation=next_evaluation,
            care_start=_read(row.care), added_on=_read_day(row.added))
    except (TypeError, ValueError):
        return _Mark.UNREADABLE, until
    if when is None:
        return None, until
    return _Dates(last_evaluation, when), until


def _after_decision(kind: str | None, decided_on: str, decided_next: str | None,
                    last: str | None, nxt: str | None, care: str | None, added: str,
                    horizon_months: int) -> _Then:
    """:func:`_standing`'s first case: the latest valid decision counts (the stored dates
    must still be readable)."""
    try:
        _read(last), _read(nxt)
        last_evaluation = _read_day(decided_on)
        when = evaluation.due_date(
            active=kind != _AFSLUITEN, horizon_months=horizon_months,
            last_evaluation=last_evaluation, next_evaluation=_read(decided_next),
            care_start=_read(care), added_on=_read_day(added))
    except (TypeError, ValueError):
        return _Mark.UNREADABLE
    return None if when is None else _Dates(last_evaluation, when)


def _collect(rows: list[tuple[_Row, _Then]], day: dt.date
             ) -> tuple[list[Standing], list[int]]:
    """The clients in care on ``day``: active ones, and apart the unreadable (active now)."""
    iso = day.isoformat()
    result: list[Standing] = []
    unreadable: list[int] = []
    for row, then in rows:
        if row.in_care is None or row.in_care > iso:
            continue
        if then is _Mark.UNREADABLE:
            if row.active:
                unreadable.append(row.client_id)
        elif then is not None:
            result.append(Standing(row.client_id, *then))
    return result, unreadable


def _rows(store: Store, before: dt.date, only: Sequence[int] | None = None) -> list[_Row]:
    """The rows of every client, or of the clients ``only``."""
    day: dict[str, object] = {"before": before.isoformat(), "only": json.dumps(only)}
    among = "" if only is None else " WHERE {} IN (SELECT value FROM json_each(:only))"
    entered: dict[int, list[sqlite3.Row]] = {}
    for row in store.query(_ENTERED.format(among.format("client_id")), day):
        entered.setdefault(row[0], []).append(row)
    rows = []
    for values in store.query(_AS_OF + among.format("c.id"), day):
        latest = values[7]
        decided: tuple[str | None, str | None, str | None] = (None, None, None)
        if isinstance(latest, str):
            kind, on, *rest = latest.split(_SEPARATOR, 2)
            decided = (kind, on, rest[0] if rest else None)
        elif latest is not None:  # not plain text (see _AS_OF): read as it is stored
            kind, on, nxt = store.query("SELECT kind, decided_on, next_evaluation"
                                        " FROM decision WHERE id = ?", (latest,))[0]
            decided = (kind, on, nxt)
        last_set: tuple[object, ...] = (None, None, None, None)
        first_set: tuple[object, ...] = (None, None, None, None)
        dates = entered.get(values[0])
        if dates:
            for row in dates:  # the entered before the day come first
                if not row[1]:
                    break
                last_set = (row[2], row[3], row[4], row[5])
            first = [r for r in dates if r[2] == dates[0][2]][-1]
            first_set = (first[6], first[3], first[4], first[5])
        rows.append(tuple.__new__(_Row, (*values[:7], *decided, values[8], *last_set,
                                         *first_set)))
    return rows


def standing_on(store: Store, date: dt.date, horizon_months: int, *,
                end_of_day: bool = False) -> tuple[list[Standing], list[int]]:
    """Every client active and in care on ``date``, with its dates as they were before
    that day (``end_of_day``: after it, the day's decisions included), see the module's
    *Approximations*; and, apart, the ids of those clients whose stored dates cannot be
    read."""
    before = date + dt.timedelta(days=1) if end_of_day else date
    rows = _rows(store, before)
    return _collect([(row, _standing(row, before, horizon_months)[0]) for row in rows],
                    date)


def standing_on_days(store: Store, days: Sequence[dt.date], horizon_months: int, *,
                     end_of_day: bool = False
                     ) -> dict[dt.date, tuple[list[Standing], list[int]]]:
    """:func:`standing_on` for many days at once, the same result for each (through
    :func:`replay`)."""
    step = dt.timedelta(days=1) if end_of_day else dt.timedelta(0)
    moments = [Moment(day + step, day) for day in days]
    return {moment.day: tally.standing()
            for moment, tally in replay(store, moments, horizon_months)}


class Moment(NamedTuple):
    """One point of :func:`replay`: the clients' dates as they were before ``before``
    (the day after ``day`` for the end of that day), of the clients in care on ``day``."""

    before: dt.date
    day: dt.date


class Tally:
    """The clients active and in care on a :class:`Moment`, with their dates then, as
    :func:`standing_on` gives them; kept up to date by :func:`replay` from one moment to
    the next."""

    def __init__(self, day: dt.date) -> None:
        self._day = day.isoformat()  # clients in care on it are counted
        self._clients: dict[int, tuple[str | None, int, _Then]] = {}  # in care, active now
        self._dues: Counter[int] = Counter()  # the counted active clients' due dates
        self._active = 0  # (ordinals) and how many they are
        self._unreadable = 0  # counted clients whose dates cannot be read (active now)
        self._waiting: list[tuple[str, int]] = []  # (in care from, client) after the day

    @property
    def active(self) -> int:
        """Active and in care, with dates that can be read."""
        return self._active

    @property
    def unreadable(self) -> int:
        """Active now and in care, with a stored date that cannot be read."""
        return self._unreadable

    def due_before(self, day: dt.date) -> int:
        """How many of the :attr:`active` clients are due before ``day``."""
        limit = day.toordinal()
        return sum(n for due, n in self._dues.items() if due < limit)

    def due_on_or_before(self, day: dt.date) -> int:
        """How many of the :attr:`active` clients are due on or before ``day``."""
        limit = day.toordinal()
        return sum(n for due, n in self._dues.items() if due <= limit)

    def due(self, client_id: int) -> dt.date | None:
        """The client's due date, if it is one of the :attr:`active` clients."""
        in_care, _, then = self._clients[client_id]
        if in_care is None or in_care > self._day or not isinstance(then, _Dates):
            return None
        return then.due

    def due_among(self, clients: Iterable[int], day: dt.date) -> int:
        """How many of ``clients`` are :attr:`active` clients due on or before ``day``."""
        found = 0
        for client_id in clients:
            in_care, _, then = self._clients[client_id]
            found += (in_care is not None and in_care <= self._day
                      and isinstance(then, _Dates) and then.due <= day)
        return found

    def standing(self) -> tuple[list[Standing], list[int]]:
        """What :func:`standing_on` gives for the moment."""
        result: list[Standing] = []
        unreadable: list[int] = []
        for client_id, (in_care, active, then) in self._clients.items():
            if in_care is None or in_care > self._day:
                continue
            if then is _Mark.UNREADABLE:
                if active:
                    unreadable.append(client_id)
            elif then is not None:
                result.append(Standing(client_id, *then))
        return result, unreadable

    # -- kept up to date by replay -----------------------------------------------------
    def _load(self, clients: dict[int, tuple[str | None, int, _Then]]) -> None:
        self._clients = clients
        for client_id, found in clients.items():
            if found[0] is None:
                continue
            if found[0] > self._day:
                self._waiting.append((found[0], client_id))
            else:
                self._count(found[1], found[2], 1)
        self._waiting.sort(reverse=True)  # the first to come in care last

    def _count(self, active: int, then: _Then, sign: int) -> None:
        if isinstance(then, _Dates):
            self._dues[then.due.toordinal()] += sign
            self._active += sign
        elif then is _Mark.UNREADABLE and active:
            self._unreadable += sign

    def _set(self, client_id: int, then: _Then) -> None:
        in_care, active, old = self._clients[client_id]
        self._clients[client_id] = (in_care, active, then)
        if in_care is not None and in_care <= self._day:
            self._count(active, old, -1)
            self._count(active, then, 1)

    def _move_to(self, day: dt.date) -> None:
        iso = day.isoformat()
        if iso < self._day:
            raise ValueError("the moments' days go back")
        self._day = iso
        while self._waiting and self._waiting[-1][0] <= iso:
            _, active, then = self._clients[self._waiting.pop()[1]]
            self._count(active, then, 1)


def replay(store: Store, moments: Sequence[Moment], horizon_months: int
           ) -> Iterator[tuple[Moment, Tally]]:
    """The clients' dates at each moment, in order of ``before`` (each moment once).
    Every moment's ``before`` is its day or the day after it. The tally changes when
    the next moment is asked for."""
    ordered = sorted(set(moments))
    if not ordered:
        return
    first, last = ordered[0].before, ordered[-1].before
    base = {row.client_id: row for row in _rows(store, first)}
    # What was recorded from the first moment up to the last: decisions (valid ones
    # change the latest decision; any one counts for "decisions from the day on") and
    # dates entered; decisions from the last day on only count for the latter.
    recorded: dict[int, _Recorded] = {}
    events: dict[str, list[int]] = {}  # the clients with something recorded, by day
    if first < last:
        for client_id, kind, decided_on, decided_next, valid in store.query(
                "SELECT x.client_id, x.kind, x.decided_on, x.next_evaluation,"
                " NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_id = x.id)"
                " FROM decision x WHERE x.decided_on >= ? AND x.decided_on < ?"
                " ORDER BY x.decided_on, x.id", (first.isoformat(), last.isoformat())):
            history = recorded.setdefault(client_id, _Recorded())
            history.decision_days.append(decided_on)
            history.decided.append((kind, decided_on, decided_next) if valid else
                                   history.decided[-1] if history.decided else None)
            events.setdefault(decided_on, []).append(client_id)
        for client_id, set_on, set_last, set_next, set_active in store.query(
                "SELECT client_id, set_on, last_evaluation, next_evaluation, active"
                " FROM client_dates WHERE set_on >= ? AND set_on < ? ORDER BY set_on, id",
                (first.isoformat(), last.isoformat())):
            history = recorded.setdefault(client_id, _Recorded())
            if history.entered is _NONE_ENTERED:
                history.entered_days, history.entered = [], []
            history.entered_days.append(set_on)
            history.entered.append((set_on, set_last, set_next, set_active))
            events.setdefault(set_on, []).append(client_id)
    days = sorted(events)
    if events:
        for found in store.query("SELECT client_id FROM decision WHERE decided_on >= ?",
                                 (last.isoformat(),)):
            if found[0] in recorded:
                recorded[found[0]].after_last = True

    # Per client: its dates now; recomputed when something was recorded since the moment
    # before, or when they depend on the day itself and that day has passed.
    tally = Tally(ordered[0].day)
    clients: dict[int, tuple[str | None, int, _Then]] = {}
    recheck: list[tuple[dt.date, int]] = []
    for client_id, row in base.items():
        # Nothing recorded before the first moment is in ``recorded``: the row as read.
        then, until = _standing(row, first, horizon_months)
        clients[client_id] = (row.in_care, row.active, then)
        if until is not None:
            heappush(recheck, (until, client_id))
    tally._load(clients)
    position = 0
    for moment in ordered:
        before = moment.before
        iso = before.isoformat()
        changed: set[int] = set()
        while position < len(days) and days[position] < iso:
            changed.update(events[days[position]])
            position += 1
        while recheck and recheck[0][0] < before:
            changed.add(heappop(recheck)[1])
        for client_id in changed:
            row = base[client_id]
            if client_id in recorded:
                row = recorded[client_id].as_before(row, iso)
            then, until = _standing(row, before, horizon_months)
            tally._set(client_id, then)
            if until is not None:
                heappush(recheck, (until, client_id))
        tally._move_to(moment.day)
        yield moment, tally


_NONE_ENTERED: list[Any] = []  # shared, never appended to


class _Recorded:
    """What was recorded about one client between the first moment of a replay and the
    last, in order: its decisions' days and, after each, its latest valid decision
    among them (None: none valid yet); the dates entered and their days; and whether it
    has decisions from the last moment on."""

    __slots__ = ("after_last", "decided", "decision_days", "entered", "entered_days")

    def __init__(self) -> None:
        self.decision_days: list[str] = []
        self.decided: list[tuple[str, str, str | None] | None] = []
        self.entered_days: list[str] = _NONE_ENTERED  # rare: a list once one comes
        self.entered: list[tuple[str, str | None, str | None, int]] = _NONE_ENTERED
        self.after_last = False

    def as_before(self, row: _Row, before: str) -> _Row:
        """``row`` (as before the first moment) with what was recorded before
        ``before``."""
        decided = bisect_left(self.decision_days, before)
        latest = self.decided[decided - 1] if decided else None
        kind, decided_on, decided_next = latest or (row.kind, row.decided_on,
                                                    row.decided_next)
        later = self.after_last or decided < len(self.decision_days)
        entered = bisect_left(self.entered_days, before) if self.entered else 0
        dates = self.entered[entered - 1] if entered else (
            row.set_on, row.set_last, row.set_next, row.set_active)
        return tuple.__new__(_Row, (*row[:7], kind, decided_on, decided_next, int(later),
                                    *dates, *row[15:]))


def _shaped(day: str) -> bool:
    """``day`` is written as the app writes a day (YYYY-MM-DD): if Python reads it, it
    compares as text as the days do."""
    return (len(day) == 10 and day[4] == "-" and day[7] == "-" and day.isascii()
            and day[:4].isdigit() and day[5:7].isdigit() and day[8:].isdigit())


# Every client's start of care, latest valid decision before :before and stored dates
# (without what _standing needs for its other cases).
_USUAL = f"""
    SELECT c.id, {_IN_CARE}, {_LATEST}, c.last_evaluation, c.next_evaluation, c.care_start,
           c.added_on
    FROM client c
"""


def due_counts(store: Store, date: dt.date, due_by: dt.date, horizon_months: int,
               among: Collection[int]) -> tuple[int, int]:
    """Of the clients active and in care on ``date``, with their dates as they were
    before it (:func:`standing_on`), how many are due on or before ``due_by``, and how
    many of those are ``among`` the given clients.

    The usual client (its latest decision counts, and its day and next evaluation are
    written as the app writes days) is not due when it is not in care, closed, or its
    next evaluation is after ``due_by`` and its last evaluation on or after the horizon
    threshold (:func:`vergadering.evaluation.horizon_threshold`): compared as text, no
    date read. Every other client's dates are read as :func:`standing_on` reads them."""
    before = date.isoformat()
    last_day = due_by.isoformat()
    threshold = evaluation.horizon_threshold(due_by, horizon_months).isoformat()
    entered = {client_id: set_on for client_id, set_on in store.query(
        "SELECT client_id, set_on FROM client_dates WHERE set_on < ?"
        " ORDER BY client_id, set_on, id", (before,))}  # the last entered before the day
    due = discussed = 0
    others: list[int] = []
    for client_id, in_care, latest, last, nxt, care, added in store.query(
            _USUAL, {"before": before}):
        if isinstance(latest, str) and isinstance(in_care, str):
            kind, _, rest = latest.partition(_SEPARATOR)
            day, _, decided_next = rest.partition(_SEPARATOR)
            set_on = entered.get(client_id)
            if ((set_on is None or day > set_on) and _shaped(day)
                    and (not decided_next or _shaped(decided_next))):
                if (in_care > before or kind == _AFSLUITEN
                        or not (decided_next and decided_next <= last_day
                                or day < threshold)):
                    continue  # not due by then (nor counted at all)
                then = _after_decision(kind, day, decided_next or None, last, nxt, care,
                                       added, horizon_months)
                if isinstance(then, _Dates) and then.due <= due_by:
                    due += 1
                    discussed += client_id in among
                continue
        others.append(client_id)
    if others:
        rows = _rows(store, date, others)
        then_, _ = _collect([(row, _standing(row, date, horizon_months)[0])
                             for row in rows], date)
        for found in then_:
            if found.due <= due_by:
                due += 1
                discussed += found.client_id in among
    return due, discussed


def due_dates_on(store: Store, date: dt.date, horizon_months: int, *,
                 end_of_day: bool = False) -> dict[int, dt.date]:
    """The due date (rule 5) of every client active and in care on ``date``, with the
    client's dates as they were before it (see :func:`standing_on`)."""
    standing, _ = standing_on(store, date, horizon_months, end_of_day=end_of_day)
    return {s.client_id: s.due for s in standing}
