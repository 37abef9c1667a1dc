"""Clients: a pseudonymous reference, their behandelaar and evaluation dates.

The dates on the client are the latest of: what was entered by hand or imported (kept
in ``client_dates`` too), and the latest valid decision (:func:`apply_decision_dates`).

owns: tables client, client_dates
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from . import members
from .dates import DateParseError, from_iso, parse_optional_date, to_iso
from .problems import Code, Problem, ValidationError, check_text
from .store import Change, Store
from .textfold import first_invisible, fold, stored_form

REFERENCE_MAX = 30


@dataclass(frozen=True)
class Client:
    id: int
    reference: str
    behandelaar_id: int | None
    behandelaar: str | None
    care_start: dt.date | None
    last_evaluation: dt.date | None
    next_evaluation: dt.date | None
    active: bool
    added_on: dt.date


@dataclass(frozen=True)
class ClientInput:
    """What a user typed for a client. Dates are text, as typed (Dutch or ISO)."""

    reference: str
    behandelaar_id: int | None = None
    care_start: str = ""
    last_evaluation: str = ""
    next_evaluation: str = ""


@dataclass(frozen=True)
class CleanClient:
    reference: str
    behandelaar_id: int | None
    care_start: dt.date | None
    last_evaluation: dt.date | None
    next_evaluation: dt.date | None


_SELECT = """
    SELECT c.*, m.name AS behandelaar
    FROM client c LEFT JOIN member m ON m.id = c.behandelaar_id
