"""When two texts name the same thing: one folding rule for every match of client
references (and member names), in Python and in SQL (``casefold()``, see store.py)."""

from __future__ import annotations

import unicodedata

# Characters that show nothing (or move text around) but make two references differ:
# controls (C0 and C1), format characters (zero-width space/joiner, a BOM, bidi
# controls, soft hyphen) and line/paragraph separators.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def fold(text: str) -> str:
    """Compatibility-normalised and case-folded (NFKC_Casefold in spirit): 'K' (Kelvin),
    'ＡＢ', 'ﬁ', 'ß' and a decomposed 'ë' fold like 'k', 'ab', 'fi', 'ss' and 'ë'."""
    if text.isascii():  # NFKC leaves ASCII as it is; casefold is lower there
        return text.lower()
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def stored_form(text: str) -> str:
    """How a reference is stored: composed (NFC)."""
    return unicodedata.normalize("NFC", text)


def first_invisible(text: str) -> str | None:
    """The first invisible character in ``text``, or None."""
    if text.isprintable():  # false for every character of those categories
        return None
    for char in text:
        if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            return char
    return None
