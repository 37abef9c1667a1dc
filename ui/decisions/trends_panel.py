"""Trends over the past months as charts (QtCharts), one point per closed meeting: the
share *binnen de termijn* (docs/figures.md), minutes on acuut against lopend,
overruns and bells per meeting, the average procescheck rating, and the follow-through
(docs/figures.md "Opvolging": uitgevoerd with its reasons, met besluit afgerond,
uitgesteld, open and late actions), each from :mod:`vergadering.follow_through`.

Each chart has a one-line summary under its title (the latest value against the first,
or the period's total), so the trend can be read without the chart too. The
follow-through charts are drawn once they are scrolled into view (their summaries at
once): on a laptop they lie below the first screen.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vergadering import follow_through
from vergadering.dates import add_months, format_nl
from vergadering.trends import TrendPoint

from ..i18n import fill
from ..kit import figures as figure_words
from ..kit import palette, widgets, words

PERIODS = (3, 6, 12)  # months back
DEFAULT_PERIOD = 6
MAX_DATE_LABELS = 14  # more would not fit beside one another in half a screen
ACUUT_COLOR = palette.ACUUT
LOPEND_COLOR = palette.ACCENT
LINE_COLOR = palette.INK
SECOND_COLOR = palette.SECOND_LINE
GOAL_COLOR = palette.OK



class TrendChart(QWidget):
    """A titled chart over the meetings with a summary line; categories are the dates."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        # What plot(..., later=True) left to draw: dates, series, maximum, axis, legend.
        self.waiting: tuple[Sequence[dt.date], list[QBarSeries | QLineSeries], float, str,
                            bool] | None = None
        self.summary = widgets.hint_label("")
        self.footer = widgets.hint_label("")  # e.g. the reasons under Uitgevoerd
        self.footer.hide()
        self.chart = QChart()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)

    def _font(self, size: int = 10) -> QFont:
        font = QFont(self.font())
        font.setPointSize(size)
        return font

    def plot(self, dates: Sequence[dt.date], series: list[QBarSeries | QLineSeries],
             maximum: float, summary: str, *, axis_title: str = "",
             legend: bool = True, later: bool = False) -> None:
        """Show ``summary`` and draw the chart; ``later``: draw it when
        :meth:`draw_waiting` is called (once it is scrolled into view)."""
        self.summary.setText(summary)
        self.waiting = (dates, series, maximum, axis_title, legend)
        if not later:
            self.draw_waiting()

    def draw_waiting(self) -> None:
        if self.waiting is None:
            return
        dates, series, maximum, axis_title, legend = self.waiting
        self.waiting = None
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # Dates at the meetings' indexes; with many meetings only every few is named,
        # so the labels stay readable instead of being cut to "…".
        categories = QCategoryAxis()
        categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        categories.setRange(-0.5, len(dates) - 0.5)
        step = max(1, math.ceil(len(dates) / MAX_DATE_LABELS))
        for index in range(0, len(dates), step):
            categories.append(words.short_date(dates[index]), index)
        categories.setLabelsFont(self._font(9))
        categories.setGridLineVisible(False)
        if len(dates) > 8:  # upright dates fit where level ones would be cut off
            categories.setLabelsAngle(-90)
        values = QValueAxis()
        values.setRange(0, max(maximum, 4))  # whole numbers on the axis, also when all 0
        values.setTickCount(5)
        values.applyNiceNumbers()  # round steps: 0, 5, 10, 15
        values.setLabelFormat("%d")
        values.setLabelsFont(self._font(9))
        if axis_title:
            values.setTitleText(axis_title)
            values.setTitleFont(self._font(9))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for one in series:
            self.chart.addSeries(one)
            one.attachAxis(categories)
            one.attachAxis(values)
        self.chart.legend().setVisible(legend)
        self.chart.legend().setFont(self._font(10))


def _line(name: str, values: Sequence[float | None], color: str, *,
          dashed: bool = False) -> QLineSeries:
    """Points at the category indexes; a missing value leaves the point out. A second
    line in a chart is dashed: told apart without colour too."""
    series = QLineSeries()
    series.setName(name)
    for index, value in enumerate(values):
        if value is not None:
            series.append(float(index), float(value))
    pen = QPen(QColor(color))
    pen.setWidth(3)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    series.setPen(pen)
    series.setPointsVisible(True)
    return series


