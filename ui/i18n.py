"""Translation outside QObject subclasses.

Widgets use ``self.tr(...)``. Module-level code uses :func:`tr` from here: pyside6-lupdate
files bare ``tr("...")`` calls under the empty context, so that is where we look them up.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values`` in one pass: a value that
    itself contains ``%2`` (a client's reference, a name) stays as it is."""
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _MARK.sub(value, text)


_MARK = re.compile(r"%(\d+)")
