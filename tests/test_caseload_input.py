"""Caseload import: which encoding a file is read in, and reading it without ever holding
more than the size limit in memory."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import tracemalloc
from pathlib import Path

import pytest

from vergadering import caseload, clients, members
from vergadering.caseload import CaseloadFile, import_caseload, preview, read_caseload
from vergadering.problems import Code, ValidationError
from vergadering.store import Store

TODAY = dt.date(2026, 11, 23)


def read(data: bytes) -> CaseloadFile:
    return read_caseload(data, TODAY)


def file_problems(parsed: CaseloadFile) -> list[tuple[Code, int | None]]:
    return [(p.code, p.params.get("line")) for p in parsed.file_problems]


def references(store: Store) -> list[str]:
    return [c.reference for c in clients.list_clients(store)]


# -- encoding ---------------------------------------------------------------------


def test_one_windows_byte_in_a_utf8_file_refuses_the_file_with_its_line(store: Store) -> None:
    member = members.add_member(store, "Anna de Vries")
    clients.add_client(store, clients.ClientInput("Zoë-12", member.id))
    data = ("client;behandelaar\r\nZoë-12;Anna de Vries\r\n".encode()
            + "AB-2;René Noël\r\n".encode("cp1252"))
    parsed = preview(store, read(data))
    assert file_problems(parsed) == [(Code.MIXED_ENCODING, 3)]
    with pytest.raises(ValidationError):
        import_caseload(store, parsed, skip_invalid=True)
    assert references(store) == ["Zoë-12"]


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_line_of_the_first_bad_byte_counts_physical_lines(bom: bytes) -> None:
    data = bom + ('client;behandelaar\n\nAB-1;"Zoë\nde Vries"\rAB-2;Bram\r\n'.encode()
                  + b"AB-3;Ren\xe9\nAB-4;Ren\xe9\n")
    assert file_problems(read(data)) == [(Code.MIXED_ENCODING, 6)]


def test_a_windows_file_that_only_looks_like_utf8_nowhere_is_windows() -> None:
    data = "client;behandelaar\nAB-1;Zoë Noël\nAB-2;ÀÉÏ €\n".encode("cp1252")
    parsed = read(data)
    assert parsed.ok, parsed.file_problems
    assert parsed.encoding == "cp1252"
    assert [r.behandelaar for r in parsed.rows] == ["Zoë Noël", "ÀÉÏ €"]


def test_bytes_windows_1252_does_not_define_are_refused_with_their_line() -> None:
    # 0x81 is undefined in Windows-1252; it used to become a control character.
    data = "client;behandelaar\nAB-1;Zoë\n".encode("cp1252") + b"AB-2;Anna\x81\n"
    parsed = read(data)
    assert file_problems(parsed) == [(Code.INVALID_ENCODING, 3)]
    assert parsed.rows == []


def test_broken_utf16_is_refused_with_its_line() -> None:
    data = codecs.BOM_UTF16_LE + "client;behandelaar\r\nAB-1;Anna\r\nAB-2;".encode("utf-16-le")
    data += b"\x00\xd8" + "x\r\n".encode("utf-16-le")  # a lone high surrogate
    assert file_problems(read(data)) == [(Code.INVALID_ENCODING, 3)]


@pytest.mark.parametrize("column", ["client", "behandelaar"])
def test_a_replacement_character_is_never_stored(store: Store, column: str) -> None:
    cells = {"client": "AB-2", "behandelaar": "Bram"}
    cells[column] = "Ren\ufffd"
    data = f"client;behandelaar\nAB-1;Anna\n{cells['client']};{cells['behandelaar']}\n"
    parsed = read(data.encode())
    assert [(r.line, p.field, p.code) for r in parsed.rows for p in r.problems] == [
        (3, column, Code.REPLACEMENT_CHARACTER)]
    import_caseload(store, preview(store, parsed), skip_invalid=True)
    assert all("\ufffd" not in c.reference and "\ufffd" not in (c.behandelaar or "")
               for c in clients.list_clients(store))
    assert all("\ufffd" not in m.name for m in members.list_members(store))


# -- size and reading -------------------------------------------------------------


def test_a_huge_sparse_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as f:
        f.write(b"client;behandelaar\n")
        f.truncate(3 * 1024 ** 3)  # 3 GB, sparse: no disk used
    tracemalloc.start()
    try:
        parsed = caseload.read_caseload_file(path, TODAY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert file_problems(parsed) == [(Code.FILE_TOO_LARGE, None)]
    assert peak < 1024 * 1024


def test_a_device_without_size_is_read_only_up_to_the_limit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    monkeypatch.setattr(caseload, "MAX_FILE_BYTES", 1024 * 1024)
    tracemalloc.start()
    try:
        parsed = caseload.read_caseload_file("/dev/zero", TODAY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert file_problems(parsed) == [(Code.FILE_TOO_LARGE, None)]
    assert peak < 3 * 1024 * 1024


def test_a_file_at_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(caseload, "MAX_FILE_BYTES", 200)
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"client;behandelaar\nAB-1;Anna\n".ljust(200, b"\n"))
    assert caseload.read_caseload_file(path, TODAY).ok
    path.write_bytes(path.read_bytes() + b"\n")
    assert file_problems(caseload.read_caseload_file(path, TODAY)) == [
        (Code.FILE_TOO_LARGE, None)]


def test_a_missing_file_raises_the_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        caseload.read_caseload_file(tmp_path / "weg.csv", TODAY)
