"""Agenda planning: planned minutes per block against the budgets, and proposals of
clients due for evaluation for the lopend block."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import evaluation, items, meetings
from . import settings as team_settings
from .items import Item, ItemInput, ItemStatus
from .problems import Code, Problem, ValidationError
from .settings import Block, ItemType, TeamSettings
from .store import Store


@dataclass(frozen=True)
class BlockPlan:
    block: Block
    budget: int
    items: tuple[Item, ...]

    @property
    def planned(self) -> int:
        return sum(item.minutes for item in self.items)

    @property
    def remaining(self) -> int:
        """Minutes left in the budget; negative when overbooked."""
        return self.budget - self.planned

    @property
    def over(self) -> int:
        return max(0, self.planned - self.budget)


@dataclass(frozen=True)
class AgendaPlan:
    date: dt.date
    start: dt.time
    meeting_minutes: int
    blocks: tuple[BlockPlan, BlockPlan]  # in the team's block order

    @property
    def planned(self) -> int:
        return sum(b.planned for b in self.blocks)

    @property
    def over(self) -> int:
        """Minutes beyond the meeting's length."""
        return max(0, self.planned - self.meeting_minutes)

    def block(self, block: Block) -> BlockPlan:
        return next(b for b in self.blocks if b.block is block)

    def expected_end(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.start) + dt.timedelta(
            minutes=max(self.planned, self.meeting_minutes))


def summarize(date: dt.date, agenda_items: list[Item], settings: TeamSettings) -> AgendaPlan:
    """The plan for a list of queued items (pure: no database)."""
    blocks = tuple(
        BlockPlan(block, settings.budget(block),
                  tuple(sorted((i for i in agenda_items if i.block is block),
                               key=lambda i: (i.position, i.id))))
        for block in settings.block_order()
    )
    assert len(blocks) == 2
    return AgendaPlan(date, settings.meeting_start, settings.meeting_minutes,
                      (blocks[0], blocks[1]))


def plan(store: Store, date: dt.date | None = None) -> AgendaPlan:
    """The plan of the meeting on ``date`` (default: the next open meeting)."""
    settings = team_settings.load(store)
    date = date or meetings.upcoming_date(store, settings)
    return summarize(date, items.list_items(store, date, ItemStatus.QUEUED), settings)


@dataclass(frozen=True)
class Proposal:
    due: evaluation.DueClient
    minutes: int


@dataclass(frozen=True)
class Proposals:
    fitting: tuple[Proposal, ...]  # most overdue first, as many as fit the lopend budget
    also_due: int  # due clients beyond the budget


def propose_evaluations(store: Store, item_type: ItemType,
                        date: dt.date | None = None) -> Proposals:
    """Clients due for evaluation before the next meeting (rule 5 and
    :func:`meetings.due_by_for`), most overdue first, as many as fit in what is left of
    the lopend budget at the type's default minutes. Clients already on this meeting's
    agenda are left out."""
    settings = team_settings.load(store)
    current = plan(store, date)
    on_agenda = {i.client_id for b in current.blocks for i in b.items}
    due = [d for d in evaluation.due_clients(store, horizon_months=settings.horizon_months,
                                             due_by=meetings.due_by_for(settings, current.date))
           if d.client_id not in on_agenda]
    minutes = settings.default_minutes[item_type]
    room = current.block(Block.LOPEND).remaining
    count = max(0, room // minutes)
    fitting = tuple(Proposal(d, minutes) for d in due[:count])
    return Proposals(fitting, len(due) - len(fitting))


def accept_proposals(store: Store, accepted: list[tuple[int, int | None]], item_type: ItemType,
                     question: str, *, by: int | None,
                     date: dt.date | None = None) -> list[Item]:
    """Queue lopend items for (client_id, presenter_id) pairs in one transaction.

    The presenter defaults to the client's behandelaar; a client without an active
    behandelaar needs one given. A client already on the agenda is refused.
    """
    settings = team_settings.load(store)
    created: list[Item] = []
    with store.transaction():
        meeting_date = date or meetings.upcoming_date(store, settings)
        on_agenda = {i.client_id for i in items.list_items(store, meeting_date)}
        for client_id, presenter_id in accepted:
            if client_id in on_agenda:
                raise ValidationError([Problem("client", Code.ALREADY_ON_AGENDA,
                                               {"client_id": client_id})])
            if presenter_id is None:
                row = store.query("SELECT c.behandelaar_id FROM client c JOIN member m"
                                  " ON m.id = c.behandelaar_id WHERE c.id = ? AND m.active",
                                  (client_id,))
                presenter_id = row[0][0] if row else None
            created.append(items.queue_item(
                store, ItemInput(client_id, presenter_id, item_type, Block.LOPEND, question),
                by=by, meeting_date=meeting_date))
            on_agenda.add(client_id)
    return created
