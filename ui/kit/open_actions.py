"""A client's open actions (rule 13, docs/rules.md) as short Dutch lines, the same in the
item form and on the chair's screen: ``Brief aan huisarts — Bram Bakker, uiterlijk
1-12-2026 (te laat)``, at most a few, then ``+ 2 meer``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from vergadering.actions import Action

from ..i18n import fill, tr
from . import words

SHOWN = 3  # lines before "+ N meer": a note, not a list to work through


def line(action: Action, today: dt.date) -> str:
    """``<what> — <owner>, uiterlijk <date>``, with ``(te laat)`` when overdue: said in
    words, never by colour alone."""
    what = " ".join(action.what.split())
    text = fill(tr("%1 — %2, uiterlijk %3"), what, action.owner, words.date(action.due))
    if action.overdue_on(today):
        text += " " + tr("(te laat)")
    return text


def lines(actions: Sequence[Action], today: dt.date, shown: int = SHOWN) -> list[str]:
    """The first ``shown`` actions (soonest due first, as the domain lists them)."""
    return [line(action, today) for action in actions[:shown]]


def more(actions: Sequence[Action], shown: int = SHOWN) -> str:
    """``+ 2 meer`` for the actions past the first ``shown``; "" when there are none."""
    rest = len(actions) - shown
    return fill(tr("+ %1 meer"), rest) if rest > 0 else ""
