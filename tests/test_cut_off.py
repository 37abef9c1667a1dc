"""Nothing is cut off on a laptop's screen (1280x720, 1366x768) or the beamer: no button
or single-line label whose text needs more width than it has, no table header narrower
than its title (or a table wider than its view without a scroll bar), no chart whose
date labels are clipped, no wrapped label that breaks a person's name over two lines,
and the projector's bell button has room for the keys that ring it.

Every area, the Besluiten tabs (Verloop of a meeting under way and of a closed one,
Trends), the chair's screen during an item and the projector, with the app's style
sheet (its 12 pt type). The checks measure what a user would see; see ``cut_offs``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCharts import QCategoryAxis, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from ui import paths
from ui.decisions.page import DecisionsPage
from ui.main_window import MainWindow
from ui.meeting.bell import KEYS_SETTING, set_bell_keys
from ui.meeting.projector import ProjectorWindow
from ui.meeting.projector_fit import pixel_font
from vergadering import consultations, decisions, demo, items, members, run
from vergadering.clock import FakeClock
from vergadering.follow_up import CarriedOut, FollowUpInput
from vergadering.items import DecisionKind
from vergadering.settings import Block
from vergadering.store import Store, open_memory
from vergadering.timeline import BlockChoice

# The chair's screen asks Qt Multimedia for a sound device when a meeting runs; without
# a sound server Qt warns once per process.
pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)

SIZES = ((1280, 720), (1366, 768))
MEETING = dt.datetime(2026, 11, 24, 9, 0)  # the demo's next meeting
PRESENTER = "Anouk de Vries"


# -- the checks ----------------------------------------------------------------------
def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _document(label: QLabel, width: float | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    if rich:
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    if width is not None:
        doc.setTextWidth(width)
    return doc


def _label_room(label: QLabel) -> int:
    return label.contentsRect().width() - 2 * label.margin() - max(0, label.indent())


def _label_needs(label: QLabel) -> float:
    """The width the label's text needs on one line (per line of a multi-line text)."""
    if label.textFormat() is Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(label.text()):
        metrics = QFontMetricsF(label.font())
        text = label.text().replace("&&", "\0") if label.buddy() else label.text()
        if label.buddy() is not None:
            text = text.replace("&", "").replace("\0", "&")
        return max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    return _document(label).idealWidth()


def _label_cut(label: QLabel) -> str | None:
    if not label.text() or label.wordWrap() or not label.pixmap().isNull():
        return None
    if label.text().endswith("…") and label.toolTip():
        return None  # elided on purpose, the whole text in its tooltip
    needs, room = _label_needs(label), _label_room(label)
    if needs > room + 1:
        return f"label {label.text()!r}: needs {needs:.0f} px, has {room}"
    return None


def _name_broken(label: QLabel, names: set[str]) -> str | None:
    """A word-wrapped label whose lines break one of ``names`` in two."""
    if not label.wordWrap() or not label.text():
        return None
    doc = _document(label, _label_room(label))
    text = doc.toPlainText().replace("\u00a0", " ")  # a no-break space keeps a name whole
    present = [n for n in names if n in text]
    if not present:
        return None
    doc.documentLayout().documentSize()  # lays the lines out
    breaks: set[int] = set()
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(1, layout.lineCount()):
            breaks.add(block.position() + layout.lineAt(n).textStart())
        block = block.next()
    for name in present:
        start = text.find(name)
        while start >= 0:
            if any(start < b < start + len(name) for b in breaks):
                return f"label {label.text()!r}: breaks {name!r} over two lines"
            start = text.find(name, start + 1)
    return None


def _button_cut(button: QPushButton | QToolButton) -> str | None:
    if not button.text():
        return None
    needs = button.sizeHint().width()
    if button.width() < needs - 2:
        return f"button {button.text()!r}: needs {needs} px, has {button.width()}"
    return None


