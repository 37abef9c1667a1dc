"""The review of one meeting (from :func:`vergadering.review.review`): planned against
actual time per block and per item, overruns, extensions, the chair's choices when a
block's time was up, items carried over, sent to a separate consultation or withdrawn,
bells with their reasons, the share of items that ended in a decision (*met besluit
afgerond*, docs/figures.md), evaluations done against due, the follow-through of the
meeting (:mod:`.follow_through_box`) and the averages of the anonymous procescheck.

Never on the projector: this lives in the main window only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vergadering import follow_through
from vergadering.follow_through import MeetingFollowThrough
from vergadering.ratings import Averages, Question
from vergadering.review import ItemReview, MeetingReview, ReviewOutcome
from vergadering.settings import Block
from vergadering.timeline import BellReason, BlockChoice

from ..i18n import count, fill, tr
from ..kit import chair_text, palette, widgets, words
from ..kit import figures as figure_words
from ..kit.rating_dialog import MIN_RESPONDENTS_SHOWN, question_text
from . import figure_card
from .figure_card import Figure
from .follow_through_box import FollowThroughBox

OVER_COLOR = palette.DANGER
STYLE = figure_card.STYLE + f"""
QLabel#reviewHeading {{ font-size: 13pt; font-weight: 600; color: {palette.INK}; }}
"""


def clock(seconds: float) -> str:
    """Talk time as ``m:ss`` (``1:05:00`` from an hour on)."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def whole_minutes(seconds: float) -> str:
    return chair_text.minutes(round(seconds / 60))


def outcome_text(outcome: ReviewOutcome) -> str:
    return {
        ReviewOutcome.DECIDED: tr("besluit"),
        ReviewOutcome.DEFERRED: tr("uitgesteld"),
        ReviewOutcome.SKIPPED: tr("overgeslagen"),
        ReviewOutcome.CONSULTATION: tr("apart overleg"),
        ReviewOutcome.WITHDRAWN: tr("ingetrokken"),
        ReviewOutcome.NOT_REACHED: tr("niet bereikt"),
        ReviewOutcome.IN_PROGRESS: tr("wordt besproken"),
    }[outcome]


def choice_text(choice: BlockChoice) -> str:
    """The chair's choice once a block's time was up (rules 2 and 9)."""
    return {BlockChoice.DEFER: tr("uitgesteld"),
            BlockChoice.CONSULTATION: tr("apart overleg"),
            BlockChoice.TAKE_ANYWAY: tr("toch genomen"),
            BlockChoice.FINISH: tr("1 minuut om af te ronden")}[choice]


# A choice that only repeats the outcome (deferred, apart overleg) is not shown again.
_SAME = {(ReviewOutcome.DEFERRED, BlockChoice.DEFER),
         (ReviewOutcome.CONSULTATION, BlockChoice.CONSULTATION)}


def item_outcome_text(item: ItemReview) -> str:
    """``besluit (toch genomen)``, ``uitgesteld``: the outcome, with the chair's (last)
    choice for the item when it adds to it."""
    text = outcome_text(item.outcome)
    choice = item.acute_choice
    if choice is None or (item.outcome, choice) in _SAME:
        return text
    return f"{text} ({choice_text(choice)})"


def reason_text(reason: BellReason) -> str:
    return words.bell_reason(reason).replace("&", "")


def counted(pairs: list[tuple[str, int]]) -> str:
    """``lang verhaal 2 · sluit niet aan 1``; the pairs with a count only."""
    return " · ".join(f"{name} {n}" for name, n in pairs if n)


