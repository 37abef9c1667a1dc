"""Translation outside QObject subclasses.

Widgets use ``self.tr(...)``. Module-level code uses :func:`tr` from here: pyside6-lupdate
files bare ``tr("...")`` calls under the empty context, so that is where we look them up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