def _header_cut(view: QAbstractItemView) -> Iterator[str]:
    header = getattr(view, "horizontalHeader", lambda: None)()
    model = view.model()
    if header is None or model is None or not header.isVisible():
        return
    total = 0
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        total += header.sectionSize(section)
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        # The style's (and style sheet's) size for the title, bold and padded.
        needs = header.sectionSizeHint(section) if title else 0
        if header.sectionSize(section) < needs - 2:
            yield f"header {title!r}: needs {needs} px, has {header.sectionSize(section)}"
    if (total > view.viewport().width() + 1 and view.horizontalScrollBarPolicy()
            is Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
        yield f"table of {header.count()} columns wider than its view, with no scroll bar"


def _scroll_cut(area: QScrollArea) -> str | None:
    """A scroll area whose page needs more width than it has, with no sideways bar."""
    page = area.widget()
    if (page is None or not area.widgetResizable() or area.horizontalScrollBarPolicy()
            is not Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
        return None
    needs = page.minimumSizeHint().width()
    if needs > area.viewport().width() + 1:
        return (f"{type(area).__name__}: its page needs {needs} px, has "
                f"{area.viewport().width()}, and no scroll bar")
    return None


def _chart_cut(view: QChartView) -> Iterator[str]:
    """Date labels standing upright under a chart must fit between the plot and the
    legend (else QtCharts cuts them: "5-09" for "15-09")."""
    chart = view.chart()
    widget = view.parentWidget()
    while widget is not None and not widget.isWindow():
        layout = widget.layout()
        if layout is not None and widget.height() < layout.minimumSize().height() - 1:
            yield (f"chart in {type(widget).__name__}: {widget.height()} px high, its "
                   f"layout needs {layout.minimumSize().height()} (the charts overlap)")
            break
        widget = widget.parentWidget()
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if not isinstance(axis, QCategoryAxis) or not axis.categoriesLabels():
            continue
        metrics = QFontMetricsF(axis.labelsFont())
        longest = max(metrics.horizontalAdvance(t) for t in axis.categoriesLabels())
        room = chart.plotArea().width() / max(1, len(axis.categoriesLabels()))
        if axis.labelsAngle() != 0:
            legend = chart.legend()
            below = chart.size().height() - chart.plotArea().bottom() - chart.margins().bottom()
            if legend.isVisible():
                below -= legend.size().height()
            room = below - metrics.height()  # the tick and the gap above the labels
        if longest > room:
            yield (f"chart date labels ({axis.categoriesLabels()[0]!r}…): need "
                   f"{longest:.0f} px, have {room:.0f}")


def _bell_cut(window: ProjectorWindow) -> str | None:
    """The keys under the bell are painted at 13% of the button's height."""
    button = window.bell_button
    if not button.isVisible() or not button.keys_hint:
        return None
    box = button.width() - 4
    font = pixel_font(button.font(), (button.height() - 4) * 0.13, QFont.Weight.Normal)
    needs = QFontMetricsF(font).horizontalAdvance(button.keys_hint)
    room = box * 0.85  # a margin of 7.5% either side, as the bell's own word has
    if needs > room:
        return f"bell keys {button.keys_hint!r}: need {needs:.0f} px, have {room:.0f}"
    return None


def cut_offs(root: QWidget, names: set[str]) -> list[str]:
    """Everything visible in ``root`` whose text does not fit."""
    found: list[str] = []
    for button in [*root.findChildren(QPushButton), *root.findChildren(QToolButton)]:
        if _shown(button) and (problem := _button_cut(button)):
            found.append(problem)
    for label in root.findChildren(QLabel):
        if not _shown(label):
            continue
        for problem in (_label_cut(label), _name_broken(label, names)):
            if problem:
                found.append(problem)
    for view in root.findChildren(QAbstractItemView):
        if _shown(view):
            found.extend(_header_cut(view))
    for area in root.findChildren(QScrollArea):
        if _shown(area) and (problem := _scroll_cut(area)):
            found.append(problem)
    for chart in root.findChildren(QChartView):
        if _shown(chart):
            found.extend(_chart_cut(chart))
    if isinstance(root, ProjectorWindow) and (problem := _bell_cut(root)):
        found.append(problem)
    return found


# -- the screens -----------------------------------------------------------------------
def _decide(store: Store, item_id: int) -> None:
    due = decisions.follow_up_due(store, items.get(store, item_id).client_id)  # rule 12
    decisions.record_decision(store, item_id, decisions.DecisionInput(
        DecisionKind.DOORGAAN, dt.date(2027, 3, 1), koers="Zo doorgaan",
        follow_up=FollowUpInput(CarriedOut.FULLY) if due else None))


def _meeting_under_way(store: Store) -> None:
    """Lopend items decided, the acute block over its time (one item to a separate
    consultation), and Anouk de Vries's item under discussion."""
    clock = store.clock
    assert isinstance(clock, FakeClock)
    meeting = run.start_meeting(store)
    on_agenda = run.meeting_items(store, meeting)
    acute = [i for i in on_agenda if i.block is Block.ACUUT]
    lopend = sorted((i for i in on_agenda if i.block is Block.LOPEND),
                    key=lambda i: i.position)
    for item in lopend[:2]:
        run.start_item(store, item.id)
        clock.advance(minutes=6)
        _decide(store, item.id)
    run.start_item(store, acute[0].id)
    clock.advance(minutes=31)
    _decide(store, acute[0].id)
    taker = members.list_members(store)[0]
    run.choose(store, acute[1].id, BlockChoice.CONSULTATION,
               consultation=consultations.ConsultationInput(taker.id, dt.date(2026, 12, 8)))
    anouk = next(i for i in lopend if i.presenter == PRESENTER)
    run.start_item(store, anouk.id)
    clock.advance(minutes=2)


@pytest.fixture(scope="module")
def meeting_store() -> Iterator[Store]:
    """One demo team with its meeting under way for every test here (they only look)."""
    store = open_memory(FakeClock(MEETING))
    demo.fill_demo(store)
    _meeting_under_way(store)
    yield store
    store.close()


@pytest.fixture
def under_way(meeting_store: Store, app_style) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    set_bell_keys(["B", ".", "PgDown"])  # as a clicker sends them
    yield meeting_store
    settings = paths.settings()
    settings.remove(KEYS_SETTING)  # the other tests expect the default keys
    settings.sync()


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(1)  # layouts that depend on a width settle in more than one pass
    qtbot.wait(1)


def _window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    """One window for all sizes: building the areas is what takes the time."""
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    return win


def _look(qtbot, root: QWidget, names: set[str], where: str,  # type: ignore[no-untyped-def]
          found: list[str]) -> None:
    _settle(qtbot)
    found.extend(f"{root.width()}x{root.height()} {where}: {problem}"
                 for problem in cut_offs(root, names))


def test_nothing_is_cut_off_on_a_laptop(qtbot, under_way: Store) -> None:  # type: ignore[no-untyped-def]
    """Every area and every Besluiten tab, of the meeting under way and a closed one."""
    names = {m.name for m in members.list_members(under_way)}
    win = _window(qtbot, under_way)
    found: list[str] = []
    # Sizes innermost: choosing a meeting or a tab recomputes, a resize does not.
    for area in ("agenda", "vergadering", "evaluaties", "team"):
        win.show_area(area)
        for size in SIZES:
            win.resize(*size)
            _look(qtbot, win, names, area, found)
    win.show_area("besluiten")
    page = win.findChild(DecisionsPage)
    review = page.review_panel
    for row, state, tabs in ((0, "under way", (0, 1, 2)), (1, "closed", (1, 0))):
        page.meeting_list.setCurrentRow(row)
        for index in tabs:  # the trends do not depend on the meeting chosen
            page.tabs.setCurrentIndex(index)
            where = f"besluiten/{page.tabs.tabText(index).replace('&', '')} ({state})"
            for size in SIZES:
                win.resize(*size)
                _look(qtbot, win, names, where, found)
                if page.tabs.currentWidget() is review:  # its table, scrolled to
                    review.ensureWidgetVisible(review.items)
                    _look(qtbot, win, names, where + " table", found)
                    review.verticalScrollBar().setValue(0)
    assert found == []


def test_nothing_is_cut_off_during_an_item(qtbot, under_way: Store) -> None:  # type: ignore[no-untyped-def]
    """The chair's screen and the projector while Anouk de Vries's item runs (at
    1280x800 the countdown is larger than at 1280x720)."""
    names = {m.name for m in members.list_members(under_way)}
    win = _window(qtbot, under_way)
    win.show_area("vergadering")
    controller = win.meeting_page.controller
    presenter = win.meeting_page.current.presenter
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    projector.show()
    assert projector.bell_button.keys_hint == "B / . / PageDown"
    found: list[str] = []
    for size in (*SIZES, (1280, 800)):
        win.resize(*size)
        projector.resize(*size)
        controller.tick()
        _look(qtbot, win, names, "chair", found)
        assert PRESENTER in presenter.text().replace("\u00a0", " ")
        _look(qtbot, projector, names, "projector", found)
    projector.close()
    assert found == []


def test_nothing_is_cut_off_the_day_before(qtbot, app_style) -> None:  # type: ignore[no-untyped-def]
    """Every area with the demo team the day before its meeting (the meeting page shows
    what comes, the Besluiten tabs the last closed meeting), at 1280x800 too."""
    store = open_memory(FakeClock(MEETING - dt.timedelta(days=1)))
    demo.fill_demo(store)
    names = {m.name for m in members.list_members(store)}
    win = _window(qtbot, store)
    found: list[str] = []
    for area in ("agenda", "vergadering", "evaluaties", "team", "besluiten"):
        win.show_area(area)
        for size in ((1280, 800), *SIZES):
            win.resize(*size)
            _look(qtbot, win, names, area, found)
    page = win.findChild(DecisionsPage)
    page.tabs.setCurrentIndex(1)  # the Verloop of the last meeting, closed
    for size in ((1280, 800), *SIZES):
        win.resize(*size)
        _look(qtbot, win, names, "besluiten/Verloop", found)
    page.tabs.setCurrentIndex(0)
    store.close()
    assert found == []


def test_the_checks_see_a_cut_off_label_and_a_broken_name(qtbot, app_style) -> None:  # type: ignore[no-untyped-def]
    """The checks themselves: a label too narrow and a name wrapped in two."""
    box = QWidget()
    qtbot.addWidget(box)
    narrow = QLabel("Inbrenger: Anouk de Vries", box)
    narrow.setGeometry(0, 0, 60, 30)
    wrapped = QLabel("Inbrenger: Anouk de Vries", box)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 190, 80)
    box.show()
    found = cut_offs(box, {PRESENTER})
    assert any("needs" in f and "Anouk" in f for f in found)
    assert any("breaks 'Anouk de Vries'" in f for f in found)
