"""The "Besluiten" area: the meetings held (newest first) on the left; for the chosen
meeting its besluitenlijst and its review (verloop), and the trends over all meetings of
a period.

Reads only (corrections go through the decision form). Refreshes after changes to
meetings, decisions, items and ratings, once per operation and only while visible; the
review and the trends are computed only when their tab is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vergadering import follow_through, meetings, ratings, review, trends
from vergadering import settings as team_settings
from vergadering.dates import format_nl
from vergadering.follow_through import MeetingFollowThrough
from vergadering.meetings import HeldMeeting, MeetingStatus
from vergadering.minutes import Minutes, besluitenlijst
from vergadering.ratings import Averages
from vergadering.review import MeetingReview
from vergadering.settings import Block
from vergadering.store import Store

from .. import common
from ..i18n import count
from ..kit import widgets
from ..kit.widgets import MessageLabel
from ..refresh import RefreshOnChange
from .minutes_panel import MinutesPanel
from .review_panel import ReviewPanel
from .trends_panel import TrendsPanel

REFRESH_ON = ("meeting", "decision", "item", "consultation", "rating", "settings")


class DecisionsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._meetings: list[HeldMeeting] = []

        title = QLabel(self.tr("Besluiten"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("De besluitenlijst en het verloop per vergadering, en de "
                               "trends over de afgelopen maanden."))
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        self.empty_label = widgets.hint_label(self.tr(
            "Er is nog geen vergadering gehouden. Zodra een vergadering is gestart, staan "
            "de besluitenlijst en het verloop hier."))
        self.empty_label.hide()

        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setSpacing(2)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.currentRowChanged.connect(lambda _row: self._show_current())
        meetings_label = QLabel(self.tr("&Vergaderingen"))
        meetings_label.setBuddy(self.meeting_list)
        self.left = QWidget()
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(meetings_label)
        left_layout.addWidget(self.meeting_list, 1)

        self.minutes_panel = MinutesPanel(store)
        self.review_panel = ReviewPanel()
        self.trends_panel = TrendsPanel(lambda _months: self._show_tab())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.minutes_panel, self.tr("&Besluitenlijst"))
        self.tabs.addTab(self.review_panel, self.tr("Ver&loop"))
        self.tabs.addTab(self.trends_panel, self.tr("&Trends"))
        self.tabs.currentChanged.connect(lambda _index: self._show_tab())

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False

        self.status = MessageLabel(error=False)
        self.minutes_panel.message.connect(self.status.show_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.refresher = RefreshOnChange(self, store, REFRESH_ON, self.refresh)
        self.refresh()

    @property
    def minutes(self) -> Minutes | None:
        """The besluitenlijst shown."""
        return self.minutes_panel.minutes

    # -- refreshing ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._sized:  # the style sheet's font is known once shown
            self._sized = True
            self.meeting_list.ensurePolished()
            wanted = self.meeting_list.fontMetrics().horizontalAdvance(
                self.tr("00-00-0000  ·  99 besluiten")) + 56
            self.meeting_list.setMinimumWidth(wanted)
            self.splitter.setSizes([wanted, 100 * wanted])  # the list no wider than needed
        if self.refresher.stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload the meetings and the chosen one; a storage problem keeps what is shown."""
        self.refresher.start_refresh()
        chosen = self.current_date()
        found = common.load(lambda: meetings.held(self.store), self.status.show_message)
        if found is None:
            return
        self.refresher.stale = False
        self._meetings = found
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in found:
            item = QListWidgetItem(self._meeting_text(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.date)
            self.meeting_list.addItem(item)
        dates = [m.date for m in found]
        row = dates.index(chosen) if chosen in dates else (0 if dates else -1)
        self.meeting_list.setCurrentRow(row)
        self.meeting_list.blockSignals(False)
        self.empty_label.setVisible(not found)
        self.splitter.setVisible(bool(found))
        self._show_current()

    def _meeting_text(self, meeting: HeldMeeting) -> str:
        decided = (self.tr("geen besluiten") if meeting.decisions == 0 else
                   count(meeting.decisions, self.tr("%n besluit"), self.tr("%n besluiten")))
        line = f"{format_nl(meeting.date)}  ·  {decided}"
        if meeting.status is MeetingStatus.RUNNING:
            line += "\n" + self.tr("(loopt nog)")
        return line

    def current_date(self) -> dt.date | None:
        item = self.meeting_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_meeting(self, date: dt.date) -> None:
        for row in range(self.meeting_list.count()):
            if self.meeting_list.item(row).data(Qt.ItemDataRole.UserRole) == date:
                self.meeting_list.setCurrentRow(row)
                return

    def _show_current(self) -> None:
        date = self.current_date()
        # In a tuple: None from the load is a storage problem, None inside is no meeting.
        loaded = common.load(lambda: (besluitenlijst(self.store, date)
                                      if date is not None else None,),
                             self.status.show_message)
        if loaded is None:
            return
        minutes = loaded[0]
        shown = self.minutes_panel.minutes
        if minutes is None or shown is None or minutes.date != shown.date:
            self.status.clear()  # what it said was about another meeting
        self.minutes_panel.set_minutes(minutes)
        self._show_tab()

    def _show_tab(self) -> None:
        """Compute what the chosen tab shows (the review and trends only when shown)."""
        current = self.tabs.currentWidget()
        self.left.setVisible(current is not self.trends_panel)  # trends span all meetings
        if current is self.review_panel:
            date = self.current_date()
            found = common.load(lambda: self._read_review(date), self.status.show_message)
            if found is not None:
                self.review_panel.set_review(*found)
        elif current is self.trends_panel:
            since = self.trends_panel.since(self.store.clock.now().date())
            # A second or two on a large organisation's database: say so.
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                points = common.load(lambda: (trends.trends(self.store, since),
                                              team_settings.load(self.store).horizon_months),
                                     self.status.show_message)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if points is not None:
                self.trends_panel.set_points(*points)

    def _read_review(self, date: dt.date | None) -> tuple[
            MeetingReview | None, tuple[Block, ...], Averages | None,
            MeetingFollowThrough | None]:
        reviewed = review.review(self.store, date) if date is not None else None
        averages = (ratings.averages(self.store, reviewed.meeting_id)
                    if reviewed is not None else None)
        follow = (follow_through.meeting_follow_through(self.store, reviewed)
                  if reviewed is not None else None)
        return reviewed, team_settings.load(self.store).block_order(), averages, follow
