"""A whole 90-minute meeting, scripted, run by the keyboard alone.

One realistic agenda on a database FILE and a fake clock: the lopend block first (the
team's setting), with two mededelingen proposed as hamerstuk, then acute items whose
estimates (55 min) exceed the acute budget (30 min). The chair's screen and the projector
(F6) share one controller. The chair only presses keys — in the dialogs too: the decision
form, the choice when the acute block's time is spent (with apart overleg's who and
when), the extension menu, the confirmations (also of ending a treatment) and the closing
dialog are the real widgets, shown without a blocking exec() and answered by keys. The
clock moves only when the script says so, and the controller ticks by hand. Halfway the
app is closed with an item in progress and started again on the same file; before that
the bell has no sound device, after it the machine's own (whatever it has).

At the end the database is read back, not the widgets: talk time per item (from the
timeline), extensions, bells and their reasons, the acute choices and the apart overleg,
one decision per discussed item, the clients' evaluation dates and status, the items that
moved on, and the closed meeting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

import ui.meeting.bell as bell_module
from ui import common, paths
from ui.kit.decision_form import DecisionForm
from ui.meeting import chair_actions
from ui.meeting.block_choice_dialog import BlockChoiceDialog
from ui.meeting.chair import MeetingPage
from ui.meeting.chair_actions import ExtendMenu
from ui.meeting.close_dialog import CloseMeetingDialog
from ui.meeting.projector import ProjectorWindow
from vergadering import clients, consultations, decisions, items, meetings, members, run
from vergadering.clock import FakeClock
from vergadering.items import DecisionKind, Item, ItemInput, Outcome
from vergadering.meetings import Meeting, MeetingStatus
from vergadering.settings import Block, ItemType
from vergadering.store import Store, open_store
from vergadering.timeline import BellReason, EventKind, MeetingState, Phase, Timeline

# Without a sound server Qt Multimedia warns once per process when asked for devices;
# the offscreen platform cannot raise a window (the projector's show_on) nor let a menu
# grab the keyboard (the extension menu).
pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)

MEETING = dt.date(2026, 11, 24)  # a Tuesday, the team's meeting day
NEXT = dt.date(2026, 12, 1)
HORIZON = dt.date(2027, 5, 18)  # the meeting date + 6 months, on the Tuesday before
NEVER = 3_600_000  # tick interval (ms): the script ticks by hand
NO_KEY = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier

M, V, K = ItemType.MEDEDELING, ItemType.VRAAG, ItemType.KWESTIE
LOPEND, ACUUT = Block.LOPEND, Block.ACUUT
DOORGAAN, AFSLUITEN, VERWIJZEN = DecisionKind.DOORGAAN, DecisionKind.AFSLUITEN, \
    DecisionKind.VERWIJZEN

# name: (client, presenter, type, block, estimate in minutes, proposed decision)
AGENDA: dict[str, tuple[str, str, ItemType, Block, int, DecisionKind | None]] = {
    "L1": ("D-10231", "Anouk de Vries", M, LOPEND, 2, AFSLUITEN),
    "L2": ("D-20417", "Bram Jansen", M, LOPEND, 2, VERWIJZEN),
    "L3": ("D-31552", "Chantal Bakker", V, LOPEND, 10, DOORGAAN),
    "L4": ("K.T.-418", "Daan Visser", K, LOPEND, 15, None),
    "L5": ("D-47720", "Esra Yilmaz", V, LOPEND, 10, None),
    "L6": ("D-58003", "Fleur Smit", K, LOPEND, 15, None),
    "L7": ("D-60912", "Anouk de Vries", V, LOPEND, 5, None),
    "A1": ("D-71145", "Bram Jansen", K, ACUUT, 15, None),
    "A2": ("B.W.-207", "Chantal Bakker", V, ACUUT, 10, None),
    "A3": ("D-82236", "Daan Visser", K, ACUUT, 10, None),
    "A4": ("D-83390", "Esra Yilmaz", V, ACUUT, 5, None),
    "A5": ("D-90018", "Fleur Smit", K, ACUUT, 10, None),
    "A6": ("D-94471", "Anouk de Vries", V, ACUUT, 5, None),
}
PRESENTERS = sorted({row[1] for row in AGENDA.values()})


def at(hh_mm_ss: str) -> dt.datetime:
    return dt.datetime.combine(MEETING, dt.time.fromisoformat(hh_mm_ss))


def queue_agenda(store: Store) -> dict[str, Item]:
    """What the inbrengers queued in the days before (the lopend clients were last
    evaluated in the spring)."""
    team = {name: members.add_member(store, name).id for name in PRESENTERS}
    queued: dict[str, Item] = {}
    for name, (reference, presenter, item_type, block, minutes, proposal) in AGENDA.items():
        client = clients.add_client(store, clients.ClientInput(
            reference, team[presenter], care_start="2025-09-01",
            last_evaluation="2026-04-14" if block is LOPEND else ""))
        question = "" if item_type is M else f"Wat is de koers voor {reference}?"
        queued[name] = items.queue_item(store, ItemInput(
            client.id, team[presenter], item_type, block, question,
            "Stand van het behandelproces.", minutes, proposal),
            by=team[presenter], meeting_date=MEETING)
    return queued


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter keys of a window's visible buttons and of labels with a buddy."""
    letters: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel)
                                                   and widget.buddy() is not None):
            found = re.search(r"&([^&])", widget.text().replace("&&", ""))
            if found:
                letters.append(found[1].casefold())
    return letters


