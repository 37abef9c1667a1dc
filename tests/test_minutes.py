"""The besluitenlijst: the decisions of one meeting in agenda order, corrections
in their valid form, the items that ended without a decision (rule 10: apart overleg,
uitgesteld, doorgeschoven, ingetrokken), and its Markdown, CSV and dossier texts — which
name a client only by its reference and hold nothing of the preparation or the
behandelaar."""

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
from vergadering.consultations import ConsultationInput
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind, ItemInput
from vergadering.meetings import MeetingStatus
from vergadering.minutes import Ending, Minutes, MinutesEntry, OtherEntry
from vergadering.settings import Block, ItemType
from vergadering.store import Store
from vergadering.timeline import BlockChoice

DAY = dt.date(2026, 11, 24)  # a Tuesday, the default meeting day
NEXT = dt.date(2026, 12, 1)
REPORT_BY = dt.date(2026, 12, 8)  # when the separate consultation reports back
TEAM = "FACT-team Oost"
SECRETS = ("Carla Jansen", "GEHEIME-VRAAG", "GEHEIM-PROCES")  # behandelaar, preparation
FIRST_KOERS = "Afbouw medicatie, wekelijks contact"
KOERS = "Afbouw medicatie, tweewekelijks contact"
REASON = "Wachtlijst van negen maanden"


@dataclass
class Held:
    """A meeting on DAY: an acute verwijzing decided first, an acute item sent to a
    separate consultation, then a lopend doorgaan that was corrected afterwards, a
    hamerstuk (afsluiten), a lopend item deferred; not reached: a lopend item (carried
    over at the close) and an acute one (withdrawn at the close)."""

    anouk: int
    bram: int
    verwijzen: int  # decision ids
    first_doorgaan: int
    doorgaan: int
    afsluiten: int
    consultation: int  # item ids
    deferred: int
    not_reached: int
    withdrawn: int


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
    not_reached = queue("GH-4", anouk, ItemType.VRAAG, Block.LOPEND)  # carried over
    later = queue("KL-6", bram, ItemType.VRAAG, Block.LOPEND)  # deferred
    acuut = queue("EF-3", bram, ItemType.KWESTIE, Block.ACUUT)
    apart = queue("IJ-5", anouk, ItemType.KWESTIE, Block.ACUUT)  # apart overleg
    withdrawn = queue("MN-7", bram, ItemType.VRAAG, Block.ACUUT)  # withdrawn at the close

    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store, DAY)
    run.start_item(store, acuut)
    clock.advance(minutes=8)
    verwijzen = decisions.record_decision(store, acuut, DecisionInput(
        DecisionKind.VERWIJZEN, dt.date(2027, 9, 1), referred_to="GGZ-instelling De Linde",
        worded_by_role="chair", worded_by_id=bram, date_reason=REASON))
    run.start_item(store, apart)
    clock.advance(minutes=3)
    run.choose(store, apart, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(anouk, REPORT_BY))
    run.start_item(store, vraag)
    clock.advance(minutes=5)
    first = decisions.record_decision(store, vraag, DecisionInput(
        DecisionKind.DOORGAAN, dt.date(2027, 3, 2), koers=FIRST_KOERS))
    run.start_item(store, hamer)
    afsluiten = decisions.confirm_hamerstuk(
        store, hamer, closes_client_id=items.get(store, hamer).client_id)
    run.defer_item(store, later)
    clock.advance(minutes=1)
    doorgaan = decisions.correct_decision(store, first.id, DecisionInput(
        DecisionKind.DOORGAAN, dt.date(2027, 5, 24), koers=KOERS))
    return Held(anouk, bram, verwijzen.id, first.id, doorgaan.id, afsluiten.id,
                apart, later, not_reached, withdrawn)


def close_meeting(store: Store, clock: FakeClock, held: Held) -> None:
    """Close the meeting of :func:`hold_meeting`: MN-7 (acute, not reached) withdrawn;
    GH-4 (lopend, not reached) carried over to the next meeting."""
    clock.set(dt.datetime(2026, 11, 24, 10, 30))
    run.close_meeting(store, {held.withdrawn: run.UnreachedChoice(run.Unreached.WITHDRAW)})


def hold_and_close_meeting(store: Store, clock: FakeClock) -> Held:
    held = hold_meeting(store, clock)
    close_meeting(store, clock, held)
    return held


@pytest.fixture
def held(store: Store, clock: FakeClock) -> Held:
    return hold_meeting(store, clock)


