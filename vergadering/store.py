"""The SQLite file: opening it safely, migrations, transactions and change listeners.

Environment problems the user can act on (not a database, locked, read-only, from a
newer app version, disk full) become :class:`StoreError` with a :class:`StoreProblem`;
anything else is a bug and propagates.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import files, schema
from .clock import Clock, SystemClock
from .textfold import fold

if TYPE_CHECKING:
    import sqlite_utils

# "VERG" in ASCII: marks a file as ours, so another program's database is refused.
APPLICATION_ID = 0x56455247
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 16_000
# The tables of schema.VERSION (test_store checks this against a migrated database): a
# file at that version without one of them was damaged by another tool.
TABLES = ("setting", "member", "client", "meeting", "item", "item_change", "meeting_event",
          "decision", "rating", "rating_respondent", "consultation", "client_dates", "action")


class StoreProblem(enum.Enum):
    NOT_A_DATABASE = "not_a_database"
    OTHER_APPLICATION = "other_application"
    NEWER_VERSION = "newer_version"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CANNOT_OPEN = "cannot_open"
    MISSING = "missing"  # the file is not there (a share not mounted, a typing error)
    EMPTY_FILE = "empty_file"  # a zero-byte file: never silently made into a database
    IS_A_FOLDER = "is_a_folder"  # the path names a folder, not a file
    NO_WRITE_ACCESS = "no_write_access"  # a new file cannot be made: no rights in the folder
    OLDER_READ_ONLY = "older_read_only"  # needs updating but cannot be written: nothing to show


class StoreError(Exception):
    def __init__(self, problem: StoreProblem, path: str = "", detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path} {detail}".strip())
        self.problem = problem
        self.path = path
        self.detail = detail


_BY_CODE = {
    sqlite3.SQLITE_NOTADB: StoreProblem.NOT_A_DATABASE,
    sqlite3.SQLITE_CORRUPT: StoreProblem.NOT_A_DATABASE,
    sqlite3.SQLITE_BUSY: StoreProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StoreProblem.LOCKED,
    sqlite3.SQLITE_READONLY: StoreProblem.READ_ONLY,
    sqlite3.SQLITE_FULL: StoreProblem.DISK_FULL,
    sqlite3.SQLITE_IOERR: StoreProblem.DISK_FULL,
    sqlite3.SQLITE_CANTOPEN: StoreProblem.CANNOT_OPEN,
}


def classify(error: sqlite3.Error) -> StoreProblem | None:
    """Sort an SQLite error into a problem the user can act on, or None for a bug.

    By its error code (an extended code's low byte is the primary one), never by its
    text, which differs between SQLite versions."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return _BY_CODE.get(code & 0xFF)


@dataclass(frozen=True)
class Change:
    """What an operation changed: an entity kind ("member", "client", "settings")
    and the ids touched (empty means "possibly all")."""

    kind: str
    ids: tuple[int, ...] = ()

    def affects(self, *kinds: str) -> bool:
        """True for a change of one of ``kinds``, or an external one (anything may differ)."""
        return self.kind == EXTERNAL or self.kind in kinds


# Another process (a colleague's app on the same file) committed: reload everything.
EXTERNAL = "external"

Listener = Callable[[Change], None]


@dataclass
class Store:
    """One open database file (or an in-memory one for tests)."""

    conn: sqlite3.Connection
    path: str
    read_only: bool = False
    clock: Clock = field(default_factory=SystemClock)
    _listeners: list[Listener] = field(default_factory=list)
    _pending: list[Change] = field(default_factory=list)
    _after_changes: list[Callable[[], None]] = field(default_factory=list)
    _depth: int = 0
    _data_version: int | None = None
    closed: bool = False  # after close(): work scheduled for later must not touch it

    def __post_init__(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # a bad file is reported by the migration
            self._data_version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, for migrations and introspection; loaded
        only when needed (it adds a tenth of a second to the app's start)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # -- listeners ---------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def subscribe_after_changes(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` once after the listeners heard all changes of one operation
        (so a screen that several changes concern reloads once)."""
        self._after_changes.append(listener)
        return lambda: self._after_changes.remove(listener)

    def notify(self, change: Change) -> None:
        """Queue a change; listeners hear it once the outermost transaction commits."""
        if self._depth:
            self._pending.append(change)
        else:
            self._emit([change])

    def _emit(self, changes: list[Change]) -> None:
        for change in dict.fromkeys(changes):
            for listener in list(self._listeners):
                listener(change)
        if changes:
            for after in list(self._after_changes):
                after()

    # -- transactions ------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE); nested calls become savepoints."""
        if self.read_only:
            raise StoreError(StoreProblem.READ_ONLY, self.path)
        conn = self.conn
        savepoint = f"sp{self._depth}"
        try:
            if self._depth == 0:
                conn.execute("BEGIN IMMEDIATE")
            else:
                conn.execute(f"SAVEPOINT {savepoint}")
        except sqlite3.DatabaseError as error:
            raise _as_store_error(error, self.path) from error
        self._depth += 1
        mark = len(self._pending)
        try:
            yield conn
        except BaseException as error:
            self._depth -= 1
            # SQLite may already have rolled back on its own (disk full, I/O error).
            if self._depth == 0:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                self._pending.clear()
            else:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {savepoint}")
                    conn.execute(f"RELEASE {savepoint}")
                del self._pending[mark:]  # listeners never hear of undone changes
            if isinstance(error, sqlite3.Error) and classify(error) is not None:
                raise _as_store_error(error, self.path) from error
            raise
        self._depth -= 1
        try:
            if self._depth == 0:
                conn.execute("COMMIT")
            else:
                conn.execute(f"RELEASE {savepoint}")
        except sqlite3.DatabaseError as error:
            if self._depth == 0:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                self._pending.clear()
            raise _as_store_error(error, self.path) from error
        if self._depth == 0:
            pending, self._pending = self._pending, []
            self._emit(pending)

    def query(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        try:
            return list(self.conn.execute(sql, params))
        except sqlite3.DatabaseError as error:  # also a malformed page met while reading
            problem = classify(error)
            if problem is None:
                raise
            raise StoreError(problem, self.path, str(error)) from error

    def poll_external(self) -> bool:
        """Tell listeners (Change EXTERNAL) when another connection has committed since the
        last poll. Cheap enough for a timer: SQLite answers from the connection state."""
        if self._depth:
            return False
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        if changed:
            self._emit([Change(EXTERNAL)])
        return changed

    def is_empty(self) -> bool:
        """True when no team data has been entered yet (settings aside)."""
        row = self.query("SELECT (SELECT count(*) FROM member) + (SELECT count(*) FROM client)")
        return int(row[0][0]) == 0

    @contextlib.contextmanager
    def waiting_at_most(self, milliseconds: int) -> Iterator[None]:
        """Wait at most ``milliseconds`` for a file another connection holds (instead of
        :data:`BUSY_TIMEOUT_MS`) in what runs inside: a window tries again itself rather
        than freezing for seconds."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def close(self) -> None:
        self.closed = True
        self.conn.close()


def _as_store_error(error: sqlite3.Error, path: str) -> StoreError:
    problem = classify(error)
    if problem is None:
        raise error
    return StoreError(problem, path, str(error))


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    return conn


def _casefold(value: object) -> str | None:
    # NFKC + casefold (textfold.fold): the one rule by which references match.
    return fold(value) if isinstance(value, str) else None


def _configure(conn: sqlite3.Connection) -> None:
    # COLLATE NOCASE folds ASCII only; casefold() also matches NOËL with Noël.
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    # Writers wait for each other up to this long (BEGIN IMMEDIATE takes the write lock
    # at once, so a wait never ends in a deadlock), then the user hears "bezet".
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The rollback journal (SQLite's default, "delete"), not WAL: WAL needs shared memory
    # that a network share cannot give, so a team file in a shared folder would break.
    # FULL: a commit is on disk before it returns, so a crash or power cut loses nothing
    # that was saved.
    conn.execute("PRAGMA synchronous = FULL")
    # A page cache of up to 16 MB (SQLite's default is 2 MB): an organisation's file
    # (10,000 clients, 500,000 decisions) is read several times over by Trends and the
    # forecast; a team's file never fills it (benchmarks/README.md).
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")


def open_memory(clock: Clock | None = None) -> Store:
    """A fresh in-memory database with the current schema (tests, scripts)."""
    conn = _connect("file::memory:")
    _configure(conn)
    store = Store(conn, ":memory:", clock=clock or SystemClock())
    check_and_migrate(store)
    return store


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (for the per-user folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        path.parent.chmod(stat.S_IRWXU)
    files.create_new(path, private=True)


def create_database_file(path: Path, *, private: bool) -> None:
    """Create the empty file SQLite then fills: 0600 in the per-user folder (``private``),
    elsewhere 0660 (owner and group), whatever the umask. SQLite gives its journal the
    same mode. FileExistsError when it is already there."""
    if private:
        create_private_file(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    files.create_new(path, private=False)


def open_store(
    path: str | os.PathLike[str],
    clock: Clock | None = None,
    *,
    create: bool = True,
    private: bool = False,
) -> Store:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    Without ``create`` a missing file (MISSING) or a zero-byte one (EMPTY_FILE) is
    refused and left as it is: only a deliberate "new database" may make one.
    A new file is created owner-only with ``private`` (the per-user folder), else owner
    and group (vergadering.files); an existing file keeps its mode. A file this app
    cannot write is opened read-only (``Store.read_only``). Raises StoreError.
    """
    file = Path(path)
    text = str(file)
    if file.is_dir():
        raise StoreError(StoreProblem.IS_A_FOLDER, text, "is a directory")
    if not create:
        try:
            size = file.stat().st_size
        except FileNotFoundError as error:
            raise StoreError(StoreProblem.MISSING, text, "does not exist") from error
        except OSError:
            size = None  # unreadable: opening it says why
        if size == 0:
            raise StoreError(StoreProblem.EMPTY_FILE, text, "zero bytes")
    if not file.exists():
        try:
            with contextlib.suppress(FileExistsError):  # another instance was quicker
                create_database_file(file, private=private)
        except OSError as error:
            problem = (StoreProblem.NO_WRITE_ACCESS if _is_permission(error)
                       else StoreProblem.CANNOT_OPEN)
            raise StoreError(problem, text, str(error)) from error
    writable = not file.exists() or (
        os.access(file, os.W_OK) and os.access(file.parent, os.W_OK | os.X_OK)
    )
    uri = file.resolve().as_uri() + ("?mode=ro" if not writable else "")
    try:
        conn = _connect(uri)
        _configure(conn)
    except sqlite3.Error as error:
        raise StoreError(classify(error) or StoreProblem.CANNOT_OPEN, text, str(error)) from error
    store = Store(conn, text, read_only=not writable,
                  clock=clock or SystemClock())
    try:
        check_and_migrate(store)
    except BaseException:
        conn.close()
        raise
    return store


def _is_permission(error: OSError) -> bool:
    return isinstance(error, PermissionError) or error.errno in (13, 30)


def check_and_migrate(store: Store) -> None:
    """Refuse a file that is not ours or from a newer version; migrate an older one."""
    conn = store.conn
    try:
        # One statement, so the three values come from one snapshot even while another
        # instance is creating the schema.
        version, app_id, tables, ours = (int(v) for v in conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version),"
            " (SELECT application_id FROM pragma_application_id),"
            " (SELECT count(*) FROM sqlite_master),"
            " (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
            f" ({', '.join('?' * len(TABLES))}))", TABLES).fetchone())
    except sqlite3.DatabaseError as error:
        raise StoreError(classify(error) or StoreProblem.NOT_A_DATABASE, store.path,
                         str(error)) from error
    # Our migrations set application_id together with user_version, so a file with
    # tables (or a version) but no application_id belongs to another program.
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and (tables or version)):
        raise StoreError(StoreProblem.OTHER_APPLICATION, store.path)
    if version > schema.VERSION:
        raise StoreError(StoreProblem.NEWER_VERSION, store.path,
                         f"schema {version} > {schema.VERSION}")
    if version == schema.VERSION:
        if ours != len(TABLES):
            raise StoreError(StoreProblem.NOT_A_DATABASE, store.path, "a table is missing")
        return
    if store.read_only:
        raise StoreError(StoreProblem.OLDER_READ_ONLY, store.path, "needs migration")
    with store.transaction():
        # Re-read inside the write lock: another instance may have migrated meanwhile.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > schema.VERSION:
            raise StoreError(StoreProblem.NEWER_VERSION, store.path)
        for number, migration in enumerate(schema.MIGRATIONS[version:], start=version + 1):
            migration(store.db, store.clock.now())
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
