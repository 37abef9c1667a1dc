"""The capacity tab: how many evaluations per meeting keep every client within the
horizon, against what the lopend block holds, with a clear verdict, the backlog and a
month by month simulation (from :func:`vergadering.overview.capacity`)."""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vergadering.overview import Capacity, MonthLoad, Status

from ..team import widgets
from .model import ON_TRACK_COLOR, OVERDUE_COLOR, status_pixmap

_DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def month_name(load: MonthLoad) -> str:
    """``december 2026``."""
    return _DUTCH.toString(QDate(load.month.year, load.month.month, 1), "MMMM yyyy")


class CapacityPanel(QWidget):
    """Shows one :class:`Capacity`; empty until :meth:`show_capacity` is called."""

    MONTH, MEETINGS, DUE, EVALUATED, OVERDUE_AFTER = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capacity: Capacity | None = None
        title = QLabel(self.tr("Kan het team het bijhouden?"))
        title.setObjectName("capacityTitle")
        self.need = widgets.hint_label("")
        self.need.setObjectName("capacityNeed")

        self.verdict_icon = QLabel()
        self.verdict = QLabel()
        self.verdict.setObjectName("capacityVerdict")
        self.verdict.setWordWrap(True)
        self.verdict_box = QWidget()
        self.verdict_box.setObjectName("verdictBox")
        self.verdict_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        verdict_layout = QHBoxLayout(self.verdict_box)
        verdict_layout.setContentsMargins(12, 10, 12, 10)
        verdict_layout.addWidget(self.verdict_icon)
        verdict_layout.addWidget(self.verdict, 1)
        self.advice = widgets.hint_label("")
        self.backlog = widgets.hint_label("")
        self.backlog.setObjectName("capacityBacklog")

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Maand"), self.tr("Vergaderingen"), self.tr("Aan de beurt"),
            self.tr("Geëvalueerd (verwacht)"), self.tr("Nog te laat daarna")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As large as its rows and columns: the page scrolls, not the table.
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, 5):
            heading = self.table.horizontalHeaderItem(column)
            if heading is not None:
                heading.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
        self.table_hint = widgets.hint_label(self.tr(
            "Aanname: elke vergadering evalueert, zoals het voorstel op de agenda, de "
            "cliënten die vóór de volgende vergadering aan de beurt zijn, wie het langst "
            "wacht eerst, zoveel als er in het blok lopend passen; een geëvalueerde cliënt "
            "is na de evaluatietermijn weer aan de beurt. 'Aan de beurt' telt in de eerste "
            "maand ook wie nu al te laat is."))
        self.table_hint.setObjectName("capacityAssumption")

        self.setStyleSheet(
            "#capacityTitle { font-size: 16pt; font-weight: 600; color: #1f3347; }"
            "#capacityVerdict { font-size: 15pt; font-weight: 600; }"
            "#capacityAssumption { color: #55606b; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 10, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.need)
        layout.addWidget(self.verdict_box)
        layout.addWidget(self.advice)
        layout.addWidget(self.backlog)
        layout.addSpacing(6)
        layout.addWidget(self.table)
        layout.addWidget(self.table_hint)
        layout.addStretch(1)

    def show_capacity(self, capacity: Capacity, lopend_budget: int) -> None:
        self.capacity = capacity
        needed = math.ceil(capacity.per_meeting_needed)
        possible = capacity.per_meeting_possible
        if needed == 1:
            need = self.tr("Om iedereen binnen %1 maanden te zien is ongeveer 1 evaluatie per "
                           "vergadering nodig;")
        else:
            need = self.tr("Om iedereen binnen %1 maanden te zien zijn ongeveer %2 evaluaties "
                           "per vergadering nodig;")
        offer = self.tr("het blok lopend (%3 min, %4 min per evaluatie) biedt er %5.")
        self.need.setText(
            (need + " " + offer).replace("%1", str(capacity.horizon_months))
            .replace("%2", str(needed)).replace("%3", str(lopend_budget))
            .replace("%4", str(capacity.minutes_per_evaluation)).replace("%5", str(possible)))
        self._show_verdict(capacity, needed)
        self._show_backlog(capacity)
        self._show_months(capacity)

    def _show_verdict(self, capacity: Capacity, needed: int) -> None:
        if capacity.keeps_up:
            text = self.tr("Het team kan het bijhouden.")
            color, background = ON_TRACK_COLOR, "#e7f3e6"
            status = Status.ON_TRACK
            if capacity.backlog:
                advice = self.tr(
                    "Plan zoveel evaluaties als er passen (%1 per vergadering) tot de "
                    "achterstand weg is; daarna houden ongeveer %2 per vergadering iedereen "
                    "binnen de termijn.")
            else:
                advice = self.tr("Zet elke vergadering ongeveer %2 evaluaties op de agenda; "
                                 "dan blijft iedereen binnen de termijn.")
            self.advice.setText(advice.replace("%1", str(capacity.per_meeting_possible))
                                .replace("%2", str(needed)))
        else:
            short = needed - capacity.per_meeting_possible
            text = (self.tr("Het team kan het niet bijhouden: 1 evaluatie per week tekort.")
                    if short == 1 else
                    self.tr("Het team kan het niet bijhouden: %1 evaluaties per week tekort.")
                    .replace("%1", str(short)))
            color, background = OVERDUE_COLOR, "#fde8e6"
            status = Status.OVERDUE
            self.advice.setText(self.tr(
                "Maak het blok lopend langer (Team › Instellingen), bespreek evaluaties "
                "korter, bijvoorbeeld als mededeling met een voorgesteld besluit, of plan "
                "extra evaluatiemomenten."))
        self.verdict.setText(text)
        self.verdict_icon.setPixmap(status_pixmap(status, 28))
        self.verdict_box.setStyleSheet(
            f"#verdictBox {{ background: {background}; border: 1px solid {color};"
            f" border-radius: 6px; }} #capacityVerdict {{ color: {color}; }}")

    def _show_backlog(self, capacity: Capacity) -> None:
        if capacity.backlog == 0:
            text = self.tr("Achterstand: geen; niemand is nu te laat.")
        else:
            text = (self.tr("Achterstand: nu 1 cliënt te laat.") if capacity.backlog == 1 else
                    self.tr("Achterstand: nu %1 cliënten te laat.")
                    .replace("%1", str(capacity.backlog)))
            cleared = next((m for m in capacity.months if m.overdue_after == 0), None)
            if cleared is not None:
                text += " " + self.tr("In dit tempo is die weggewerkt in %1.").replace(
                    "%1", month_name(cleared))
            elif capacity.months:
                text += " " + self.tr(
                    "In dit tempo is er eind %1 nog steeds een achterstand van %2.").replace(
                    "%1", month_name(capacity.months[-1])).replace(
                    "%2", str(capacity.months[-1].overdue_after))
        self.backlog.setText(text)

    def _show_months(self, capacity: Capacity) -> None:
        self.table.setRowCount(len(capacity.months))
        late = QBrush(QColor(OVERDUE_COLOR))
        for row, load in enumerate(capacity.months):
            values = (month_name(load), load.meetings, load.due, load.evaluated,
                      load.overdue_after)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == self.OVERDUE_AFTER and load.overdue_after:
                    cell.setForeground(late)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.updateGeometry()

