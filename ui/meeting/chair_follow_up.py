"""On the chair's screen, under the item's question: the previous decision to follow up
(rule 12, docs/rules.md), the client's open actions (rule 13, overdue said in words) and
the client's perspective (rule 14). For the chair only: the projector never shows
them, and in privacy mode neither does this screen (it may be mirrored on the beamer).

What the store holds is read once per item, not per tick of the meeting's clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vergadering import actions, decisions
from vergadering.actions import Action
from vergadering.decisions import Decision
from vergadering.items import Item
from vergadering.store import Store

from .. import common
from ..kit import follow_up_box, open_actions
from .chair_style import plain_label

SHOWN_ACTIONS = 5  # a line each, then "+ N meer"


@dataclass(frozen=True)
class FollowUpFacts:
    """What the chair reads about the client's follow-up when the item comes up."""

    previous: Decision | None = None  # the decision this item's decision must follow up
    open: list[Action] = field(default_factory=list)
    today: dt.date | None = None


def _unread(_text: str) -> None:
    """A storage problem: the chair's screen goes on without the follow-up."""


def load(store: Store, client_id: int) -> FollowUpFacts:
    """The client's previous decision to follow up and open actions (empty on a
    storage problem: the meeting goes on)."""
    def read() -> FollowUpFacts:
        return FollowUpFacts(decisions.follow_up_due(store, client_id),
                             actions.for_client(store, client_id, open_only=True),
                             store.clock.today())
    return common.load(read, _unread) or FollowUpFacts()


class ChairFollowUp(QWidget):
    """The previous decision, the open actions and the perspective, each with its
    title, each hidden when there is nothing to say."""

    def __init__(self, store: Store | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._loaded_for: tuple[int, int] | None = None  # (item, client) last read
        self.facts = FollowUpFacts()
        self.loads = 0  # how often the store was read (the tests count it)
        self.perspective_title = plain_label("fieldTitle",
                                             self.tr("Perspectief cliënt / naasten"))
        self.perspective = plain_label("itemProcess", wrap=True)
        self.previous_title = plain_label("fieldTitle", self.tr("Vorig besluit"))
        self.previous = plain_label("itemProcess", wrap=True)
        self.actions_title = plain_label("fieldTitle", self.tr("Open acties"))
        self.actions = plain_label("itemProcess", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # The previous decision first: the decision form asks about it first (7/8/9).
        self._pairs = ((self.previous_title, self.previous),
                       (self.actions_title, self.actions),
                       (self.perspective_title, self.perspective))
        for number, (title, text) in enumerate(self._pairs):
            if number:
                layout.addSpacing(6)
            layout.addWidget(title)
            layout.addWidget(text)

    def show_item(self, item: Item) -> None:
        """Show what belongs to ``item``; the store is read only for another item."""
        key = (item.id, item.client_id)
        if key != self._loaded_for and self._store is not None:
            self._loaded_for = key
            self.loads += 1
            self.facts = load(self._store, item.client_id)
        self._set(self.perspective, item.client_perspective.strip())
        facts = self.facts
        self._set(self.previous, follow_up_box.summary(facts.previous)
                  if facts.previous is not None else "")
        today = facts.today
        lines = open_actions.lines(facts.open, today, SHOWN_ACTIONS) if today else []
        more = open_actions.more(facts.open, SHOWN_ACTIONS)
        self._set(self.actions, "\n".join(["• " + line for line in lines]
                                          + ([more] if more else [])))
        for title, text in self._pairs:
            title.setVisible(bool(text.text()))
            text.setVisible(bool(text.text()))

    def shown_text(self) -> str:
        """Everything shown, titles included (for the tests)."""
        if self.isHidden():
            return ""
        return "\n".join(label.text() for pair in self._pairs for label in pair
                         if not label.isHidden())

    def something_to_show(self) -> bool:
        return any(text.text() for _title, text in self._pairs)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

