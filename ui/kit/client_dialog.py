"""Add or edit one client. The dialog runs the domain operation itself and stays open,
with everything typed and a message under each field concerned, until it succeeds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vergadering import clients
from vergadering.clients import Client, ClientInput
from vergadering.problems import Problem
from vergadering.store import Store

from .. import common
from ..date_field import DateField
from ..i18n import fill
from ..messages import describe
from .widgets import (
    MessageLabel,
    add_form_row,
    form_grid,
    grow_to_fit,
    mark_invalid,
    read_only_text,
    show_field_problems,
)


class ClientDialog(QDialog):
    def __init__(self, store: Store, client: Client | None = None,
                 parent: QWidget | None = None, *, reference: str = "") -> None:
        """``reference`` prefills a new client's reference (e.g. what was typed in a
        search that found nothing)."""
        super().__init__(parent)
        self._store = store
        self._client = client
        self.result_client: Client | None = None
        self.setWindowTitle(self.tr("Nieuwe cliënt") if client is None
                            else self.tr("Cliënt bewerken"))

        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("bijvoorbeeld D-12345 of J.K."))
        self.behandelaar_combo = QComboBox()
        self.care_start_edit = DateField("care_start")
        self.last_evaluation_edit = DateField("last_evaluation")
        self.next_evaluation_edit = DateField("next_evaluation")
        self.errors: dict[str, MessageLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = MessageLabel()
        self._fill_behandelaars()

        form = form_grid()
        self._add_row(form, self.tr("&Cliëntreferentie:"), self.reference_edit, "reference",
                      self.tr("Gebruik een dossiernummer of initialen, nooit een volledige naam."))
        self._add_row(form, self.tr("&Behandelaar:"), self.behandelaar_combo, "behandelaar")
        self._add_row(form, self.tr("&In zorg sinds:"), self.care_start_edit, "care_start")
        self._add_row(form, self.tr("&Laatste evaluatie:"), self.last_evaluation_edit,
                      "last_evaluation")
        self._add_row(form, self.tr("&Volgende evaluatie:"), self.next_evaluation_edit,
                      "next_evaluation", self.tr("Leeg laten mag: dan geldt de laatste "
                                                 "evaluatie plus de evaluatietermijn."))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if store.read_only:
            self.save_button.setEnabled(False)
            self.general_error.show_message(read_only_text(store))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        if client is not None:
            self._show_client(client)
        elif reference:
            self.reference_edit.setText(reference)

    def _add_row(self, form: QGridLayout, text: str, field: QWidget, name: str,
                 hint: str = "") -> None:
        _label, error = add_form_row(form, text, field, hint=hint, stretch=False)
        self.errors[name] = error
        self.fields[name] = field
        if isinstance(field, DateField):
            field.textEdited.connect(error.clear)  # a half-typed date is judged when done
            field.validityChanged.connect(lambda valid, f=field: self._date_feedback(f, valid))
        elif isinstance(field, QLineEdit):
            field.textEdited.connect(error.clear)
            field.textEdited.connect(lambda _text, f=field: mark_invalid(f, False))
        elif isinstance(field, QComboBox):
            field.currentIndexChanged.connect(error.clear)

    def _date_feedback(self, field: DateField, valid: bool) -> None:
        problem = field.problem()
        self.errors[field.field_name].show_message(
            "" if valid or problem is None else describe(problem))
        grow_to_fit(self)

    def _fill_behandelaars(self) -> None:
        combo = self.behandelaar_combo
        combo.addItem(self.tr("(geen)"), None)
        choices = common.load(lambda: clients.behandelaar_choices(self._store),
                              self.general_error.show_message) or []
        for member in choices:
            combo.addItem(member.name, member.id)
        current = self._client
        if current is not None and current.behandelaar_id is not None \
                and combo.findData(current.behandelaar_id) < 0:
            # An inactive behandelaar stays selectable for the client they already have.
            combo.addItem(fill(self.tr("%1 (inactief)"), current.behandelaar or ""),
                          current.behandelaar_id)

    def _show_client(self, client: Client) -> None:
        self.reference_edit.setText(client.reference)
        self.behandelaar_combo.setCurrentIndex(
            max(0, self.behandelaar_combo.findData(client.behandelaar_id)))
        self.care_start_edit.set_date(client.care_start)
        self.last_evaluation_edit.set_date(client.last_evaluation)
        self.next_evaluation_edit.set_date(client.next_evaluation)

    def client_input(self) -> ClientInput:
        """What is typed now, as the domain takes it."""
        return ClientInput(
            reference=self.reference_edit.text(),
            behandelaar_id=self.behandelaar_combo.currentData(),
            care_start=self.care_start_edit.text(),
            last_evaluation=self.last_evaluation_edit.text(),
            next_evaluation=self.next_evaluation_edit.text(),
        )

    def show_problems(self, problems: list[Problem]) -> None:
        first = show_field_problems(problems, self.errors, self.fields, self.general_error)
        grow_to_fit(self)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        data = self.client_input()
        self.general_error.clear()
        client = self._client
        saved = common.run_operation(
            self, lambda: clients.add_client(self._store, data) if client is None
            else clients.update_client(self._store, client.id, data),
            store=self._store, problems=self.show_problems)
        if saved is None:
            return  # the dialog stays open with everything typed
        self.result_client = saved
        super().accept()

    @classmethod
    def ask(cls, store: Store, client: Client | None = None,
            parent: QWidget | None = None, *, reference: str = "") -> Client | None:
        """Show the dialog; the saved client, or None when cancelled."""
        dialog = cls(store, client, parent, reference=reference)
        dialog.exec()
        return dialog.result_client
