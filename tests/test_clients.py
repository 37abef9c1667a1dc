"""Clients: adding, editing, closing and finding them as you type."""

from __future__ import annotations

import datetime as dt

import pytest

from vergadering import clients, members
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.members import Member
from vergadering.problems import Code, ValidationError
from vergadering.store import Change, Store

TODAY = dt.date(2026, 11, 23)  # the clock fixture's day


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, Code]]:
    return [(p.field, p.code) for p in error.value.problems]


@pytest.fixture
def anna(store: Store) -> Member:
    return members.add_member(store, "Anna de Vries")


@pytest.fixture
def bram(store: Store) -> Member:
    return members.add_member(store, "Bram Bakker")


def test_add_client(store: Store, anna: Member) -> None:
    c = clients.add_client(store, ClientInput(
        " AB-1234 ", anna.id, care_start="01-02-2025", last_evaluation="2026-05-31",
        next_evaluation="30/11/2026"))
    assert c.reference == "AB-1234"
    assert c.behandelaar_id == anna.id
    assert c.behandelaar == "Anna de Vries"
    assert c.care_start == dt.date(2025, 2, 1)
    assert c.last_evaluation == dt.date(2026, 5, 31)
    assert c.next_evaluation == dt.date(2026, 11, 30)
    assert c.active
    assert c.added_on == TODAY
    assert clients.get(store, c.id) == c
    assert clients.list_clients(store) == [c]


def test_add_client_with_only_a_reference(store: Store) -> None:
    c = clients.add_client(store, ClientInput("JdV"))
    assert (c.behandelaar_id, c.behandelaar, c.care_start, c.last_evaluation,
            c.next_evaluation) == (None, None, None, None, None)


@pytest.mark.parametrize("typed", ["31-05-2026", "31-5-2026", "31/05/2026", "2026-05-31",
                                   "31.05.2026", " 31-05-2026 "])
def test_dates_in_dutch_formats(store: Store, typed: str) -> None:
    c = clients.add_client(store, ClientInput("A1", last_evaluation=typed))
    assert c.last_evaluation == dt.date(2026, 5, 31)


@pytest.mark.parametrize(("typed", "code"), [("31-05-26", Code.TWO_DIGIT_YEAR),
                                             ("30-02-2026", Code.INVALID_DATE),
                                             ("gisteren", Code.INVALID_DATE)])
def test_bad_dates_are_named_per_field(store: Store, typed: str, code: Code) -> None:
    for field in ("care_start", "last_evaluation", "next_evaluation"):
        with pytest.raises(ValidationError) as info:
            clients.add_client(store, ClientInput("A1", **{field: typed}))
        assert codes(info) == [(field, code)]
        assert info.value.problems[0].params == {"value": typed}
    assert clients.list_clients(store) == []


def test_reference_is_required_and_short(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput("  "))
    assert codes(info) == [("reference", Code.REQUIRED)]
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput("x" * (clients.REFERENCE_MAX + 1)))
    assert codes(info) == [("reference", Code.TOO_LONG)]
    assert clients.add_client(store, ClientInput("x" * clients.REFERENCE_MAX))


@pytest.mark.parametrize("duplicate", ["AB-1234", "ab-1234", " Ab-1234 "])
def test_reference_is_unique_case_insensitively(store: Store, duplicate: str) -> None:
    clients.add_client(store, ClientInput("AB-1234"))
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput(duplicate))
    assert codes(info) == [("reference", Code.DUPLICATE)]
    assert info.value.problems[0].params == {"value": "AB-1234"}


def test_reference_with_accented_capitals_is_still_a_duplicate(store: Store) -> None:
    clients.add_client(store, ClientInput("ZOË-7"))
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput("zoë-7"))
    assert codes(info) == [("reference", Code.DUPLICATE)]
    found = clients.find_by_reference(store, "Zoë-7")
    assert found is not None and found.reference == "ZOË-7"


def test_closed_clients_still_hold_their_reference(store: Store) -> None:
    c = clients.add_client(store, ClientInput("AB-1"))
    clients.set_client_active(store, c.id, False)
    with pytest.raises(ValidationError):
        clients.add_client(store, ClientInput("ab-1"))


