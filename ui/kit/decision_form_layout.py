"""The decision form's widgets: the heading, the previous decision's follow-up when one
is due (:mod:`ui.kit.follow_up_box`), the three decisions as big buttons (1/2/3),
the next evaluation with its quick choices and the reason a date outside the term needs,
the koers, where to refer, who worded it, whether it was discussed with the client (rule
14), its actions (rule 13, :mod:`ui.kit.actions_box`), and the buttons; with the form's
style sheet.
A mixin of :class:`ui.kit.decision_form.DecisionForm`, which reads, checks and saves."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vergadering import actions, decisions, members
from vergadering.dates import add_months, format_nl
from vergadering.follow_up import DiscussedWithClient
from vergadering.items import DecisionKind

from .. import common
from ..date_field import DateField
from ..i18n import count, fill
from . import follow_up_box, item_form, palette, words
from .actions_box import ActionsBox
from .follow_up_box import FollowUpBox
from .widgets import MessageLabel, hint_label, quick_date_buttons

if TYPE_CHECKING:
    from .decision_form import DecisionForm

    _Base = DecisionForm
else:
    _Base = object

STYLE = f"""
QPushButton#kind {{ font-size: 14pt; font-weight: 600; padding: 10px 8px; min-width: 150px;
    border: 2px solid {palette.BORDER_STRONG}; border-radius: 8px; background: {palette.WHITE};
    color: {palette.INK}; }}
QPushButton#kind:checked {{ background: {palette.ACCENT}; color: {palette.WHITE};
    border-color: {palette.ACCENT_DARK}; }}
QPushButton#kind:focus:!checked {{ border-style: dashed; border-color: {palette.INK}; }}
QPushButton#kind:focus:checked {{ border-color: {palette.BELL}; }}
QPushButton#kind:disabled {{ color: {palette.DISABLED_TEXT}; border-color: {palette.BORDER}; }}
QPushButton#quick {{ padding: 3px 11px; border: 2px solid {palette.BORDER_CHIP};
    border-radius: 12px;
    background: {palette.WHITE}; }}
QPushButton#quick:checked {{ background: {palette.ACCENT_LIGHT}; border-color: {palette.ACCENT}; }}
QPushButton#removeAction {{ padding: 2px 9px; font-weight: 700; }}
#decisionHeading {{ font-size: 16pt; font-weight: 700; color: {palette.INK}; }}
#sectionTitle {{ font-weight: 600; }}
#reasonBox {{ background: {palette.NOTE_BACKGROUND}; border: 1px solid {palette.NOTE_BORDER};
    border-radius: 6px; }}
