"""Small building blocks shared by the team tabs: inline messages, form rows and the
problems shown under them, a table of records, buttons that follow an action and a
confirmation question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from vergadering.dates import format_nl
from vergadering.problems import Problem
from vergadering.store import Store, StoreError, StoreProblem

from ..i18n import tr
from ..messages import describe, describe_store_error
from . import palette, words

ERROR_COLOR = palette.ERROR
ERROR_BACKGROUND = palette.ERROR_BACKGROUND



class MessageLabel(QLabel):
    """A wrapped line of text under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None, *, error: bool = True) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if error:
            self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")
        self.hide()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input that has a problem (the message sits under it): a red border on a
    line edit, a tinted text area in a spin box (a border there breaks its arrows)."""
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit)
        if inner is not None:
            inner.setStyleSheet(f"QLineEdit {{ background: {ERROR_BACKGROUND}; }}"
                                if invalid else "")
    elif isinstance(widget, QLineEdit):
        widget.setStyleSheet(
            f"QLineEdit {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}"
            if invalid else "")


def show_field_problems(problems: Iterable[Problem], errors: Mapping[str, MessageLabel],
                        fields: Mapping[str, QWidget], general: MessageLabel) -> QWidget | None:
    """Show each problem under its field and mark the field; problems about no field
    in ``errors`` go to ``general``. Clears what was shown before. Returns the first
    field with a problem (to put the focus there), or None."""
    for error in errors.values():
        error.clear()
    for field in fields.values():
        mark_invalid(field, False)
    first: QWidget | None = None
    other: list[str] = []
    for problem in problems:
        label = errors.get(problem.field)
        if label is None:
            other.append(describe(problem))
            continue
        label.show_message("\n".join(filter(None, (label.text(), describe(problem)))))
        mark_invalid(fields[problem.field], True)
        first = first or fields[problem.field]
    general.show_message("\n".join(other))
    return first


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """An explanation next to a field, in the normal font size (it must stay readable)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def form_grid(parent: QWidget | None = None) -> QGridLayout:
    """Labels in column 0, fields in column 1 (a grid keeps wrapped messages tight,
    where QFormLayout leaves gaps around them)."""
    grid = QGridLayout(parent)
    grid.setColumnStretch(1, 1)
    return grid


def add_form_row(grid: QGridLayout, text: str, field: QWidget, *,
                 trailing: QWidget | None = None, hint: str = "",
                 stretch: bool = True) -> tuple[QLabel, MessageLabel]:
    """Add ``field`` with its label, then (under the field) a hint and an error line.

    The error line is a row of its own, so a hidden one takes no space and the
    label stays level with its field. Returns the label and the error line.
    """
    row = grid.rowCount()
    label = QLabel(text)
    label.setBuddy(field)
    grid.addWidget(label, row, 0)
    if trailing is None and not stretch:
        grid.addWidget(field, row, 1)
    else:
        line = QHBoxLayout()
        line.addWidget(field, 0 if stretch else 1)
        if trailing is not None:
            line.addWidget(trailing)
        if stretch:
            line.addStretch(1)
        grid.addLayout(line, row, 1)
    if hint:
        add_field_only_row(grid, hint_label(hint))
    error = MessageLabel()
    add_field_only_row(grid, error)
    return label, error


def add_field_only_row(grid: QGridLayout, widget: QWidget) -> None:
    """A row with nothing in the label column; it takes no space while hidden."""
    grid.addWidget(widget, grid.rowCount(), 1)


def record_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of records: one whole row selected at a time, alternating row
    colours, no row numbers, columns as wide as their contents."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def make_action(owner: QWidget, text: str, slot: Callable[[], object],
                keys: list[QKeySequence] | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
                widget: QWidget | None = None) -> QAction:
    """A command with its shortcuts, active while focus is in ``widget`` (default
    ``owner``; ``context`` says whether its children count too)."""
    action = QAction(text, owner)
    if keys:
        action.setShortcuts(keys)
        action.setShortcutContext(context)
        (widget or owner).addAction(action)
    action.triggered.connect(lambda: slot())
    return action


def action_button(action: QAction, parent: QWidget | None = None) -> QPushButton:
    """A push button that shows, enables and triggers ``action``."""
    button = QPushButton(parent)

    def sync() -> None:
        if shiboken6.isValid(button):
            button.setText(action.text())
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

    action.changed.connect(sync)
    button.clicked.connect(action.trigger)
    sync()
    return button


def set_tooltip_with_shortcut(action: QAction, text: str) -> None:
    keys = words.key_names(action.shortcuts())
    action.setToolTip(f"{text} ({keys})" if keys else text)


def read_only_text(store: Store) -> str:
    return describe_store_error(StoreError(StoreProblem.READ_ONLY, store.path))


def grow_to_fit(window: QWidget) -> None:
    """Make a shown dialog taller when messages appeared in it (never smaller: the
    user may have resized it). Wrapped labels do not raise a window's minimum size."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if needed > window.height():
        window.resize(width, needed)


def keep_on_screen(window: QWidget) -> None:
    """Move a window that grew past the bottom of its screen up, as far as needed (never
    above the top): a dialog centred while small stays whole when messages appear."""
    screen = window.screen()
    if screen is None or not window.isVisible():
        return
    area = screen.availableGeometry()
    over = window.frameGeometry().bottom() - area.bottom()
    if over > 0:
        window.move(window.x(), max(area.top(), window.y() - over))


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    """Ask a yes/no question with a verb on the button; tests replace this function."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def quick_date_buttons(layout: QHBoxLayout, choices: Iterable[tuple[str, dt.date]],
                       choose: Callable[[dt.date], None]) -> dict[dt.date, QPushButton]:
    """One checkable "quick" button per (text, day) in ``layout``, its tooltip the Dutch
    date; clicking one calls ``choose(day)``. The buttons, by day."""
    buttons: dict[dt.date, QPushButton] = {}
    for text, day in choices:
        button = QPushButton(text)
        button.setObjectName("quick")
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setToolTip(format_nl(day))
        button.clicked.connect(lambda _checked=False, d=day: choose(d))
        buttons[day] = button
        layout.addWidget(button)
    return buttons


class _InstantMnemonic(QObject):
    """Qt presses a button for its Alt+letter with a 0.1 s animation, and only then does
    what the button does; what is typed meanwhile goes to the button (lost) or to the
    field before. This presses it at once: focus to the button, then its click."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.Type.Shortcut and isinstance(watched, QAbstractButton)
                and watched.isEnabled() and not event.isAmbiguous()):  # type: ignore[attr-defined]
            watched.setFocus(Qt.FocusReason.ShortcutFocusReason)
            watched.click()
            return True
        return False


def instant_mnemonics(root: QWidget) -> None:
    """Every button under ``root`` does its Alt+letter at once, so typing straight after
    it lands in the field the button leads to (forms that are filled in by keyboard)."""
    presser = root.findChild(_InstantMnemonic) or _InstantMnemonic(root)
    for button in root.findChildren(QAbstractButton):
        button.installEventFilter(presser)
