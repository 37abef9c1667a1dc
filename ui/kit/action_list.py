"""A compact list of agreed actions (rule 13, docs/rules.md): client, what, owner and
date, an overdue one marked in colour *and* words ("3 dagen te laat"), and for an open
one the buttons Gedaan and Vervalt (Tab reaches them, Enter or Space presses them).
Anyone may close an action: it is closed in the name of "Ik ben", or, when nobody is
chosen there, of the member picked in a small dialog. A closed one, when shown, says who
closed it and when. The list reloads itself whenever the store's actions change, here
or by a colleague's close.

Used by the terugblik on the chair's screen, the client's history and the agenda's
notice of overdue actions; never on the projector.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vergadering import actions, members
from vergadering.actions import Action, ActionState
from vergadering.store import Change, Store

from .. import common, identity
from ..i18n import fill, tr
from ..table_model import subscribe_while_alive
from . import palette, words

Loader = Callable[[Store], list[Action]]
RELOAD_ON = ("action", "member", "client")

STYLE = f"""
QFrame#actionRow {{ background: {palette.WHITE}; border: 1px solid {palette.BORDER};
    border-left: 4px solid {palette.BORDER}; border-radius: 4px; }}
QFrame#actionRow[overdue="true"] {{ border-left: 4px solid {palette.DANGER}; }}
QFrame#actionRow[closed="true"] {{ background: {palette.PANEL_LIGHT}; }}
QFrame#actionRow QLabel {{ background: transparent; border: none; color: {palette.INK}; }}
QPushButton#actionButton {{ padding: 2px 10px; }}
QLabel#actionsEmpty {{ color: {palette.HINT}; }}
QScrollArea#actionScroll, QWidget#actionRows {{ background: transparent; }}
"""


def state_text(action: Action) -> str:
    """``gedaan door Anna de Vries op 01-12-2026 14:05``; for an open one the empty text."""
    if action.state is ActionState.OPEN:
        return ""
    by = action.closed_by or tr("onbekend")
    when = words.moment(action.closed_at) if action.closed_at else ""
    return fill(tr("%1 door %2 op %3"), words.action_state(action.state), by, when)


def meta_text(action: Action, today: dt.date) -> str:
    """``Bram Bakker · uiterlijk 01-12-2026 · 3 dagen te laat`` (open) or ``Bram Bakker ·
    uiterlijk 01-12-2026 · gedaan door … op …`` (closed); names are never broken."""
    parts = [action.owner, fill(tr("uiterlijk %1"), words.date(action.due))]
    if action.state is ActionState.OPEN:
        parts.append(words.relative_due(action.due, today))
    else:
        parts.append(state_text(action))
    return " · ".join(_no_break(part) for part in parts)  # wraps between the parts


class ActionRow(QFrame):
    """One action on one line when there is room (it wraps when not), the buttons to
    close it on the right."""

    def __init__(self, action: Action, today: dt.date, *, show_client: bool,
                 read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setObjectName("actionRow")
        overdue = action.overdue_on(today)
        closed = action.state is not ActionState.OPEN
        self.setProperty("overdue", overdue)
        self.setProperty("closed", closed)
        self.client = action.client_reference if show_client else ""
        self.what = action.what
        self.meta = meta_text(action, today)
        meta_color = (palette.DANGER if overdue else
                      palette.MUTED_TEXT if closed else palette.INK_SOFT)
        what_color = palette.MUTED_TEXT if closed else palette.INK
        parts = [f"<b>{html.escape(self.client)}</b>&nbsp;&nbsp;"] if self.client else []
        parts.append(f'<span style="color:{what_color}">{html.escape(self.what)}</span>')
        weight = "font-weight:600;" if overdue else ""
        parts.append(f' &nbsp;<span style="color:{meta_color};{weight}">'
                     f"{html.escape(self.meta)}</span>")
        self.label = QLabel("".join(parts))
        self.label.setObjectName("actionText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 6, 3)
        layout.setSpacing(6)
        layout.addWidget(self.label, 1)
        self.done_button = QPushButton(tr("Gedaan"))
        self.drop_button = QPushButton(tr("Vervalt"))
        for button, name, tip in (
                (self.done_button, tr("Gedaan"), tr("Deze actie is uitgevoerd.")),
                (self.drop_button, tr("Vervalt"), tr("Deze actie is niet meer nodig."))):
            button.setObjectName("actionButton")
            button.setAccessibleName(f"{name}: {action.client_reference} {action.what}")
            button.setToolTip(tip if not read_only else tr(
                "De database is alleen-lezen: acties afsluiten kan hier niet."))
            button.setAutoDefault(False)
            button.setEnabled(not read_only)
            button.setVisible(not closed)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)

    def texts(self) -> str:
        """What the row says, in one line (for tests and screen readers)."""
        shown = [self.client] if self.client else []
        return " — ".join([*shown, self.what, self.meta.replace("\u00a0", " ")])


def _no_break(name: str) -> str:
    """A person's name is never broken over two lines."""
    return name.replace(" ", "\u00a0")


