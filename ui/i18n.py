"""Translation outside QObject subclasses, without loading Qt.

Widgets use ``self.tr(...)``. Module-level code uses :func:`tr` from here: pyside6-lupdate
files bare ``tr("...")`` calls under the empty context, so that is where we look them up.

This module imports no Qt, so the command line can use the Dutch messages
(``ui.messages``) without loading PySide6. :func:`tr` asks an installable translator:
the GUI's start-up (``ui.app``) installs ``QCoreApplication.translate("", text)``. Until
then, the text is looked up through Qt only if the process has loaded Qt already (a test
with a ``QTranslator`` but without the app's start-up); otherwise it stays as it is, the
Dutch source text, which is what Qt would return without a translator.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable


def _until_installed(text: str) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")  # never imported here: only if loaded
    if qtcore is None:
        return text
    return str(qtcore.QCoreApplication.translate("", text))


_translate: Callable[[str], str] = _until_installed


def install_translator(translate: Callable[[str], str]) -> None:
    """Let :func:`tr` look texts up with ``translate`` from now on."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    return _translate(text)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values`` in one pass: a value that
    itself contains ``%2`` (a client's reference, a name) stays as it is."""
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _MARK.sub(value, text)


_MARK = re.compile(r"%(\d+)")
_COUNT = re.compile(r"%n")


def count(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many``, with ``%n`` replaced by ``n``: Dutch (and
    English) have two forms, and each comes through ``tr()`` on its own, so a translation
    gives both. Other markers (``%1``…) are left for :func:`fill`, which never touches
    ``%n``: ``fill(count(n, tr("%n besluit op %1"), tr("%n besluiten op %1")), day)``."""
    return _COUNT.sub(str(n), one if n == 1 else many)
