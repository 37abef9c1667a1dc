"""The chair's screen during an item: the client's previous decision to follow up
(rule 12, docs/rules.md), its open actions (rule 13, overdue said in words) and the
item's "Perspectief cliënt / naasten" (rule 14); nothing extra for a client without
them, nothing of it in privacy mode, and read from the store once per item, not per tick."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

import ui.meeting.bell as bell_module
from tests.follow_up_team import WEEK1, WEEK2, Team, action, doorgaan, make_team
from ui.meeting.chair import MeetingPage
from vergadering import decisions
from vergadering import settings as team_settings
from vergadering.clock import FakeClock
from vergadering.follow_up import CarriedOut, FollowUpInput
from vergadering.items import Item
from vergadering.store import Store

VOICE = "Mevrouw wil eerst zelf weer aan het werk"
KOERS = "Eerst stabiliseren, dan werk"


class SilentBell:
    def __init__(self, parent: object = None) -> None:
        pass

    def ring(self) -> None:
        pass


@pytest.fixture(autouse=True)
def silent_bell(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sound device in the tests."""
    monkeypatch.setattr(bell_module, "Bell", SilentBell)


@dataclasses.dataclass
class Second:
    """The second meeting: CL-1 (a previous decision with actions, a perspective) and
    CL-2 (a first item: nothing to follow up)."""

    followed: Item
    first_time: Item


@pytest.fixture
def second(store: Store, clock: FakeClock) -> Second:
    team: Team = make_team(store, clock)
    client, newcomer = team.client(), team.client()
    team.meeting(WEEK1, (client, doorgaan(koers=KOERS, actions=(
        action("Brief aan de huisarts", team.bram, WEEK1 + dt.timedelta(days=3)),
        action("Gesprek met de zus", team.anna, WEEK2 + dt.timedelta(days=7))))))
    followed = team.queue(client, WEEK2, perspective=VOICE)
    first_time = team.queue(newcomer, WEEK2)
    team.start(WEEK2)
    return Second(followed, first_time)


@pytest.fixture
def page(qtbot, store: Store, second: Second) -> Iterator[MeetingPage]:  # type: ignore[no-untyped-def]
    made = MeetingPage(store, tick_ms=3_600_000)  # the tests tick by hand
    qtbot.addWidget(made)
    made.resize(1280, 720)
    made.show()
    yield made
    made.controller.timer.stop()


def shown(page: MeetingPage) -> str:
    return page.current.follow_up.shown_text()


def test_the_chair_sees_the_previous_decision_the_open_actions_and_the_perspective(  # type: ignore[no-untyped-def]
        qtbot, page: MeetingPage, second: Second) -> None:
    page.start_item(second.followed.id)
    follow_up = page.current.follow_up
    assert follow_up.isVisible()
    text = shown(page)
    assert "Perspectief cliënt / naasten\n" + VOICE in text
    assert ("Vorig besluit\ndinsdag 24 november 2026 · doorgaan · koers: " + KOERS
            + " · geformuleerd door Anna de Vries") in text
    assert ("Open acties\n"
            "• Brief aan de huisarts — Bram Bakker, uiterlijk 27-11-2026 (te laat)\n"
            "• Gesprek met de zus — Anna de Vries, uiterlijk 08-12-2026") in text


def test_nothing_extra_for_a_client_without_a_previous_decision(  # type: ignore[no-untyped-def]
        qtbot, page: MeetingPage, second: Second) -> None:
    page.start_item(second.first_time.id)
    assert page.current.reference.text() == "CL-2"
    assert not page.current.follow_up.isVisible()
    assert shown(page) == ""


def test_the_store_is_read_once_per_item_not_per_tick(  # type: ignore[no-untyped-def]
        qtbot, page: MeetingPage, second: Second, store: Store, clock: FakeClock) -> None:
    follow_up = page.current.follow_up
    page.start_item(second.followed.id)
    loads = follow_up.loads
    for _ in range(5):
        clock.advance(seconds=10)
        page.controller.tick()
    assert follow_up.loads == loads
    assert "Brief aan de huisarts" in shown(page)
    decisions.record_decision(store, second.followed.id, doorgaan(
        WEEK2, follow_up=FollowUpInput(CarriedOut.FULLY)))
    page.start_item(second.first_time.id)  # another item: read again
    assert page.current.reference.text() == "CL-2"
    assert follow_up.loads == loads + 1
    assert not follow_up.isVisible()


def test_privacy_mode_hides_the_follow_up_too(  # type: ignore[no-untyped-def]
        qtbot, page: MeetingPage, second: Second, store: Store) -> None:
    """The chair's screen may be mirrored on the beamer: like the stand van het proces."""
    page.start_item(second.followed.id)
    assert page.current.follow_up.isVisible()
    settings = team_settings.load(store)
    team_settings.save(store, dataclasses.replace(settings, privacy_mode=True))
    page.controller.tick()
    assert not page.current.follow_up.isVisible()
    assert "de opvolging" in page.current.privacy_note.text()


def test_the_items_texts_scroll_by_keyboard_on_a_small_screen(  # type: ignore[no-untyped-def]
        qtbot, page: MeetingPage, second: Second) -> None:
    """The card takes no focus: Alt+↓ reads on and Alt+↑ goes back, wherever the
    chair's focus is on the page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page.resize(1280, 560)  # a laptop with the window not maximised
    page.start_item(second.followed.id)
    page.window().activateWindow()
    qtbot.waitUntil(lambda: page.window().isActiveWindow())
    bar = page.current.texts.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # more text than room
    assert bar.value() == 0
    focus = QApplication.focusWidget() or page
    qtbot.keyClick(focus, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert bar.value() > 0
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Up,
                   Qt.KeyboardModifier.AltModifier)
    assert bar.value() == 0
    assert "Alt+↓" in page.read_on_action.toolTip()
