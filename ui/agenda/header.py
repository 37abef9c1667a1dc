"""The agenda page's header: the whole meeting against its length, and "Ik ben"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from vergadering import agenda, members
from vergadering.store import Store

from .. import common, identity
from ..i18n import fill
from ..icons import show_warning_sign
from ..kit import palette, words
from ..kit.plan_view import OVER_BACKGROUND, OVER_COLOR

NORMAL_STYLE = (f"#totalBox {{ background: {palette.WHITE}; border: 1px solid {palette.BORDER};"
                f" border-radius: 4px; }} #agendaTotal {{ color: {palette.INK};"
                " font-weight: 600; }")
OVER_STYLE = (f"#totalBox {{ background: {OVER_BACKGROUND}; border: 1px solid {OVER_COLOR};"
              " border-radius: 4px; }"
              f"#agendaTotal {{ color: {OVER_COLOR}; font-weight: 600; }}")


class TotalBox(QWidget):
    """"Totaal 74 van 90 min gepland — einde 10:30"; red, with a warning sign, when the
    agenda runs past the meeting's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalBox")
        # A QWidget subclass paints its style sheet's background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.icon = QLabel()  # the warning sign, drawn when first shown
        self.icon.hide()
        self.label = QLabel()
        self.label.setObjectName("agendaTotal")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self._over: bool | None = None  # the look the box has

    def show_plan(self, plan: agenda.AgendaPlan) -> None:
        end = plan.expected_end()
        if not any(b.items for b in plan.blocks):
            text = fill(self.tr("Nog geen agendapunten: 0 van %1 min gepland."),
                        plan.meeting_minutes)
        elif plan.over:
            text = fill(self.tr("Totaal %1 van %2 min — %3 min uitloop, verwacht einde %4"),
                        plan.planned, plan.meeting_minutes, plan.over, words.clock_time(end))
        else:
            text = fill(self.tr("Totaal %1 van %2 min gepland — einde %3"),
                        plan.planned, plan.meeting_minutes, words.clock_time(end))
        self.label.setText(text)
        over = plan.over > 0
        show_warning_sign(self.icon, 22, over)
        if over != self._over:  # a new style sheet only when the look changes
            self._over = over
            self.setStyleSheet(OVER_STYLE if over else NORMAL_STYLE)


class IdentityChooser(QComboBox):
    """"Ik ben": who is using this PC, remembered per database file. Every change to the
    agenda is recorded under this name."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip(self.tr(
            "Wie dit scherm nu bedient. Elke wijziging aan de agenda wordt op deze naam "
            "vastgelegd; de keuze wordt onthouden op deze computer."))
        self.currentIndexChanged.connect(
            lambda: identity.set_current_member(self._store, self.member_id()))
        self.fill()

    def member_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def fill(self) -> None:
        """The active members, with the remembered one chosen. A storage problem keeps
        the list as it is."""
        found = common.load(lambda: (members.list_members(self._store, include_inactive=False),
                                     identity.current_member(self._store)),
                            lambda _text: None)  # quietly: the page's status line tells
        if found is None:
            return
        active, current = found
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("— kies uw naam —"), None)
        for member in active:
            self.addItem(member.name, member.id)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
