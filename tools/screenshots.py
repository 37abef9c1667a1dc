"""Render every screen to PNG (offscreen), with an empty and with the demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUTPUT_DIR]

For looking at what was built; not a test. Writes into screenshots/ by default.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import create_application  # noqa: E402
from vergadering import demo  # noqa: E402
from vergadering.clock import FakeClock  # noqa: E402
from vergadering.store import open_memory  # noqa: E402


def shoot(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):  # layouts that depend on a width settle in more than one pass
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    create_application()
    from ui.decisions.page import DecisionsPage
    from ui.evaluations.page import EvaluationsPage
    from ui.main_window import MainWindow

    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0))
    for label, filled in (("leeg", False), ("demo", True)):
        store = open_memory(clock)
        if filled:
            demo.fill_demo(store)
        for size in ((1280, 800), (1920, 1080)):
            window = MainWindow(store)
            window.resize(*size)
            window.show()
            suffix = f"{label}_{size[0]}"
            if not filled:
                shoot(window, out / f"welkom_{suffix}.png")
            for area in ("agenda", "vergadering", "evaluaties", "besluiten"):
                window.show_area(area)
                shoot(window, out / f"{area}_{suffix}.png")
            evaluations = window.findChild(EvaluationsPage)
            window.show_area("evaluaties")
            evaluations.show_capacity_tab()
            shoot(window, out / f"evaluaties_capaciteit_{suffix}.png")
            evaluations.tabs.setCurrentIndex(0)
            decisions = window.findChild(DecisionsPage)
            for index, tab in enumerate(("lijst", "verloop", "trends")):
                window.show_area("besluiten")
                decisions.tabs.setCurrentIndex(index)
                shoot(window, out / f"besluiten_{tab}_{suffix}.png")
            decisions.tabs.setCurrentIndex(0)
            for tab in ("members", "clients", "settings"):
                window.show_area("team", tab)
                shoot(window, out / f"team_{tab}_{suffix}.png")
            window.close()
        store.close()


if __name__ == "__main__":
    main()
