"""What the agenda page's commands do: a new item, editing, reordering, moving to the
other block, deferring, withdrawing and the history. A mixin of
:class:`ui.agenda.page.AgendaPage`; each command runs one operation of
``vergadering.items`` and says in the status line what happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from vergadering import items, meetings
from vergadering import settings as team_settings
from vergadering.items import ConflictError, Item, ItemStatus
from vergadering.settings import Block

from .. import common
from ..i18n import fill
from ..kit import widgets, words

if TYPE_CHECKING:
    from .page import AgendaPage

    _Base = AgendaPage
else:
    _Base = object

T = TypeVar("T")


class AgendaCommands(_Base):
    """The command slots of the agenda page."""

    def _operate(self, operation: Callable[[], T]) -> T | None:
        """Run a domain operation; problems are shown in Dutch and nothing is lost. A
        version conflict is an exception of its own (no problem code): it passes through
        the runner and is told here."""
        try:
            return common.run_operation(self, operation, store=self.store)
        except ConflictError as error:
            who = error.current.updated_by or self.tr("iemand anders")
            common.show_error(self, fill(self.tr(
                "Dit agendapunt is intussen gewijzigd door %1. Er is niets veranderd; "
                "bekijk het punt opnieuw en probeer het dan nog eens."), who))
            return None

    def new_item(self) -> None:
        if self.store.read_only:
            return
        from .item_dialog import ItemDialog

        item = ItemDialog.ask(self.store, parent=self)
        if item is not None:
            self.select_item(item.id)
            self.status.show_message(fill(self.tr("Agendapunt over %1 is aangemeld."),
                                          item.client_reference))

    def edit_selected(self) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        from .item_dialog import ItemDialog

        item = ItemDialog.ask(self.store, item=found[1], parent=self)
        if item is None:
            return
        if item.status is ItemStatus.WITHDRAWN:  # the dialog can withdraw too
            self.status.show_message(fill(self.tr("Het agendapunt over %1 is ingetrokken."),
                                          item.client_reference))
            return
        self.select_item(item.id)
        self.status.show_message(fill(self.tr("Agendapunt over %1 is opgeslagen."),
                                      item.client_reference))

    def move_selected_by(self, step: int) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        panel, item = found
        row = panel.model.row_of(item.id)
        target = row + step
        if row < 0 or not 0 <= target < panel.model.rowCount():
            return
        moved = self._operate(lambda: items.reorder_item(self.store, item.id, target,
                                                         by=self.by()))
        panel.select_item(item.id, focus=True)
        if moved is not None:
            self.status.clear()

    def move_to_other_block(self) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        _panel, item = found
        target = self._other(item.block)
        moved = self._operate(lambda: items.move_item(self.store, item.id, target,
                                                      by=self.by()))
        if moved is None:
            return
        self.panels[target].select_item(moved.id, focus=True)
        self.status.show_message(fill(self.tr("%1 staat nu onderaan bij %2."),
                                      moved.client_reference,
                                      words.block_name(target).lower()))

    def defer_selected(self) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        panel, item = found
        settings = self._operate(lambda: team_settings.load(self.store))
        if settings is None:
            return
        next_date = meetings.next_meeting_date(settings, item.meeting_date, inclusive=False)
        question = fill(self.tr("Het agendapunt over %1 uitstellen naar de vergadering van "
                                "%2?"), item.client_reference, words.long_date(next_date))
        kept = fill(self.tr("Alles wat is ingevuld blijft bewaard: de vraag, de stand van het "
                            "proces, de minuten en het voorstel. Het punt komt daar onderaan "
                            "het blok %1."), words.block_name(item.block).lower())
        if not widgets.confirm(self, self.tr("Uitstellen"), question + "\n\n" + kept,
                               self.tr("Uitstellen")):
            return
        row = panel.model.row_of(item.id)
        deferred = self._operate(lambda: items.defer_item(self.store, item.id, by=self.by()))
        if deferred is None:
            return
        panel.select_row(row, focus=True)
        self.status.show_message(fill(self.tr("%1 is uitgesteld naar %2; de inhoud is bewaard."),
                                      deferred.client_reference,
                                      words.long_date(deferred.meeting_date)))

    def withdraw_selected(self) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        panel, item = found
        if not widgets.confirm(
                self, self.tr("Intrekken"),
                fill(self.tr("Het agendapunt over %1 intrekken? Het verdwijnt van de agenda; "
                             "in de geschiedenis blijft staan wie het wanneer heeft "
                             "ingetrokken."), item.client_reference), self.tr("Intrekken")):
            return
        row = panel.model.row_of(item.id)
        withdrawn = self._operate(lambda: items.withdraw_item(
            self.store, item.id, by=self.by(), expected_version=item.version))
        if withdrawn is None:
            return
        panel.select_row(row, focus=True)
        self.status.show_message(fill(self.tr("Het agendapunt over %1 is ingetrokken."),
                                      withdrawn.client_reference))

    def show_history(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        changes = self._operate(lambda: items.history(self.store, item.id))
        if changes is not None:
            from .history import HistoryDialog

            HistoryDialog.show_for(item, changes, self)

    def _select_accepted(self, created: list[Item]) -> None:
        if created:
            self.panels[Block.LOPEND].select_item(created[-1].id)
