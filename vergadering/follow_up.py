"""Following up the previous decision (rule 12) and the client's voice (rule 14): what a
new decision says about the one before it — carried out fully, partly or not, and if not
fully, why — and whether it was discussed with the client. Plain values and their
checks; :mod:`vergadering.decisions` stores them on the decision row (so a correction
corrects them too, rule 4) and decides when a follow-up is due.

Writes nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .item_types import DecisionKind
from .problems import Code, Problem, check_text

REASON_TEXT_MAX = 200
# The kinds of decision whose execution the next evaluation follows up: afsluiten ends
# the treatment, so there is nothing to carry out at a next evaluation.
FOLLOWED_UP_KINDS = (DecisionKind.DOORGAAN, DecisionKind.VERWIJZEN)


class CarriedOut(enum.Enum):
    """Was the previous decision carried out (uitgevoerd)?"""

    FULLY = "fully"  # volledig
    PARTLY = "partly"  # deels
    NOT_AT_ALL = "not_at_all"  # niet


class FollowUpReason(enum.Enum):
    """Why the previous decision was not (fully) carried out."""

    CLIENT_WANTED_OTHERWISE = "client_wanted_otherwise"  # cliënt wilde het anders
    NEW_INFORMATION = "new_information"  # nieuwe informatie
    PHYSICAL_CONDITION = "physical_condition"  # lichamelijke situatie
    WAITING_LIST = "waiting_list"  # wachtlijst / capaciteit
    NOT_RECORDED = "not_recorded"  # niet vastgelegd
    OTHER = "other"  # anders (with a text)


class DiscussedWithClient(enum.Enum):
    """Was the decision discussed with the client (None: not asked, older decisions)?"""

    YES = "yes"  # ja
    LATER = "later"  # volgt
    NO = "no"  # nee


@dataclass(frozen=True)
class FollowUpInput:
    """What the team says about the previous decision."""

    carried_out: CarriedOut | None
    reason: FollowUpReason | None = None  # needed unless carried out fully
    reason_text: str = ""  # needed when the reason is OTHER; optional otherwise


def is_due_after(kind: DecisionKind) -> bool:
    """Does a decision of ``kind`` need a follow-up at the client's next decision?"""
    return kind in FOLLOWED_UP_KINDS


def check(problems: list[Problem], data: FollowUpInput | None, due: dict[str, object] | None,
          ) -> FollowUpInput | None:
    """Rule 12: a follow-up exactly when one is ``due`` (the previous decision's
    id, day and kind, for the message), complete; the cleaned input. Appends to
    ``problems``."""
    if due is None:
        if data is not None:
            problems.append(Problem("follow_up", Code.FOLLOW_UP_NOT_DUE))
        return None
    if data is None:
        problems.append(Problem("follow_up", Code.FOLLOW_UP_REQUIRED, dict(due)))
        return None
    if not isinstance(data.carried_out, CarriedOut):
        problems.append(Problem("carried_out", Code.REQUIRED))
        return data
    reason = data.reason
    text_required = False
    if data.carried_out is CarriedOut.FULLY:
        if reason is not None or data.reason_text.strip():
            problems.append(Problem("follow_up_reason", Code.REASON_NOT_NEEDED))
    elif reason is None:
        problems.append(Problem("follow_up_reason", Code.REQUIRED))
    elif not isinstance(reason, FollowUpReason):
        problems.append(Problem("follow_up_reason", Code.INVALID_CHOICE))
    else:
        text_required = reason is FollowUpReason.OTHER
    text = check_text(problems, "follow_up_text", data.reason_text, max_length=REASON_TEXT_MAX,
                      required=text_required)
    return FollowUpInput(data.carried_out, reason, text)


def check_discussed(problems: list[Problem], value: object) -> None:
    """``discussed_with_client`` is one of the choices, or not given."""
    if value is not None and not isinstance(value, DiscussedWithClient):
        problems.append(Problem("discussed_with_client", Code.INVALID_CHOICE))
