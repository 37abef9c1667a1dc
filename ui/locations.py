"""Where the files live, found without Qt: the command line uses this, so a report by
script does not load PySide6. The GUI asks Qt itself (:mod:`ui.paths`); the answers are
the same, which ``tests/test_locations.py`` checks against Qt on Linux.

- The per-user data folder is Qt's ``QStandardPaths.AppDataLocation`` for our names:
  Linux ``$XDG_DATA_HOME`` (when absolute) or ``~/.local/share``, Windows ``%APPDATA%``
  (the roaming application data), macOS ``~/Library/Application Support``, each followed
  by ``<organisation>/<application>``.
- The database the GUI opened last is remembered in QSettings. On Linux that is an INI
  file (``$XDG_CONFIG_HOME`` or ``~/.config``, then ``<organisation>/<application>.conf``),
  read here as Qt writes it. A value this reader is not sure of, and the registry
  (Windows) or a property list (macOS), raise :class:`NeedsQt`: the caller then asks Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ORGANIZATION = "vergadering"
APPLICATION = "vergadering"
DATABASE_NAME = "vergadering.db"
LAST_DATABASE_SECTION, LAST_DATABASE_NAME = "database", "last"
LAST_DATABASE_KEY = f"{LAST_DATABASE_SECTION}/{LAST_DATABASE_NAME}"


class NeedsQt(Exception):
    """The remembered database can only be read through QSettings here."""


def data_folder(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user data folder, as ``QStandardPaths.AppDataLocation`` gives it."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        base = env.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / ORGANIZATION / APPLICATION
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / ORGANIZATION / APPLICATION
    return _xdg_home(env, "XDG_DATA_HOME", ".local/share") / ORGANIZATION / APPLICATION


def default_database(environ: Mapping[str, str] | None = None) -> Path:
    """The database in the per-user data folder (the GUI's first start makes it)."""
    return data_folder(environ) / DATABASE_NAME


def is_private(path: str | Path) -> bool:
    """True for a file in the per-user data folder: owner-only there; elsewhere (a team
    folder) owner and group (vergadering.files)."""
    folder = default_database().parent.resolve()
    return Path(path).expanduser().resolve().is_relative_to(folder)


def remembered_database(environ: Mapping[str, str] | None = None,
                        platform: str | None = None) -> Path | None:
    """The database the GUI opened last, or None; :class:`NeedsQt` where only QSettings
    can tell (Windows, macOS, or a value written in a form this reader does not know)."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin"):
        raise NeedsQt(platform)
    config = _xdg_home(env, "XDG_CONFIG_HOME", ".config")
    # QSettings(organisation, application) looks in the application's file, then in the
    # organisation's; the system-wide files under Qt's own folder are not used here.
    for file in (config / ORGANIZATION / f"{APPLICATION}.conf",
                 config / f"{ORGANIZATION}.conf"):
        value = _ini_value(file, LAST_DATABASE_SECTION, LAST_DATABASE_NAME)
        if value is not None:
            return Path(value) if value else None
    return None


def _xdg_home(env: Mapping[str, str], name: str, fallback: str) -> Path:
    """An XDG base folder: Qt ignores a value that is empty or not an absolute path."""
    value = env.get(name, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def _ini_value(file: Path, section: str, key: str) -> str | None:
    """The text stored under ``[section] key=`` in a QSettings INI file, or None."""
    try:
        text = file.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise NeedsQt(str(file)) from error
    current = None
    found: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            continue
        name, equals, raw = stripped.partition("=")
        if current == section and equals and name.strip() == key:
            found = _unescape(raw.strip())
    return found


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            '"': '"', "'": "'", "?": "?", "\\": "\\"}
_HEX = "0123456789abcdefABCDEF"


def _unescape(raw: str) -> str:
    """A single string as QSettings writes it in an INI file: quoted when it holds ``,``
    ``;`` ``=`` or spaces at an end, backslash escapes, a leading ``@`` doubled."""
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(raw):
        char = raw[i]
        if char == '"':
            quoted = not quoted
            i += 1
            continue
        if char == "," and not quoted:
            raise NeedsQt("a list")
        if char != "\\":
            out.append(char)
            i += 1
            continue
        if i + 1 == len(raw):
            raise NeedsQt("a value over more lines")
        escape = raw[i + 1]
        i += 2
        if escape in _ESCAPES:
            out.append(_ESCAPES[escape])
        elif escape == "x":
            start = i
            while i < len(raw) and raw[i] in _HEX:
                i += 1
            if i == start:
                raise NeedsQt("an empty hex escape")
            out.append(chr(int(raw[start:i], 16)))
        elif escape in "01234567":
            start = i - 1
            while i < len(raw) and raw[i] in "01234567":
                i += 1
            out.append(chr(int(raw[start:i], 8)))
        else:
            raise NeedsQt("an unknown escape")
    value = "".join(out)
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@"):
        raise NeedsQt("a typed value")
    return value