def assert_no_double_mnemonics(window: QWidget) -> None:
    """An Alt+letter used twice only moves the focus between the two, so the keyboard
    would need a second press (or would pick the wrong one)."""
    letters = mnemonics(window)
    twice = sorted({f"Alt+{c.upper()}" for c in letters if letters.count(c) > 1})
    assert not twice, f"used twice in {type(window).__name__}: {twice}"


class MouseWatch(QObject):
    """Counts every mouse press, release and double click in the application."""

    KINDS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
             QEvent.Type.MouseButtonDblClick)

    def __init__(self) -> None:
        super().__init__()
        self.clicks = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in self.KINDS:
            self.clicks += 1
        return False


class Chair:
    """The procesvoorzitter at the keyboard. Every dialog the app opens must have been
    announced with :meth:`expect`; it is shown (not exec'd) and answered by keys."""

    def __init__(self, qtbot: Any, clock: FakeClock, path: Path) -> None:
        self.qtbot = qtbot
        self.clock = clock
        self.path = path
        self.store = open_store(path, clock)
        self.page: MeetingPage | None = None
        self.answers: list[tuple[type, Callable[[Any], None]]] = []
        self.dialogs_seen: list[str] = []
        self.errors: list[str] = []  # error messages the app showed
        self.failures: list[BaseException] = []  # in an answer, i.e. inside a Qt slot

    # -- the app -----------------------------------------------------------------------
    def open_app(self) -> MeetingPage:
        """Start the app: the chair's screen, as after a double click on its icon."""
        page = MeetingPage(self.store, tick_ms=NEVER)
        page.resize(1280, 760)
        page.show()
        self.activate(page)
        self.page = page
        return page

    def quit_app(self) -> None:
        """Close the app with an item in progress (or as a crash would: nothing saved on
        the way out, since everything is saved as it happens)."""
        page = self.screen
        projector = page.projector
        page.close()
        page.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the projector
        assert not shiboken6.isValid(page)
        assert projector is None or not shiboken6.isValid(projector)
        self.page = None
        self.store.close()

    @property
    def screen(self) -> MeetingPage:
        assert self.page is not None
        return self.page

    @property
    def projector(self) -> ProjectorWindow:
        window = self.screen.projector
        assert isinstance(window, ProjectorWindow) and window.isVisible()
        return window

    def activate(self, window: QWidget) -> None:
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow)

    # -- time --------------------------------------------------------------------------
    def at(self, when: str) -> None:
        """The wall clock reads ``when``; the chair's screen and the projector tick."""
        moment = at(when)
        assert moment >= self.clock.now(), "the script goes forward in time"
        self.clock.set(moment)
        self.screen.controller.tick()

    # -- keys --------------------------------------------------------------------------
    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_KEY) -> None:
        """A key on the chair's screen, to whatever has the focus there (as a keyboard
        does); a dialog that the key opens is answered before this returns."""
        self.activate(self.screen)
        target = QApplication.focusWidget() or self.screen
        assert target.window() is self.screen.window()
        self.qtbot.keyClick(target, key, modifier)
        if self.failures:
            raise self.failures[0]
        assert not self.answers, f"a dialog was expected but did not open: {self.answers}"
        assert not self.errors, self.errors

    def wait_checked(self, button: QAbstractButton) -> None:
        """Alt+letter presses a button with a short animation: wait for the click."""
        self.qtbot.waitUntil(button.isChecked)

    def type_into(self, widget: QWidget, text: str) -> None:
        """Typing: the widget must have the keyboard focus already."""
        assert widget.hasFocus(), (widget, QApplication.focusWidget())
        self.qtbot.keyClicks(widget, text)

    def mnemonic(self, window: QWidget, letter: Qt.Key) -> None:
        """Alt + the underlined letter (Qt presses the button with a short animation)."""
        target = QApplication.focusWidget() or window
        assert target.window() is window.window()
        self.qtbot.keyClick(target, letter, ALT)

    # -- dialogs -----------------------------------------------------------------------
    def expect(self, kind: type, answer: Callable[[Any], None]) -> None:
        self.answers.append((kind, answer))

    def answer(self, dialog: QWidget) -> None:
        """Instead of a blocking exec(): show the dialog, let the chair answer it with
        keys, and wait until it closed itself."""
        assert self.answers, f"unexpected dialog: {type(dialog).__name__}"
        kind, answer = self.answers.pop(0)
        assert isinstance(dialog, kind), (dialog, kind)
        self.dialogs_seen.append(kind.__name__)
        dialog.show()
        try:
            self.activate(dialog)
            answer(dialog)
            self.qtbot.waitUntil(lambda: not dialog.isVisible())
        except BaseException as failure:  # noqa: BLE001 — Qt would swallow it: see key()
            self.failures.append(failure)
            dialog.close()

    def confirms(self, letter: Qt.Key, expected_text: str) -> None:
        """The next dialog is a confirmation, answered with Alt + its verb's letter."""
        def answer(box: QMessageBox) -> None:
            assert expected_text in box.text(), box.text()
            self.mnemonic(box, letter)

        self.expect(QMessageBox, answer)

    def answer_menu(self, menu: QMenu, at_point: QPoint) -> Any:
        assert self.answers, "unexpected menu"
        kind, answer = self.answers.pop(0)
        assert isinstance(menu, kind), (menu, kind)
        self.dialogs_seen.append(kind.__name__)
        chosen: list[Any] = []
        menu.triggered.connect(chosen.append)
        menu.popup(at_point)
        try:
            self.qtbot.waitExposed(menu)
            answer(menu)
            self.qtbot.waitUntil(lambda: not menu.isVisible())
        except BaseException as failure:  # noqa: BLE001 — Qt would swallow it: see key()
            self.failures.append(failure)
            menu.close()
        return chosen[0] if chosen else None

    # -- what the clocks say -----------------------------------------------------------
    def state(self) -> MeetingState:
        state = self.screen.controller.state()
        assert state is not None
        return state

    def current(self) -> int | None:
        current = self.state().current
        return current.item_id if current is not None else None


