"""The in-app caseload import: what the preview shows, and what importing does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

import ui.import_dialog as import_dialog
from ui.import_dialog import ImportDialog
from ui.import_preview import STATE_ROLE, Column
from vergadering import caseload, clients, members
from vergadering.store import Store, StoreError, StoreProblem

HEADER = "client;behandelaar;in_zorg_sinds;laatste_evaluatie;volgende_evaluatie\n"
MIXED = HEADER + (
    "D-1;Anouk de Vries;01-01-2024;15-09-2026;15-03-2027\n"  # 2: update (exists)
    ";Anouk de Vries;01-01-2024;;\n"                          # 3: no client
    "D-2;Bram Jansen;31-13-2025;;\n"                          # 4: impossible date
    "D-3;Bram Jansen;2025-03-01;;\n"                          # 5: new
    "D-4;;01-06-2026;01-05-2026;\n"                           # 6: two problems
)


@pytest.fixture
def make_dialog(qtbot, store, tmp_path):
    def make(text: str, *, encoding: str = "utf-8", name: str = "caseload.csv") -> ImportDialog:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        dialog = ImportDialog.from_file(store, path)
        qtbot.addWidget(dialog)
        return dialog

    return make


def add_existing(store: Store, reference: str = "D-1") -> clients.Client:
    member = members.find_by_name(store, "Anouk de Vries") or members.add_member(
        store, "Anouk de Vries")
    return clients.add_client(store, clients.ClientInput(
        reference, member.id, "01-01-2020", "01-01-2021"))


def cell(dialog: ImportDialog, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return dialog.proxy.index(row, column).data(role)


def column_texts(dialog: ImportDialog, column: Column) -> list[str]:
    return [cell(dialog, row, column) for row in range(dialog.proxy.rowCount())]


def references(store: Store) -> list[str]:
    return [c.reference for c in clients.list_clients(store)]


def test_preview_models_pass_the_model_tester(qtmodeltester, store, make_dialog):
    add_existing(store)
    dialog = make_dialog(MIXED)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)


def test_preview_shows_each_data_row_with_line_number_and_status(store, make_dialog):
    add_existing(store)
    dialog = make_dialog(MIXED)

    assert column_texts(dialog, Column.LINE) == ["2", "3", "4", "5", "6"]
    assert column_texts(dialog, Column.CLIENT)[0] == "D-1"
    assert cell(dialog, 0, Column.NEXT_EVALUATION) == "15-03-2027"
    status = column_texts(dialog, Column.STATUS)
    assert status[0] == "bijwerken"
    assert status[3] == "nieuw"
    assert "Cliënt is verplicht" in status[1]
    assert "'31-13-2025' is geen geldige datum" in status[2]
    assert "Behandelaar is verplicht" in status[4]
    assert "vóór de start van de zorg" in status[4]


def test_bad_rows_are_marked_by_icon_and_colour_not_only_colour(make_dialog):
    dialog = make_dialog(MIXED)
    bad, good = 1, 3
    assert cell(dialog, bad, Column.STATUS).startswith("overslaan")
    assert not cell(dialog, bad, Column.STATUS, Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(dialog, bad, Column.CLIENT, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Cliënt is verplicht" in cell(dialog, bad, Column.LINE, Qt.ItemDataRole.ToolTipRole)
    assert cell(dialog, good, Column.STATUS, Qt.ItemDataRole.DecorationRole) is None
    assert cell(dialog, good, Column.CLIENT, Qt.ItemDataRole.BackgroundRole) is None
    # What the file says for an unreadable date stays visible, so it can be found.
    assert cell(dialog, 2, Column.CARE_START) == "31-13-2025"
    assert cell(dialog, 2, Column.CARE_START, Qt.ItemDataRole.FontRole).bold()


def test_summary_counts_and_new_behandelaars(store, make_dialog):
    add_existing(store)
    dialog = make_dialog(MIXED)
    assert dialog.counts_label.text().split() == [
        "Nieuw:", "1", "Bijwerken:", "1", "Met", "fouten:", "3"]
    assert "Bram Jansen" in dialog.members_label.text()
    assert "Anouk de Vries" not in dialog.members_label.text()
    assert "puntkomma" in dialog.format_label.text()
    assert "caseload.csv" in dialog.title_label.text()
    assert not dialog.problem_banner.isVisibleTo(dialog)


def test_button_counts_good_rows_and_import_imports_exactly_them(store, make_dialog):
    add_existing(store)
    dialog = make_dialog(MIXED)
    assert dialog.import_button.text() == "Importeer 2 goede regels (3 overslaan)"
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.import_result
    assert (result.created, result.updated, result.skipped) == (1, 1, 3)
    assert result.new_members == ("Bram Jansen",)
    assert references(store) == ["D-1", "D-3"]
    updated = clients.find_by_reference(store, "D-1")
    assert updated.next_evaluation.isoformat() == "2027-03-15"


def test_button_text_when_every_row_is_good(make_dialog):
    dialog = make_dialog(HEADER + "D-1;A;;;\nD-2;B;;;\nD-3;C;;;\n")
    assert dialog.import_button.text() == "Importeer 3 cliënten"
    assert not dialog.only_errors.isVisibleTo(dialog)  # nothing to filter
    assert make_dialog(HEADER + "D-1;A;;;\n", name="one.csv").import_button.text() == (
        "Importeer 1 cliënt")


def test_only_bad_rows_leaves_nothing_to_import(make_dialog):
    dialog = make_dialog(HEADER + ";A;;;\nD-2;;;;\n")
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Niets te importeren"


def test_filter_shows_only_rows_with_errors(make_dialog):
    dialog = make_dialog(MIXED)
    dialog.only_errors.setChecked(True)
    assert column_texts(dialog, Column.LINE) == ["3", "4", "6"]
    assert all(cell(dialog, r, Column.LINE, STATE_ROLE) == "fout" for r in range(3))
    dialog.only_errors.setChecked(False)
    assert dialog.proxy.rowCount() == 5


def test_cancel_imports_nothing(store, make_dialog):
    dialog = make_dialog(MIXED)
    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.import_result is None
    assert store.is_empty()


def test_escape_cancels_and_enter_imports(qtbot, store, make_dialog):
    dialog = make_dialog(MIXED)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert store.is_empty()

    dialog = make_dialog(MIXED, name="again.csv")
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert references(store) == ["D-1", "D-3"]


@pytest.mark.parametrize("text, expected", [
    ("naam;behandelaar\nD-1;A\n", "De kolom 'client' ontbreekt"),
    ("client;arts\nD-1;A\n", "De kolom 'behandelaar' ontbreekt"),
    ("", "geen cliënten"),
    (HEADER, "geen cliënten"),
])
def test_file_problems_are_shown_and_disable_import(qtbot, store, make_dialog,
                                                  text, expected):
    dialog = make_dialog(text)
    assert not dialog.import_button.isEnabled()
    assert dialog.problem_banner.isVisibleTo(dialog)
    assert expected in dialog.problem_label.text()
    assert "niets geïmporteerd" in dialog.problem_label.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert store.is_empty()


def test_missing_file_is_explained_in_dutch(qtbot, store, tmp_path):
    dialog = ImportDialog.from_file(store, tmp_path / "weg.csv")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "'" + str(tmp_path / "weg.csv") + "' bestaat niet" in dialog.problem_label.text()


def test_windows_1252_semicolon_file_shows_accented_names(make_dialog):
    dialog = make_dialog(HEADER + "R.É.-12;Émile Noël;01-05-2026;;\n", encoding="cp1252")
    assert cell(dialog, 0, Column.CLIENT) == "R.É.-12"
    assert cell(dialog, 0, Column.BEHANDELAAR) == "Émile Noël"
    assert "Windows-1252" in dialog.format_label.text()
    assert "puntkomma" in dialog.format_label.text()
    assert "Émile Noël" in dialog.members_label.text()


@pytest.mark.parametrize("delimiter, word", [(",", "komma"), ("\t", "tab")])
def test_delimiter_is_named_in_plain_dutch(make_dialog, delimiter, word):
    dialog = make_dialog(f"client{delimiter}behandelaar\nD-1{delimiter}A\n")
    assert f"gescheiden door {word}." in dialog.format_label.text()


def test_update_row_with_empty_date_says_the_stored_date_stays(store, make_dialog):
    add_existing(store)
    dialog = make_dialog(HEADER + "D-1;Anouk de Vries;;;\n")
    assert cell(dialog, 0, Column.LAST_EVALUATION) == "(ongewijzigd)"
    dialog.import_button.click()
    assert clients.find_by_reference(store, "D-1").last_evaluation.isoformat() == (
        "2021-01-01")


def test_store_error_during_import_keeps_the_dialog_open(monkeypatch, store, make_dialog):
    dialog = make_dialog(MIXED)

    def locked(*args, **kwargs):
        raise StoreError(StoreProblem.LOCKED, "team.db")

    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr("ui.common.BUSY_GIVE_UP_S", 0.3)  # stays busy: given up soon
    monkeypatch.setattr(caseload, "import_caseload", locked)
    dialog.import_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.import_result is None
    assert len(shown) == 1 and "'team.db' is bezet" in shown[0]
    assert dialog.problem_banner.isVisibleTo(dialog)
    assert "Er is niets geïmporteerd." in dialog.problem_label.text()
    assert dialog.import_button.isEnabled()  # the user can try again

    monkeypatch.undo()
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert references(store) == ["D-1", "D-3"]


def test_read_only_database_disables_import(store, make_dialog):
    store.read_only = True
    dialog = make_dialog(MIXED)
    assert not dialog.import_button.isEnabled()
    assert "alleen-lezen" in dialog.problem_label.text()


def test_conflict_with_stored_dates_is_marked_before_importing(store, make_dialog):
    # Stored: in care since 2020, last evaluated 2021. The file moves the start of care
    # to 2022 without a new evaluation: fine on its own, impossible with what is stored.
    add_existing(store)
    dialog = make_dialog(HEADER + "D-1;Anouk de Vries;01-01-2022;;\nD-9;Bram Jansen;;;\n")
    assert "vóór de start van de zorg" in cell(dialog, 0, Column.STATUS)
    assert cell(dialog, 0, Column.LAST_EVALUATION) == "01-01-2021 (opgeslagen)"
    assert dialog.import_button.text() == "Importeer 1 goede regel (1 overslaan)"

    dialog.import_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert references(store) == ["D-1", "D-9"]
    assert clients.find_by_reference(store, "D-1").care_start.isoformat() == "2020-01-01"


def test_ask_returns_the_result_or_none(monkeypatch, store, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(HEADER + "D-1;A;;;\n", encoding="utf-8")

    monkeypatch.setattr(ImportDialog, "exec", lambda self: self.reject() or 0)
    assert ImportDialog.ask(store, path) is None
    assert store.is_empty()

    monkeypatch.setattr(ImportDialog, "exec", lambda self: self.import_button.click() or 1)
    result = ImportDialog.ask(store, path)
    assert (result.created, result.updated) == (1, 0)


def test_choose_and_import_uses_the_replaceable_file_picker(monkeypatch, store):
    asked: list[str] = []
    monkeypatch.setattr(import_dialog, "pick_file", lambda parent: None)
    monkeypatch.setattr(ImportDialog, "ask",
                        classmethod(lambda cls, store, path, parent=None: asked.append(path)))
    assert import_dialog.choose_and_import(store) is None
    assert asked == []

    monkeypatch.setattr(import_dialog, "pick_file", lambda parent: "/tmp/x.csv")
    import_dialog.choose_and_import(store)
    assert asked == ["/tmp/x.csv"]


def test_large_preview_stays_responsive(qtbot, make_dialog):
    rows = "".join(f"D-{i};Lid {i % 12};01-01-2025;{'x' if i % 9 == 0 else ''};\n"
                   for i in range(2000))
    dialog = make_dialog(HEADER + rows)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The first 1000 rows (112 with errors) and every later row with an error (111).
    assert dialog.proxy.rowCount() == 1000 + 111
    assert dialog.import_button.text() == "Importeer 1777 goede regels (223 overslaan)"
    assert dialog.counts_label.text().splitlines() == [
        "Nieuw: 1777    Bijwerken: 0    Met fouten: 223",
        "Hieronder: de eerste 1000 regels van 2000, en alle regels met fouten."]


def test_a_file_with_more_errors_than_shown_says_so_and_imports_every_good_row(
        qtbot, make_dialog, store, monkeypatch):
    monkeypatch.setattr(caseload, "SHOWN_ROWS", 10)
    monkeypatch.setattr(caseload, "SHOWN_PROBLEM_ROWS", 20)
    rows = "".join(f"D-{i};Lid;{'x' if i % 2 else '01-01-2025'};;\n" for i in range(100))
    dialog = make_dialog(HEADER + rows)
    assert dialog.proxy.rowCount() == 10 + 15  # 5 errors among the first 10, then 15 more
    assert dialog.counts_label.text().splitlines()[1] == (
        "Hieronder: de eerste 10 regels van 100, en de eerste 20 van de 50 regels met fouten.")
    dialog.import_button.click()
    assert dialog.import_result is not None
    assert (dialog.import_result.created, dialog.import_result.skipped) == (50, 50)
    assert len(clients.list_clients(store)) == 50


def test_path_objects_and_strings_both_work(qtbot, store, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(HEADER + "D-1;A;;;\n", encoding="utf-8")
    for value in (path, str(path)):
        dialog = ImportDialog.from_file(store, value)
        qtbot.addWidget(dialog)
        assert dialog.title_label.toolTip() == str(Path(path))


def test_a_device_without_size_is_not_read_whole(monkeypatch, store):
    # /dev/zero reports size 0: only the size limit (plus one byte) may be read.
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    monkeypatch.setattr(caseload, "MAX_FILE_BYTES", 1024 * 1024)
    parsed, reasons = import_dialog.load(store, "/dev/zero")
    assert reasons == []
    assert [p.code for p in parsed.file_problems] == [caseload.Code.FILE_TOO_LARGE]
