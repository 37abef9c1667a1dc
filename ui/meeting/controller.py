"""The link between the running meeting in the store and the two windows.

It keeps a :class:`~vergadering.timeline.Timeline` in memory, rebuilt only when the store
reports a change, and ticks once a second: a tick computes the state from the timeline and
the clock — no database query — and hands it to the chair's screen and the projector.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from vergadering import meetings, run
from vergadering.items import Item
from vergadering.meetings import Meeting
from vergadering.store import Change, Store
from vergadering.timeline import BellReason, MeetingState, Phase, Timeline

from .. import common
from ..table_model import subscribe_while_alive

TICK_MS = 1000


class MeetingController(QObject):
    """Signals: ``ticked(MeetingState)`` every tick and after every change;
    ``changed()`` when the meeting's data changed (items, events, decisions);
    ``bellRung(object)`` with the BellReason or None; ``timeUp(int)`` once per item, with
    its id, at the moment its time runs out."""

    ticked = Signal(object)
    changed = Signal()
    bellRung = Signal(object)
    timeUp = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None, *,
                 tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting: Meeting | None = None
        self.timeline: Timeline | None = None
        self.items: dict[int, Item] = {}
        self._time_up_sent: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self._changed = False
        subscribe_while_alive(self, store, self._on_change)
        remove = store.subscribe_after_changes(
            lambda: self._after_changes() if shiboken6.isValid(self) else None)
        self.destroyed.connect(lambda *_args: remove())
        self.reload()
        self.timer.start()

    # -- data --------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the running meeting (or the next one to start) and its events."""
        # On a storage problem nothing is said (never a message from here: the clock must
        # keep ticking); we keep what we had and the next change retries.
        read = common.load(self._read, lambda _text: None)
        if read is None:
            return
        self.meeting, self.timeline, self.items = read
        self.changed.emit()
        self.tick()

    def _read(self) -> tuple[Meeting | None, Timeline | None, dict[int, Item]]:
        meeting = meetings.running(self.store)
        if meeting is None:
            return None, None, {}
        return (meeting, run.timeline(self.store, meeting),
                {i.id: i for i in run.meeting_items(self.store, meeting)})

    def _on_change(self, change: Change) -> None:
        if change.affects("meeting", "meeting_event", "item", "decision", "settings", "client",
                          "member"):
            self._changed = True  # reloaded once, after all changes of the operation

    def _after_changes(self) -> None:
        if self._changed:
            self._changed = False
            self.reload()

    def state(self) -> MeetingState | None:
        if self.timeline is None:
            return None
        return self.timeline.state(self.store.clock.now())

    def tick(self) -> None:
        state = self.state()
        if state is None:
            return
        current = state.current
        if (current is not None and current.phase is Phase.OVERRUN
                and current.item_id not in self._time_up_sent):
            self._time_up_sent.add(current.item_id)
            self.timeUp.emit(current.item_id)
        self.ticked.emit(state)

    # -- actions that need the windows to react at once ------------------------
    def ring_bell(self, reason: BellReason | None = None,
                  on_error: Callable[[Exception], None] | None = None) -> bool:
        """Count the ring in the store and tell both windows (sound and flash)."""
        try:
            run.ring_bell(self.store, reason)
        except Exception as error:  # noqa: BLE001 — shown by the caller
            if on_error is None:
                raise
            on_error(error)
            return False
        self.bellRung.emit(reason)
        return True
