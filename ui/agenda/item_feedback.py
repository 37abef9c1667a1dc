"""How the inbrenger's form reacts while it is filled in: the question marked required
for a vraag or kwestie (rule 1), the minutes following the type until typed by hand, the
counters, and each problem under its field in the form's own words. A mixin of
:class:`ui.agenda.item_dialog.ItemDialog`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton

from vergadering.item_checks import PERSPECTIVE_MAX
from vergadering.items import NEEDS_QUESTION, PROCESS_STATE_MAX, QUESTION_MAX
from vergadering.problems import Code, Problem

from ..i18n import fill
from ..kit import item_form, widgets
from ..kit.words import type_label

if TYPE_CHECKING:
    from .item_dialog import ItemDialog

    _Base = ItemDialog
else:
    _Base = object

# The form's fields top to bottom: the focus goes to the first one with a problem.
FIELD_ORDER = ("client", "presenter", "type", "block", "question", "process_state",
               "client_perspective", "minutes", "proposed_decision")


class ItemFeedback(_Base):
    """The item dialog's reactions to edits, and its problems."""

    # -- reacting to edits ---------------------------------------------------
    def _on_type_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._clear_problem("type")
            if not self.question_edit.toPlainText().strip():
                self._clear_problem("question")  # it may no longer be required
            self._update_for_type()

    def _update_for_type(self) -> None:
        item_type = self._checked(self.type_buttons)
        required = item_type in NEEDS_QUESTION
        self.question_label.setText(self.tr("Vraag aan het &team\n(verplicht):") if required
                                    else self.tr("Vraag aan het &team:"))
        if item_type is None:
            self.minutes_hint.setText(self.tr("volgt de standaard zodra u de soort kiest"))
            return
        default = self._settings.default_minutes[item_type]
        self.minutes_hint.setText(fill(self.tr("teamstandaard voor een %1: %2 min"),
                                       type_label(item_type), default))
        if not self._minutes_by_hand:
            self._set_minutes(default)

    def _set_minutes(self, minutes: int) -> None:
        self._setting_minutes = True
        try:
            self.minutes_spin.setValue(minutes)
        finally:
            self._setting_minutes = False

    def _on_minutes_changed(self, _value: int) -> None:
        if not self._setting_minutes:
            self._minutes_by_hand = True
            self._clear_problem("minutes")

    def _on_question_changed(self) -> None:
        self._clear_problem("question")
        item_form.show_count(self.question_counter, self.question_edit.toPlainText(),
                             QUESTION_MAX)

    def _on_state_changed(self) -> None:
        self._clear_problem("process_state")
        item_form.show_count(self.state_counter, self.state_edit.toPlainText(),
                             PROCESS_STATE_MAX)

    def _on_perspective_changed(self) -> None:
        self._clear_problem("client_perspective")
        item_form.show_count(self.perspective_counter, self.perspective_edit.toPlainText(),
                             PERSPECTIVE_MAX)

    def counter_text(self, name: str) -> str:
        counters = {"question": self.question_counter, "process_state": self.state_counter,
                    "client_perspective": self.perspective_counter}
        return counters[name].text()

    # -- problems --------------------------------------------------------------
    def _mark(self, name: str, invalid: bool) -> None:
        item_form.mark_invalid(self.picker.edit if name == "client" else self.fields[name],
                               invalid)

    def _clear_problem(self, name: str) -> None:
        error = self.errors.get(name)
        if error is not None and error.isVisible():
            error.clear()
            self._mark(name, False)

    def _show_general(self, text: str) -> None:
        self.general_error.show_message(text)
        item_form.fit_height(self, self.scroll)

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field (the rest above the buttons); focus on the
        first field with a problem, top to bottom."""
        widgets.show_field_problems(problems, self.errors, self.fields, self.general_error)
        bad = {p.field for p in problems}
        for name in FIELD_ORDER:
            self._mark(name, name in bad)
        for problem in problems:
            guidance = self._guidance(problem)
            if guidance:
                self.errors[problem.field].show_message(guidance)
        item_form.fit_height(self, self.scroll)
        first = next((name for name in FIELD_ORDER if name in bad), None)
        if first is not None:
            self._focus_field(first)

    def _guidance(self, problem: Problem) -> str:
        """This form's own words for a missing choice ("vul dit in" does not fit a
        choice), or "" to keep the general message."""
        if problem.code is not Code.REQUIRED:
            return ""
        name = problem.field
        typed = self.picker.text().strip()
        if name == "client" and typed:
            # "Verplicht" would puzzle someone who typed a reference: say what is missing.
            return fill(self.tr("Cliënt '%1' is niet gekozen uit de lijst: kies een cliënt "
                                "met de pijltjes en Enter, of voeg '%1' toe als nieuwe "
                                "cliënt."), typed)
        if name == "client":
            return self.tr("Kies een cliënt: typ een deel van de referentie of van de naam "
                           "van de behandelaar en kies uit de lijst.")
        if name == "presenter":
            return self.tr("Kies wie het punt inbrengt.")
        if name == "type":
            return self.tr("Kies de soort: mededeling, vraag of kwestie. Zo weet het team "
                           "wat er van hen verwacht wordt.")
        if name == "block":
            return self.tr("Kies het blok: acuut of lopend.")
        if name == "question":
            return fill(self.tr("Bij een %1 hoort een vraag aan het team: schrijf op wat het "
                                "team moet beantwoorden of bespreken."),
                        type_label(self._checked(self.type_buttons)))
        return ""

    def _focus_field(self, name: str) -> None:
        if name == "type":
            buttons = self.type_buttons
        elif name == "block":
            buttons = self.block_buttons
        else:
            target = self.picker.edit if name == "client" else self.fields[name]
            target.setFocus()
            self.scroll.ensureWidgetVisible(target)
            return
        checked = self._checked(buttons)
        button = buttons[checked] if checked is not None else next(iter(buttons.values()))
        button.setFocus()
        self.scroll.ensureWidgetVisible(button)

    def _clear_all_problems(self) -> None:
        for name in self.errors:
            self.errors[name].clear()
            self._mark(name, False)
        self.general_error.clear()
