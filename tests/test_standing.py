"""A client's dates on a past day (vergadering/standing.py): one day at a time and many
days at once must give the same answer, whatever was recorded when."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from vergadering import standing
from vergadering.clock import FakeClock
from vergadering.store import open_memory

days = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 6, 30))
maybe_day = st.none() | days
client = st.fixed_dictionaries({
    "care": maybe_day, "last": maybe_day, "next": maybe_day, "added": days,
    "active": st.booleans(), "entered": st.booleans(),  # a row at added (schema 8)
    "more": st.lists(st.tuples(days, maybe_day, maybe_day, st.booleans()), max_size=2),
    "decisions": st.lists(st.tuples(days, st.sampled_from(["doorgaan", "afsluiten",
                                                           "verwijzen"]),
                                    maybe_day, st.booleans()), max_size=4),
})


def by_client(found: standing.Standing) -> int:
    return found.client_id


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@settings(max_examples=80, deadline=None)
@given(clients=st.lists(client, min_size=1, max_size=6),
       asked=st.lists(days, min_size=1, max_size=5), end_of_day=st.booleans(),
       horizon=st.integers(1, 12))
def test_many_days_at_once_is_each_day_alone(clients: list[dict], asked: list[dt.date],  # type: ignore[type-arg]
                                             end_of_day: bool, horizon: int) -> None:
    store = open_memory(FakeClock(dt.datetime(2027, 7, 1, 9, 0)))
    try:
        conn = store.conn
        for n, c in enumerate(clients):
            cursor = conn.execute(
                "INSERT INTO client(reference, care_start, last_evaluation, next_evaluation,"
                " active, added_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', '')",
                (f"C-{n}", iso(c["care"]), iso(c["last"]), iso(c["next"]), int(c["active"]),
                 c["added"].isoformat()))
            client_id = cursor.lastrowid
            records = [(c["added"], c["last"], c["next"], c["active"])] if c["entered"] else []
            for on, last, nxt, active in sorted(records + c["more"], key=lambda r: r[0]):
                conn.execute("INSERT INTO client_dates(client_id, set_on, last_evaluation,"
                             " next_evaluation, active) VALUES (?, ?, ?, ?, ?)",
                             (client_id, on.isoformat(), iso(last), iso(nxt), int(active)))
            for on, kind, nxt, corrected in c["decisions"]:
                decision = conn.execute(
                    "INSERT INTO decision(client_id, kind, decided_on, next_evaluation,"
                    " worded_by_role, created_at) VALUES (?, ?, ?, ?, 'chair', '')",
                    (client_id, kind, on.isoformat(),
                     None if kind == "afsluiten" else iso(nxt))).lastrowid
                if corrected:
                    conn.execute(
                        "INSERT INTO decision(client_id, kind, decided_on, next_evaluation,"
                        " worded_by_role, corrects_id, created_at)"
                        " VALUES (?, 'doorgaan', ?, NULL, 'chair', ?, '')",
                        (client_id, on.isoformat(), decision))
        together = standing.standing_on_days(store, asked, horizon, end_of_day=end_of_day)
        assert sorted(together) == sorted(set(asked))
        for day in asked:
            alone = standing.standing_on(store, day, horizon, end_of_day=end_of_day)
            many = together[day]
            assert sorted(many[0], key=by_client) == sorted(alone[0], key=by_client), day
            assert sorted(many[1]) == sorted(alone[1]), day
    finally:
        store.close()
