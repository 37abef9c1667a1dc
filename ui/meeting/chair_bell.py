"""The belletje on the chair's screen: the bell box (the big button, the count on the
current item, the optional reason chips and, without a sound device, the word that it
is silent) and what the page does when it rings: the sound on the chair's laptop, the
reason, and the keys that ring it — also while a dialog is open over the chair's screen
(:class:`DialogBell`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vergadering import run
from vergadering.timeline import BellReason

from ..kit import chair_text, words
from . import chair_actions
from .bell import is_bell_key
from .chair_actions import tool_button
from .chair_badge import bell_icon
from .chair_style import plain_label

if TYPE_CHECKING:
    from .chair import MeetingPage

    _Base = MeetingPage
else:
    _Base = object


class BellBox(QWidget):
    """The big bell button, the count on the current item and, after a ring, the chips
    to say why (optional)."""

    reasonChosen = Signal(object)  # noqa: N815 (Qt naming) — a BellReason

    def __init__(self, ring: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ring.setIcon(bell_icon(40))
        self.button = tool_button(ring, "bellButton")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setIconSize(QSize(40, 40))
        self.count = plain_label("bellCount")
        self.question = plain_label("bellQuestion", self.tr("Waarom gebeld?"))
        self.question.setToolTip(self.tr("Mag leeg blijven. Wie belde wordt niet vastgelegd."))
        self.chips: dict[BellReason, QPushButton] = {}
        chips_row = QHBoxLayout()
        chips_row.setContentsMargins(0, 0, 0, 0)
        chips_row.addWidget(self.question)
        for reason in BellReason:
            chip = QPushButton(words.bell_reason(reason))
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setAutoDefault(False)
            chip.clicked.connect(lambda _checked=False, r=reason: self.reasonChosen.emit(r))
            self.chips[reason] = chip
            chips_row.addWidget(chip)
        chips_row.addStretch(1)
        self.chips_box = QWidget()
        self.chips_box.setLayout(chips_row)
        self.chips_box.hide()

        # Without a sound device: said here for as long as the meeting runs (never a
        # message box: the meeting goes on).
        self.silent = plain_label("bellSilent", wrap=True)
        self.silent.hide()

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.count)
        column.addWidget(self.chips_box)
        column.addWidget(self.silent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.button)
        layout.addLayout(column, 1)

    def show_count(self, count: int, has_item: bool) -> None:
        self.count.setText(chair_text.bell_count(count) if has_item and count else "")

    def offer_reasons(self) -> None:
        for chip in self.chips.values():
            chip.setChecked(False)
        self.chips_box.show()

    def mark_reason(self, reason: BellReason) -> None:
        for key, chip in self.chips.items():
            chip.setChecked(key is reason)

    def hide_reasons(self) -> None:
        self.chips_box.hide()

    def show_silent(self, text: str) -> None:
        """Say that the bell makes no sound on this computer (empty: it does)."""
        self.silent.setText(text)
        self.silent.setVisible(bool(text))


class ChairBell(_Base):
    """The bell's slots of :class:`ui.meeting.chair.MeetingPage`."""

    def choose_bell_keys(self) -> None:
        from .bell_keys_dialog import BellKeysDialog

        if BellKeysDialog.ask(self) is not None:
            self.bell_action.setShortcuts(chair_actions.bell_keys())

    def ring_bell(self) -> bool:
        if not self.bell_action.isEnabled():
            return False
        # Counted in the store, then both windows sound and flash (the controller's
        # signal); a problem is shown here, the ring not heard.
        return self._operate(self.controller.ring_bell) is not None

    def _on_bell(self, reason: BellReason | None) -> None:
        self._play_bell()
        if reason is None:
            self.current.bell.offer_reasons()

    def _play_bell(self) -> None:
        """The chair's laptop sounds the bell too: the projector may not be shown. (Both
        windows asking for one ring play it once: see :mod:`ui.meeting.bell`.)"""
        bell = self._sound()
        if bell is not None:
            bell.ring()

    def _sound(self) -> Any:
        """The chair's :class:`~ui.meeting.bell.Bell`, made the first time it is needed
        (a test may hand the page its own)."""
        if self._bell is None:
            try:
                from .bell import Bell
            except ImportError:
                return None  # no sound; the ring is counted all the same
            self._bell = Bell(self)
        return self._bell

    def bell_is_silent(self) -> bool:
        """Whether a ring cannot be heard on this computer (no sound device, no Qt
        Multimedia, no sound file). Asks the sound system the first time."""
        bell = self._sound()
        return bell is None or not getattr(bell, "available", True)

    def check_sound(self) -> None:
        """Once per meeting shown: a silent bell is said on the chair's screen — under
        the bell, in its tooltip and in its menu (never in a message box)."""
        if self._sound_checked:
            return
        self._sound_checked = True
        silent = self.bell_is_silent()
        text = self.tr("Geen geluid: deze computer heeft geen geluidsapparaat. Het belletje "
                       "flitst alleen in beeld (op de beamer) en telt wel mee.") if silent else ""
        self.current.bell.show_silent(self.tr(
            "Geen geluid op deze computer: het belletje flitst alleen op de beamer.")
            if silent else "")
        self.bell_silent_action.setText(self.tr(
            "Geen geluid: geen geluidsapparaat op deze computer"))
        self.bell_silent_action.setVisible(silent)
        tip = self._bell_tip
        self.bell_action.setToolTip(f"{tip}\n{text}" if silent else tip)

    def set_bell_reason(self, reason: BellReason) -> bool:
        if self.store.read_only:
            return False
        done = self._operate(lambda: run.set_bell_reason(self.store, reason) or True)
        if done is not None:
            self.current.bell.mark_reason(reason)
        return done is not None


