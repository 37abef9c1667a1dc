"""The main window's menu bar (Bestand, Beeld, Help) and the list of keys (F1).

The window's actions are added to the window itself, so their keys work in every area;
the list of keys shows them, then those of the area on screen.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from .i18n import tr
from .kit import words

if TYPE_CHECKING:
    from .main_window import MainWindow


def window_action(window: MainWindow, text: str,
                  shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                  slot: Callable[[], object], tip: str = "") -> QAction:
    """An action of the window: its key works wherever the focus is in the window."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def create_menus(window: MainWindow) -> None:
    """The menu bar; sets the window's ``open_action``, ``new_action``,
    ``import_action``, ``demo_action``, ``backup_action``, ``quit_action`` and
    ``area_actions`` (one per area after Welkom, in navigation order)."""
    window.open_action = window_action(
        window, tr("Database &openen…"), QKeySequence.StandardKey.Open, window.open_database,
        tr("Open een ander databasebestand, bijvoorbeeld dat van het team"))
    window.new_action = window_action(
        window, tr("&Nieuwe database…"), "Ctrl+Shift+N", window.new_database,
        tr("Maak een nieuw, leeg databasebestand"))
    window.import_action = window_action(
        window, tr("Cliënten &importeren…"), "Ctrl+I", window.import_clients,
        tr("Importeer de caseload uit een CSV-bestand"))
    window.demo_action = window_action(
        window, tr("&Demoteam laden"), None, window.load_demo,
        tr("Vul een lege database met een fictief team"))
    window.backup_action = window_action(
        window, tr("&Reservekopieën…"), None, window.show_backups,
        tr("Een reservekopie maken of terugzetten"))
    window.quit_action = window_action(window, tr("&Afsluiten"),
                                       QKeySequence.StandardKey.Quit, window.close)
    file_menu = window.menuBar().addMenu(tr("&Bestand"))
    for action in (window.open_action, window.new_action, None, window.import_action,
                   window.demo_action, None, window.backup_action, None, window.quit_action):
        if action is None:
            file_menu.addSeparator()
        else:
            file_menu.addAction(action)

    view_menu = window.menuBar().addMenu(tr("B&eeld"))
    navigation = window.navigation
    window.area_actions = []
    for row in range(1, navigation.count()):
        action = window_action(window, navigation.item(row).text(), f"Ctrl+{row}",
                               lambda _checked=False, r=row: navigation.setCurrentRow(r))
        view_menu.addAction(action)
        window.area_actions.append(action)

    help_menu = window.menuBar().addMenu(tr("&Help"))
    help_menu.addAction(window_action(window, tr("&Sneltoetsen"), "F1",
                                      window.show_shortcuts))


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """The window's shortcuts, then those of the area shown (once each)."""
    page = window.stack.currentWidget()
    actions = window.actions() + (page.findChildren(QAction) if page is not None else [])
    rows: list[tuple[str, str]] = []
    for action in actions:
        if action.shortcut().isEmpty() or not action.text().strip():
            continue
        row = (words.key_names(action.shortcuts()), action.text().replace("&", "").rstrip("…"))
        if row not in rows:
            rows.append(row)
    return rows


def key_text(sequence: QKeySequence) -> str:
    """``Ctrl+Enter``: a shortcut as the key caps say it."""
    return words.key_name(sequence)


def show_shortcuts(window: MainWindow) -> None:
    """The list in two aligned columns, whatever the keys' lengths."""
    rows = "".join(
        f"<tr><td style='padding-right: 18px'><b>{html.escape(key)}</b></td>"
        f"<td>{html.escape(name)}</td></tr>" for key, name in shortcut_rows(window))
    box = QMessageBox(QMessageBox.Icon.Information, tr("Sneltoetsen"),
                      f"<table>{rows}</table>", QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.exec()
