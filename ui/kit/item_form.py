"""Building blocks of the item form: labelled rows with an instruction above the field
and the problem under it, groups of radio buttons, text areas with a character
counter, and a form that scrolls on a small screen while its dialog grows to fit."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import count, fill, tr
from . import widgets
from .widgets import ERROR_COLOR, MessageLabel, form_grid

_INVALID_BORDER = f"border: 2px solid {ERROR_COLOR}; border-radius: 3px;"
CHOICES = "choices"  # the object name of a group of radio buttons


class FormRows:
    """A grid of labelled fields; keeps each field's error line by field name."""

    def __init__(self) -> None:
        self.grid: QGridLayout = form_grid()
        self.grid.setVerticalSpacing(4)
        self.grid.setHorizontalSpacing(12)
        self.errors: dict[str, MessageLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.labels: list[QLabel] = []

    def add(self, text: str, field: QWidget, name: str, *, trailing: QWidget | None = None,
            above: QWidget | None = None, under: QWidget | None = None,
            stretch: bool = True, focus: QWidget | None = None) -> QLabel:
        """The label, then ``above`` (an instruction to read before typing), the field
        with ``trailing`` beside it, ``under`` it, and its error line."""
        grid = self.grid
        row = grid.rowCount()
        label = QLabel(text)
        label.setBuddy(focus or field)
        self.labels.append(label)
        tall = above is not None or isinstance(field, QFrame)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if tall
                       else Qt.AlignmentFlag.AlignVCenter)
        if above is not None:
            grid.addWidget(above, row, 1)
            row += 1
        if trailing is None and stretch:
            grid.addWidget(field, row, 1)
        else:
            line = QHBoxLayout()
            line.addWidget(field)
            if trailing is not None:
                line.addSpacing(8)
                line.addWidget(trailing)
            line.addStretch(1)
            grid.addLayout(line, row, 1)
        if under is not None:
            grid.addWidget(under, grid.rowCount(), 1)
        error = MessageLabel()
        grid.addWidget(error, grid.rowCount(), 1)
        self.errors[name] = error
        self.fields[name] = field
        return label

    def keep_label_column(self, width: int) -> None:
        """At least ``width`` wide, so the fields do not shift when a label changes."""
        widest = max([label.sizeHint().width() for label in self.labels] + [width])
        self.grid.setColumnMinimumWidth(0, widest)


def choices(group: QButtonGroup, buttons: Iterable[QRadioButton]) -> QFrame:
    """Radio buttons under each other, in a frame that can be marked as a whole."""
    frame = QFrame()
    frame.setObjectName(CHOICES)
    box = QVBoxLayout(frame)
    box.setContentsMargins(4, 2, 4, 2)
    box.setSpacing(2)
    for button in buttons:
        group.addButton(button)
        box.addWidget(button)
    return frame


def set_choice(group: QButtonGroup, buttons: dict[object, QRadioButton],
               value: object) -> None:
    """Check the button of ``value``, or none at all when no button has that value."""
    group.setExclusive(False)  # an exclusive group cannot go back to "none chosen"
    for key, button in buttons.items():
        button.setChecked(key is value)
    group.setExclusive(True)


def text_area(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.ensurePolished()
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def counter() -> QLabel:
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def show_count(label: QLabel, text: str, maximum: int) -> None:
    """``123 / 500``; past the limit in red with how much too long, in words too.
    Counts what will be stored (surrounding spaces and blank lines do not count)."""
    length = len(text.strip())
    if length > maximum:
        label.setText(fill(count(length - maximum, tr("%1 / %2: %n teken te veel"),
                                 tr("%1 / %2: %n tekens te veel")), length, maximum))
        label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")
    else:
        label.setText(f"{length} / {maximum}")
        label.setStyleSheet("")


def mark_invalid(field: QWidget, invalid: bool) -> None:
    """A red border on a text area or a group of choices; else as the team forms do."""
    if isinstance(field, QPlainTextEdit):
        field.setStyleSheet(f"QPlainTextEdit {{ {_INVALID_BORDER} }}" if invalid else "")
    elif isinstance(field, QFrame) and field.objectName() == CHOICES:
        field.setStyleSheet(f"QFrame#{CHOICES} {{ {_INVALID_BORDER} }}" if invalid else "")
    elif isinstance(field, QComboBox):
        # A list to choose from: a red border, with room for its text and arrow.
        field.setStyleSheet(f"QComboBox {{ {_INVALID_BORDER} padding: 2px 6px; }}"
                            if invalid else "")
    else:
        widgets.mark_invalid(field, invalid)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area on the dialog's background that never
    makes it narrower than its fields."""
    content.setObjectName("scrolledForm")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    scroll.setStyleSheet("QScrollArea, QWidget#scrolledForm { background: transparent; }")
    scroll.viewport().setAutoFillBackground(False)
    bar = scroll.style().pixelMetric(scroll.style().PixelMetric.PM_ScrollBarExtent)
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + 4)
    return scroll


def fit_height(dialog: QDialog, scroll: QScrollArea) -> None:
    """Make ``dialog`` tall enough for everything in ``scroll``, as far as the screen
    allows (then the form scrolls); never smaller, since the user may have resized it.
    Wrapped labels do not raise a window's minimum height by themselves."""
    layout = dialog.layout()
    content = scroll.widget().layout()
    if layout is None or content is None:
        return
    layout.activate()
    margins = layout.contentsMargins()
    inner = dialog.width() - margins.left() - margins.right()
    form_height = (content.totalHeightForWidth(inner) if content.hasHeightForWidth()
                   else content.totalSizeHint().height())
    outer = (layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth()
             else layout.totalSizeHint().height())
    needed = outer - scroll.sizeHint().height() + form_height + 2
    screen = dialog.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height() - 40)
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
