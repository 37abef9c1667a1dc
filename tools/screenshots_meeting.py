"""Render the chair's screen during a meeting, its prompts and its dialogs to PNG
(offscreen, the app's style, the demo team on a fake clock), at 1280x800 and 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_meeting.py [OUTPUT_DIR]

For looking at what was built; not a test. Writes into screenshots/meeting/ by default.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: E402

from ui.app import create_application  # noqa: E402
from vergadering import decisions, demo, items, run  # noqa: E402
from vergadering.clock import FakeClock  # noqa: E402
from vergadering.follow_up import CarriedOut, FollowUpInput  # noqa: E402
from vergadering.items import DecisionKind  # noqa: E402
from vergadering.settings import Block  # noqa: E402
from vergadering.store import Store, open_memory  # noqa: E402
from vergadering.timeline import BlockChoice  # noqa: E402

SIZES = ((1280, 800), (1366, 768))
MEETING = dt.datetime(2026, 11, 24, 9, 0)  # the demo's next meeting


def shoot(widget: QWidget, path: Path) -> None:
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def dialog_shot(dialog: QDialog, path: Path,
                before: Callable[[QDialog], object] | None = None) -> None:
    dialog.show()
    if before is not None:
        before(dialog)
    shoot(dialog, path)
    dialog.done(0)


def decide(store: Store, item_id: int) -> None:
    client = items.get(store, item_id).client_id
    decisions.record_decision(store, item_id, decisions.DecisionInput(
        DecisionKind.DOORGAAN, dt.date(2027, 3, 1), koers="Zo doorgaan",
        follow_up=FollowUpInput(CarriedOut.FULLY)
        if decisions.follow_up_due(store, client) else None))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/meeting")
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    create_application()
    from ui import paths
    from ui.decisions.page import DecisionsPage
    from ui.kit import chair_questions
    from ui.main_window import MainWindow
    from ui.meeting import bell
    from ui.meeting.block_choice_dialog import BlockChoiceDialog
    from ui.meeting.close_dialog import CloseMeetingDialog
    from ui.meeting.projector import ProjectorWindow
    from vergadering.run import Unreached

    for width, height in SIZES:
        def path(name: str, width: int = width) -> Path:
            return out / f"{name}_{width}.png"

        # The day before the planned meeting: the warning, and F5's question.
        clock = FakeClock(MEETING - dt.timedelta(days=1))
        store = open_memory(clock)
        demo.fill_demo(store)
        window = MainWindow(store)
        window.resize(width, height)
        window.show()
        window.show_area("vergadering")
        shoot(window, path("voor_andere_dag"))
        real_exec = QMessageBox.exec
        shots = iter([path("vraag_vandaag"), path("vraag_afsluiten")])
        QMessageBox.exec = lambda box, shots=shots: (  # type: ignore[method-assign]
            box.show(), shoot(box, next(shots)), 0)[-1]
        chair_questions.start_today(window, MEETING.date(), clock.today(),
                                    dt.date(2026, 12, 1))
        chair_questions.close_treatment(window, "D-10231")
        QMessageBox.exec = real_exec  # type: ignore[method-assign]
        window.close()
        store.close()

        # The meeting on its day: lopend items talked long, then the acute block runs out.
        clock = FakeClock(MEETING)
        store = open_memory(clock)
        demo.fill_demo(store)
        window = MainWindow(store)
        window.resize(width, height)
        window.show()
        window.show_area("vergadering")
        page = window.meeting_page
        meeting = run.start_meeting(store)
        on_agenda = run.meeting_items(store, meeting)
        acute = [i for i in on_agenda if i.block is Block.ACUUT]
        lopend = sorted((i for i in on_agenda if i.block is Block.LOPEND),
                        key=lambda i: i.position)
        for item in lopend[:3]:
            run.start_item(store, item.id)
            clock.advance(minutes=14)
            decide(store, item.id)
        run.start_item(store, acute[0].id)
        clock.advance(minutes=31)
        page.controller.tick()
        shoot(window, path("prompt_acuut"))
        projector = ProjectorWindow(page.controller)
        projector.resize(1280, 720)
        projector.show()
        page.controller.tick()
        projector.flash_overlay.stop()
        shoot(projector, path("beamer_blok_op"))
        projector.close()
        decide(store, acute[0].id)
        waiting = acute[1]
        dialog_shot(BlockChoiceDialog(store, waiting, window), path("keuze"))
        dialog_shot(BlockChoiceDialog(store, waiting, window, chosen=BlockChoice.CONSULTATION),
                    path("keuze_apart_overleg"),
                    lambda d: d.consultation.set_report_by(dt.date(2026, 12, 8)))
        dialog_shot(BlockChoiceDialog(store, waiting, window, chosen=BlockChoice.TAKE_ANYWAY),
                    path("keuze_toch_nemen"))
        run.choose(store, waiting.id, BlockChoice.TAKE_ANYWAY)
        run.start_item(store, waiting.id)
        clock.advance(minutes=waiting.minutes + 2)
        page.controller.tick()
        shoot(window, path("toch_genomen"))
        decide(store, waiting.id)
        run.start_item(store, lopend[3].id)
        clock.advance(minutes=30)
        page.controller.tick()
        shoot(window, path("prompt_lopend"))
        window.close()
        store.close()

        # An item under way, Anouk de Vries presenting, with a clicker's keys for the bell:
        # the chair's screen, the projector's bell and the Verloop with its table.
        clock = FakeClock(MEETING)
        store = open_memory(clock)
        demo.fill_demo(store)
        window = MainWindow(store)
        window.resize(width, height)
        window.show()
        window.show_area("vergadering")
        meeting = run.start_meeting(store)
        anouk = next(i for i in run.meeting_items(store, meeting)
                     if i.presenter == "Anouk de Vries")
        run.start_item(store, anouk.id)
        clock.advance(minutes=2)
        window.meeting_page.controller.tick()
        shoot(window, path("punt_loopt"))
        settings = paths.settings()
        keys = settings.value(bell.KEYS_SETTING)
        bell.set_bell_keys(["B", ".", "PgDown"])
        projector = ProjectorWindow(window.meeting_page.controller)
        projector.resize(width, height)
        projector.show()
        window.meeting_page.controller.tick()
        shoot(projector, path("beamer_klikker"))
        projector.close()
        if keys is None:
            settings.remove(bell.KEYS_SETTING)
        else:
            settings.setValue(bell.KEYS_SETTING, keys)
        settings.sync()
        window.show_area("besluiten")
        decisions_page = window.findChild(DecisionsPage)
        decisions_page.tabs.setCurrentIndex(1)
        shoot(window, path("verloop_loopt"))
        decisions_page.review_panel.ensureWidgetVisible(decisions_page.review_panel.items)
        shoot(window, path("verloop_loopt_tabel"))
        window.close()
        store.close()

        # Closing with the acute items not reached.
        clock = FakeClock(MEETING)
        store = open_memory(clock)
        demo.fill_demo(store)
        meeting = run.start_meeting(store)
        unreached = run.unreached_acute(store, meeting)

        def choose_some(dialog: QDialog) -> None:
            assert isinstance(dialog, CloseMeetingDialog)
            dialog.rows[0].set_chosen(Unreached.CONSULTATION)
            dialog.close_meeting()  # shows what is still missing

        dialog_shot(CloseMeetingDialog(store, unreached, 13, dt.date(2026, 12, 1)),
                    path("afsluiten"), choose_some)
        store.close()


if __name__ == "__main__":
    main()
