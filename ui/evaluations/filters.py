"""The overview's filters on the Evaluaties page: behandelaar and status, each status
with its number of clients, the search field, and the count of clients shown and chosen.
A mixin of :class:`ui.evaluations.page.EvaluationsPage`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit

from vergadering.overview import Row, Status

from ..i18n import count, fill
from ..kit import widgets, words
from .model import ALL, NO_BEHANDELAAR

if TYPE_CHECKING:
    from .page import EvaluationsPage

    _Base = EvaluationsPage
else:
    _Base = object


class EvaluationFilters(_Base):
    """Filtering and searching the overview."""

    def _build_filters(self) -> None:
        self.behandelaar_combo = QComboBox()
        self.behandelaar_combo.setMinimumContentsLength(18)
        self.behandelaar_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.behandelaar_combo.addItem(self.tr("Alle behandelaars"), ALL)
        self.behandelaar_combo.currentIndexChanged.connect(self._on_behandelaar)
        self.status_combo = QComboBox()
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.addItem(self.tr("Alle"), None)
        for status in Status:
            self.status_combo.addItem(words.status_name(status), status)
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("cliëntreferentie"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().averageCharWidth() * 18)
        self.search_edit.textChanged.connect(self._on_search)
        clear_search = QAction(self)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search_edit.clear)
        self.search_edit.addAction(clear_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("evaluationCount")

        self.filters = QHBoxLayout()
        for caption, widget in ((self.tr("&Behandelaar:"), self.behandelaar_combo),
                                (self.tr("S&tatus:"), self.status_combo),
                                (self.tr("&Zoeken:"), self.search_edit)):
            label = QLabel(caption)
            label.setBuddy(widget)
            self.filters.addWidget(label)
            self.filters.addWidget(widget, 1 if widget is self.search_edit else 0)
            self.filters.addSpacing(10)
        self.filters.addStretch(1)
        self.empty_label = widgets.hint_label("")
        self.empty_label.hide()

    def _fill_behandelaars(self, rows: list[Row]) -> None:
        names: dict[int, str] = {}
        without = False
        for row in rows:
            if row.behandelaar_id is None:
                without = True
            else:
                names[row.behandelaar_id] = row.behandelaar or ""
        combo = self.behandelaar_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle behandelaars"), ALL)
        for member_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            combo.addItem(name, member_id)
        if without:
            combo.addItem(self.tr("(geen behandelaar)"), NO_BEHANDELAAR)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and current != ALL:
            self.proxy.set_behandelaar(ALL)

    def _fill_statuses(self) -> None:
        """Each status with its number of clients (of the chosen behandelaar)."""
        chosen = self.behandelaar_combo.currentData()
        counts = {status: 0 for status in Status}
        for row in self._all_rows:
            if chosen == ALL or (row.behandelaar_id or NO_BEHANDELAAR) == chosen:
                counts[row.status] += 1
        for index in range(1, self.status_combo.count()):
            status = self.status_combo.itemData(index)
            self.status_combo.setItemText(index, fill(self.tr("%1 (%2)"),
                                                      words.status_name(status), counts[status]))

    def _on_behandelaar(self) -> None:
        self.proxy.set_behandelaar(int(self.behandelaar_combo.currentData()))
        self._fill_statuses()
        self._update_count()

    def _on_status(self) -> None:
        self.proxy.set_status(self.status_combo.currentData())
        self._update_count()

    def _on_search(self, needle: str) -> None:
        self.proxy.set_search(needle)
        self._update_count()

    def set_status_filter(self, status: Status | None) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def set_behandelaar_filter(self, member_id: int) -> None:
        self.behandelaar_combo.setCurrentIndex(self.behandelaar_combo.findData(member_id))

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text_ = fill(count(total, self.tr("%n cliënt, %1 getoond"),
                           self.tr("%n cliënten, %1 getoond")), shown)
        selected = self._selected_count()
        if selected > 1:
            text_ += fill(self.tr(", %1 gekozen"), selected)
        self.count_label.setText(text_)
        if total == 0:
            self.empty_label.setText(self.tr(
                "Er zijn geen actieve cliënten. Voeg ze toe onder Team › Cliënten of importeer "
                "een cliëntenlijst (Bestand › Cliënten importeren)."))
        elif shown == 0:
            needle = self.search_edit.text().strip()
            self.empty_label.setText(
                fill(self.tr("Geen cliënt gevonden voor '%1' met deze filters."), needle)
                if needle else self.tr("Geen cliënten met deze filters."))
        self.empty_label.setVisible(total == 0 or shown == 0)
