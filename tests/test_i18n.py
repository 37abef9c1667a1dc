"""One-pass text substitution and the two count forms (ui/i18n.py)."""

from __future__ import annotations

from ui.i18n import count, fill


def test_a_value_is_never_read_again() -> None:
    # A client reference that itself contains "%2" stays as it is.
    assert fill("%1 staat op %2", "X-%2", "dinsdag") == "X-%2 staat op dinsdag"
    assert fill("%2 na %1", "a", "b") == "b na a"
    assert fill("%1 en %10", "een") == "een en %10"  # no tenth value: left alone
    assert fill("100%", 5) == "100%"


def test_one_or_many() -> None:
    assert count(1, "%n besluit vastgelegd", "%n besluiten vastgelegd") == \
        "1 besluit vastgelegd"
    assert count(0, "%n invuller", "%n invullers") == "0 invullers"
    assert count(3, "%n invuller", "%n invullers") == "3 invullers"
    assert fill(count(2, "%n punt op %1", "%n punten op %1"), "X-%n") == "2 punten op X-%n"
