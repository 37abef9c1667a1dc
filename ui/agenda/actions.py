"""The agenda page's commands as actions: the tool bar with its look, the context menu,
the shortcuts and tooltips, and which command is possible for the chosen item. A mixin of
:class:`ui.agenda.page.AgendaPage`, which holds the panels and the command slots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QMenu

from vergadering.settings import Block

from ..i18n import fill
from ..kit import palette, widgets, words
from ..kit.plan_view import BlockPanel
from ..kit.widgets import make_action

if TYPE_CHECKING:
    from .page import AgendaPage

    _Base = AgendaPage
else:
    _Base = object

TOOLBAR_STYLE = f"""
QToolBar#agendaTools {{ border: none; background: transparent; spacing: 5px; }}
QToolBar#agendaTools QToolButton {{ border: 1px solid {palette.BORDER_STRONG}; border-radius: 4px;
    background: {palette.WHITE}; color: {palette.INK}; padding: 4px 7px; }}
QToolBar#agendaTools QToolButton:hover {{ background: {palette.HOVER}; }}
QToolBar#agendaTools QToolButton:disabled {{ color: {palette.DISABLED_TEXT};
    border-color: {palette.BORDER}; }}
QToolBar#agendaTools QToolButton#primary {{ background: {palette.ACCENT}; color: {palette.WHITE};
    border-color: {palette.ACCENT_DARK}; font-weight: 600; padding: 4px 10px; }}
QToolBar#agendaTools QToolButton#primary:disabled {{ background: {palette.ACCENT_DISABLED};
    border-color: {palette.ACCENT_DISABLED}; }}
QToolBar#agendaTools QToolButton#qt_toolbar_ext_button {{ padding: 0; min-width: 22px; }}
"""


def arrow_icon(*, up: bool) -> QIcon:
    """A plain triangle, clearly lighter when disabled (the style's arrows hardly are)."""
    icon = QIcon()
    for mode, color in ((QIcon.Mode.Normal, palette.INK),
                        (QIcon.Mode.Disabled, palette.DISABLED_ICON)):
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


class AgendaActions(_Base):
    """The actions of the agenda page and when they are enabled."""

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
            other = words.block_name(self._other(found[1].block)).lower()
            widgets.set_tooltip_with_shortcut(self.move_action, fill(self.tr(
                "Het gekozen punt onderaan bij %1 zetten"), other))

    def _apply_read_only(self) -> None:
        if not self.store.read_only:
            return
        text = widgets.read_only_text(self.store)
        self.read_only_label.show_message(self.tr(
            "U kunt de agenda bekijken, maar niet wijzigen: het bestand is alleen-lezen."))
        self.read_only_label.setToolTip(text)
        for action in self.item_actions():
            action.setToolTip(text)
