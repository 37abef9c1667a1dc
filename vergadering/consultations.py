"""Apart overleg: an acute item the meeting has no time for goes to a separate
consultation, with a trace (rule 10, docs/rules.md).

Who takes it and when they report back are required. The item ends at the meeting with
that outcome and shows as such in the besluitenlijst, the dossier text and the terugblik.
It comes back: the first meeting after the report-back date gets a new item for the
client (the *report back*, presented by whoever took the consultation), unless the team
recorded a decision for the client in between.

owns: table consultation
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from . import items as agenda_items
from . import settings as team_settings
from .dates import add_months
from .items import Item, ItemInput
from .problems import Code, Problem, ValidationError
from .store import Change, Store


@dataclass(frozen=True)
class ConsultationInput:
    member_id: int | None  # who takes it (and reports back)
    report_by: dt.date | None  # when they report back to the team


@dataclass(frozen=True)
class Consultation:
    id: int
    item_id: int
    client_id: int
    client_reference: str
    meeting_id: int
    meeting_date: dt.date
    member_id: int
    member: str
    report_by: dt.date
    decided_on: dt.date
    return_item_id: int | None
    return_meeting_date: dt.date | None  # where the report back is on the agenda


_SELECT = """
    SELECT co.*, c.reference AS client_reference, m.name AS member, mt.date AS meeting_date,
           (SELECT rm.date FROM item r JOIN meeting rm ON rm.id = r.meeting_id
            WHERE r.id = co.return_item_id) AS return_meeting_date
    FROM consultation co
    JOIN client c ON c.id = co.client_id
    JOIN member m ON m.id = co.member_id
    JOIN meeting mt ON mt.id = co.meeting_id
"""


def _row(row: sqlite3.Row) -> Consultation:
    back = row["return_meeting_date"]
    return Consultation(
        id=row["id"], item_id=row["item_id"], client_id=row["client_id"],
        client_reference=row["client_reference"], meeting_id=row["meeting_id"],
        meeting_date=dt.date.fromisoformat(row["meeting_date"]), member_id=row["member_id"],
        member=row["member"], report_by=dt.date.fromisoformat(row["report_by"]),
        decided_on=dt.date.fromisoformat(row["decided_on"]),
        return_item_id=row["return_item_id"],
        return_meeting_date=dt.date.fromisoformat(back) if back else None)


def for_meeting(store: Store, meeting_id: int) -> list[Consultation]:
    return [_row(r) for r in store.query(_SELECT + " WHERE co.meeting_id = ? ORDER BY co.id",
                                         (meeting_id,))]


def for_client(store: Store, client_id: int) -> list[Consultation]:
    return [_row(r) for r in store.query(
        _SELECT + " WHERE co.client_id = ? ORDER BY co.decided_on, co.id", (client_id,))]


def of_item(store: Store, item_id: int) -> Consultation | None:
    rows = store.query(_SELECT + " WHERE co.item_id = ?", (item_id,))
    return _row(rows[0]) if rows else None


def reported_back_by(store: Store, item_id: int) -> Consultation | None:
    """The consultation an item reports back on, if it is a report back."""
    rows = store.query(_SELECT + " WHERE co.return_item_id = ?", (item_id,))
    return _row(rows[0]) if rows else None


def latest_report_by(settings: team_settings.TeamSettings, today: dt.date) -> dt.date:
    """A report back is due within the team's horizon."""
    return add_months(today, settings.horizon_months)


def validate(store: Store, data: ConsultationInput | None, today: dt.date,
             settings: team_settings.TeamSettings) -> ConsultationInput:
    problems: list[Problem] = []
    member_id = data.member_id if data is not None else None
    report_by = data.report_by if data is not None else None
    if member_id is None:
        problems.append(Problem("consultation_member", Code.REQUIRED))
    else:
        rows = store.query("SELECT name, active FROM member WHERE id = ?", (member_id,))
        if not rows:
            problems.append(Problem("consultation_member", Code.NOT_FOUND))
        elif not rows[0]["active"]:
            problems.append(Problem("consultation_member", Code.INACTIVE,
                                    {"name": rows[0]["name"]}))
    if report_by is None:
        problems.append(Problem("report_by", Code.REQUIRED))
    elif report_by < today:
        problems.append(Problem("report_by", Code.DATE_IN_PAST, {"today": today.isoformat()}))
    elif report_by > latest_report_by(settings, today):
        problems.append(Problem("report_by", Code.DATE_TOO_FAR, {
            "max": latest_report_by(settings, today).isoformat()}))
    if problems:
        raise ValidationError(problems)
    return ConsultationInput(member_id, report_by)


def record(store: Store, item: Item, data: ConsultationInput) -> int:
    """Store the consultation of ``item`` (validated input). Call inside the transaction
    that ends the item."""
    assert data.member_id is not None and data.report_by is not None
    now = store.clock.now()
    cur = store.conn.execute(
        "INSERT INTO consultation(item_id, client_id, meeting_id, member_id, report_by,"
        " decided_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (item.id, item.client_id, item.meeting_id, data.member_id, data.report_by.isoformat(),
         now.date().isoformat(), now.isoformat()))
    store.notify(Change("consultation", (int(cur.lastrowid or 0),)))
    return int(cur.lastrowid or 0)


def return_due(store: Store, meeting_date: dt.date) -> list[Item]:
    """Put the report backs due by ``meeting_date`` on that meeting's agenda: every
    consultation whose report-back date lies before it, not yet back on an agenda, whose
    client is active and got no decision since. Returns the items queued."""
    rows = store.query(
        "SELECT co.id, co.item_id, co.member_id, co.created_at FROM consultation co"
        " JOIN client c ON c.id = co.client_id"
        " WHERE co.return_item_id IS NULL AND co.report_by < ? AND c.active"
        " AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.client_id = co.client_id"
        "                 AND d.created_at > co.created_at)"
        " ORDER BY co.report_by, co.id", (meeting_date.isoformat(),))
    if not rows:
        return []
    queued: list[Item] = []
    with store.transaction() as conn:
        for row in rows:
            original = agenda_items.get(store, row["item_id"])
            presenter = row["member_id"]
            if not store.query("SELECT 1 FROM member WHERE id = ? AND active", (presenter,)):
                presenter = original.presenter_id
            data = ItemInput(original.client_id, presenter, original.type, original.block,
                             original.question, original.process_state, original.minutes)
            already = [i for i in agenda_items.list_items(store, meeting_date)
                       if i.client_id == original.client_id]
            if already:  # the client is on that agenda anyway: that item reports back
                conn.execute("UPDATE consultation SET return_item_id = ? WHERE id = ?",
                             (already[0].id, row["id"]))
                store.notify(Change("consultation", (row["id"],)))
                continue
            try:
                item = agenda_items.queue_item(store, data, by=None, meeting_date=meeting_date,
                                               origin={"consultation": row["id"]})
            except ValidationError:
                continue  # e.g. nobody active to present it: tried again next time
            conn.execute("UPDATE consultation SET return_item_id = ? WHERE id = ?",
                         (item.id, row["id"]))
            store.notify(Change("consultation", (row["id"],)))
            queued.append(item)
    return queued
