"""Choosing the client of an agenda item by typing: a line edit with a list of matches
that floats over the form below it (reference and behandelaar), driven by the keyboard.

Type part of a reference or of a behandelaar's name; Down/Up move through the matches,
Enter picks one, Esc closes the list. When no active client has exactly the typed
reference, the last row offers to add it as a new client on the spot.

The list is a child of the window, not a window of its own, so the focus never leaves
the line edit and the list shows in screenshots of the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from vergadering import clients
from vergadering.clients import Client
from vergadering.store import Store

from .. import common
from ..i18n import fill
from ..kit.client_dialog import ClientDialog

MAX_VISIBLE_ROWS = 8
_ROLE = Qt.ItemDataRole.UserRole
_ADD = "add"  # the data of the "Nieuwe cliënt … toevoegen" row


class ClientPicker(QWidget):
    """Emits ``picked`` with the chosen :class:`Client`, or None when the text no
    longer names the picked client."""

    picked = Signal(object)
    problem = Signal(str)  # a storage problem while searching or adding, in Dutch

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._client: Client | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("referentie of behandelaar"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Cliënt"))
        self.setFocusProxy(self.edit)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setProperty("role", "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 3)
        layout.addWidget(self.info, 2)

        # A hidden child until it first opens; then a child of the window, so it can
        # float over the fields below.
        self.popup = QTreeWidget(self)
        self.popup.setObjectName("clientPopup")
        self.popup.setColumnCount(2)
        self.popup.setHeaderLabels([self.tr("Cliënt"), self.tr("Behandelaar")])
        self.popup.setRootIsDecorated(False)
        self.popup.setUniformRowHeights(True)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the line edit
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setFrameShape(QFrame.Shape.Box)
        self.popup.setAccessibleName(self.tr("Gevonden cliënten"))
        self.popup.itemClicked.connect(lambda item, _column: self._activate(item))
        self.popup.hide()

        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.edit.installEventFilter(self)
        self._window: QWidget | None = None

    # -- state ---------------------------------------------------------------
    def client(self) -> Client | None:
        return self._client

    def text(self) -> str:
        return self.edit.text()

    def set_client(self, client: Client | None) -> None:
        """Show ``client`` as picked (None: empty the field)."""
        self._client = client
        self.edit.setText(client.reference if client else "")
        self._show_info()
        self.close_popup()
        self.picked.emit(client)

    def set_text(self, text: str) -> None:
        """Put ``text`` in the field as if typed, without opening the list."""
        self.edit.setText(text)
        self._drop_pick_if_renamed()

    def pick_exact_match(self) -> bool:
        """Pick the active client whose reference is exactly the typed text, if any."""
        if self._client is not None or not self.edit.text().strip():
            return self._client is not None
        # None also after a storage problem, which went to ``problem``.
        found = common.load(lambda: clients.find_by_reference(self._store, self.edit.text()),
                            self.problem.emit)
        if found is None or not found.active:
            return False
        self.set_client(found)
        return True

    def popup_open(self) -> bool:
        return not self.popup.isHidden()

    def rows(self) -> list[str]:
        """The rows of the list as shown (for tests and accessibility checks)."""
        return [" | ".join(filter(None, (item.text(0), item.text(1))))
                for item in self._items()]

    def close_popup(self) -> None:
        self.popup.hide()

    # -- searching -----------------------------------------------------------
    def _on_text_edited(self, _text: str) -> None:
        self._drop_pick_if_renamed()
        self._search()

    def _drop_pick_if_renamed(self) -> None:
        if self._client is not None and self.edit.text() != self._client.reference:
            self._client = None
            self._show_info()
            self.picked.emit(None)

    def _search(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.close_popup()
            return
        found = common.load(lambda: (clients.search(self._store, text),
                                     clients.find_by_reference(self._store, text)),
                            self._search_failed)
        if found is None:
            return
        matches, exact = found
        self.popup.clear()
        for client in matches:
            row = QTreeWidgetItem([client.reference,
                                   client.behandelaar or self.tr("(geen behandelaar)")])
            row.setData(0, _ROLE, client)
            self.popup.addTopLevelItem(row)
        if exact is not None and not exact.active:
            self._note(fill(self.tr("%1 is inactief: maak de cliënt eerst weer actief onder "
                                    "Team."), exact.reference))
        elif exact is None:
            if not matches:
                self._note(fill(self.tr("Geen cliënt gevonden met '%1'."), text))
            row = QTreeWidgetItem([fill(self.tr("Nieuwe cliënt '%1' toevoegen…"), text)])
            row.setData(0, _ROLE, _ADD)
            font = QFont(row.font(0))
            font.setItalic(True)
            row.setFont(0, font)
            self.popup.addTopLevelItem(row)
            row.setFirstColumnSpanned(True)
        first = next((item for item in self._items() if self._pickable(item)), None)
        self.popup.setCurrentItem(first)
        self._open_popup()

    def _search_failed(self, text: str) -> None:
        self.close_popup()
        self.problem.emit(text)

    def _note(self, text: str) -> None:
        """A row that explains, and cannot be picked."""
        row = QTreeWidgetItem([text])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, not greyed out; not pickable
        self.popup.addTopLevelItem(row)
        row.setFirstColumnSpanned(True)

    @staticmethod
    def _pickable(item: QTreeWidgetItem) -> bool:
        return item.data(0, _ROLE) is not None

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.popup.topLevelItem(i) for i in range(self.popup.topLevelItemCount())]

    # -- the floating list -----------------------------------------------------
    def _open_popup(self) -> None:
        window = self.window()
        if self.popup.parent() is not window:
            self.popup.setParent(window)
            self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self._window is not window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            window.installEventFilter(self)  # follow the window's size
            self._window = window
        self._place_popup()
        self.popup.show()
        self.popup.raise_()

    def _place_popup(self) -> None:
        window = self.window()
        below = self.edit.mapTo(window, QPoint(0, self.edit.height()))
        rows = min(max(self.popup.topLevelItemCount(), 1), MAX_VISIBLE_ROWS)
        row_height = max(self.popup.sizeHintForRow(0), self.fontMetrics().height() + 6)
        frame = 2 * self.popup.frameWidth()
        height = rows * row_height + self.popup.header().sizeHint().height() + frame + 2
        width = max(self.width(), self.fontMetrics().averageCharWidth() * 60)
        width = min(width, window.width() - below.x() - 8)
        room_below = window.height() - below.y() - 8
        if height > room_below:
            height = max(room_below, row_height * 3)
        self.popup.setGeometry(below.x(), below.y(), width, height)
        self.popup.setColumnWidth(0, max(width // 3, self.fontMetrics().averageCharWidth() * 14))

    def _move_current(self, steps: int) -> None:
        items = [item for item in self._items() if self._pickable(item)]
        if not items:
            return
        current = self.popup.currentItem()
        index = items.index(current) if current in items else -1
        index = max(0, min(len(items) - 1, index + steps))
        self.popup.setCurrentItem(items[index])
        self.popup.scrollToItem(items[index])

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None or not self._pickable(item):
            return
        value = item.data(0, _ROLE)
        if value == _ADD:
            self.add_new_client()
        elif isinstance(value, Client):
            self.set_client(value)

    def add_new_client(self) -> Client | None:
        """Open the client dialog with the typed reference; pick the client it adds."""
        self.close_popup()
        added = ClientDialog.ask(self._store, parent=self.window(),
                                 reference=self.edit.text().strip())
        if added is not None:
            self.set_client(added)
        self.edit.setFocus()
        return added

    # -- keyboard ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._window and event.type() == QEvent.Type.Resize \
                and self.popup_open():
            self._place_popup()
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if watched is self.edit and event.type() == QEvent.Type.FocusOut \
                and self.popup_open() and not self.popup.underMouse():
            self.close_popup()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        """Handle a key typed in the line edit; True when it was used here."""
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Enter saves the dialog, Shift+Tab moves back, …
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.popup_open():
                if self.edit.text().strip() and self._client is None:
                    self._search()
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: MAX_VISIBLE_ROWS - 1,
                    Qt.Key.Key_PageUp: -(MAX_VISIBLE_ROWS - 1)}[Qt.Key(key)]
            self._move_current(step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.popup_open():
                self._activate(self.popup.currentItem())
            elif self._client is None and self.edit.text().strip():
                self._search()
            return True  # Enter in this field never saves the dialog
        if key == Qt.Key.Key_Escape and self.popup_open():
            self.close_popup()
            return True
        return False

    def _on_editing_finished(self) -> None:
        self.pick_exact_match()

    def _show_info(self) -> None:
        client = self._client
        if client is None:
            self.info.setText("")
        elif client.behandelaar:
            self.info.setText(fill(self.tr("behandelaar: %1"), client.behandelaar))
        else:
            self.info.setText(self.tr("geen behandelaar"))
