"""Client references: invisible characters are refused, and references that read the same
name the same client, wherever clients are matched."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from vergadering import clients, members
from vergadering.caseload import import_caseload, preview, read_caseload
from vergadering.clients import ClientInput
from vergadering.problems import Code, ValidationError
from vergadering.store import Store

TODAY = dt.date(2026, 11, 23)

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u202a", "\u202e", "\u2066", "\u2069",
             "\u2028", "\u2029", "\x85", "\x9f", "\u00ad", "\u2060", "\t"]


def import_text(store: Store, text: str, *, skip_invalid: bool = False) -> object:
    parsed = preview(store, read_caseload(text.encode(), TODAY))
    return import_caseload(store, parsed, skip_invalid=skip_invalid)


def references(store: Store) -> list[str]:
    return [c.reference for c in clients.list_clients(store)]


def add(store: Store, reference: str) -> clients.Client:
    member = members.find_by_name(store, "Anna") or members.add_member(store, "Anna")
    return clients.add_client(store, ClientInput(reference, member.id))


@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_characters_in_a_file_are_refused_with_their_line(
        store: Store, char: str) -> None:
    add(store, "AB-12")
    parsed = read_caseload(f"client;behandelaar\nAB-1;Anna\nAB{char}-12;Anna\n".encode(), TODAY)
    assert [(r.line, p.field, p.code) for r in parsed.rows for p in r.problems] == [
        (3, "client", Code.INVISIBLE_CHARACTERS)]
    problem = parsed.rows[1].problems[0]
    assert problem.params["character"] == f"U+{ord(char):04X}"
    with pytest.raises(ValidationError):
        import_caseload(store, preview(store, parsed))
    assert references(store) == ["AB-12"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_characters_are_refused_when_adding_or_renaming(
        store: Store, char: str) -> None:
    with pytest.raises(ValidationError) as refused:
        add(store, f"AB{char}-12")
    assert [(p.field, p.code) for p in refused.value.problems] == [
        ("reference", Code.INVISIBLE_CHARACTERS)]
    client = add(store, "AB-12")
    with pytest.raises(ValidationError):
        clients.update_client(store, client.id, ClientInput(f"AB-12{char}x"))
    assert references(store) == ["AB-12"]


def test_the_message_names_the_character() -> None:
    from ui.messages import describe
    from vergadering.problems import Problem

    text = describe(Problem("reference", Code.INVISIBLE_CHARACTERS, {"character": "U+200B"}))
    assert "onzichtbaar" in text and "U+200B" in text


@pytest.mark.parametrize(("stored", "typed"), [
    ("K-12", "\u212a-12"),        # Kelvin sign
    ("\u212a-12", "k-12"),
    ("Straße-1", "STRASSE-1"),
    ("STRASSE-1", "straße-1"),
    ("AB-12", "ＡＢ-12"),        # full-width letters
    ("Zoë-12", "Zoe\u0308-12"),  # decomposed ë
    ("ﬁn-3", "FIN-3"),          # ligature
])
def test_references_that_read_the_same_are_one_client(
        store: Store, stored: str, typed: str) -> None:
    client = add(store, stored)
    assert clients.find_by_reference(store, typed) == client
    with pytest.raises(ValidationError) as refused:
        add(store, typed)
    assert [p.code for p in refused.value.problems] == [Code.DUPLICATE]
    result = import_text(store, f"client;behandelaar\n{typed};Anna;\n")
    assert (result.created, result.updated) == (0, 1)  # type: ignore[attr-defined]
    assert references(store) == [unicodedata.normalize("NFC", stored)]  # Kelvin: K


def test_the_same_reference_twice_in_a_file_after_folding(store: Store) -> None:
    parsed = read_caseload("client;behandelaar\nK-1;Anna\n\u212a-1;Bram\n".encode(), TODAY)
    assert [(r.line, p.code, p.params.get("line")) for r in parsed.rows for p in r.problems] == [
        (3, Code.DUPLICATE_IN_FILE, 2)]


def test_references_are_stored_composed(store: Store) -> None:
    assert add(store, "Zoe\u0308-1").reference == "Zoë-1"
    import_text(store, "client;behandelaar\nRene\u0301-2;Anna\n")
    assert sorted(references(store)) == ["René-2", "Zoë-1"]


def test_a_stored_decomposed_reference_is_still_found(store: Store) -> None:
    # Written by an older version, or by another tool.
    member = members.add_member(store, "Anna")
    store.conn.execute(
        "INSERT INTO client(reference, behandelaar_id, active, added_on, created_at,"
        " updated_at) VALUES ('Zoe\u0308-12', ?, 1, '2026-01-01', '2026-01-01T00:00',"
        " '2026-01-01T00:00')", (member.id,))
    assert clients.find_by_reference(store, "ZOË-12") is not None
    result = import_text(store, "client;behandelaar\nzoë-12;Anna\n")
    assert (result.created, result.updated) == (0, 1)  # type: ignore[attr-defined]
    assert len(references(store)) == 1


def test_search_folds_the_same_way(store: Store) -> None:
    add(store, "ＡＢ-12")
    assert [c.reference for c in clients.search(store, "ab-1")] == ["ＡＢ-12"]
