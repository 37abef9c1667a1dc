"""Render what the team sees of the follow-up of decisions, actions and the client's voice
(rules 12–14, docs/rules.md; docs/figures.md "Opvolging") to PNG, at 1280x720 and 1366x768:
the terugblik before the meeting, the agenda with overdue actions, the chair's screen
during an item whose previous decision is followed up, the decision form with the
follow-up, two actions and "besproken met cliënt", the client's history, Trends and
Verloop, and the first pages of the besluitenlijst as PDF.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_follow_up.py [OUTPUT_DIR]

For looking at what was built; not a test. Writes into screenshots/follow_up/ by default.
The PDF pages need ``pdftoppm`` (Debian: poppler-utils); without it only the PDF is kept.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QStandardPaths, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app import create_application  # noqa: E402
from vergadering import decisions, demo, meetings, minutes, overview, run  # noqa: E402
from vergadering import settings as team_settings  # noqa: E402
from vergadering.clock import FakeClock  # noqa: E402
from vergadering.settings import Block  # noqa: E402
from vergadering.store import open_memory  # noqa: E402

SIZES = ((1280, 720), (1366, 768))


def shoot(widget: QWidget, path: Path) -> None:
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/follow_up")
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    create_application()
    from ui.decisions.page import DecisionsPage
    from ui.evaluations.history import ClientHistoryDialog
    from ui.kit.decision_form import DecisionForm
    from ui.main_window import MainWindow
    from ui.reports import minutes_pdf

    probe = open_memory(FakeClock(dt.datetime(2026, 12, 7, 8, 0)))
    demo.fill_demo(probe)
    day = meetings.upcoming_date(probe, team_settings.load(probe))
    probe.close()
    start = dt.datetime.combine(day, dt.time(9, 0))

    for width, height in SIZES:
        def path(name: str, width: int = width) -> Path:
            return out / f"{name}_{width}.png"

        clock = FakeClock(start - dt.timedelta(minutes=30))
        store = open_memory(clock)
        demo.fill_demo(store)
        window = MainWindow(store)
        window.resize(width, height)
        window.show()
        window.show_area("agenda")
        shoot(window, path("agenda_acties_te_laat"))
        window.show_area("vergadering")
        shoot(window, path("terugblik"))

        clock.set(start)
        meeting = run.start_meeting(store)
        lopend = [i for i in run.meeting_items(store, meeting) if i.block is Block.LOPEND]
        item = next((i for i in lopend if decisions.follow_up_due(store, i.client_id)),
                    lopend[0])
        run.start_item(store, item.id)
        clock.advance(minutes=3)
        window.meeting_page.controller.tick()
        shoot(window, path("voorzitter_vorig_besluit"))

        form = DecisionForm(store, item, window)
        form.show()
        form.activateWindow()
        QTest.qWaitForWindowActive(form)
        QTest.keyClick(form, Qt.Key.Key_8)
        QApplication.processEvents()
        shoot(form, path("besluit_vorig_deels"))
        QTest.keyClick(form, Qt.Key.Key_7)
        QTest.keyClick(form, Qt.Key.Key_1)
        QTest.keyClicks(form.focusWidget(), "Zo doorgaan; over zes weken opnieuw.")
        for what in ("Huisarts bellen over de medicatie", "Gesprek met de zus plannen"):
            QTest.keyClick(form, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
            QApplication.processEvents()
            QTest.keyClicks(form.focusWidget(), what)
        QTest.keyClick(form, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        QTest.qWait(300)  # the radio button's click animation
        form.fit()
        shoot(form, path("besluit_acties"))
        form.scroll.verticalScrollBar().setValue(form.scroll.verticalScrollBar().maximum())
        shoot(form, path("besluit_acties_onder"))
        form.save()
        QApplication.processEvents()

        row = next(r for r in overview.rows(store, clock.today())
                   if r.client_id == item.client_id)
        history = ClientHistoryDialog(store, row, window)
        history.resize(min(1100, width - 80), 520)
        history.show()
        shoot(history, path("geschiedenis"))
        history.close()

        window.show_area("besluiten")
        page = window.findChild(DecisionsPage)
        page.select_meeting(clock.today())  # the running meeting: the decision just made
        for index, name in enumerate(("besluitenlijst", "verloop", "trends")):
            page.tabs.setCurrentIndex(index)
            shoot(window, path(name))
            if name == "trends":
                area = page.trends_panel.scroll
                bar = area.verticalScrollBar()
                step = max(1, area.viewport().height() - 40)
                for part in range(1, 6):
                    if bar.value() >= bar.maximum():
                        break
                    bar.setValue(bar.value() + step)
                    shoot(window, path(f"trends_{part}"))
        if width == SIZES[0][0]:
            listed = minutes.besluitenlijst(store, clock.today())
            assert listed is not None
            pdf = out / "besluitenlijst.pdf"
            minutes_pdf.write_pdf(listed, pdf)
            print(pdf)
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "3", str(pdf),
                                str(out / "besluitenlijst_pdf")], check=True)
        window.close()
        store.close()


if __name__ == "__main__":
    main()
