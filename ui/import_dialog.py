"""Caseload import in the app: a preview of what a CSV file will do, then the import.

The file is read and checked by :mod:`vergadering.caseload`, which never writes. The
dialog shows every data row as new, update or error, and imports the good rows in one
transaction only when the user confirms.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vergadering import caseload
from vergadering.caseload import CaseloadFile, ImportResult
from vergadering.problems import Code, Problem
from vergadering.store import Store, StoreError, StoreProblem

from . import common
from .i18n import count, fill, tr
from .icons import warning_icon
from .import_preview import STATE_ROLE, Column, ErrorFilter, PreviewModel
from .kit import file_dialogs, palette
from .messages import at_line, describe, describe_file_read_error, describe_store_error

LAST_FOLDER_KEY = "import/last_folder"
MAX_NAMES_SHOWN = 12
FIT_PRECISION_ROWS = 300  # rows sampled to size a column to its contents

BANNER_STYLE = (f"QFrame#problemBanner {{ background: {palette.PROBLEM_BACKGROUND};"
                f" border: 1px solid {palette.ACUUT}; border-radius: 4px; }}"
                f" QFrame#problemBanner QLabel {{ color: {palette.DANGER_DARK}; }}")



def encoding_text(encoding: str) -> str:
    names = {
        "utf-8": tr("UTF-8"),
        "utf-8-sig": tr("UTF-8 (met BOM, zoals Excel 'CSV UTF-8')"),
        "utf-16": tr("UTF-16 (Excel 'Unicode-tekst')"),
        "cp1252": tr("Windows-1252 (Excel 'CSV')"),
        "latin-1": tr("Latin-1"),
    }
    return names.get(encoding, encoding)


def delimiter_text(delimiter: str) -> str:
    names = {";": tr("puntkomma"), ",": tr("komma"), "\t": tr("tab")}
    return names.get(delimiter, f"'{delimiter}'")


def load(store: Store, path: str | os.PathLike[str]) -> tuple[CaseloadFile, list[str]]:
    """Read and check the file: the checked file and any reasons nothing can be imported
    that the file itself cannot show (unreadable file, database problem)."""
    file = Path(path)
    try:  # a huge file is refused by its size, a device is read only up to the limit
        data = caseload.read_file_bytes(file)
    except OSError as error:
        return caseload.CaseloadFile(), [describe_file_read_error(str(file), error)]
    reasons: list[str] = []
    parsed = common.load(lambda: caseload.check_data(store, data), reasons.append)
    if parsed is None:
        return caseload.read_caseload_data(data, store.clock.today()), reasons
    if store.read_only:
        return parsed, [describe_store_error(StoreError(StoreProblem.READ_ONLY, store.path))]
    return parsed, []


class ImportDialog(QDialog):
    """Preview a caseload file and import its good rows."""

    def __init__(self, store: Store, path: str | os.PathLike[str], parsed: CaseloadFile,
                 blocking: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._path = Path(path)
        self._parsed = parsed
        self._blocking = list(blocking or [])
        self.import_result: ImportResult | None = None

        self.setWindowTitle(self.tr("Caseload importeren"))
        self.setSizeGripEnabled(True)
        self.resize(1100, 700)
        error_icon = warning_icon()

        self.title_label = QLabel(self)
        self.title_label.setObjectName("importTitle")
        # A style sheet, not setFont(): the app's style sheet sets every widget's size.
        self.title_label.setStyleSheet("#importTitle { font-size: 15pt; font-weight: 600; }")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.format_label = self._plain_label()
        self.counts_label = self._plain_label()
        counts_font = self.counts_label.font()
        counts_font.setBold(True)
        self.counts_label.setFont(counts_font)
        self.members_label = self._plain_label()

        self.problem_banner = QFrame(self)
        self.problem_banner.setObjectName("problemBanner")
        self.problem_banner.setStyleSheet(BANNER_STYLE)
        banner_icon = QLabel(self.problem_banner)
        banner_icon.setPixmap(error_icon.pixmap(32, 32))
        banner_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problem_label = self._plain_label(self.problem_banner)
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout = QHBoxLayout(self.problem_banner)
        banner_layout.addWidget(banner_icon)
        banner_layout.addWidget(self.problem_label, 1)

        self.only_errors = QCheckBox(self.tr("&Alleen regels met fouten"), self)
        self.model = PreviewModel(parsed.rows, error_icon, self)
        self.proxy = ErrorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Voorbeeld van de import"))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.LINE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(FIT_PRECISION_ROWS)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Stretch)
        # Only rows with problems need more than one line. Sizing every row to its
        # contents (ResizeToContents) takes seconds for a few thousand rows.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(self._on_section_resized)
        for signal in (self.proxy.layoutChanged, self.proxy.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._schedule_fit)
        self.only_errors.toggled.connect(self.proxy.set_only_errors)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Importeren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuleren"))
        self.import_button.clicked.connect(self._import)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.format_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.members_label)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.only_errors)
        layout.addWidget(self.table, 1)
        if not parsed.rows:
            layout.addStretch(1)  # keep the summary and the problem together at the top
        layout.addWidget(self.buttons)

        self._update()

    # -- construction -----------------------------------------------------
    @classmethod
    def from_file(cls, store: Store, path: str | os.PathLike[str],
                  parent: QWidget | None = None) -> ImportDialog:
        parsed, blocking = load(store, path)
        return cls(store, path, parsed, blocking, parent)

    @classmethod
    def ask(cls, store: Store, path: str | os.PathLike[str],
            parent: QWidget | None = None) -> ImportResult | None:
        """Show the preview of ``path``; the result if the user imported, else None."""
        dialog = cls.from_file(store, path, parent)
        try:
            dialog.exec()
            return dialog.import_result
        finally:
            dialog.deleteLater()

    def _plain_label(self, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # -- state ------------------------------------------------------------
    def file_problems(self) -> list[str]:
        """Why nothing can be imported at all, as Dutch sentences."""
        return self._blocking + [describe(p) for p in self._parsed.file_problems]

    def can_import(self) -> bool:
        return not self.file_problems() and self._parsed.valid_count > 0

    def _update(self) -> None:
        parsed = self._parsed
        rows = parsed.rows
        bad = parsed.invalid_count
        good = parsed.valid_count
        self.title_label.setText(fill(self.tr("Caseload importeren uit %1"), self._path.name))
        self.title_label.setToolTip(str(self._path))
        problems = self.file_problems()

        if parsed.encoding:
            text = fill(self.tr("Gelezen als %1, kolommen gescheiden door %2."),
                        encoding_text(parsed.encoding), delimiter_text(parsed.delimiter))
            if parsed.encoding in ("cp1252", "latin-1"):
                text += " " + self.tr("Staan letters als é of ë er vreemd in? Sla het bestand "
                                      "in Excel op als 'CSV UTF-8' en importeer opnieuw.")
            self.format_label.setText(text)
        self.format_label.setVisible(bool(parsed.encoding))

        text = fill(self.tr("Nieuw: %1    Bijwerken: %2    Met fouten: %3"),
                    parsed.new_count, parsed.update_count, bad)
        if not parsed.all_shown:
            text += "\n" + self._shown_text(parsed)
        self.counts_label.setText(text)
        self.counts_label.setVisible(bool(rows) and not problems)

        names = parsed.new_members
        if names and not problems:
            shown = ", ".join(names[:MAX_NAMES_SHOWN])
            if len(names) > MAX_NAMES_SHOWN:
                shown += " " + fill(self.tr("en nog %1"), len(names) - MAX_NAMES_SHOWN)
            self.members_label.setText(
                fill(self.tr("Nieuwe teamleden: %1. Deze behandelaars staan nog niet in het "
                             "team en worden als teamlid toegevoegd."), shown))
        self.members_label.setVisible(bool(names) and not problems)

        if problems:
            text = "\n".join(problems) + "\n" + self.tr("Er wordt niets geïmporteerd.")
            if any(p.code is Code.MISSING_COLUMN for p in parsed.file_problems):
                text += "\n\n" + fill(self.tr(
                    "Een caseloadbestand begint met een kopregel zoals:\n%1\n"
                    "De datumkolommen mogen ontbreken of leeg zijn."),
                    ";".join(caseload.REQUIRED_COLUMNS + caseload.OPTIONAL_COLUMNS))
            self._show_problem(text)
        else:
            self.problem_banner.hide()

        if bad == 0:
            self.only_errors.setChecked(False)
        self.only_errors.setVisible(bad > 0)
        self.table.setVisible(bool(rows))

        if problems or good == 0:
            self.import_button.setText(self.tr("Niets te importeren"))
        elif bad:
            self.import_button.setText(self._good_rows_text(good, bad))
        else:
            self.import_button.setText(count(good, self.tr("Importeer %n cliënt"),
                                             self.tr("Importeer %n cliënten")))
        enabled = self.can_import()
        self.import_button.setEnabled(enabled)
        self.import_button.setDefault(enabled)
        self.import_button.setAutoDefault(enabled)
        if enabled:
            self.import_button.setFocus()
        elif rows:
            self.table.setFocus()
        else:
            self.cancel_button.setFocus()

    def _shown_text(self, parsed: CaseloadFile) -> str:
        """What the table leaves out of a large file (every row is imported)."""
        shown_bad = len(parsed.invalid_rows)
        text = fill(count(caseload.SHOWN_ROWS, self.tr("Hieronder: de eerste regel"),
                          self.tr("Hieronder: de eerste %n regels")) + self.tr(" van %1"),
                    parsed.row_count)
        if shown_bad < parsed.invalid_count:
            text += fill(self.tr(", en de eerste %1 van de %2 regels met fouten."),
                         shown_bad, parsed.invalid_count)
        elif parsed.invalid_count:
            text += self.tr(", en alle regels met fouten.")
        else:
            text += "."
        return text

    def _good_rows_text(self, good: int, bad: int) -> str:
        return fill(count(good, self.tr("Importeer %n goede regel (%1 overslaan)"),
                          self.tr("Importeer %n goede regels (%1 overslaan)")), bad)

    def _schedule_fit(self, *_signal_args: object) -> None:
        self._fit_timer.start()

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == Column.STATUS:
            self._fit_timer.start()

    def _fit_rows(self) -> None:
        """Rows with problems as high as their reasons; the rest one line."""
        header = self.table.verticalHeader()
        one_line = header.defaultSectionSize()
        for row in range(self.proxy.rowCount()):
            height = one_line
            if self.proxy.index(row, Column.STATUS).data(STATE_ROLE) == "fout":
                height = max(one_line, self.table.sizeHintForRow(row))
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_banner.show()

    # -- import -----------------------------------------------------------
    def _import(self) -> None:
        if not self.can_import():
            return
        conflicts: list[Problem] = []
        result = common.run_operation(
            self, lambda: caseload.import_caseload(self._store, self._parsed, skip_invalid=True),
            store=self._store, problems=conflicts.extend)
        if result is None:
            if conflicts:
                self._mark_conflicts(conflicts)
            else:  # the storage problem was shown, or the user stopped waiting
                self._show_problem(self.tr("Er is niets geïmporteerd."))
            return
        self.import_result = result
        self.accept()

    def _mark_conflicts(self, problems: list[Problem]) -> None:
        """A row that is fine by itself can conflict with what is stored (its start of
        care after the stored last evaluation). Mark it, so a second try skips it."""
        by_line: dict[int, list[Problem]] = {}
        lines: list[str] = []
        for problem in problems:
            line = int(problem.params.get("line", 0))
            if line:
                by_line.setdefault(line, []).append(problem)
                lines.append(at_line(line, describe(problem)))
            else:
                lines.append(describe(problem))
        for line, found in by_line.items():
            self._parsed.exclude(line, found)
        self.model.refresh()
        self._update()
        self._show_problem(
            self.tr("Deze regels passen niet bij wat al is opgeslagen voor de cliënt:") + "\n"
            + "\n".join(lines) + "\n"
            + self.tr("Er is nog niets geïmporteerd. De regels zijn gemarkeerd en worden "
                      "overgeslagen als u opnieuw op Importeer klikt."))


def pick_file(parent: QWidget | None) -> str | None:
    """Ask for a CSV file (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Caseload importeren"), file_dialogs.start_folder(LAST_FOLDER_KEY),
        tr("CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"))
    if not path:
        return None
    file_dialogs.remember(LAST_FOLDER_KEY, path)
    return path


def choose_and_import(store: Store, parent: QWidget | None = None) -> ImportResult | None:
    """Let the user pick a caseload file, preview it and import it."""
    path = pick_file(parent)
    if not path:
        return None
    return ImportDialog.ask(store, path, parent)
