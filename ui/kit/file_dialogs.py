"""Where file dialogs start: the folder last used for that kind of file, else the user's
documents folder — never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from .. import paths


def start_folder(key: str) -> str:
    """The folder remembered under ``key`` if it still exists, else Documents, else home."""
    remembered = str(paths.settings().value(key, "") or "")
    if remembered and Path(remembered).is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def remember(key: str, path: str) -> None:
    """Remember the folder of a chosen ``path`` for the next dialog of this kind."""
    paths.settings().setValue(key, str(Path(path).parent))
