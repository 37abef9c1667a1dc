"""Reading a caseload file one row at a time: its encoding, the delimiter, the header,
each record's cells with the physical line it starts on (:class:`Scan`), and each row
checked against the file itself (:class:`Checker`).

Nothing here holds the file's lines or rows: the records stream from the file's bytes
(which the caller keeps, at most the import's size limit), so a second pass reads exactly
what the first one did. Line numbers count as the csv module does (\\n, \\r and \\r\\n),
not as ``str.splitlines()`` (which also splits on \\f, \\x85, ...).
Used by :mod:`vergadering.caseload`.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import itertools
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass, field

from . import clients, members
from .csv_encoding import EncodingError, decode
from .dates import DateParseError, parse_date
from .problems import Code, Problem, check_text
from .textfold import stored_form

CLIENT = "client"
BEHANDELAAR = "behandelaar"
CARE_START = "in_zorg_sinds"
LAST_EVALUATION = "laatste_evaluatie"
NEXT_EVALUATION = "volgende_evaluatie"
REQUIRED_COLUMNS = (CLIENT, BEHANDELAAR)
OPTIONAL_COLUMNS = (CARE_START, LAST_EVALUATION, NEXT_EVALUATION)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
DELIMITERS = (";", ",", "\t")
_ALIASES = {"cliënt": CLIENT}
# How the text is read back for the records (the BOM is not part of the text).
_READ_AS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "cp1252": "cp1252"}


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
        score = 10 * len(names & set(COLUMNS))
        score += first_line.count(delimiter) > 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


class Action(enum.Enum):
    NEW = "new"
    UPDATE = "update"


@dataclass(slots=True)
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


class _Lines:
    """The file's lines, counted; keeps the lines of the record being read."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.count = 0
        self.record: list[str] = []
        self.ended = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            line = next(self._lines)
        except StopIteration:
            self.ended = True
            raise
        self.count += 1
        self.record.append(line)
        return line

    def next_filled(self) -> str | None:
        """The next line that is not blank, or None at the end."""
        for line in self:
            if line.strip():
                return line
        return None


class Scan:
    """One reading of a caseload file. After construction ``problems`` says why the file
    cannot be read at all (encoding, empty, header); otherwise :meth:`records` yields
    ``(line, cells)`` per record that is not blank, and adds a file problem (an
    unreadable record, a quote left open to the end) where it has to stop."""

    def __init__(self, data: bytes) -> None:
        self.encoding = ""
        self.delimiter = ""
        self.columns: list[str] = []
        self.positions: dict[str, int] = {}
        self.problems: list[Problem] = []
        self._reader: Iterator[list[str]] = iter(())
        self._lines = _Lines(iter(()))
        try:
            _text, self.encoding = decode(data)  # checked whole, then read in pieces
        except EncodingError as error:
            self.problems.append(Problem("file", error.code, {"line": error.line}))
            return
        del _text
        stream = io.TextIOWrapper(io.BytesIO(data), encoding=_READ_AS[self.encoding],
                                  newline="")
        self._lines = lines = _Lines(iter(stream))
        first = lines.next_filled()
        if first is None:
            self.problems.append(Problem("file", Code.EMPTY_FILE))
            return
        hint = first.rstrip("\r\n").strip(" ")  # strip() would eat "sep=<tab>"
        if hint.lower().startswith("sep=") and len(hint) == 5:  # Excel's delimiter hint
            self.delimiter = hint[4]
            first = lines.next_filled()
            if first is None:
                self.problems.append(Problem("file", Code.EMPTY_FILE))
                return
        else:
            self.delimiter = _sniff(first.strip())
        header_start = lines.count
        self._reader = csv.reader(itertools.chain([first], lines), delimiter=self.delimiter)
        try:
            header = next(self._reader, [])
        except csv.Error as error:
            self.problems.append(Problem("file", Code.UNREADABLE_FILE,
                                         {"line": header_start, "detail": str(error)}))
            return
        self._check_header(header, lines.count)

    def _check_header(self, header: list[str], line: int) -> None:
        names = [normalise_header(h) for h in header]
        self.columns = names
        for column in REQUIRED_COLUMNS:
            if column not in names:
                self.problems.append(Problem(column, Code.MISSING_COLUMN,
                                             {"column": column, "line": line,
                                              "found": [h.strip() for h in header]}))
        for column in COLUMNS:
            if names.count(column) > 1:
                self.problems.append(Problem(column, Code.DUPLICATE_COLUMN,
                                             {"column": column, "line": line}))
        self.positions = {name: names.index(name) for name in COLUMNS if name in names}

    def records(self) -> Iterator[tuple[int, list[str]]]:
        if self.problems:
            return
        lines, reader = self._lines, self._reader
        while True:
            line = lines.count + 1
            lines.record = []
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                self.problems.append(Problem("file", Code.UNREADABLE_FILE,
                                             {"line": lines.count, "detail": str(error)}))
                return
            if lines.count > line and lines.ended and _opens_a_quote("".join(lines.record)):
                # The csv module reads on to the end of the file: say where it started.
                self.problems.append(Problem("file", Code.UNCLOSED_QUOTE, {"line": line}))
                return
            if any(c.strip() for c in cells):
                yield line, cells


