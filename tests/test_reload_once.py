"""Screens reload once per operation, and hidden tables only when shown again: recording
a decision on an organisation's database must not reload every table of every area
(benchmarks/bench_meeting.py times it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.meeting.controller import MeetingController
from ui.team.members import MemberTableModel
from vergadering import members
from vergadering.store import Change, Store


def test_after_changes_is_called_once_per_operation(store: Store) -> None:
    heard: list[str] = []
    store.subscribe(lambda change: heard.append(change.kind))
    remove = store.subscribe_after_changes(lambda: heard.append("done"))
    with store.transaction():
        store.notify(Change("client"))
        store.notify(Change("member"))
        with store.transaction():
            store.notify(Change("decision"))
    assert heard == ["client", "member", "decision", "done"]
    remove()
    store.notify(Change("client"))
    assert heard[-1] == "client"


def test_nothing_after_an_operation_that_was_undone(store: Store) -> None:
    heard: list[str] = []
    store.subscribe_after_changes(lambda: heard.append("done"))
    try:
        with store.transaction():
            store.notify(Change("client"))
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert heard == []


def test_the_meeting_controller_reloads_once_per_operation(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                           monkeypatch) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    controller = MeetingController(store, owner, tick_ms=3_600_000)
    reloads: list[int] = []
    monkeypatch.setattr(controller, "reload", lambda: reloads.append(1))
    with store.transaction():
        for kind in ("decision", "client", "item", "meeting_event"):
            store.notify(Change(kind))
    assert reloads == [1]
    store.notify(Change("setting"))  # not a kind the meeting shows: nothing
    assert reloads == [1]


def test_a_hidden_table_reloads_when_its_page_is_shown(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    model = MemberTableModel(store, page)
    loads: list[int] = []
    original = model.load_rows

    def counting():  # type: ignore[no-untyped-def]
        loads.append(1)
        return original()

    model.load_rows = counting  # type: ignore[method-assign]
    members.add_member(store, "Anna")
    members.add_member(store, "Bram")
    assert loads == [] and model.rowCount() == 0  # hidden: not reloaded yet
    page.show()
    qtbot.waitExposed(page)
    assert loads == [1] and model.rowCount() == 2
    members.add_member(store, "Cas")  # shown: at once
    assert loads == [1, 1] and model.rowCount() == 3
