"""The "Teamleden" tab: add, rename, deactivate and (when unused) delete team members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vergadering import members
from vergadering.members import Member
from vergadering.problems import Code, Problem
from vergadering.store import Store

from .. import common
from ..i18n import fill
from ..kit import widgets
from ..kit.widgets import MessageLabel, action_button, grow_to_fit, make_action
from ..messages import describe, describe_all
from ..table_model import ModelIndex, StoreTableModel


class MemberTableModel(StoreTableModel[Member]):
    """Team members as rows: Naam, Status, Cliënten (active clients as behandelaar)."""

    NAME, STATUS, CLIENTS = range(3)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    refresh_on = frozenset({"member", "client"})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._include_inactive = False  # read by load_rows(), which the base calls
        super().__init__(store, parent)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Naam"), self.tr("Status"), self.tr("Cliënten"))

    def load_rows(self) -> list[Member]:
        return members.list_members(self._store, include_inactive=self._include_inactive)

    def set_include_inactive(self, include: bool) -> None:
        if include != self._include_inactive:
            self._include_inactive = include
            self.refresh()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.row_at(index.row()) if index.isValid() else None
        if member is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return member.name
            if column == self.STATUS:
                return self.tr("actief") if member.active else self.tr("inactief")
            return str(member.client_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CLIENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        if role == self.ID_ROLE:
            return member.id
        return None


class RenameDialog(QDialog):
    """Asks for a new name and renames; stays open with the typed name on a problem."""

    def __init__(self, store: Store, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._member = member
        self.result_member: Member | None = None
        self.setWindowTitle(self.tr("Naam wijzigen"))
        label = QLabel(fill(self.tr("&Nieuwe naam voor %1:"), member.name))
        self.name_edit = QLineEdit(member.name)
        self.name_edit.selectAll()
        label.setBuddy(self.name_edit)
        self.error = MessageLabel()
        self.name_edit.textEdited.connect(self.error.clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def accept(self) -> None:
        renamed = common.run_operation(
            self, lambda: members.rename_member(self._store, self._member.id,
                                                self.name_edit.text()),
            store=self._store, problems=self._show_problems)
        if renamed is None:
            return  # the dialog stays open with the typed name
        self.result_member = renamed
        super().accept()

    def _show_problems(self, problems: list[Problem]) -> None:
        self.error.show_message(describe_all(problems))
        grow_to_fit(self)
        self.name_edit.setFocus()

    @classmethod
    def ask(cls, store: Store, member: Member, parent: QWidget | None = None) -> Member | None:
        """Show the dialog; the renamed member, or None when cancelled."""
        dialog = cls(store, member, parent)
        dialog.exec()
        return dialog.result_member


class MembersTab(QWidget):
    """The team members table with an inline add field and the member commands."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = MemberTableModel(store, self)
        self._remembered_id: int | None = None

        name_label = QLabel(self.tr("&Nieuw teamlid:"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Voor- en achternaam"))
        self.name_edit.setClearButtonEnabled(True)
        name_label.setBuddy(self.name_edit)
        self.add_button = action_button(
            make_action(self, self.tr("Toe&voegen"), self.add_from_field))
        self.name_error = MessageLabel()
        self.name_edit.returnPressed.connect(self.add_from_field)
        self.name_edit.textEdited.connect(self.name_error.clear)

        self.show_inactive = QCheckBox(self.tr("Toon ook in&actieve teamleden"))
        self.show_inactive.toggled.connect(self.model.set_include_inactive)
        self.empty_label = widgets.hint_label(
            self.tr("Nog geen teamleden. Typ hierboven een naam en druk op Enter."))

        self.view = widgets.record_table(self.model)
        self.view.horizontalHeader().setSectionResizeMode(MemberTableModel.NAME,
                                                          QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.rename_selected)

        view_only = Qt.ShortcutContext.WidgetShortcut
        self.focus_add_action = make_action(
            self, self.tr("Teamlid toevoegen"), self.focus_add_field,
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence(QKeySequence.StandardKey.New)],
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action = make_action(
            self, self.tr("Naam &wijzigen…"), self.rename_selected,
            [QKeySequence(Qt.Key.Key_F2)], view_only, self.view)
        self.toggle_action = make_action(self, self.tr("Inactief &maken"), self.toggle_selected)
        self.delete_action = make_action(
            self, self.tr("Verwij&deren…"), self.delete_selected,
            [QKeySequence(QKeySequence.StandardKey.Delete)], view_only, self.view)
        widgets.set_tooltip_with_shortcut(self.rename_action,
                                          self.tr("De naam van het gekozen teamlid wijzigen"))
        widgets.set_tooltip_with_shortcut(self.delete_action, self.tr(
            "Een per vergissing toegevoegd teamlid verwijderen; wie al ergens voorkomt "
            "kan alleen inactief worden"))
        self.status = MessageLabel(error=False)
        self.read_only_label = MessageLabel(error=False)

        add_row = QHBoxLayout()
        add_row.addWidget(name_label)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for action in (self.rename_action, self.toggle_action, self.delete_action):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        # A short table reads better than one stretched over a wide screen.
        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)
        outer = QHBoxLayout(self)
        outer.addWidget(content, 3)
        outer.addStretch(1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_label)
        layout.addLayout(add_row)
        layout.addWidget(self.name_error)
        layout.addWidget(self.show_inactive)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._apply_read_only()
        self._update_actions()

    # -- state ---------------------------------------------------------------
    def selected_member(self) -> Member | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._update_actions()

    def _remember_selection(self) -> None:
        member = self.selected_member()
        self._remembered_id = member.id if member else None

    def _restore_selection(self) -> None:
        if self._remembered_id is not None:
            self.select_member(self._remembered_id)
        self._update_actions()

    def _apply_read_only(self) -> None:
        if not self.store.read_only:
            return
        text = widgets.read_only_text(self.store)
        self.read_only_label.show_message(text)
        for widget in (self.name_edit, self.add_button):
            widget.setEnabled(False)
            widget.setToolTip(text)
        for action in (self.rename_action, self.toggle_action, self.delete_action):
            action.setToolTip(text)
        self.empty_label.setText(self.tr("Nog geen teamleden."))

    def _update_actions(self) -> None:
        member = self.selected_member()
        editable = member is not None and not self.store.read_only
        for action in (self.rename_action, self.toggle_action, self.delete_action):
            action.setEnabled(editable)
        if member is not None and not member.active:
            self.toggle_action.setText(self.tr("Weer actief &maken"))
        else:
            self.toggle_action.setText(self.tr("Inactief &maken"))
        self.empty_label.setVisible(self.model.rowCount() == 0)

    # -- commands ------------------------------------------------------------
    def focus_add_field(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.name_edit.selectAll()

    def add_from_field(self) -> None:
        if self.store.read_only:
            return
        member = common.run_operation(
            self, lambda: members.add_member(self.store, self.name_edit.text()),
            store=self.store, problems=self._show_name_problems)
        if member is None:
            return  # the typed name stays
        self.name_edit.clear()
        self.name_error.clear()
        self.select_member(member.id)
        self.status.show_message(fill(self.tr("%1 is toegevoegd."), member.name))

    def _show_name_problems(self, problems: list[Problem]) -> None:
        self.name_error.show_message(describe_all(problems))
        self.name_edit.setFocus()

    def rename_selected(self) -> None:
        member = self.selected_member()
        if member is None or self.store.read_only:
            return
        renamed = RenameDialog.ask(self.store, member, self)
        if renamed is not None:
            self.select_member(renamed.id)
            self.status.show_message(fill(self.tr("De naam is nu %1."), renamed.name))

    def toggle_selected(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._set_active(member, not member.active)

    def _set_active(self, member: Member, active: bool) -> None:
        changed = common.run_operation(
            self, lambda: members.set_member_active(self.store, member.id, active),
            store=self.store)
        if changed is None:
            return
        if active:
            text = self.tr("%1 is weer actief.")
        elif self.show_inactive.isChecked():
            text = self.tr("%1 is nu inactief.")
        else:
            text = self.tr("%1 is nu inactief en staat niet meer in de lijst; vink "
                           "'Toon ook inactieve teamleden' aan om het teamlid te zien.")
        self.status.show_message(fill(text, changed.name))

    def delete_selected(self) -> None:
        member = self.selected_member()
        if member is None or self.store.read_only:
            return
        referenced = common.run_operation(
            self, lambda: members.is_referenced(self.store, member.id), store=self.store)
        if referenced is None:
            return
        if referenced:
            self._offer_deactivation(member)
            return
        if not widgets.confirm(self, self.tr("Teamlid verwijderen"),
                               fill(self.tr("%1 verwijderen? Dit kan niet ongedaan worden "
                                            "gemaakt."), member.name), self.tr("Verwijderen")):
            return
        def delete() -> bool:
            members.delete_member(self.store, member.id)
            return True

        def refused(problems: list[Problem]) -> None:
            if any(p.code is Code.IN_USE for p in problems):
                self._offer_deactivation(member)
            else:
                common.show_error(self, describe_all(problems))

        if common.run_operation(self, delete, store=self.store, problems=refused) is None:
            return
        self.status.show_message(fill(self.tr("%1 is verwijderd."), member.name))

    def _offer_deactivation(self, member: Member) -> None:
        if not member.active:
            self.status.show_message(fill(self.tr(
                "%1 komt voor bij cliënten, agendapunten of besluiten en kan daarom niet "
                "worden verwijderd; het teamlid is al inactief."), member.name))
            return
        text = describe(Problem("member", Code.IN_USE, {"name": member.name}))
        self.status.show_message(text)
        if widgets.confirm(self, self.tr("Teamlid kan niet worden verwijderd"),
                           text + "\n\n" + fill(self.tr("%1 nu op inactief zetten?"),
                                                  member.name), self.tr("Inactief maken")):
            self._set_active(member, False)
