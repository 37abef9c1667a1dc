"""Backups of the database file with SQLite's backup API, and restoring one.

A backup is a consistent copy (SQLite takes a read lock while it copies, so a colleague
writing at the same moment waits or is waited for). Backups go into a folder beside the
database, ``<name>-reservekopieen``: for a team file in a shared folder they stay under
that folder's access rights, for the private per-user file under the owner's. Each backup
gets the permissions of the file it copies, the folder those of the database's folder.

A backup is written under a temporary name and renamed when complete, so a crash or a
full disk never leaves a half backup that looks whole. Only the newest :data:`KEEP` are
kept. The file name says when and why: ``team-20261124-090012-vergadering.db``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from . import schema
from .store import (
    APPLICATION_ID,
    EXTERNAL,
    Change,
    Store,
    StoreError,
    StoreProblem,
    check_and_migrate,
    classify,
)

KEEP = 20  # about five months of weekly meetings
DAILY_AFTER = dt.timedelta(hours=20)  # at start-up, when the newest backup is older
_SUFFIX = ".db"
_PARTIAL = ".tmp"


class BackupReason(enum.Enum):
    MEETING = "vergadering"  # just before a meeting starts
    DAILY = "dagelijks"  # the first start of the app on a day
    MANUAL = "handmatig"  # Bestand › Reservekopie maken
    BEFORE_RESTORE = "voor-herstel"  # the state replaced by a restore


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    reason: BackupReason
    size: int  # bytes


def folder(database: str | os.PathLike[str]) -> Path:
    path = Path(database)
    return path.parent / f"{path.stem}-reservekopieen"


def _name_pattern(database: Path) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r.value) for r in BackupReason)
    return re.compile(rf"^{re.escape(database.stem)}-(\d{{8}}-\d{{6}})(?:-\d+)?-({reasons})"
                      rf"{re.escape(_SUFFIX)}$")


def list_backups(database: str | os.PathLike[str]) -> list[Backup]:
    """The complete backups of ``database``, newest first."""
    path = Path(database)
    pattern = _name_pattern(path)
    found: list[Backup] = []
    with contextlib.suppress(OSError):
        for entry in folder(path).iterdir():
            match = pattern.match(entry.name)
            if match is None or not entry.is_file():
                continue
            made_at = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(Backup(entry, made_at, BackupReason(match.group(2)),
                                entry.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def make_backup(store: Store, reason: BackupReason, *, keep: int = KEEP) -> Backup | None:
    """Copy the store's file into its backup folder; None for an in-memory store.

    Raises StoreError (DISK_FULL, READ_ONLY, CANNOT_OPEN) when the copy cannot be made;
    the database itself is never touched.
    """
    if store.path == ":memory:":
        return None
    source = Path(store.path).resolve()
    made_at = store.clock.now().replace(microsecond=0)
    target_folder = folder(source)
    partial: Path | None = None
    try:
        if not target_folder.exists():
            target_folder.mkdir()
            target_folder.chmod(stat.S_IMODE(source.parent.stat().st_mode))
        target = _free_name(source, target_folder, made_at, reason)
        partial = target.with_name(target.name + _PARTIAL)
        mode = stat.S_IMODE(source.stat().st_mode)
        # Created with the source's permissions from the start: never readable by more
        # people than the database, not even for a moment.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode & 0o666))
        os.chmod(partial, mode)
        _copy(source, partial)
        os.replace(partial, target)
    except OSError as error:
        _remove(partial)
        problem = (StoreProblem.DISK_FULL if error.errno == 28 else
                   StoreProblem.READ_ONLY if error.errno in (13, 30) else
                   StoreProblem.CANNOT_OPEN)
        raise StoreError(problem, str(target_folder), str(error)) from error
    except sqlite3.Error as error:
        _remove(partial)
        raise StoreError(classify(error) or StoreProblem.CANNOT_OPEN, str(source),
                         str(error)) from error
    rotate(source, keep)
    return Backup(target, made_at, reason, target.stat().st_size)


def _remove(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def _free_name(source: Path, target_folder: Path, made_at: dt.datetime,
               reason: BackupReason) -> Path:
    stamp = made_at.strftime("%Y%m%d-%H%M%S")
    for number in range(1, 1000):
        extra = f"-{number}" if number > 1 else ""
        candidate = target_folder / f"{source.stem}-{stamp}{extra}-{reason.value}{_SUFFIX}"
        if not candidate.exists() and not candidate.with_name(
                candidate.name + _PARTIAL).exists():
            return candidate
    raise OSError(17, "too many backups in one second", str(target_folder))


def _copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, on connections of its own (so it
    may run in another thread than the store's)."""
    src = sqlite3.connect(source.as_uri() + "?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def rotate(database: str | os.PathLike[str], keep: int = KEEP) -> list[Path]:
    """Remove all but the newest ``keep`` backups, and partial ones left by a crash;
    returns what was removed."""
    removed: list[Path] = []
    for old in list_backups(database)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    cutoff = dt.datetime.now().timestamp() - 3600  # not one being written right now
    with contextlib.suppress(OSError):
        for entry in folder(database).glob(f"{Path(database).stem}-*{_SUFFIX}{_PARTIAL}"):
            if entry.stat().st_mtime < cutoff:
                entry.unlink()
                removed.append(entry)
    return removed


def daily_backup_due(store: Store) -> bool:
    """True when the newest backup is older than :data:`DAILY_AFTER` (or there is none)."""
    if store.path == ":memory:" or store.read_only:
        return False
    backups = list_backups(store.path)
    return not backups or store.clock.now() - backups[0].made_at >= DAILY_AFTER


def check_backup(path: str | os.PathLike[str]) -> int:
    """The schema version of a backup that can be restored; raises StoreError when it is
    not one of our databases, from a newer version of the app, or damaged."""
    file = Path(path)
    try:
        conn = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreError(StoreProblem.CANNOT_OPEN, str(file), str(error)) from error
    try:
        version, app_id = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version),"
            " (SELECT application_id FROM pragma_application_id)").fetchone()
        if app_id != APPLICATION_ID:
            raise StoreError(StoreProblem.OTHER_APPLICATION, str(file))
        if version > schema.VERSION:
            raise StoreError(StoreProblem.NEWER_VERSION, str(file))
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(StoreProblem.NOT_A_DATABASE, str(file), "quick_check failed")
        return int(version)
    except sqlite3.DatabaseError as error:
        raise StoreError(classify(error) or StoreProblem.NOT_A_DATABASE, str(file),
                         str(error)) from error
    finally:
        conn.close()


def restore(store: Store, path: str | os.PathLike[str]) -> Backup | None:
    """Replace the store's data by the backup at ``path``; returns the backup made of the
    data it replaced (nothing is lost by restoring). Other computers with the file open
    see the restored data on their next poll."""
    if store.read_only:
        raise StoreError(StoreProblem.READ_ONLY, store.path)
    check_backup(path)
    safety = make_backup(store, BackupReason.BEFORE_RESTORE)
    source = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        source.backup(store.conn)
    except sqlite3.Error as error:
        raise StoreError(classify(error) or StoreProblem.CANNOT_OPEN, store.path,
                         str(error)) from error
    finally:
        source.close()
    check_and_migrate(store)  # a backup from before an app update gets the new schema
    store.notify(Change(EXTERNAL))
    return safety
