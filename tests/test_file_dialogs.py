"""File dialogs start in the folder last used for that kind of file, else in the user's
documents folder: never in the program's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from ui import paths
from ui.kit import file_dialogs


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    store = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(paths, "settings", lambda: store)
    return store


def test_documents_first_then_the_folder_last_used(qapp, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    assert file_dialogs.start_folder("folders/export") == documents
    chosen = tmp_path / "team" / "export.csv"
    chosen.parent.mkdir()
    file_dialogs.remember("folders/export", str(chosen))
    assert file_dialogs.start_folder("folders/export") == str(chosen.parent)
    assert file_dialogs.start_folder("folders/besluitenlijst") == documents  # per kind
    chosen.parent.rmdir()  # a folder that is gone (a USB stick taken out)
    assert file_dialogs.start_folder("folders/export") == documents
    assert file_dialogs.start_folder("folders/export") != str(Path.cwd())