def test_unknown_behandelaar(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput("A1", behandelaar_id=42))
    assert codes(info) == [("behandelaar", Code.NOT_FOUND)]


def test_last_evaluation_in_the_future_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput("A1", last_evaluation="24-11-2026"))
    assert codes(info) == [("last_evaluation", Code.DATE_IN_FUTURE)]


def test_last_evaluation_today_is_fine(store: Store) -> None:
    assert clients.add_client(store, ClientInput("A1", last_evaluation="23-11-2026"))


def test_today_comes_from_the_clock(store: Store, clock: FakeClock) -> None:
    clock.advance(days=1)
    c = clients.add_client(store, ClientInput("A1", last_evaluation="24-11-2026"))
    assert c.added_on == dt.date(2026, 11, 24)


def test_last_evaluation_before_start_of_care_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput("A1", care_start="01-03-2026",
                                              last_evaluation="28-02-2026"))
    assert codes(info) == [("last_evaluation", Code.DATE_ORDER)]
    assert info.value.problems[0].params == {"value": "2026-02-28", "other": "2026-03-01"}


def test_next_evaluation_may_lie_in_the_future(store: Store) -> None:
    c = clients.add_client(store, ClientInput("A1", next_evaluation="01-06-2027"))
    assert c.next_evaluation == dt.date(2027, 6, 1)