@pytest.fixture
def closed(store: Store, clock: FakeClock) -> Minutes:
    """The besluitenlijst of the meeting of :func:`hold_meeting`, closed."""
    hold_and_close_meeting(store, clock)
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    return found


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
    assert minutes.besluitenlijst(store, DAY + dt.timedelta(days=14)) is None
    # The deferred item made the next meeting: planned, nothing in it yet.
    assert minutes.besluitenlijst(store, NEXT) == Minutes(NEXT, MeetingStatus.PLANNED, TEAM, ())
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
    client_id = decisions.get(store, held.doorgaan).client_id
    again = decisions.correct_decision(store, held.doorgaan, DecisionInput(
        DecisionKind.AFSLUITEN, worded_by_role="chair", closes_client_id=client_id))
    found = minutes.besluitenlijst(store, DAY)
    assert found is not None
    first = found.entries[0]
    assert (first.decision_id, first.kind, first.corrects_id) == (
        again.id, DecisionKind.AFSLUITEN, held.doorgaan)
    assert (first.worded_by, first.worded_by_role) == (None, "chair")
    assert len(found.entries) == 3


def test_closed_meeting_keeps_its_decisions(store: Store, clock: FakeClock,
                                            held: Held) -> None:
    close_meeting(store, clock, held)
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
    assert "\n3 besluiten, 2 punten zonder besluit.\n" in text
    sections = text.split("\n## ")[1:]
    assert [s.splitlines()[0] for s in sections] == [
        "1. AB-1 — doorgaan", "2. CD-2 — afsluiten", "3. EF-3 — verwijzen",
        "Zonder besluit"]
    doorgaan, afsluiten, verwijzen, _others = sections
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


def test_markdown_of_a_closed_meeting_has_no_provisional_note(closed: Minutes) -> None:
    assert "voorlopig" not in minutes_text.to_markdown(closed)


def test_markdown_keeps_user_text_literal(result: Minutes) -> None:
    entry = dataclasses.replace(result.entries[0], koers="*niet vet* | geen tabel\n# geen kop")
    text = minutes_text.to_markdown(dataclasses.replace(result, entries=(entry,)))
    assert "- **Koers:** \\*niet vet\\* \\| geen tabel  \n  \\# geen kop" in text


# -- CSV ------------------------------------------------------------------------------------
NOT_A_CONSULTATION = {"Apart overleg door": "", "Terugkoppeling uiterlijk": ""}
NOT_MOVED = {"Naar vergadering van": ""}
# Rules 12-14: nothing followed up, agreed or asked in this meeting.
NOTHING_AGREED = {"Vorig besluit van": "", "Uitgevoerd": "", "Reden niet uitgevoerd": "",
                  "Toelichting": "", "Besproken met cliënt": "", "Perspectief cliënt": "",
                  "Acties": ""}
NO_DECISION = {"Koers": "", "Verwezen naar": "", "Volgende evaluatie": "",
               "Reden voor de datum": "", "Geformuleerd door": "", "Rol": "",
               "Correctie": ""}


