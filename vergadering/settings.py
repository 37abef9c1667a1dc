"""Team settings: meeting rhythm, block budgets and order, item defaults, horizon.

owns: table setting
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
from dataclasses import dataclass, field
from typing import Any

from .problems import Code, Problem, ValidationError, check_text
from .store import Change, Store


class Block(enum.Enum):
    ACUUT = "acuut"
    LOPEND = "lopend"


class ItemType(enum.Enum):
    MEDEDELING = "mededeling"
    VRAAG = "vraag"
    KWESTIE = "kwestie"


MAX_MEETING_MINUTES = 480
MAX_ITEM_MINUTES = 120
MAX_HORIZON_MONTHS = 24
TEAM_NAME_MAX = 80
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


@dataclass(frozen=True)
class TeamSettings:
    team_name: str = "Mijn team"
    meeting_weekday: int = 1  # Monday = 0; default Tuesday
    meeting_start: dt.time = dt.time(9, 0)
    meeting_minutes: int = 90
    acuut_budget: int = 30
    lopend_budget: int = 60
    first_block: Block = Block.LOPEND  # the research advises not to take acute items first
    default_minutes: dict[ItemType, int] = field(
        default_factory=lambda: {ItemType.MEDEDELING: 2, ItemType.VRAAG: 5, ItemType.KWESTIE: 10}
    )
    horizon_months: int = 6
    privacy_mode: bool = False
    terugblik: bool = True  # show last meeting's decisions and carried items before the agenda

    def budget(self, block: Block) -> int:
        return self.acuut_budget if block is Block.ACUUT else self.lopend_budget

    def block_order(self) -> tuple[Block, Block]:
        other = Block.ACUUT if self.first_block is Block.LOPEND else Block.LOPEND
        return (self.first_block, other)


def parse_time(text: str) -> dt.time:
    m = _TIME.match(text.strip())
    if not m:
        raise ValueError(text)
    return dt.time(int(m[1]), int(m[2]))


def _int(problems: list[Problem], name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            problems.append(Problem(name, Code.NOT_A_NUMBER))
            return low
    if not isinstance(value, int):
        problems.append(Problem(name, Code.NOT_A_NUMBER))
        return low
    if not low <= value <= high:
        problems.append(Problem(name, Code.OUT_OF_RANGE, {"min": low, "max": high}))
    return value


def validate(settings: TeamSettings) -> TeamSettings:
    """Return the cleaned settings or raise ValidationError listing every problem."""
    problems: list[Problem] = []
    name = check_text(problems, "team_name", settings.team_name, max_length=TEAM_NAME_MAX)
    weekday = _int(problems, "meeting_weekday", settings.meeting_weekday, 0, 6)
    start = settings.meeting_start
    if not isinstance(start, dt.time):
        problems.append(Problem("meeting_start", Code.INVALID_TIME))
        start = dt.time(9, 0)
    length = _int(problems, "meeting_minutes", settings.meeting_minutes, 15, MAX_MEETING_MINUTES)
    acuut = _int(problems, "acuut_budget", settings.acuut_budget, 0, MAX_MEETING_MINUTES)
    lopend = _int(problems, "lopend_budget", settings.lopend_budget, 0, MAX_MEETING_MINUTES)
    if not any(p.field in ("meeting_minutes", "acuut_budget", "lopend_budget") for p in problems):
        if acuut + lopend > length:
            problems.append(Problem("acuut_budget", Code.BUDGETS_EXCEED_MEETING,
                                    {"total": acuut + lopend, "meeting": length,
                                     "excess": acuut + lopend - length}))
        if acuut + lopend == 0:
            problems.append(Problem("lopend_budget", Code.OUT_OF_RANGE, {"min": 1, "max": length}))
    if not isinstance(settings.first_block, Block):
        problems.append(Problem("first_block", Code.INVALID_CHOICE))
    minutes: dict[ItemType, int] = {}
    for item_type in ItemType:
        raw = settings.default_minutes.get(item_type)
        if raw is None:
            problems.append(Problem(f"default_minutes.{item_type.value}", Code.REQUIRED))
            continue
        minutes[item_type] = _int(problems, f"default_minutes.{item_type.value}", raw, 1,
                                  MAX_ITEM_MINUTES)
    horizon = _int(problems, "horizon_months", settings.horizon_months, 1, MAX_HORIZON_MONTHS)
    if problems:
        raise ValidationError(problems)
    return dataclasses.replace(
        settings, team_name=name, meeting_weekday=weekday, meeting_start=start,
        meeting_minutes=length, acuut_budget=acuut, lopend_budget=lopend,
        default_minutes=minutes, horizon_months=horizon, privacy_mode=bool(settings.privacy_mode),
        terugblik=bool(settings.terugblik),
    )


def _to_json(settings: TeamSettings) -> dict[str, Any]:
    return {
        "team_name": settings.team_name,
        "meeting_weekday": settings.meeting_weekday,
        "meeting_start": settings.meeting_start.strftime("%H:%M"),
        "meeting_minutes": settings.meeting_minutes,
        "acuut_budget": settings.acuut_budget,
        "lopend_budget": settings.lopend_budget,
        "first_block": settings.first_block.value,
        "default_minutes": {t.value: m for t, m in settings.default_minutes.items()},
        "horizon_months": settings.horizon_months,
        "privacy_mode": settings.privacy_mode,
        "terugblik": settings.terugblik,
    }


def load(store: Store) -> TeamSettings:
    """Stored settings; anything missing or unreadable falls back to the default."""
    stored = {row["key"]: row["value"] for row in store.query("SELECT key, value FROM setting")}
    defaults = TeamSettings()
    values: dict[str, Any] = {}
    for f in dataclasses.fields(TeamSettings):
        if f.name not in stored:
            continue
        try:
            raw = json.loads(stored[f.name])
            if f.name == "meeting_start":
                values[f.name] = parse_time(raw)
            elif f.name == "first_block":
                values[f.name] = Block(raw)
            elif f.name == "default_minutes":
                merged = dict(defaults.default_minutes)
                merged.update({ItemType(k): int(v) for k, v in raw.items()})
                values[f.name] = merged
            elif f.name in ("team_name",):
                values[f.name] = str(raw)
            elif f.name in ("privacy_mode", "terugblik"):
                values[f.name] = bool(raw)
            else:
                values[f.name] = int(raw)
        except (ValueError, TypeError, AttributeError, KeyError):
            continue
    return dataclasses.replace(defaults, **values)


def save(store: Store, settings: TeamSettings) -> TeamSettings:
    """Validate and store all settings in one transaction."""
    clean = validate(settings)
    with store.transaction() as conn:
        for key, value in _to_json(clean).items():
            conn.execute(
                "INSERT INTO setting(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
        store.notify(Change("settings"))
    return clean
