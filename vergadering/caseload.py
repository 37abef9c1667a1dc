"""Caseload CSV import, as exported from a care record system or (Dutch) Excel.

Reading and checking (:func:`read_caseload`, :func:`preview`) never writes; the import
(:func:`import_caseload`) writes everything in one transaction, or nothing, through
:mod:`vergadering.clients` and :mod:`vergadering.members` (which own those tables).
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass, field

from . import clients, members
from .caseload_scan import (  # noqa: F401 — the column names are part of this interface
    BEHANDELAAR,
    CARE_START,
    CLIENT,
    LAST_EVALUATION,
    NEXT_EVALUATION,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    Action,
    CaseloadRow,
    Checker,
    Scan,
    normalise_header,
)
from .problems import Code, Problem, ValidationError
from .store import Change, Store
from .textfold import fold

MAX_FILE_BYTES = 20 * 1024 * 1024
# The preview keeps every row up to SHOWN_ROWS, and after that the rows with problems up
# to SHOWN_PROBLEM_ROWS; every row is counted. A file at the size limit has ~400,000 rows.
SHOWN_ROWS = 1000
SHOWN_PROBLEM_ROWS = 1000


@dataclass
class CaseloadFile:
    """A checked file: how it was read, its problems, the counts of its rows, and the
    rows the preview shows (``rows``: not every row of a large file). The file's bytes
    are kept, so the import reads exactly what was checked."""

    encoding: str = ""
    delimiter: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[CaseloadRow] = field(default_factory=list)
    file_problems: list[Problem] = field(default_factory=list)
    new_members: list[str] = field(default_factory=list)
    row_count: int = 0
    invalid_count: int = 0
    new_count: int = 0
    update_count: int = 0
    data: bytes = field(default=b"", repr=False)
    #: Lines that conflict with what is stored (found when checking or importing).
    excluded: dict[int, list[Problem]] = field(default_factory=dict, repr=False)
    #: Every line with a problem: the import leaves them out.
    skipped_lines: set[int] = field(default_factory=set, repr=False)

    @property
    def valid_rows(self) -> list[CaseloadRow]:
        """The valid rows among those shown."""
        return [r for r in self.rows if r.valid]

    @property
    def invalid_rows(self) -> list[CaseloadRow]:
        """The rows with problems among those shown (``invalid_count`` counts them all)."""
        return [r for r in self.rows if not r.valid]

    @property
    def valid_count(self) -> int:
        return self.row_count - self.invalid_count

    @property
    def all_shown(self) -> bool:
        return len(self.rows) == self.row_count

    @property
    def ok(self) -> bool:
        return not self.file_problems and not self.invalid_count

    def exclude(self, line: int, problems: list[Problem]) -> None:
        """Mark a line that conflicts with what is stored: it counts as invalid now."""
        if line in self.excluded:
            return
        self.excluded[line] = problems
        self.skipped_lines.add(line)
        self.invalid_count += 1
        for row in self.rows:
            if row.line == line:
                if row.action is Action.NEW:
                    self.new_count -= 1
                elif row.action is Action.UPDATE:
                    self.update_count -= 1
                row.problems += problems
                row.action = None


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    new_members: tuple[str, ...]


def read_file_bytes(path: str | os.PathLike[str]) -> bytes | None:
    """A caseload file's bytes, never more than the size limit: a regular file is
    refused by its size before reading (None), anything else (a device, a pipe) is read
    up to one byte past the limit, which :func:`read_caseload` then refuses. OSError is
    the caller's to report."""
    with open(path, "rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > MAX_FILE_BYTES:
            return None
        return file.read(MAX_FILE_BYTES + 1)


def read_caseload_file(path: str | os.PathLike[str], today: dt.date) -> CaseloadFile:
    """:func:`read_caseload` on a file, reading it with :func:`read_file_bytes`."""
    return read_caseload_data(read_file_bytes(path), today)


def read_caseload_data(data: bytes | None, today: dt.date) -> CaseloadFile:
    """:func:`read_caseload` on what :func:`read_file_bytes` gave."""
    return _too_large() if data is None else read_caseload(data, today)


def check_file(store: Store, path: str | os.PathLike[str]) -> CaseloadFile:
    """Read and check a file against itself and what is stored, in one pass: what the
    import shows before it writes. OSError is the caller's to report."""
    return check_data(store, read_file_bytes(path))


def check_data(store: Store, data: bytes | None) -> CaseloadFile:
    """:func:`check_file` on what :func:`read_file_bytes` gave."""
    return _too_large() if data is None else read_caseload(data, store.clock.today(), store)


def _too_large() -> CaseloadFile:
    result = CaseloadFile()
    result.file_problems.append(Problem("file", Code.FILE_TOO_LARGE,
                                        {"max_mb": MAX_FILE_BYTES // (1024 * 1024)}))
    return result


def read_caseload(data: bytes, today: dt.date, store: Store | None = None) -> CaseloadFile:
    """Parse and check a caseload file against its own content, and with a ``store``
    against what is stored as well (as :func:`preview` does). Never writes."""
    if len(data) > MAX_FILE_BYTES:
        return _too_large()
    result = CaseloadFile(data=data)
    scan = Scan(data)
    result.encoding, result.delimiter, result.columns = scan.encoding, scan.delimiter, scan.columns
    checker = Checker(scan, today)
    matcher = _Matcher(store) if store is not None else None
    for row in checker.rows():
        if matcher is not None and matcher.match(row):
            result.excluded[row.line] = row.problems
        _count(result, row)
    result.file_problems = scan.problems
    if not result.file_problems and not result.row_count:
        result.file_problems.append(Problem("file", Code.EMPTY_FILE))
    if matcher is not None:
        result.new_members = matcher.new_member_names()
    return result


def _count(result: CaseloadFile, row: CaseloadRow) -> None:
    result.row_count += 1
    if not row.valid:
        result.invalid_count += 1
        result.skipped_lines.add(row.line)
    elif row.action is Action.NEW:
        result.new_count += 1
    elif row.action is Action.UPDATE:
        result.update_count += 1
    if result.row_count <= SHOWN_ROWS or (
            not row.valid and result.invalid_count <= SHOWN_PROBLEM_ROWS):
        result.rows.append(row)


class _Matcher:
    """Matches checked rows with what is stored: new or an update, a conflict with the
    stored dates, and behandelaars not yet in the team (each name looked up once)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.today = store.clock.today()
        self.known = clients.reference_index(store)
        self._members: dict[str, bool] = {}  # whether in the team, by name as written
        self._folded: dict[str, bool] = {}  # the same, by folded name
        self._new_members: dict[str, str] = {}

    def match(self, row: CaseloadRow) -> bool:
        """Mark the row new or an update; True when it conflicts with what is stored."""
        if not row.valid:
            row.action = None
            return False
        existing = self.known.get(clients.reference_key(row.reference))
        if existing is not None:
            conflicts: list[Problem] = []
            clients.check_dates(conflicts, self.today, row.care_start or existing.care_start,
                                row.last_evaluation or existing.last_evaluation)
            if conflicts:
                row.problems += [Problem(LAST_EVALUATION if p.field == "last_evaluation"
                                         else p.field, p.code, {**p.params, "stored": True})
                                 for p in conflicts]
                row.action = None
                return True
        row.action = Action.UPDATE if existing else Action.NEW
        name = row.behandelaar
        if name not in self._members:  # by the name as written, then as folded
            key = fold(name)
            if key not in self._folded:
                self._folded[key] = members.find_by_name(self.store, name) is not None
                if not self._folded[key]:
                    self._new_members[key] = name
            self._members[name] = self._folded[key]
        return False

    def new_member_names(self) -> list[str]:
        return sorted(self._new_members.values(), key=str.casefold)


def preview(store: Store, parsed: CaseloadFile) -> CaseloadFile:
    """Check a read file against what is stored as well: each valid row is new or an
    update, and the behandelaars to be added are listed.

    An update is also checked against what is stored: a start of care in the file
    that lies after the stored last evaluation (or the reverse) makes the row invalid,
    so the user sees every such conflict before importing.
    """
    if parsed.file_problems or not parsed.data:
        return parsed
    checked = read_caseload(parsed.data, store.clock.today(), store)
    excluded = parsed.excluded
    for name in ("rows", "file_problems", "new_members", "row_count", "invalid_count",
                 "new_count", "update_count", "excluded", "skipped_lines"):
        setattr(parsed, name, getattr(checked, name))
    for line, problems in excluded.items():
        parsed.exclude(line, problems)
    return parsed

def import_caseload(
    store: Store, parsed: CaseloadFile, *, skip_invalid: bool = False
) -> ImportResult:
    """Import the rows of a checked file in one transaction.

    Any file problem, or any invalid row without ``skip_invalid``, raises
    ValidationError and writes nothing. Existing clients (same reference,
    case-insensitive) are updated; an empty date cell keeps the stored date. The file
    is read again from the bytes that were checked, row by row, and written in batches.
    """
    if parsed.file_problems:
        raise ValidationError(parsed.file_problems)
    if parsed.invalid_count and not skip_invalid:
        raise ValidationError([p for r in parsed.invalid_rows for p in r.problems]
                              or [p for ps in parsed.excluded.values() for p in ps])
    writer = _Writer(store)
    with store.transaction():
        scan = Scan(parsed.data)
        for row in Checker(scan, writer.today).valid_rows(parsed.skipped_lines):
            writer.write(row)
        writer.flush()
        if scan.problems:  # the bytes were checked before: this cannot differ
            raise ValidationError(scan.problems)
        store.notify(Change("client"))
        store.notify(Change("member"))
    return ImportResult(writer.created, writer.updated, parsed.invalid_count,
                        tuple(writer.added))


class _Writer:
    """Writes an import's rows in batches (inside its transaction): new clients, updates
    of stored ones, and behandelaars not yet in the team."""

    BATCH = 5000

    def __init__(self, store: Store) -> None:
        self.store = store
        self.today = store.clock.today()
        self.known = clients.reference_index(store)
        self.created = self.updated = 0
        self.added: list[str] = []
        self._member_ids: dict[str, int] = {}  # by folded name
        self._by_name: dict[str, int] = {}  # by the name as written
        self._new: list[clients.Imported] = []
        self._updates: list[tuple[int, clients.CleanClient]] = []

    def _member_id(self, name: str) -> int:
        member_id = self._by_name.get(name)
        if member_id is None:
            key = fold(name)
            member_id = self._member_ids.get(key)
            if member_id is None:
                member = members.find_by_name(self.store, name)
                if member is None:
                    member = members.add_member(self.store, name)
                    self.added.append(member.name)
                member_id = self._member_ids[key] = member.id
            self._by_name[name] = member_id
        return member_id

    def write(self, row: CaseloadRow) -> None:
        member_id = self._by_name.get(row.behandelaar) or self._member_id(row.behandelaar)
        existing = self.known.get(clients.reference_key(row.reference))
        if existing is None:
            self._new.append((row.reference, member_id, row.care_start, row.last_evaluation,
                              row.next_evaluation))
            self.created += 1
        else:
            care_start = row.care_start or existing.care_start
            last = row.last_evaluation or existing.last_evaluation
            problems: list[Problem] = []
            clients.check_dates(problems, self.today, care_start, last)
            if problems:
                # The file's start of care conflicts with a stored evaluation, or the
                # reverse (stored since the preview).
                raise ValidationError([Problem(p.field, p.code, {**p.params, "line": row.line})
                                       for p in problems])
            self._updates.append((existing.id, clients.CleanClient(
                row.reference, member_id, care_start, last,
                row.next_evaluation or existing.next_evaluation)))
            self.updated += 1
        if len(self._new) + len(self._updates) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self._new:
            clients.insert_imported(self.store, self._new)
            self._new = []
        if self._updates:
            clients.update_imported(self.store, self._updates)
            self._updates = []
