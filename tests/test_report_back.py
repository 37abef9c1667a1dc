"""Rule 10 on the agenda: a separate consultation comes back. The Agenda page puts the
report backs that are due on the next meeting's agenda (as starting the meeting does),
and marks them where the items are listed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from test_minutes import Held, hold_and_close_meeting, hold_meeting

from ui.agenda.page import AgendaPage
from ui.kit import labels
from ui.kit.plan_view import BlockTableModel
from vergadering import items, run
from vergadering.clock import FakeClock
from vergadering.consultations import ConsultationInput
from vergadering.settings import Block
from vergadering.store import Store
from vergadering.timeline import BlockChoice

MARK = "↩ terugkoppeling apart overleg"


def make_page(qtbot, store: Store) -> AgendaPage:  # type: ignore[no-untyped-def]
    page = AgendaPage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def rows(page: AgendaPage, block: Block) -> dict[str, tuple[str, str | None]]:
    """Per client on the block's table: the mark and its tooltip."""
    model = page.panels[block].model
    return {model.index(r, model.CLIENT).data(): (
        model.index(r, model.CARRIED).data(),
        model.index(r, model.CARRIED).data(Qt.ItemDataRole.ToolTipRole))
        for r in range(model.rowCount())}


def test_the_marks() -> None:
    assert labels.report_back() == MARK
    assert labels.item_marks(0, False) == ""
    assert labels.item_marks(2, False) == "↻ 2× doorgeschoven"
    assert labels.item_marks(0, True) == MARK
    assert labels.item_marks(1, True) == f"{MARK} · ↻ 1× doorgeschoven"


def test_not_before_its_report_back_date(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    hold_and_close_meeting(store, clock)  # IJ-5 reports back by 8 December
    page = make_page(qtbot, store)
    assert page.plan is not None and page.plan.date == dt.date(2026, 12, 1)
    assert "IJ-5" not in rows(page, Block.ACUUT)
    assert rows(page, Block.LOPEND)["GH-4"][0] == "↻ 1× doorgeschoven"


def test_a_report_back_comes_onto_the_next_agenda_and_is_marked(
        qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    hold_and_close_meeting(store, clock)
    # 1 December is never held; on 9 December the next meeting is the 15th: the page
    # moves 1 December's items on and puts IJ-5's report back on the agenda.
    clock.set(dt.datetime(2026, 12, 9, 12, 0))
    page = make_page(qtbot, store)
    qtbot.waitUntil(lambda: "IJ-5" in rows(page, Block.ACUUT))
    assert page.plan is not None and page.plan.date == dt.date(2026, 12, 15)
    mark, tip = rows(page, Block.ACUUT)["IJ-5"]
    assert mark == MARK
    assert tip == ("Terugkoppeling van het aparte overleg dat het MDO van 24-11-2026 afsprak: "
                   "Anouk de Vries koppelt terug (uiterlijk 08-12-2026).")
    model = page.panels[Block.ACUUT].model
    row = model.row_of(next(i.id for i in items.list_items(store, dt.date(2026, 12, 15))
                            if i.client_reference == "IJ-5"))
    assert model.index(row, BlockTableModel.PRESENTER).data() == "Anouk de Vries"
    lopend = rows(page, Block.LOPEND)
    assert lopend["GH-4"][0] == "↻ 2× doorgeschoven"
    assert lopend["KL-6"][0] == "↻ 1× doorgeschoven"


def test_a_consultation_due_before_the_next_meeting_is_on_its_agenda_at_once(
        qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    held: Held = hold_meeting(store, clock)
    page = make_page(qtbot, store)  # while the meeting runs: next week's agenda
    assert page.plan is not None and page.plan.date == dt.date(2026, 12, 1)
    assert "MN-7" not in rows(page, Block.ACUUT)
    # The other acute item goes to a consultation reporting back before next week.
    run.choose(store, held.withdrawn, BlockChoice.CONSULTATION,
               consultation=ConsultationInput(held.bram, dt.date(2026, 11, 30)))
    qtbot.waitUntil(lambda: "MN-7" in rows(page, Block.ACUUT))
    assert rows(page, Block.ACUUT)["MN-7"][0] == MARK
    assert "IJ-5" not in rows(page, Block.ACUUT)  # reports back by 8 December: later
    clock.set(dt.datetime(2026, 11, 24, 10, 30))
    run.close_meeting(store)
    assert [i.client_reference for i in items.list_items(store, dt.date(2026, 12, 1))
            if i.report_back_of is not None] == ["MN-7"]  # once


def test_a_read_only_database_is_left_alone(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    hold_and_close_meeting(store, clock)
    clock.set(dt.datetime(2026, 12, 9, 12, 0))
    store.read_only = True
    page = make_page(qtbot, store)
    assert "IJ-5" not in rows(page, Block.ACUUT)


@pytest.mark.parametrize("carried", [0, 1])
def test_the_mark_colour(qtbot, store: Store, clock: FakeClock, carried: int) -> None:  # type: ignore[no-untyped-def]
    """A report back is marked in blue; carried over (as well) in the warning red."""
    hold_and_close_meeting(store, clock)
    clock.set(dt.datetime(2026, 12, 9, 12, 0))
    page = make_page(qtbot, store)
    qtbot.waitUntil(lambda: "IJ-5" in rows(page, Block.ACUUT))
    model = page.panels[Block.ACUUT].model
    item = next(i for i in items.list_items(store, dt.date(2026, 12, 15))
                if i.client_reference == "IJ-5")
    if carried:
        store.conn.execute("UPDATE item SET carried_over = 1 WHERE id = ?", (item.id,))
        model.refresh()
    index = model.index(model.row_of(item.id), model.CARRIED)
    colour = index.data(Qt.ItemDataRole.ForegroundRole).name()
    assert colour == ("#9f1d14" if carried else "#1f5f99")
