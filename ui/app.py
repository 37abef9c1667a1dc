"""Starting the GUI: application setup, translations, opening the database safely."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from vergadering.store import Store, StoreError, StoreProblem, open_store

from . import error_log, paths
from .i18n import fill, install_translator, tr
from .messages import describe_store_error, describe_unreadable_database
from .refresh import after_first_paint

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

NO_SCREEN = (
    "Geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg): de app heeft een\n"
    "scherm nodig. Start hem vanuit een grafische sessie (of met ssh -X). Zonder scherm\n"
    "werken de opdrachten op de opdrachtregel (bash tools/start.sh --help), de tests\n"
    "(bash tools/test.sh) en, om alleen na te gaan of de app start:\n"
    "  QT_QPA_PLATFORM=offscreen bash tools/start.sh --startup-check")


def no_screen(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True on Linux without a display and without a chosen Qt platform: Qt would stop
    with a misleading message about xcb-cursor0 instead."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    return (platform.startswith("linux") and not env.get("DISPLAY")
            and not env.get("WAYLAND_DISPLAY") and not env.get("QT_QPA_PLATFORM"))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    paths.init_application_names()
    # ui.i18n.tr is Qt-free (the command line uses it): from here on it asks Qt.
    install_translator(_translate)
    install_translations(app)
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def _translate(text: str) -> str:
    """Module-level texts (``tr()`` in ui.i18n): lupdate files them under the empty
    context."""
    return QCoreApplication.translate("", text)


def install_translations(app: QApplication) -> None:
    """Dutch is the source language. Qt's own dialogs get Dutch from qtbase_nl; another
    language (VERGADERING_LANG=en, once a .qm exists) replaces both. The words qtbase_nl
    lacks come later (:func:`install_qt_gaps`)."""
    language = os.environ.get("VERGADERING_LANG", "nl")
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
                       if language == "nl" else QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        translators.append(qt)
    ours = QTranslator(app)
    if language != "nl" and ours.load(f"vergadering_{language}", str(RESOURCES / "translations")):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)


def install_qt_gaps(app: QCoreApplication) -> None:
    """The Dutch words qtbase_nl lacks (:class:`QtGapsTranslator`), once; only for Dutch.
    Installed after the first paint or before the first file dialog: being Python, it is
    asked for every text Qt translates, some 19,000 times while the first screen is built
    (~15 ms). It answers only its own seven texts, so being asked before qtbase changes
    nothing."""
    if os.environ.get("VERGADERING_LANG", "nl") != "nl" or app.property("qtGaps"):
        return
    app.setProperty("qtGaps", True)
    app.installTranslator(QtGapsTranslator(app))


class QtGapsTranslator(QTranslator):
    """Dutch for Qt's own texts that qtbase_nl lacks. Qt 6 asks the file dialog's kind
    of entry ("Folder", in the Type column) under the context QAbstractFileIconProvider;
    qtbase_nl has these words only under their Qt 5 context, QFileDialog (where
    "Shortcut" is moreover a key, "Sneltoets", not a link)."""

    TEXTS: ClassVar[dict[tuple[str, str], str]] = {
        ("QAbstractFileIconProvider", "Folder"): "Map",
        ("QAbstractFileIconProvider", "File Folder"): "Bestandsmap",
        ("QAbstractFileIconProvider", "Drive"): "Station",
        ("QAbstractFileIconProvider", "File"): "Bestand",
        ("QAbstractFileIconProvider", "Shortcut"): "Snelkoppeling",
        ("QAbstractFileIconProvider", "Alias"): "Alias",
        ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
    }

    def translate(self, context: str, source_text: str,  # type: ignore[override]
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        # None is Qt's null string: "not here, ask the next translator".
        return self.TEXTS.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


def ask_recovery(message: str, *, backups: bool = False) -> str:
    """The chosen way out when the database cannot be opened: retry, open, new or quit,
    and with ``backups`` (a damaged file that has backups) also restore one."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Database niet geopend"), message)
    restore_button = box.addButton(tr("&Reservekopie terugzetten…"),
                                   QMessageBox.ButtonRole.ActionRole) if backups else None
    retry_button = box.addButton(tr("Opnieuw &proberen"), QMessageBox.ButtonRole.ResetRole)
    open_button = box.addButton(tr("Ander bestand &openen…"), QMessageBox.ButtonRole.AcceptRole)
    new_button = box.addButton(tr("&Nieuwe database…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("&Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button:
        return "restore"
    if clicked is retry_button:
        return "retry"
    if clicked is open_button:
        return "open"
    if clicked is new_button:
        return "new"
    return "quit"


def open_with_recovery(path: Path, private: bool, *, create: bool = False) -> Store | None:
    """Open ``path``; on a problem explain it and let the user look again, pick another
    file or make a new one. The problem file is never modified, and a missing or empty
    file is never replaced: only ``create`` (a first start, ``--nieuw``) or the user's
    "Nieuwe database" makes one."""
    while True:
        try:
            return open_store(path, create=create, private=private)
        except StoreError as error:  # opening a file: each problem has its own choices
            from PySide6.QtWidgets import QFileDialog  # only on this path: start-up stays light


            install_qt_gaps(QCoreApplication.instance())  # a file dialog may follow

            # A damaged file can always be replaced by a copy: one of its backups, or one
            # kept elsewhere (the file dialog opens where its backups are, if anywhere).
            damaged = error.problem in (StoreProblem.NOT_A_DATABASE, StoreProblem.EMPTY_FILE)
            if damaged:
                choice = ask_recovery(describe_store_error(error), backups=True)
            else:
                choice = ask_recovery(describe_store_error(error))
        if choice == "retry":
            continue
        if choice == "restore":
            restore_damaged(path, private)
            continue
        private = False
        create = choice == "new"
        if choice == "open":
            chosen, _ = QFileDialog.getOpenFileName(
                None, tr("Database openen"), str(path.parent),
                tr("Vergadering-database (*.db *.sqlite *.sqlite3);;Alle "
                                 "bestanden (*)"))
        elif choice == "new":
            chosen, _ = QFileDialog.getSaveFileName(
                None, tr("Nieuwe database"), str(path.parent / "team.db"),
                tr("Vergadering-database (*.db)"))
            if chosen and Path(chosen).exists():
                continue
        else:
            return None
        if chosen:
            path = Path(chosen)
            private = paths.is_private(path)


def restore_damaged(path: Path, private: bool) -> None:
    """Let the user pick a backup and put it in place of the damaged file at ``path``
    (which is kept beside it); a problem is explained and nothing is changed."""
    import datetime as dt

    from vergadering import backup

    from .backup_dialog import ask_backup_file

    folder = backup.folder(path)
    chosen = ask_backup_file(None, folder if folder.is_dir() else path.parent)
    if not chosen:
        return
    try:
        kept = backup.restore_onto(path, chosen, private=private, now=dt.datetime.now())
    except StoreError as error:  # no open store (the file is damaged): its own title
        QMessageBox.warning(None, tr("Niet teruggezet"), describe_store_error(error))
        return
    except OSError:
        QMessageBox.warning(None, tr("Niet teruggezet"), tr(
            "De reservekopie kon niet worden teruggezet: de map is niet schrijfbaar. Er is "
            "niets veranderd."))
        return
    if kept is not None:
        QMessageBox.information(None, tr("Reservekopie teruggezet"), fill(tr(
            "De reservekopie staat weer op de plaats van de database. Het beschadigde "
            "bestand is bewaard als '%1'."), kept.name))


def run_gui(db: str | None, *, startup_check: bool = False, create: bool = False,
            process_age_ms: Callable[[], int] | None = None) -> int:
    if no_screen():
        print(NO_SCREEN, file=sys.stderr)
        return 1
    app = create_application()
    error_log.install(paths.default_database().parent)
    path, private = paths.choose_database(db)
    # A new database only when asked (--nieuw) or on the very first start, when the
    # per-user default is made deliberately; a remembered file that is gone is refused.
    create = create or paths.is_first_start(db)
    if startup_check:
        try:
            store = open_store(path, create=create, private=private)
        except StoreError as error:  # opening a file, no window: the text goes to stderr
            print(describe_store_error(error), file=sys.stderr)
            return 1
    else:
        opened = open_with_recovery(path, private, create=create)
        if opened is None:
            return 1
        store = opened
        paths.remember_database(Path(store.path))

    from .main_window import MainWindow

    failed: list[str] = []
    if startup_check:
        # Nobody is there to answer a dialog: log the kind (never the message, which may
        # hold client data), say so in Dutch and stop with status 1.
        def fail(kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
            logging.getLogger("vergadering").error(
                "Onverwachte fout:\n%s", error_log.describe_exception(kind, tb))
            if not failed:
                failed.append(kind.__name__)
                print(describe_unreadable_database(store.path), file=sys.stderr)
            app.exit(1)

        sys.excepthook = fail
    try:
        window = MainWindow(store)
    except Exception:  # noqa: BLE001 (a damaged file: explain, never show a traceback)
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        if startup_check:
            fail(kind, value, tb)
        else:
            error_log.handle_exception(kind, value, tb)
        store.close()
        return 1
    def after_paint() -> None:
        install_qt_gaps(app)
        if startup_check:  # the first paint is done: say when, and stop
            print(process_age_ms() if process_age_ms else 0, flush=True)
            window.close()
            app.quit()

    after_first_paint(window, after_paint)
    # Also in the start-up check: it measures the first screen a user sees.
    window.note_if_not_default(paths.default_database())
    window.show()
    status = app.exec()
    store.close()
    return 1 if failed else status
