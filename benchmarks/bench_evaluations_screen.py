"""How fast the Evaluaties screen opens on a large database (the target: within 1 s).

    .venv/bin/python benchmarks/bench_evaluations_screen.py PATH [--runs N]

PATH is a database file, for example one made by ``benchmarks/make_large_db.py``
(10,000 clients, 500,000 decisions). The file is opened as it is (a newer schema is
refused, an older one migrated). Offscreen Qt with the app's style sheet: the time runs
from creating the page to the end of the first paint of its table, and is reported with
what the user does next (sort, search, filter, export, a client's history). Prints the
figures in milliseconds and PASS or FAIL; the exit status is 1 on FAIL.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import create_application  # noqa: E402
from ui.evaluations import export  # noqa: E402
from ui.evaluations.history import ClientHistoryDialog  # noqa: E402
from ui.evaluations.model import EvaluationTableModel  # noqa: E402
from ui.evaluations.page import EvaluationsPage  # noqa: E402
from vergadering import forecast, overview  # noqa: E402
from vergadering.overview import Status  # noqa: E402
from vergadering.store import Store, open_store  # noqa: E402

TARGET_MS = 1000.0


class _PaintWatch(QObject):
    """Notes that the watched widget received a paint event."""

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def open_page(app: QApplication, store: Store) -> tuple[EvaluationsPage, float]:
    """A new page, shown; the milliseconds until its table's first paint is done."""
    start = time.perf_counter()
    page = EvaluationsPage(store)
    page.resize(1280, 800)
    watch = _PaintWatch(page.view.viewport())
    page.show()
    deadline = start + 30
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()  # the paint event is handled before this returns
    return page, ms(start)


def timed(action: Callable[[], object], app: QApplication) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return ms(start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=3, help="pages opened (default 3)")
    args = parser.parse_args()
    if not args.path.exists():
        parser.error(f"{args.path} bestaat niet")
    QStandardPaths.setTestModeEnabled(True)  # never touch the user's settings
    app = create_application()
    store = open_store(args.path, create=False)
    today = store.clock.today()
    counts = store.query("SELECT (SELECT count(*) FROM client WHERE active),"
                         " (SELECT count(*) FROM decision)")[0]
    print(f"database: {args.path} — {counts[0]} active clients, {counts[1]} decisions")

    start = time.perf_counter()
    rows = overview.rows(store, today)
    rows_ms = ms(start)
    start = time.perf_counter()
    forecast.capacity(store, today)
    capacity_ms = ms(start)
    print(f"domain: overview rows {rows_ms:.0f} ms, capacity {capacity_ms:.0f} ms")

    opened: list[float] = []
    page: EvaluationsPage | None = None
    for _ in range(max(1, args.runs)):
        if page is not None:
            page.close()
            page.deleteLater()
            app.processEvents()
        page, elapsed = open_page(app, store)
        opened.append(elapsed)
    assert page is not None
    print(f"open until first paint: first {opened[0]:.0f} ms, median "
          f"{statistics.median(opened):.0f} ms over {len(opened)} runs "
          f"({page.model.rowCount()} rows)")

    m = EvaluationTableModel
    figures = {
        "refresh (a change in the store)": timed(page.refresh, app),
        "sort by behandelaar": timed(lambda: page.view.sortByColumn(
            m.BEHANDELAAR, Qt.SortOrder.AscendingOrder), app),
        "sort by status, descending": timed(lambda: page.view.sortByColumn(
            m.STATUS, Qt.SortOrder.DescendingOrder), app),
        "search keystroke 'd'": timed(lambda: page.search_edit.setText("d"), app),
        "search keystroke 'd-1'": timed(lambda: page.search_edit.setText("d-1"), app),
        "clear search": timed(page.search_edit.clear, app),
        "status filter 'te laat'": timed(lambda: page.set_status_filter(Status.OVERDUE), app),
        "status filter 'alle'": timed(lambda: page.set_status_filter(None), app),
        "select all rows": timed(page.view.selectAll, app),
    }
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.csv"
        figures["export all shown rows to CSV"] = timed(
            lambda: export.export_rows(page.shown_rows(), target), app)
    busiest = store.query("SELECT client_id FROM decision GROUP BY client_id"
                          " ORDER BY count(*) DESC LIMIT 1")
    if busiest:
        row = next((r for r in rows if r.client_id == busiest[0][0]), rows[0] if rows else None)
        if row is not None:
            def history() -> None:
                dialog = ClientHistoryDialog(store, row)
                dialog.deleteLater()

            figures[f"history of {row.reference} (most decisions)"] = timed(history, app)
    for name, value in figures.items():
        print(f"  {name}: {value:.0f} ms")

    worst = max(opened)
    verdict = "PASS" if worst < TARGET_MS else "FAIL"
    print(f"{verdict}: Evaluaties screen shown in {worst:.0f} ms at worst "
          f"(target < {TARGET_MS:.0f} ms)")
    page.close()
    store.close()
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