"""


def _row(row: sqlite3.Row) -> Client:
    return Client(
        id=row["id"], reference=row["reference"], behandelaar_id=row["behandelaar_id"],
        behandelaar=row["behandelaar"], care_start=from_iso(row["care_start"]),
        last_evaluation=from_iso(row["last_evaluation"]),
        next_evaluation=from_iso(row["next_evaluation"]), active=bool(row["active"]),
        added_on=dt.date.fromisoformat(row["added_on"]),
    )


def get(store: Store, client_id: int) -> Client:
    rows = store.query(_SELECT + " WHERE c.id = ?", (client_id,))
    if not rows:
        raise ValidationError([Problem("client", Code.NOT_FOUND)])
    return _row(rows[0])


def reference_key(reference: str) -> str:
    """What references are matched on: two references with the same key are one client
    (NFKC + casefold, the rule of the SQL function ``casefold()`` as well)."""
    return fold(reference.strip())


def find_by_reference(store: Store, reference: str) -> Client | None:
    needle = reference.strip()
    if needle.isascii():  # the usual case, and it can use the unique index
        rows = store.query(_SELECT + " WHERE c.reference = ? COLLATE NOCASE", (needle,))
        if rows:
            return _row(rows[0])
    # A stored 'K-1' (Kelvin sign) or 'Straße' matches 'k-1' or 'STRASSE' too.
    rows = store.query(_SELECT + " WHERE casefold(c.reference) = ? ORDER BY c.id LIMIT 1",
                       (reference_key(needle),))
    return _row(rows[0]) if rows else None


def reference_index(store: Store) -> dict[str, Client]:
    """Every client by :func:`reference_key`, for matching many references at once
    (the oldest client wins where older data holds two that fold alike)."""
    index: dict[str, Client] = {}
    for row in store.query(_SELECT + " ORDER BY c.id"):
        index.setdefault(reference_key(row["reference"]), _row(row))
    return index


def check_reference(problems: list[Problem], field_name: str, value: str) -> str:
    """Validate a typed or imported reference; return it as stored (trimmed, NFC).

    Invisible characters are refused: they would make a look-alike second client.
    """
    before = len(problems)
    reference = check_text(problems, field_name, value, max_length=REFERENCE_MAX)
    if len(problems) == before:
        # Only ordinary spaces and line ends around it are trimmed silently.
        char = first_invisible(value.strip(" \t\r\n") if reference else "")
        if char is not None:
            problems.append(Problem(field_name, Code.INVISIBLE_CHARACTERS,
                                    {"character": f"U+{ord(char):04X}"}))
    return stored_form(reference)


def list_clients(store: Store, *, include_inactive: bool = True) -> list[Client]:
    where = "" if include_inactive else " WHERE c.active"
    return [_row(r) for r in store.query(_SELECT + where + " ORDER BY c.reference COLLATE NOCASE")]


def search(
    store: Store, text: str, *, include_inactive: bool = False, limit: int = 50
) -> list[Client]:
    """Clients whose reference or behandelaar contains ``text`` (case-insensitive);
    references that start with it come first."""
    # instr() on casefolded text: Unicode case-insensitive (LIKE folds ASCII only),
    # and '%' and '_' are plain characters.
    # Half a character (a lone surrogate from a broken paste) cannot be searched for.
    needle = fold(text.strip().encode("utf-8", "ignore").decode("utf-8"))
    where = "(instr(casefold(c.reference), :n) OR instr(casefold(m.name), :n))"
    if not include_inactive:
        where += " AND c.active"
    rows = store.query(
        _SELECT + f" WHERE {where} ORDER BY instr(casefold(c.reference), :n) = 1 DESC, "
        "c.reference COLLATE NOCASE LIMIT :limit",
        {"n": needle, "limit": limit},
    )
    return [_row(r) for r in rows]


def _date(problems: list[Problem], name: str, text: str) -> dt.date | None:
    try:
        return parse_optional_date(text)
    except DateParseError as error:
        problems.append(Problem(name, error.code, {"value": text.strip()[:40]}))
        return None


def check_dates(
    problems: list[Problem],
    today: dt.date,
    care_start: dt.date | None,
    last_evaluation: dt.date | None,
) -> None:
    """Rules between dates: an evaluation cannot lie in the future or before care began."""
    if last_evaluation and last_evaluation > today:
        problems.append(Problem("last_evaluation", Code.DATE_IN_FUTURE,
                                {"value": last_evaluation.isoformat()}))
    if care_start and last_evaluation and last_evaluation < care_start:
        problems.append(Problem("last_evaluation", Code.DATE_ORDER,
                                {"value": last_evaluation.isoformat(),
                                 "other": care_start.isoformat()}))


def validate(store: Store, data: ClientInput, client_id: int | None = None) -> CleanClient:
    problems: list[Problem] = []
    reference = check_reference(problems, "reference", data.reference)
    if reference and not any(p.field == "reference" for p in problems):
        existing = find_by_reference(store, reference)
        if existing and existing.id != client_id:
            problems.append(Problem("reference", Code.DUPLICATE, {"value": existing.reference}))
    if data.behandelaar_id is not None:
        if not store.query("SELECT 1 FROM member WHERE id = ?", (data.behandelaar_id,)):
            problems.append(Problem("behandelaar", Code.NOT_FOUND))
    care_start = _date(problems, "care_start", data.care_start)
    last = _date(problems, "last_evaluation", data.last_evaluation)
    nxt = _date(problems, "next_evaluation", data.next_evaluation)
    check_dates(problems, store.clock.today(), care_start, last)
    if problems:
        raise ValidationError(problems)
    return CleanClient(reference, data.behandelaar_id, care_start, last, nxt)


def add_client(store: Store, data: ClientInput) -> Client:
    with store.transaction():
        clean = validate(store, data)
        client_id = insert_clean(store, clean)
    return get(store, client_id)


def insert_clean(store: Store, clean: CleanClient) -> int:
    """Insert validated data; call inside a transaction."""
    now = store.clock.now()
    cur = store.conn.execute(
        "INSERT INTO client(reference, behandelaar_id, care_start, last_evaluation,"
        " next_evaluation, active, added_on, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
        (clean.reference, clean.behandelaar_id, to_iso(clean.care_start),
         to_iso(clean.last_evaluation), to_iso(clean.next_evaluation),
         now.date().isoformat(), now.isoformat(), now.isoformat()),
    )
    client_id = int(cur.lastrowid or 0)
    record_dates(store, client_id)
    store.notify(Change("client", (client_id,)))
    store.notify(Change("member"))  # client counts per member
    return client_id


#: A new client of an import: reference, behandelaar, start of care, last and next
#: evaluation (checked by :mod:`vergadering.caseload`).
Imported = tuple[str, int, "dt.date | None", "dt.date | None", "dt.date | None"]


def insert_imported(store: Store, batch: list[Imported]) -> None:
    """Insert a batch of an import's new clients and keep their dates in
    ``client_dates``, in three statements. Call inside the import's transaction; the
    import notifies once."""
    now = store.clock.now()
    stamp, today = now.isoformat(), now.date().isoformat()
    iso: dict[dt.date | None, str | None] = {None: None}  # a caseload has few dates
    for _reference, _member, *days in batch:
        for day in days:
            if day not in iso:
                iso[day] = day.isoformat()  # type: ignore[union-attr]
    conn = store.conn
    before = conn.execute("SELECT coalesce(max(id), 0) FROM client").fetchone()[0]
    conn.executemany(
        "INSERT INTO client(reference, behandelaar_id, care_start, last_evaluation,"
        " next_evaluation, active, added_on, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
        [(reference, member, iso[start], iso[last], iso[next_evaluation], today, stamp, stamp)
         for reference, member, start, last, next_evaluation in batch])
    # New rows get ids above every stored one (the transaction holds the write lock).
    conn.execute(
        "INSERT INTO client_dates(client_id, set_on, last_evaluation, next_evaluation,"
        " active) SELECT id, ?, last_evaluation, next_evaluation, active FROM client"
        " WHERE id > ?", (store.clock.today().isoformat(), before))


def update_imported(store: Store, batch: list[tuple[int, CleanClient]]) -> None:
    """Store a batch of an import's rows for existing clients (checked by
    :mod:`vergadering.caseload`: the reference stays as stored) and keep their dates in
    ``client_dates``. Call inside the import's transaction; the import notifies once."""
    conn = store.conn
    stamp = store.clock.now().isoformat()
    conn.executemany(
        "UPDATE client SET behandelaar_id = ?, care_start = ?, last_evaluation = ?,"
        " next_evaluation = ?, updated_at = ? WHERE id = ?",
        [(c.behandelaar_id, to_iso(c.care_start), to_iso(c.last_evaluation),
          to_iso(c.next_evaluation), stamp, client_id) for client_id, c in batch])
    today = store.clock.today().isoformat()
    conn.executemany(
        "INSERT INTO client_dates(client_id, set_on, last_evaluation, next_evaluation,"
        " active) SELECT id, ?, last_evaluation, next_evaluation, active FROM client"
        " WHERE id = ?", [(today, client_id) for client_id, _c in batch])


