"""The "Agenda" area: the next meeting's agenda as the chair plans it, on a beamer.

Both blocks in the team's order, each with its minutes against its budget; the whole
meeting against its length; the commands to reorder, move, defer and withdraw items;
and, for the lopend block, the clients due for evaluation. Items of a past meeting
that was never held move on to this one when the page is shown, and so do the report
backs of separate consultations due before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import agenda, consultations, items, meetings
from vergadering import settings as team_settings
from vergadering.items import ConflictError, Item, ItemStatus
from vergadering.problems import ValidationError
from vergadering.settings import Block
from vergadering.store import Change, Store, StoreError

from .. import common, paths
from ..kit import labels, widgets
from ..kit.plan_view import REFRESH_ON, BlockPanel, hard_end_text
from ..kit.widgets import MessageLabel, make_action
from ..messages import describe_store_error
from ..table_model import subscribe_while_alive
from .header import IdentityChooser, TotalBox
from .proposal_model import ProposalTableModel

if TYPE_CHECKING:
    from .proposals import ProposalsPanel

T = TypeVar("T")
PROPOSALS_KEY = "agenda/showProposals"
TOOLBAR_STYLE = """
QToolBar#agendaTools { border: none; background: transparent; spacing: 5px; }
QToolBar#agendaTools QToolButton { border: 1px solid #9aa5b1; border-radius: 4px;
    background: #ffffff; color: #1f3347; padding: 4px 7px; }
QToolBar#agendaTools QToolButton:hover { background: #eef3f8; }
QToolBar#agendaTools QToolButton:disabled { color: #a3acb5; border-color: #d5dbe1; }
QToolBar#agendaTools QToolButton#primary { background: #1f6fb2; color: #ffffff;
    border-color: #175a91; font-weight: 600; padding: 4px 10px; }
QToolBar#agendaTools QToolButton#primary:disabled { background: #9fb6cb;
    border-color: #9fb6cb; }