class ReviewPanel(QScrollArea):
    """Shows one :class:`MeetingReview` (with the procescheck's averages)."""

    CLIENT, BLOCK, TYPE, PLANNED, ACTUAL, EXTENDED, BELLS, OUTCOME = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: MeetingReview | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Sideways when the block figures do not fit (a narrow panel), never cut off.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        content = QWidget()
        content.setStyleSheet(STYLE)

        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.note = widgets.hint_label("")
        self.time_figure = Figure(self.tr("Tijd"))
        self.decided_figure = Figure(figure_words.decided_name())
        self.decided_figure.setToolTip(figure_words.decided_tip())
        self.bell_figure = Figure(self.tr("Belletje"))
        self.evaluation_figure = Figure(self.tr("Toe en besproken"))
        self.figures = QGridLayout()
        self.figures.setSpacing(10)
        self._figure_columns = 0
        self._arrange_figures(4)

        self.blocks = QGridLayout()
        self.blocks.setHorizontalSpacing(24)
        for column, text in enumerate((self.tr("Blok"), self.tr("Budget"), self.tr("Gepland"),
                                       self.tr("Besteed"), self.tr("Besproken"))):
            header = QLabel(text)
            header.setStyleSheet("font-weight: 600;")
            self.blocks.addWidget(header, 0, column)
        self.block_cells: dict[Block, list[QLabel]] = {}
        self.facts = widgets.hint_label("")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rating = widgets.hint_label("")
        self.follow_through = FollowThroughBox()

        self.items = QTableWidget(0, 8)
        self.items.setHorizontalHeaderLabels([
            self.tr("Cliënt"), self.tr("Blok"), self.tr("Soort"), self.tr("Gepland\n(min)"),
            self.tr("Besteed"), self.tr("Verlengd\n(min)"), self.tr("Belletje"),
            self.tr("Uitkomst")])
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setAlternatingRowColors(True)
        # Every column as wide as its title and texts, the outcome to the edge; the
        # table scrolls sideways where the panel is narrower (never "niet …").
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.OUTCOME, QHeaderView.ResizeMode.Fixed)  # _fit_outcome
        header.sectionResized.connect(lambda column, *_: (
            None if column == self.OUTCOME else self._fit_outcome()))
        self.items.installEventFilter(self)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_table_height())

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self.figures)
        layout.addLayout(self.blocks)
        layout.addWidget(self.facts)
        layout.addWidget(self.follow_through)
        layout.addWidget(self.rating)
        items_title = QLabel(self.tr("Per agendapunt"))
        items_title.setObjectName("reviewHeading")
        layout.addWidget(items_title)
        layout.addWidget(self.items)
        layout.addStretch(1)
        self.setWidget(content)  # after the table: its events come to eventFilter

    def _arrange_figures(self, columns: int) -> None:
        """Four figures in a row where there is room, else two by two."""
        if columns == self._figure_columns:
            return
        self._figure_columns = columns
        for index, figure in enumerate((self.time_figure, self.decided_figure,
                                        self.bell_figure, self.evaluation_figure)):
            # Equal widths from the stretch alone, whatever the texts; as high as the
            # wrapped detail needs at that width (a new policy drops that flag).
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            figure.setSizePolicy(policy)
            self.figures.addWidget(figure, index // columns, index % columns)
        for column in range(4):
            self.figures.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        wide = self.viewport().width() >= 60 * self.fontMetrics().averageCharWidth() * 2
        self._arrange_figures(4 if wide else 2)

    def set_review(self, review: MeetingReview | None, block_order: tuple[Block, ...],
                   averages: Averages | None = None,
                   follow: MeetingFollowThrough | None = None) -> None:
        """``follow``: the meeting's follow-through, when read (else that part is hidden)."""
        self.review = review
        self.widget().setVisible(review is not None)
        if review is None:
            return
        self.heading.setText(fill(self.tr("Verloop van de vergadering van %1"),
                                  words.long_date(review.date)))
        self.note.setText(self.tr("De vergadering loopt nog: de cijfers zijn voorlopig.")
                          if not review.closed else "")
        self.note.setVisible(not review.closed)
        self._show_figures(review)
        self._show_blocks(review, block_order)
        self.facts.setText("\n".join(self._fact_lines(review)))
        self.follow_through.set_follow(follow)
        self.rating.setText(self._rating_text(averages))
        self._show_items(review.items)

    # -- parts -------------------------------------------------------------------------
    def _show_figures(self, review: MeetingReview) -> None:
        if review.started_at is not None and review.ended_at is not None:
            length = (review.ended_at - review.started_at).total_seconds()
            span = f"{words.clock_time(review.started_at)}–{words.clock_time(review.ended_at)}"
        else:
            length, span = 0.0, ""
        late = round(review.late_by / 60)
        self.time_figure.show_figure(
            whole_minutes(length) if review.ended_at else self.tr("loopt nog"),
            " · ".join(filter(None, (span, fill(self.tr("%1 later dan gepland"),
                                                 chair_text.minutes(late))
                                      if late > 0 else self.tr("op tijd")))))
        # Met besluit afgerond, as docs/figures.md counts it (follow_through.items_ended).
        ended = follow_through.ended_in(review.date, review.date, (review,))
        if ended.decided_percentage is None:
            self.decided_figure.show_figure("—", self.tr("geen punten op de agenda"))
        else:
            self.decided_figure.show_figure(
                f"{ended.decided_percentage}%",
                fill(count(ended.items, self.tr("%1 van %n punt"), self.tr("%1 van %n punten")),
                     ended.decided))
        self.bell_figure.show_figure(
            chair_text.bell_count(review.bells) if review.bells else self.tr("niet gebeld"),
            counted([(reason_text(r), n) for r, n in review.bells_by_reason.items()]))
        self.evaluation_figure.show_figure(
            figure_words.due_and_discussed_text(review.due_and_discussed),
            count(review.evaluations_done,
                  self.tr("cliënten die aan de beurt waren; %n besluit over een lopende "
                          "behandeling in totaal"),
                  self.tr("cliënten die aan de beurt waren; %n besluiten over lopende "
                          "behandelingen in totaal")))
        self.evaluation_figure.setToolTip(figure_words.due_and_discussed_tip())

    def _show_blocks(self, review: MeetingReview, order: tuple[Block, ...]) -> None:
        for row, block in enumerate(order, start=1):
            cells = self.block_cells.get(block)
            if cells is None:
                cells = [QLabel() for _ in range(5)]
                for cell in cells:
                    cell.setWordWrap(True)  # a long block name or "(over budget)"
                self.block_cells[block] = cells
                for column, cell in enumerate(cells):
                    self.blocks.addWidget(cell, row, column)
            figures = review.blocks[block]
            over = figures.actual_seconds > 60 * figures.budget_minutes
            values = (words.block_name(block), chair_text.minutes(figures.budget_minutes),
                      chair_text.minutes(figures.planned_minutes), clock(figures.actual_seconds)
                      + (" " + self.tr("(over budget)") if over else ""),
                      fill(count(figures.items, self.tr("%1 van %n punt"),
                                 self.tr("%1 van %n punten")), figures.discussed))
            for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
                cell.setText(value)
                cell.setStyleSheet(f"color: {OVER_COLOR}; font-weight: 600;"
                                   if over and column == 3 else "")

    def _fact_lines(self, review: MeetingReview) -> list[str]:
        overrun = whole_minutes(review.overrun_seconds)
        lines = [self.tr("Geen punt liep uit.") if not review.overruns else
                 fill(count(review.overruns, self.tr("Uitgelopen: %n punt, %1."),
                            self.tr("Uitgelopen: %n punten, samen %1.")), overrun)]
        if review.extensions:
            lines.append(fill(self.tr("Verlengd: %1×, samen %2."), review.extensions,
                              chair_text.minutes(review.extension_minutes)))
        # Logged for both blocks, and for acute items not reached at the close.
        choices = " · ".join(f"{choice_text(c)}: {n}"
                             for c, n in review.acute_choices.items() if n)
        if choices:
            lines.append(fill(self.tr("Keuzes van de voorzitter per punt: %1."), choices))
        if review.charged_to_lopend:
            lines.append(fill(self.tr("Acute punten ten koste van de lopende behandelingen: "
                                      "%1."), whole_minutes(review.charged_to_lopend)))
        moved = review.carried_to_next + review.deferred_to_next
        lines.append(fill(self.tr("Naar de volgende vergadering: %1 (niet bereikt of "
                                  "overgeslagen %2, uitgesteld %3)."), moved,
                          review.carried_to_next, review.deferred_to_next)
                     if moved else self.tr("Niets naar de volgende vergadering."))
        consulted = review.outcomes.get(ReviewOutcome.CONSULTATION, 0)
        withdrawn = review.outcomes.get(ReviewOutcome.WITHDRAWN, 0)
        if consulted or withdrawn:
            lines.append(fill(self.tr("Zonder besluit: apart overleg %1, ingetrokken bij het "
                                      "afsluiten %2."), consulted, withdrawn))
        if review.bells_without_reason:
            lines.append(fill(self.tr("Belletje zonder reden: %1×."),
                              review.bells_without_reason))
        return lines

    def _rating_text(self, averages: Averages | None) -> str:
        if averages is None or averages.respondents == 0:
            return self.tr("Procescheck: niet ingevuld.")
        if averages.respondents < MIN_RESPONDENTS_SHOWN or averages.overall is None:
            return count(averages.respondents,
                         self.tr("Procescheck: %n invuller; gemiddelden verschijnen vanaf "
                                 "drie, zodat niemands antwoord te herkennen is."),
                         self.tr("Procescheck: %n invullers; gemiddelden verschijnen vanaf "
                                 "drie, zodat niemands antwoord te herkennen is."))
        lines = [fill(self.tr("Procescheck (anoniem, %1 invullers), gemiddeld op 0–10:"),
                      averages.respondents)]
        for question in Question:
            mean = averages.per_question.get(question)
            if mean is None:
                continue
            lines.append(f"  {question_text(question)}  {mean:.1f}".replace(".", ","))
        return "\n".join(lines)

    def _show_items(self, reviewed: tuple[ItemReview, ...]) -> None:
        table = self.items
        table.setRowCount(len(reviewed))
        red = QBrush(QColor(OVER_COLOR))
        for row, item in enumerate(reviewed):
            over = item.overrun_seconds > 0
            actual = (self.tr("hamerstuk") if item.hamerstuk else
                      clock(item.actual_seconds) if item.started else "—")
            values = (item.client_reference, words.block_label(item.block),
                      words.type_name(item.type), str(item.planned_minutes),
                      actual, f"+{item.extension_minutes}" if item.extension_minutes else "",
                      str(item.bells) if item.bells else "",
                      item_outcome_text(item))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == self.ACTUAL and over:
                    cell.setForeground(red)
                    cell.setToolTip(fill(self.tr("%1 over de geplande tijd"),
                                         clock(item.overrun_seconds)))
                if column == self.OUTCOME:
                    cell.setToolTip(value)
                if column == self.BELLS and item.bell_reasons:
                    cell.setToolTip(", ".join(reason_text(r) if r else self.tr("zonder reden")
                                              for r in item.bell_reasons))
                table.setItem(row, column, cell)
        self._fit_outcome()
        self._fit_table_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.items and event.type() == QEvent.Type.Resize:
            self._fit_outcome()
        return super().eventFilter(watched, event)

    def _fit_outcome(self) -> None:
        """The outcome (the last column) as wide as its texts, to the table's edge."""
        table, header = self.items, self.items.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.OUTCOME))
        width = max(header.sectionSizeHint(self.OUTCOME), table.sizeHintForColumn(
            self.OUTCOME), table.viewport().width() - others)
        if header.sectionSize(self.OUTCOME) != width:
            header.resizeSection(self.OUTCOME, width)

    def _fit_table_height(self) -> None:
        """Every row and the sideways scroll bar: the page scrolls, not the table."""
        table = self.items
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(r) for r in range(table.rowCount()))
        if table.horizontalScrollBar().maximum() > 0:
            height += table.horizontalScrollBar().sizeHint().height()
        if height != table.height():
            table.setFixedHeight(height)
