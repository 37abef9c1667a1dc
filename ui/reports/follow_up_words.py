"""The besluitenlijst's plain Dutch words for what a decision follows up and agrees
(rules 12–14, docs/rules.md): how the previous decision was carried out and why not
fully, whether it was discussed with the client, and the actions with their state.

Qt-free like :mod:`ui.reports.minutes_text` (the command line writes these without Qt);
the words match what the screens say (``ui.kit.words``; a test compares them).
"""

from __future__ import annotations

from vergadering.actions import ActionState
from vergadering.dates import format_nl
from vergadering.follow_up import CarriedOut, DiscussedWithClient, FollowUpReason
from vergadering.minutes import AgreedAction, FollowedUp

# As ui.kit.words.carried_out and follow_up_reason say them on screen.
_CARRIED_OUT = {CarriedOut.FULLY: "volledig", CarriedOut.PARTLY: "deels",
                CarriedOut.NOT_AT_ALL: "niet"}
_REASONS = {FollowUpReason.CLIENT_WANTED_OTHERWISE: "cliënt wilde het anders",
            FollowUpReason.NEW_INFORMATION: "nieuwe informatie",
            FollowUpReason.PHYSICAL_CONDITION: "lichamelijke situatie",
            FollowUpReason.WAITING_LIST: "wachtlijst/capaciteit",
            FollowUpReason.NOT_RECORDED: "niet vastgelegd", FollowUpReason.OTHER: "anders"}
_DISCUSSED = {DiscussedWithClient.YES: "ja", DiscussedWithClient.LATER: "volgt",
              DiscussedWithClient.NO: "nee"}
FOLLOW_UP = "Vorig besluit"
PERSPECTIVE = "Perspectief cliënt / naasten"
ACTIONS = "Acties"
DISCUSSED = "Besproken met cliënt"

def carried_out_name(value: CarriedOut) -> str:
    """``volledig``, ``deels``, ``niet``."""
    return _CARRIED_OUT[value]


def reason_name(reason: FollowUpReason) -> str:
    """``nieuwe informatie``, ``wachtlijst/capaciteit``, ``anders``..."""
    return _REASONS[reason]


def discussed_name(value: DiscussedWithClient) -> str:
    """``ja``, ``volgt``, ``nee``."""
    return _DISCUSSED[value]


def how_it_went(follow_up: FollowedUp) -> str:
    """``volledig uitgevoerd``; ``deels uitgevoerd — reden: anders: <text>``."""
    text = f"{carried_out_name(follow_up.carried_out)} uitgevoerd"
    if follow_up.reason is not None:
        text += f" — reden: {reason_name(follow_up.reason)}"
    if follow_up.reason_text:
        text += f": {follow_up.reason_text}"
    return text


def action_state(action: AgreedAction) -> str:
    """``open``; ``gedaan door Bram Bakker op 01-12-2026``; ``vervallen door …``."""
    if action.state is ActionState.OPEN:
        return "open"
    word = "gedaan" if action.state is ActionState.DONE else "vervallen"
    return f"{word} door {action.closed_by or 'onbekend'} op {format_nl(action.closed_on)}"


def action_line(action: AgreedAction) -> str:
    """``Huisarts bellen — Anna de Vries, uiterlijk 15-12-2026 (open)``; an open action
    of a corrected decision says so (rule 13)."""
    state = action_state(action)
    if action.from_corrected:
        state += "; uit het gecorrigeerde besluit"
    return f"{action.what} — {action.owner}, uiterlijk {format_nl(action.due)} ({state})"