@pytest.fixture
def chair(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Chair]:
    clock = FakeClock(at("08:50"))
    person = Chair(qtbot, clock, tmp_path / "team.db")
    paths.settings().remove(chair_actions.SCREEN_KEY)
    monkeypatch.setattr(bell_module, "_last_played", -1e9)

    def exec_dialog(self: QWidget) -> int:
        person.answer(self)
        return int(self.result())  # type: ignore[attr-defined]

    monkeypatch.setattr(DecisionForm, "exec", exec_dialog)
    monkeypatch.setattr(BlockChoiceDialog, "exec", exec_dialog)
    monkeypatch.setattr(CloseMeetingDialog, "exec", exec_dialog)
    monkeypatch.setattr(ExtendMenu, "exec", lambda self, p: person.answer_menu(self, p))

    class KeyboardMessageBox(QMessageBox):
        def exec(self) -> int:  # the confirmation is answered by key
            person.answer(self)
            return int(self.result())

    monkeypatch.setattr("ui.kit.widgets.QMessageBox", KeyboardMessageBox)
    monkeypatch.setattr("ui.kit.chair_questions.QMessageBox", KeyboardMessageBox)
    monkeypatch.setattr(common, "show_error",
                        lambda parent, text, title=None: person.errors.append(text))
    yield person
    if person.page is not None and shiboken6.isValid(person.page):
        person.page.close()
        person.page.deleteLater()
    person.store.close()


def test_a_scripted_90_minute_meeting_by_keyboard_alone(chair: Chair) -> None:
    agenda = queue_agenda(chair.store)
    ids = {name: item.id for name, item in agenda.items()}
    mouse = MouseWatch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(mouse)
    try:
        first_half(chair, ids)
        chair.quit_app()  # ---------------- the app closes with L5 in progress ---------
        chair.clock.advance(minutes=1, seconds=30)
        chair.store = open_store(chair.path, chair.clock)
        chair.open_app()
        second_half(chair, ids)
    finally:
        app.removeEventFilter(mouse)
    assert mouse.clicks == 0  # the keyboard alone ran the meeting
    assert chair.dialogs_seen == [
        "QMessageBox",  # L1 hamerstuk afsluiten: the client named, confirmed
        "DecisionForm",  # L2 hamerstuk: verwijzen needs where to
        "ExtendMenu", "DecisionForm",  # L3
        "DecisionForm",  # L4
        "DecisionForm",  # L5
        "QMessageBox",  # L6 skipped
        "DecisionForm", "QMessageBox",  # A1: afsluiten, confirmed
        "DecisionForm",  # A2
        "BlockChoiceDialog", "BlockChoiceDialog", "BlockChoiceDialog", "DecisionForm",  # A3-5
        "CloseMeetingDialog",  # closing the meeting: A6 was not reached
    ]
    check_what_was_stored(chair, ids)


def first_half(chair: Chair, ids: dict[str, int]) -> None:
    """09:00–09:37: the bell has no sound device here."""
    from PySide6 import QtMultimedia

    with pytest.MonkeyPatch.context() as no_sound:
        no_sound.setattr(QtMultimedia.QMediaDevices, "audioOutputs", staticmethod(lambda: []))
        run_first_half(chair, ids)


