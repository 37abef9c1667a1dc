"""The besluitenlijst (issue 6): the decisions of one meeting in agenda order, corrections
in their valid form, and its Markdown, CSV and dossier texts — which name a client only by
its reference and hold nothing of the preparation or the behandelaar."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from dataclasses import dataclass

import pytest

from ui.reports import minutes_text
from vergadering import clients, decisions, items, members, minutes, run
from vergadering import settings as team_settings
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind, ItemInput
from vergadering.meetings import MeetingStatus
from vergadering.minutes import Minutes, MinutesEntry
from vergadering.settings import Block, ItemType
from vergadering.store import Store

DAY = dt.date(2026, 11, 24)  # a Tuesday, the default meeting day
TEAM = "FACT-team Oost"
SECRETS = ("Carla Jansen", "GEHEIME-VRAAG", "GEHEIM-PROCES")  # behandelaar, preparation
FIRST_KOERS = "Afbouw medicatie, wekelijks contact"
KOERS = "Afbouw medicatie, tweewekelijks contact"
REASON = "Wachtlijst van negen maanden"


@dataclass
class Held:
    """A meeting on DAY: an acute verwijzing decided first, then a lopend doorgaan that was
    corrected afterwards, a hamerstuk (afsluiten), and an item that got no decision."""

    anouk: int
    bram: int
    verwijzen: int  # decision ids
    first_doorgaan: int
    doorgaan: int
    afsluiten: int


def hold_meeting(store: Store, clock: FakeClock) -> Held:
    team_settings.save(store, dataclasses.replace(team_settings.load(store), team_name=TEAM))
    anouk = members.add_member(store, "Anouk de Vries").id
    bram = members.add_member(store, "Bram Bakker").id
    carla = members.add_member(store, "Carla Jansen").id  # behandelaar of every client

    def queue(reference: str, presenter: int, item_type: ItemType, block: Block,
              proposed: DecisionKind | None = None) -> int:
        client = clients.add_client(store, ClientInput(reference, carla)).id
        question = "" if item_type is ItemType.MEDEDELING else "GEHEIME-VRAAG: hoe verder?"
        return items.queue_item(store, ItemInput(
            client, presenter, item_type, block, question, "GEHEIM-PROCES: gesprekken lopen",
            proposed_decision=proposed), by=presenter, meeting_date=DAY).id

    vraag = queue("AB-1", anouk, ItemType.VRAAG, Block.LOPEND)
    hamer = queue("CD-2", bram, ItemType.MEDEDELING, Block.LOPEND, DecisionKind.AFSLUITEN)
    queue("GH-4", anouk, ItemType.VRAAG, Block.LOPEND)  # not reached: no decision
    acuut = queue("EF-3", bram, ItemType.KWESTIE, Block.ACUUT)

    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store, DAY)
    run.start_item(store, acuut)
    clock.advance(minutes=8)
    verwijzen = decisions.record_decision(store, acuut, DecisionInput(
        DecisionKind.VERWIJZEN, dt.date(2027, 9, 1), referred_to="GGZ-instelling De Linde",
        worded_by_role="chair", worded_by_id=bram, date_reason=REASON))
    run.start_item(store, vraag)
    clock.advance(minutes=5)
    first = decisions.record_decision(store, vraag, DecisionInput(
        DecisionKind.DOORGAAN, dt.date(2027, 3, 2), koers=FIRST_KOERS))
    afsluiten = decisions.confirm_hamerstuk(store, hamer)
    clock.advance(minutes=1)
    doorgaan = decisions.correct_decision(store, first.id, DecisionInput(
        DecisionKind.DOORGAAN, dt.date(2027, 5, 24), koers=KOERS))
    return Held(anouk, bram, verwijzen.id, first.id, doorgaan.id, afsluiten.id)


@pytest.fixture
def held(store: Store, clock: FakeClock) -> Held:
    return hold_meeting(store, clock)


@pytest.fixture
def result(store: Store, held: Held) -> Minutes:
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    return found


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""),
                               delimiter=";"))


# -- the domain -----------------------------------------------------------------------------
def test_no_meeting_that_day(store: Store, held: Held) -> None:
    assert minutes.besluitenlijst(store, DAY + dt.timedelta(days=7)) is None
    assert minutes.besluitenlijst(store, DAY - dt.timedelta(days=1)) is None


def test_the_meeting_and_its_decisions_in_agenda_order(result: Minutes, held: Held) -> None:
    assert (result.date, result.status, result.team_name) == (DAY, MeetingStatus.RUNNING, TEAM)
    # Lopend first (the team's block order), by position; not in the order decided.
    assert [e.client_reference for e in result.entries] == ["AB-1", "CD-2", "EF-3"]
    assert [e.decision_id for e in result.entries] == [held.doorgaan, held.afsluiten,
                                                       held.verwijzen]


def test_every_field_of_each_entry(result: Minutes, held: Held) -> None:
    doorgaan, afsluiten, verwijzen = result.entries
    assert doorgaan == MinutesEntry(
        decision_id=held.doorgaan, client_reference="AB-1", kind=DecisionKind.DOORGAAN,
        decided_on=DAY, koers=KOERS, referred_to="", next_evaluation=dt.date(2027, 5, 24),
        worded_by="Anouk de Vries", worded_by_role="presenter", date_reason="",
        item_type=ItemType.VRAAG, block=Block.LOPEND, presenter="Anouk de Vries",
        corrects_id=held.first_doorgaan)
    assert doorgaan.is_correction
    assert afsluiten == MinutesEntry(
        decision_id=held.afsluiten, client_reference="CD-2", kind=DecisionKind.AFSLUITEN,
        decided_on=DAY, koers="", referred_to="", next_evaluation=None,
        worded_by="Bram Bakker", worded_by_role="presenter", date_reason="",
        item_type=ItemType.MEDEDELING, block=Block.LOPEND, presenter="Bram Bakker")
    assert not afsluiten.is_correction
    assert verwijzen == MinutesEntry(
        decision_id=held.verwijzen, client_reference="EF-3", kind=DecisionKind.VERWIJZEN,
        decided_on=DAY, koers="", referred_to="GGZ-instelling De Linde",
        next_evaluation=dt.date(2027, 9, 1), worded_by="Bram Bakker", worded_by_role="chair",
        date_reason=REASON, item_type=ItemType.KWESTIE, block=Block.ACUUT,
        presenter="Bram Bakker")


def test_a_team_that_takes_acute_items_first(store: Store, held: Held) -> None:
    team_settings.save(store, dataclasses.replace(team_settings.load(store),
                                                  first_block=Block.ACUUT))
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    assert [e.client_reference for e in found.entries] == ["EF-3", "AB-1", "CD-2"]


def test_only_the_latest_of_a_chain_of_corrections(store: Store, held: Held) -> None:
    again = decisions.correct_decision(store, held.doorgaan, DecisionInput(
        DecisionKind.AFSLUITEN, worded_by_role="chair"))
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    first = found.entries[0]
    assert (first.decision_id, first.kind, first.corrects_id) == (
        again.id, DecisionKind.AFSLUITEN, held.doorgaan)
    assert (first.worded_by, first.worded_by_role) == (None, "chair")
    assert len(found.entries) == 3


def test_closed_meeting_keeps_its_decisions(store: Store, held: Held) -> None:
    run.close_meeting(store)
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    assert found.status is MeetingStatus.CLOSED
    assert len(found.entries) == 3


def test_a_meeting_without_decisions(store: Store, clock: FakeClock) -> None:
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store, DAY)
    found = minutes.besluitenlijst(store, DAY)
    assert found == Minutes(DAY, MeetingStatus.RUNNING, "Mijn team", ())
    assert minutes_text.NO_DECISIONS in minutes_text.to_markdown(found)
    assert read_csv(minutes_text.to_csv(found)) == []
    assert minutes_text.to_csv(found) == ";".join(minutes_text.CSV_HEADERS) + "\r\n"


# -- Markdown -------------------------------------------------------------------------------
def test_markdown(result: Minutes) -> None:
    text = minutes_text.to_markdown(result)
    assert text.startswith(f"# Besluitenlijst {TEAM} — dinsdag 24 november 2026\n")
    assert "De vergadering loopt nog: deze lijst is voorlopig." in text
    assert "3 besluiten." in text
    sections = text.split("\n## ")[1:]
    assert [s.splitlines()[0] for s in sections] == [
        "1. AB-1 — doorgaan", "2. CD-2 — afsluiten", "3. EF-3 — verwijzen"]
    doorgaan, afsluiten, verwijzen = sections
    for line in ("- **Cliënt:** AB-1", "- **Besluit:** doorgaan", f"- **Koers:** {KOERS}",
                 "- **Volgende evaluatie:** 24-05-2027",
                 "- **Geformuleerd door:** Anouk de Vries (inbrenger)",
                 "- **Agendapunt:** vraag (lopend), ingebracht door Anouk de Vries"):
        assert line in doorgaan.splitlines()
    assert "Correctie van een eerder besluit" in doorgaan and FIRST_KOERS not in text
    assert "- **Besluit:** afsluiten" in afsluiten and "Volgende evaluatie" not in afsluiten
    assert "Correctie" not in afsluiten
    for line in ("- **Cliënt:** EF-3", "- **Verwezen naar:** GGZ-instelling De Linde",
                 "- **Volgende evaluatie:** 01-09-2027",
                 f"- **Reden voor deze datum:** {REASON}",
                 "- **Geformuleerd door:** Bram Bakker (voorzitter)"):
        assert line in verwijzen.splitlines()


def test_markdown_of_a_closed_meeting_has_no_provisional_note(store: Store,
                                                              held: Held) -> None:
    run.close_meeting(store)
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    assert "voorlopig" not in minutes_text.to_markdown(found)


def test_markdown_keeps_user_text_literal(result: Minutes) -> None:
    entry = dataclasses.replace(result.entries[0], koers="*niet vet* | geen tabel\n# geen kop")
    text = minutes_text.to_markdown(dataclasses.replace(result, entries=(entry,)))
    assert "- **Koers:** \\*niet vet\\* \\| geen tabel  \n  \\# geen kop" in text


# -- CSV ------------------------------------------------------------------------------------
def test_csv_for_dutch_excel(result: Minutes) -> None:
    text = minutes_text.to_csv(result)
    assert not text.startswith("\ufeff")  # the caller writes the BOM to a file
    assert text.count("\r\n") == 4 and "\n" not in text.replace("\r\n", "")
    rows = read_csv(text)
    assert list(rows[0]) == list(minutes_text.CSV_HEADERS)
    assert rows == [
        {"Datum MDO": "24-11-2026", "Cliënt": "AB-1", "Besluit": "doorgaan", "Koers": KOERS,
         "Verwezen naar": "", "Volgende evaluatie": "24-05-2027", "Reden voor de datum": "",
         "Geformuleerd door": "Anouk de Vries", "Rol": "inbrenger", "Soort punt": "vraag",
         "Blok": "lopend", "Inbrenger": "Anouk de Vries", "Correctie": "ja"},
        {"Datum MDO": "24-11-2026", "Cliënt": "CD-2", "Besluit": "afsluiten", "Koers": "",
         "Verwezen naar": "", "Volgende evaluatie": "", "Reden voor de datum": "",
         "Geformuleerd door": "Bram Bakker", "Rol": "inbrenger", "Soort punt": "mededeling",
         "Blok": "lopend", "Inbrenger": "Bram Bakker", "Correctie": ""},
        {"Datum MDO": "24-11-2026", "Cliënt": "EF-3", "Besluit": "verwijzen", "Koers": "",
         "Verwezen naar": "GGZ-instelling De Linde", "Volgende evaluatie": "01-09-2027",
         "Reden voor de datum": REASON, "Geformuleerd door": "Bram Bakker",
         "Rol": "voorzitter", "Soort punt": "kwestie", "Blok": "acuut",
         "Inbrenger": "Bram Bakker", "Correctie": ""},
    ]


def test_csv_cells_are_no_formulas_and_keep_line_breaks(result: Minutes) -> None:
    entry = dataclasses.replace(result.entries[0], koers="=HYPERLINK(1)\n- tweede regel; ja")
    rows = read_csv(minutes_text.to_csv(dataclasses.replace(result, entries=(entry,))))
    assert rows[0]["Koers"] == "'=HYPERLINK(1)\n- tweede regel; ja"


def test_csv_with_the_bom_as_written_to_a_file(result: Minutes) -> None:
    data = minutes_text.to_csv(result).encode(minutes_text.CSV_ENCODING)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = read_csv(data.decode("utf-8"))
    assert [r["Cliënt"] for r in rows] == ["AB-1", "CD-2", "EF-3"]


# -- dossier --------------------------------------------------------------------------------
def test_dossier_texts(result: Minutes) -> None:
    doorgaan, afsluiten, verwijzen = (minutes_text.dossier_text(e, result)
                                      for e in result.entries)
    assert doorgaan == (
        "MDO 24-11-2026 — besluit: doorgaan. (Correctie van een eerder vastgelegd besluit.) "
        f"Koers tot de volgende evaluatie: {KOERS}. Volgende evaluatie: 24-05-2027. "
        "Geformuleerd door: Anouk de Vries (inbrenger).")
    assert afsluiten == ("MDO 24-11-2026 — besluit: afsluiten. De behandeling wordt "
                         "afgesloten. Geformuleerd door: Bram Bakker (inbrenger).")
    assert verwijzen == (
        "MDO 24-11-2026 — besluit: verwijzen. Verwezen naar: GGZ-instelling De Linde. "
        f"Volgende evaluatie: 01-09-2027. Reden voor deze datum: {REASON}. "
        "Geformuleerd door: Bram Bakker (voorzitter).")


def test_dossier_text_is_one_line(result: Minutes) -> None:
    entry = dataclasses.replace(result.entries[0], koers="Afbouw medicatie.\nEens per week.",
                                worded_by=None, worded_by_role="chair")
    text = minutes_text.dossier_text(entry, result)
    assert "\n" not in text
    assert "Koers tot de volgende evaluatie: Afbouw medicatie. Eens per week. " in text
    assert text.endswith("Geformuleerd door: voorzitter.")


# -- privacy --------------------------------------------------------------------------------
def test_nothing_of_the_preparation_or_the_behandelaar(result: Minutes) -> None:
    exports = [minutes_text.to_markdown(result), minutes_text.to_csv(result),
               *(minutes_text.dossier_text(e, result) for e in result.entries)]
    for text in exports:
        for secret in SECRETS:
            assert secret not in text
    assert "GH-4" not in exports[0]  # no decision, not on the list
    fields = {f.name for f in dataclasses.fields(MinutesEntry)}
    assert not fields & {"question", "process_state", "behandelaar", "client_id"}
