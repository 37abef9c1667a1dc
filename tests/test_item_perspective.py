"""The item form's "Perspectief cliënt / naasten" (rule 14, docs/rules.md) and the
client's open actions shown while queueing (rule 13): typed, saved, kept on an edit,
too long refused with the text kept, never on the projector."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from test_projector import shown as projector_text

from tests.follow_up_team import WEEK1, WEEK2, Team, action, doorgaan, make_team
from ui import identity
from ui.agenda.conflict_dialog import ConflictDialog
from ui.agenda.item_dialog import ItemDialog
from ui.kit import widgets
from ui.meeting.controller import MeetingController
from ui.meeting.projector import ProjectorWindow
from vergadering import actions, clients, items, run
from vergadering.actions import ActionState
from vergadering.clock import FakeClock
from vergadering.item_checks import PERSPECTIVE_MAX
from vergadering.settings import Block, ItemType
from vergadering.store import Store

pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
    r"^This plugin does not support raise\(\)$",
)

VOICE = "Mevrouw wil eerst zelf weer aan het werk"


@pytest.fixture(autouse=True)
def quiet(store: Store, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """No blocking questions; nobody chose "Ik ben" before or after."""
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    identity.set_current_member(store, None)
    yield
    identity.set_current_member(store, None)


@pytest.fixture
def team(store: Store, clock: FakeClock) -> Team:
    made = make_team(store, clock)
    identity.set_current_member(store, made.anna)
    return made


def make_dialog(qtbot, store: Store, item: items.Item | None = None) -> ItemDialog:  # type: ignore[no-untyped-def]
    dialog = ItemDialog(store, item)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):  # window shortcuts (Ctrl+Enter) need an active window
        dialog.activateWindow()
    return dialog


def pick(dialog: ItemDialog, client_id: int) -> None:
    dialog.picker.set_client(clients.get(dialog._store, client_id))


def fill_in(dialog: ItemDialog, client_id: int) -> None:
    pick(dialog, client_id)
    dialog.type_buttons[ItemType.VRAAG].setChecked(True)
    dialog.block_buttons[Block.LOPEND].setChecked(True)
    dialog.question_edit.setPlainText("Hoe verder?")


def type_into(qtbot, dialog: ItemDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.perspective_edit.setFocus()
    qtbot.keyClicks(dialog.perspective_edit, text)


# -- the perspective ---------------------------------------------------------------
def test_the_perspective_is_typed_counted_and_saved(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    client = team.client()
    dialog = make_dialog(qtbot, store)
    assert dialog.counter_text("client_perspective") == f"0 / {PERSPECTIVE_MAX}"
    assert dialog.perspective_edit.placeholderText().startswith("Bijvoorbeeld")
    fill_in(dialog, client)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # its label's key
    assert dialog.focusWidget() is dialog.perspective_edit
    qtbot.keyClicks(dialog.perspective_edit, VOICE)
    assert dialog.counter_text("client_perspective") == f"{len(VOICE)} / {PERSPECTIVE_MAX}"
    qtbot.keyClick(dialog.perspective_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_item is not None
    assert items.get(store, dialog.result_item.id).client_perspective == VOICE


def test_the_perspective_is_optional(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, store)
    fill_in(dialog, team.client())
    assert dialog.save() is True
    assert dialog.result_item is not None and dialog.result_item.client_perspective == ""


def test_an_edit_shows_the_perspective_and_keeps_it(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = team.queue(team.client(), WEEK1, perspective=VOICE)
    dialog = make_dialog(qtbot, store, item)
    assert dialog.perspective_edit.toPlainText() == VOICE
    assert not dialog.is_modified()
    dialog.question_edit.setPlainText("Een andere vraag")  # an edit of something else
    assert dialog.save() is True
    saved = items.get(store, item.id)
    assert (saved.question, saved.client_perspective) == ("Een andere vraag", VOICE)


def test_an_edit_of_the_perspective_is_saved(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = team.queue(team.client(), WEEK1, perspective=VOICE)
    dialog = make_dialog(qtbot, store, item)
    dialog.perspective_edit.selectAll()
    type_into(qtbot, dialog, "Zus: eerst rust")
    assert dialog.is_modified()
    assert dialog.save() is True
    assert items.get(store, item.id).client_perspective == "Zus: eerst rust"


def test_a_too_long_perspective_is_refused_under_the_field_and_kept(  # type: ignore[no-untyped-def]
        qtbot, store: Store, team: Team) -> None:
    dialog = make_dialog(qtbot, store)
    fill_in(dialog, team.client())
    too_long = "p" * (PERSPECTIVE_MAX + 3)
    dialog.perspective_edit.setPlainText(too_long)  # as if pasted
    assert dialog.counter_text("client_perspective") == (
        f"{PERSPECTIVE_MAX + 3} / {PERSPECTIVE_MAX}: 3 tekens te veel")
    assert dialog.save() is False
    message = dialog.errors["client_perspective"]
    assert message.isVisible() and f"te lang ({PERSPECTIVE_MAX + 3} tekens)" in message.text()
    assert dialog.perspective_edit.toPlainText() == too_long  # never silently cut
    assert dialog.focusWidget() is dialog.perspective_edit
    assert store.query("SELECT count(*) FROM item")[0][0] == 0
    qtbot.keyClick(dialog.perspective_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.perspective_edit, Qt.Key.Key_Backspace)  # typing clears the error
    assert not message.isVisible()


def test_the_conflict_dialog_compares_the_perspective(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    item = team.queue(team.client(), WEEK1, perspective=VOICE)
    theirs = items.update_item(store, item.id, dataclasses.replace(
        item.as_input(), client_perspective="Hun tekst"), by=team.bram,
        expected_version=item.version)
    dialog = ConflictDialog(store, theirs, item.as_input())
    qtbot.addWidget(dialog)
    assert dialog.differing == ["client_perspective"]
    assert "Perspectief cliënt / naasten" in dialog.explanation.text()


def test_the_projector_never_shows_the_perspective(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    """The chair's screen may show it (rule 14); the room's screen never."""
    item = team.queue(team.client(), WEEK1, perspective=VOICE)
    team.start(WEEK1)
    run.start_item(store, item.id)
    controller = MeetingController(store, tick_ms=3_600_000)
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    controller.tick()
    text = projector_text(window)
    assert "CL-1" in text  # the item under discussion is shown
    assert "wil eerst zelf" not in text and "Perspectief" not in text
    controller.timer.stop()


# -- the client's open actions --------------------------------------------------------
def open_actions_team(team: Team) -> tuple[int, int]:
    """Two clients: the first with three open actions (one overdue on WEEK2, one
    done), the second with none."""
    with_actions, without = team.client(), team.client()
    item = team.queue(with_actions, WEEK1)
    team.start(WEEK1)
    decision = team.decide(item.id, doorgaan(actions=(
        action("Brief aan de huisarts", team.bram, WEEK1 + dt.timedelta(days=3)),
        action("Gesprek met de zus", team.anna, WEEK2 + dt.timedelta(days=7)),
        action("Medicatie nakijken", team.bram, WEEK2 + dt.timedelta(days=14)),
        action("Dossier bijwerken", team.anna, WEEK2))))
    team.close()
    done = next(a for a in actions.for_decision(team.store, decision.id)
                if a.what == "Dossier bijwerken")
    actions.close(team.store, done.id, ActionState.DONE, team.anna)
    team.clock.set(dt.datetime.combine(WEEK2 - dt.timedelta(days=1), dt.time(10, 0)))
    return with_actions, without


def test_picking_a_client_shows_its_open_actions(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    with_actions, without = open_actions_team(team)
    dialog = make_dialog(qtbot, store)
    note = dialog.actions_note
    assert not note.isVisible()
    pick(dialog, with_actions)
    assert note.isVisible()
    assert note.text().splitlines() == [
        "Open acties:",
        "• Brief aan de huisarts — Bram Bakker, uiterlijk 27-11-2026 (te laat)",
        "• Gesprek met de zus — Anna de Vries, uiterlijk 08-12-2026",
        "• Medicatie nakijken — Bram Bakker, uiterlijk 15-12-2026",
    ]
    assert "Dossier bijwerken" not in note.text()  # done: no longer open
    pick(dialog, without)
    assert not note.isVisible()
    pick(dialog, with_actions)
    dialog.picker.edit.setFocus()
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Backspace)  # the pick is dropped
    assert dialog.picker.client() is None
    assert not note.isVisible()


def test_an_edit_shows_the_clients_open_actions(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    with_actions, _ = open_actions_team(team)
    item = team.queue(with_actions, WEEK2)
    dialog = make_dialog(qtbot, store, item)
    assert dialog.actions_note.isVisible()
    assert "Brief aan de huisarts" in dialog.actions_note.text()


def test_one_open_action_is_one_line_and_many_end_in_more(qtbot, store: Store, team: Team) -> None:  # type: ignore[no-untyped-def]
    one, many = team.client(), team.client()
    first, second = team.queue(one, WEEK1), team.queue(many, WEEK1)
    team.start(WEEK1)
    team.decide(first.id, doorgaan(actions=(action("Bellen", team.anna, WEEK2),)))
    team.decide(second.id, doorgaan(actions=tuple(
        action(f"Taak {n}", team.bram, WEEK2 + dt.timedelta(days=n)) for n in range(5))))
    team.close()
    dialog = make_dialog(qtbot, store)
    pick(dialog, one)
    assert dialog.actions_note.text() == (
        "Open acties: Bellen — Anna de Vries, uiterlijk 01-12-2026")
    pick(dialog, many)
    lines = dialog.actions_note.text().splitlines()
    assert lines[1:4] == [f"• Taak {n} — Bram Bakker, uiterlijk {1 + n:02d}-12-2026"
                          for n in range(3)]
    assert lines[4:] == ["+ 2 meer"]