def run_first_half(chair: Chair, ids: dict[str, int]) -> None:
    page = chair.open_app()
    assert not page.is_running()
    chair.at("09:00:00")
    chair.key(Qt.Key.Key_F5)  # the meeting starts
    assert page.is_running()
    chair.key(Qt.Key.Key_F6)  # the projector
    projector = chair.projector
    chair.activate(page)
    assert projector.pages.currentWidget() is projector.meeting_page

    # L1: a mededeling proposing afsluiten: H, and the client's name confirmed (Alt+J:
    # "Ja, D-10231 afsluiten"; Enter would say no).
    chair.at("09:00:30")
    assert page.current.reference.text() == "D-10231"  # what comes next
    chair.confirms(Qt.Key.Key_J, "De behandeling van D-10231 afsluiten?")
    chair.key(Qt.Key.Key_H)
    assert page.model.status_text(ids["L1"]) == "hamerstuk: afsluiten"

    # L2: a mededeling proposing verwijzen: H opens the form for where to.
    chair.at("09:01:00")

    def hamerstuk_verwijzen(form: DecisionForm) -> None:
        assert form.hamerstuk and form.kind() is VERWIJZEN
        chair.type_into(form.referred_edit, "Basis-GGZ bij de huisarts")
        assert form.date_field.date() == HORIZON  # the default
        chair.qtbot.keyClick(form.referred_edit, Qt.Key.Key_Return, CTRL)

    chair.expect(DecisionForm, hamerstuk_verwijzen)
    chair.key(Qt.Key.Key_H)
    assert page.model.status_text(ids["L2"]) == "hamerstuk: verwijzen"

    # L3, a vraag of 10 min: bells, amber, time up, 2 min more, over time again.
    chair.at("09:01:30")
    chair.key(Qt.Key.Key_N)
    assert chair.current() == ids["L3"]
    assert page.countdown_phase is Phase.NORMAL
    chair.at("09:04:30")
    chair.key(Qt.Key.Key_B)
    assert page.current.bell.chips_box.isVisible()
    assert_no_double_mnemonics(page)
    chair.mnemonic(page, Qt.Key.Key_N)  # Alt+N: "nieuw punt i.p.v. reageren"
    chair.wait_checked(page.current.bell.chips[BellReason.NEW_POINT])
    chair.at("09:05:00")
    chair.key(Qt.Key.Key_Period)
    chair.mnemonic(page, Qt.Key.Key_L)  # Alt+L: "lang verhaal"
    chair.wait_checked(page.current.bell.chips[BellReason.LONG_STORY])
    assert page.current.bell.count.text() == "2× gebeld"
    bell = page._bell
    assert bell is not None and bell.available is False  # no sound device: silent
    assert (bell.rings, bell.played) == (2, 0)
    assert (projector.bell.available, projector.bell.rings, projector.bell.played) == \
        (False, 2, 0)
    assert projector.bell_flashing

    chair.at("09:09:29")
    assert page.countdown_phase is Phase.NORMAL
    chair.at("09:09:30")  # 8 of 10 minutes: the last 20%
    assert page.countdown_phase is Phase.AMBER
    assert projector.time_bar.phase is Phase.AMBER
    assert not page.time_up_prompt_visible()
    with chair.qtbot.waitSignal(page.controller.timeUp) as time_up:
        chair.at("09:11:30")
    assert time_up.args == [ids["L3"]]
    assert page.countdown_phase is Phase.OVERRUN
    assert page.time_up_prompt_visible()
    assert projector.banner.isVisible()
    assert projector.banner.text() == "Tijd om — wat is het besluit?"
    assert projector.flashing
    chair.at("09:12:10")
    assert page.current.countdown.text() == "+00:40"

    def two_minutes(menu: QMenu) -> None:
        assert [a.data() for a in menu.actions()] == [1, 2, 5]
        chair.qtbot.keyClick(menu, Qt.Key.Key_2)

    chair.expect(ExtendMenu, two_minutes)
    chair.key(Qt.Key.Key_V)
    assert not page.time_up_prompt_visible()
    assert not projector.banner.isVisible()
    assert page.current.countdown.text() == "01:20"
    chair.at("09:14:00")
    assert page.countdown_phase is Phase.OVERRUN
    assert page.current.countdown.text() == "+00:30"
    assert projector.banner.isVisible()

    def doorgaan_three_months(form: DecisionForm) -> None:
        assert not form.hamerstuk and form.kind() is DOORGAAN  # the proposal
        chair.type_into(form.koers_edit, "Gesprekken om de week; terugvalplan bespreken")
        chair.qtbot.keyClick(form.koers_edit, Qt.Key.Key_Tab)  # 6 weken
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # 3 maanden
        three = QApplication.focusWidget()
        # 3 months is Wednesday 24 February: the meeting day (Tuesday) before it.
        assert three is form.quick_buttons[dt.date(2027, 2, 23)]
        chair.qtbot.keyClick(three, Qt.Key.Key_Space)
        assert form.date_field.date() == dt.date(2027, 2, 23)
        chair.qtbot.keyClick(three, Qt.Key.Key_Return, CTRL)

    chair.expect(DecisionForm, doorgaan_three_months)
    chair.key(Qt.Key.Key_D)
    assert chair.current() is None
    assert page.model.status_text(ids["L3"]) == "besloten: doorgaan"
    assert not projector.banner.isVisible()

    # L4, a kwestie of 15 min, with a pause of 4 minutes.
    chair.at("09:14:30")
    chair.key(Qt.Key.Key_N)
    assert chair.current() == ids["L4"]
    chair.at("09:19:30")
    chair.key(Qt.Key.Key_P)
    assert chair.state().paused
    chair.at("09:23:30")
    assert chair.state().current.elapsed == 5 * 60  # the clocks stood still
    assert page.current.countdown.text() == "10:00"
    assert projector.countdown.text() == "10:00"
    assert projector.banner.text() == "PAUZE — de tijd staat stil"
    chair.key(Qt.Key.Key_Space)
    assert not chair.state().paused
    chair.at("09:32:30")  # 14 of 15 minutes talked
    assert page.countdown_phase is Phase.AMBER

    def verwijzen_typed_date(form: DecisionForm) -> None:
        assert form.kind() is None  # no proposal, nothing preselected
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
        assert form.kind() is VERWIJZEN
        chair.type_into(form.referred_edit, "Verslavingszorg (Tactus)")
        chair.mnemonic(form, Qt.Key.Key_E)  # Alt+E: "Volgende evaluatie"
        chair.qtbot.keyClick(form.date_field, Qt.Key.Key_A, CTRL)
        chair.type_into(form.date_field, "15-3-2027")
        assert form.date_field.date() == dt.date(2027, 3, 15)
        assert not form.reason_shown()
        chair.qtbot.keyClick(form.date_field, Qt.Key.Key_Return, CTRL)

    chair.expect(DecisionForm, verwijzen_typed_date)
    chair.key(Qt.Key.Key_D)
    assert page.model.status_text(ids["L4"]) == "besloten: verwijzen"

    # L5, a vraag of 10 min: 4 minutes in, the laptop's lid is closed.
    chair.at("09:33:00")
    chair.key(Qt.Key.Key_N)
    assert chair.current() == ids["L5"]
    chair.at("09:37:00")
    assert chair.state().current.elapsed == 4 * 60
    assert page.current.countdown.text() == "06:00"


