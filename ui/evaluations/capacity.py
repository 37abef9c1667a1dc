"""The capacity tab: can the team keep up? The forecast of the coming meetings at the
team's measured pace (:func:`vergadering.forecast.capacity`), in words a care
professional reads: a verdict, binnen de termijn now and in 8 and 16 weeks, the pace it
rests on, what would help, how well it guessed 8 weeks ago, and the meetings ahead. The
sentences are made in :mod:`ui.evaluations.capacity_text`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
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

from vergadering import forecast as fc
from vergadering import meetings
from vergadering.dates import format_nl
from vergadering.figures import WithinTerm
from vergadering.forecast import Capacity, Forecast
from vergadering.overview import Status
from vergadering.store import Store

from ..i18n import fill
from ..kit import figures as figure_words
from ..kit import palette, widgets, words
from .capacity_text import CapacityWords, within_after
from .model import ON_TRACK_COLOR, OVERDUE_COLOR, status_pixmap

TABLE_WEEKS = 16  # the coming meetings the table shows


def closed_meetings(store: Store, today: dt.date, most: int = fc.MIN_MEETINGS) -> int:
    """The meetings closed up to ``today``, counted up to ``most`` (for the text that says
    the pace cannot be measured yet)."""
    closed, before = 0, today + dt.timedelta(days=1)
    while closed < most:
        meeting = meetings.last_closed_before(store, before)
        if meeting is None:
            break
        closed += 1
        before = meeting.date
    return closed


class CapacityPanel(CapacityWords, QWidget):
    """Shows one :class:`~vergadering.forecast.Capacity`; empty until
    :meth:`show_capacity` is called."""

    DATE, DUE, EVALUATED, OVERDUE_AFTER, WITHIN = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capacity: Capacity | None = None
        title = QLabel(self.tr("Kan het team het bijhouden?"))
        title.setObjectName("capacityTitle")

        self.verdict_icon = QLabel()
        self.verdict = QLabel()
        self.verdict.setObjectName("capacityVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_box = QWidget()
        self.verdict_box.setObjectName("verdictBox")
        self.verdict_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        verdict_layout = QHBoxLayout(self.verdict_box)
        verdict_layout.setContentsMargins(12, 10, 12, 10)
        verdict_layout.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_layout.addWidget(self.verdict, 1)

        self.outlook = widgets.hint_label("")
        self.outlook.setObjectName("capacityOutlook")
        self.pace = widgets.hint_label("")
        self.pace.setObjectName("capacityPace")
        self.variants: list[tuple[QLabel, QLabel]] = []  # change, effect
        self.variants_layout = QVBoxLayout()
        self.variants_layout.setSpacing(2)
        self.backtest = widgets.hint_label("")
        self.backtest.setObjectName("capacityBacktest")

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Vergadering"), self.tr("Aan de beurt"), self.tr("Verwacht geëvalueerd"),
            self.tr("Nog te laat daarna"), self.tr("Binnen de termijn")])
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
        self.table_hint = widgets.hint_label("")
        self.table_hint.setObjectName("capacityAssumption")

        self.setStyleSheet(
            f"#capacityTitle {{ font-size: 16pt; font-weight: 600; color: {palette.INK}; }}"
            "#capacityVerdict { font-size: 15pt; font-weight: 600; }"
            f"#capacitySection {{ font-size: 13pt; font-weight: 600; color: {palette.INK}; }}"
            f"#capacityOutlook, #capacityChange {{ font-weight: 600; color: {palette.INK}; }}"
            f"#capacityAssumption, #capacityBacktest {{ color: {palette.HINT}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 10, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.verdict_box)
        layout.addWidget(self.outlook)
        layout.addSpacing(4)
        layout.addWidget(self._section(self.tr("Het tempo van het team")))
        layout.addWidget(self.pace)
        layout.addSpacing(4)
        self.variants_title = self._section(self.tr("Wat zou helpen"))
        layout.addWidget(self.variants_title)
        layout.addLayout(self.variants_layout)
        layout.addWidget(self._section(self.tr("Klopt de berekening?")))
        layout.addWidget(self.backtest)
        layout.addSpacing(4)
        layout.addWidget(self._section(self.tr("De komende vergaderingen")))
        layout.addWidget(self.table)
        layout.addWidget(self.table_hint)
        layout.addStretch(1)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("capacitySection")
        return label

    # -- showing -------------------------------------------------------------------
    def show_capacity(self, capacity: Capacity, now: WithinTerm, closed: int = 0) -> None:
        """Show ``capacity``; ``now`` is binnen de termijn today (the headline's figure),
        ``closed`` the meetings closed so far (said while the pace is not measured)."""
        self.capacity = capacity
        plan = capacity.forecast
        tip = figure_words.within_term_tip(capacity.horizon_months)
        self._show_verdict(plan, tip)
        self.outlook.setText(self.outlook_text(plan, now))
        self.outlook.setToolTip(fill(self.tr(
            "Verwacht: als elke vergadering in het gemeten tempo evalueert (zie de "
            "aanname onder de tabel).\n\n%1"), tip))
        self.pace.setText(self.pace_text(capacity, closed))
        self._show_variants(capacity)
        self.backtest.setText(self.backtest_text(capacity))
        self.backtest.setToolTip(self.tr(
            "De toets maakt dezelfde berekening met de gegevens zoals ze toen waren en legt "
            "de verwachting voor vandaag naast het werkelijke aantal cliënten dat vandaag "
            "te laat is."))
        self._show_meetings(plan)
        self.table_hint.setText(fill(self.tr(
            "Aanname: elke vergadering evalueert, zoals het voorstel op de agenda, de "
            "cliënten die vóór de volgende vergadering aan de beurt zijn, wie het langst "
            "wacht eerst, zoveel als het tempo hierboven (%1 per vergadering). Andere "
            "besluiten en afsluitingen gaan zoals gemeten; wie geëvalueerd is, is na de "
            "afgesproken datum weer aan de beurt, een nieuwe cliënt %2 maanden na de start "
            "van de zorg. 'Aan de beurt' telt ook wie al te laat is; 'Binnen de termijn' "
            "is na die vergadering."),
            words.decimal(plan.pace.evaluations), capacity.horizon_months))

    def _show_verdict(self, plan: Forecast, tip: str) -> None:
        if plan.keeps_up:
            color, background, status = ON_TRACK_COLOR, palette.OK_BACKGROUND, Status.ON_TRACK
        else:
            color, background, status = OVERDUE_COLOR, palette.DANGER_BACKGROUND, Status.OVERDUE
        self.verdict.setText(self.verdict_text(plan))
        self.verdict.setToolTip(fill(self.tr(
            "Bijhouden: volgens de voorspelling is vanaf een vergadering na elke "
            "vergadering niemand meer te laat, tot het eind van de voorspelling (%1). Wie "
            "vóór de volgende vergadering aan de beurt is maar niet aan bod komt, wacht een "
            "week: dat is de marge van de planning.\n\n%2"),
            self._weeks(len(plan.meetings)), tip))
        self.verdict_icon.setPixmap(status_pixmap(status, 28))
        self.verdict_box.setStyleSheet(
            f"#verdictBox {{ background: {background}; border: 1px solid {color};"
            f" border-radius: 6px; }} #capacityVerdict {{ color: {color}; }}")

    def _show_variants(self, capacity: Capacity) -> None:
        """Per variant the change (bold) and, indented under it, what it does."""
        while self.variants_layout.count():
            item = self.variants_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.variants = []
        # Nobody behind now or later: nothing to help with.
        needed = not (capacity.forecast.keeps_up and capacity.forecast.backlog == 0)
        self.variants_title.setVisible(needed)
        for variant in capacity.variants if needed else ():
            change = widgets.hint_label(
                self.change_text(variant.change, capacity, variant.forecast))
            change.setObjectName("capacityChange")
            effect = widgets.hint_label(self.effect_text(variant.forecast))
            effect.setContentsMargins(24, 0, 0, 0)
            self.variants_layout.addWidget(change)
            self.variants_layout.addWidget(effect)
            self.variants_layout.addSpacing(6)
            self.variants.append((change, effect))

    def _percent(self, figure: WithinTerm) -> str:
        return "—" if figure.percentage is None else fill(self.tr("%1%"), figure.percentage)

    def _show_meetings(self, plan: Forecast) -> None:
        last = plan.made_on + dt.timedelta(weeks=TABLE_WEEKS)
        shown = [m for m in plan.meetings if m.date <= last]
        self.table.setRowCount(len(shown))
        late = QBrush(QColor(OVERDUE_COLOR))
        for row, meeting in enumerate(shown):
            values = (format_nl(meeting.date), meeting.due, meeting.evaluated,
                      meeting.overdue_after, self._percent(within_after(meeting)))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == self.OVERDUE_AFTER and meeting.overdue_after:
                    cell.setForeground(late)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.updateGeometry()
