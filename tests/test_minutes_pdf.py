"""The besluitenlijst as PDF, read back page by page with poppler's pdftotext: every
decision (and every item without one, rule 10) stays whole on one page and every page
says which page of how many it is."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ui.reports import minutes_pdf
from vergadering.items import DecisionKind
from vergadering.meetings import MeetingStatus
from vergadering.minutes import Ending, Minutes, MinutesEntry, OtherEntry
from vergadering.settings import Block, ItemType

DAY = dt.date(2026, 11, 24)


def page_texts(path: Path) -> list[str]:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) not installed; CI installs it")
    text = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def entry(number: int, koers_words: int) -> MinutesEntry:
    kind = (DecisionKind.DOORGAAN, DecisionKind.AFSLUITEN, DecisionKind.VERWIJZEN)[number % 3]
    return MinutesEntry(
        decision_id=number, client_reference=f"C-{number:03d}", kind=kind, decided_on=DAY,
        koers=" ".join(["afspraken"] * koers_words) if kind is not DecisionKind.AFSLUITEN
        else "", referred_to="huisarts" if kind is DecisionKind.VERWIJZEN else "",
        next_evaluation=None if kind is DecisionKind.AFSLUITEN else DAY + dt.timedelta(90),
        worded_by=f"Lid {number}", worded_by_role="presenter", date_reason="",
        item_type=ItemType.KWESTIE, block=Block.LOPEND, presenter=f"Lid {number}")


def test_no_decision_is_split_over_two_pages(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    minutes = Minutes(DAY, MeetingStatus.CLOSED, "Team Oost",
                      tuple(entry(n, 10 + 7 * (n % 5)) for n in range(1, 41)))
    out = tmp_path / "lijst.pdf"
    minutes_pdf.write_pdf(minutes, out)
    pages = page_texts(out)
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert f"pagina {number} van {len(pages)}" in text
        # Every decision that starts on this page also ends on it (its last line).
        for reference in re.findall(r"\d+\. (C-\d{3}) —", text):
            n = int(reference[2:])
            assert f"Lid {n} (inbrenger)" in text, (number, reference)
    found = [int(m) for page in pages for m in re.findall(r"\d+\. C-(\d{3}) —", page)]
    assert found == list(range(1, 41))  # all, in order, each once


def test_an_empty_list_is_one_page(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "leeg.pdf"
    minutes_pdf.write_pdf(Minutes(DAY, MeetingStatus.PLANNED, "Team Oost", ()), out)
    (page,) = page_texts(out)
    assert "Geen besluiten vastgelegd." in page
    assert "Deze vergadering is nog niet gehouden." in page
    assert "pagina 1 van 1" in page


def test_a_decision_longer_than_a_page_is_printed_whole(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long = entry(1, 0)
    lines = "\n".join(f"regel {n}" for n in range(1, 151))
    long = MinutesEntry(**{**long.__dict__, "kind": DecisionKind.DOORGAAN, "koers": lines})
    out = tmp_path / "lang.pdf"
    minutes_pdf.write_pdf(Minutes(DAY, MeetingStatus.CLOSED, "Team Oost",
                                  (long, entry(2, 5))), out)
    pages = page_texts(out)
    assert len(pages) >= 3
    text = " ".join(pages)
    assert re.findall(r"regel (\d+)", text) == [str(n) for n in range(1, 151)]
    assert "Lid 1 (inbrenger)" in text and "2. C-002" in text


def other(number: int, ending: Ending) -> OtherEntry:
    return OtherEntry(
        item_id=1000 + number, client_reference=f"Z-{number:03d}", ending=ending,
        item_type=ItemType.VRAAG, block=Block.ACUUT if ending in (
            Ending.CONSULTATION, Ending.WITHDRAWN) else Block.LOPEND,
        presenter=f"Inbrenger {number}",
        consultation_by=f"Lid {number}" if ending is Ending.CONSULTATION else None,
        report_by=DAY + dt.timedelta(days=14) if ending is Ending.CONSULTATION else None,
        moved_to=DAY + dt.timedelta(days=7) if ending in (
            Ending.DEFERRED, Ending.CARRIED_OVER) else None)


def test_the_items_without_a_decision_follow_the_decisions(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    others = tuple(other(n, list(Ending)[n % 4]) for n in range(1, 5))
    out = tmp_path / "lijst.pdf"
    minutes_pdf.write_pdf(Minutes(DAY, MeetingStatus.CLOSED, "Team Oost",
                                  (entry(1, 5), entry(2, 5)), others), out)
    (page,) = page_texts(out)
    assert "2 besluiten, 4 punten zonder besluit." in page
    decisions, without = page.split("Zonder besluit", 1)
    assert "1. C-001" in decisions and "2. C-002" in decisions
    expected = {
        Ending.CONSULTATION: "Apart overleg — Lid {n} koppelt terug uiterlijk 08-12-2026",
        Ending.DEFERRED: "Uitgesteld naar 01-12-2026",
        Ending.CARRIED_OVER: "Doorgeschoven naar 01-12-2026 (niet aan bod gekomen)",
        Ending.WITHDRAWN: "Ingetrokken bij het afsluiten",
    }
    for n, item in enumerate(others, 1):
        assert f"Z-{n:03d} {expected[item.ending].format(n=n)}" in without
        assert f"vraag ({'acuut' if item.block is Block.ACUUT else 'lopend'}), " \
               f"ingebracht door Inbrenger {n}" in without


def test_no_item_without_a_decision_is_split_and_the_heading_never_stands_alone(
        qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Enough decisions to end near the bottom of a page, then many items without one.
    others = tuple(other(n, list(Ending)[n % 4]) for n in range(1, 61))
    out = tmp_path / "lijst.pdf"
    minutes_pdf.write_pdf(Minutes(DAY, MeetingStatus.CLOSED, "Team Oost",
                                  tuple(entry(n, 12) for n in range(1, 9)), others), out)
    pages = page_texts(out)
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert f"pagina {number} van {len(pages)}" in text
        # Each item that starts on a page also ends there (its agenda line).
        for n in re.findall(r"Z-(\d{3}) ", text):
            assert f"ingebracht door Inbrenger {int(n)}" in text, (number, n)
        if "Zonder besluit" in text:  # the heading comes with its first item
            assert "Z-001" in text.split("Zonder besluit", 1)[1]
    found = [int(m) for page in pages for m in re.findall(r"Z-(\d{3}) ", page)]
    assert found == list(range(1, 61))