""" + follow_up_box.STYLE


def _title(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    if buddy is not None:
        label.setBuddy(buddy)
    return label



class DecisionFormLayout(_Base):
    """Builds the form's widgets (called once, from the form's constructor)."""

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.ensurePolished()
        item = self.item
        heading = QLabel(fill(self.tr("Hamerstuk: %1") if self.hamerstuk
                              else self.tr("Besluit corrigeren: %1") if self.corrects is not None
                              else self.tr("Besluit over %1"), item.client_reference))
        heading.setObjectName("decisionHeading")
        about = hint_label(fill(self.tr("%1 · inbrenger: %2"), words.type_name(item.type),
                                item.presenter)
                           + ("\n" + item.question if item.question else ""))
        # The presenter's stand van het begeleidingsproces: what the decision builds on.
        self.process_state = hint_label(fill(self.tr("Stand van het proces: %1"),
                                             item.process_state.strip()))
        self.process_state.setVisible(bool(item.process_state.strip()))
        proposal = hint_label(fill(self.tr("Voorgesteld besluit: %1"),
                                   words.decision_name(item.proposed_decision)))
        proposal.setVisible(item.proposed_decision is not None and self.corrects is None)
        if self.corrects is not None:
            proposal = hint_label(fill(self.tr(
                "Het besluit van %1 blijft bewaard zoals het is; deze correctie vervangt het "
                "en wordt met de datum van die vergadering vastgelegd."),
                format_nl(self.corrects.decided_on)))

        # Rule 12: the previous decision and how it was carried out, when one is due;
        # made first, so Tab goes from it to the decisions.
        self.follow_up_box: FollowUpBox | None = None
        if self.previous is not None:
            self.follow_up_box = FollowUpBox(self.previous)
            self.follow_up_box.chosen.connect(self._on_carried_out_chosen)
            self.follow_up_box.shown_changed.connect(
                lambda: self.fit() if self.isVisible() else None)

        # The three decisions, as big buttons: 1/2/3 or Alt + the underlined letter.
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons = {
            DecisionKind.DOORGAAN: QPushButton(self.tr("1  &Doorgaan")),
            DecisionKind.AFSLUITEN: QPushButton(self.tr("2  &Afsluiten")),
            DecisionKind.VERWIJZEN: QPushButton(self.tr("3  Ver&wijzen")),
        }
        tips = {
            DecisionKind.DOORGAAN: self.tr("De behandeling gaat door, met een koers tot de "
                                           "volgende evaluatie"),
            DecisionKind.AFSLUITEN: self.tr("De behandeling stopt; de cliënt wordt inactief"),
            DecisionKind.VERWIJZEN: self.tr("De cliënt gaat naar een andere hulpverlener of "
                                            "instelling"),
        }
        kinds = QHBoxLayout()
        kinds.setSpacing(10)
        self.kind_frame = QFrame()
        self.kind_frame.setObjectName(item_form.CHOICES)
        self.kind_frame.setLayout(kinds)
        for number, (kind, button) in enumerate(self.kind_buttons.items(), start=1):
            button.setObjectName("kind")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(tips[kind] + f" ({number})")
            self.kind_group.addButton(button)
            kinds.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, k=kind: self.choose_kind(k))
            self.addAction(action)
        self.kind_group.buttonClicked.connect(self._on_kind_clicked)
        self.kind_hint = hint_label("")

        # Next evaluation: quick choices and a Dutch date.
        self.date_field = DateField("next_evaluation")
        self.date_field.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.date_field.textChanged.connect(self._on_date_changed)
        self.weekday = hint_label("")
        quick = QHBoxLayout()
        quick.setSpacing(6)
        self.quick_buttons = quick_date_buttons(quick, self._quick_choices(), self.choose_date)
        quick.addSpacing(12)
        quick.addWidget(self.date_field)
        quick.addWidget(self.weekday, 1)
        # Off the meeting day: the meeting at which the client comes up (a line of its own).
        self.meeting_hint = hint_label("")
        self.meeting_hint.hide()
        self.date_error = MessageLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(decisions.REASON_MAX + 50)
        # The example fits the case: set with the date (DecisionForm._update_reason).
        self.reason_edit.textChanged.connect(lambda _t: self._clear("date_reason"))
        self.reason_title = _title("", self.reason_edit)
        self.reason_title.setWordWrap(True)
        self.reason_error = MessageLabel()
        self.reason_box = QFrame()
        self.reason_box.setObjectName("reasonBox")
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(10, 6, 10, 6)
        reason_layout.addWidget(self.reason_title)
        reason_layout.addWidget(self.reason_edit)
        reason_layout.addWidget(self.reason_error)
        self.reason_box.hide()
        self.date_section = self._section(
            _title(self.tr("Volgende &evaluatie:"), self.date_field), quick, self.date_error,
            self.reason_box, self.meeting_hint)

        self.koers_edit = item_form.text_area(3)
        self.koers_edit.textChanged.connect(lambda: self._clear("koers"))
        self.koers_error = MessageLabel()
        self.koers_section = self._section(
            _title(self.tr("&Koers tot de volgende evaluatie (verplicht):"), self.koers_edit),
            self.koers_edit, self.koers_error)
        self.referred_edit = QLineEdit()
        self.referred_edit.setMaxLength(decisions.REFERRED_TO_MAX + 50)
        self.referred_edit.setPlaceholderText(self.tr("bijvoorbeeld: huisarts, POH-GGZ, "
                                                      "verslavingszorg"))
        self.referred_edit.textChanged.connect(lambda _t: self._clear("referred_to"))
        self.referred_error = MessageLabel()
        self.referred_section = self._section(
            _title(self.tr("Verwe&zen naar (verplicht):"), self.referred_edit),
            self.referred_edit, self.referred_error)

        self.role_group = QButtonGroup(self)
        self.role_buttons = {
            "presenter": QRadioButton(fill(self.tr("&inbrenger (%1)"), item.presenter)),
            "chair": QRadioButton(self.tr("v&oorzitter")),
        }
        role_row = QHBoxLayout()
        role_row.addWidget(_title(self.tr("Geformuleerd door:")))
        for button in self.role_buttons.values():
            self.role_group.addButton(button)
            role_row.addWidget(button)
        role_row.addStretch(1)
        self.role_buttons["presenter"].setChecked(True)
        self.role_error = MessageLabel()
        discussed_row = self._discussed_row()
        self.actions_box = self._actions_box()

        self.save_action = QAction(self.tr("Besluit &vastleggen"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"),
                                       QKeySequence(QKeySequence.StandardKey.Save)])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(lambda: self.save())
        self.addAction(self.save_action)
        self.save_button = QPushButton(self.tr("Hamerstuk &bevestigen") if self.hamerstuk
                                       else self.tr("Correctie &vastleggen")
                                       if self.corrects is not None
                                       else self.tr("Besluit &vastleggen"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Vastleggen (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_action.trigger)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setToolTip(self.tr("Sluiten zonder vast te leggen (Esc)"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        # Everything but the buttons scrolls when a small screen cannot hold it all.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.process_state)
        layout.addWidget(proposal)
        layout.addSpacing(4)
        if self.follow_up_box is not None:
            layout.addWidget(self.follow_up_box)
        layout.addWidget(self.kind_frame)
        layout.addWidget(self.kind_hint)
        self.kind_error = MessageLabel()
        layout.addWidget(self.kind_error)
        layout.addWidget(self.koers_section)
        layout.addWidget(self.referred_section)
        layout.addWidget(self.date_section)
        layout.addLayout(role_row)
        layout.addWidget(self.role_error)
        layout.addLayout(discussed_row)
        layout.addWidget(self.discussed_error)
        layout.addWidget(self.actions_box)
        layout.addStretch(1)
        self.scroll = item_form.scrolling(body)
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.general_error)
        outer.addLayout(buttons)
        self.errors: dict[str, MessageLabel] = {
            "kind": self.kind_error, "next_evaluation": self.date_error,
            "date_reason": self.reason_error, "koers": self.koers_error,
            "referred_to": self.referred_error, "worded_by_role": self.role_error,
            "worded_by": self.role_error, "discussed_with_client": self.discussed_error,
        }
        self.fields: dict[str, QWidget] = {
            "kind": self.kind_frame, "next_evaluation": self.date_field,
            "date_reason": self.reason_edit, "koers": self.koers_edit,
            "referred_to": self.referred_edit, "discussed_with_client": self.discussed_frame,
        }
        if self.follow_up_box is not None:
            self.errors.update(self.follow_up_box.errors)
            self.fields.update(self.follow_up_box.fields)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

    def _discussed_row(self) -> QHBoxLayout:
        """Rule 14: ja, volgt or nee (Alt+J/L/N, or Tab and the arrows); none chosen is
        "not answered", which is allowed."""
        self.discussed_group = QButtonGroup(self)
        self.discussed_buttons = {
            DiscussedWithClient.YES: QRadioButton(self.tr("&ja")),
            DiscussedWithClient.LATER: QRadioButton(self.tr("vo&lgt")),
            DiscussedWithClient.NO: QRadioButton(self.tr("&nee")),
        }
        self.discussed_frame = QFrame()
        self.discussed_frame.setObjectName(item_form.CHOICES)
        self.discussed_frame.setToolTip(self.tr(
            "Is dit besluit met de cliënt besproken? 'volgt': dat gebeurt nog. Niets gekozen: "
            "niet ingevuld."))
        choices = QHBoxLayout(self.discussed_frame)
        choices.setContentsMargins(2, 0, 2, 0)
        for button in self.discussed_buttons.values():
            self.discussed_group.addButton(button)
            choices.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(_title(self.tr("Besproken met cliënt:")))
        row.addWidget(self.discussed_frame)
        row.addStretch(1)
        self.discussed_error = MessageLabel()
        return row

    def _actions_box(self) -> ActionsBox:
        """Rule 13: the actions, by default for the presenter and the next meeting; a
        correction shows the corrected decision's, which stay with it."""
        store = self._store
        team = common.load(lambda: members.list_members(store, include_inactive=False),
                           self.general_error.show_message) or []
        kept = common.load(lambda: actions.for_decision(store, self.corrects.id),
                           self.general_error.show_message) if self.corrects else None
        # Due today or later (also in a correction of an earlier day's decision).
        today = store.clock.today()
        quick = [(self.tr("volgende MDO"),
                  decisions.on_meeting_day(self._settings, today + dt.timedelta(days=7))),
                 (self.tr("2 weken"), today + dt.timedelta(weeks=2)),
                 (self.tr("6 weken"), today + dt.timedelta(weeks=6))]
        box = ActionsBox(team, self.item.presenter_id, quick, quick[0][1], kept or (),
                         self.fontMetrics().averageCharWidth())
        box.shown_changed.connect(self._on_actions_shown)
        return box

    def _on_actions_shown(self) -> None:
        """A row came or went: refit, and keep the field with the cursor in view."""
        if not self.isVisible():
            return
        self.fit()
        focus = self.focusWidget()
        if focus is not None and self.scroll.isAncestorOf(focus):
            self.scroll.ensureWidgetVisible(focus)

    def _section(self, title: QLabel, field: QWidget | QHBoxLayout, error: MessageLabel,
                 extra: QWidget | None = None, under: QWidget | None = None) -> QWidget:
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addWidget(title)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        if under is not None:
            column.addWidget(under)
        column.addWidget(error)
        if extra is not None:
            column.addWidget(extra)
        return section

    def _quick_choices(self) -> list[tuple[str, dt.date]]:
        """6 weeks, 3 months and the horizon, each on the team's meeting day on or before
        it (rule 3: never beyond what the button says, so never a reason to give); those
        not beyond the horizon, no doubles."""
        settings = self._settings
        horizon = decisions.default_next_evaluation(settings, self.on)
        months = settings.horizon_months
        choices = [(self.tr("6 weken"), self.on + dt.timedelta(weeks=6)),
                   (self.tr("3 maanden"), add_months(self.on, 3)),
                   (count(months, self.tr("%n maand"), self.tr("%n maanden")), horizon)]
        result: list[tuple[str, dt.date]] = []
        for text, asked in choices:
            day = decisions.on_meeting_day(settings, asked)
            if self.on < day <= horizon and all(day != d for _t, d in result):
                result.append((text, day))
        return result

