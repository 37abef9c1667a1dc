"""Where the database lives: the per-user data folder by default, or the file the user
chose last time (remembered in QSettings, which holds UI state only).

The GUI asks Qt here; :mod:`ui.locations` gives the same answers without Qt, for the
command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from ui.locations import APPLICATION, DATABASE_NAME, LAST_DATABASE_KEY, ORGANIZATION

__all__ = ["APPLICATION", "LAST_DATABASE_KEY", "ORGANIZATION", "choose_database",
           "default_database", "init_application_names", "is_first_start", "is_private",
           "remember_database", "remembered_database", "settings"]


def init_application_names() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def settings() -> QSettings:
    init_application_names()
    return QSettings(ORGANIZATION, APPLICATION)


def default_database() -> Path:
    init_application_names()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DATABASE_NAME


def remembered_database() -> Path | None:
    value = settings().value(LAST_DATABASE_KEY)
    return Path(str(value)) if value else None


def remember_database(path: Path) -> None:
    s = settings()
    s.setValue(LAST_DATABASE_KEY, str(path))
    s.sync()


def choose_database(cli_path: str | None) -> tuple[Path, bool]:
    """The file to open and whether it is the private per-user default."""
    if cli_path:
        return Path(cli_path).expanduser(), False
    remembered = remembered_database()
    if remembered is not None:
        return remembered, remembered == default_database()
    return default_database(), True


def is_first_start(cli_path: str | None) -> bool:
    """True when no file was named or remembered: the per-user default may be made."""
    return not cli_path and remembered_database() is None


def is_private(path: str | Path) -> bool:
    """True for a file in the per-user data folder: the app makes it owner-only there;
    elsewhere (a team folder) owner and group (vergadering.files)."""
    folder = default_database().parent.resolve()
    return Path(path).expanduser().resolve().is_relative_to(folder)