def _opens_a_quote(raw: str) -> bool:
    """True when a record's text leaves a quote open (a doubled quote "" is a pair); only
    asked of a record that spans several lines up to the end of the file."""
    return raw.count('"') % 2 == 1


class Checker:
    """Turns a scan's records into checked rows (their problems, and a reference met
    before in the file); or, for a file checked before, into its valid rows alone."""

    def __init__(self, scan: Scan, today: dt.date) -> None:
        self.scan = scan
        self.today = today
        self._dates: dict[str, dt.date | Code] = {}  # a file has few distinct dates
        self._positions = [scan.positions.get(name, -1) for name in COLUMNS]

    def _cells(self, cells: list[str]) -> list[str]:
        """The cells of the five columns, in the order of ``COLUMNS`` ("" if absent)."""
        count = len(cells)
        return [cells[p] if 0 <= p < count else "" for p in self._positions]

    def rows(self) -> Iterator[CaseloadRow]:
        seen: dict[str, int] = {}
        for line, cells in self.scan.records():
            row = self._check(line, self._cells(cells))
            if row.reference:
                first = seen.setdefault(clients.reference_key(row.reference), line)
                if first != line:
                    row.problems.append(Problem(CLIENT, Code.DUPLICATE_IN_FILE,
                                                {"value": row.reference, "line": first}))
            yield row

    def valid_rows(self, skipped: Container[int]) -> Iterator[CaseloadRow]:
        """The rows of a file that :meth:`rows` checked before, leaving out the lines
        it found a problem on (``skipped``): as :meth:`rows` gives them, without the
        checks (the same bytes give the same rows)."""
        for line, cells in self.scan.records():
            if line in skipped:
                continue
            reference, behandelaar, *raw_dates = self._cells(cells)
            care_start, last, next_evaluation = (
                self._parse(raw) if raw and not raw.isspace() else None for raw in raw_dates)
            assert not isinstance(care_start, Code) and not isinstance(last, Code)
            assert not isinstance(next_evaluation, Code)  # checked before
            yield CaseloadRow(line, stored_form(reference.strip()),
                              " ".join(behandelaar.split()), care_start, last, next_evaluation)

    def _parse(self, raw: str) -> dt.date | Code:
        parsed = self._dates.get(raw)
        if parsed is None:
            try:
                parsed = parse_date(raw)
            except DateParseError as error:
                parsed = error.code
            self._dates[raw] = parsed
        return parsed

    def _date(self, problems: list[Problem], column: str, raw: str) -> dt.date | None:
        if not raw or raw.isspace():
            return None
        parsed = self._parse(raw)
        if isinstance(parsed, Code):
            problems.append(Problem(column, parsed, {"value": raw.strip()[:40]}))
            return None
        return parsed

    def _check(self, line: int, cells: list[str]) -> CaseloadRow:
        raw_reference, raw_behandelaar, raw_start, raw_last, raw_next = cells
        problems: list[Problem] = []
        reference, behandelaar = texts(problems, raw_reference, raw_behandelaar)
        care_start = self._date(problems, CARE_START, raw_start)
        last = self._date(problems, LAST_EVALUATION, raw_last)
        next_evaluation = self._date(problems, NEXT_EVALUATION, raw_next)
        if last is not None:
            date_problems: list[Problem] = []
            clients.check_dates(date_problems, self.today, care_start, last)
            problems += [Problem(LAST_EVALUATION if p.field == "last_evaluation" else p.field,
                                 p.code, p.params) for p in date_problems]
        return CaseloadRow(line, reference, behandelaar, care_start, last, next_evaluation,
                           problems)


def texts(problems: list[Problem], raw_reference: str, raw_behandelaar: str) -> tuple[str, str]:
    """A row's reference and behandelaar as stored; their problems go to ``problems``.
    The usual row (printable characters, within the lengths) takes a short way that
    :func:`checked_texts` would end the same (tests/test_caseload.py checks this)."""
    reference, behandelaar = raw_reference.strip(), raw_behandelaar.strip()
    if (raw_reference.isprintable() and raw_behandelaar.isprintable() and reference
            and behandelaar and len(reference) <= clients.REFERENCE_MAX
            and len(behandelaar) <= members.NAME_MAX
            and "\ufffd" not in reference and "\ufffd" not in behandelaar):
        # Only printable characters: no control, invisible or line-break ones.
        return stored_form(reference), " ".join(behandelaar.split())
    return checked_texts(problems, raw_reference, raw_behandelaar)


def checked_texts(problems: list[Problem], raw_reference: str,
                  raw_behandelaar: str) -> tuple[str, str]:
    """:func:`texts` through every check."""
    reference = clients.check_reference(problems, CLIENT, raw_reference)
    behandelaar = " ".join(check_text(problems, BEHANDELAAR, raw_behandelaar,
                                      max_length=members.NAME_MAX).split())
    for name, value in ((CLIENT, reference), (BEHANDELAAR, behandelaar)):
        if "\ufffd" in value:  # a letter lost when the file was saved earlier on
            problems.append(Problem(name, Code.REPLACEMENT_CHARACTER))
    return reference, behandelaar