QToolBar#agendaTools QToolButton#qt_toolbar_ext_button { padding: 0; min-width: 22px; }
"""
ROOM_FOR_PROPOSALS = 1500  # page width (px) from which the proposal fits beside the blocks


def arrow_icon(*, up: bool) -> QIcon:
    """A plain triangle, clearly lighter when disabled (the style's arrows hardly are)."""
    icon = QIcon()
    for mode, color in ((QIcon.Mode.Normal, "#1f3347"), (QIcon.Mode.Disabled, "#b8c0c8")):
        pixmap = QPixmap(22, 22)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        points = ([QPointF(4, 16), QPointF(18, 16), QPointF(11, 6)] if up
                  else [QPointF(4, 6), QPointF(18, 6), QPointF(11, 16)])
        painter.drawPolygon(QPolygonF(points))
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


class AgendaPage(QWidget):
    """The next meeting's agenda with the chair's commands and the evaluation proposal."""

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
        self.status = MessageLabel(error=False)

        self.panels = {block: BlockPanel(store, block) for block in Block}
        # The proposal's count is on its button from the start; the panel itself is
        # built the first time it is shown (on a laptop screen it starts hidden).
        self.proposal_model = ProposalTableModel(store, self)
        self._proposals: ProposalsPanel | None = None
        self.proposals_slot = QWidget()
        slot_layout = QVBoxLayout(self.proposals_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)

        self._create_actions()

        header = QHBoxLayout()
        header.addWidget(self.total_box, 1)
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

    # -- actions -------------------------------------------------------------
    def _create_actions(self) -> None:
        page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        table = Qt.ShortcutContext.WidgetShortcut
        first_view = self.panels[Block.LOPEND].view
        self.new_action = make_action(
            self, self.tr("&Nieuw agendapunt…"), self.new_item,
            [QKeySequence(QKeySequence.StandardKey.New)], page)
        self.edit_action = make_action(
            self, self.tr("&Bewerken…"), self.edit_selected,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter),
             QKeySequence(Qt.Key.Key_F2)], table, first_view)
        self.up_action = make_action(
            self, self.tr("Om&hoog"), lambda: self.move_selected_by(-1),
            [QKeySequence("Ctrl+Up")], table, first_view)
        self.down_action = make_action(
            self, self.tr("Om&laag"), lambda: self.move_selected_by(1),
            [QKeySequence("Ctrl+Down")], table, first_view)
        self.move_action = make_action(
            self, self.tr("Naar ander &blok"), self.move_to_other_block,
            [QKeySequence("Ctrl+M")], page)
        self.defer_action = make_action(
            self, self.tr("&Uitstellen…"), self.defer_selected, [QKeySequence("Ctrl+D")], page)
        self.withdraw_action = make_action(
            self, self.tr("&Intrekken…"), self.withdraw_selected,
            [QKeySequence(QKeySequence.StandardKey.Delete)], table, first_view)
        self.history_action = make_action(
            self, self.tr("&Geschiedenis"), self.show_history, [QKeySequence("Ctrl+H")], page)
        self.proposals_action = make_action(
            self, self.tr("Voorstel evaluaties"), lambda: None, [QKeySequence("Ctrl+E")], page)
        self.proposals_action.setCheckable(True)
        self.proposals_action.toggled.connect(self._on_proposals_toggled)
        self.proposals_action.triggered.connect(self._remember_proposals_choice)
        self.up_action.setIcon(arrow_icon(up=True))
        self.down_action.setIcon(arrow_icon(up=False))
        for action in (self.edit_action, self.up_action, self.down_action,
                       self.withdraw_action):
            self.panels[Block.ACUUT].view.addAction(action)
        tips = {
            self.new_action: self.tr("Een agendapunt aanmelden voor deze vergadering"),
            self.edit_action: self.tr("Het gekozen agendapunt bekijken en wijzigen"),
            self.up_action: self.tr("Het gekozen punt eerder in het blok bespreken"),
            self.down_action: self.tr("Het gekozen punt later in het blok bespreken"),
            self.move_action: self.tr("Het gekozen punt naar het andere blok verplaatsen "
                                      "(onderaan)"),
            self.defer_action: self.tr("Uitstellen naar de volgende vergadering; alles wat is "
                                       "ingevuld blijft bewaard"),
            self.withdraw_action: self.tr("Het gekozen punt van de agenda halen"),
            self.history_action: self.tr("Wie wat wanneer aan dit punt heeft gewijzigd"),
            self.proposals_action: self.tr("Cliënten die aan de beurt zijn voor evaluatie "
                                           "tonen of verbergen"),
        }
        for action, tip in tips.items():
            widgets.set_tooltip_with_shortcut(action, tip)

    def item_actions(self) -> list[QAction]:
        return [self.new_action, self.edit_action, self.up_action, self.down_action,
                self.move_action, self.defer_action, self.withdraw_action,
                self.history_action]

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in self.item_actions():
            menu.addAction(action)
            if action in (self.new_action, self.down_action, self.withdraw_action):
                menu.addSeparator()
        return menu

    def _show_context_menu(self, panel: BlockPanel, pos: QPoint) -> None:
        index = panel.view.indexAt(pos)
        if index.isValid():
            panel.select_row(index.row())
        menu = self.context_menu()
        menu.exec(panel.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- proposals -----------------------------------------------------------
    @property
    def proposals(self) -> ProposalsPanel:
        """The proposal panel, built on first use."""
        if self._proposals is None:
            from .proposals import ProposalsPanel

            panel = ProposalsPanel(self.store, self.by, self.proposal_model)
            panel.itemsAccepted.connect(self._select_accepted)
            layout = self.proposals_slot.layout()
            assert layout is not None
            layout.addWidget(panel)
            self._proposals = panel
        return self._proposals

    def set_proposals_visible(self, visible: bool) -> None:
        self.proposals_action.setChecked(visible)

    def _on_proposals_toggled(self, visible: bool) -> None:
        self.proposals_slot.setVisible(visible)
        if visible:
            self.proposals.show()  # built the first time
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
        fitting = self.proposal_model.rowCount()
        also = self.proposal_model.also_due
        self.proposals_action.setText(self.tr("Voorstel evaluaties (%1)")
                                      .replace("%1", str(fitting)))
        widgets.set_tooltip_with_shortcut(self.proposals_action, self.tr(
            "%1 cliënten zijn aan de beurt voor evaluatie en passen nog in de tijd; nog %2 "
            "passen er niet meer bij. Klik om het voorstel te tonen of te verbergen.")
            .replace("%1", str(fitting)).replace("%2", str(also)))

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
        try:
            items.carry_over(self.store)
            settings = team_settings.load(self.store)
            consultations.return_due(self.store, meetings.upcoming_date(self.store, settings))
        except (StoreError, ValidationError):
            pass  # tried again at the next refresh; the agenda still shows

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
            try:
                self.plan = agenda.plan(self.store)
                settings = team_settings.load(self.store)
            except StoreError as error:
                self.status.show_message(describe_store_error(error))
                return
            self._show_plan(self.plan, settings)
        finally:
            self._refreshing = False

    def _show_plan(self, plan: agenda.AgendaPlan, settings: team_settings.TeamSettings) -> None:
        start = dt.datetime.combine(plan.date, plan.start)
        end = start + dt.timedelta(minutes=plan.meeting_minutes)
        self.title.setText(self.tr("Agenda voor %1, %2–%3")
                           .replace("%1", labels.long_date(plan.date))
                           .replace("%2", labels.clock_time(start))
                           .replace("%3", labels.clock_time(end)))
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

    def _update_actions(self) -> None:
        writable = not self.store.read_only
        found = self.selected()
        self.new_action.setEnabled(writable)
        self.history_action.setEnabled(found is not None)
        for action in (self.edit_action, self.move_action, self.defer_action,
                       self.withdraw_action):
            action.setEnabled(writable and found is not None)
        row = found[0].model.row_of(found[1].id) if found else -1
        count = found[0].model.rowCount() if found else 0
        self.up_action.setEnabled(writable and row > 0)
        self.down_action.setEnabled(writable and 0 <= row < count - 1)
        if found is not None and writable:
            other = labels.block_name(self._other(found[1].block)).lower()
            widgets.set_tooltip_with_shortcut(self.move_action, self.tr(
                "Het gekozen punt onderaan bij %1 zetten").replace("%1", other))

    def _apply_read_only(self) -> None:
        if not self.store.read_only:
            return
        text = widgets.read_only_text(self.store)
        self.read_only_label.show_message(self.tr(
            "U kunt de agenda bekijken, maar niet wijzigen: het bestand is alleen-lezen."))
        self.read_only_label.setToolTip(text)
        for action in self.item_actions():
            action.setToolTip(text)

    @staticmethod
    def _other(block: Block) -> Block:
        return Block.ACUUT if block is Block.LOPEND else Block.LOPEND

    # -- commands ------------------------------------------------------------
    def _operate(self, operation: Callable[[], T]) -> T | None:
        """Run a domain operation; problems are shown in Dutch and nothing is lost."""
        try:
            return common.run_operation(self, operation)
        except ConflictError as error:
            who = error.current.updated_by or self.tr("iemand anders")
            common.show_error(self, self.tr(
                "Dit agendapunt is intussen gewijzigd door %1. Er is niets veranderd; "
                "bekijk het punt opnieuw en probeer het dan nog eens.").replace("%1", who))
            return None

    def new_item(self) -> None:
        if self.store.read_only:
            return
        from .item_dialog import ItemDialog

        item = ItemDialog.ask(self.store, parent=self)
        if item is not None:
            self.select_item(item.id)
            self.status.show_message(self.tr("Agendapunt over %1 is aangemeld.")
                                     .replace("%1", item.client_reference))

    def edit_selected(self) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        from .item_dialog import ItemDialog

        item = ItemDialog.ask(self.store, item=found[1], parent=self)
        if item is None:
            return
        if item.status is ItemStatus.WITHDRAWN:  # the dialog can withdraw too
            self.status.show_message(self.tr("Het agendapunt over %1 is ingetrokken.")
                                     .replace("%1", item.client_reference))
            return
        self.select_item(item.id)
        self.status.show_message(self.tr("Agendapunt over %1 is opgeslagen.")
                                 .replace("%1", item.client_reference))

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
        self.status.show_message(self.tr("%1 staat nu onderaan bij %2.")
                                 .replace("%1", moved.client_reference)
                                 .replace("%2", labels.block_name(target).lower()))

    def defer_selected(self) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        panel, item = found
        try:
            settings = team_settings.load(self.store)
        except StoreError as error:
            common.show_error(self, describe_store_error(error))
            return
        next_date = meetings.next_meeting_date(settings, item.meeting_date, inclusive=False)
        question = (self.tr("Het agendapunt over %1 uitstellen naar de vergadering van %2?")
                    .replace("%1", item.client_reference)
                    .replace("%2", labels.long_date(next_date)))
        kept = self.tr("Alles wat is ingevuld blijft bewaard: de vraag, de stand van het "
                       "proces, de minuten en het voorstel. Het punt komt daar onderaan "
                       "het blok %1.").replace("%1", labels.block_name(item.block).lower())
        if not widgets.confirm(self, self.tr("Uitstellen"), question + "\n\n" + kept,
                               self.tr("Uitstellen")):
            return
        row = panel.model.row_of(item.id)
        deferred = self._operate(lambda: items.defer_item(self.store, item.id, by=self.by()))
        if deferred is None:
            return
        panel.select_row(row, focus=True)
        self.status.show_message(self.tr("%1 is uitgesteld naar %2; de inhoud is bewaard.")
                                 .replace("%1", deferred.client_reference)
                                 .replace("%2", labels.long_date(deferred.meeting_date)))

    def withdraw_selected(self) -> None:
        found = self.selected()
        if found is None or self.store.read_only:
            return
        panel, item = found
        if not widgets.confirm(
                self, self.tr("Intrekken"),
                self.tr("Het agendapunt over %1 intrekken? Het verdwijnt van de agenda; in "
                        "de geschiedenis blijft staan wie het wanneer heeft ingetrokken.")
                .replace("%1", item.client_reference), self.tr("Intrekken")):
            return
        row = panel.model.row_of(item.id)
        withdrawn = self._operate(lambda: items.withdraw_item(
            self.store, item.id, by=self.by(), expected_version=item.version))
        if withdrawn is None:
            return
        panel.select_row(row, focus=True)
        self.status.show_message(self.tr("Het agendapunt over %1 is ingetrokken.")
                                 .replace("%1", withdrawn.client_reference))

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