def second_half(chair: Chair, ids: dict[str, int]) -> None:
    """09:38:30–10:30: the app was started again; the bell as this machine has it."""
    page = chair.screen
    # The same item, with the time the app was closed counted: 4:00 + 1:30.
    assert page.is_running()
    assert chair.current() == ids["L5"]
    assert chair.state().current.elapsed == 5 * 60 + 30
    assert chair.state().blocks[LOPEND].used == (12.5 + 14 + 5.5) * 60
    assert chair.state().bells_total == 2
    assert page.current.countdown.text() == "04:30"
    assert page.agenda_view.selected_item_id() == ids["L5"]
    assert page.model.status_text(ids["L3"]) == "besloten: doorgaan"
    chair.key(Qt.Key.Key_F6)  # the projector again
    projector = chair.projector
    assert projector.countdown.text() == "04:30"
    # The clicker goes round the table: "." on the projector rings the bell there (the
    # projector never takes the keyboard; the key reaches it as after a click on it).
    chair.qtbot.keyClick(projector, Qt.Key.Key_Period)
    chair.activate(page)
    assert page.current.bell.chips_box.isVisible()
    chair.mnemonic(page, Qt.Key.Key_G)  # Alt+G: "geen besluit"
    chair.wait_checked(page.current.bell.chips[BellReason.NO_DECISION])
    bell = page._bell
    assert bell is not None and bell.rings == 1 and projector.bell.rings == 1
    # With a sound device the ring is heard once (both windows ask); without, never.
    heard = bell.played + projector.bell.played
    assert heard == (1 if bell.available else 0)
    assert projector.bell.available == bell.available

    chair.at("09:44:00")  # 11 of 10 minutes
    assert page.countdown_phase is Phase.OVERRUN
    assert page.time_up_prompt_visible()

    def doorgaan_beyond_the_horizon(form: DecisionForm) -> None:
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
        assert form.kind() is DOORGAAN
        chair.type_into(form.koers_edit, "Traject arbeid afronden, dan afschalen")
        chair.mnemonic(form, Qt.Key.Key_E)
        chair.qtbot.keyClick(form.date_field, Qt.Key.Key_A, CTRL)
        chair.type_into(form.date_field, "31-08-2027")
        assert form.reason_shown()
        assert_no_double_mnemonics(form)  # the fullest form: date, reason, koers, roles
        chair.qtbot.keyClick(form.date_field, Qt.Key.Key_Return, CTRL)
        assert form.isVisible() and form.decision is None  # the reason is missing
        assert "reden" in form.reason_error.text()
        chair.type_into(form.reason_edit, "Na afronding van het re-integratietraject")
        chair.qtbot.keyClick(form.reason_edit, Qt.Key.Key_Return, CTRL)

    chair.expect(DecisionForm, doorgaan_beyond_the_horizon)
    chair.key(Qt.Key.Key_D)
    assert page.model.status_text(ids["L5"]) == "besloten: doorgaan"

    # L6 is started, then skipped; L7 (waiting) is deferred at once.
    chair.at("09:44:30")
    chair.key(Qt.Key.Key_N)
    assert chair.current() == ids["L6"]
    chair.at("09:46:30")
    chair.confirms(Qt.Key.Key_O, "D-58003")  # Alt+O: "Overslaan"
    chair.key(Qt.Key.Key_S)
    assert page.model.status_text(ids["L6"]) == "overgeslagen"
    assert page.agenda_view.selected_item_id() == ids["L7"]
    chair.key(Qt.Key.Key_U)  # a waiting item: no question asked
    assert page.model.status_text(ids["L7"]) == "uitgesteld"

    # A1, a kwestie of 15 min, chosen with the arrow keys and started with Enter.
    chair.at("09:47:00")
    assert page.agenda_view.selected_item_id() == ids["A1"]
    chair.key(Qt.Key.Key_Down)
    assert page.agenda_view.selected_item_id() == ids["A2"]
    chair.key(Qt.Key.Key_Up)
    assert page.agenda_view.hasFocus()
    chair.key(Qt.Key.Key_Return)
    assert chair.current() == ids["A1"]
    chair.at("10:04:00")  # 17 minutes: over time, no extension
    assert page.current.countdown.text() == "+02:00"
    assert projector.banner.isVisible()

    def afsluiten_by_the_chair(form: DecisionForm) -> None:
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
        assert form.kind() is AFSLUITEN
        assert not form.date_section.isVisible()
        chair.mnemonic(form, Qt.Key.Key_O)  # Alt+O: "voorzitter"
        chair.qtbot.waitUntil(form.role_buttons["chair"].isChecked)
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    chair.expect(DecisionForm, afsluiten_by_the_chair)
    chair.confirms(Qt.Key.Key_J, "De behandeling van D-71145 afsluiten?")
    chair.key(Qt.Key.Key_D)

    # A2, a vraag of 10 min, takes 13:30: the acute block (30 min) is spent.
    chair.at("10:04:30")
    chair.key(Qt.Key.Key_N)
    assert chair.current() == ids["A2"]
    chair.at("10:17:29")
    assert not page.block_prompt_visible()
    chair.at("10:17:30")  # the acute block's 30 minutes are used: the prompt, on the beamer too
    assert page.block_prompt_visible()
    assert projector.banner.text() == "Tijd voor acute punten is op — wat is het besluit?"
    chair.at("10:18:00")
    assert chair.state().blocks[ACUUT].spent

    def doorgaan_default_date(form: DecisionForm) -> None:
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
        chair.type_into(form.koers_edit, "Medicatie via de psychiater; crisisplan actueel")
        assert form.date_field.date() == HORIZON
        chair.qtbot.keyClick(form.koers_edit, Qt.Key.Key_Return, CTRL)

    chair.expect(DecisionForm, doorgaan_default_date)
    chair.key(Qt.Key.Key_D)

    # The next acute items: the chair chooses, per item.
    offered: list[str] = []

    def choose(letter: Qt.Key, then: Callable[[BlockChoiceDialog], None] | None = None
               ) -> Callable[[BlockChoiceDialog], None]:
        def answer(dialog: BlockChoiceDialog) -> None:
            offered.append(" ".join(w.text() for w in dialog.findChildren(QWidget)
                                    if hasattr(w, "text") and callable(w.text)))
            assert dialog.buttons[dialog.chosen()].hasFocus()  # Uitstellen, by default
            assert_no_double_mnemonics(dialog)
            chair.mnemonic(dialog, letter)
            if then is not None:
                then(dialog)
            chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return answer

    def who_and_when(dialog: BlockChoiceDialog) -> None:
        """Apart overleg: the presenter takes it (the default); report back in a week."""
        fields = dialog.consultation
        chair.qtbot.waitUntil(fields.member_combo.hasFocus)
        assert fields.member_combo.currentText() == "Esra Yilmaz (inbrenger)"
        assert_no_double_mnemonics(dialog)
        chair.mnemonic(dialog, Qt.Key.Key_K)  # Alt+K: "Terugkoppeling … uiterlijk"
        chair.type_into(fields.date_field, "1-12-2026")

    chair.at("10:18:30")
    chair.expect(BlockChoiceDialog, choose(Qt.Key.Key_U))  # Uitstellen
    chair.key(Qt.Key.Key_N)
    assert page.model.status_text(ids["A3"]) == "uitgesteld"
    assert chair.current() is None
    chair.at("10:19:00")
    chair.expect(BlockChoiceDialog, choose(Qt.Key.Key_A, who_and_when))  # Apart overleg
    chair.key(Qt.Key.Key_N)
    assert page.model.status_text(ids["A4"]) == "apart overleg"
    assert chair.current() is None
    chair.at("10:19:30")
    chair.expect(BlockChoiceDialog, choose(Qt.Key.Key_T))  # Toch nemen
    chair.key(Qt.Key.Key_N)
    assert chair.current() == ids["A5"]
    assert "D-82236" in offered[0] and "D-90018" in offered[2]
    # The cost, before choosing: 10 minutes and the half minute the acute block already
    # ran over, from the lopend block's free time (60 − 39:30 talked; nothing waits there).
    assert ("D-90018 krijgt 10 min, plus de 1 min die het blok acuut al over tijd is. Die "
            "11 min gaan af van de vrije tijd van het blok lopend; de vergadering loopt "
            "niet uit.") in offered[2]
    chair.at("10:27:30")  # 8 minutes of A5
    state = chair.state()
    assert state.charged_to_lopend == 11 * 60
    assert state.blocks[LOPEND].budget == 49 * 60
    times = page.current.times.block_labels
    assert times[LOPEND].text() == "Lopend: nog 10 min (−11 min voor acuut)"
    assert times[ACUUT].text() == "Acuut: nog 3 min (+11 min genomen)"
    assert projector.charged_label.text() == "lopend −11 min voor acuut"
    assert projector.block_label.text() == "Blok acuut: nog 3 min"

    def doorgaan_six_weeks(form: DecisionForm) -> None:
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
        chair.type_into(form.koers_edit, "Wekelijks contact tot de situatie thuis rustig is")
        chair.qtbot.keyClick(form.koers_edit, Qt.Key.Key_Tab)
        six = QApplication.focusWidget()
        assert six is form.quick_buttons[dt.date(2027, 1, 5)]
        chair.qtbot.keyClick(six, Qt.Key.Key_Space)
        chair.qtbot.keyClick(six, Qt.Key.Key_Return, CTRL)

    chair.expect(DecisionForm, doorgaan_six_weeks)
    chair.key(Qt.Key.Key_D)

    # 10:30: the meeting closes. A6 was not reached: the chair chooses, explicitly, the
    # next meeting for it (Space on the choice that has the focus, then Enter). L6
    # (skipped, lopend) moves on as always.
    chair.at("10:30:00")

    def next_meeting_for_a6(dialog: CloseMeetingDialog) -> None:
        [row] = dialog.rows
        assert row.item.id == ids["A6"] and row.chosen() is None
        assert dialog.lopend_note.text().startswith("1 lopend punt is niet aan bod gekomen")
        chair.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # nothing chosen
        assert dialog.isVisible() and row.error.text() == "Kies wat er met D-94471 gebeurt."
        focused = QApplication.focusWidget()
        assert focused is row.radios[run.Unreached.NEXT_MEETING]
        chair.qtbot.keyClick(focused, Qt.Key.Key_Space)
        chair.qtbot.keyClick(focused, Qt.Key.Key_Return)

    chair.expect(CloseMeetingDialog, next_meeting_for_a6)
    chair.key(Qt.Key.Key_W, CTRL)
    assert not page.is_running()
    assert "8 besluiten vastgelegd" in page.before.closed_note.text()
    assert "2 punten doorgeschoven" in page.before.closed_note.text()
    assert projector.pages.currentWidget() is projector.waiting_page


