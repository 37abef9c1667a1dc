"""The projector: what the room reads in every state of the meeting, the flashes, the
bell, privacy mode, and sizes at the two usual beamer resolutions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from test_translations import fake_translation, translator  # noqa: F401 (fixtures)

from ui.meeting import projector as projector_module
from ui.meeting.controller import MeetingController
from ui.meeting.projector import ProjectorWindow
from ui.meeting.projector_fit import ElidedLabel, elide_lines
from vergadering import clients, decisions, demo, items, run, settings
from vergadering.clock import FakeClock
from vergadering.items import DecisionKind, Item
from vergadering.settings import Block, ItemType
from vergadering.store import Store
from vergadering.timeline import Phase

# The projector's bell asks Qt Multimedia for a sound device; without a sound server
# Qt warns once per process. The offscreen platform cannot raise a window (show_on).
pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
    r"^This plugin does not support raise\(\)$",
)

MEETING_DAY = dt.datetime(2026, 11, 24, 9, 0)  # the demo's next meeting (a Tuesday)


@pytest.fixture
def demo_store(store: Store, clock: FakeClock) -> Store:
    demo.fill_demo(store)
    clock.set(MEETING_DAY - dt.timedelta(minutes=10))
    return store


@pytest.fixture
def controller(demo_store: Store) -> Iterator[MeetingController]:
    ctl = MeetingController(demo_store, tick_ms=3_600_000)  # the tests tick by hand
    yield ctl
    ctl.timer.stop()


@pytest.fixture
def projector(qtbot, controller: MeetingController) -> ProjectorWindow:  # type: ignore[no-untyped-def]
    window = ProjectorWindow(controller, flash_ms=60, bell_flash_ms=80)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def texts(window: QWidget) -> list[str]:
    """Every text in the window: labels and the painted parts (reference, countdown,
    badges, flashes, bell button)."""
    found = [label.text() for label in window.findChildren(QLabel)]
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLabel) and callable(getattr(widget, "text", None)):
            found.append(widget.text())
    found += [label.full_text for label in window.findChildren(ElidedLabel)]
    return [t for t in found if t]


def shown(window: QWidget) -> str:
    return "\n".join(texts(window))


def start(store: Store, clock: FakeClock, controller: MeetingController,
          block: Block = Block.ACUUT, item_type: ItemType = ItemType.KWESTIE) -> Item:
    clock.set(MEETING_DAY)
    run.start_meeting(store)
    item = next(i for i in controller.items.values()
                if i.block is block and i.type is item_type)
    run.start_item(store, item.id)
    return item


def at(controller: MeetingController, clock: FakeClock, **elapsed: float) -> None:
    """Set the clock to ``elapsed`` after the current item started, and tick."""
    clock.set(MEETING_DAY + dt.timedelta(**elapsed))
    controller.tick()


def test_before_the_meeting_starts(projector: ProjectorWindow) -> None:
    assert projector.pages.currentWidget() is projector.waiting_page
    assert projector.wait_team.text() == demo.TEAM_NAME
    assert projector.wait_date.text() == "dinsdag 24 november 2026"
    assert projector.wait_start.text() == "De vergadering begint om 09:00"
    assert projector.wait_info.text() == "15 punten op de agenda"


def test_the_current_item(projector, controller, demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    item = start(demo_store, clock, controller)
    at(controller, clock, minutes=2)
    assert projector.pages.currentWidget() is projector.meeting_page
    assert projector.heading_label.text() == "Punt 1 van 16"
    assert projector.reference.text() == item.client_reference
    assert projector.type_badge.text() == "!! KWESTIE"
    assert projector.block_chip.text() == "blok ACUUT"
    assert projector.presenter_label.text() == f"Inbrenger: {item.presenter}"
    assert projector.question_label.full_text == item.question
    assert projector.phase_label.text() == "nog"
    assert projector.countdown.text() == "08:00"
    assert projector.time_bar.phase is Phase.NORMAL
    assert projector.block_label.text() == "Blok acuut: nog 28 min"
    assert projector.end_label.text().startswith("verwacht einde ")
    assert projector.end_label.text().endswith(" — op tijd")
    assert not projector.banner.isVisible()
    # the next items: expected start, reference and type, nothing else
    row = projector.rows[0]
    upcoming = controller.state().upcoming[0]
    other = controller.items[upcoming.item_id]
    assert (row.when.text(), row.ref.text(), row.badge.item_type) == (
        upcoming.expected_start.strftime("%H:%M"), other.client_reference, other.type)
    assert projector.upcoming_header.text() == "Straks: nog 15 punten"


def test_the_badge_differs_by_text_and_shape(projector, controller, demo_store,  # type: ignore[no-untyped-def]
                                             clock) -> None:
    start(demo_store, clock, controller)
    badges = {row.badge.item_type: row.badge.text() for row in projector.rows}
    badges[ItemType.KWESTIE] = projector.type_badge.text()
    assert badges == {ItemType.MEDEDELING: "● MEDEDELING", ItemType.VRAAG: "? VRAAG",
                      ItemType.KWESTIE: "!! KWESTIE"}


def test_no_other_client_data_in_any_state(projector, controller, demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    item = start(demo_store, clock, controller)
    secret = "KOERS-NIET-OP-DE-BEAMER"
    for minute in (2, 9, 12):
        at(controller, clock, minutes=minute)
        assert item.process_state[:20] not in shown(projector)
    decisions.record_decision(demo_store, item.id, decisions.DecisionInput(
        DecisionKind.DOORGAAN, MEETING_DAY.date() + dt.timedelta(days=60), koers=secret))
    at(controller, clock, minutes=13)
    assert secret not in shown(projector)
    assert all(i.process_state[:20] not in shown(projector)
               for i in controller.items.values() if i.process_state)


def test_amber_in_the_last_fifth(projector, controller, demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    start(demo_store, clock, controller)  # a kwestie of 10 minutes
    at(controller, clock, minutes=8, seconds=30)
    assert projector.countdown.text() == "01:30"
    assert projector.phase_label.text() == "nog — afronden"
    assert projector.time_bar.phase is Phase.AMBER
    assert projector.time_bar.left == pytest.approx(0.15)
    assert projector.countdown.colour.name() == "#ffb300"
    assert not projector.banner.isVisible()


def test_overrun_counts_up_and_asks_for_the_decision(projector, controller, demo_store,  # type: ignore[no-untyped-def]
                                                     clock) -> None:
    start(demo_store, clock, controller)
    at(controller, clock, minutes=11, seconds=23)
    assert projector.countdown.text() == "+01:23"
    assert projector.phase_label.text() == "over tijd"
    assert projector.time_bar.phase is Phase.OVERRUN  # striped, not only red
    assert projector.banner.isVisible()
    assert projector.banner.text() == "Tijd om — wat is het besluit?"
    assert len([r for r in projector.rows if r.ref.isVisible()]) == 3  # room for the banner


def test_time_up_flashes_once_for_a_moment(projector, controller, demo_store, clock,  # type: ignore[no-untyped-def]
                                           qtbot) -> None:
    start(demo_store, clock, controller)
    at(controller, clock, minutes=9, seconds=59)
    assert not projector.flashing
    at(controller, clock, minutes=10)
    assert projector.flashing
    assert "TIJD OM" in shown(projector)
    qtbot.waitUntil(lambda: not projector.flashing, timeout=2000)
    assert not projector.flash_overlay.isVisible()
    at(controller, clock, minutes=10, seconds=5)
    assert not projector.flashing  # once
    assert projector.banner.isVisible()  # the question stays until an extension...
    run.extend(demo_store, 2)
    assert not projector.banner.isVisible()
    assert projector.countdown.text() == "01:55"
    at(controller, clock, minutes=12)  # ...and when the extension runs out, again
    assert projector.flashing
    assert projector.banner.isVisible()


def test_a_decision_ends_the_banner(projector, controller, demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    item = start(demo_store, clock, controller)
    at(controller, clock, minutes=12)
    assert projector.banner.isVisible()
    decisions.record_decision(demo_store, item.id, decisions.DecisionInput(
        DecisionKind.AFSLUITEN, closes_client_id=item.client_id))
    assert not projector.banner.isVisible()
    assert projector.heading_label.text() == "Volgende: punt 2 van 16"
    assert projector.phase_label.text() == "gepland"


def test_the_bell_sounds_and_flashes(projector, controller, demo_store, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    start(demo_store, clock, controller)
    with qtbot.waitSignal(controller.bellRung):
        controller.ring_bell()
    assert projector.bell.rings == 1
    assert projector.bell_flashing
    assert "BELLETJE" in shown(projector)
    qtbot.waitUntil(lambda: not projector.bell_flashing, timeout=2000)
    assert not projector.bell_overlay.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_B, Qt.Key.Key_Period])
def test_clicker_keys_ring_the_bell(projector, controller, demo_store, clock, qtbot,  # type: ignore[no-untyped-def]
                                    key: Qt.Key) -> None:
    start(demo_store, clock, controller)
    qtbot.keyClick(projector, key)
    qtbot.keyClick(projector, key)
    assert controller.state().bells == 2
    assert projector.bell.rings == 2
    qtbot.keyClick(projector, Qt.Key.Key_X)
    assert controller.state().bells == 2


def test_the_bell_button(projector, controller, demo_store, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    start(demo_store, clock, controller)
    qtbot.mouseClick(projector.bell_button, Qt.MouseButton.LeftButton)
    assert controller.state().bells == 1
    assert projector.bell_flashing


def test_keys_before_the_meeting_do_nothing(projector, controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.bell.rings == 0
    assert not projector.bell_flashing


def test_paused(projector, controller, demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    start(demo_store, clock, controller)
    at(controller, clock, minutes=3)
    run.pause(demo_store)
    at(controller, clock, minutes=20)
    assert projector.banner.isVisible()
    assert projector.banner.text() == "PAUZE — de tijd staat stil"
    assert projector.phase_label.text() == "gepauzeerd"
    assert projector.countdown.text() == "07:00"  # frozen
    assert projector.time_bar.paused
    run.resume(demo_store)
    at(controller, clock, minutes=21)
    assert not projector.banner.isVisible()
    assert projector.countdown.text() == "06:00"


def test_privacy_mode_shows_only_reference_and_timers(projector, controller,  # type: ignore[no-untyped-def]
                                                      demo_store, clock) -> None:
    settings.save(demo_store, dataclasses.replace(settings.load(demo_store),
                                                  privacy_mode=True))
    item = start(demo_store, clock, controller)
    others = [i for i in controller.items.values() if i.id != item.id]
    for minute in (2, 9, 12):
        at(controller, clock, minutes=minute)
        text = shown(projector)
        assert item.client_reference in text
        assert "KWESTIE" not in text and not projector.type_badge.isVisible()
        assert projector.countdown.text()
        assert item.presenter not in text
        assert item.question not in text and item.question[:20] not in text
        assert "acuut" not in text.casefold()  # not even the block of this client
        assert all(o.client_reference not in text for o in others)
        assert all(o.presenter not in text for o in others)
    assert projector.block_label.text().startswith("Blok: ")
    assert projector.upcoming_header.text().startswith("Straks: nog 15 punten")


@pytest.mark.parametrize("privacy", [True, False])
def test_privacy_mode_hides_type_presenter_and_question_of_a_vraag(  # type: ignore[no-untyped-def]
        projector, controller, demo_store, clock, privacy: bool) -> None:
    settings.save(demo_store, dataclasses.replace(settings.load(demo_store),
                                                  privacy_mode=privacy))
    clock.set(MEETING_DAY)
    run.start_meeting(demo_store)
    item = next(i for i in controller.items.values() if i.type is ItemType.VRAAG)
    run.start_item(demo_store, item.id)
    at(controller, clock, minutes=1)
    labels = "\n".join(texts(projector))
    upcoming_types = [row.badge.text() for row in projector.rows if row.badge.text()]
    assert item.client_reference in labels
    assert projector.countdown.text()
    hidden = [item.presenter, item.question[:20], "VRAAG", "Inbrenger"]
    if privacy:
        assert all(word not in labels for word in hidden)
        assert not upcoming_types
        assert not any(w.isVisible() for w in (projector.type_badge, projector.block_chip,
                                               projector.presenter_label,
                                               projector.question_label))
    else:
        assert all(word in labels for word in hidden)
        assert upcoming_types


def test_items_that_will_probably_not_be_reached_are_marked(projector, controller,  # type: ignore[no-untyped-def]
                                                            demo_store, clock) -> None:
    start(demo_store, clock, controller)
    at(controller, clock, minutes=70)  # a long overrun pushes everything back
    state = controller.state()
    assert state.late_by > 0
    assert "uitloop" in projector.end_label.text()
    late = sum(1 for u in state.upcoming if u.probably_not_reached)
    assert late > 0
    assert f"{late} komen waarschijnlijk niet aan bod" in projector.upcoming_header.text()
    for row, upcoming in zip(projector.rows, state.upcoming, strict=False):
        if row.ref.isVisible():
            assert ("komt waarschijnlijk niet aan bod" in row.mark.text()) == \
                upcoming.probably_not_reached


def test_acute_time_taken_from_lopend_is_visible(projector, controller, demo_store,  # type: ignore[no-untyped-def]
                                                  clock) -> None:
    first = start(demo_store, clock, controller)
    at(controller, clock, minutes=31)
    run.skip_item(demo_store, first.id)
    other = next(i for i in controller.items.values()
                 if i.block is Block.ACUUT and i.outcome is None)
    line = controller.timeline
    assert line is not None
    cost = line.take_cost(other.id, clock.now())
    run.choose(demo_store, other.id, run.BlockChoice.TAKE_ANYWAY)
    run.start_item(demo_store, other.id)
    at(controller, clock, minutes=33)
    # What it got from the lopend block's free time shows, and its time counts in its
    # own block, which got the minutes it was given (rule 9).
    assert (cost.minutes, cost.from_other, cost.extends) == (6, 1, 5)
    assert projector.charged_label.text() == "lopend −1 min voor acuut"
    assert projector.block_label.text() == "Blok acuut: nog 3 min"
    assert projector.end_label.text().endswith("uitloop")


def test_long_question_is_cut_at_three_lines(controller, demo_store, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    client = clients.list_clients(demo_store)[0]
    question = ("Hoe gaan we verder nu de situatie thuis steeds verder verslechtert en "
                "het netwerk niet meer bereikbaar is? ") * 3
    items.queue_item(demo_store, items.ItemInput(
        client.id, client.behandelaar_id, ItemType.KWESTIE, Block.ACUUT, question[:300]),
        by=None, meeting_date=MEETING_DAY.date())
    clock.set(MEETING_DAY)
    run.start_meeting(demo_store)
    item = next(i for i in controller.items.values() if i.question == question[:300].strip())
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    run.start_item(demo_store, item.id)
    shown_text = window.question_label.text()
    assert len(shown_text.splitlines()) == 3
    assert shown_text.endswith("…")


def test_elide_lines_keeps_short_text() -> None:
    from PySide6.QtGui import QFont

    assert elide_lines("kort", QFont(), 500, 3) == "kort"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_fits_the_usual_beamer_sizes(projector, controller, demo_store, clock, qtbot,  # type: ignore[no-untyped-def]
                                     size: tuple[int, int]) -> None:
    start(demo_store, clock, controller)
    at(controller, clock, minutes=11)  # the fullest view: the banner is shown
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.size().toTuple() == size)
    QApplication.processEvents()  # let the layouts settle
    assert projector.countdown.max_px == pytest.approx(0.19 * size[1])
    window = QRect(0, 0, *size)
    for widget in projector.meeting_page.findChildren(QWidget):
        if widget.isVisible():
            box = QRect(widget.mapTo(projector, widget.rect().topLeft()), widget.size())
            assert window.contains(box), (widget.objectName(), box)
            assert widget.height() >= widget.minimumSizeHint().height() or \
                isinstance(widget, ElidedLabel), widget.objectName()


def test_show_on_one_screen_is_a_normal_window(projector: ProjectorWindow) -> None:
    projector.show_on(None)
    assert projector.isVisible()
    assert not projector.isFullScreen()


def test_show_on_the_second_screen_is_full_screen(projector: ProjectorWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    beamer = projector.screen()
    monkeypatch.setattr(projector_module, "_screens", lambda: [object(), beamer])
    monkeypatch.setattr(projector_module, "_primary_screen", lambda: None)
    projector.show_on(beamer)
    assert projector.isFullScreen()
    monkeypatch.setattr(projector_module, "_screens", lambda: [beamer])
    projector.show_on(None)
    assert not projector.isFullScreen()


def test_closed_meeting(projector, controller, demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(MEETING_DAY)
    meeting = run.start_meeting(demo_store)
    run.close_meeting(demo_store, {i.id: run.UnreachedChoice(run.Unreached.NEXT_MEETING)
                                   for i in run.unreached_acute(demo_store, meeting)})
    assert projector.pages.currentWidget() is projector.waiting_page
    assert projector.wait_start.text() == "De vergadering is afgelopen"
    assert projector.wait_info.text() == "Volgende vergadering: dinsdag 1 december 2026, 09:00"


@pytest.mark.usefixtures("translator")
def test_every_text_is_translatable(controller, demo_store, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = ProjectorWindow(controller, flash_ms=60_000, bell_flash_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    seen = texts(window)
    item = start(demo_store, clock, controller)
    at(controller, clock, minutes=70)
    seen += texts(window)
    run.pause(demo_store)
    controller.ring_bell()
    seen += texts(window)
    # data, not interface: references, the team name, questions, the date, times
    data = {demo.TEAM_NAME, "dinsdag 24 november 2026"}
    for i in controller.items.values():
        data |= {i.client_reference, i.question}
    untranslated = {t for t in seen if "EN:" not in t and " ".join(t.split()) not in data
                    and not re.fullmatch(r"[+\d:]+", t)}
    assert untranslated == set()
    assert item.client_reference in seen


def test_a_tick_asks_the_database_nothing(projector, controller, demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    """The once-a-second update computes from the events in memory (timing: benchmarks/)."""
    start(demo_store, clock, controller)
    statements: list[str] = []
    demo_store.conn.set_trace_callback(statements.append)
    try:
        for second in range(1, 120):
            at(controller, clock, seconds=second)
    finally:
        demo_store.conn.set_trace_callback(None)
    assert statements == []
    assert projector.countdown.text() == "08:01"
