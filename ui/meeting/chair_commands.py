"""What the chair's keys do: starting the meeting and its items, deciding, hamerstukken,
the choices when a block's time is up, extending, pausing, skipping, deferring and
closing. A mixin of :class:`ui.meeting.chair.MeetingPage`, which holds the widgets and
the actions; every change goes through one operation of ``vergadering.run`` or
``vergadering.decisions``, so the domain's rules hold on every path:

- a meeting is held on the day it starts (F5 asks when it was planned for another day);
- D and H act on the item under discussion: with none, they start the chosen (or next)
  item first, on screen, so the block's time is checked as for N;
- ending a treatment is confirmed with the client named;
- once a block's time is spent the chair chooses per item (the dialog, or the prompt's
  keys for the item under discussion), and every choice is logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMainWindow, QWidget

from vergadering import decisions, meetings, run
from vergadering import settings as team_settings
from vergadering.items import DecisionKind, Item
from vergadering.problems import Code, Problem
from vergadering.settings import Block
from vergadering.store import Store
from vergadering.timeline import BlockChoice

from .. import common
from ..backup_dialog import backup_before_meeting
from ..i18n import count, fill
from ..kit import chair_questions, chair_text, widgets, words
from ..kit.chair_text import RowStatus
from ..kit.decision_form import DecisionForm
from ..messages import describe_all
from . import chair_actions
from .block_choice_dialog import BlockChoiceDialog
from .chair_actions import ExtendMenu
from .chair_keys import can_be_hamerstuk
from .close_dialog import CloseMeetingDialog

if TYPE_CHECKING:
    from .chair import MeetingPage

    _Base = MeetingPage
else:
    _Base = object

T = TypeVar("T")
STATUS_MS = 10_000  # how long a word in the status line stays


class ChairCommands(_Base):
    """The command slots of the chair's screen."""

    def _operate(self, operation: Callable[[], T], *,
                 problems: Callable[[list[Problem]], None] | None = None) -> T | None:
        """Run ``operation`` through :func:`ui.common.run_operation`: a busy team file is
        waited for without freezing the screen (the clock keeps ticking); what the domain
        refused is shown in a message, or handed to ``problems``."""
        return common.run_operation(self, operation, store=self.store, problems=problems)

    def _show_problems(self, problems: list[Problem]) -> None:
        common.show_error(self, describe_all(problems))

    def explain_start(self) -> str:
        """What N does, and why it does not now: said in the status line."""
        keys = chair_actions.keys_of(self.start_item_action)
        what = fill(self.tr("%1 start het volgende punt"), keys)
        current = self._current_item()
        state = self.controller.state()
        if current is not None:
            why = fill(self.tr("%1 is nog in bespreking: leg eerst het besluit vast (%2), "
                               "of stel het uit (%3)"), current.client_reference,
                       chair_actions.keys_of(self.decide_action),
                       chair_actions.keys_of(self.defer_action))
        elif state is not None and state.paused:
            why = fill(self.tr("de vergadering is gepauzeerd: hervat eerst (%1)"),
                       chair_actions.keys_of(self.pause_action))
        else:
            why = self.tr("er wacht geen punt meer")
        text = fill(self.tr("%1; nu niet: %2."), what, why)
        self.show_status(text)
        return text

    def show_status(self, text: str) -> None:
        """A word for the chair in the main window's status line (never a dialog)."""
        self.status_text = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)

    # -- the meeting -----------------------------------------------------------------
    def start_meeting(self) -> bool:
        """F5. A meeting planned for another day is held today, once the chair agrees
        (rule 7): it, and everything decided in it, then carries today's date."""
        if not self.start_meeting_action.isEnabled():
            return False
        if not backup_before_meeting(self.store, self):
            return False
        other_day: list[Problem] = []

        def refused(problems: list[Problem]) -> None:
            planned = next((p for p in problems if p.code is Code.MEETING_NOT_TODAY), None)
            if planned is None:
                self._show_problems(problems)
            else:
                other_day.append(planned)

        if self._operate(lambda: run.start_meeting(self.store), problems=refused) is None:
            if not other_day or not self._start_today(other_day[0]):
                return False
        self.before.closed_note.clear()
        self.agenda_view.setFocus()
        return True

    def _start_today(self, problem: Problem) -> bool:
        planned = dt.date.fromisoformat(str(problem.params["date"]))
        today = dt.date.fromisoformat(str(problem.params["today"]))
        read = self._operate(lambda: (team_settings.load(self.store),
                                      meetings.find(self.store, today)))
        if read is None:
            return False
        settings, held = read
        if held is not None and held.status is not meetings.MeetingStatus.PLANNED:
            # Asking would only lead to "already held today": say that at once.
            common.show_error(self, describe_all([Problem(
                "meeting", Code.MEETING_HELD_TODAY, {"date": today.isoformat()})]))
            return False
        following = meetings.following_date(settings, today)
        if not chair_questions.start_today(self, planned, today, following):
            return False
        return self._operate(
            lambda: run.start_meeting(self.store, move_to_today=True)) is not None

    # -- items -----------------------------------------------------------------------
    def start_item(self, item_id: int | None = None, *, chosen: bool = False) -> bool:
        """Start ``item_id``, else the chosen waiting item, else the next one in order.
        Once its block's time is spent the chair chooses first (defer, apart overleg,
        take anyway); ``chosen``: that choice was just made."""
        item = self._item(item_id) if item_id is not None else (
            self._selected_waiting() or self._next_waiting())
        if item is None or self.store.read_only:
            return False
        spent: list[Problem] = []

        def refused(problems: list[Problem]) -> None:
            if not chosen and any(p.code is Code.BLOCK_TIME_SPENT for p in problems):
                spent.extend(problems)  # the chair chooses first: no message
            else:
                self._show_problems(problems)

        def start() -> bool:
            run.start_item(self.store, item.id)
            return True

        if self._operate(start, problems=refused) is None:
            return self._choose_for_waiting(item) if spent else False
        self.agenda_view.select_item(item.id)
        return True

    def _choose_for_waiting(self, item: Item) -> bool:
        """The block of a waiting item is spent: the chair's choice comes first."""
        choice = self._ask_choice(item, BlockChoice.DEFER)
        if choice is BlockChoice.TAKE_ANYWAY:
            return self.start_item(item.id, chosen=True)
        if choice is not None:
            self._select_next()
        return False

    def _ask_choice(self, item: Item, chosen: BlockChoice) -> BlockChoice | None:
        # Not with store=: a dialog the chair answers is no try to repeat. The dialog
        # records the choice through the runner itself; what it cannot read to open
        # (e.g. the meeting ended meanwhile) is shown in a message, as before.
        return common.run_operation(self, lambda: BlockChoiceDialog.ask(
            self.store, item, self, chosen=chosen, items=self.controller.items))

    def _under_discussion(self) -> Item | None:
        """The item under discussion; with none, the chosen (or next) waiting item,
        started now — on screen, and through the block's time check."""
        current = self._current_item()
        if current is not None:
            return current
        target = self._selected_waiting() or self._next_waiting()
        if target is None or not self.start_item(target.id):
            return None
        current = self._current_item()
        return current if current is not None and current.id == target.id else None

    def decide(self) -> bool:
        """D: the decision about the item under discussion."""
        if not self.decide_action.isEnabled():
            return False
        item = self._under_discussion()
        if item is None:
            return False
        decision = DecisionForm.ask(self.store, item, self)
        if decision is not None:
            self._select_next()
        return decision is not None

    def confirm_hamerstuk(self) -> bool:
        """H: a mededeling with a proposal, confirmed without discussion. Afsluiten is
        asked first, naming the client; when the proposal needs text the domain does not
        guess (the koers, where to), or the previous decision's follow-up (rule 12), the
        form asks for it."""
        if not self.hamerstuk_action.isEnabled():
            return False
        item = self._current_item() or self._selected_waiting() or self._next_waiting()
        if item is None:
            return False
        if not can_be_hamerstuk(item):
            common.show_error(self, fill(self.tr(
                "Alleen een mededeling met een voorgesteld besluit kan als hamerstuk worden "
                "bevestigd. Leg het besluit vast met %1."), self.decide_action.iconText()))
            return False
        item = self._under_discussion()
        if item is None:
            return False
        # Rule 12: when the client's previous decision must be followed up, the form asks
        # how it was carried out (7/8/9) with the confirmation, afsluiten too.
        client = item.client_id
        due = self._operate(lambda: decisions.follow_up_due(self.store, client) is not None)
        if due is None:
            return False  # a storage problem, shown
        if item.proposed_decision is DecisionKind.AFSLUITEN and not due:
            if not chair_questions.close_treatment(self, item.client_reference):
                return False  # it stays under discussion
            closes = item
            done: object = self._operate(lambda: decisions.confirm_hamerstuk(
                self.store, closes.id, closes_client_id=closes.client_id))
        else:
            done = DecisionForm.ask(self.store, item, self, hamerstuk=True)
        if done is not None:
            self._select_next()
        return done is not None

    # -- a block's time up, for the item under discussion -----------------------------
    def block_up_item(self) -> Item | None:
        """The item under discussion while its block's prompt is up."""
        state = self.controller.state()
        if state is None or state.current is None or state.block_time_up is None:
            return None
        return self._item(state.current.item_id)

    def finish_item(self) -> bool:
        """M: one minute to reach the decision (logged)."""
        item = self.block_up_item()
        if item is None or self.store.read_only:
            return False
        return self._operate(lambda: run.choose(
            self.store, item.id, BlockChoice.FINISH) or True) is not None

    def consult_current(self) -> bool:
        """A: the acute item under discussion goes to a separate consultation."""
        item = self.block_up_item()
        if item is None or item.block is not Block.ACUUT or self.store.read_only:
            return False
        done = self._ask_choice(item, BlockChoice.CONSULTATION) is not None
        if done:
            self._select_next()
        return done

    def take_current(self) -> bool:
        """T: the item under discussion is taken anyway, its cost shown first."""
        item = self.block_up_item()
        if item is None or self.store.read_only:
            return False
        choice = self._ask_choice(item, BlockChoice.TAKE_ANYWAY)
        if choice not in (None, BlockChoice.TAKE_ANYWAY):
            self._select_next()
        return choice is not None

    # -- time ------------------------------------------------------------------------
    def extend(self, minutes: int | None = None) -> bool:
        if not self.extend_action.isEnabled():
            return False
        if minutes is None:
            anchor: QWidget = (self.current.extend_button if self.current.time_up_shown()
                               else self.buttons[self.extend_action])
            minutes = ExtendMenu.ask(self, anchor.mapToGlobal(QPoint(0, anchor.height())))
        if minutes is None:
            return False
        chosen = minutes
        return self._operate(lambda: run.extend(self.store, chosen) or True) is not None

    def toggle_pause(self) -> None:
        state = self.controller.state()
        if state is None or not self.pause_action.isEnabled():
            return
        self._operate(lambda: (run.resume if state.paused else run.pause)(self.store))

    # -- ending an item ----------------------------------------------------------------
    def skip(self) -> bool:
        return self._end_item(run.skip_item, self.tr("Punt overslaan"), self.tr(
            "Het gesprek over %1 stopt. Het punt gaat bij het afsluiten naar de volgende "
            "vergadering."), self.tr("&Overslaan"))

    def defer(self) -> bool:
        """U. While its block's prompt is up, deferring the item under discussion is
        the chair's choice for it, and logged as such."""
        operation: Callable[[Store, int], None] = run.defer_item
        if self.block_up_item() is not None:
            def operation(store: Store, item_id: int) -> None:
                run.choose(store, item_id, BlockChoice.DEFER)
        return self._end_item(operation, self.tr("Punt uitstellen"), self.tr(
            "Het gesprek over %1 stopt en het punt gaat nu naar de volgende vergadering, "
            "met alles wat is ingevuld."), self.tr("&Uitstellen"))

    def _end_item(self, operation: Callable[[Store, int], None], title: str, question: str,
                  verb: str) -> bool:
        current = self._current_item()
        item = current or self._selected_waiting()
        if item is None or self.store.read_only:
            return False
        if current is not None and not widgets.confirm(
                self, title, fill(question, item.client_reference), verb):
            return False
        done = self._operate(lambda: operation(self.store, item.id) or True) is not None
        if done:
            self._select_next()
        return done

    # -- closing -----------------------------------------------------------------------
    def close_meeting(self) -> bool:
        """Ctrl+W. Acute items not reached each get the chair's choice (one dialog for
        all); lopend ones move to the next meeting."""
        meeting = self.controller.meeting
        if not self.close_meeting_action.isEnabled() or meeting is None:
            return False
        if self._current_item() is not None:
            common.show_error(self, describe_all([Problem("meeting", Code.ITEM_IN_PROGRESS)]))
            return False
        rows = [r for r in self.model.rows() if r.item is not None]
        decided = sum(1 for r in rows if r.status is RowStatus.DECIDED)
        moving = [r for r in rows if r.status in (RowStatus.WAITING, RowStatus.SKIPPED)]
        read = self._operate(lambda: (run.unreached_acute(self.store, meeting),
                                      team_settings.load(self.store)))
        if read is None:
            return False
        unreached, settings = read
        if unreached:
            lopend = sum(1 for r in moving if r.block is Block.LOPEND)
            moved = CloseMeetingDialog.ask(self.store, unreached, lopend, meetings.following_date(
                settings, meeting.date), self)
        else:
            if not moving:
                text = self.tr("Alle punten zijn behandeld. De vergadering wordt afgesloten.")
            else:
                text = count(len(moving),
                             self.tr("%n agendapunt is niet aan bod gekomen en gaat naar de "
                                     "volgende vergadering."),
                             self.tr("%n agendapunten zijn niet aan bod gekomen en gaan naar "
                                     "de volgende vergadering."))
            if not widgets.confirm(self, self.tr("Vergadering afsluiten"), text,
                                   self.tr("&Afsluiten")):
                return False
            moved = self._operate(lambda: run.close_meeting(self.store))
        if moved is None:
            return False
        self.before.offer_rating(meeting.id)
        self.before.show_closed(fill(self.tr("De vergadering van %1 is afgesloten: %2, %3."),
                                     words.long_date(meeting.date),
                                     chair_text.decisions_count(decided),
                                     chair_text.moved_count(moved)))
        return True

    def _select_next(self) -> None:
        upcoming = self._next_waiting()
        self.agenda_view.select_item(upcoming.id if upcoming else None)
        self._update_actions()
