"""Bad input, property-based: whatever is typed or imported into any field, the domain
either stores it as cleaned or refuses it with problems that read as Dutch — it never
crashes and never changes what was stored before. Plus a full disk (SQLite's page limit)
in the middle of the work."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from ui.messages import describe, describe_store_error
from vergadering import clients, decisions, items, members, ratings, run
from vergadering import settings as team_settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind, ItemInput
from vergadering.problems import Problem, ValidationError
from vergadering.ratings import Question
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Store, StoreError, StoreProblem, open_memory, open_store
from vergadering.textfold import fold

NOW = dt.datetime(2026, 11, 23, 9, 0)
MEETING = dt.date(2026, 11, 24)
# Anything a keyboard, a paste from Word or a broken file can give, surrogates included.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=700)
TEXTISH = st.one_of(
    ANY_TEXT,
    st.sampled_from(["", " ", "\t", "\n", "\r\n", "\x00", "é" * 2000, "Noël\u200b", "=1+1",
                     "<b>vet</b>", "'; DROP TABLE item; --", "\ufeffD-1", "D-1\x7f",
                     "An\ud800na", "\udcff"]))
FAST = hsettings(max_examples=60, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])


def fresh() -> Store:
    return open_memory(FakeClock(NOW))


def dump(store: Store) -> list[Any]:
    """Everything stored, to compare before and after a refused operation."""
    names = [r[0] for r in store.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    return [[list(row) for row in store.query(f"SELECT * FROM {name} ORDER BY rowid")]
            for name in names]


def readable(problems: list[Problem]) -> None:
    """Every problem becomes a Dutch sentence (the UI's wording), none is empty."""
    assert problems
    for problem in problems:
        text = describe(problem)
        assert text.strip() and "Traceback" not in text


def attempt(store: Store, operation: Any) -> Any:
    """Run ``operation``; on refusal the store must be exactly as before."""
    before = dump(store)
    try:
        return operation()
    except ValidationError as error:
        readable(error.problems)
        assert dump(store) == before
        return None


# -- settings ------------------------------------------------------------------------
NUMBERISH = st.one_of(st.integers(-10**6, 10**6), st.booleans(), TEXTISH,
                      st.floats(allow_nan=True), st.none())


@FAST
@given(name=TEXTISH, weekday=NUMBERISH, minutes=NUMBERISH, acuut=NUMBERISH, lopend=NUMBERISH,
       horizon=NUMBERISH, defaults=st.dictionaries(st.sampled_from(list(ItemType)), NUMBERISH),
       first=st.sampled_from([*Block, "acuut", None]), start=st.sampled_from(
           [dt.time(9, 0), dt.time(23, 59), "09:00", None]))
def test_settings_are_saved_valid_or_refused(name: str, weekday: Any, minutes: Any, acuut: Any,
                                             lopend: Any, horizon: Any,
                                             defaults: dict[ItemType, Any], first: Any,
                                             start: Any) -> None:
    store = fresh()
    proposed = TeamSettings(team_name=name, meeting_weekday=weekday, meeting_start=start,
                            meeting_minutes=minutes, acuut_budget=acuut, lopend_budget=lopend,
                            first_block=first, default_minutes=defaults, horizon_months=horizon)
    saved = attempt(store, lambda: team_settings.save(store, proposed))
    if saved is not None:
        loaded = team_settings.load(store)
        assert loaded == saved
        assert 0 <= loaded.meeting_weekday <= 6
        assert loaded.acuut_budget + loaded.lopend_budget <= loaded.meeting_minutes
        assert 1 <= loaded.horizon_months <= team_settings.MAX_HORIZON_MONTHS
        assert loaded.team_name == loaded.team_name.strip() != ""
    store.close()


def _typed_time(t: dt.time, sep: str, pad: bool, space: str) -> str:
    hour = f"{t.hour:02d}" if pad else str(t.hour)
    return f"{space}{hour}{sep}{t.minute:02d}{space}"


@given(st.one_of(ANY_TEXT, st.builds(_typed_time, st.times(), st.sampled_from(":."),
                                     st.booleans(), st.sampled_from(["", " ", "\t"]))))
def test_a_typed_time_is_a_time_or_a_value_error(text: str) -> None:
    """The time typed (H:MM, HH:MM or with a dot, spaces around), or a ValueError — for
    a real time typed so, never a refusal; never another time than the one typed."""
    written = re.fullmatch(r"([0-9]{1,2})[:.]([0-9]{2})", text.strip(), re.ASCII)
    try:
        parsed = team_settings.parse_time(text)
    except ValueError:
        assert written is None or int(written[1]) > 23 or int(written[2]) > 59
        return
    hour, minute = re.split(r"[:.]", text.strip())
    assert parsed == dt.time(int(hour), int(minute))


# -- members and clients ----------------------------------------------------------------
@FAST
@given(TEXTISH)
def test_a_member_name_is_stored_cleaned_or_refused(name: str) -> None:
    store = fresh()
    member = attempt(store, lambda: members.add_member(store, name))
    if member is not None:
        assert members.list_members(store)[0].name == member.name == member.name.strip()
        assert "\n" not in member.name
    store.close()


@FAST
@given(reference=TEXTISH, dates=st.lists(st.one_of(TEXTISH, st.sampled_from(
    ["31-05-2026", "2026-02-29", "29-02-2024", "31/4/2026", "1-1-1800", "01-01-2099"])),
    min_size=3, max_size=3))
def test_a_client_is_stored_cleaned_or_refused(reference: str, dates: list[str]) -> None:
    store = fresh()
    client = attempt(store, lambda: clients.add_client(store, ClientInput(
        reference, None, *dates)))
    if client is not None:
        stored = clients.get(store, client.id)
        assert stored == client and stored.reference == reference.strip()
    store.close()


@FAST
@given(TEXTISH)
def test_searching_for_any_text_finds_or_finds_nothing(text: str) -> None:
    store = fresh()
    clients.add_client(store, ClientInput("D-1"))
    found = clients.search(store, text)
    # Found when the text (trimmed, half characters dropped) occurs in the reference,
    # matched as references are everywhere (textfold.fold); else nothing.
    needle = fold(text.strip().encode("utf-8", "ignore").decode("utf-8"))
    assert [c.reference for c in found] == (["D-1"] if needle in fold("D-1") else [])
    store.close()


# -- agenda items ------------------------------------------------------------------------
def team() -> tuple[Store, int, int]:
    store = fresh()
    member = members.add_member(store, "Anna de Vries").id
    client = clients.add_client(store, ClientInput("D-1", member)).id
    return store, member, client


@FAST
@given(question=TEXTISH, state=TEXTISH, minutes=st.one_of(st.none(), st.integers(-5, 500)),
       item_type=st.sampled_from([*ItemType, None]), block=st.sampled_from([*Block, None]),
       proposal=st.sampled_from([*DecisionKind, None]))
def test_an_item_is_queued_cleaned_or_refused(question: str, state: str, minutes: int | None,
                                              item_type: ItemType | None, block: Block | None,
                                              proposal: DecisionKind | None) -> None:
    store, member, client = team()
    data = ItemInput(client, member, item_type, block, question, state, minutes, proposal)
    item = attempt(store, lambda: items.queue_item(store, data, by=member,
                                                   meeting_date=MEETING))
    if item is not None:
        stored = items.get(store, item.id)
        assert stored == item
        assert stored.type is item_type and stored.block is block  # never a default
        assert stored.question == question.strip()
        if item_type in (ItemType.VRAAG, ItemType.KWESTIE):
            assert stored.question  # rule 1
        edited = dataclasses.replace(stored.as_input(), question=question + "!")
        again = attempt(store, lambda: items.update_item(store, item.id, edited, by=member,
                                                         expected_version=stored.version))
        assert again is None or again.version == stored.version + 1
    store.close()


# -- decisions ---------------------------------------------------------------------------
@FAST
@given(kind=st.sampled_from([*DecisionKind, None]), koers=TEXTISH, referred=TEXTISH,
       reason=TEXTISH, days=st.one_of(st.none(), st.integers(-3000, 3000)),
       role=st.sampled_from(["presenter", "chair", "", "voorzitter"]))
def test_a_decision_is_recorded_whole_or_refused(kind: DecisionKind | None, koers: str,
                                                 referred: str, reason: str, days: int | None,
                                                 role: str) -> None:
    store, member, client = team()
    item = items.queue_item(store, ItemInput(client, member, ItemType.KWESTIE, Block.LOPEND,
                                             "Doorgaan?"), by=member, meeting_date=MEETING)
    store.clock.set(dt.datetime.combine(MEETING, dt.time(9, 0)))  # type: ignore[attr-defined]
    run.start_meeting(store, MEETING)
    run.start_item(store, item.id)
    when = MEETING + dt.timedelta(days=days) if days is not None else None
    data = DecisionInput(kind, when, koers, referred, role, None, reason)
    decision = attempt(store, lambda: decisions.record_decision(store, item.id, data))
    after = clients.get(store, client)
    if decision is None:
        assert after.last_evaluation is None  # nothing half-written
        assert run.timeline(store, run.meetings.running(store)).current_item() == item.id
    else:
        assert decision.kind is kind
        assert after.last_evaluation == MEETING
        assert after.active == (kind is not DecisionKind.AFSLUITEN)
        if kind is not DecisionKind.AFSLUITEN:
            assert decision.next_evaluation is not None  # rule 3
    store.close()


# -- the procescheck ---------------------------------------------------------------------
@FAST
@given(st.dictionaries(st.sampled_from(list(Question)),
                       st.one_of(st.integers(-100, 100), st.booleans(), st.floats(), TEXTISH)))
def test_rating_answers_are_stored_or_refused(answers: dict[Question, Any]) -> None:
    store, member, client = team()
    store.clock.set(dt.datetime.combine(MEETING, dt.time(9, 0)))  # type: ignore[attr-defined]
    meeting = run.start_meeting(store, MEETING)
    attempt(store, lambda: ratings.submit(store, meeting.id, answers))
    result = ratings.averages(store, meeting.id)
    assert all(0 <= v <= 10 for v in result.per_question.values())
    store.close()


# -- a full disk ---------------------------------------------------------------------------
def test_a_full_disk_refuses_the_save_and_keeps_everything(tmp_path: Any) -> None:
    """SQLite's page limit stands in for a full disk: the save fails as DISK_FULL, what
    was stored stays, and once there is room again the same save works."""
    store = open_store(tmp_path / "team.db", FakeClock(NOW))
    member = members.add_member(store, "Anna de Vries").id
    client = clients.add_client(store, ClientInput("D-1", member)).id
    before = dump(store)
    pages = store.query("PRAGMA page_count")[0][0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = "x" * 500
    with pytest.raises(StoreError) as raised:
        for n in range(200):  # until the file would have to grow
            items.queue_item(store, ItemInput(client, member, ItemType.KWESTIE, Block.LOPEND,
                                              f"Vraag {n}", big), by=member,
                             meeting_date=MEETING)
    assert raised.value.problem is StoreProblem.DISK_FULL
    assert "vol" in describe_store_error(raised.value)
    queued = len(items.list_items(store, MEETING))
    assert 0 < queued < 200  # the saves before the disk was full are all there
    # ... and the one that failed left nothing behind: no item, no history line.
    assert store.query("SELECT count(*) FROM item_change")[0][0] == queued
    for table_before, table_after in zip(before, dump(store), strict=True):
        assert table_after[:len(table_before)] == table_before  # nothing changed, only added
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    items.queue_item(store, ItemInput(client, member, ItemType.KWESTIE, Block.LOPEND,
                                      "Na het opruimen", big), by=member, meeting_date=MEETING)
    assert len(items.list_items(store, MEETING)) == queued + 1
    store.close()
