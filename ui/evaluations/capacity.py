"""The capacity tab: can the team keep up? The forecast of the coming meetings at the
team's measured pace (:func:`vergadering.forecast.capacity`), in words a care
professional reads: a verdict, binnen de termijn now and in 8 and 16 weeks, the pace it
rests on, what would help, how well it guessed 8 weeks ago, and the meetings ahead."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
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
from vergadering.forecast import Capacity, Change, Forecast, MeetingForecast
from vergadering.overview import Status
from vergadering.store import Store

from .. import figures as figure_words
from ..i18n import fill
from ..kit import widgets
from ..kit.labels import long_date
from .model import ON_TRACK_COLOR, OVERDUE_COLOR, status_pixmap

_DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
TABLE_WEEKS = 16  # the coming meetings the table shows
AHEAD = (8, 16)  # the expectations shown (weeks)


def decimal(value: float) -> str:
    """``3,1``: one decimal, with the Dutch comma."""
    return _DUTCH.toString(float(value), "f", 1)


def closed_meetings(store: Store, today: dt.date, most: int = fc.MIN_MEETINGS) -> int:
    """The meetings closed up to ``today``, counted up to ``most`` (for the text that says
    the pace cannot be measured yet)."""
    count, before = 0, today + dt.timedelta(days=1)
    while count < most:
        meeting = meetings.last_closed_before(store, before)
        if meeting is None:
            break
        count += 1
        before = meeting.date
    return count


def within_after(meeting: MeetingForecast) -> WithinTerm:
    """Binnen de termijn right after a forecast meeting."""
    return WithinTerm(meeting.date, meeting.active, meeting.overdue_after, 0)


def overdue_from(plan: Forecast) -> MeetingForecast | None:
    """The meeting from which clients stay overdue to the end of the forecast."""
    start = None
    for meeting in reversed(plan.meetings):
        if not meeting.overdue_after:
            break
        start = meeting
    return start


class CapacityPanel(QWidget):
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
            "#capacityTitle { font-size: 16pt; font-weight: 600; color: #1f3347; }"
            "#capacityVerdict { font-size: 15pt; font-weight: 600; }"
            "#capacitySection { font-size: 13pt; font-weight: 600; color: #1f3347; }"
            "#capacityOutlook, #capacityChange { font-weight: 600; color: #1f3347; }"
            "#capacityAssumption, #capacityBacktest { color: #55606b; }")
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

    # -- words ---------------------------------------------------------------------
    def _clients(self, count: int) -> str:
        return self.tr("1 cliënt") if count == 1 else fill(self.tr("%1 cliënten"), count)

    def _weeks(self, count: int) -> str:
        return self.tr("1 week") if count == 1 else fill(self.tr("%1 weken"), count)

    def _cleared(self, plan: Forecast) -> str:
        """``de achterstand van nu 31 cliënten is naar verwachting weg na de vergadering
        van …, over 4 weken``."""
        assert plan.cleared_on is not None
        return fill(self.tr("de achterstand van nu %1 is naar verwachting weg na de "
                            "vergadering van %2, over %3"),
                    self._clients(plan.backlog), long_date(plan.cleared_on),
                    self._weeks(plan.weeks_to_clear() or 1))

    def verdict_text(self, plan: Forecast) -> str:
        later = plan.in_weeks(16)
        if plan.keeps_up:
            if plan.backlog:
                return fill(self.tr("Het team kan het bijhouden: %1."), self._cleared(plan))
            if plan.meetings and plan.cleared_on != plan.meetings[0].date:
                return fill(self.tr(
                    "Het team kan het bijhouden, maar er ontstaat tussendoor een "
                    "achterstand; na de vergadering van %1 is die naar verwachting weg."),
                    long_date(plan.cleared_on))
            return self.tr("Het team kan het bijhouden: volgens de voorspelling raakt "
                           "niemand achter.")
        expected = fill(self.tr("over 16 weken zijn naar verwachting %1 te laat."),
                        self._clients(later.overdue))
        if plan.backlog:
            return fill(self.tr("Het team kan het in dit tempo niet bijhouden: de "
                                "achterstand van nu %1 raakt in de komende %2 niet "
                                "weggewerkt; %3"),
                        self._clients(plan.backlog), self._weeks(len(plan.meetings)),
                        expected)
        start = overdue_from(plan)
        assert start is not None
        return fill(self.tr("Het team kan het in dit tempo niet bijhouden: nu is niemand te "
                            "laat, maar vanaf de vergadering van %1 blijven cliënten te laat; "
                            "%2"), long_date(start.date), expected)

    def _figure(self, figure: WithinTerm) -> str:
        """Binnen de termijn in the words every screen uses (lower case when there is
        nobody, as it stands inside a sentence here)."""
        if not figure.active:
            return self.tr("geen actieve cliënten")
        return figure_words.within_term_text(figure)

    def _expectation(self, figure: WithinTerm, weeks: int) -> str:
        if not figure.active:
            return fill(self.tr("Over %1 (%2): geen actieve cliënten."), self._weeks(weeks),
                        format_nl(figure.on))
        overdue = (self.tr("niemand te laat") if not figure.overdue else
                   fill(self.tr("%1 te laat"), figure.overdue))
        return fill(self.tr("Over %1 (%2) verwacht: %3; %4."), self._weeks(weeks),
                    format_nl(figure.on), self._figure(figure), overdue)

    def outlook_text(self, plan: Forecast, now: WithinTerm) -> str:
        lines = [fill(self.tr("Nu: %1."), self._figure(now))]
        lines += [self._expectation(plan.in_weeks(weeks), weeks) for weeks in AHEAD]
        return "\n".join(lines)

    def pace_text(self, capacity: Capacity, closed: int) -> str:
        pace = capacity.forecast.pace
        if not pace.measured:
            if closed:
                why = fill(self.tr("er zijn pas %1 van de %2 vergaderingen gesloten die "
                                   "daarvoor nodig zijn"), closed, fc.MIN_MEETINGS)
            else:
                why = fill(self.tr("er is nog geen vergadering gesloten, en daarvoor zijn "
                                   "er %1 nodig"), fc.MIN_MEETINGS)
            return fill(self.tr(
                "Het tempo is nog niet te meten: %1. De voorspelling rekent daarom met de "
                "instellingen: het blok lopend (%2 min) heeft ruimte voor %3 evaluaties "
                "per vergadering van %4 min per evaluatie. Andere besluiten, afsluitingen "
                "en nieuwe cliënten telt ze dan nog niet mee."),
                why, capacity.lopend_budget, decimal(pace.evaluations),
                decimal(pace.minutes_per_evaluation))
        other = capacity.lopend_budget - pace.lopend_minutes
        text = fill(self.tr(
            "Gemeten over de laatste %1 vergaderingen: gemiddeld %2 evaluaties per "
            "vergadering gedaan (%3 min per evaluatie); het blok lopend (%4 min, waarvan "
            "%5 min aan andere punten) heeft ruimte voor %6 evaluaties."),
            pace.meetings, decimal(pace.done), decimal(pace.minutes_per_evaluation),
            capacity.lopend_budget, decimal(max(0.0, other)), decimal(pace.room))
        if decimal(pace.evaluations) != decimal(pace.done):
            text += " " + fill(self.tr(
                "In vergaderingen waarin niemand bleef liggen telt de ruimte in het blok: "
                "de voorspelling rekent met %1 evaluaties per vergadering."),
                decimal(pace.evaluations))
        text += " " + fill(self.tr(
            "Verder per vergadering %1 andere besluiten (acute punten, hamerstukken); %2% "
            "van de besluiten sluit een behandeling af; %3 nieuwe cliënten per week."),
            decimal(pace.other_decisions), round(100 * pace.closing_share),
            decimal(pace.intake_per_week))
        return text

    def change_text(self, change: Change, capacity: Capacity, variant: Forecast) -> str:
        pace = capacity.forecast.pace
        if change is Change.FILL_THE_BLOCK:
            return fill(self.tr("Het blok lopend vullen met evaluaties: %1 in plaats van %2 "
                                "per vergadering"),
                        decimal(variant.pace.evaluations), decimal(pace.evaluations))
        if change is Change.ONE_MORE:
            return fill(self.tr("Eén evaluatie per vergadering meer: %1 in plaats van %2"),
                        decimal(variant.pace.evaluations), decimal(pace.evaluations))
        return fill(self.tr("5 minuten meer voor lopend (Team › Instellingen): %1 in plaats "
                            "van %2 min"), capacity.lopend_budget + 5, capacity.lopend_budget)

    def effect_text(self, variant: Forecast) -> str:
        if variant.keeps_up:
            if variant.backlog:
                effect = fill(self.tr("de achterstand is weg na de vergadering van %1, over "
                                      "%2"), long_date(variant.cleared_on),
                              self._weeks(variant.weeks_to_clear() or 1))
            elif variant.meetings and variant.cleared_on != variant.meetings[0].date:
                effect = fill(self.tr("na de vergadering van %1 is niemand meer te laat"),
                              long_date(variant.cleared_on))
            else:
                effect = self.tr("niemand raakt achter")
        elif variant.backlog:
            effect = self.tr("de achterstand raakt nog steeds niet weggewerkt")
        else:
            effect = self.tr("er blijven nog steeds cliënten te laat")
        return fill(self.tr("Dan: %1; over 16 weken %2."), effect,
                    self._figure(variant.in_weeks(16)))

    def backtest_text(self, capacity: Capacity) -> str:
        test = capacity.backtest
        if test is None:
            return fill(self.tr(
                "Toets: nog niet mogelijk. %1 weken geleden was er nog geen vergadering "
                "gehouden, dus er is geen oude berekening om met vandaag te vergelijken."),
                fc.BACKTEST_WEEKS)
        if test.error == 0:
            difference = self.tr("precies zoals verwacht")
        else:
            difference = fill(
                self.tr("%1 meer dan verwacht, %2% van de cliënten") if test.error < 0 else
                self.tr("%1 minder dan verwacht, %2% van de cliënten"),
                abs(test.error), round(100 * test.error_share))
        text = fill(self.tr(
            "Toets: %1 weken geleden (%2) had deze berekening voor vandaag %3 te laat "
            "verwacht; het zijn er %4 (%5)."),
            (test.on - test.made_on).days // 7, long_date(test.made_on),
            self._clients(test.expected.overdue), test.actual.overdue, difference)
        if not test.measured:
            text += " " + self.tr("Het tempo kwam toen nog uit de instellingen: er waren "
                                  "nog te weinig gesloten vergaderingen.")
        return text

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
            decimal(plan.pace.evaluations), capacity.horizon_months))

    def _show_verdict(self, plan: Forecast, tip: str) -> None:
        if plan.keeps_up:
            color, background, status = ON_TRACK_COLOR, "#e7f3e6", Status.ON_TRACK
        else:
            color, background, status = OVERDUE_COLOR, "#fde8e6", Status.OVERDUE
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
