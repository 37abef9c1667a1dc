"""Team members: adding, renaming, (de)activating and deleting."""

from __future__ import annotations

import pytest

from vergadering import clients, members
from vergadering.clients import ClientInput
from vergadering.problems import Code, ValidationError
from vergadering.store import Change, Store


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, Code]]:
    return [(p.field, p.code) for p in error.value.problems]


def test_add_member(store: Store) -> None:
    m = members.add_member(store, "Anna de Vries")
    assert m.name == "Anna de Vries"
    assert m.active
    assert m.client_count == 0
    assert members.get(store, m.id) == m
    assert members.list_members(store) == [m]


def test_name_whitespace_is_tidied(store: Store) -> None:
    assert members.add_member(store, "  Anna   de\tVries ").name == "Anna de Vries"


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_name_is_required(store: Store, name: str) -> None:
    with pytest.raises(ValidationError) as info:
        members.add_member(store, name)
    assert codes(info) == [("name", Code.REQUIRED)]
    assert members.list_members(store) == []


def test_name_too_long(store: Store) -> None:
    members.add_member(store, "x" * members.NAME_MAX)
    with pytest.raises(ValidationError) as info:
        members.add_member(store, "y" * (members.NAME_MAX + 1))
    assert codes(info) == [("name", Code.TOO_LONG)]
    assert info.value.problems[0].params == {"max": 60, "length": 61}