def test_csv_for_dutch_excel(result: Minutes) -> None:
    text = minutes_text.to_csv(result)
    assert not text.startswith("\ufeff")  # the caller writes the BOM to a file
    assert text.count("\r\n") == 6 and "\n" not in text.replace("\r\n", "")
    rows = read_csv(text)
    assert list(rows[0]) == list(minutes_text.CSV_HEADERS)
    assert rows == [
        {"Datum MDO": "24-11-2026", "Cliënt": "AB-1", "Besluit": "doorgaan", "Koers": KOERS,
         "Verwezen naar": "", "Volgende evaluatie": "24-05-2027", "Reden voor de datum": "",
         "Geformuleerd door": "Anouk de Vries", "Rol": "inbrenger", "Soort punt": "vraag",
         "Blok": "lopend", "Inbrenger": "Anouk de Vries", "Correctie": "ja",
         **NOT_A_CONSULTATION, **NOT_MOVED, **NOTHING_AGREED},
        {"Datum MDO": "24-11-2026", "Cliënt": "CD-2", "Besluit": "afsluiten", "Koers": "",
         "Verwezen naar": "", "Volgende evaluatie": "", "Reden voor de datum": "",
         "Geformuleerd door": "Bram Bakker", "Rol": "inbrenger", "Soort punt": "mededeling",
         "Blok": "lopend", "Inbrenger": "Bram Bakker", "Correctie": "",
         **NOT_A_CONSULTATION, **NOT_MOVED, **NOTHING_AGREED},
        {"Datum MDO": "24-11-2026", "Cliënt": "EF-3", "Besluit": "verwijzen", "Koers": "",
         "Verwezen naar": "GGZ-instelling De Linde", "Volgende evaluatie": "01-09-2027",
         "Reden voor de datum": REASON, "Geformuleerd door": "Bram Bakker",
         "Rol": "voorzitter", "Soort punt": "kwestie", "Blok": "acuut",
         "Inbrenger": "Bram Bakker", "Correctie": "", **NOT_A_CONSULTATION, **NOT_MOVED,
         **NOTHING_AGREED},
        # Then the items without a decision.
        {"Datum MDO": "24-11-2026", "Cliënt": "IJ-5", "Besluit": "apart overleg",
         **NO_DECISION, "Soort punt": "kwestie", "Blok": "acuut", "Inbrenger": "Anouk de Vries",
         "Apart overleg door": "Anouk de Vries", "Terugkoppeling uiterlijk": "08-12-2026",
         **NOT_MOVED, **NOTHING_AGREED},
        {"Datum MDO": "24-11-2026", "Cliënt": "KL-6", "Besluit": "uitgesteld",
         **NO_DECISION, "Soort punt": "vraag", "Blok": "lopend", "Inbrenger": "Bram Bakker",
         **NOT_A_CONSULTATION, "Naar vergadering van": "01-12-2026", **NOTHING_AGREED},
    ]


def test_csv_keeps_its_first_columns_where_they_were() -> None:
    """Scripts read the columns by position: new ones only ever go at the end."""
    assert minutes_text.CSV_HEADERS[:16] == (
        "Datum MDO", "Cliënt", "Besluit", "Koers", "Verwezen naar", "Volgende evaluatie",
        "Reden voor de datum", "Geformuleerd door", "Rol", "Soort punt", "Blok",
        "Inbrenger", "Correctie", "Apart overleg door", "Terugkoppeling uiterlijk",
        "Naar vergadering van")


def test_csv_of_a_closed_meeting_has_every_item_without_a_decision(closed: Minutes) -> None:
    rows = read_csv(minutes_text.to_csv(closed))
    assert [(r["Cliënt"], r["Besluit"], r["Apart overleg door"],
             r["Terugkoppeling uiterlijk"], r["Naar vergadering van"]) for r in rows[3:]] == [
        ("IJ-5", "apart overleg", "Anouk de Vries", "08-12-2026", ""),
        ("KL-6", "uitgesteld", "", "", "01-12-2026"),
        ("GH-4", "doorgeschoven", "", "", "01-12-2026"),
        ("MN-7", "ingetrokken", "", "", ""),
    ]
    assert all(len(r) == len(minutes_text.CSV_HEADERS) for r in rows)


def test_csv_cells_are_no_formulas_and_keep_line_breaks(result: Minutes) -> None:
    entry = dataclasses.replace(result.entries[0], koers="=HYPERLINK(1)\n- tweede regel; ja")
    rows = read_csv(minutes_text.to_csv(dataclasses.replace(result, entries=(entry,))))
    assert rows[0]["Koers"] == "'=HYPERLINK(1)\n- tweede regel; ja"


def test_csv_cells_of_items_without_a_decision_are_no_formulas(result: Minutes) -> None:
    other = dataclasses.replace(result.others[0], client_reference="=1+1",
                                consultation_by="@SOM(A1)", presenter="-Bram")
    rows = read_csv(minutes_text.to_csv(dataclasses.replace(result, others=(other,))))
    assert (rows[-1]["Cliënt"], rows[-1]["Apart overleg door"], rows[-1]["Inbrenger"]) == (
        "'=1+1", "'@SOM(A1)", "'-Bram")


def test_csv_with_the_bom_as_written_to_a_file(result: Minutes) -> None:
    data = minutes_text.to_csv(result).encode(minutes_text.CSV_ENCODING)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = read_csv(data.decode("utf-8"))
    assert [r["Cliënt"] for r in rows] == ["AB-1", "CD-2", "EF-3", "IJ-5", "KL-6"]


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
def test_nothing_of_the_preparation_or_the_behandelaar(closed: Minutes) -> None:
    exports = [minutes_text.to_markdown(closed), minutes_text.to_csv(closed),
               *(minutes_text.dossier_text(e, closed) for e in closed.entries),
               *filter(None, (minutes_text.consultation_dossier_text(o, closed)
                              for o in closed.others))]
    assert len(exports) == 2 + 3 + 1
    for text in exports:
        for secret in SECRETS:
            assert secret not in text
    for dataclass_ in (MinutesEntry, OtherEntry):
        fields = {f.name for f in dataclasses.fields(dataclass_)}
        assert not fields & {"question", "process_state", "behandelaar", "client_id"}