class MemberChoiceDialog(QDialog):
    """Who closes the action, when nobody is chosen under "Ik ben": the active members."""

    def __init__(self, choices: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wie sluit de actie af?"))
        label = QLabel(self.tr(
            "Op deze computer is bij 'Ik ben' (Agenda) niemand gekozen. Kies in wiens naam "
            "deze actie wordt afgesloten:"))
        label.setWordWrap(True)
        self.combo = QComboBox()
        for member_id, name in choices:
            self.combo.addItem(name, member_id)
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Afsluiten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.combo.setFocus()

    def chosen(self) -> int | None:
        data = self.combo.currentData()
        return data if isinstance(data, int) else None

    @classmethod
    def ask(cls, choices: list[tuple[int, str]], parent: QWidget | None) -> int | None:
        """The chosen member, or None when the user cancelled (tests replace this)."""
        dialog = cls(choices, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def closing_member(store: Store, parent: QWidget | None) -> int | None:
    """The member in whose name an action is closed: "Ik ben", else asked. None (after
    saying why, when there is nobody to choose) when there is none."""
    chosen = identity.current_member(store)
    if chosen is not None:
        return chosen
    active = members.list_members(store, include_inactive=False)
    if not active:
        common.show_error(parent, tr("Er is geen actief teamlid om de actie op naam te zetten. "
                                     "Voeg eerst een teamlid toe onder Team."))
        return None
    return MemberChoiceDialog.ask([(m.id, m.name) for m in active], parent)


class ActionList(QWidget):
    """The actions ``load`` gives, open ones first (overdue ones at the top), then
    closed ones. ``max_height`` (px): higher lists scroll inside it. ``reloaded`` is
    emitted after each reload (``actions`` is then what is shown)."""

    reloaded = Signal()

    def __init__(self, store: Store, load: Loader, *, show_client: bool = True,
                 empty_text: str = "", max_height: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._load = load
        self._show_client = show_client
        self._max_height = max_height
        self.actions: list[Action] = []
        self.rows: list[ActionRow] = []
        self.setStyleSheet(STYLE)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("actionsEmpty")
        self.empty.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.ERROR};")
        self.problem.hide()
        self._content = QWidget()
        self._content.setObjectName("actionRows")
        self._rows_layout = QVBoxLayout(self._content)
        self._rows_layout.setContentsMargins(0, 0, 4, 0)
        self._rows_layout.setSpacing(4)
        self._rows_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("actionScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons take the focus
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)
        self.scroll.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)
        subscribe_while_alive(self, store, self._on_change)
        self.reload()

    # -- loading ------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.affects(*RELOAD_ON):
            self._timer.start()  # once for all changes of one operation

    def reload(self) -> None:
        """Read the actions again; a storage problem keeps what is shown and says so."""
        self._timer.stop()
        found = common.load(lambda: self._load(self.store), self._show_problem)
        if found is None:
            return
        self.problem.hide()
        today = self.store.clock.today()
        self.actions = sorted(found, key=lambda a: (a.state is not ActionState.OPEN,
                                                    not a.overdue_on(today), a.due, a.id))
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()  # out of the Tab chain at once
            row.deleteLater()
        self.rows = []
        for position, action in enumerate(self.actions):
            row = ActionRow(action, today, show_client=self._show_client,
                            read_only=self.store.read_only)
            row.done_button.clicked.connect(lambda _=False, a=action.id: self.close_action(
                a, ActionState.DONE))
            row.drop_button.clicked.connect(lambda _=False, a=action.id: self.close_action(
                a, ActionState.DROPPED))
            self._rows_layout.insertWidget(position, row)
            row.show()  # at once (a layout shows a new child only when the loop turns)
            self.rows.append(row)
        buttons = [b for row in self.rows for b in (row.done_button, row.drop_button)]
        for before, after in zip(buttons, buttons[1:], strict=False):
            QWidget.setTabOrder(before, after)  # row by row, as read
        self.empty.setVisible(not self.actions and bool(self.empty.text()))
        self.scroll.setVisible(bool(self.actions))
        self._fit_height()
        self.reloaded.emit()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _fit_height(self) -> None:
        """Only as high as the rows need, up to ``max_height``."""
        if self._max_height is None:
            return
        width = self.scroll.viewport().width() if self.isVisible() else self.width()
        layout = self._rows_layout
        needs = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                 else layout.totalSizeHint().height())
        self.scroll.setFixedHeight(max(0, min(needs, self._max_height)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # wrapped rows are higher when narrower

    # -- closing ------------------------------------------------------------------
    def close_action(self, action_id: int, state: ActionState) -> bool:
        """Close one action in the name of "Ik ben" (or the member asked for). A problem
        (closed already by a colleague, a read-only or busy file) is shown in Dutch; the
        list then shows what the file has now."""
        by = closing_member(self.store, self)
        if by is None:
            return False
        position = next((n for n, a in enumerate(self.actions) if a.id == action_id), 0)
        done = common.run_operation(
            self, lambda: actions.close(self.store, action_id, state, by), store=self.store)
        self.reload()  # also after a problem: a colleague's close shows at once
        self._focus_near(position)
        return done is not None

    def _focus_near(self, position: int) -> None:
        """Keep the keyboard in the list: on the open row now at ``position``, or the
        nearest open one before it."""
        open_rows = [n for n, row in enumerate(self.rows)
                     if row.action.state is ActionState.OPEN and row.done_button.isEnabled()]
        if not open_rows:
            return
        at = max([n for n in open_rows if n <= position] or [open_rows[0]])
        target = self.rows[at].done_button
        if self.isVisible():
            target.setFocus()
            self.scroll.ensureWidgetVisible(target)

    # -- for tests and callers ----------------------------------------------------
    def row_texts(self) -> list[str]:
        return [row.texts() for row in self.rows]

    def row_for(self, action_id: int) -> ActionRow:
        return next(row for row in self.rows if row.action.id == action_id)

    def overdue_count(self) -> int:
        today = self.store.clock.today()
        return sum(1 for a in self.actions if a.overdue_on(today))
