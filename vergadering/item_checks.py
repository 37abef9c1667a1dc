"""Checking an agenda item's input: rule 1 (a type and a block, no defaults; a vraag or
kwestie states its question) and the form's limits."""

from __future__ import annotations

from dataclasses import replace

from . import settings as team_settings
from .item_types import DecisionKind, ItemInput
from .problems import Code, Problem, ValidationError, check_text
from .settings import Block, ItemType
from .store import Store

QUESTION_MAX = 300
PROCESS_STATE_MAX = 500
PERSPECTIVE_MAX = 500
NEEDS_QUESTION = (ItemType.VRAAG, ItemType.KWESTIE)


def _check_member(store: Store, problems: list[Problem], field: str, member_id: int | None,
                  *, required: bool = True) -> None:
    if member_id is None:
        if required:
            problems.append(Problem(field, Code.REQUIRED))
        return
    rows = store.query("SELECT name, active FROM member WHERE id = ?", (member_id,))
    if not rows:
        problems.append(Problem(field, Code.NOT_FOUND))
    elif not rows[0]["active"]:
        problems.append(Problem(field, Code.INACTIVE, {"name": rows[0]["name"]}))


def check_by(store: Store, by: int | None) -> None:
    """``by`` (who makes the change) must be a known member when given."""
    if by is not None and not store.query("SELECT 1 FROM member WHERE id = ?", (by,)):
        raise ValidationError([Problem("by", Code.NOT_FOUND)])


def validate(store: Store, data: ItemInput, settings: team_settings.TeamSettings) -> ItemInput:
    """Rule 1 and the form's limits. Returns the cleaned input with minutes filled in."""
    problems: list[Problem] = []
    if data.client_id is None:
        problems.append(Problem("client", Code.REQUIRED))
    else:
        rows = store.query("SELECT reference, active FROM client WHERE id = ?", (data.client_id,))
        if not rows:
            problems.append(Problem("client", Code.NOT_FOUND))
        elif not rows[0]["active"]:
            problems.append(Problem("client", Code.INACTIVE, {"name": rows[0]["reference"]}))
    _check_member(store, problems, "presenter", data.presenter_id)
    if not isinstance(data.type, ItemType):
        problems.append(Problem("type", Code.REQUIRED))
    if not isinstance(data.block, Block):
        problems.append(Problem("block", Code.REQUIRED))
    question = check_text(problems, "question", data.question, max_length=QUESTION_MAX,
                          required=data.type in NEEDS_QUESTION, single_line=False)
    state = check_text(problems, "process_state", data.process_state,
                       max_length=PROCESS_STATE_MAX, required=False, single_line=False)
    perspective = check_text(problems, "client_perspective", data.client_perspective,
                             max_length=PERSPECTIVE_MAX, required=False, single_line=False)
    minutes = data.minutes
    if minutes is None and isinstance(data.type, ItemType):
        minutes = settings.default_minutes[data.type]
    if minutes is not None and not (isinstance(minutes, int) and not isinstance(minutes, bool)
                                    and
                                    1 <= minutes <= team_settings.MAX_ITEM_MINUTES):
        problems.append(Problem("minutes", Code.OUT_OF_RANGE,
                                {"min": 1, "max": team_settings.MAX_ITEM_MINUTES}))
    if data.proposed_decision is not None and not isinstance(data.proposed_decision,
                                                             DecisionKind):
        problems.append(Problem("proposed_decision", Code.INVALID_CHOICE))
    if problems:
        raise ValidationError(problems)
    return replace(data, question=question, process_state=state, minutes=minutes,
                   client_perspective=perspective)
