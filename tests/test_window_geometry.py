"""The main window on a small laptop screen: where it opens, its title, the note about a
database that is not the default one, and the file dialog's Dutch words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QRect, QSize
from PySide6.QtWidgets import QApplication, QFileIconProvider

import ui.main_window as main_window_module
from ui import paths
from ui.app import QtGapsTranslator
from ui.main_window import MainWindow
from ui.window_geometry import fit_into, window_rect
from vergadering.clock import FakeClock
from vergadering.store import open_memory, open_store

LAPTOP = QRect(0, 0, 1366, 738)  # 1366×768 less a 30-pixel panel
SMALL = QRect(0, 0, 1280, 690)  # 1280×720 less the panel
BEAMER = QRect(1366, 0, 1920, 1080)  # a second screen to the right


# -- the arithmetic ------------------------------------------------------------
def test_a_window_larger_than_the_screen_is_shrunk_to_it() -> None:
    assert fit_into(QRect(100, 50, 1920, 1080), SMALL) == SMALL


def test_a_window_off_to_the_right_and_bottom_is_moved_back_whole() -> None:
    assert fit_into(QRect(1000, 600, 1000, 650), LAPTOP) == QRect(366, 88, 1000, 650)


def test_a_window_off_to_the_left_and_top_is_moved_back_whole() -> None:
    assert fit_into(QRect(-300, -40, 1000, 650), LAPTOP) == QRect(0, 0, 1000, 650)


def test_a_window_that_fits_stays_where_it_was() -> None:
    assert fit_into(QRect(40, 30, 1000, 650), LAPTOP) == QRect(40, 30, 1000, 650)


def test_first_start_shrinks_the_default_size_and_centres_it() -> None:
    assert window_rect(None, [SMALL]) == QRect(0, 0, 1280, 690)
    assert window_rect(None, [LAPTOP]) == QRect(43, 0, 1280, 738)
    assert window_rect(None, [QRect(0, 0, 1920, 1050)]) == QRect(320, 125, 1280, 800)
    assert window_rect(None, [LAPTOP], QSize(1000, 600)) == QRect(183, 69, 1000, 600)


def test_a_remembered_window_stays_on_the_screen_that_holds_most_of_it() -> None:
    on_beamer = QRect(1500, 100, 1280, 800)
    assert window_rect(on_beamer, [LAPTOP, BEAMER]) == on_beamer
    # Mostly on the beamer, sticking out on its right: moved left onto the beamer.
    assert window_rect(QRect(2100, 100, 1280, 800), [LAPTOP, BEAMER]) == QRect(
        2006, 100, 1280, 800)


def test_a_window_remembered_on_a_screen_that_is_gone_opens_on_the_primary_one() -> None:
    on_beamer = QRect(1500, 100, 1280, 800)
    assert window_rect(on_beamer, [SMALL]) == QRect(0, 0, 1280, 690)
    assert window_rect(QRect(2000, 100, 1000, 600), [LAPTOP]) == QRect(366, 100, 1000, 600)


# -- the window ----------------------------------------------------------------
@pytest.fixture
def clean_window_settings() -> Iterator[None]:
    def clear() -> None:
        s = paths.settings()
        for key in ("window/rect", "window/maximized"):
            s.remove(key)
        s.sync()

    clear()
    yield
    clear()


def make_window(qtbot, store) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    return window


@pytest.mark.usefixtures("clean_window_settings")
def test_the_window_opens_within_the_screen_where_it_was_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    s = paths.settings()
    s.setValue("window/rect", QRect(5000, 5000, 960, 650))  # a screen that is gone
    window = make_window(qtbot, store)
    available = QApplication.primaryScreen().availableGeometry()
    geometry = window.geometry()
    assert geometry.size() == QSize(960, 650)
    assert available.contains(geometry.topLeft())
    assert geometry.bottom() <= available.bottom()
    assert not window.isMaximized()
    store.close()


@pytest.mark.usefixtures("clean_window_settings")
def test_the_place_and_a_maximised_state_are_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    window = make_window(qtbot, store)
    window.show()
    window.setGeometry(QRect(0, 100, 1000, 640))
    window.close()
    assert paths.settings().value("window/rect") == QRect(0, 100, 1000, 640)
    assert paths.settings().value("window/maximized", type=bool) is False

    paths.settings().setValue("window/maximized", True)
    again = make_window(qtbot, store)
    assert again.isMaximized()
    # Unmaximised it goes back to the remembered place, within the screen less room for
    # the frame. The test screen is 800 pixels wide: the width is the window's minimum.
    assert again.normalGeometry() == QRect(4, 100, 960, 640)
    store.close()


def test_the_title_names_the_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "demo2.db", create=True)
    window = make_window(qtbot, store)
    assert window.windowTitle() == "demo2.db — Mijn team — Vergadering"
    window.set_store(open_store(tmp_path / "team.db", create=True))
    assert window.windowTitle() == "team.db — Mijn team — Vergadering"
    window.store.close()


def test_a_database_without_a_file_is_titled_by_its_team(qtbot) -> None:  # type: ignore[no-untyped-def]
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    window = make_window(qtbot, store)
    assert window.windowTitle() == "Mijn team — Vergadering"
    store.close()


def test_a_database_that_is_not_the_default_is_named_at_start(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window_module, "STARTUP_NOTE_MS", 200)
    store = open_store(tmp_path / "x.db", create=True)
    window = make_window(qtbot, store)
    window.show()
    window.note_if_not_default(tmp_path / "default" / "vergadering.db")
    assert window.startup_note.isVisible()
    text = window.startup_note_label.text()
    assert str(tmp_path / "x.db") in text
    assert "niet het standaardbestand" in text
    assert "Bestand › Database openen" in text
    qtbot.waitUntil(lambda: not window.startup_note.isVisible(), timeout=3000)
    store.close()


def test_the_start_up_note_can_be_closed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    store = open_store(tmp_path / "x.db", create=True)
    window = make_window(qtbot, store)
    window.show()
    window.note_if_not_default(tmp_path / "vergadering.db")
    close = window.startup_note.findChild(QToolButton)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not window.startup_note.isVisible()
    store.close()


def test_no_note_for_the_default_database(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    default = tmp_path / "vergadering.db"
    store = open_store(default, create=True)
    window = make_window(qtbot, store)
    window.show()
    window.note_if_not_default(tmp_path / "." / "vergadering.db")
    assert not window.startup_note.isVisible()
    store.close()


def test_no_note_for_a_database_without_a_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_memory(FakeClock(dt.datetime(2026, 11, 23, 9, 0)))
    window = make_window(qtbot, store)
    window.show()
    window.note_if_not_default(tmp_path / "vergadering.db")
    assert not window.startup_note.isVisible()
    store.close()


# -- the file dialog's words ---------------------------------------------------------
@pytest.fixture
def qt_gaps(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QtGapsTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("qt_gaps")
def test_the_file_dialog_calls_a_folder_map(tmp_path: Path) -> None:
    # The file dialog's Type column asks the icon provider (Qt 6: QAbstractFileIconProvider).
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Map"


def test_other_texts_pass_through_the_gaps_translator(qapp) -> None:  # type: ignore[no-untyped-def]
    texts = [("QFileDialog", "Look in:"), ("", "Agenda"), ("QFileDialog", "Folder")]
    before = [QCoreApplication.translate(context, text) for context, text in texts]
    translator = QtGapsTranslator(qapp)
    qapp.installTranslator(translator)
    try:
        after = [QCoreApplication.translate(context, text) for context, text in texts]
    finally:
        qapp.removeTranslator(translator)
    assert after == before


def test_a_frame_that_runs_off_the_screen_is_brought_back() -> None:
    from ui.window_geometry import frame_fix

    # openbox put the frame's corner where the window was asked to be: 20 px of title
    # bar pushed the window's bottom 16 px below a 1366x768 screen.
    laptop = QRect(0, 0, 1366, 768)
    frame, inner = QRect(43, 32, 1282, 752), QRect(44, 52, 1280, 732)
    moved = frame_fix(frame, inner, laptop)
    assert moved == QRect(44, 36, 1280, 732)
    assert laptop.contains(moved.adjusted(-1, -20, 1, 0))  # with its frame
    # A frame taller than the screen: the window shrinks.
    assert frame_fix(QRect(0, 0, 1282, 800), QRect(1, 20, 1280, 779), laptop) == QRect(
        1, 20, 1280, 747)
    assert frame_fix(QRect(0, 0, 1282, 700), QRect(1, 20, 1280, 679), laptop) is None
    assert frame_fix(QRect(100, 600, 900, 400), QRect(100, 600, 900, 400), laptop) is None
