"""Caseload CSV import: the contract in the README ("Caseload-CSV")."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vergadering import caseload, clients, members
from vergadering.caseload import Action, CaseloadFile, import_caseload, preview, read_caseload
from vergadering.clients import ClientInput
from vergadering.problems import Code, ValidationError
from vergadering.store import Change, Store

TODAY = dt.date(2026, 11, 23)  # the clock fixture's day

SIMPLE = (
    "client;behandelaar;in_zorg_sinds;laatste_evaluatie;volgende_evaluatie\n"
    "AB-1;Anna de Vries;01-02-2025;31-05-2026;30-11-2026\n"
    "AB-2;Bram Bakker;2024-09-01;;\n"
)


def read(text: str | bytes) -> CaseloadFile:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return read_caseload(data, TODAY)


def load(store: Store, text: str | bytes, *, skip_invalid: bool = False) -> caseload.ImportResult:
    return import_caseload(store, preview(store, read(text)), skip_invalid=skip_invalid)


def row_problems(parsed: CaseloadFile) -> list[tuple[int, str, Code]]:
    return [(r.line, p.field, p.code) for r in parsed.rows for p in r.problems]


def file_codes(parsed: CaseloadFile) -> list[Code]:
    return [p.code for p in parsed.file_problems]


def references(store: Store) -> list[str]:
    return [c.reference for c in clients.list_clients(store)]


# -- reading ----------------------------------------------------------------------


def test_simple_file(store: Store) -> None:
    parsed = read(SIMPLE)
    assert parsed.ok
    assert parsed.encoding == "utf-8"
    assert parsed.delimiter == ";"
    first, second = parsed.rows
    assert (first.line, first.reference, first.behandelaar) == (2, "AB-1", "Anna de Vries")
    assert (first.care_start, first.last_evaluation, first.next_evaluation) == (
        dt.date(2025, 2, 1), dt.date(2026, 5, 31), dt.date(2026, 11, 30))
    assert (second.line, second.care_start, second.last_evaluation) == (
        3, dt.date(2024, 9, 1), None)


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiters(delimiter: str) -> None:
    parsed = read(SIMPLE.replace(";", delimiter))
    assert parsed.ok
    assert parsed.delimiter == delimiter
    assert [r.reference for r in parsed.rows] == ["AB-1", "AB-2"]


def test_comma_file_with_semicolons_in_names_is_still_comma_separated() -> None:
    parsed = read("client,behandelaar\nAB-1,Anna;Bram\n")
    assert parsed.delimiter == ","
    assert parsed.rows[0].behandelaar == "Anna;Bram"


NAMES = "client;behandelaar\nAB-1;Zoë Jansen\nAB-2;René Noël\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (NAMES.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + NAMES.encode("utf-8"), "utf-8-sig"),
        (NAMES.encode("cp1252"), "cp1252"),
        (NAMES.replace("\n", "\r\n").encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF16_LE + NAMES.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + NAMES.encode("utf-16-be"), "utf-16"),
        (NAMES.replace(";", "\t").encode("utf-16"), "utf-16"),  # Excel "Unicode text"
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    parsed = read(data)
    assert parsed.ok, parsed.file_problems
    assert parsed.encoding == encoding
    assert [r.behandelaar for r in parsed.rows] == ["Zoë Jansen", "René Noël"]


def test_bom_does_not_spoil_the_first_header() -> None:
    parsed = read(codecs.BOM_UTF8 + b"client;behandelaar\r\nA;B\r\n")
    assert parsed.columns == ["client", "behandelaar"]


@pytest.mark.parametrize(
    "header",
    ["Client;Behandelaar", " CLIENT ; behandelaar ", "cliënt;behandelaar",
     "Cliënt;Behandelaar", "CLIËNT;BEHANDELAAR", '"client";"behandelaar"',
     "Cli\u0065\u0308nt;Behandelaar"],  # ë written as e + combining diaeresis
)
def test_header_names(header: str) -> None:
    parsed = read(f"{header}\nAB-1;Anna\n")
    assert parsed.ok, parsed.file_problems
    assert parsed.rows[0].reference == "AB-1"


def test_optional_header_names_are_forgiving() -> None:
    parsed = read("Client;Behandelaar; In zorg sinds ;Laatste-evaluatie;VOLGENDE_EVALUATIE\n"
                  "AB-1;Anna;1-1-2025;1-6-2026;1-12-2026\n")
    row = parsed.rows[0]
    assert (row.care_start, row.last_evaluation, row.next_evaluation) == (
        dt.date(2025, 1, 1), dt.date(2026, 6, 1), dt.date(2026, 12, 1))


def test_columns_in_any_order_and_extra_columns_ignored() -> None:
    parsed = read("opmerking;laatste_evaluatie;behandelaar;client\nvrij;31-05-2026;Anna;AB-1\n")
    row = parsed.rows[0]
    assert (row.reference, row.behandelaar, row.last_evaluation) == (
        "AB-1", "Anna", dt.date(2026, 5, 31))


@pytest.mark.parametrize("typed", ["2026-05-31", "31-05-2026", "31-5-2026", "31/05/2026",
                                   "31/5/2026", " 31-05-2026 "])
def test_date_formats(typed: str) -> None:
    parsed = read(f"client;behandelaar;laatste_evaluatie\nAB-1;Anna;{typed}\n")
    assert parsed.rows[0].last_evaluation == dt.date(2026, 5, 31)


@pytest.mark.parametrize("column", ["in_zorg_sinds", "laatste_evaluatie", "volgende_evaluatie"])
def test_two_digit_years_are_refused(column: str) -> None:
    parsed = read(f"client;behandelaar;{column}\nAB-1;Anna;31-05-26\n")
    assert row_problems(parsed) == [(2, column, Code.TWO_DIGIT_YEAR)]
    assert parsed.rows[0].problems[0].params == {"value": "31-05-26"}


def test_invalid_dates_are_refused() -> None:
    parsed = read("client;behandelaar;volgende_evaluatie\nAB-1;Anna;31-02-2027\n"
                  "AB-2;Anna;volgende week\n")
    assert row_problems(parsed) == [(2, "volgende_evaluatie", Code.INVALID_DATE),
                                    (3, "volgende_evaluatie", Code.INVALID_DATE)]


def test_date_rules_per_row() -> None:
    parsed = read("client;behandelaar;in_zorg_sinds;laatste_evaluatie\n"
                  "AB-1;Anna;;24-11-2026\n"
                  "AB-2;Anna;01-03-2026;28-02-2026\n"
                  "AB-3;Anna;;23-11-2026\n")
    assert row_problems(parsed) == [(2, "laatste_evaluatie", Code.DATE_IN_FUTURE),
                                    (3, "laatste_evaluatie", Code.DATE_ORDER)]


def test_required_cells() -> None:
    parsed = read("client;behandelaar\n;Anna\nAB-2;\nAB-3\n")
    assert row_problems(parsed) == [(2, "client", Code.REQUIRED), (3, "behandelaar", Code.REQUIRED),
                                    (4, "behandelaar", Code.REQUIRED)]


def test_too_long_cells() -> None:
    parsed = read(f"client;behandelaar\n{'x' * 31};Anna\nAB-2;{'y' * 61}\n")
    assert row_problems(parsed) == [(2, "client", Code.TOO_LONG), (3, "behandelaar", Code.TOO_LONG)]


def test_cells_are_trimmed_and_names_tidied() -> None:
    parsed = read("client;behandelaar\n  AB-1  ;  Anna   de  Vries \n")
    assert (parsed.rows[0].reference, parsed.rows[0].behandelaar) == ("AB-1", "Anna de Vries")


# -- Excel quirks -----------------------------------------------------------------


def test_quoted_fields_with_the_delimiter_inside() -> None:
    parsed = read('client;behandelaar\n"AB;1";"Vries; Anna de"\n"AB-2";"Bram ""B"" Bakker"\n')
    assert parsed.ok
    assert [(r.reference, r.behandelaar) for r in parsed.rows] == [
        ("AB;1", "Vries; Anna de"), ("AB-2", 'Bram "B" Bakker')]


def test_crlf_line_endings() -> None:
    parsed = read(SIMPLE.replace("\n", "\r\n"))
    assert parsed.ok
    assert [r.line for r in parsed.rows] == [2, 3]
    assert parsed.rows[1].behandelaar == "Bram Bakker"


def test_old_mac_line_endings() -> None:
    parsed = read(SIMPLE.replace("\n", "\r"))
    assert parsed.ok
    assert [r.line for r in parsed.rows] == [2, 3]


def test_trailing_empty_columns() -> None:
    parsed = read("client;behandelaar;;;\r\nAB-1;Anna;;;\r\nAB-2;Bram;;;\r\n;;;;\r\n")
    assert parsed.ok
    assert [r.reference for r in parsed.rows] == ["AB-1", "AB-2"]


def test_blank_lines_are_skipped_and_line_numbers_stay_physical() -> None:
    parsed = read("\n\nclient;behandelaar\n\nAB-1;Anna\n   \n\nAB-2;;\n")
    assert [(r.line, r.reference) for r in parsed.rows] == [(5, "AB-1"), (8, "AB-2")]
    assert row_problems(parsed) == [(8, "behandelaar", Code.REQUIRED)]


@pytest.mark.parametrize("hint", ["sep=;", "SEP=;", "sep=;;"[:5]])
def test_excel_sep_line(hint: str) -> None:
    parsed = read(f"{hint}\r\nclient;behandelaar\r\nAB-1;Anna\r\nAB-2;\r\n")
    assert parsed.delimiter == ";"
    assert parsed.columns == ["client", "behandelaar"]
    assert row_problems(parsed) == [(4, "behandelaar", Code.REQUIRED)]


@pytest.mark.parametrize("delimiter", [",", "\t", "|"])
def test_excel_sep_line_names_the_delimiter(delimiter: str) -> None:
    parsed = read(f"sep={delimiter}\nclient{delimiter}behandelaar\nAB-1{delimiter}Anna\n")
    assert parsed.delimiter == delimiter
    assert parsed.ok, parsed.file_problems
    assert parsed.rows[0].behandelaar == "Anna"


def test_sep_line_with_bom() -> None:
    parsed = read(codecs.BOM_UTF8 + b"sep=,\r\nclient,behandelaar\r\nAB-1,Anna\r\n")
    assert parsed.ok and parsed.delimiter == ","


def test_line_numbers_after_a_multi_line_quoted_cell() -> None:
    parsed = read('client;behandelaar;opmerking\n'
                  'AB-1;Anna;"eerste regel\ntweede regel\r\nderde"\n'
                  'AB-2;;\n'
                  '"AB\n3";Bram;\n')
    assert [r.line for r in parsed.rows] == [2, 5, 6]
    assert row_problems(parsed) == [(5, "behandelaar", Code.REQUIRED),
                                    (6, "client", Code.LINE_BREAK)]


def test_every_problem_has_its_physical_line() -> None:
    text = ("sep=;\n"                      # 1
            "\n"                           # 2
            "client;behandelaar;in_zorg_sinds\n"  # 3
            "AB-1;Anna;1-1-25\n"           # 4
            "\n"                           # 5
            "AB-2;Anna;\"1-1-2025\"\n"      # 6
            ";Bram;\n"                     # 7
            "AB-4;\"Bram\n"                # 8
            "Bakker\";nooit\n")            # 9
    parsed = read(text)
    assert row_problems(parsed) == [(4, "in_zorg_sinds", Code.TWO_DIGIT_YEAR),
                                    (7, "client", Code.REQUIRED),
                                    (8, "behandelaar", Code.LINE_BREAK),
                                    (8, "in_zorg_sinds", Code.INVALID_DATE)]


def test_duplicate_client_in_the_file_names_both_lines() -> None:
    parsed = read("client;behandelaar\nAB-1;Anna\nAB-2;Bram\nab-1;Bram\n")
    [row] = parsed.invalid_rows
    assert row.line == 4
    [problem] = row.problems
    assert problem.code is Code.DUPLICATE_IN_FILE
    assert problem.params == {"value": "ab-1", "line": 2}
    assert parsed.rows[0].valid


def test_duplicate_with_accented_capitals() -> None:
    parsed = read("client;behandelaar\nZOË-1;Anna\nzoë-1;Anna\n")
    assert row_problems(parsed) == [(3, "client", Code.DUPLICATE_IN_FILE)]


# -- file problems ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "missing"),
    [("behandelaar;in_zorg_sinds", ["client"]), ("client;naam", ["behandelaar"]),
     ("naam;dossier", ["client", "behandelaar"]),
     ("client behandelaar", ["client", "behandelaar"])],
)
def test_missing_required_columns(header: str, missing: list[str]) -> None:
    parsed = read(f"{header}\nAB-1;Anna\n")
    assert [(p.field, p.code) for p in parsed.file_problems] == [
        (m, Code.MISSING_COLUMN) for m in missing]
    assert parsed.file_problems[0].params["line"] == 1
    assert parsed.rows == []


def test_missing_column_reports_what_was_found() -> None:
    parsed = read("\nNaam;Team\nAB-1;Anna\n")
    problem = parsed.file_problems[0]
    assert problem.params == {"column": "client", "line": 2, "found": ["Naam", "Team"]}


def test_duplicate_columns() -> None:
    parsed = read("client;behandelaar;Behandelaar\nAB-1;Anna;Bram\n")
    assert [(p.field, p.code) for p in parsed.file_problems] == [
        ("behandelaar", Code.DUPLICATE_COLUMN)]


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\r\n  \r\n", codecs.BOM_UTF8,
                                  codecs.BOM_UTF16_LE])
def test_empty_file(data: bytes) -> None:
    assert file_codes(read(data)) == [Code.EMPTY_FILE]


@pytest.mark.parametrize("text", ["client;behandelaar\n", "client;behandelaar\n\n;\n \n"])
def test_header_without_clients(text: str) -> None:
    assert file_codes(read(text)) == [Code.EMPTY_FILE]


def test_file_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(caseload, "MAX_FILE_BYTES", 100)
    data = SIMPLE.encode().ljust(101, b"\n")
    parsed = read(data)
    assert file_codes(parsed) == [Code.FILE_TOO_LARGE]
    assert parsed.rows == []
    assert read(data[:100]).ok


def test_default_size_limit_is_generous() -> None:
    assert caseload.MAX_FILE_BYTES >= 1024 * 1024


def test_unreadable_csv() -> None:
    parsed = read("client;behandelaar\nAB-1;" + "x" * 200_000 + "\n")
    assert file_codes(parsed) == [Code.UNREADABLE_FILE]
    assert parsed.file_problems[0].params["line"] == 2


# -- importing --------------------------------------------------------------------


def test_import_creates_clients_and_members(store: Store) -> None:
    result = load(store, SIMPLE)
    assert (result.created, result.updated, result.skipped) == (2, 0, 0)
    assert result.new_members == ("Anna de Vries", "Bram Bakker")
    ab1 = clients.find_by_reference(store, "AB-1")
    assert ab1 is not None
    assert ab1.behandelaar == "Anna de Vries"
    assert (ab1.care_start, ab1.last_evaluation, ab1.next_evaluation) == (
        dt.date(2025, 2, 1), dt.date(2026, 5, 31), dt.date(2026, 11, 30))
    assert ab1.added_on == TODAY
    assert [m.name for m in members.list_members(store)] == ["Anna de Vries", "Bram Bakker"]


def test_preview_marks_new_and_updated_rows_and_new_members(store: Store) -> None:
    anna = members.add_member(store, "Anna de Vries")
    clients.add_client(store, ClientInput("ab-1", anna.id))
    parsed = preview(store, read(SIMPLE + "AB-3;;\nAB-4;bram bakker\n"))
    assert [r.action for r in parsed.rows] == [Action.UPDATE, Action.NEW, None, Action.NEW]
    assert parsed.new_members == ["Bram Bakker"]
    assert references(store) == ["ab-1"]  # preview writes nothing


def test_known_behandelaars_are_matched_case_insensitively(store: Store) -> None:
    anna = members.add_member(store, "Anna de Vries")
    result = load(store, "client;behandelaar\nAB-1;ANNA DE VRIES\nAB-2;anna  de vries\n"
                         "AB-3;NOËL\nAB-4;Noël\n")
    assert result.new_members == ("NOËL",)
    assert [c.behandelaar_id for c in clients.list_clients(store)][:2] == [anna.id, anna.id]
    assert [m.name for m in members.list_members(store)] == ["Anna de Vries", "NOËL"]


def test_clients_of_an_inactive_member_stay_with_that_member(store: Store) -> None:
    old = members.add_member(store, "Oud Collega")
    members.set_member_active(store, old.id, False)
    result = load(store, "client;behandelaar\nAB-1;oud collega\n")
    assert result.new_members == ()
    assert clients.list_clients(store)[0].behandelaar_id == old.id


def test_reimport_updates_instead_of_duplicating(store: Store, clock: object) -> None:
    load(store, SIMPLE)
    result = load(store, "client;behandelaar;volgende_evaluatie\n"
                         "ab-1;Bram Bakker;15-12-2026\nAB-2;Bram Bakker;\n")
    assert (result.created, result.updated, result.new_members) == (0, 2, ())
    assert references(store) == ["AB-1", "AB-2"]
    ab1 = clients.find_by_reference(store, "AB-1")
    assert ab1 is not None
    assert ab1.behandelaar == "Bram Bakker"
    assert ab1.next_evaluation == dt.date(2026, 12, 15)


def test_empty_date_cells_keep_stored_dates(store: Store) -> None:
    load(store, SIMPLE)
    load(store, "client;behandelaar;in_zorg_sinds;laatste_evaluatie;volgende_evaluatie\n"
                "AB-1;Anna de Vries;;;\n")
    ab1 = clients.find_by_reference(store, "AB-1")
    assert ab1 is not None
    assert (ab1.care_start, ab1.last_evaluation, ab1.next_evaluation) == (
        dt.date(2025, 2, 1), dt.date(2026, 5, 31), dt.date(2026, 11, 30))


def test_missing_date_columns_keep_stored_dates(store: Store) -> None:
    load(store, SIMPLE)
    load(store, "client;behandelaar\nAB-1;Bram Bakker\n")
    ab1 = clients.find_by_reference(store, "AB-1")
    assert ab1 is not None
    assert ab1.last_evaluation == dt.date(2026, 5, 31)


def test_update_conflicting_with_stored_dates_is_marked_in_the_preview(store: Store) -> None:
    load(store, SIMPLE)
    text = "client;behandelaar;in_zorg_sinds\nAB-3;Cas;\nAB-1;Anna de Vries;01-06-2026\n"
    parsed = preview(store, read(text))
    assert row_problems(parsed) == [(3, "laatste_evaluatie", Code.DATE_ORDER)]
    with pytest.raises(ValidationError):
        import_caseload(store, parsed)
    assert references(store) == ["AB-1", "AB-2"]
    assert members.find_by_name(store, "Cas") is None
    result = import_caseload(store, parsed, skip_invalid=True)
    assert (result.created, result.updated, result.skipped) == (1, 0, 1)
    ab1 = clients.find_by_reference(store, "AB-1")
    assert ab1 is not None and ab1.care_start == dt.date(2025, 2, 1)


def test_one_bad_row_imports_nothing(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    parsed = preview(store, read(SIMPLE + "AB-3;Cas;31-12-26;;\n"))
    assert not parsed.ok
    with pytest.raises(ValidationError) as info:
        import_caseload(store, parsed)
    assert [p.code for p in info.value.problems] == [Code.TWO_DIGIT_YEAR]
    assert references(store) == []
    assert members.list_members(store) == []
    assert heard == []


def test_every_bad_row_is_reported(store: Store) -> None:
    parsed = read(SIMPLE + "AB-3;;\nAB-4;Cas;1-1-26;;\nAB-1;Anna;;;\n")
    assert [r.line for r in parsed.invalid_rows] == [4, 5, 6]
    with pytest.raises(ValidationError) as info:
        import_caseload(store, parsed)
    assert [p.code for p in info.value.problems] == [
        Code.REQUIRED, Code.TWO_DIGIT_YEAR, Code.DUPLICATE_IN_FILE]


def test_file_problems_import_nothing_even_with_skip_invalid(store: Store) -> None:
    parsed = read("naam;team\nAB-1;Anna\n")
    with pytest.raises(ValidationError) as info:
        import_caseload(store, parsed, skip_invalid=True)
    assert {p.code for p in info.value.problems} == {Code.MISSING_COLUMN}
    assert references(store) == []


def test_skip_invalid_imports_the_valid_rows(store: Store) -> None:
    result = load(store, SIMPLE + "AB-3;;\nAB-4;Cas;1-1-26;;\nAB-5;Cas;;;\n", skip_invalid=True)
    assert (result.created, result.updated, result.skipped) == (3, 0, 2)
    assert result.new_members == ("Anna de Vries", "Bram Bakker", "Cas")
    assert references(store) == ["AB-1", "AB-2", "AB-5"]


def test_skip_invalid_keeps_the_first_of_a_duplicate(store: Store) -> None:
    result = load(store, "client;behandelaar\nAB-1;Anna\nab-1;Bram\n", skip_invalid=True)
    assert (result.created, result.skipped) == (1, 1)
    assert clients.list_clients(store)[0].behandelaar == "Anna"


def test_import_tells_listeners_once_after_commit(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    load(store, SIMPLE)
    assert Change("client") in heard and Change("member") in heard
    assert len(heard) == len(set(heard))


def test_import_with_accented_names_from_windows_excel(store: Store) -> None:
    data = "Cliënt;Behandelaar;Laatste evaluatie\r\nAB-1;Zoë Noël;31-5-2026\r\n".encode("cp1252")
    result = load(store, data)
    assert result.new_members == ("Zoë Noël",)
    assert clients.list_clients(store)[0].behandelaar == "Zoë Noël"


# -- robustness -------------------------------------------------------------------

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.binary(max_size=400))
def test_arbitrary_bytes_only_ever_give_problems(data: bytes) -> None:
    parsed = read_caseload(data, TODAY)
    assert isinstance(parsed, CaseloadFile)
    for row in parsed.rows:
        assert row.line >= 1


CSV_ALPHABET = st.sampled_from(
    list("AB1 ;,\t\"\r\n-/.é") + ["client", "cliënt", "behandelaar", "laatste_evaluatie",
                                   "in_zorg_sinds", "31-05-2026", "31-5-26", "sep=", "\ufeff",
                                   "\x00", "\u2028", "\x85"])


@FAST
@given(st.lists(CSV_ALPHABET, max_size=60).map("".join),
       st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_csv_like_text_only_ever_gives_problems(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    parsed = read_caseload(data, TODAY)
    assert parsed.ok or parsed.file_problems or parsed.invalid_rows
    lines = [r.line for r in parsed.rows]
    assert lines == sorted(set(lines))


@FAST
@given(st.lists(st.tuples(st.from_regex(r"\A[A-Za-z0-9-]{1,8}\Z"),
                          st.from_regex(r"\A[A-Za-z][A-Za-z ]{0,10}\Z")),
                min_size=1, max_size=8))
def test_valid_rows_import_as_written(store: Store, rows: list[tuple[str, str]]) -> None:
    text = "client;behandelaar\n" + "".join(f"{r};{b}\n" for r, b in rows)
    parsed = preview(store, read(text))
    unique = {r.casefold() for r, _ in rows}
    assert len(parsed.valid_rows) == len(unique)
    before = len(clients.list_clients(store))
    result = import_caseload(store, parsed, skip_invalid=True)
    assert result.created + result.updated == len(unique)
    assert len(clients.list_clients(store)) == before + result.created


def test_sep_line_alone_is_an_empty_file() -> None:
    assert file_codes(read("sep=;\r\n\r\n")) == [Code.EMPTY_FILE]


def test_line_numbers_count_only_real_line_breaks() -> None:
    # A form feed or Unicode line separator is not a new line in a CSV file.
    parsed = read("\x0c\r\nclient\u2028;behandelaar\x85\r\n\r\nAB-1;\r\n")
    assert row_problems(parsed) == [(4, "behandelaar", Code.REQUIRED)]
    parsed = read("\x0c\r\nnaam\x0c;behandelaar\r\nAB-1;Anna\r\n")
    assert [p.params["line"] for p in parsed.file_problems] == [2]


def test_a_large_file_keeps_what_the_preview_shows_and_imports_every_row(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(caseload, "SHOWN_ROWS", 5)
    monkeypatch.setattr(caseload, "SHOWN_PROBLEM_ROWS", 2)
    lines = [f"R-{i};Lid {i % 3};01-01-2025;;" for i in range(40)]
    lines[20] = "R-3;Lid 0;;;"  # the same client as line 5, long after the rows shown
    lines[30] = "R-30;Lid 0;1-1-25;;"
    lines[35] = "R-35;;;;"
    parsed = preview(store, read("client;behandelaar;in_zorg_sinds;;\n" + "\n".join(lines)))
    assert (parsed.row_count, parsed.invalid_count, parsed.new_count) == (40, 3, 37)
    assert [r.line for r in parsed.rows] == [2, 3, 4, 5, 6, 22, 32]
    assert [(p.code, p.params.get("line")) for p in parsed.rows[5].problems] == [
        (Code.DUPLICATE_IN_FILE, 5)]
    assert parsed.new_members == ["Lid 0", "Lid 1", "Lid 2"]
    with pytest.raises(ValidationError):
        import_caseload(store, parsed)
    result = import_caseload(store, parsed, skip_invalid=True)
    assert (result.created, result.updated, result.skipped) == (37, 0, 3)
    assert len(references(store)) == 37
    assert clients.find_by_reference(store, "R-39") is not None
    assert clients.find_by_reference(store, "R-30") is None


@settings(max_examples=400, deadline=None)
@example("AB-1", "Anna de Vries")
@example("  AB-1\u00a0", " Anna  de\u00a0Vries ")
@example("\x1cAB-1", "Anna")
@example("AB-1\u200b", "Anna")
@example("A" * 30, "B" * 60)
@example("A" * 31, "B" * 61)
@example("Ren\ufffd", "Zoë")
@example("", "")
@given(st.text(st.characters(codec="utf-8"), max_size=70),
       st.text(st.characters(codec="utf-8"), max_size=70))
def test_the_short_way_for_usual_rows_ends_as_every_check_does(reference: str,
                                                                  behandelaar: str) -> None:
    from vergadering.caseload_scan import checked_texts, texts

    short: list = []
    full: list = []
    assert texts(short, reference, behandelaar) == checked_texts(full, reference, behandelaar)
    assert short == full
