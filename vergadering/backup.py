"""Backups of the database file with SQLite's backup API, and restoring one.

A backup is a consistent copy (SQLite takes a read lock while it copies, so a colleague
writing at the same moment waits or is waited for). Backups go into a folder beside the
database, ``<name>-reservekopieen``: for a team file in a shared folder they stay under
that folder's access rights, for the private per-user file under the owner's. Each backup
gets the permissions of the file it copies; the folder is never open to others (see
:func:`_folder_mode`). ``team.sqlite`` has its own folder beside ``team.db``'s.

A backup is written under a temporary name and renamed when complete, so a crash or a
full disk never leaves a half backup that looks whole. Only the newest :data:`KEEP` are
kept. The file name says in which order, when and why:
``team-000042-20261124-090012-vergadering.db``. The order is the sequence number, one
higher than the highest in the folder, never the time: the team's PCs share the folder and
one PC with a wrong clock must not decide which backups are kept. The time (of the PC
that made it) is only shown, and "one a day" ignores backups made "in the future".

Waiting for a file another program holds locked ends after :data:`WAIT_SECONDS` (the
store's normal wait) with StoreError LOCKED, for backups and restores alike.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from . import files, schema
from .problems import Code, Problem, ValidationError
from .store import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
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
# A backup made by a PC whose clock runs up to this much ahead still counts as today's.
CLOCK_SKEW = dt.timedelta(minutes=10)
# How long a backup or restore waits for a file another program holds locked (tests
# shorten it).
WAIT_SECONDS = BUSY_TIMEOUT_MS / 1000
_SUFFIX = ".db"
_PARTIAL = ".tmp"
_SEQUENCE_DIGITS = 6


class BackupReason(enum.Enum):
    MEETING = "vergadering"  # just before a meeting starts
    DAILY = "dagelijks"  # the first start of the app on a day
    MANUAL = "handmatig"  # Bestand › Reservekopie maken
    BEFORE_RESTORE = "voor-herstel"  # the state replaced by a restore


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime  # by the clock of the PC that made it: shown, never relied on
    reason: BackupReason
    size: int  # bytes
    sequence: int = 0  # the order of making; 0 for backups of older versions of the app


def folder(database: str | os.PathLike[str]) -> Path:
    """``team-reservekopieen`` for ``team.db``; ``team.sqlite-reservekopieen`` for
    ``team.sqlite``, so two databases with one name in one folder never share backups."""
    path = Path(database)
    if path.suffix.lower() == _SUFFIX:
        return path.parent / f"{path.stem}-reservekopieen"
    return path.parent / f"{path.stem}{path.suffix or '.'}-reservekopieen"


def _name_pattern(database: Path) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r.value) for r in BackupReason)
    return re.compile(rf"^{re.escape(database.stem)}-(?:(\d{{{_SEQUENCE_DIGITS},}})-)?"
                      rf"(\d{{8}}-\d{{6}})(?:-\d+)?-({reasons}){re.escape(_SUFFIX)}$")


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
            made_at = dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
            found.append(Backup(entry, made_at, BackupReason(match.group(3)),
                                entry.stat().st_size, int(match.group(1) or 0)))
    return sorted(found, key=lambda b: (b.sequence, b.made_at, b.path.name), reverse=True)


def make_backup(store: Store, reason: BackupReason, *, keep: int = KEEP,
                protect: Collection[Path] = ()) -> Backup | None:
    """Copy the store's file into its backup folder; None for an in-memory store.
    Rotation afterwards never removes the new backup nor those in ``protect``.

    Raises StoreError (DISK_FULL, READ_ONLY, CANNOT_OPEN, LOCKED after
    :data:`WAIT_SECONDS`) when the copy cannot be made; the database is never touched.
    """
    if store.path == ":memory:":
        return None
    source = Path(store.path).resolve()
    made_at = store.clock.now().replace(microsecond=0)
    target_folder = folder(source)
    partial: Path | None = None
    try:
        _make_folder(source, target_folder)
        target, sequence = _free_name(source, target_folder, made_at, reason)
        partial = target.with_name(target.name + _PARTIAL)
        mode = stat.S_IMODE(source.stat().st_mode)
        # Created with the source's permissions from the start: never readable by more
        # people than the database, not even for a moment.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode & 0o666))
        os.chmod(partial, mode)
        _copy(source, partial)
        os.replace(partial, target)
        made = Backup(target, made_at, reason, target.stat().st_size, sequence)
    except _GaveUp as error:
        _remove(partial)
        raise StoreError(StoreProblem.LOCKED, str(source), "still locked") from error
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
    rotate(source, keep, protect={made.path, *(Path(p).resolve() for p in protect)})
    return made


def _folder_mode(source: Path) -> int:
    """Owner only for an owner-only database (the per-user file is created 0600);
    otherwise the parent's owner and group rights (its group may be the team's), never
    anything for others: a world-writable parent (1777) gives 0770."""
    if stat.S_IMODE(source.stat().st_mode) & 0o077 == 0:
        return 0o700
    parent = stat.S_IMODE(source.parent.stat().st_mode)
    return (parent & (0o770 | stat.S_ISGID)) | 0o700


def _make_folder(source: Path, target_folder: Path) -> None:
    wanted = _folder_mode(source)
    if not target_folder.exists():
        with contextlib.suppress(FileExistsError):  # another PC was quicker
            target_folder.mkdir(mode=0o700)  # nobody else, not even for a moment
            os.chmod(target_folder, wanted)
    elif stat.S_IMODE(target_folder.stat().st_mode) & 0o007:
        # Made open to others by an older version: close it when it is ours to close.
        with contextlib.suppress(OSError):
            os.chmod(target_folder, stat.S_IMODE(target_folder.stat().st_mode) & ~0o007)


def _remove(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def _free_name(source: Path, target_folder: Path, made_at: dt.datetime,
               reason: BackupReason) -> tuple[Path, int]:
    """The next sequence number (one above the highest in the folder, partial backups
    included) and a name with it that is not taken."""
    numbered = re.compile(rf"^{re.escape(source.stem)}-(\d{{{_SEQUENCE_DIGITS},}})-")
    highest = 0
    for entry in target_folder.iterdir():
        match = numbered.match(entry.name)
        if match is not None:
            highest = max(highest, int(match.group(1)))
    sequence = highest + 1
    stamp = made_at.strftime("%Y%m%d-%H%M%S")
    prefix = f"{source.stem}-{sequence:0{_SEQUENCE_DIGITS}d}-{stamp}"
    for number in range(1, 1000):
        extra = f"-{number}" if number > 1 else ""
        candidate = target_folder / f"{prefix}{extra}-{reason.value}{_SUFFIX}"
        if not candidate.exists() and not candidate.with_name(
                candidate.name + _PARTIAL).exists():
            return candidate, sequence
    raise OSError(17, "too many backups with one number", str(target_folder))


class _GaveUp(Exception):
    """The other side of a copy stayed locked longer than :data:`WAIT_SECONDS`."""


def _deadline_guard(wait: float) -> Callable[[int, int, int], None]:
    """A progress callback for ``Connection.backup``: Python retries a locked step for
    ever, this ends it once ``wait`` seconds have passed."""
    deadline = time.monotonic() + wait

    def guard(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and (
                time.monotonic() >= deadline):
            raise _GaveUp
    return guard


def _open_for_reading(path: Path, wait: float) -> sqlite3.Connection:
    """A read-only connection inside a read transaction: the shared lock is taken here,
    waiting at most ``wait`` seconds (then "database is locked"), and held until closed,
    so the copy that follows reads one consistent state without waiting again."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=wait,
                           isolation_level=None, check_same_thread=False)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, on connections of its own (so it
    may run in another thread than the store's)."""
    wait = WAIT_SECONDS
    src = _open_for_reading(source, wait)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, progress=_deadline_guard(wait))
        finally:
            dst.close()
    finally:
        src.close()


