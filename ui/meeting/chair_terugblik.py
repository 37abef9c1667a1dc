"""The terugblik before the agenda: the previous meeting's decisions and the items that
were carried over to this one, shown briefly when the team has it switched on."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from vergadering import agenda, meetings, minutes
from vergadering.dates import format_nl
from vergadering.store import Store

from ..agenda import labels

STYLE = """
QFrame#terugblik { background: #eef3f8; border: 1px solid #b9c9da; border-radius: 6px; }
QFrame#terugblik QLabel { background: transparent; }
QLabel#terugblikTitle { font-size: 14pt; font-weight: 600; color: #1f3347; }
"""
MAX_LINES = 8  # brief: the full list is in Besluiten


class TerugblikPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terugblik")
        self.setStyleSheet(STYLE)
        self.title = QLabel()
        self.title.setObjectName("terugblikTitle")
        self.decisions = QLabel()
        self.decisions.setWordWrap(True)
        self.carried = QLabel()
        self.carried.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.decisions)
        layout.addWidget(self.carried)
        self.hide()

    def show_for(self, store: Store, plan: agenda.AgendaPlan, enabled: bool) -> None:
        previous = meetings.last_closed_before(store, plan.date) if enabled else None
        carried = [i for b in plan.blocks for i in b.items if i.carried_over]
        if not enabled or (previous is None and not carried):
            self.hide()
            return
        if previous is not None:
            self.title.setText(self.tr("Terugblik op %1").replace(
                "%1", labels.long_date(previous.date)))
            listed = minutes.besluitenlijst(store, previous.date)
            entries = listed.entries if listed else ()
            lines = [self._decision_line(e) for e in entries[:MAX_LINES]]
            if len(entries) > MAX_LINES:
                lines.append(self.tr("… en nog %1 (zie Besluiten)").replace(
                    "%1", str(len(entries) - MAX_LINES)))
            self.decisions.setText("\n".join(lines) if lines else
                                   self.tr("Geen besluiten vastgelegd."))
        else:
            self.title.setText(self.tr("Terugblik"))
            self.decisions.setText("")
        self.carried.setText(
            self.tr("Doorgeschoven naar deze vergadering: %1").replace(
                "%1", ", ".join(f"{i.client_reference} ({i.carried_over}×)" for i in carried))
            if carried else self.tr("Niets doorgeschoven naar deze vergadering."))
        self.show()

    def _decision_line(self, entry: minutes.MinutesEntry) -> str:
        kind = labels.decision_name(entry.kind)
        if entry.next_evaluation is None:
            return self.tr("• %1 — %2").replace("%1", entry.client_reference).replace("%2", kind)
        return (self.tr("• %1 — %2 — volgende evaluatie %3")
                .replace("%1", entry.client_reference).replace("%2", kind)
                .replace("%3", format_nl(entry.next_evaluation)))
