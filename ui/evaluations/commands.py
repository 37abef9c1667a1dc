"""The Evaluaties page's commands: their actions and context menu, a client's decisions,
putting the chosen clients on the next agenda, and exporting the overview as shown (CSV)
or its evaluation dates (an agenda file). A mixin of
:class:`ui.evaluations.page.EvaluationsPage`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from vergadering import meetings
from vergadering import settings as team_settings
from vergadering.overview import Row

from .. import common, identity
from ..i18n import count, fill
from ..kit import widgets
from ..kit.presenter_dialog import PresenterDialog
from ..kit.widgets import make_action
from . import export
from .agenda_dialog import AddToAgendaDialog, queue_each, queued_text, skipped_text
from .history import ClientHistoryDialog

if TYPE_CHECKING:
    from .page import EvaluationsPage

    _Base = EvaluationsPage
else:
    _Base = object


class EvaluationCommands(_Base):
    """The actions of the Evaluaties page and what they do."""

    def _create_actions(self) -> None:
        page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.agenda_action = make_action(
            self, self.tr("Op de &agenda zetten…"), self.add_to_agenda,
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], page)
        self.history_action = make_action(
            self, self.tr("&Geschiedenis…"), self.show_history,
            [QKeySequence("Ctrl+H")], page)
        view_keys = make_action(self, "", self.show_history,
                                [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                                Qt.ShortcutContext.WidgetShortcut, self.view)
        view_keys.setObjectName("historyOnEnter")
        self.export_action = make_action(self, self.tr("&CSV voor Excel (.csv)…"),
                                         self.export_shown)
        self.ics_action = make_action(self, self.tr("&Agendabestand (.ics)…"),
                                      self.export_calendar)
        self.ics_action.setToolTip(self.tr(
            "De evaluatiedatums van de getoonde cliënten als agenda-afspraken, voor Outlook "
            "of een andere agenda"))
        self.find_action = make_action(self, self.tr("Zoeken"), self._focus_search,
                                       [QKeySequence(QKeySequence.StandardKey.Find)], page)
        widgets.set_tooltip_with_shortcut(self.agenda_action, self.tr(
            "De gekozen cliënten als lopend punt op de agenda van de volgende vergadering "
            "zetten"))
        widgets.set_tooltip_with_shortcut(self.history_action, self.tr(
            "Alle besluiten over de gekozen cliënt (ook Enter of dubbelklikken)"))
        self.export_action.setToolTip(self.tr(
            "Het overzicht zoals getoond (filters, zoeken en sortering) opslaan als "
            "CSV-bestand voor Excel"))

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        menu = QMenu(self)
        for action in (self.agenda_action, self.history_action, None, self.export_action,
                       self.ics_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _apply_read_only(self) -> None:
        if not self.store.read_only:
            return
        self.read_only_label.show_message(widgets.read_only_text(self.store))
        self.agenda_action.setToolTip(self.tr(
            "Alleen-lezen: in dit bestand kan niets op de agenda worden gezet. Bekijken, "
            "de geschiedenis en exporteren kunnen wel."))

    def show_history(self) -> None:
        row = self.current_row()
        if row is None:
            return
        # Without store=: the dialog's reads run inside, and the dialog is modal; it reads
        # as the store does (a moment for a busy file) and a storage problem is shown.
        common.run_operation(self, lambda: ClientHistoryDialog.show_for(self.store, row, self))

    def add_to_agenda(self) -> None:
        """Queue the chosen clients as lopend items of the next meeting. Clients already
        on an agenda are skipped and named; the others are queued."""
        rows = self.selected_rows()
        if not rows or self.store.read_only:
            return
        skipped = [r for r in rows if r.on_agenda is not None]
        todo = [r for r in rows if r.on_agenda is None]
        if not todo:
            self.status.show_message(skipped_text(skipped))
            return
        meeting = common.run_operation(
            self, lambda: meetings.upcoming_date(self.store, team_settings.load(self.store)),
            store=self.store)
        if meeting is None:
            return
        choice = AddToAgendaDialog.ask(todo, skipped, meeting, self)
        if choice is None:
            return
        by = identity.current_member(self.store)
        pairs: list[tuple[Row, int | None]] = []
        for row in todo:
            presenter: int | None = None
            if not self.model.has_active_behandelaar(row):
                presenter = PresenterDialog.ask(self.store, row.reference, row.behandelaar,
                                                by, self)
                if presenter is None:
                    self.status.show_message(fill(self.tr(
                        "Niets op de agenda gezet: kies een inbrenger voor %1 of laat die "
                        "cliënt weg."), row.reference))
                    return
            pairs.append((row, presenter))
        result = queue_each(self.store, pairs, choice, by, meeting, self)
        self.refresh()
        self.select_clients({r.client_id for r in rows})
        skipped += result.skipped
        self.status.show_message(" ".join(filter(None, (
            queued_text(result.queued, meeting), skipped_text(skipped) if skipped else "",
            *result.problems))))

    def export_calendar(self) -> None:
        rows = self.shown_rows()
        if not rows:
            return
        path = export.ask_ics_path(self, self.today or self.store.clock.today())
        if path is None:
            return
        today = self.store.clock.today()  # no event before it, even if the rows are older

        def read() -> tuple[team_settings.TeamSettings, dt.date]:
            settings = team_settings.load(self.store)
            return settings, meetings.upcoming_date(self.store, settings, today)

        found = common.run_operation(self, read, store=self.store)
        if found is None:
            return
        settings, next_meeting = found
        try:
            saved = export.export_ics(rows, path, self.store.clock.now(), settings.team_name,
                                      today=today, next_meeting=next_meeting)
        except OSError as error:
            common.show_error(self, fill(self.tr("Het bestand '%1' kon niet worden opgeslagen: "
                                                 "%2"), path, error.strerror or str(error)))
            return
        self.status.show_message(" ".join((
            fill(count(saved, self.tr("%n evaluatiedatum opgeslagen in %1."),
                       self.tr("%n evaluatiedatums opgeslagen in %1.")), path),
            self.tr("Importeer het bestand in Outlook of een andere agenda."),
            export.ics_privacy_note())))

    def export_shown(self) -> None:
        rows = self.shown_rows()
        if not rows:
            return
        path = export.ask_path(self, self.today or self.store.clock.today())
        if path is None:
            return
        try:
            exported = export.export_rows(rows, path)
        except OSError as error:
            common.show_error(self, fill(self.tr("Het bestand '%1' kon niet worden opgeslagen: "
                                                 "%2"), path, error.strerror or str(error)))
            return
        self.status.show_message(" ".join((
            fill(count(exported, self.tr("%n cliënt geëxporteerd naar %1."),
                       self.tr("%n cliënten geëxporteerd naar %1.")), path),
            self.tr("Het bestand bevat cliëntgegevens: bewaar het alleen op een beveiligde "
                    "plek."))))
