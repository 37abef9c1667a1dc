"""The besluitenlijst with what rules 12-14 (docs/rules.md) add to an entry: how the
previous decision worked out, the actions with their owner, date and state, whether the
decision was discussed with the client and the item's "Perspectief cliënt / naasten" —
in the domain, the Markdown, the CSV (new columns after the first sixteen), the PDF and
the dossier text; each only when there is one, and user text kept literal and safe.

A correction lists its own actions and, marked, the still open ones of the decision it
corrects (they stay with that decision, rule 13); its follow-up and its answer to
"besproken met cliënt" are its own."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from follow_up_team import FULLY, WEEK1, WEEK2, Team, action, doorgaan, make_team, not_done

from ui.reports import follow_up_words, minutes_text
from vergadering import actions, decisions, minutes
from vergadering.actions import ActionState
from vergadering.clock import FakeClock
from vergadering.follow_up import CarriedOut, DiscussedWithClient, FollowUpReason
from vergadering.items import DecisionKind
from vergadering.minutes import AgreedAction, FollowedUp, Minutes, MinutesEntry
from vergadering.store import Store, open_store

DUE = WEEK2 + dt.timedelta(days=14)
LATER = WEEK2 + dt.timedelta(days=21)
PERSPECTIVE = "Wil eerst zelf werk zoeken.\nMoeder maakt zich zorgen."
OTHER_REASON = "Behandelaar met verlof"
NEW_LABELS = ("Vorig besluit", "Perspectief cliënt", "Acties", "Besproken met cliënt")


@dataclass
class Held:
    """WEEK2's meeting: CL-1 followed up partly (another reason), with a perspective, two
    actions (one since done by Bram) and discussed with the client; CL-2 decided and
    corrected (the first decision's actions: one still open, one dropped; the correction
    brings its own); CL-3 a first decision, with nothing of rules 12-14."""

    result: Minutes
    first: int  # decision ids
    corrected: int
    correction: int
    fresh: int


def hold(team: Team) -> Held:
    one, two = team.client(), team.client()
    team.meeting(WEEK1, (one, doorgaan()), (two, doorgaan()))
    three = team.client()
    items = [team.queue(one, WEEK2, perspective=PERSPECTIVE), team.queue(two, WEEK2),
             team.queue(three, WEEK2)]
    team.start(WEEK2)
    first = team.decide(items[0].id, doorgaan(
        WEEK2, follow_up=not_done(CarriedOut.PARTLY, FollowUpReason.OTHER, OTHER_REASON),
        discussed_with_client=DiscussedWithClient.YES,
        actions=(action("Netwerkgesprek plannen", team.bram, LATER),
                 action("Huisarts bellen", team.anna, DUE))))
    corrected = team.decide(items[1].id, doorgaan(
        WEEK2, follow_up=FULLY, actions=(action("Verwijsbrief sturen", team.anna, DUE),
                                         action("Intake plannen", team.bram, LATER))))
    fresh = team.decide(items[2].id, doorgaan(WEEK2))
    correction = decisions.correct_decision(team.store, corrected.id, doorgaan(
        WEEK2, koers="Toch anders", follow_up=not_done(
            CarriedOut.NOT_AT_ALL, FollowUpReason.WAITING_LIST),
        discussed_with_client=DiscussedWithClient.LATER,
        actions=(action("Wachtlijst navragen", team.bram, LATER),)))
    team.close()
    by_what = {a.what: a.id for a in actions.all_actions(team.store)}
    actions.close(team.store, by_what["Huisarts bellen"], ActionState.DONE, team.bram)
    actions.close(team.store, by_what["Intake plannen"], ActionState.DROPPED, team.anna)
    result = minutes.besluitenlijst(team.store, WEEK2)
    assert result is not None
    return Held(result, first.id, corrected.id, correction.id, fresh.id)


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    return make_team(store, clock)


@pytest.fixture
def held(team: Team) -> Held:
    return hold(team)


def entries(held: Held) -> tuple[MinutesEntry, MinutesEntry, MinutesEntry]:
    followed, corrected, fresh = held.result.entries
    assert (followed.decision_id, corrected.decision_id, fresh.decision_id) == (
        held.first, held.correction, held.fresh)
    return followed, corrected, fresh


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


# -- the domain -------------------------------------------------------------------------------
def test_an_entry_holds_the_follow_up_the_actions_and_the_clients_voice(held: Held) -> None:
    followed, _, fresh = entries(held)
    assert followed.follow_up == FollowedUp(WEEK1, DecisionKind.DOORGAAN, CarriedOut.PARTLY,
                                            FollowUpReason.OTHER, OTHER_REASON)
    assert followed.discussed_with_client is DiscussedWithClient.YES
    assert followed.client_perspective == PERSPECTIVE
    assert followed.actions == (  # earliest due first, in their state of now
        AgreedAction("Huisarts bellen", "Anna de Vries", DUE, ActionState.DONE,
                     "Bram Bakker", WEEK2),
        AgreedAction("Netwerkgesprek plannen", "Bram Bakker", LATER, ActionState.OPEN))
    assert (fresh.follow_up, fresh.discussed_with_client, fresh.client_perspective,
            fresh.actions) == (None, None, "", ())


def test_a_correction_has_its_own_follow_up_and_the_corrected_decisions_open_actions(
        held: Held) -> None:
    _, correction, _ = entries(held)
    assert correction.corrects_id == held.corrected
    assert correction.follow_up == FollowedUp(WEEK1, DecisionKind.DOORGAAN,
                                              CarriedOut.NOT_AT_ALL, FollowUpReason.WAITING_LIST)
    assert correction.discussed_with_client is DiscussedWithClient.LATER
    # Its own first; then, marked, the corrected decision's open one (the dropped one
    # is settled and left out).
    assert correction.actions == (
        AgreedAction("Wachtlijst navragen", "Bram Bakker", LATER, ActionState.OPEN),
        AgreedAction("Verwijsbrief sturen", "Anna de Vries", DUE, ActionState.OPEN,
                     from_corrected=True))


def test_a_chain_of_corrections_keeps_the_first_decisions_open_actions(team: Team,
                                                                         held: Held) -> None:
    again = decisions.correct_decision(team.store, held.correction, doorgaan(
        WEEK2, koers="Nog eens anders", follow_up=FULLY))
    result = minutes.besluitenlijst(team.store, WEEK2)
    assert result is not None
    entry = result.entries[1]
    assert entry.decision_id == again.id and entry.discussed_with_client is None
    assert [(a.what, a.from_corrected) for a in entry.actions] == [
        ("Verwijsbrief sturen", True), ("Wachtlijst navragen", True)]


@contextmanager
def counted(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        store.conn.set_trace_callback(None)


def test_the_actions_and_the_previous_decisions_are_read_once_for_the_list(
        team: Team, held: Held) -> None:
    with counted(team.store) as seen:
        minutes.besluitenlijst(team.store, WEEK2)
    assert sum(" FROM action a" in sql for sql in seen) == 1
    assert sum("SELECT id, decided_on, kind FROM decision" in sql for sql in seen) == 1


# -- the words --------------------------------------------------------------------------------
def test_the_words_are_those_of_the_screens(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.kit import words

    for carried in CarriedOut:
        assert follow_up_words.carried_out_name(carried) == words.carried_out(carried)
    for reason in FollowUpReason:
        assert follow_up_words.reason_name(reason) == words.follow_up_reason(reason)


# -- Markdown ---------------------------------------------------------------------------------
def test_markdown(held: Held) -> None:
    text = minutes_text.to_markdown(held.result)
    followed, correction, fresh = text.split("\n## ")[1:]
    for line in ("- **Vorig besluit (24-11-2026, doorgaan):** deels uitgevoerd — reden: "
                 f"anders: {OTHER_REASON}",
                 "- **Perspectief cliënt / naasten:** Wil eerst zelf werk zoeken.  ",
                 "  Moeder maakt zich zorgen.",
                 "- **Acties:**",
                 "  - Huisarts bellen — Anna de Vries, uiterlijk 15-12-2026 (gedaan door "
                 "Bram Bakker op 01-12-2026)",
                 "  - Netwerkgesprek plannen — Bram Bakker, uiterlijk 22-12-2026 (open)",
                 "- **Besproken met cliënt:** ja"):
        assert line in followed.splitlines()
    for line in ("- **Vorig besluit (24-11-2026, doorgaan):** niet uitgevoerd — reden: "
                 "wachtlijst/capaciteit",
                 "  - Wachtlijst navragen — Bram Bakker, uiterlijk 22-12-2026 (open)",
                 "  - Verwijsbrief sturen — Anna de Vries, uiterlijk 15-12-2026 (open; uit "
                 "het gecorrigeerde besluit)",
                 "- **Besproken met cliënt:** volgt"):
        assert line in correction.splitlines()
    assert "Intake plannen" not in text
    for label in NEW_LABELS:
        assert label not in fresh


def test_markdown_keeps_odd_text_literal(held: Held) -> None:
    followed, *_ = entries(held)
    odd = dataclasses.replace(
        followed, client_perspective="*wil* niet\n# geen kop\n- geen lijst",
        follow_up=dataclasses.replace(followed.follow_up, reason_text="_x_ | y"),
        actions=(dataclasses.replace(followed.actions[0], what="# Bellen [link](x)"),
                 dataclasses.replace(followed.actions[1], what="1. niet genummerd")))
    text = minutes_text.to_markdown(dataclasses.replace(held.result, entries=(odd,)))
    lines = text.splitlines()
    assert ("- **Perspectief cliënt / naasten:** \\*wil\\* niet  " in lines
            and "  \\# geen kop  " in lines and "  \\- geen lijst" in lines)
    assert "- **Vorig besluit (24-11-2026, doorgaan):** deels uitgevoerd — reden: anders: " \
           "\\_x\\_ \\| y" in lines
    assert ("  - \\# Bellen \\[link\\](x) — Anna de Vries, uiterlijk 15-12-2026 (gedaan door "
            "Bram Bakker op 01-12-2026)") in lines
    assert ("  - 1\\. niet genummerd — Bram Bakker, uiterlijk 22-12-2026 (open)" in lines)


# -- CSV --------------------------------------------------------------------------------------
def test_csv_adds_its_columns_at_the_end(held: Held) -> None:
    headers = minutes_text.CSV_HEADERS
    assert headers[16:] == ("Vorig besluit van", "Uitgevoerd", "Reden niet uitgevoerd",
                            "Toelichting", "Besproken met cliënt", "Perspectief cliënt",
                            "Acties")
    followed, correction, fresh = read_csv(minutes_text.to_csv(held.result))
    assert {k: followed[k] for k in headers[16:]} == {
        "Vorig besluit van": "24-11-2026", "Uitgevoerd": "deels",
        "Reden niet uitgevoerd": "anders", "Toelichting": OTHER_REASON,
        "Besproken met cliënt": "ja", "Perspectief cliënt": PERSPECTIVE,
        "Acties": "Huisarts bellen — Anna de Vries, uiterlijk 15-12-2026 (gedaan door Bram "
                  "Bakker op 01-12-2026) | Netwerkgesprek plannen — Bram Bakker, uiterlijk "
                  "22-12-2026 (open)"}
    assert {k: correction[k] for k in headers[16:]} == {
        "Vorig besluit van": "24-11-2026", "Uitgevoerd": "niet",
        "Reden niet uitgevoerd": "wachtlijst/capaciteit", "Toelichting": "",
        "Besproken met cliënt": "volgt", "Perspectief cliënt": "",
        "Acties": "Wachtlijst navragen — Bram Bakker, uiterlijk 22-12-2026 (open) | "
                  "Verwijsbrief sturen — Anna de Vries, uiterlijk 15-12-2026 (open; uit het "
                  "gecorrigeerde besluit)"}
    assert (correction["Correctie"], correction["Koers"]) == ("ja", "Toch anders")
    assert all(fresh[k] == "" for k in headers[16:])


def test_csv_cells_of_the_new_columns_are_no_formulas(held: Held) -> None:
    followed, *_ = entries(held)
    odd = dataclasses.replace(
        followed, client_perspective="=SOM(A1)\nregel twee",
        follow_up=dataclasses.replace(followed.follow_up, reason_text="+31 6 1234"),
        actions=(dataclasses.replace(followed.actions[0], what="@HYPERLINK(1)"),))
    row = read_csv(minutes_text.to_csv(dataclasses.replace(held.result, entries=(odd,))))[0]
    assert row["Perspectief cliënt"] == "'=SOM(A1)\nregel twee"
    assert row["Toelichting"] == "'+31 6 1234"
    assert row["Acties"].startswith("'@HYPERLINK(1) — Anna de Vries")


# -- dossier ----------------------------------------------------------------------------------
def test_dossier_texts(held: Held) -> None:
    followed, correction, fresh = (minutes_text.dossier_text(e, held.result)
                                   for e in held.result.entries)
    assert followed == (
        "MDO 01-12-2026 — besluit: doorgaan. Koers tot de volgende evaluatie: Zo door. "
        "Volgende evaluatie: 30-01-2027. Vorig besluit (24-11-2026, doorgaan): deels "
        f"uitgevoerd — reden: anders: {OTHER_REASON}. Perspectief cliënt / naasten: Wil "
        "eerst zelf werk zoeken. Moeder maakt zich zorgen. Acties: Huisarts bellen — Anna "
        "de Vries, uiterlijk 15-12-2026 (gedaan door Bram Bakker op 01-12-2026); "
        "Netwerkgesprek plannen — Bram Bakker, uiterlijk 22-12-2026 (open). Besproken met "
        "cliënt: ja. Geformuleerd door: Anna de Vries (inbrenger).")
    assert ("Acties: Wachtlijst navragen — Bram Bakker, uiterlijk 22-12-2026 (open); "
            "Verwijsbrief sturen — Anna de Vries, uiterlijk 15-12-2026 (open; uit het "
            "gecorrigeerde besluit). Besproken met cliënt: volgt.") in correction
    assert "\n" not in followed + correction
    assert fresh == ("MDO 01-12-2026 — besluit: doorgaan. Koers tot de volgende evaluatie: "
                     "Zo door. Volgende evaluatie: 30-01-2027. Geformuleerd door: Anna de "
                     "Vries (inbrenger).")


# -- PDF --------------------------------------------------------------------------------------
def test_pdf_shows_each_part(qapp, held: Held, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from test_minutes_pdf import page_texts

    from ui.reports import minutes_pdf

    html = minutes_pdf.to_html(held.result)
    followed, correction, fresh = html.split("<h2>")[1:]
    for part in ("Vorig besluit", "24-11-2026, doorgaan: deels uitgevoerd — reden: anders: "
                 + OTHER_REASON, "Perspectief cliënt / naasten", "Wil eerst zelf werk zoeken.",
                 "Moeder maakt zich zorgen.", "Besproken met cliënt", ">ja<",
                 "Huisarts bellen — Anna de Vries, uiterlijk 15-12-2026 (gedaan door Bram "
                 "Bakker op 01-12-2026)"):
        assert part in followed
    assert "(open; uit het gecorrigeerde besluit)" in correction
    assert "<li>Huisarts bellen" in followed  # a list: a long action wraps under its text
    for label in NEW_LABELS:
        assert label not in fresh
    target = tmp_path / "lijst.pdf"
    minutes_pdf.write_pdf(held.result, target)
    text = " ".join(page_texts(target))
    for part in ("Vorig besluit", "deels uitgevoerd", "Perspectief cliënt /",
                 "Netwerkgesprek plannen", "uit het gecorrigeerde besluit",
                 "Besproken met cliënt"):  # (the perspective's label takes two lines)
        assert part in text


# -- the command line -------------------------------------------------------------------------
def test_the_command_line_says_it_in_every_text_format(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0))
    store = open_store(db, clock)
    try:
        hold(make_team(store, clock))
    finally:
        store.close()
    main = Path(__file__).resolve().parent.parent / "main.py"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))

    def minutes_as(format: str) -> str:
        done = subprocess.run([sys.executable, str(main), "--db", str(db), "minutes",
                               "--date", "2026-12-01", "--format", format],
                              capture_output=True, env=env, cwd=tmp_path, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr.decode()
        return done.stdout.decode("utf-8")

    markdown = minutes_as("md")
    for part in ("- **Vorig besluit (24-11-2026, doorgaan):** deels uitgevoerd",
                 "- **Perspectief cliënt / naasten:** Wil eerst zelf werk zoeken.",
                 "  - Netwerkgesprek plannen — Bram Bakker, uiterlijk 22-12-2026 (open)",
                 "(open; uit het gecorrigeerde besluit)", "- **Besproken met cliënt:** volgt"):
        assert part in markdown
    rows = read_csv(minutes_as("csv"))
    assert [(r["Uitgevoerd"], r["Besproken met cliënt"]) for r in rows] == [
        ("deels", "ja"), ("niet", "volgt"), ("", "")]
    assert rows[0]["Perspectief cliënt"] == PERSPECTIVE


# -- the Besluiten screen ---------------------------------------------------------------------
def test_a_long_dossier_text_scrolls_and_leaves_the_list_its_room(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    from ui.decisions.page import DecisionsPage

    client = team.client()
    item = team.queue(client, WEEK1, perspective="Wat de cliënt vindt. " * 20)
    team.start(WEEK1)
    team.decide(item.id, doorgaan(actions=tuple(
        action(f"Actie {n}: " + "regelen met huisarts en wijkagent " * 5, team.anna,
               WEEK1 + dt.timedelta(days=7 + n)) for n in range(20))))
    team.close()
    page = DecisionsPage(team.store)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.select_meeting(WEEK1)
    panel = page.minutes_panel
    panel.findChildren(QTableView)[0].selectRow(0)
    qtbot.waitUntil(lambda: panel.preview.text().startswith("MDO 24-11-2026"))
    lines = panel.preview.fontMetrics().lineSpacing()
    assert panel.preview_scroll.height() <= lines * 8 + 16
    assert panel.preview.height() > panel.preview_scroll.height()  # the rest scrolls
    assert panel.preview_scroll.verticalScrollBar().maximum() > 0
    assert panel.view.height() >= lines * 10
