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
from typing import Any

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


def _next_filled(lines: Iterator[str], counted: list[int]) -> str | None:
    """The next line that is not blank, or None at the end; ``counted[0]`` counts the
    lines read."""
    for line in lines:
        counted[0] += 1
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
        self._data = data
        self._reader: Any = iter(())
        self._offset = 0  # physical line = self._offset + the reader's line_num
        try:
            _text, self.encoding = decode(data)  # checked whole, then read in pieces
        except EncodingError as error:
            self.problems.append(Problem("file", error.code, {"line": error.line}))
            return
        del _text
        lines = self._lines()
        counted = [0]
        first = _next_filled(lines, counted)
        if first is None:
            self.problems.append(Problem("file", Code.EMPTY_FILE))
            return
        hint = first.rstrip("\r\n").strip(" ")  # strip() would eat "sep=<tab>"
        if hint.lower().startswith("sep=") and len(hint) == 5:  # Excel's delimiter hint
            self.delimiter = hint[4]
            first = _next_filled(lines, counted)
            if first is None:
                self.problems.append(Problem("file", Code.EMPTY_FILE))
                return
        else:
            self.delimiter = _sniff(first.strip())
        self._offset = counted[0] - 1
        self._reader = csv.reader(itertools.chain([first], lines), delimiter=self.delimiter)
        try:
            header: list[str] = next(self._reader, [])
        except csv.Error as error:
            self.problems.append(Problem("file", Code.UNREADABLE_FILE,
                                         {"line": counted[0], "detail": str(error)}))
            return
        self._check_header(header, self._offset + self._reader.line_num)

    def _lines(self) -> Iterator[str]:
        """The file's lines as the csv module counts them, read in pieces."""
        return iter(io.TextIOWrapper(io.BytesIO(self._data), encoding=_READ_AS[self.encoding],
                                     newline=""))

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
        reader, offset = self._reader, self._offset
        # Each record is given once the next one is read: the last one may turn out to
        # be a quote left open, which the csv module reads on to the end of the file.
        pending: tuple[int, list[str]] | None = None
        end = reader.line_num
        last_start: int | None = None
        while True:
            line = offset + end + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                self.problems.append(Problem("file", Code.UNREADABLE_FILE,
                                             {"line": offset + reader.line_num,
                                              "detail": str(error)}))
                return
            end = reader.line_num
            if pending is not None:
                yield pending
                pending = None
            if cells and (cells[0].strip() or any(c.strip() for c in cells)):
                pending = (line, cells)
            last_start = line
        last_end = offset + end
        if (last_start is not None and last_end > last_start
                and _opens_a_quote(self._text_of(last_start, last_end))):
            # Say where the open quote started.
            self.problems.append(Problem("file", Code.UNCLOSED_QUOTE, {"line": last_start}))
            return
        if pending is not None:
            yield pending

    def _text_of(self, first: int, last: int) -> str:
        """The text of the file's lines ``first`` to ``last`` (1-based, inclusive)."""
        return "".join(itertools.islice(self._lines(), first - 1, last))


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
        # A file has few distinct dates; an empty cell has none.
        self._dates: dict[str, dt.date | Code | None] = {"": None}
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
        dates = self._dates

        def date_of(raw: str) -> dt.date | None:
            day = dates[raw] if raw in dates else (
                None if raw.isspace() else self._parse(raw))
            return day if isinstance(day, dt.date) else None  # a Code: not in a valid row

        p_reference, p_behandelaar, p_start, p_last, p_next = self._positions
        for line, cells in self.scan.records():
            if line in skipped:
                continue
            count = len(cells)
            yield CaseloadRow(
                line, stored_form(cells[p_reference].strip() if p_reference < count else ""),
                " ".join(cells[p_behandelaar].split()) if p_behandelaar < count else "",
                date_of(cells[p_start]) if 0 <= p_start < count else None,
                date_of(cells[p_last]) if 0 <= p_last < count else None,
                date_of(cells[p_next]) if 0 <= p_next < count else None)

    def _parse(self, raw: str) -> dt.date | Code | None:
        parsed = self._dates.get(raw)
        if parsed is None and raw not in self._dates:
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