_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_PROJECTOR_OWN_KEYS = (Qt.Key.Key_F6, Qt.Key.Key_Escape)


def types_text(widget: QWidget | None) -> bool:
    """Whether a character key pressed in ``widget`` is typed: an editable text field,
    an editable combo box, a spin box or a date field (a QLineEdit)."""
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    # A text widget of another kind (e.g. the field inside a composite editor).
    return widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def _is_character(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not text.isspace()


class DialogBell(QObject):
    """While a meeting runs, the bell on the table works over every dialog too.

    The bell's keys are window shortcuts of the main window, so a dialog over the chair's
    screen (the decision form, a block choice, a confirmation…) would swallow them. This
    application event filter, installed only while a meeting runs, catches a bell key in
    a modal window (or a menu) other than the main window and the projector, and rings
    through the page's own path (counted in the store, the projector flashes). A
    character key (B, period) typed into a text field is typed, not rung; a key that
    types nothing (PgDown…) always rings. The keyboard grabbed (the bell keys dialog
    listening) and the "bezet" window are left alone.

    It also opens the meeting's dialogs window-modal instead of application-modal: they
    still block the chair's window, but no longer the projector, so its big bell button
    can be pressed while the chair fills in a form. A key that reaches the projector then
    rings there (its own bell keys) or is dropped: it must not start a command on the
    chair's screen behind the dialog.
    """

    def __init__(self, page: MeetingPage) -> None:
        super().__init__(page)
        self.page = page
        self.active = False

    def set_active(self, active: bool) -> None:
        app = QApplication.instance()
        if app is None or active == self.active:
            return
        self.active = active
        if active:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.Polish:
            if isinstance(watched, QDialog):
                self._spare_projector(watched)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        window = watched.window()
        if window is self.page.projector:
            return self._guard_projector(event)
        if not self._rings_in(window, event):
            return False
        event.accept()  # ShortcutOverride: no shortcut of the dialog takes the key
        if kind == QEvent.Type.KeyPress:
            self.page.ring_bell()
        return True

    def _rings_in(self, window: QWidget, event: QKeyEvent) -> bool:
        page = self.page
        if window is page.window() or not (window.isModal() or isinstance(window, QMenu)):
            return False  # the main window's own shortcuts ring there
        if isinstance(window, QProgressDialog) or QWidget.keyboardGrabber() is not None:
            return False
        if not page.bell_action.isEnabled():
            return False  # e.g. the dialog is over another page
        if not is_bell_key(event, page.bell_action.shortcuts()):
            return False
        return not (_is_character(event) and types_text(QApplication.focusWidget()))

    def _guard_projector(self, event: QKeyEvent) -> bool:
        """A key on the projector while a dialog is open over the chair's screen."""
        if event.type() != QEvent.Type.KeyPress or QApplication.activeModalWidget() is None:
            return False
        if is_bell_key(event, self.page.bell_action.shortcuts()):
            return False  # the projector rings itself
        return event.key() not in _PROJECTOR_OWN_KEYS

    def _spare_projector(self, dialog: QDialog) -> None:
        """A dialog of the chair's window, about to be shown application-modal (by
        ``exec()``), becomes window-modal: the projector stays usable."""
        if (not dialog.isWindow() or isinstance(dialog, QProgressDialog)
                or dialog.windowModality() != Qt.WindowModality.ApplicationModal):
            return
        main = self.page.window()
        parent = dialog.parentWidget()
        while parent is not None and parent is not main:
            parent = parent.parentWidget()
        if parent is None:
            return  # not over the chair's window
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        handle: Any = dialog.windowHandle()
        if handle is not None:  # exec() has made it already: tell it too
            handle.setModality(Qt.WindowModality.WindowModal)
