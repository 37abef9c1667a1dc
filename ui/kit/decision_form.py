"""The decision that ends an item (rule 3): doorgaan, afsluiten or verwijzen.

The form calls the domain itself (``decisions.record_decision``, or
``decisions.confirm_hamerstuk`` for a mededeling confirmed as proposed) and stays open,
with everything typed, until it succeeds: problems show under their fields in Dutch.
The item's proposed decision is preselected; without one nothing is. Doorgaan and
verwijzen need a next evaluation (quick choices on the team's meeting day, or a Dutch
date); a date in the past or beyond the team's horizon needs a reason, with an example
that fits the case. A decision is dated the day it is taken (rule 7); afsluiten is
confirmed with the client named first (rule 8); Esc with something filled in asks
before throwing it away. When the client's previous decision must be followed up (rule
12), the "Vorig besluit" box above the decisions asks how it was carried out (7/8/9).
Below: whether it was discussed with the client (rule 14) and its actions (rule 13, each
problem under its row).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from vergadering import decisions
from vergadering import settings as team_settings
from vergadering.dates import format_nl
from vergadering.decisions import Decision, DecisionInput
from vergadering.follow_up import CarriedOut, DiscussedWithClient
from vergadering.items import DecisionKind, Item
from vergadering.problems import Problem
from vergadering.store import Store

from .. import common
from ..i18n import count, fill
from ..messages import describe
from . import chair_questions, item_form, widgets, words
from .decision_form_layout import STYLE, DecisionFormLayout
from .widgets import MessageLabel

FIELD_ORDER = ("follow_up", "carried_out", "follow_up_reason", "follow_up_text", "kind",
               "next_evaluation", "date_reason", "koers", "referred_to",
               "worded_by_role", "worded_by", "discussed_with_client", "actions")
NEEDS_DATE = (DecisionKind.DOORGAAN, DecisionKind.VERWIJZEN)


class DecisionForm(DecisionFormLayout, QDialog):
    """``decision`` is the recorded :class:`Decision` once accepted.

    With ``corrects`` the form records a correction of that decision (rule 4): it opens
    with the old decision's values, and the old decision stays as it was.
    """

    def __init__(self, store: Store, item: Item, parent: QWidget | None = None, *,
                 hamerstuk: bool = False, corrects: Decision | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.item = item
        self.hamerstuk = hamerstuk
        self.corrects = corrects
        self.decision: Decision | None = None
        self.general_error = MessageLabel()
        settings = common.load(lambda: team_settings.load(store),
                               self.general_error.show_message)
        self._settings = settings if settings is not None else team_settings.TeamSettings()
        # Dated the day it is taken (rule 7); a correction keeps the corrected one's date.
        self.on = corrects.decided_on if corrects is not None else store.clock.today()
        # Rule 12: the decision this one follows up (for a correction: the corrected one's).
        self.previous = common.load(
            lambda: decisions.follow_up_due(store, item.client_id,
                                            corrects.id if corrects is not None else None),
            self.general_error.show_message)
        self.setWindowTitle(fill(self.tr("Besluit over %1"), item.client_reference))
        self.setStyleSheet(STYLE)
        self._build()
        widgets.instant_mnemonics(self)  # Alt+letter, then typing: lands in the right field
        if corrects is not None:
            self._fill_from(corrects)
        else:
            if item.proposed_decision is not None:
                self.set_kind(item.proposed_decision)
            self.date_field.set_date(decisions.default_next_evaluation(self._settings, self.on))
        if hamerstuk:
            for kind, button in self.kind_buttons.items():
                button.setEnabled(kind is item.proposed_decision)
        self._on_date_changed()
        self._update_for_kind()
        if store.read_only:
            self.save_button.setEnabled(False)
            self.general_error.show_message(widgets.read_only_text(store))
        self._baseline = self.decision_input()

    def _fill_from(self, old: Decision) -> None:
        """Start a correction from the values of the decision it corrects."""
        self.set_kind(old.kind)
        self.date_field.set_date(old.next_evaluation
                                 or decisions.default_next_evaluation(self._settings, self.on))
        self.koers_edit.setPlainText(old.koers)
        self.referred_edit.setText(old.referred_to)
        self.reason_edit.setText(old.date_reason)
        self.role_buttons.get(old.worded_by_role, self.role_buttons["presenter"]).setChecked(True)
        if self.follow_up_box is not None:
            self.follow_up_box.set_value(old.carried_out, old.follow_up_reason,
                                         old.follow_up_text)
        self.set_discussed(old.discussed_with_client)

    # -- reading and showing -----------------------------------------------------
    def kind(self) -> DecisionKind | None:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)

    def set_kind(self, kind: DecisionKind | None) -> None:
        item_form.set_choice(self.kind_group, dict(self.kind_buttons.items()), kind)
        self._update_for_kind()

    def choose_kind(self, kind: DecisionKind) -> None:
        """What 1/2/3 or a click does: choose, then go to the field to fill in."""
        if not self.kind_buttons[kind].isEnabled():
            return
        self.set_kind(kind)
        self._clear("kind")
        target: QWidget = {DecisionKind.DOORGAAN: self.koers_edit,
                           DecisionKind.VERWIJZEN: self.referred_edit}.get(kind,
                                                                          self.save_button)
        target.setFocus()
        if self.scroll.isAncestorOf(target):
            self.scroll.ensureWidgetVisible(target)

    def discussed(self) -> DiscussedWithClient | None:
        return next((v for v, b in self.discussed_buttons.items() if b.isChecked()), None)

    def set_discussed(self, value: DiscussedWithClient | None) -> None:
        item_form.set_choice(self.discussed_group, dict(self.discussed_buttons.items()), value)

    def _on_carried_out_chosen(self, carried: CarriedOut) -> None:
        """Carried out fully: on to the decision (deels or niet: the box asks why)."""
        self._update_hint()
        if carried is not CarriedOut.FULLY:
            return
        kind = self.kind()
        if kind is None:
            self.kind_buttons[DecisionKind.DOORGAAN].setFocus()
        else:
            self.choose_kind(kind)

    def _on_kind_clicked(self, button: QPushButton) -> None:
        kind = next(k for k, b in self.kind_buttons.items() if b is button)
        self.choose_kind(kind)

    def _update_for_kind(self) -> None:
        kind = self.kind()
        self.koers_section.setVisible(kind is DecisionKind.DOORGAAN)
        self.referred_section.setVisible(kind is DecisionKind.VERWIJZEN)
        self.date_section.setVisible(kind in NEEDS_DATE)
        self._update_hint()
        if self.isVisible():
            self.fit()

    def _update_hint(self) -> None:
        """What to do next; first the follow-up (7/8/9) while it is not answered."""
        kind = self.kind()
        hints = {
            None: self.tr("Kies het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen."),
            DecisionKind.DOORGAAN: self.tr("Doorgaan mag alleen met een afgesproken volgende "
                                           "evaluatie en een koers tot dan."),
            DecisionKind.AFSLUITEN: self.tr("De behandeling stopt; de cliënt wordt inactief "
                                            "en is niet meer aan de beurt voor evaluatie."),
            DecisionKind.VERWIJZEN: self.tr("Waarheen, en wanneer het team erop terugkijkt."),
        }
        text = hints[kind]
        box = self.follow_up_box
        if kind is None and box is not None and box.carried_out() is None:
            text = self.tr("Eerst: was het vorige besluit uitgevoerd? 7 volledig, 8 deels, "
                           "9 niet. Dan het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen.")
        self.kind_hint.setText(text)

    def choose_date(self, day: dt.date) -> None:
        self.date_field.set_date(day)
        self._on_date_changed()

    def _on_date_changed(self) -> None:
        self._clear("next_evaluation")
        day = self.date_field.date()
        for quick_day, button in self.quick_buttons.items():
            button.setChecked(quick_day == day)
        self.weekday.setText(words.long_date(day) if day is not None else "")
        hint = self._meeting_text(day)
        self.meeting_hint.setText(hint)
        if self.meeting_hint.isHidden() == bool(hint):
            self.meeting_hint.setVisible(bool(hint))
            if self.isVisible():
                self.fit()
        self._update_reason(day)

    def _meeting_text(self, day: dt.date | None) -> str:
        """Off the team's meeting day: the meeting at which the client then comes up
        (the meeting day before the date); else nothing."""
        if day is None:
            return ""
        meeting = decisions.on_meeting_day(self._settings, day)
        if meeting == day or meeting <= self.on:
            return ""
        return fill(self.tr("Geen vergaderdag: de cliënt komt aan de beurt in het MDO van %1."),
                    words.long_date(meeting))

    def reason_example(self, day: dt.date | None) -> str:
        """An example reason that fits the case: a date in the past is one that was
        already agreed (the evaluation is overdue and caught up); a date beyond the
        horizon, a later moment that makes sense."""
        if day is not None and day < self.on:
            return fill(self.tr("bijvoorbeeld: evaluatie was al gepland op %1, wordt zo snel "
                                "mogelijk ingehaald"), words.date(day))
        return self.tr("bijvoorbeeld: na de zomer, als het nieuwe team er is")

    def needs_reason(self) -> bool:
        day = self.date_field.date()
        return day is not None and decisions.date_needs_reason(self._settings, self.on, day)

    def _update_reason(self, day: dt.date | None) -> None:
        needed = self.needs_reason()
        if needed and day is not None:
            horizon = decisions.horizon(self._settings, self.on)
            if day < self.on:
                text = self.tr("Deze datum ligt in het verleden. &Reden (verplicht):")
            else:
                text = fill(count(self._settings.horizon_months,
                                  self.tr("Deze datum ligt na %1, verder dan de "
                                          "evaluatietermijn van %n maand. &Reden (verplicht):"),
                                  self.tr("Deze datum ligt na %1, verder dan de "
                                          "evaluatietermijn van %n maanden. &Reden "
                                          "(verplicht):")), format_nl(horizon))
            self.reason_title.setText(text)
        self.reason_edit.setPlaceholderText(self.reason_example(day))
        was = not self.reason_box.isHidden()
        self.reason_box.setVisible(needed)
        if was != needed and self.isVisible():
            self.fit()

    def reason_shown(self) -> bool:
        return not self.reason_box.isHidden()

    def decision_input(self) -> DecisionInput:
        role = next(r for r, b in self.role_buttons.items() if b.isChecked())
        return DecisionInput(
            kind=self.kind(), next_evaluation=self.date_field.date(),
            koers=self.koers_edit.toPlainText(), referred_to=self.referred_edit.text(),
            worded_by_role=role,
            date_reason=self.reason_edit.text() if self.needs_reason() else "",
            follow_up=self.follow_up_box.value() if self.follow_up_box is not None else None,
            discussed_with_client=self.discussed(), actions=self.actions_box.value())

    def fit(self) -> None:
        """Wide enough for what is shown and tall enough, as far as the screen allows
        (then it scrolls), and on the screen."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        wide = self.scroll.widget().minimumSizeHint().width() + bar + 4
        if self.scroll.minimumWidth() < wide:
            self.scroll.setMinimumWidth(wide)  # the dialog widens with it
            layout = self.layout()
            if layout is not None:
                layout.activate()
                least = layout.minimumSize().width()
                if self.width() < least:  # the dialog has a minimum width of its own
                    self.resize(least, self.height())
        item_form.fit_height(self, self.scroll)
        widgets.keep_on_screen(self)

    # -- problems ------------------------------------------------------------------
    def _clear(self, name: str) -> None:
        error = self.errors.get(name)
        if error is not None and error.isVisible():
            error.clear()
            field = self.fields.get(name)
            if field is not None:
                item_form.mark_invalid(field, False)

    def show_problems(self, problems: list[Problem]) -> None:
        for name in self.errors:
            self.errors[name].clear()
        for field in self.fields.values():
            item_form.mark_invalid(field, False)
        about_actions = [p for p in problems if self.actions_box.is_problem(p)]
        action_field = self.actions_box.show_problems(about_actions)
        other: list[str] = []
        for problem in problems:
            if problem in about_actions:
                continue
            label = self.errors.get(problem.field)
            if label is None:
                other.append(describe(problem))
                continue
            label.show_message("\n".join(filter(None, (label.text(), self._text(problem)))))
            field = self.fields.get(problem.field)
            if field is not None:
                item_form.mark_invalid(field, True)
        self.general_error.show_message("\n".join(other))
        bad = {p.field for p in problems}
        if "date_reason" in bad:
            self.reason_box.show()
        first = next((name for name in FIELD_ORDER if name in bad), None)
        if first in ("follow_up", "carried_out") and self.follow_up_box is not None:
            next(iter(self.follow_up_box.carried_buttons.values())).setFocus()
        elif first == "kind":
            (self.kind_buttons[self.kind()] if self.kind() is not None
             else next(iter(self.kind_buttons.values()))).setFocus()
        elif first in self.fields:
            self.fields[first].setFocus()
        elif action_field is not None:
            action_field.setFocus()
        self.fit()
        focus = self.focusWidget()
        if focus is not None and self.scroll.isAncestorOf(focus):
            self.scroll.ensureWidgetVisible(focus)

    def _text(self, problem: Problem) -> str:
        if problem.field == "kind":
            return self.tr("Kies het besluit: doorgaan, afsluiten of verwijzen.")
        return describe(problem)

    # -- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        """Record the decision; True when recorded (the form then closes)."""
        if not self.save_button.isEnabled():
            return False
        if self.kind() in NEEDS_DATE and not self.date_field.check():
            problem = self.date_field.problem()
            if problem is not None:
                self.show_problems([problem])
            return False
        dates = self.actions_box.date_problems()
        if dates:
            self.show_problems(dates)
            return False
        data = self.decision_input()
        if self.closes_treatment(data.kind):
            if not chair_questions.close_treatment(self, self.item.client_reference):
                return False  # nothing recorded; everything stays as it was
            data = dataclasses.replace(data, closes_client_id=self.item.client_id)
        decision = common.run_operation(self, lambda: self._record(data), store=self._store,
                                        problems=self.show_problems)
        if decision is None:
            return False  # the form stays open, with everything typed
        self.decision = decision
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _record(self, data: DecisionInput) -> Decision:
        if self.corrects is not None:
            return decisions.correct_decision(self._store, self.corrects.id, data)
        if self.hamerstuk:
            return decisions.confirm_hamerstuk(
                self._store, self.item.id, worded_by_role=data.worded_by_role,
                next_evaluation=data.next_evaluation, koers=data.koers,
                referred_to=data.referred_to, date_reason=data.date_reason,
                closes_client_id=data.closes_client_id, follow_up=data.follow_up,
                discussed_with_client=data.discussed_with_client, actions=data.actions)
        return decisions.record_decision(self._store, self.item.id, data)

    def closes_treatment(self, kind: DecisionKind | None) -> bool:
        """Whether saving ``kind`` ends the client's treatment (a correction of an
        afsluiten that stays afsluiten ends nothing new)."""
        return kind is DecisionKind.AFSLUITEN and (
            self.corrects is None or self.corrects.kind is not DecisionKind.AFSLUITEN)

    def is_modified(self) -> bool:
        return self.decision is None and self.decision_input() != self._baseline

    def reject(self) -> None:
        """Esc or Annuleren: ask first when something was filled in."""
        if self.is_modified() and not widgets.confirm(
                self, self.tr("Besluit niet vastleggen?"),
                self.tr("U hebt een besluit ingevuld dat nog niet is vastgelegd. "
                        "Weggooien?"),
                self.tr("&Weggooien")):
            return
        super().reject()

    @classmethod
    def ask(cls, store: Store, item: Item, parent: QWidget | None = None, *,
            hamerstuk: bool = False, corrects: Decision | None = None) -> Decision | None:
        form = cls(store, item, parent, hamerstuk=hamerstuk, corrects=corrects)
        try:
            return form.decision if form.exec() == QDialog.DialogCode.Accepted else None
        finally:
            form.deleteLater()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.fit()
        kind = self.kind()
        if kind is None:
            self.kind_buttons[DecisionKind.DOORGAAN].setFocus()
        else:
            self.choose_kind(kind)
        box = self.follow_up_box
        if box is not None and box.carried_out() is None:
            # First what became of the previous decision: 7/8/9 from here.
            next(iter(box.carried_buttons.values())).setFocus()
