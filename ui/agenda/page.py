"""The "Agenda" area: the next meeting's agenda as the chair plans it, on a beamer.

Both blocks in the team's order, each with its minutes against its budget; the whole
meeting against its length; the commands to reorder, move, defer and withdraw items;
and, for the lopend block, the clients due for evaluation. Items of a past meeting
that was never held move on to this one when the page is shown, and so do the report
backs of separate consultations due before it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import agenda, consultations, items, meetings
from vergadering import settings as team_settings
from vergadering.items import Item
from vergadering.problems import ValidationError
from vergadering.settings import Block
from vergadering.store import Change, Store, StoreError

from .. import common, paths
from ..i18n import count, fill
from ..kit import widgets, words
from ..kit.plan_view import REFRESH_ON, BlockPanel, hard_end_text
from ..kit.widgets import MessageLabel
from ..refresh import after_first_paint
from ..table_model import subscribe_while_alive
from .actions import TOOLBAR_STYLE, AgendaActions
from .commands import AgendaCommands
from .header import IdentityChooser, TotalBox
from .overdue_actions import OverdueNotice
from .proposal_model import ProposalTableModel

if TYPE_CHECKING:
    from .proposals import ProposalsPanel

PROPOSALS_KEY = "agenda/showProposals"
ROOM_FOR_PROPOSALS = 1500  # page width (px) from which the proposal fits beside the blocks


class AgendaPage(AgendaActions, AgendaCommands, QWidget):
    """The next meeting's agenda with the chair's commands and the evaluation proposal.
    The actions are in :class:`AgendaActions`, what they do in :class:`AgendaCommands`."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._refreshing = False
        self._syncing_selection = False
        self.plan: agenda.AgendaPlan | None = None

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.identity = IdentityChooser(store)
        identity_label = QLabel(self.tr("Ik &ben:"))
        identity_label.setBuddy(self.identity)

        self.read_only_label = MessageLabel(error=False)
        self.total_box = TotalBox()
        self.overdue_notice = OverdueNotice(store)  # rule 13: only while any are late
        self.status = MessageLabel(error=False)

        self.panels = {block: BlockPanel(store, block) for block in Block}
        # The proposal's count is on its button from just after the first paint (it
        # reads the whole caseload: start-up does not wait for it); the panel itself is
        # built the first time it is shown (on a laptop screen it starts hidden).
        self.proposal_model = ProposalTableModel(store, self, load=False)
        after_first_paint(self, self._load_proposals)
        self._proposals: ProposalsPanel | None = None
        self.proposals_slot = QWidget()
        slot_layout = QVBoxLayout(self.proposals_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)

        self._create_actions()

        header = QHBoxLayout()
        header.addWidget(self.total_box, 1)
        header.addWidget(self.overdue_notice)
        header.addSpacing(18)
        header.addWidget(identity_label)
        header.addWidget(self.identity)
        # A tool bar, not a row of buttons: on a narrow screen what does not fit goes
        # into its » menu instead of squeezing every button.
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("agendaTools")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setStyleSheet(TOOLBAR_STYLE)
        for action in self.item_actions():
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if action is self.new_action:
                button.setObjectName("primary")
            elif action in (self.up_action, self.down_action) and isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                button.setAccessibleName(action.text().replace("&", ""))
        self.proposals_button = QToolButton()
        self.proposals_button.setDefaultAction(self.proposals_action)
        self.proposals_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.panels[Block.LOPEND].heading.addWidget(self.proposals_button)

        self.blocks = QWidget()
        self.blocks_layout = QVBoxLayout(self.blocks)
        self.blocks_layout.setContentsMargins(0, 0, 0, 0)
        self.blocks_layout.setSpacing(18)
        self.blocks_layout.addStretch(1)  # short blocks stay at the top
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.blocks)
        self.splitter.addWidget(self.proposals_slot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setHandleWidth(14)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.read_only_label)
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        for panel in self.panels.values():
            panel.selectionChanged.connect(lambda p=panel: self._on_selection(p))
            panel.activated.connect(self.edit_selected)
            panel.view.customContextMenuRequested.connect(
                lambda pos, p=panel: self._show_context_menu(p, pos))
            panel.model.modelReset.connect(self._update_actions)

        self.proposal_model.modelReset.connect(self._update_proposals_text)
        self._proposals_chosen = False
        self.proposals_slot.hide()
        self._update_proposals_text()
        self._apply_read_only()
        subscribe_while_alive(self, store, self._on_change)
        self.refresh(carry=False)
        self._just_built = True

    # -- proposals -----------------------------------------------------------
    @property
    def proposals(self) -> ProposalsPanel:
        """The proposal panel, built on first use, with the proposal loaded."""
        self.proposal_model.load()
        return self._proposals_panel()

    def _proposals_panel(self) -> ProposalsPanel:
        if self._proposals is None:
            from .proposals import ProposalsPanel

            panel = ProposalsPanel(self.store, self.by, self.proposal_model)
            panel.itemsAccepted.connect(self._select_accepted)
            layout = self.proposals_slot.layout()
            assert layout is not None
            layout.addWidget(panel)
            self._proposals = panel
        return self._proposals

    def _load_proposals(self) -> None:
        """After the first paint: the proposal, and at once room for its count on the
        button (the layout was made for "(…)")."""
        self.proposal_model.load()
        self.proposals_button.updateGeometry()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def set_proposals_visible(self, visible: bool) -> None:
        self.proposals_action.setChecked(visible)

    def _on_proposals_toggled(self, visible: bool) -> None:
        self.proposals_slot.setVisible(visible)
        if visible:
            self._proposals_panel().show()  # built the first time
            total = self.splitter.width() - self.splitter.handleWidth()
            wanted = int(total * 0.45)  # room for its five columns next to the blocks
            self.splitter.setSizes([total - wanted, wanted])

    def _remember_proposals_choice(self, visible: bool) -> None:
        paths.settings().setValue(PROPOSALS_KEY, bool(visible))

    def _choose_proposals_visibility(self) -> None:
        """The chair's last choice; the first time, shown only when there is room."""
        if self._proposals_chosen:
            return
        self._proposals_chosen = True
        stored = paths.settings().value(PROPOSALS_KEY)
        if stored is None:
            visible = self.width() >= ROOM_FOR_PROPOSALS
        else:
            visible = str(stored).lower() in ("true", "1")
        self.set_proposals_visible(visible)

    def _update_proposals_text(self) -> None:
        if not self.proposal_model.loaded:
            self.proposals_action.setText(self.tr("Voorstel evaluaties (…)"))
            widgets.set_tooltip_with_shortcut(self.proposals_action, self.tr(
                "Het voorstel wordt berekend. Klik om het te tonen of te verbergen."))
            return
        fitting = self.proposal_model.rowCount()
        also = self.proposal_model.also_due
        self.proposals_action.setText(fill(self.tr("Voorstel evaluaties (%1)"), fitting))
        widgets.set_tooltip_with_shortcut(self.proposals_action, fill(
            self.tr("%1; %2. Klik om het voorstel te tonen of te verbergen."),
            count(fitting, self.tr("%n cliënt is aan de beurt voor evaluatie en past nog in "
                                   "de tijd"),
                  self.tr("%n cliënten zijn aan de beurt voor evaluatie en passen nog in de "
                          "tijd")),
            count(also, self.tr("nog %n past er niet meer bij"),
                  self.tr("nog %n passen er niet meer bij"))))

    # -- identity ------------------------------------------------------------
    def by(self) -> int | None:
        """The member making changes ("Ik ben"), if chosen."""
        return self.identity.member_id()

    # -- refreshing ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._choose_proposals_visibility()
        if self._just_built:
            # Shown right after being built: the plan on screen is current; only move on
            # what a meeting that was never held left (a change that refreshes the page).
            self._just_built = False
            self._carry_over()
        else:
            self.refresh()

    def _carry_over(self) -> None:
        """Items of a meeting never held move on to the next one, and separate
        consultations due to report back come onto its agenda (rule 10) before it."""
        if self.store.read_only:
            return
        # Kept as its own try, not common.run_operation: this catch-up runs unasked, on
        # every refresh, and must stay silent (the runner shows every storage problem in
        # a message, and a busy file in a "bezet" window). It is tried again at the next
        # refresh; the agenda still shows.
        try:
            items.carry_over(self.store)
            settings = team_settings.load(self.store)
            consultations.return_due(self.store, meetings.upcoming_date(self.store, settings))
        except (StoreError, ValidationError):
            pass

    def _on_change(self, change: Change) -> None:
        if change.affects("member"):
            self.identity.fill()
        if change.affects(*REFRESH_ON):
            self.refresh(carry=change.affects("meeting", "consultation"))

    def refresh(self, *, carry: bool = True) -> None:
        """Move items of a past meeting that was never held on to the next one (when
        ``carry``), then show the plan. A storage problem keeps what is shown."""
        if self._refreshing:
            return
        self._refreshing = True
        try:
            if carry:
                self._carry_over()
            found = common.load(lambda: (agenda.plan(self.store),
                                         team_settings.load(self.store)),
                                self.status.show_message)
            if found is None:
                return
            self.plan, settings = found
            self._show_plan(self.plan, settings)
            self.overdue_notice.refresh()  # a new day may make actions late
        finally:
            self._refreshing = False

    def _show_plan(self, plan: agenda.AgendaPlan, settings: team_settings.TeamSettings) -> None:
        start = dt.datetime.combine(plan.date, plan.start)
        end = start + dt.timedelta(minutes=plan.meeting_minutes)
        self.title.setText(fill(self.tr("Agenda voor %1, %2–%3"), words.long_date(plan.date),
                                words.clock_time(start), words.clock_time(end)))
        self._arrange_blocks(plan)
        for position, block_plan in enumerate(plan.blocks):
            hard_end = (hard_end_text(plan) if position == 0 and block_plan.block is Block.ACUUT
                        else None)
            panel = self.panels[block_plan.block]
            panel.show_plan(block_plan, first=position == 0, hard_end=hard_end,
                            read_only=self.store.read_only)
        self.total_box.show_plan(plan)
        for panel in self.panels.values():
            panel.view.setColumnHidden(panel.model.QUESTION, settings.privacy_mode)
        self._update_actions()

    def _arrange_blocks(self, plan: agenda.AgendaPlan) -> None:
        wanted: list[QWidget] = [self.panels[b.block] for b in plan.blocks]
        shown = [self.blocks_layout.itemAt(i).widget() for i in range(len(wanted))
                 if i < self.blocks_layout.count() - 1]
        if shown != wanted:
            for widget in wanted:
                self.blocks_layout.removeWidget(widget)
            for position, widget in enumerate(wanted):
                self.blocks_layout.insertWidget(position, widget)

    # -- selection -----------------------------------------------------------
    def selected(self) -> tuple[BlockPanel, Item] | None:
        for panel in self.panels.values():
            item = panel.selected_item()
            if item is not None:
                return panel, item
        return None

    def selected_item(self) -> Item | None:
        found = self.selected()
        return found[1] if found else None

    def select_item(self, item_id: int, *, focus: bool = True) -> bool:
        for panel in self.panels.values():
            if panel.model.row_of(item_id) >= 0:
                panel.select_item(item_id, focus=focus)
                return True
        return False

    def _on_selection(self, panel: BlockPanel) -> None:
        if self._syncing_selection:
            return
        if panel.selected_item() is not None:
            self._syncing_selection = True
            try:
                for other in self.panels.values():
                    if other is not panel:
                        other.clear_selection()
            finally:
                self._syncing_selection = False
        self._update_actions()

    @staticmethod
    def _other(block: Block) -> Block:
        return Block.ACUUT if block is Block.LOPEND else Block.LOPEND
