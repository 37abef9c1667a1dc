"""Dutch words for the evaluation overview: a row's status, its dates and the column
titles. Shared by the table, the export and the history dialog (QtCore only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from vergadering.dates import format_nl
from vergadering.evaluation import UnreadableClient
from vergadering.overview import Row, Status

from ..i18n import count, fill, tr
from ..kit import words


def column_titles() -> tuple[str, ...]:
    """The columns of the overview, on screen and in the export."""
    return (tr("Cliënt"), tr("Behandelaar"), tr("Laatste evaluatie"), tr("Uiterlijk"),
            tr("Status"), tr("Op agenda"))


def last_evaluation(row: Row) -> str:
    return format_nl(row.last_evaluation) if row.last_evaluation else tr("nooit")


def on_agenda(row: Row) -> str:
    return format_nl(row.on_agenda) if row.on_agenda else ""


def status(row: Row) -> str:
    """``12 dagen te laat``, ``over 9 dagen`` (within the coming weeks) or ``op schema``.

    Computed from the row alone (``days_overdue`` is today minus the due date), so the
    export says exactly what the screen said."""
    if row.status is Status.ON_TRACK:
        return tr("op schema")
    return words.relative_due(row.due, row.due + dt.timedelta(days=row.days_overdue))



def status_tooltip(row: Row) -> str:
    due = format_nl(row.due)
    if row.status is Status.OVERDUE:
        return fill(tr("Had uiterlijk %1 geëvalueerd moeten zijn."), due)
    if row.status is Status.DUE_SOON:
        return fill(tr("Uiterlijk %1 evalueren: binnen de komende vier weken."), due)
    return fill(tr("Uiterlijk %1 evalueren (nog %2 dagen)."), due, -row.days_overdue)


def behandelaar(row: Row, active: bool = True) -> str:
    if row.behandelaar is None:
        return tr("geen behandelaar")
    if not active:
        return fill(tr("%1 (inactief)"), row.behandelaar)
    return row.behandelaar


def date_field(field: str) -> str:
    """The name of a stored date column, as the client form and the caseload CSV say it."""
    names = {"last_evaluation": tr("laatste evaluatie"),
             "next_evaluation": tr("volgende evaluatie"),
             "care_start": tr("in zorg sinds"), "added_on": tr("toegevoegd op")}
    return names.get(field, field)


def unreadable(clients: Sequence[UnreadableClient]) -> str:
    """The warning over the overview for clients whose stored date cannot be read (a file
    edited by another tool): the reference and which date, never the cell's text."""
    if not clients:
        return ""
    names = ", ".join(f"{c.reference} ({date_field(c.field)})" for c in clients)
    head = count(len(clients), tr("%n cliënt met een onleesbare datum: %1."),
                 tr("%n cliënten met een onleesbare datum: %1."))
    return (fill(head, names) + " " + tr(
        "Deze staan niet in het overzicht en tellen niet mee als te laat; controleer ze "
        "in Team › Cliënten."))