# -- items without a decision (rule 10) -------------------------------------------------------
def test_a_running_meeting_lists_what_already_ended_without_a_decision(result: Minutes,
                                                                       held: Held) -> None:
    assert result.others == (
        OtherEntry(held.consultation, "IJ-5", Ending.CONSULTATION, ItemType.KWESTIE,
                   Block.ACUUT, "Anouk de Vries", consultation_by="Anouk de Vries",
                   report_by=REPORT_BY),
        OtherEntry(held.deferred, "KL-6", Ending.DEFERRED, ItemType.VRAAG, Block.LOPEND,
                   "Bram Bakker", moved_to=NEXT),
    )


def test_a_closed_meeting_lists_every_item_without_a_decision(closed: Minutes,
                                                               store: Store) -> None:
    assert [(o.client_reference, o.ending, o.moved_to) for o in closed.others] == [
        ("IJ-5", Ending.CONSULTATION, None), ("KL-6", Ending.DEFERRED, NEXT),
        ("GH-4", Ending.CARRIED_OVER, NEXT), ("MN-7", Ending.WITHDRAWN, None)]


def test_markdown_lists_the_items_without_a_decision_after_the_decisions(
        closed: Minutes) -> None:
    text = minutes_text.to_markdown(closed)
    assert "\n3 besluiten, 4 punten zonder besluit.\n" in text
    section = text.split("\n## Zonder besluit\n")[1]
    assert section.strip().splitlines() == [
        "- **IJ-5** — Apart overleg — Anouk de Vries koppelt terug uiterlijk 08-12-2026  ",
        "  Agendapunt: kwestie (acuut), ingebracht door Anouk de Vries",
        "- **KL-6** — Uitgesteld naar 01-12-2026  ",
        "  Agendapunt: vraag (lopend), ingebracht door Bram Bakker",
        "- **GH-4** — Doorgeschoven naar 01-12-2026 (niet aan bod gekomen)  ",
        "  Agendapunt: vraag (lopend), ingebracht door Anouk de Vries",
        "- **MN-7** — Ingetrokken bij het afsluiten  ",
        "  Agendapunt: vraag (acuut), ingebracht door Bram Bakker",
    ]


@pytest.mark.parametrize(("decided", "others", "line"), [
    (0, 0, "Geen besluiten vastgelegd."),
    (0, 1, "Geen besluiten vastgelegd. 1 punt zonder besluit."),
    (1, 0, "1 besluit."),
    (1, 2, "1 besluit, 2 punten zonder besluit."),
    (3, 1, "3 besluiten, 1 punt zonder besluit."),
])
def test_the_count_line(closed: Minutes, decided: int, others: int, line: str) -> None:
    shown = dataclasses.replace(closed, entries=closed.entries[:decided],
                                others=closed.others[:others])
    assert minutes_text.count_line(shown) == line
    assert f"\n{line}\n" in minutes_text.to_markdown(shown)


def test_a_meeting_with_only_items_without_a_decision(closed: Minutes) -> None:
    only = dataclasses.replace(closed, entries=())
    text = minutes_text.to_markdown(only)
    assert "Geen besluiten vastgelegd. 4 punten zonder besluit." in text
    assert "## Zonder besluit" in text and "## 1." not in text
    assert [r["Besluit"] for r in read_csv(minutes_text.to_csv(only))] == [
        "apart overleg", "uitgesteld", "doorgeschoven", "ingetrokken"]


def test_the_dossier_text_of_a_separate_consultation(closed: Minutes) -> None:
    apart, *rest = closed.others
    assert minutes_text.consultation_dossier_text(apart, closed) == (
        "MDO 24-11-2026 — apart overleg: Anouk de Vries koppelt uiterlijk 08-12-2026 terug "
        "aan het team.")
    # Deferred, carried over, withdrawn: nothing happened for the client's dossier.
    assert [minutes_text.consultation_dossier_text(o, closed) for o in rest] == [None] * 3