def test_every_problem_is_listed_at_once(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        clients.add_client(store, ClientInput("", behandelaar_id=7, care_start="x",
                                              last_evaluation="01-01-2030",
                                              next_evaluation="1-1-27"))
    assert sorted(codes(info), key=str) == sorted([
        ("reference", Code.REQUIRED), ("behandelaar", Code.NOT_FOUND),
        ("care_start", Code.INVALID_DATE), ("last_evaluation", Code.DATE_IN_FUTURE),
        ("next_evaluation", Code.TWO_DIGIT_YEAR)], key=str)


def test_edit_client(store: Store, anna: Member, bram: Member) -> None:
    c = clients.add_client(store, ClientInput("A1", anna.id))
    edited = clients.update_client(store, c.id, ClientInput(
        "A1-nieuw", bram.id, care_start="1-1-2026", last_evaluation="1-6-2026"))
    assert edited.id == c.id
    assert edited.reference == "A1-nieuw"
    assert edited.behandelaar == "Bram Bakker"
    assert edited.last_evaluation == dt.date(2026, 6, 1)
    assert edited.added_on == c.added_on
    assert clients.get(store, c.id) == edited


def test_edit_may_change_only_the_case_of_its_own_reference(store: Store) -> None:
    c = clients.add_client(store, ClientInput("ab-1"))
    assert clients.update_client(store, c.id, ClientInput("AB-1")).reference == "AB-1"


def test_edit_to_another_clients_reference_is_refused(store: Store) -> None:
    clients.add_client(store, ClientInput("A1"))
    b = clients.add_client(store, ClientInput("B2"))
    with pytest.raises(ValidationError) as info:
        clients.update_client(store, b.id, ClientInput("a1"))
    assert codes(info) == [("reference", Code.DUPLICATE)]
    assert clients.get(store, b.id).reference == "B2"


def test_edit_can_clear_dates(store: Store) -> None:
    c = clients.add_client(store, ClientInput("A1", care_start="1-1-2026"))
    assert clients.update_client(store, c.id, ClientInput("A1")).care_start is None


def test_invalid_edit_changes_nothing(store: Store, anna: Member) -> None:
    c = clients.add_client(store, ClientInput("A1", anna.id, care_start="1-1-2026"))
    with pytest.raises(ValidationError):
        clients.update_client(store, c.id, ClientInput("A2", anna.id, care_start="1-1-26"))
    assert clients.get(store, c.id) == c


def test_unknown_client(store: Store) -> None:
    for operation in (lambda: clients.get(store, 5),
                      lambda: clients.update_client(store, 5, ClientInput("X")),
                      lambda: clients.set_client_active(store, 5, False)):
        with pytest.raises(ValidationError) as info:
            operation()
        assert codes(info) == [("client", Code.NOT_FOUND)]


def test_deactivate_and_reactivate(store: Store) -> None:
    c = clients.add_client(store, ClientInput("A1"))
    assert clients.set_client_active(store, c.id, False).active is False
    assert clients.list_clients(store, include_inactive=False) == []
    assert [x.reference for x in clients.list_clients(store)] == ["A1"]
    assert clients.set_client_active(store, c.id, True).active is True


def test_list_is_sorted_case_insensitively(store: Store) -> None:
    for ref in ("b2", "A1", "C3", "a0"):
        clients.add_client(store, ClientInput(ref))
    assert [c.reference for c in clients.list_clients(store)] == ["a0", "A1", "b2", "C3"]


def test_behandelaar_choices_are_active_members(store: Store, anna: Member,
                                                bram: Member) -> None:
    members.set_member_active(store, bram.id, False)
    assert [m.name for m in clients.behandelaar_choices(store)] == ["Anna de Vries"]


def test_listeners_hear_clients_and_member_counts(store: Store, anna: Member) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    c = clients.add_client(store, ClientInput("A1", anna.id))
    assert heard == [Change("client", (c.id,)), Change("member")]
    heard.clear()
    clients.update_client(store, c.id, ClientInput("A1", anna.id, care_start="1-1-2026"))
    assert heard == [Change("client", (c.id,)), Change("member")]
    heard.clear()
    clients.set_client_active(store, c.id, False)
    assert heard == [Change("client", (c.id,)), Change("member")]
    heard.clear()
    with pytest.raises(ValidationError):
        clients.add_client(store, ClientInput("a1"))
    assert heard == []


# -- search as you type ----------------------------------------------------------


@pytest.fixture
def caseload(store: Store, anna: Member, bram: Member) -> Store:
    for ref, member in [("AB-100", anna), ("XAB-7", bram), ("CD-200", bram), ("ZZ-1", None),
                        ("50%_korting", None), ("50 procent", None), ("Noël-1", None)]:
        clients.add_client(store, ClientInput(ref, member.id if member else None))
    return store


def refs(found: list[clients.Client]) -> list[str]:
    return [c.reference for c in found]


def test_search_by_reference_prefix_comes_first(caseload: Store) -> None:
    assert refs(clients.search(caseload, "ab")) == ["AB-100", "XAB-7"]


def test_search_by_substring(caseload: Store) -> None:
    assert refs(clients.search(caseload, "-1")) == ["AB-100", "Noël-1", "ZZ-1"]


def test_search_by_behandelaar_name(caseload: Store) -> None:
    assert refs(clients.search(caseload, "bakker")) == ["CD-200", "XAB-7"]
    assert refs(clients.search(caseload, "ANNA")) == ["AB-100"]


def test_search_is_case_insensitive_beyond_ascii(caseload: Store) -> None:
    assert refs(clients.search(caseload, "NOËL")) == ["Noël-1"]


def test_search_treats_percent_and_underscore_literally(caseload: Store) -> None:
    assert refs(clients.search(caseload, "%")) == ["50%_korting"]
    assert refs(clients.search(caseload, "_")) == ["50%_korting"]
    assert refs(clients.search(caseload, "50_")) == []
    assert refs(clients.search(caseload, "\\")) == []


def test_search_trims_and_empty_search_lists_everything(caseload: Store) -> None:
    assert refs(clients.search(caseload, "  cd-2 ")) == ["CD-200"]
    assert len(clients.search(caseload, "")) == 7


def test_search_excludes_closed_clients_by_default(caseload: Store) -> None:
    found = clients.find_by_reference(caseload, "AB-100")
    assert found is not None
    clients.set_client_active(caseload, found.id, False)
    assert refs(clients.search(caseload, "ab")) == ["XAB-7"]
    assert refs(clients.search(caseload, "ab", include_inactive=True)) == ["AB-100", "XAB-7"]


def test_search_limit(caseload: Store) -> None:
    assert len(clients.search(caseload, "", limit=3)) == 3


def test_search_finds_nothing(caseload: Store) -> None:
    assert clients.search(caseload, "qq") == []