def rotate(database: str | os.PathLike[str], keep: int = KEEP,
           protect: Collection[Path] = ()) -> list[Path]:
    """Remove all but the newest ``keep`` backups (in the order they were made, whatever
    the clocks said), never one in ``protect``, and partial ones left by a crash;
    returns what was removed."""
    removed: list[Path] = []
    kept = {Path(p).resolve() for p in protect}
    for old in list_backups(database)[keep:]:
        if old.path.resolve() in kept:
            continue
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
    """True unless a backup was made in the last :data:`DAILY_AFTER` by this PC's clock.
    Backups stamped in the future (another PC's clock runs ahead) do not count: they must
    not stop this PC's daily backups."""
    if store.path == ":memory:" or store.read_only:
        return False
    now = store.clock.now()
    return not any(now - DAILY_AFTER < b.made_at <= now + CLOCK_SKEW
                   for b in list_backups(store.path))


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
    data it replaced (nothing is lost by restoring: neither that copy nor the backup
    restored from is removed by the rotation). Other computers with the file open see the
    restored data on their next poll.

    Raises ValidationError (RESTORE_SAME_FILE) for the database file itself, StoreError
    for a bad backup or when the file stays locked longer than :data:`WAIT_SECONDS`.
    """
    if store.read_only:
        raise StoreError(StoreProblem.READ_ONLY, store.path)
    if is_live_file(store, path):
        raise ValidationError([Problem("backup", Code.RESTORE_SAME_FILE)])
    check_backup(path)
    backup_file = Path(path).resolve()
    safety = make_backup(store, BackupReason.BEFORE_RESTORE, protect=(backup_file,))
    wait = WAIT_SECONDS
    try:
        source = _open_for_reading(backup_file, wait)
    except sqlite3.Error as error:
        raise StoreError(classify(error) or StoreProblem.CANNOT_OPEN, str(path),
                         str(error)) from error
    # The store's own busy handler waits for the lock on the live file; the guard ends
    # Python's retrying once the wait is over.
    store.conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
    try:
        source.backup(store.conn, progress=_deadline_guard(wait))
    except _GaveUp as error:
        raise StoreError(StoreProblem.LOCKED, store.path, "still locked") from error
    except sqlite3.Error as error:
        raise StoreError(classify(error) or StoreProblem.CANNOT_OPEN, store.path,
                         str(error)) from error
    finally:
        store.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        source.close()
    check_and_migrate(store)  # a backup from before an app update gets the new schema
    store.notify(Change(EXTERNAL))
    return safety


def restore_onto(database: str | os.PathLike[str], path: str | os.PathLike[str], *,
                 private: bool, now: dt.datetime) -> Path | None:
    """Put the backup at ``path`` in place of a database file that cannot be opened
    (damaged, empty). The file it replaces is kept beside it as
    ``<name>.beschadigd-<date>-<time>`` (with its journal, if any), never deleted; returns
    that name, or None when there was no file. Raises StoreError for a bad backup or
    when the backup stays locked longer than :data:`WAIT_SECONDS`, OSError when the
    folder cannot be written; the database file is then left as it was."""
    check_backup(path)
    target = Path(database)
    kept: Path | None = None
    if target.exists():
        stamp = now.strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.name}.beschadigd-{stamp}")
        number = 1
        while kept.exists():
            number += 1
            kept = target.with_name(f"{target.name}.beschadigd-{stamp}-{number}")
        target.rename(kept)
        journal = target.with_name(target.name + "-journal")
        if journal.exists():
            journal.rename(kept.with_name(kept.name + "-journal"))
    try:
        files.create_new(target, private=private)
        _copy(Path(path), target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            target.unlink()
        if kept is not None:
            kept.rename(target)  # as it was: nothing lost
        if isinstance(error, _GaveUp):
            raise StoreError(StoreProblem.LOCKED, str(path), "still locked") from error
        if isinstance(error, sqlite3.Error):
            raise StoreError(classify(error) or StoreProblem.CANNOT_OPEN, str(path),
                             str(error)) from error
        raise
    return kept


def is_live_file(store: Store, path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is the store's own database file (restoring it onto itself
    would wait for itself for ever)."""
    if store.path == ":memory:":
        return False
    try:
        return os.path.samefile(path, store.path)
    except OSError:
        return Path(path).resolve() == Path(store.path).resolve()
