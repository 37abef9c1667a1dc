"""Team settings: defaults, validation of every field, and storage."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from vergadering import settings
from vergadering.problems import Code, ValidationError
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import Change, Store


def problems_of(**changes: Any) -> list[tuple[str, Code]]:
    with pytest.raises(ValidationError) as info:
        settings.validate(dataclasses.replace(TeamSettings(), **changes))
    return [(p.field, p.code) for p in info.value.problems]


def test_defaults_follow_the_research() -> None:
    s = TeamSettings()
    assert s.first_block is Block.LOPEND
    assert s.block_order() == (Block.LOPEND, Block.ACUUT)
    assert s.meeting_minutes == 90
    assert s.acuut_budget + s.lopend_budget <= s.meeting_minutes
    assert s.default_minutes == {ItemType.MEDEDELING: 2, ItemType.VRAAG: 5, ItemType.KWESTIE: 10}
    assert s.horizon_months == 6
    assert s.privacy_mode is False
    assert settings.validate(s) == s


def test_budget_and_block_order() -> None:
    s = TeamSettings(acuut_budget=20, lopend_budget=70, first_block=Block.ACUUT)
    assert s.budget(Block.ACUUT) == 20
    assert s.budget(Block.LOPEND) == 70
    assert s.block_order() == (Block.ACUUT, Block.LOPEND)


def test_load_from_an_empty_store_gives_defaults(store: Store) -> None:
    assert settings.load(store) == TeamSettings()


def test_save_and_load_round_trip(store: Store) -> None:
    chosen = TeamSettings(
        team_name="FACT-team Oost", meeting_weekday=3, meeting_start=dt.time(13, 30),
        meeting_minutes=120, acuut_budget=40, lopend_budget=75, first_block=Block.ACUUT,
        default_minutes={ItemType.MEDEDELING: 1, ItemType.VRAAG: 7, ItemType.KWESTIE: 15},
        horizon_months=3, privacy_mode=True,
    )
    assert settings.save(store, chosen) == chosen
    assert settings.load(store) == chosen


def test_save_cleans_the_values(store: Store) -> None:
    saved = settings.save(store, TeamSettings(team_name="  Team  Zuid  ", meeting_minutes="100",
                                              horizon_months=" 12 "))  # type: ignore[arg-type]
    assert saved.team_name == "Team  Zuid"
    assert saved.meeting_minutes == 100
    assert saved.horizon_months == 12
    assert settings.load(store) == saved


def test_save_twice_overwrites(store: Store) -> None:
    settings.save(store, TeamSettings(team_name="Eerst"))
    settings.save(store, TeamSettings(team_name="Daarna"))
    assert settings.load(store).team_name == "Daarna"
    assert len(store.query("SELECT * FROM setting WHERE key = 'team_name'")) == 1


def test_non_ascii_team_name_is_stored_as_typed(store: Store) -> None:
    settings.save(store, TeamSettings(team_name="Team Cliëntenraad €"))
    assert settings.load(store).team_name == "Team Cliëntenraad €"


def test_invalid_settings_are_not_saved_and_nobody_is_told(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(ValidationError):
        settings.save(store, TeamSettings(meeting_minutes=0))
    assert store.query("SELECT * FROM setting") == []
    assert heard == []


def test_listeners_hear_a_saved_change(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    settings.save(store, TeamSettings(horizon_months=4))
    assert heard == [Change("settings")]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"team_name": ""}, [("team_name", Code.REQUIRED)]),
        ({"team_name": "   "}, [("team_name", Code.REQUIRED)]),
        ({"team_name": "x" * 81}, [("team_name", Code.TOO_LONG)]),
        ({"team_name": "Team\nOost"}, [("team_name", Code.LINE_BREAK)]),
        ({"team_name": "Team\x07"}, [("team_name", Code.CONTROL_CHARACTERS)]),
        ({"meeting_weekday": -1}, [("meeting_weekday", Code.OUT_OF_RANGE)]),
        ({"meeting_weekday": 7}, [("meeting_weekday", Code.OUT_OF_RANGE)]),
        ({"meeting_weekday": "dinsdag"}, [("meeting_weekday", Code.NOT_A_NUMBER)]),
        ({"meeting_start": "09:00"}, [("meeting_start", Code.INVALID_TIME)]),
        ({"meeting_start": None}, [("meeting_start", Code.INVALID_TIME)]),
        ({"meeting_minutes": 14}, [("meeting_minutes", Code.OUT_OF_RANGE)]),
        ({"meeting_minutes": 481}, [("meeting_minutes", Code.OUT_OF_RANGE)]),
        ({"meeting_minutes": "negentig"}, [("meeting_minutes", Code.NOT_A_NUMBER)]),
        ({"meeting_minutes": ""}, [("meeting_minutes", Code.NOT_A_NUMBER)]),
        ({"meeting_minutes": "90.5"}, [("meeting_minutes", Code.NOT_A_NUMBER)]),
        ({"meeting_minutes": 90.0}, [("meeting_minutes", Code.NOT_A_NUMBER)]),
        ({"meeting_minutes": None}, [("meeting_minutes", Code.NOT_A_NUMBER)]),
        ({"acuut_budget": -5}, [("acuut_budget", Code.OUT_OF_RANGE)]),
        ({"lopend_budget": "veel"}, [("lopend_budget", Code.NOT_A_NUMBER)]),
        ({"first_block": "acuut"}, [("first_block", Code.INVALID_CHOICE)]),
        ({"horizon_months": 0}, [("horizon_months", Code.OUT_OF_RANGE)]),
        ({"horizon_months": 25}, [("horizon_months", Code.OUT_OF_RANGE)]),
        ({"horizon_months": "zes"}, [("horizon_months", Code.NOT_A_NUMBER)]),
    ],
)
def test_each_invalid_field_is_named(changes: dict[str, Any],
                                     expected: list[tuple[str, Code]]) -> None:
    assert problems_of(**changes) == expected


@pytest.mark.parametrize("item_type", list(ItemType))
@pytest.mark.parametrize(("minutes", "code"), [(0, Code.OUT_OF_RANGE), (121, Code.OUT_OF_RANGE),
                                               ("vijf", Code.NOT_A_NUMBER),
                                               (None, Code.REQUIRED)])
def test_default_minutes_per_item_type(item_type: ItemType, minutes: Any, code: Code) -> None:
    default_minutes: dict[ItemType, Any] = dict(TeamSettings().default_minutes)
    default_minutes[item_type] = minutes
    assert problems_of(default_minutes=default_minutes) == [
        (f"default_minutes.{item_type.value}", code)]


def test_missing_default_minutes_are_required() -> None:
    assert problems_of(default_minutes={}) == [
        (f"default_minutes.{t.value}", Code.REQUIRED) for t in ItemType]


def test_budgets_exceeding_the_meeting_are_refused_with_the_excess() -> None:
    with pytest.raises(ValidationError) as info:
        settings.validate(TeamSettings(meeting_minutes=90, acuut_budget=40, lopend_budget=60))
    [problem] = info.value.problems
    assert problem.code is Code.BUDGETS_EXCEED_MEETING
    assert problem.params == {"total": 100, "meeting": 90, "excess": 10}


def test_budgets_exactly_filling_the_meeting_are_fine() -> None:
    s = settings.validate(TeamSettings(meeting_minutes=90, acuut_budget=45, lopend_budget=45))
    assert s.acuut_budget + s.lopend_budget == 90


def test_one_block_may_have_no_time() -> None:
    assert settings.validate(TeamSettings(acuut_budget=0, lopend_budget=90)).acuut_budget == 0
    assert settings.validate(TeamSettings(acuut_budget=90, lopend_budget=0)).lopend_budget == 0


def test_both_blocks_without_time_is_refused() -> None:
    assert problems_of(acuut_budget=0, lopend_budget=0) == [("lopend_budget", Code.OUT_OF_RANGE)]


def test_budget_total_is_not_checked_while_a_budget_itself_is_wrong() -> None:
    assert problems_of(meeting_minutes="x", acuut_budget=500) == [
        ("meeting_minutes", Code.NOT_A_NUMBER), ("acuut_budget", Code.OUT_OF_RANGE)]


def test_every_problem_is_listed_at_once() -> None:
    fields = {f for f, _ in problems_of(team_name="", meeting_weekday=9, horizon_months=0,
                                         first_block=None)}
    assert fields == {"team_name", "meeting_weekday", "horizon_months", "first_block"}


def test_numbers_typed_as_text_are_accepted() -> None:
    s = settings.validate(dataclasses.replace(TeamSettings(), meeting_minutes=" 60 ",
                                              acuut_budget="20", lopend_budget="40"))
    assert (s.meeting_minutes, s.acuut_budget, s.lopend_budget) == (60, 20, 40)


@pytest.mark.parametrize(("text", "expected"), [
    ("9:00", dt.time(9, 0)), ("09:00", dt.time(9, 0)), ("09.30", dt.time(9, 30)),
    ("23:59", dt.time(23, 59)), (" 13:05 ", dt.time(13, 5)), ("0:00", dt.time(0, 0))])
def test_parse_time_accepts(text: str, expected: dt.time) -> None:
    assert settings.parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "24:00", "9", "09:60", "9u", "09:00:00", "-1:00"])
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        settings.parse_time(text)


@pytest.mark.parametrize(
    ("key", "raw"),
    [("meeting_minutes", "{niet json"), ("meeting_minutes", '"negentig"'),
     ("meeting_start", '"25:00"'), ("meeting_start", "5"), ("first_block", '"midden"'),
     ("default_minutes", "[1, 2]"), ("default_minutes", '{"onbekend": 3}'),
     ("horizon_months", "null")],
)
def test_load_falls_back_to_the_default_for_unreadable_values(store: Store, key: str,
                                                               raw: str) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO setting(key, value) VALUES (?, ?)", (key, raw))
    assert settings.load(store) == TeamSettings()


def test_load_merges_partial_default_minutes(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO setting(key, value) VALUES ('default_minutes', ?)",
                     ('{"kwestie": 20}',))
    assert settings.load(store).default_minutes == {
        ItemType.MEDEDELING: 2, ItemType.VRAAG: 5, ItemType.KWESTIE: 20}


def test_load_ignores_unknown_keys(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO setting(key, value) VALUES ('van_later', '1')")
    assert settings.load(store) == TeamSettings()