def record_dates(store: Store, client_id: int) -> None:
    """Keep the client's evaluation dates and status as just entered by hand or by an
    import (table ``client_dates``): a later decision overwrites them on the client, and
    the figures of a past day need them (vergadering/standing.py). Call inside a
    transaction, after the write."""
    store.conn.execute(
        "INSERT INTO client_dates(client_id, set_on, last_evaluation, next_evaluation,"
        " active) SELECT id, ?, last_evaluation, next_evaluation, active FROM client"
        " WHERE id = ?", (store.clock.today().isoformat(), client_id))


def update_client(store: Store, client_id: int, data: ClientInput) -> Client:
    with store.transaction() as conn:
        get(store, client_id)
        clean = validate(store, data, client_id)
        conn.execute(
            "UPDATE client SET reference = ?, behandelaar_id = ?, care_start = ?,"
            " last_evaluation = ?, next_evaluation = ?, updated_at = ? WHERE id = ?",
            (clean.reference, clean.behandelaar_id, to_iso(clean.care_start),
             to_iso(clean.last_evaluation), to_iso(clean.next_evaluation),
             store.clock.now().isoformat(), client_id),
        )
        record_dates(store, client_id)
        store.notify(Change("client", (client_id,)))
        store.notify(Change("member"))
    return get(store, client_id)


def apply_decision_dates(store: Store, client_id: int) -> None:
    """The client's evaluation dates and status follow its latest valid decision (rule
    4): one statement, nothing when the client has none. ``client_dates`` is not
    written: decisions keep their own dates. Call inside the decision's transaction."""
    cur = store.conn.execute(
        "UPDATE client SET last_evaluation = max(coalesce(client.last_evaluation, ''),"
        " latest.decided_on), next_evaluation = latest.next_evaluation,"
        " active = latest.kind != 'afsluiten', updated_at = ?"
        " FROM (SELECT kind, decided_on, next_evaluation FROM decision d"
        "       WHERE client_id = ? AND NOT EXISTS"
        "         (SELECT 1 FROM decision n WHERE n.corrects_id = d.id)"
        "       ORDER BY decided_on DESC, id DESC LIMIT 1) AS latest"
        " WHERE client.id = ?", (store.clock.now().isoformat(), client_id, client_id))
    if cur.rowcount:
        store.notify(Change("client", (client_id,)))


def set_client_active(store: Store, client_id: int, active: bool) -> Client:
    with store.transaction() as conn:
        get(store, client_id)
        conn.execute("UPDATE client SET active = ?, updated_at = ? WHERE id = ?",
                     (int(active), store.clock.now().isoformat(), client_id))
        record_dates(store, client_id)
        store.notify(Change("client", (client_id,)))
        store.notify(Change("member"))
    return get(store, client_id)


def behandelaar_choices(store: Store) -> list[members.Member]:
    return members.list_members(store, include_inactive=False)
