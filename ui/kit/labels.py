"""The marks of where an agenda item comes from: carried over, reporting back on a
separate consultation. The words for the domain's values and dates are in
:mod:`ui.kit.words`."""

from __future__ import annotations

from ..i18n import fill, tr


def carried_over(times: int) -> str:
    """The mark of an item that was not reached before: ``↻ 2× doorgeschoven``."""
    if times <= 0:
        return ""
    return fill(tr("↻ %1× doorgeschoven"), times)


def report_back() -> str:
    """The mark of an item that reports back on a separate consultation (rule 10)."""
    return tr("↩ terugkoppeling apart overleg")


def item_marks(carried: int, reports_back: bool) -> str:
    """What is particular about where an item comes from, e.g. ``↩ terugkoppeling apart
    overleg · ↻ 1× doorgeschoven``; empty for an ordinary item."""
    return " · ".join(filter(None, (report_back() if reports_back else "",
                                    carried_over(carried))))