# -- what was stored ------------------------------------------------------------------------
def talk_times(line: Timeline) -> dict[int, float]:
    """Seconds of talk per item, as the timeline computes them at the end of each item."""
    times: dict[int, float] = {}
    for n, event in enumerate(line.events):
        if event.kind is EventKind.ITEM_ENDED:
            until = dataclasses.replace(line, events=line.events[:n])
            clock = until.state(event.at).current
            assert clock is not None and clock.item_id == event.item_id
            times[clock.item_id] = clock.elapsed
    return times


def check_what_was_stored(chair: Chair, ids: dict[str, int]) -> None:
    chair.quit_app()
    store = chair.store = open_store(chair.path, chair.clock)  # read back from the file
    meeting = meetings.find(store, MEETING)
    assert meeting is not None and meeting.status is MeetingStatus.CLOSED
    assert meetings.running(store) is None
    name = {item_id: key for key, item_id in ids.items()}
    events = run.events(store, meeting.id)
    assert (events[0].kind, events[0].at) == (EventKind.MEETING_STARTED, at("09:00"))
    assert (events[-1].kind, events[-1].at) == (EventKind.MEETING_CLOSED, at("10:30"))

    # Talk time per item, to the second.
    line = run.timeline(store, meeting)
    minutes = {name[i]: seconds / 60 for i, seconds in talk_times(line).items()}
    assert minutes == {"L1": 0, "L2": 0, "L3": 12.5, "L4": 14, "L5": 11, "L6": 2,
                       "A1": 17, "A2": 13.5, "A5": 8}
    end = line.state(at("11:00"))  # long after: a closed meeting's clocks stand still
    assert end.closed and end.current is None
    assert end.blocks[LOPEND].used == (12.5 + 14 + 11 + 2) * 60
    assert end.blocks[ACUUT].used == (17 + 13.5 + 8) * 60  # A5 taken anyway counts there
    assert end.charged_to_lopend == 11 * 60
    assert end.blocks[LOPEND].budget == 49 * 60
    assert end.blocks[ACUUT].budget == 41 * 60
    assert end.expected_end == at("10:30")
    assert end.late_by == 0

    # Extensions, the pause, bells (per item, with the reason chips), acute choices.
    def details(kind: EventKind, key: str) -> list[tuple[str, Any]]:
        return [(name[e.item_id], e.details.get(key)) for e in events
                if e.kind is kind and e.item_id is not None]

    assert details(EventKind.EXTENDED, "minutes") == [("L3", 2)]
    assert [(e.kind, e.at) for e in events if e.kind in (EventKind.PAUSED,
                                                        EventKind.RESUMED)] == [
        (EventKind.PAUSED, at("09:19:30")), (EventKind.RESUMED, at("09:23:30"))]
    assert details(EventKind.BELL, "reason") == [
        ("L3", "nieuw_punt"), ("L3", "lang_verhaal"), ("L5", "geen_besluit")]
    assert [e.item_id for e in events if e.kind is EventKind.BELL and e.item_id is None] == []
    assert details(EventKind.BLOCK_CHOICE, "choice") == [
        ("A3", "defer"), ("A4", "consultation"), ("A5", "take_anyway")]
    assert [(c.member, c.report_by, c.decided_on) for c in consultations.for_meeting(
        store, meeting.id)] == [("Esra Yilmaz", dt.date(2026, 12, 1), MEETING)]
    assert [(name[e.item_id], e.details.get("outcome")) for e in events
            if e.kind is EventKind.ITEM_ENDED] == [
        ("L1", "decided"), ("L2", "decided"), ("L3", "decided"), ("L4", "decided"),
        ("L5", "decided"), ("L6", "skipped"), ("A1", "decided"), ("A2", "decided"),
        ("A5", "decided")]

    # One decision per discussed item, as worded.
    stored = {name[d.item_id]: d for d in decisions.for_meeting(store, meeting.id)
              if d.item_id is not None}
    assert len(decisions.for_meeting(store, meeting.id)) == len(stored) == 8
    summary = {key: (d.kind, d.next_evaluation, d.koers, d.referred_to, d.worded_by_role,
                     d.worded_by, d.date_reason) for key, d in stored.items()}
    assert summary == {
        "L1": (AFSLUITEN, None, "", "", "presenter", "Anouk de Vries", ""),
        "L2": (VERWIJZEN, HORIZON, "", "Basis-GGZ bij de huisarts", "presenter",
               "Bram Jansen", ""),
        "L3": (DOORGAAN, dt.date(2027, 2, 23), "Gesprekken om de week; terugvalplan bespreken",
               "", "presenter", "Chantal Bakker", ""),
        "L4": (VERWIJZEN, dt.date(2027, 3, 15), "", "Verslavingszorg (Tactus)", "presenter",
               "Daan Visser", ""),
        "L5": (DOORGAAN, dt.date(2027, 8, 31), "Traject arbeid afronden, dan afschalen", "",
               "presenter", "Esra Yilmaz", "Na afronding van het re-integratietraject"),
        "A1": (AFSLUITEN, None, "", "", "chair", None, ""),
        "A2": (DOORGAAN, HORIZON, "Medicatie via de psychiater; crisisplan actueel", "",
               "presenter", "Chantal Bakker", ""),
        "A5": (DOORGAAN, dt.date(2027, 1, 5), "Wekelijks contact tot de situatie thuis rustig is",
               "", "presenter", "Fleur Smit", ""),
    }
    assert all(d.decided_on == MEETING and d.corrects_id is None for d in stored.values())

    # The clients follow their decision; the others are untouched.
    for key, item_id in ids.items():
        item = items.get(store, item_id)
        client = clients.get(store, item.client_id)
        decision = stored.get(key)
        if decision is None:
            assert client.active
            assert client.last_evaluation == (dt.date(2026, 4, 14) if item.block is LOPEND
                                               else None), key
            assert client.next_evaluation is None, key
        else:
            assert client.last_evaluation == MEETING, key
            assert client.next_evaluation == decision.next_evaluation, key
            assert client.active == (decision.kind is not AFSLUITEN), key

    # What happened to each item, and what the next meeting holds.
    outcomes = {key: items.get(store, item_id) for key, item_id in ids.items()}
    assert {k: (i.meeting_date, i.outcome, i.carried_over) for k, i in outcomes.items()} == {
        "L1": (MEETING, Outcome.DECIDED, 0), "L2": (MEETING, Outcome.DECIDED, 0),
        "L3": (MEETING, Outcome.DECIDED, 0), "L4": (MEETING, Outcome.DECIDED, 0),
        "L5": (MEETING, Outcome.DECIDED, 0),
        "L6": (NEXT, None, 1),  # skipped: carried over at the close
        "L7": (NEXT, None, 0),  # deferred during the meeting
        "A1": (MEETING, Outcome.DECIDED, 0), "A2": (MEETING, Outcome.DECIDED, 0),
        "A3": (NEXT, None, 0),  # the acute choice: to the next meeting
        "A4": (MEETING, Outcome.CONSULTATION, 0),
        "A5": (MEETING, Outcome.DECIDED, 0),
        "A6": (NEXT, None, 1),  # not reached: carried over at the close
    }
    assert [name[i.id] for i in items.list_items(store, NEXT)] == ["A3", "A6", "L7", "L6"]
    assert [h.action for h in items.history(store, ids["A3"])][-1] is items.Action.DEFERRED
    assert [h.action for h in items.history(store, ids["L6"])][-1] is \
        items.Action.CARRIED_OVER
    following = meetings.find(store, NEXT)
    assert isinstance(following, Meeting) and following.status is MeetingStatus.PLANNED
