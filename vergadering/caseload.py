"""Caseload CSV import, as exported from a care record system or (Dutch) Excel.

Reading and checking (:func:`read_caseload`, :func:`preview`) never writes; the import
(:func:`import_caseload`) writes everything in one transaction, or nothing, through
:mod:`vergadering.clients` and :mod:`vergadering.members` (which own those tables).
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import os
import stat
import unicodedata
from dataclasses import dataclass, field

from . import clients, members
from .csv_encoding import EncodingError, decode
from .dates import DateParseError, parse_optional_date
from .problems import Code, Problem, ValidationError, check_text
from .store import Change, Store
from .textfold import fold

MAX_FILE_BYTES = 20 * 1024 * 1024
DELIMITERS = (";", ",", "\t")

CLIENT = "client"
BEHANDELAAR = "behandelaar"
CARE_START = "in_zorg_sinds"
LAST_EVALUATION = "laatste_evaluatie"
NEXT_EVALUATION = "volgende_evaluatie"
REQUIRED_COLUMNS = (CLIENT, BEHANDELAAR)
OPTIONAL_COLUMNS = (CARE_START, LAST_EVALUATION, NEXT_EVALUATION)
_ALIASES = {"cliënt": CLIENT}


class Action(enum.Enum):
    NEW = "new"
    UPDATE = "update"


@dataclass
class CaseloadRow:
    line: int
    reference: str
    behandelaar: str
    care_start: dt.date | None = None
    last_evaluation: dt.date | None = None
    next_evaluation: dt.date | None = None
    problems: list[Problem] = field(default_factory=list)
    action: Action | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass
class CaseloadFile:
    encoding: str = ""
    delimiter: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[CaseloadRow] = field(default_factory=list)
    file_problems: list[Problem] = field(default_factory=list)
    new_members: list[str] = field(default_factory=list)

    @property
    def valid_rows(self) -> list[CaseloadRow]:
        return [r for r in self.rows if r.valid]

    @property
    def invalid_rows(self) -> list[CaseloadRow]:
        return [r for r in self.rows if not r.valid]

    @property
    def ok(self) -> bool:
        return not self.file_problems and not self.invalid_rows


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


def _too_large() -> CaseloadFile:
    result = CaseloadFile()
    result.file_problems.append(Problem("file", Code.FILE_TOO_LARGE,
                                        {"max_mb": MAX_FILE_BYTES // (1024 * 1024)}))
    return result


def normalise_header(name: str) -> str:
    text = unicodedata.normalize("NFC", name).strip().strip('"').strip().lower()
    text = "_".join(text.replace("-", " ").replace("_", " ").split())
    return _ALIASES.get(text, text)


def _split_header(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _sniff(first_line: str) -> str:
    """The delimiter that splits the header into a recognisable set of columns."""
    best, best_score = ";", -1
    for delimiter in DELIMITERS:
        names = {normalise_header(h) for h in _split_header(first_line, delimiter)}
        score = 10 * len(names & set(REQUIRED_COLUMNS + OPTIONAL_COLUMNS))
        score += first_line.count(delimiter) > 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _skip_blank(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _opens_a_quote(raw: str) -> bool:
    """True when a row's text leaves a quote open (a doubled quote "" is a pair); only
    asked of a row that spans several lines up to the end of the file."""
    return raw.count('"') % 2 == 1


def read_caseload(data: bytes, today: dt.date) -> CaseloadFile:
    """Parse and check a caseload file against its own content (not the database)."""
    if len(data) > MAX_FILE_BYTES:
        return _too_large()
    result = CaseloadFile()
    try:
        text, result.encoding = decode(data)
    except EncodingError as error:
        result.file_problems.append(Problem("file", error.code, {"line": error.line}))
        return result
    # Lines as csv counts them (\n, \r, \r\n), not str.splitlines() (also \f, \x85, ...).
    lines = io.StringIO(text, newline="").readlines()
    start = _skip_blank(lines, 0)
    if start == len(lines):
        result.file_problems.append(Problem("file", Code.EMPTY_FILE))
        return result
    first = lines[start].strip()
    hint = lines[start].rstrip("\r\n").strip(" ")  # strip() would eat "sep=<tab>"
    if hint.lower().startswith("sep=") and len(hint) == 5:  # Excel's delimiter hint
        result.delimiter = hint[4]
        start = _skip_blank(lines, start + 1)
        if start == len(lines):
            result.file_problems.append(Problem("file", Code.EMPTY_FILE))
            return result
    else:
        result.delimiter = _sniff(first)
    reader = csv.reader(io.StringIO("".join(lines[start:]), newline=""),
                        delimiter=result.delimiter)
    offset = start  # physical line number = offset + reader.line_num
    try:
        header = next(reader, [])
    except csv.Error as error:
        result.file_problems.append(Problem("file", Code.UNREADABLE_FILE,
                                            {"line": offset + 1, "detail": str(error)}))
        return result
    header_line = offset + reader.line_num
    names = [normalise_header(h) for h in header]
    result.columns = names
    for column in REQUIRED_COLUMNS:
        if column not in names:
            result.file_problems.append(Problem(column, Code.MISSING_COLUMN,
                                                {"column": column, "line": header_line,
                                                 "found": [h.strip() for h in header]}))
    for column in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
        if names.count(column) > 1:
            result.file_problems.append(Problem(column, Code.DUPLICATE_COLUMN,
                                                {"column": column, "line": header_line}))
    if result.file_problems:
        return result
    index = {name: names.index(name) for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS
             if name in names}
    seen: dict[str, int] = {}
    previous_end = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.file_problems.append(Problem("file", Code.UNREADABLE_FILE,
                                                {"line": offset + reader.line_num,
                                                 "detail": str(error)}))
            return result
        line = offset + previous_end + 1
        end = offset + reader.line_num
        if end > line and end == len(lines) and _opens_a_quote("".join(lines[line - 1:end])):
            # The csv module reads on to the end of the file: say where it started.
            result.file_problems.append(Problem("file", Code.UNCLOSED_QUOTE, {"line": line}))
            return result
        previous_end = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        row = _check_row(line, cells, index, today)
        key = clients.reference_key(row.reference)
        if row.reference and key in seen:
            row.problems.append(Problem(CLIENT, Code.DUPLICATE_IN_FILE,
                                       {"value": row.reference, "line": seen[key]}))
        elif row.reference:
            seen[key] = line
        result.rows.append(row)
    if not result.rows:
        result.file_problems.append(Problem("file", Code.EMPTY_FILE))
    return result


def _check_row(line: int, cells: list[str], index: dict[str, int], today: dt.date) -> CaseloadRow:
    def cell(name: str) -> str:
        position = index.get(name)
        if position is None or position >= len(cells):
            return ""
        return cells[position]

    problems: list[Problem] = []
    reference = clients.check_reference(problems, CLIENT, cell(CLIENT))
    behandelaar = " ".join(check_text(problems, BEHANDELAAR, cell(BEHANDELAAR),
                                      max_length=members.NAME_MAX).split())
    for name, value in ((CLIENT, reference), (BEHANDELAAR, behandelaar)):
        if "\ufffd" in value:  # a letter lost when the file was saved earlier on
            problems.append(Problem(name, Code.REPLACEMENT_CHARACTER))
    dates: dict[str, dt.date | None] = {}
    for column in OPTIONAL_COLUMNS:
        raw = cell(column)
        try:
            dates[column] = parse_optional_date(raw)
        except DateParseError as error:
            problems.append(Problem(column, error.code, {"value": raw.strip()[:40]}))
            dates[column] = None
    date_problems: list[Problem] = []
    clients.check_dates(date_problems, today, dates[CARE_START], dates[LAST_EVALUATION])
    field_names = {"last_evaluation": LAST_EVALUATION}
    problems += [Problem(field_names.get(p.field, p.field), p.code, p.params)
                 for p in date_problems]
    return CaseloadRow(line, reference, behandelaar, dates[CARE_START],
                       dates[LAST_EVALUATION], dates[NEXT_EVALUATION], problems)


def preview(store: Store, parsed: CaseloadFile) -> CaseloadFile:
    """Mark each valid row as new or an update, and list behandelaars to be added.

    An update is also checked against what is stored: a start of care in the file
    that lies after the stored last evaluation (or the reverse) makes the row invalid,
    so the user sees every such conflict before importing.
    """
    new_members: dict[str, str] = {}
    today = store.clock.today()
    known = clients.reference_index(store)
    for row in parsed.rows:
        if not row.valid:
            row.action = None
            continue
        existing = known.get(clients.reference_key(row.reference))
        if existing is not None:
            conflicts: list[Problem] = []
            clients.check_dates(conflicts, today, row.care_start or existing.care_start,
                                row.last_evaluation or existing.last_evaluation)
            if conflicts:
                names = {"last_evaluation": LAST_EVALUATION}
                row.problems += [Problem(names.get(p.field, p.field), p.code,
                                         {**p.params, "stored": True}) for p in conflicts]
                row.action = None
                continue
        row.action = Action.UPDATE if existing else Action.NEW
        if members.find_by_name(store, row.behandelaar) is None:
            new_members.setdefault(fold(row.behandelaar), row.behandelaar)
    parsed.new_members = sorted(new_members.values(), key=str.casefold)
    return parsed


def import_caseload(
    store: Store, parsed: CaseloadFile, *, skip_invalid: bool = False
) -> ImportResult:
    """Import the rows of a checked file in one transaction.

    Any file problem, or any invalid row without ``skip_invalid``, raises
    ValidationError and writes nothing. Existing clients (same reference,
    case-insensitive) are updated; an empty date cell keeps the stored date.
    """
    if parsed.file_problems:
        raise ValidationError(parsed.file_problems)
    if parsed.invalid_rows and not skip_invalid:
        raise ValidationError([p for r in parsed.invalid_rows for p in r.problems])
    created = updated = 0
    added: list[str] = []
    with store.transaction():
        member_ids: dict[str, int] = {}
        known = clients.reference_index(store)
        for row in parsed.valid_rows:
            key = fold(row.behandelaar)
            if key not in member_ids:
                member = members.find_by_name(store, row.behandelaar)
                if member is None:
                    member = members.add_member(store, row.behandelaar)
                    added.append(member.name)
                member_ids[key] = member.id
            reference_key = clients.reference_key(row.reference)
            existing = known.get(reference_key)
            if existing is None:
                client_id = clients.insert_clean(store, clients.CleanClient(
                    row.reference, member_ids[key], row.care_start, row.last_evaluation,
                    row.next_evaluation))
                known[reference_key] = clients.get(store, client_id)
                created += 1
                continue
            care_start = row.care_start or existing.care_start
            last = row.last_evaluation or existing.last_evaluation
            problems: list[Problem] = []
            clients.check_dates(problems, store.clock.today(), care_start, last)
            if problems:
                # The file's start of care conflicts with a stored evaluation, or vice versa.
                raise ValidationError([Problem(p.field, p.code, {**p.params, "line": row.line})
                                       for p in problems])
            clients.update_from_import(store, existing.id, member_ids[key], care_start, last,
                                       row.next_evaluation or existing.next_evaluation)
            updated += 1
        store.notify(Change("client"))
        store.notify(Change("member"))
    return ImportResult(created, updated, len(parsed.invalid_rows), tuple(added))