def _goal(name: str, goal: float, count: int) -> QLineSeries:
    """A goal as a dotted level line across the chart, in percent."""
    series = QLineSeries()
    series.setName(name)
    series.append(-0.5, 100 * goal)
    series.append(count - 0.5, 100 * goal)
    pen = QPen(QColor(GOAL_COLOR))
    pen.setWidth(2)
    pen.setStyle(Qt.PenStyle.DotLine)
    series.setPen(pen)
    return series


def _share(figure_percentage: int | None) -> float | None:
    return None if figure_percentage is None else float(figure_percentage)


def _bars(name: str, values: Sequence[float], color: str) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(QColor(color))
    bar_set.setBorderColor(QColor(color))
    return bar_set


class TrendsPanel(QWidget):
    """Shows the trend points given to :meth:`set_points`; asks for another period
    through ``on_period`` (months back)."""

    def __init__(self, on_period: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TrendPoint] = []
        self.period = QComboBox()
        for months in PERIODS:
            self.period.addItem(fill(self.tr("afgelopen %1 maanden"), months), months)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(lambda _i: on_period(self.months()))
        period_label = QLabel(self.tr("&Periode:"))
        period_label.setBuddy(self.period)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        self.empty = widgets.hint_label(self.tr(
            "In deze periode is nog geen vergadering afgesloten. Trends verschijnen zodra "
            "er vergaderingen zijn gehouden."))
        self.evaluated = TrendChart(self.tr("Cliënten binnen de termijn"))
        self.minutes = TrendChart(self.tr("Minuten voor acuut en lopend"))
        self.process = TrendChart(self.tr("Uitgelopen punten en belletje"))
        self.rating = TrendChart(self.tr("Procescheck (gemiddelde, 0–10)"))
        # docs/figures.md "Opvolging"
        self.carried = TrendChart(figure_words.carried_out_name())
        self.carried.setToolTip(figure_words.carried_out_tip())
        self.decided = TrendChart(figure_words.decided_name())
        self.decided.setToolTip(figure_words.decided_tip())
        self.deferred = TrendChart(figure_words.deferred_name())
        self.deferred.setToolTip(figure_words.deferred_tip())
        self.open_actions = TrendChart(figure_words.open_actions_name())
        self.open_actions.setToolTip(figure_words.actions_tip())
        self.follow_charts = (self.carried, self.open_actions, self.decided, self.deferred)
        self.charts = QWidget()
        grid = QGridLayout(self.charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        for index, chart in enumerate((self.evaluated, self.minutes, self.process,
                                       self.rating, self.carried, self.open_actions, self.decided,
                                       self.deferred)):
            grid.addWidget(chart, index // 2, index % 2)
        # On a low screen (1280x720) the four charts keep the height their dates need
        # and the panel scrolls, instead of the charts being drawn over one another.
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.charts)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        bar = self.scroll.verticalScrollBar()
        bar.valueChanged.connect(lambda _value: self.draw_seen())
        bar.rangeChanged.connect(lambda *_range: self.draw_seen())  # laid out, resized

    def months(self) -> int:
        return int(self.period.currentData())

    def since(self, today: dt.date) -> dt.date:
        return add_months(today, -self.months())

    def set_points(self, points: list[TrendPoint], horizon_months: int = 6) -> None:
        self.points = points
        self.empty.setVisible(not points)
        self.scroll.setVisible(bool(points))
        if not points:
            return
        dates = [p.date for p in points]
        first, last = points[0], points[-1]

        shares = [p.within.percentage for p in points]
        self.evaluated.plot(dates, [_line(self.tr("% van de actieve cliënten"),
                                          [None if v is None else float(v) for v in shares],
                                          LOPEND_COLOR)], 100,
                            fill(self.tr("Op %1: %2; op %3: %4%."), format_nl(last.date),
                                 figure_words.within_term_text(last.within),
                                 format_nl(first.date), shares[0] or 0),
                            axis_title="%", legend=False)
        self.evaluated.setToolTip(figure_words.within_term_tip(horizon_months))

        bars = QBarSeries()
        bars.append(_bars(self.tr("acuut"), [p.acuut_minutes for p in points], ACUUT_COLOR))
        bars.append(_bars(self.tr("lopend"), [p.lopend_minutes for p in points], LOPEND_COLOR))
        acuut = sum(p.acuut_minutes for p in points)
        lopend = sum(p.lopend_minutes for p in points)
        self.minutes.plot(
            dates, [bars], max(max(p.acuut_minutes, p.lopend_minutes) for p in points) * 1.1,
            fill(self.tr("Gemiddeld %1 min acuut en %2 min lopend per vergadering."),
                 words.decimal(acuut / len(points), 0),
                 words.decimal(lopend / len(points), 0)),
            axis_title=self.tr("minuten"))

        overruns = [float(p.overruns) for p in points]
        bells = [float(p.bells) for p in points]
        self.process.plot(
            dates, [_line(self.tr("uitgelopen punten"), overruns, ACUUT_COLOR),
                    _line(self.tr("belletje"), bells, SECOND_COLOR, dashed=True)],
            max(overruns + bells) + 1,
            fill(self.tr("Gemiddeld %1 uitgelopen punten en %2× het belletje per vergadering."),
                 words.decimal(sum(overruns) / len(points), 1),
                 words.decimal(sum(bells) / len(points), 1)))

        ratings = [p.rating for p in points]
        shown = [r for r in ratings if r is not None]
        self.rating.plot(
            dates, [_line(self.tr("gemiddelde"), ratings, LINE_COLOR)], 10,
            fill(self.tr("Laatste gemiddelde %1; vanaf drie invullers per vergadering."),
                 words.decimal(shown[-1], 1)) if shown else
            self.tr("Nog geen vergadering met drie of meer invullers."), legend=False)
        self._show_follow_through(dates)

    def _show_follow_through(self, dates: list[dt.date]) -> None:
        """The four charts of docs/figures.md "Opvolging"; the summaries over the period
        are :func:`vergadering.follow_through.totals` of the meetings shown."""
        follow = [p.follow_through for p in self.points]
        carried, ended = follow_through.totals(follow)
        period = self.tr("Over de periode: %1.")

        self.carried.plot(
            dates, [_line(self.tr("% uitgevoerd (volledig of deels)"),
                          [_share(f.carried.percentage) for f in follow], LOPEND_COLOR),
                    _goal(fill(self.tr("doel: minstens %1%"), figure_words.goal_percent(
                        follow_through.CARRIED_OUT_GOAL)), follow_through.CARRIED_OUT_GOAL,
                          len(dates))], 100,
            fill(period, figure_words.carried_out_text(carried)), axis_title="%", later=True)
        reasons = figure_words.reasons_text(carried)
        self.carried.footer.setText(reasons)
        self.carried.footer.setVisible(bool(reasons))

        self.decided.plot(
            dates, [_line(self.tr("% met besluit afgerond"),
                          [_share(f.ended.decided_percentage) for f in follow], LOPEND_COLOR)],
            100, fill(period, "; ".join(filter(None, (
                figure_words.decided_text(ended), figure_words.ended_otherwise_text(ended))))),
            axis_title="%", legend=False, later=True)

        deferred = [_share(f.ended.deferred_percentage) for f in follow]
        # Up to a quarter, or the highest point: the goal of 10% stays readable.
        self.deferred.plot(
            dates, [_line(self.tr("% uitgesteld"), deferred, ACUUT_COLOR),
                    _goal(fill(self.tr("doel: hoogstens %1%"), figure_words.goal_percent(
                        follow_through.DEFERRED_GOAL)), follow_through.DEFERRED_GOAL,
                          len(dates))],
            max([25.0, *(v + 5 for v in deferred if v is not None)]),
            fill(period, figure_words.deferred_text(ended)), axis_title="%", later=True)

        open_ = [float(f.actions.open) for f in follow]
        late = [float(f.actions.overdue) for f in follow]
        last = follow[-1].actions
        self.open_actions.plot(
            dates, [_line(self.tr("open"), open_, LOPEND_COLOR),
                    _line(self.tr("te laat"), late, ACUUT_COLOR, dashed=True)],
            max(open_ + late) + 1,
            fill(self.tr("Op %1: %2."), format_nl(last.on), figure_words.actions_text(last)),
            axis_title=self.tr("acties"), later=True)
        QTimer.singleShot(0, self.draw_seen)

    def draw_seen(self) -> None:
        """Draw the waiting charts that are (partly) in view: the follow-through charts
        lie below the first screen, and drawing them before they are seen would slow
        down opening Trends (benchmarks/bench_besluiten.py)."""
        if not self.charts.isVisible():
            return
        bottom = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height()
        for chart in self.follow_charts:
            if chart.geometry().top() < bottom:
                chart.draw_waiting()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        QTimer.singleShot(0, self.draw_seen)