def test_name_on_one_line(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        members.add_member(store, "Anna\nde Vries")
    assert codes(info) == [("name", Code.LINE_BREAK)]


@pytest.mark.parametrize("duplicate", ["Anna de Vries", "anna de vries", "ANNA DE VRIES",
                                       " Anna  de Vries "])
def test_duplicate_names_are_refused_case_insensitively(store: Store, duplicate: str) -> None:
    members.add_member(store, "Anna de Vries")
    with pytest.raises(ValidationError) as info:
        members.add_member(store, duplicate)
    assert codes(info) == [("name", Code.DUPLICATE)]
    assert info.value.problems[0].params == {"value": "Anna de Vries"}
    assert len(members.list_members(store)) == 1


def test_duplicate_names_with_accented_capitals_are_refused(store: Store) -> None:
    members.add_member(store, "Noël Özdemir")
    with pytest.raises(ValidationError) as info:
        members.add_member(store, "NOËL ÖZDEMIR")
    assert codes(info) == [("name", Code.DUPLICATE)]
    assert members.find_by_name(store, "noël özdemir") is not None


def test_find_by_name(store: Store) -> None:
    m = members.add_member(store, "Bram Bakker")
    assert members.find_by_name(store, " bram bakker ") == m
    assert members.find_by_name(store, "Bram") is None


def test_list_is_sorted_by_name_and_can_hide_inactive(store: Store) -> None:
    for name in ("piet", "Anna", "Bram"):
        members.add_member(store, name)
    bram = members.find_by_name(store, "Bram")
    assert bram is not None
    members.set_member_active(store, bram.id, False)
    assert [m.name for m in members.list_members(store)] == ["Anna", "Bram", "piet"]
    assert [m.name for m in members.list_members(store, include_inactive=False)] == [
        "Anna", "piet"]


def test_rename(store: Store) -> None:
    m = members.add_member(store, "Anna de Vries")
    renamed = members.rename_member(store, m.id, "Anna de Vries-Jansen")
    assert renamed.id == m.id
    assert members.get(store, m.id).name == "Anna de Vries-Jansen"


def test_rename_to_own_name_in_other_case_is_allowed(store: Store) -> None:
    m = members.add_member(store, "anna de vries")
    assert members.rename_member(store, m.id, "Anna de Vries").name == "Anna de Vries"


def test_rename_to_someone_elses_name_is_refused(store: Store) -> None:
    members.add_member(store, "Anna")
    bram = members.add_member(store, "Bram")
    with pytest.raises(ValidationError) as info:
        members.rename_member(store, bram.id, "ANNA")
    assert codes(info) == [("name", Code.DUPLICATE)]
    assert members.get(store, bram.id).name == "Bram"


def test_rename_shows_in_client_lists(store: Store) -> None:
    m = members.add_member(store, "Anna")
    c = clients.add_client(store, ClientInput("A-001", m.id))
    members.rename_member(store, m.id, "Anna Smit")
    assert clients.get(store, c.id).behandelaar == "Anna Smit"


def test_unknown_member(store: Store) -> None:
    for operation in (lambda: members.get(store, 99),
                      lambda: members.rename_member(store, 99, "X"),
                      lambda: members.set_member_active(store, 99, False),
                      lambda: members.delete_member(store, 99)):
        with pytest.raises(ValidationError) as info:
            operation()
        assert codes(info) == [("member", Code.NOT_FOUND)]


def test_deactivate_and_reactivate_keeps_clients(store: Store) -> None:
    m = members.add_member(store, "Anna")
    c = clients.add_client(store, ClientInput("A-001", m.id))
    assert members.set_member_active(store, m.id, False).active is False
    assert clients.get(store, c.id).behandelaar_id == m.id
    assert members.get(store, m.id).client_count == 1
    assert members.set_member_active(store, m.id, True).active is True


def test_client_count_counts_active_clients(store: Store) -> None:
    m = members.add_member(store, "Anna")
    a = clients.add_client(store, ClientInput("A-001", m.id))
    clients.add_client(store, ClientInput("A-002", m.id))
    clients.set_client_active(store, a.id, False)
    assert members.get(store, m.id).client_count == 1


def test_delete_is_refused_for_a_behandelaar(store: Store) -> None:
    m = members.add_member(store, "Anna")
    clients.add_client(store, ClientInput("A-001", m.id))
    with pytest.raises(ValidationError) as info:
        members.delete_member(store, m.id)
    assert codes(info) == [("member", Code.IN_USE)]
    assert info.value.problems[0].params == {"name": "Anna"}
    assert members.get(store, m.id).name == "Anna"


def test_delete_is_refused_even_when_the_client_is_closed(store: Store) -> None:
    m = members.add_member(store, "Anna")
    c = clients.add_client(store, ClientInput("A-001", m.id))
    clients.set_client_active(store, c.id, False)
    assert members.is_referenced(store, m.id)
    with pytest.raises(ValidationError):
        members.delete_member(store, m.id)


def test_delete_an_unused_member(store: Store) -> None:
    m = members.add_member(store, "Typfout")
    assert not members.is_referenced(store, m.id)
    members.delete_member(store, m.id)
    assert members.list_members(store) == []
    assert members.find_by_name(store, "Typfout") is None


def test_listeners_hear_each_operation_after_commit(store: Store) -> None:
    heard: list[Change] = []
    rows_seen: list[int] = []

    def listener(change: Change) -> None:
        heard.append(change)
        # When told, the change is committed and visible.
        rows_seen.append(len(store.query("SELECT * FROM member")))
        assert not store.conn.in_transaction

    store.subscribe(listener)
    m = members.add_member(store, "Anna")
    assert heard == [Change("member", (m.id,))]
    assert rows_seen == [1]
    heard.clear()
    members.rename_member(store, m.id, "Anna Smit")
    assert heard == [Change("member", (m.id,)), Change("client")]
    heard.clear()
    members.set_member_active(store, m.id, False)
    assert heard == [Change("member", (m.id,))]
    heard.clear()
    members.delete_member(store, m.id)
    assert heard == [Change("member", (m.id,))]


def test_refused_operations_tell_nobody(store: Store) -> None:
    m = members.add_member(store, "Anna")
    clients.add_client(store, ClientInput("A-001", m.id))
    heard: list[Change] = []
    store.subscribe(heard.append)
    for operation in (lambda: members.add_member(store, "anna"),
                      lambda: members.rename_member(store, m.id, ""),
                      lambda: members.delete_member(store, m.id)):
        with pytest.raises(ValidationError):
            operation()
    assert heard == []


def test_unsubscribe(store: Store) -> None:
    heard: list[Change] = []
    unsubscribe = store.subscribe(heard.append)
    unsubscribe()
    members.add_member(store, "Anna")
    assert heard == []
