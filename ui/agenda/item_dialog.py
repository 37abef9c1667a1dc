"""Queue a new agenda item, or edit or withdraw one: the inbrenger's form.

The dialog runs the domain operation itself (``items.queue_item``, ``update_item``,
``withdraw_item``) through :func:`ui.common.run_operation` and stays open, with
everything typed, until it succeeds: problems show under their fields, a storage problem
in a message over the dialog (a file a colleague holds is waited for first), problems
reading the form's lists above the buttons, and a conflict with
someone else's save opens :class:`ConflictDialog` (nothing is overwritten unless the
user chooses so, and nothing typed is lost).

Rule 1 shows in the form: type and block have no preselected choice, and the question
to the team is marked required once a vraag or kwestie is chosen. The fields are built in
:mod:`ui.agenda.item_fields`; how they react and show problems is in
:mod:`ui.agenda.item_feedback`.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QRadioButton, QWidget

from vergadering import actions, clients, items, meetings
from vergadering import settings as team_settings
from vergadering.clients import Client
from vergadering.items import ConflictError, Item, ItemInput, ItemStatus
from vergadering.problems import Code, Problem
from vergadering.store import Store

from .. import common, identity
from ..i18n import fill
from ..kit import item_form, open_actions, widgets, words
from ..kit.widgets import MessageLabel
from ..kit.words import moment
from ..messages import describe
from .conflict_dialog import ConflictChoice, ConflictDialog
from .item_feedback import ItemFeedback
from .item_fields import ItemFields


def _quietly(_text: str) -> None:
    """A storage problem while filling in a detail: the form shows what it can."""



class ItemDialog(ItemFields, ItemFeedback, QDialog):
    """A new item (``item`` None) for the next meeting, or an edit of ``item``.

    ``result_item`` is the saved item after a save, or the withdrawn item (status
    ``WITHDRAWN``) after "Intrekken".
    """

    def __init__(self, store: Store, item: Item | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._base = item  # the version the next save is compared against
        self.result_item: Item | None = None
        self.mine_window: ConflictDialog | None = None
        self._minutes_by_hand = False
        self._setting_minutes = False
        self._sized = False
        self._meeting_date = item.meeting_date if item is not None else None
        self._double_accepted: set[tuple[int, object]] = set()  # (client, meeting day)
        self.general_error = MessageLabel()
        self._settings = (common.load(lambda: team_settings.load(store),
                                      self.general_error.show_message)
                          or team_settings.TeamSettings())
        self.setWindowTitle(self.tr("Agendapunt aanmelden") if item is None
                            else self.tr("Agendapunt bewerken"))
        self._build()
        widgets.instant_mnemonics(self)  # Alt+letter, then typing: lands in the right field
        if item is not None:
            self._show_item(item)
        else:
            self._select_presenter(self._me())
            self._show_next_meeting()
        self._update_for_type()
        self._on_question_changed()
        self._on_state_changed()
        self._on_perspective_changed()
        self._baseline = self._snapshot()
        if store.read_only:
            self.save_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
            self.general_error.show_message(widgets.read_only_text(store))
        self.picker.setFocus()

    # -- reading and showing the form ------------------------------------------
    def _checked(self, buttons: dict[Any, QRadioButton]) -> Any:
        return next((value for value, button in buttons.items() if button.isChecked()), None)

    def item_input(self) -> ItemInput:
        """What is filled in now, as the domain takes it."""
        client = self.picker.client()
        minutes = self.minutes_spin.value()
        return ItemInput(
            client_id=client.id if client else None,
            presenter_id=self.presenter_combo.currentData(),
            type=self._checked(self.type_buttons),
            block=self._checked(self.block_buttons),
            question=self.question_edit.toPlainText(),
            process_state=self.state_edit.toPlainText(),
            minutes=minutes or None,
            proposed_decision=self.decision_combo.currentData(),
            client_perspective=self.perspective_edit.toPlainText(),
        )

    def _snapshot(self) -> tuple[object, ...]:
        return (self.picker.text(), self.item_input())

    def is_modified(self) -> bool:
        return self._snapshot() != self._baseline

    def _select_presenter(self, member_id: int | None) -> None:
        self.presenter_combo.setCurrentIndex(self.presenter_combo.findData(member_id)
                                             if member_id is not None else -1)

    def _show_item(self, item: Item) -> None:
        """Fill the form with ``item`` (when editing, or taking over another version)."""
        # Clients are never deleted; a storage problem shows the saved reference only.
        client = common.load(lambda: clients.get(self._store, item.client_id), _quietly)
        if client is not None:
            self.picker.set_client(client)
        else:
            self.picker.set_text(item.client_reference)
        combo = self.presenter_combo
        if combo.findData(item.presenter_id) < 0:
            # An inactive presenter stays visible on the item they already have.
            combo.addItem(fill(self.tr("%1 (inactief)"), item.presenter),
                          item.presenter_id)
        self._select_presenter(item.presenter_id)
        item_form.set_choice(self.type_group, self.type_buttons, item.type)
        item_form.set_choice(self.block_group, self.block_buttons, item.block)
        self.question_edit.setPlainText(item.question)
        self.state_edit.setPlainText(item.process_state)
        self.perspective_edit.setPlainText(item.client_perspective)
        self._minutes_by_hand = item.minutes != self._settings.default_minutes.get(item.type)
        self._set_minutes(item.minutes)
        self.decision_combo.setCurrentIndex(
            max(0, self.decision_combo.findData(item.proposed_decision)))
        self._show_version(item)

    def _show_open_actions(self, client: Client | None) -> None:
        """The picked client's open actions (rule 13, docs/rules.md) under the client
        field, read-only: what is already agreed, before a new question is written."""
        found = (common.load(lambda: actions.for_client(self._store, client.id,
                                                        open_only=True), _quietly)
                 if client is not None else None)
        if not found:
            self.actions_note.clear()
            self.actions_note.hide()
        else:
            lines = open_actions.lines(found, self._store.clock.today())
            more = open_actions.more(found)
            self.actions_note.setText(
                fill(self.tr("Open acties: %1"), lines[0]) if len(found) == 1
                else "\n".join([self.tr("Open acties:"), *("• " + line for line in lines),
                                 *([more] if more else [])]))
            self.actions_note.show()
        if self._sized:
            item_form.fit_height(self, self.scroll)

    def _show_version(self, item: Item) -> None:
        self.heading.setText(fill(self.tr("Agendapunt voor de vergadering van %1"),
                                  words.long_date(item.meeting_date)))
        if item.updated_by:
            text = fill(self.tr("Laatst gewijzigd door %1 op %2"), item.updated_by,
                        moment(item.updated_at))
        else:
            text = fill(self.tr("Laatst gewijzigd op %1"), moment(item.updated_at))
        self.changed_label.setText(text)
        self.changed_label.show()

    def _show_next_meeting(self) -> None:
        day = common.load(lambda: meetings.upcoming_date(self._store, self._settings),
                          _quietly)
        self._meeting_date = day
        if day is None:
            self.heading.setText(self.tr("Nieuw agendapunt"))
            return
        self.heading.setText(fill(self.tr("Nieuw agendapunt voor de vergadering van %1"),
                                  words.long_date(day)))

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if not self._sized:
            self._sized = True
            item_form.fit_height(self, self.scroll)
        super().showEvent(event)

    # -- operations ------------------------------------------------------------
    def _me(self) -> int | None:
        return common.load(lambda: identity.current_member(self._store), _quietly)

    def _by(self) -> int | None:
        """Who makes the change: the "Ik ben" member, else the chosen presenter."""
        me = self._me()
        return me if me is not None else self.presenter_combo.currentData()

    def save(self) -> bool:
        """Queue or update the item; True when saved (the dialog then closes)."""
        if not self.save_button.isEnabled():
            return False
        self.picker.pick_exact_match()
        data = self.item_input()
        self._clear_all_problems()
        base, by = self._base, self._by()
        if not self._second_item_accepted(data):
            return False  # back to the form, with everything typed

        def save_it() -> Item:
            if base is None:
                return items.queue_item(self._store, data, by=by)
            return items.update_item(self._store, base.id, data, by=by,
                                     expected_version=base.version)

        try:
            saved = common.run_operation(self, save_it, store=self._store,
                                         problems=self.show_problems)
        except ConflictError as conflict:  # no problem code: the conflict dialog decides
            return self._resolve_conflict(conflict.current, data)
        if saved is None:
            return False
        self.result_item = saved
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _second_item_accepted(self, data: ItemInput) -> bool:
        """The client already has an item on this meeting's agenda: say which, and ask
        whether to add this one too (once per client and meeting)."""
        day = self._meeting_date
        if data.client_id is None or day is None:
            return True
        key = (data.client_id, day)
        if key in self._double_accepted:
            return True
        base = self._base
        client_id = data.client_id
        others = common.load(lambda: items.for_client_on(
            self._store, day, client_id, other_than=base.id if base is not None else None),
            _quietly) or []
        if not others:
            return True
        reference = others[0].client_reference
        lines = "\n".join(
            "• " + fill(self.tr("%1 van %2, blok %3 (%4 min)"), words.type_name(o.type),
                        o.presenter, words.block_label(o.block), o.minutes)
            for o in others)
        text = fill(self.tr("%1 staat al op de agenda van %2:\n%3\n\n"
                            "Toch een agendapunt voor %1 erbij? Met Annuleren gaat u terug "
                            "naar het formulier; wat u hebt ingevuld blijft staan."),
                    reference, words.long_date(day), lines)
        if not widgets.confirm(self, self.tr("Cliënt staat al op de agenda"), text,
                               self.tr("&Toch toevoegen") if base is None
                               else self.tr("&Toch opslaan")):
            self.picker.setFocus()
            return False
        self._double_accepted.add(key)
        return True

    def withdraw(self, *, confirmed: bool = False) -> bool:
        """Withdraw the item being edited, after confirmation; True when withdrawn."""
        base = self._base
        if base is None or not self.withdraw_button.isEnabled():
            return False
        if not confirmed and not widgets.confirm(
                self, self.tr("Agendapunt intrekken"),
                fill(self.tr("Het agendapunt over %1 gaat van de agenda van %2. Wie het "
                             "wanneer heeft ingetrokken blijft bewaard."),
                     base.client_reference, words.long_date(base.meeting_date)),
                self.tr("&Intrekken")):
            return False
        self._clear_all_problems()
        by = self._by()
        try:
            withdrawn = common.run_operation(
                self, lambda: items.withdraw_item(self._store, base.id, by=by,
                                                  expected_version=base.version),
                store=self._store, problems=self.show_problems)
        except ConflictError as conflict:  # no problem code: the conflict dialog decides
            return self._resolve_conflict(conflict.current, self.item_input(), withdrawing=True)
        if withdrawn is None:
            return False
        self.result_item = withdrawn
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _resolve_conflict(self, current: Item, mine: ItemInput, *,
                          withdrawing: bool = False) -> bool:
        """Someone else saved ``current`` meanwhile. From now on the form is compared
        against that version, whichever way the user chooses."""
        choice = ConflictDialog.ask(self._store, current, mine, parent=self,
                                    withdrawing=withdrawing)
        self._base = current
        self._show_version(current)
        if current.status is not ItemStatus.QUEUED:
            self._show_general(describe(Problem("item", Code.NOT_QUEUED)))
            self.save_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
        if choice is ConflictChoice.SAVE_MINE:
            return self.withdraw(confirmed=True) if withdrawing else self.save()
        if choice is ConflictChoice.TAKE_THEIRS:
            if self.mine_window is not None and shiboken6.isValid(self.mine_window):
                self.mine_window.close()
            self.mine_window = ConflictDialog.keep_mine_visible(self._store, current, mine,
                                                                parent=self)
            self._show_item(current)
            self._update_for_type()
            self._baseline = self._snapshot()
        return False

    # -- closing ---------------------------------------------------------------
    def reject(self) -> None:
        """Esc or Annuleren: ask first when anything was typed."""
        if self.is_modified() and not widgets.confirm(
                self, self.tr("Niet opslaan?"),
                self.tr("U hebt iets ingevuld of gewijzigd dat nog niet is opgeslagen. "
                        "Weggooien?"),
                self.tr("&Weggooien")):
            return
        super().reject()

    @classmethod
    def ask(cls, store: Store, *, item: Item | None = None,
            parent: QWidget | None = None) -> Item | None:
        """Show the dialog; the saved (or withdrawn) item, or None when cancelled."""
        dialog = cls(store, item, parent)
        dialog.exec()
        return dialog.result_item
