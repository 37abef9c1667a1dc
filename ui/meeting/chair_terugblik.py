"""The terugblik before the agenda: the previous meeting's decisions and what became of
its items without a decision (rule 10: apart overleg with who and when it reports back,
ingetrokken), the items that moved on to this meeting (doorgeschoven, uitgesteld), the
report backs of separate consultations on it, and the open actions, overdue ones first,
which anyone can close here (rule 13); shown briefly when the team has it switched on."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from vergadering import actions, agenda, meetings, minutes
from vergadering.dates import format_nl
from vergadering.items import Item
from vergadering.minutes import Ending
from vergadering.store import Store

from ..i18n import fill
from ..kit import palette, words
from ..kit.action_list import ActionList

STYLE = f"""
QFrame#terugblik {{ background: {palette.HOVER}; border: 1px solid {palette.BORDER_LIGHT_BLUE};
    border-radius: 6px; }}
QFrame#terugblik QLabel {{ background: transparent; }}
QLabel#terugblikTitle {{ font-size: 14pt; font-weight: 600; color: {palette.INK}; }}
QLabel#terugblikHeading {{ font-weight: 600; color: {palette.INK}; }}
"""
MAX_LINES = 8  # brief: the full list is in Besluiten
ACTIONS_HEIGHT = 110  # px: about three actions, more scroll (the agenda stays in sight)


class TerugblikPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terugblik")
        self.setStyleSheet(STYLE)
        self.title = QLabel()
        self.title.setObjectName("terugblikTitle")
        self.decisions = QLabel()
        self.decisions.setWordWrap(True)
        self.others_heading = QLabel(self.tr("Zonder besluit"))
        self.others_heading.setObjectName("terugblikHeading")
        self.others = QLabel()  # apart overleg and ingetrokken
        self.others.setWordWrap(True)
        self.carried = QLabel()
        self.carried.setWordWrap(True)
        self.report_backs = QLabel()
        self.report_backs.setWordWrap(True)
        self.actions_heading = QLabel()
        self.actions_heading.setObjectName("terugblikHeading")
        self.actions_heading.setWordWrap(True)
        self.actions_heading.hide()
        self.actions: ActionList | None = None  # made with the store, on first use
        self.privacy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        for widget in (self.title, self.decisions, self.others_heading, self.others,
                       self.carried, self.report_backs, self.actions_heading):
            layout.addWidget(widget)
        self.hide()

    def show_for(self, store: Store, plan: agenda.AgendaPlan, enabled: bool,
                 privacy: bool = False) -> None:
        """``privacy``: the team's privacy mode (this screen may be mirrored on the
        beamer): the open actions are counted, not listed."""
        self.privacy = privacy
        previous = meetings.last_closed_before(store, plan.date) if enabled else None
        on_agenda = [i for b in plan.blocks for i in b.items]
        listed = minutes.besluitenlijst(store, previous.date) if previous is not None else None
        deferred = {o.item_id for o in (listed.others if listed else ())
                    if o.ending is Ending.DEFERRED}
        moved = [i for i in on_agenda if i.carried_over or i.id in deferred]
        reporting = [i for i in on_agenda if i.report_back_of is not None]
        open_now = actions.open_actions(store) if enabled else []
        if not enabled or (previous is None and not moved and not reporting and not open_now):
            self.hide()
            return
        self._show_actions(store, bool(open_now))
        gone = [o for o in (listed.others if listed else ())
                if o.ending in (Ending.CONSULTATION, Ending.WITHDRAWN)]
        if previous is not None:
            self.title.setText(fill(self.tr("Terugblik op %1"), words.long_date(previous.date)))
            entries = listed.entries if listed else ()
            lines = [self._decision_line(e) for e in entries[:MAX_LINES]]
            if len(entries) > MAX_LINES:
                lines.append(self._more(len(entries) - MAX_LINES))
            self.decisions.setText("\n".join(lines) if lines else
                                   self.tr("Geen besluiten vastgelegd."))
        else:
            self.title.setText(self.tr("Terugblik"))
            self.decisions.setText("")
        self.decisions.setVisible(previous is not None)
        lines = [self._other_line(o) for o in gone[:MAX_LINES]]
        if len(gone) > MAX_LINES:
            lines.append(self._more(len(gone) - MAX_LINES))
        self.others.setText("\n".join(lines))
        self.others_heading.setVisible(bool(gone))
        self.others.setVisible(bool(gone))
        self.carried.setText(
            fill(self.tr("Doorgeschoven naar deze vergadering: %1"),
                 ", ".join(self._moved(i, i.id in deferred) for i in moved))
            if moved else self.tr("Niets doorgeschoven naar deze vergadering."))
        self.report_backs.setText(fill(
            self.tr("Terugkoppeling van apart overleg: %1"),
            ", ".join(f"{i.client_reference} ({i.presenter})" for i in reporting)))
        self.report_backs.setVisible(bool(reporting))
        self.show()

    def _show_actions(self, store: Store, any_open: bool) -> None:
        """Rule 13: the open actions, overdue ones first, closable here. Once shown, the
        section stays until the next refresh, also when the last one is closed."""
        if self.actions is None and any_open:
            self.actions = ActionList(store, actions.open_actions, max_height=ACTIONS_HEIGHT,
                                      empty_text=self.tr("Alle acties zijn afgesloten."))
            self.actions.reloaded.connect(self._count_actions)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.actions)
        elif self.actions is not None:
            self.actions.reload()
        if self.actions is not None:
            self.actions.setVisible(any_open and not self.privacy)
        self.actions_heading.setVisible(any_open)
        self._count_actions()

    def _count_actions(self) -> None:
        if self.actions is None:
            return
        shown = len(self.actions.actions)
        late = self.actions.overdue_count()
        heading = fill(self.tr("Openstaande acties (%1)"), shown)
        if late:
            heading = fill(self.tr("%1 — %2 te laat"), heading, late)
        if self.privacy:
            heading = fill(self.tr("%1 (niet getoond in de privacymodus; de lijst staat onder "
                                   "Agenda en bij de cliënt onder Evaluaties)"), heading)
        self.actions_heading.setText(heading)

    def _more(self, count: int) -> str:
        return fill(self.tr("… en nog %1 (zie Besluiten)"), count)

    def _moved(self, item: Item, deferred: bool) -> str:
        """``AB-1 (2×)``, ``AB-1 (uitgesteld)``."""
        marks = [self.tr("uitgesteld")] if deferred else []
        if item.carried_over:
            marks.append(fill(self.tr("%1×"), item.carried_over))
        return f"{item.client_reference} ({', '.join(marks)})"

    def _decision_line(self, entry: minutes.MinutesEntry) -> str:
        kind = words.decision_name(entry.kind)
        if entry.next_evaluation is None:
            return fill(self.tr("• %1 — %2"), entry.client_reference, kind)
        return fill(self.tr("• %1 — %2 — volgende evaluatie %3"), entry.client_reference, kind,
                    format_nl(entry.next_evaluation))

    def _other_line(self, other: minutes.OtherEntry) -> str:
        """``• IJ-5 — apart overleg: Anouk de Vries koppelt uiterlijk 08-12-2026 terug``;
        ``• MN-7 — ingetrokken bij het afsluiten``."""
        if other.ending is Ending.CONSULTATION:
            return fill(self.tr("• %1 — apart overleg: %2 koppelt uiterlijk %3 terug"),
                        other.client_reference, other.consultation_by or "",
                        format_nl(other.report_by))
        return fill(self.tr("• %1 — ingetrokken bij het afsluiten"), other.client_reference)
