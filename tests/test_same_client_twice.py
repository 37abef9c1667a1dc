"""The same client on one agenda twice: allowed, but never without a warning that names
the item already there (type, inbrenger, block); "Annuleren" goes back to the form with
everything typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import identity
from ui.agenda.item_dialog import ItemDialog
from vergadering import clients, items, members
from vergadering.clients import ClientInput
from vergadering.items import ItemInput
from vergadering.settings import Block, ItemType
from vergadering.store import Store

NEXT = dt.date(2026, 11, 24)  # the clock's Monday 23 November: next meeting Tuesday


@pytest.fixture
def team(store: Store):  # type: ignore[no-untyped-def]
    anouk = members.add_member(store, "Anouk de Vries")
    bram = members.add_member(store, "Bram Jansen")
    first = clients.add_client(store, ClientInput("D-20001", anouk.id))
    clients.add_client(store, ClientInput("D-20002", bram.id))
    identity.set_current_member(store, anouk.id)
    # Bram already brought D-20001 in, as an acute kwestie.
    items.queue_item(store, ItemInput(first.id, bram.id, ItemType.KWESTIE, Block.ACUUT,
                                      "Opname of niet?", "Sinds vrijdag in crisis.", 20),
                     by=bram.id)
    yield anouk, bram
    identity.set_current_member(store, None)


@pytest.fixture
def boxes(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """Message boxes answered with the keyboard, in order; each box's text is kept.
    Without an answer left (e.g. "Weggooien?" when the test ends) the verb is chosen."""
    answers: list[Callable[[QMessageBox], None]] = []
    seen: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        box.show()
        with qtbot.waitActive(box):
            box.activateWindow()
        seen.append(box.text())
        if answers:
            answers.pop(0)(box)
        else:
            box.buttons()[0].click()
        # A button's shortcut clicks it animated: a moment later.
        qtbot.waitUntil(lambda: box.clickedButton() is not None)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return answers, seen


def enter(box: QMessageBox) -> None:
    QTestKey.click(box, Qt.Key.Key_Return)


def alt_t(box: QMessageBox) -> None:
    box.activateWindow()
    assert QTestKey.qtbot is not None
    QTestKey.qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    QTestKey.click(QApplication.focusWidget() or box, Qt.Key.Key_T,
                   Qt.KeyboardModifier.AltModifier)


class QTestKey:
    qtbot = None

    @classmethod
    def click(cls, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        assert cls.qtbot is not None
        cls.qtbot.keyClick(widget, key, modifier)


@pytest.fixture(autouse=True)
def keys(qtbot):  # type: ignore[no-untyped-def]
    QTestKey.qtbot = qtbot
    yield
    QTestKey.qtbot = None


def open_form(qtbot, store: Store) -> ItemDialog:  # type: ignore[no-untyped-def]
    dialog = ItemDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_item(qtbot, dialog: ItemDialog, reference: str) -> None:  # type: ignore[no-untyped-def]
    """Fill in the form with the keyboard, as an inbrenger does."""
    dialog.picker.edit.setFocus()
    qtbot.keyClicks(dialog.picker.edit, reference)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)  # picks the client
    assert dialog.picker.client() is not None
    dialog.type_buttons[ItemType.VRAAG].setChecked(True)
    dialog.block_buttons[Block.LOPEND].setChecked(True)
    qtbot.keyClicks(dialog.question_edit, "Afbouwen?")
    qtbot.keyClicks(dialog.state_edit, "Gaat goed sinds de zomer.")


def save(qtbot, dialog: ItemDialog) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter in a text field."""
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.question_edit.setFocus()
    qtbot.keyClick(dialog.question_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)


def on_agenda(store: Store, reference: str) -> list[str]:
    return [f"{i.type.value}/{i.presenter}" for i in items.list_items(store, NEXT)
            if i.client_reference == reference]


def test_a_second_item_for_the_client_is_warned_about_and_cancel_keeps_the_form(
        qtbot, store: Store, team, boxes) -> None:  # type: ignore[no-untyped-def]
    answers, seen = boxes
    dialog = open_form(qtbot, store)
    type_item(qtbot, dialog, "D-20001")
    answers.append(enter)  # Enter: the safe choice, "Annuleren"
    save(qtbot, dialog)
    assert seen == [
        "D-20001 staat al op de agenda van dinsdag 24 november 2026:\n"
        "• kwestie van Bram Jansen, blok acuut (20 min)\n\n"
        "Toch een agendapunt voor D-20001 erbij? Met Annuleren gaat u terug naar het "
        "formulier; wat u hebt ingevuld blijft staan."]
    assert dialog.isVisible() and dialog.result_item is None
    assert on_agenda(store, "D-20001") == ["kwestie/Bram Jansen"]
    # Nothing typed is lost.
    assert dialog.picker.text() == "D-20001"
    assert dialog.question_edit.toPlainText() == "Afbouwen?"
    assert dialog.state_edit.toPlainText() == "Gaat goed sinds de zomer."
    # Asked again, Alt+T adds it anyway.
    answers.append(alt_t)
    save(qtbot, dialog)
    assert len(seen) == 2
    assert not dialog.isVisible() and dialog.result_item is not None
    assert on_agenda(store, "D-20001") == ["kwestie/Bram Jansen", "vraag/Anouk de Vries"]


def test_another_client_is_not_asked_about(qtbot, store: Store, team, boxes) -> None:  # type: ignore[no-untyped-def]
    _answers, seen = boxes
    dialog = open_form(qtbot, store)
    type_item(qtbot, dialog, "D-20002")
    save(qtbot, dialog)
    assert seen == []
    assert on_agenda(store, "D-20002") == ["vraag/Anouk de Vries"]


def test_changing_an_item_to_a_client_already_there_is_warned_about(
        qtbot, store: Store, team, boxes) -> None:  # type: ignore[no-untyped-def]
    anouk, _bram = team
    answers, seen = boxes
    other = items.queue_item(store, ItemInput(
        clients.find_by_reference(store, "D-20002").id, anouk.id,  # type: ignore[union-attr]
        ItemType.MEDEDELING, Block.LOPEND, "", "Afgerond.", 5), by=anouk.id)
    dialog = ItemDialog(store, other)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.picker.set_client(clients.find_by_reference(store, "D-20001"))  # type: ignore[arg-type]
    answers.append(enter)
    save(qtbot, dialog)
    assert len(seen) == 1 and "kwestie van Bram Jansen, blok acuut" in seen[0]
    assert items.get(store, other.id).client_reference == "D-20002"
    answers.append(alt_t)  # Alt+T: "Toch opslaan"
    save(qtbot, dialog)
    assert len(seen) == 2
    assert items.get(store, other.id).client_reference == "D-20001"


def test_the_domain_names_the_clients_items_on_a_meeting(store: Store, team) -> None:  # type: ignore[no-untyped-def]
    anouk, _bram = team
    first = clients.find_by_reference(store, "D-20001")
    assert first is not None
    [there] = items.for_client_on(store, NEXT, first.id)
    assert (there.type, there.presenter, there.block) == (
        ItemType.KWESTIE, "Bram Jansen", Block.ACUUT)
    assert items.for_client_on(store, NEXT, first.id, other_than=there.id) == []
    assert items.for_client_on(store, NEXT + dt.timedelta(days=7), first.id) == []
    items.withdraw_item(store, there.id, by=anouk.id)  # a withdrawn item is not on it
    assert items.for_client_on(store, NEXT, first.id) == []
