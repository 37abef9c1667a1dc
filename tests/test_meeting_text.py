"""The meeting's texts are filled in one pass: a client reference with "%1" or "%2" in it
is shown as typed (it used to get the next value substituted into it), and counts take
the right form ("1 invuller", not "1 invuller(s)"; "1 maand", not "1 maanden")."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog

from ui.kit.decision_form import DecisionForm
from ui.kit.rating_dialog import RatingDialog
from ui.meeting.block_choice_dialog import cost_text
from ui.meeting.chair import MeetingPage
from ui.meeting.chair_terugblik import TerugblikPanel
from ui.meeting.projector import ProjectorWindow
from vergadering import agenda, clients, decisions, items, meetings, members, run
from vergadering import settings as team_settings
from vergadering.clock import FakeClock
from vergadering.dates import add_months
from vergadering.decisions import DecisionInput
from vergadering.items import DecisionKind, Item, ItemInput
from vergadering.settings import Block, ItemType
from vergadering.store import Store
from vergadering.timeline import TakeCost

MEETING = dt.date(2026, 11, 24)  # the Tuesday after the conftest clock's Monday
ODD = "X-%2"  # a reference that looks like a marker
ODDER = "Y-%1%3"


def queue(store: Store, reference: str, presenter: int, item_type: ItemType = ItemType.VRAAG,
          block: Block = Block.LOPEND, minutes: int = 5) -> Item:
    client = clients.add_client(store, clients.ClientInput(reference, presenter))
    return items.queue_item(store, ItemInput(client.id, presenter, item_type, block,
                                             "Hoe verder?", "Stand: stabiel.", minutes),
                            by=presenter, meeting_date=MEETING)


def start_meeting(store: Store, clock: FakeClock) -> None:
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    run.start_meeting(store)


def test_references_with_markers_show_as_typed_on_the_chairs_screen_and_beamer(
        qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    anouk = members.add_member(store, "Anouk de Vries").id
    first = queue(store, ODD, anouk)
    queue(store, ODDER, anouk, ItemType.KWESTIE, minutes=10)
    start_meeting(store, clock)
    run.start_item(store, first.id)
    page = MeetingPage(store, tick_ms=3_600_000)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.controller.tick()
    assert page.current.reference.text() == ODD
    assert page.current.upcoming.text() == (
        f"Daarna: {ODDER} (kwestie, 10 min, inbrenger Anouk\u00a0de\u00a0Vries)")
    beamer = ProjectorWindow(page.controller)
    qtbot.addWidget(beamer)
    beamer.show_state(page.controller.state())
    assert beamer.reference.text() == ODD
    assert [row.ref.text() for row in beamer.rows if row.ref.isVisibleTo(beamer)] == [ODDER]


def test_references_with_markers_show_as_typed_in_the_terugblik(
        qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    anouk = members.add_member(store, "Anouk de Vries").id
    first = queue(store, ODD, anouk)
    second = queue(store, ODDER, anouk)
    start_meeting(store, clock)
    for item, kind in ((first, DecisionKind.DOORGAAN), (second, DecisionKind.AFSLUITEN)):
        run.start_item(store, item.id)
        decisions.record_decision(store, item.id, DecisionInput(
            kind, add_months(MEETING, 3) if kind is DecisionKind.DOORGAAN else None,
            koers="Zo door" if kind is DecisionKind.DOORGAAN else "",
            closes_client_id=item.client_id if kind is DecisionKind.AFSLUITEN else None))
    run.close_meeting(store)
    panel = TerugblikPanel()
    qtbot.addWidget(panel)
    panel.show_for(store, agenda.plan(store), True)
    assert panel.decisions.text().splitlines() == [
        f"• {ODD} — doorgaan — volgende evaluatie 24-02-2027",
        f"• {ODDER} — afsluiten"]


def test_what_taking_an_item_costs_names_the_reference_as_typed(store: Store) -> None:
    anouk = members.add_member(store, "Anouk de Vries").id
    item = queue(store, ODD, anouk, block=Block.ACUUT)
    cost = TakeCost(item.id, Block.ACUUT, minutes=5, from_other=5, extends=0,
                    would_not_fit=())
    assert cost_text(item, cost, current=False) == (
        f"{ODD} krijgt 5 min. Die 5 min gaan af van de vrije tijd van het blok lopend; de "
        "vergadering loopt niet uit.")


# -- counts ----------------------------------------------------------------------------
def test_one_respondent_is_one_invuller(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    anouk = members.add_member(store, "Anouk de Vries").id
    queue(store, "D-1", anouk)
    start_meeting(store, clock)
    run.close_meeting(store)
    meeting = meetings.find(store, MEETING)
    assert meeting is not None
    dialog = RatingDialog(store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.averages.text() == ("0 invullers tot nu toe; gemiddelden verschijnen "
                                      "vanaf drie.")  # was "0 invuller(s)"
    assert dialog.submit()
    assert dialog.averages.text() == ("1 invuller tot nu toe; gemiddelden verschijnen "
                                      "vanaf drie.")  # was "1 invuller(s)"
    assert dialog.submit()
    assert dialog.averages.text().startswith("2 invullers tot nu toe")


def test_a_horizon_of_one_month_is_one_maand(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    team_settings.save(store, dataclasses.replace(team_settings.load(store), horizon_months=1))
    anouk = members.add_member(store, "Anouk de Vries").id
    item = queue(store, "V-2", anouk)
    start_meeting(store, clock)
    run.start_item(store, item.id)
    form = DecisionForm(store, item)
    qtbot.addWidget(form, before_close_func=lambda f: f.done(QDialog.DialogCode.Rejected))
    assert [b.text() for b in form.quick_buttons.values()] == ["1 maand"]
    form.choose_kind(DecisionKind.DOORGAAN)
    form.date_field.setText("01-03-2027")
    assert form.reason_shown()
    assert form.reason_title.text() == (
        "Deze datum ligt na 24-12-2026, verder dan de evaluatietermijn van 1 maand. "
        "&Reden (verplicht):")  # was "van 1 maanden"
