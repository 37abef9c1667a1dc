"""Team members: the inbrengers, behandelaars and chairs. Never deleted once used.

owns: table member
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .problems import Code, Problem, ValidationError, check_text
from .store import Change, Store

NAME_MAX = 60


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    active: bool
    client_count: int = 0


def _row(row: sqlite3.Row) -> Member:
    return Member(row["id"], row["name"], bool(row["active"]), row["client_count"])


_SELECT = """
    SELECT m.id, m.name, m.active,
           (SELECT count(*) FROM client c
            WHERE c.behandelaar_id = m.id AND c.active) AS client_count
    FROM member m
"""


def list_members(store: Store, *, include_inactive: bool = True) -> list[Member]:
    where = "" if include_inactive else " WHERE m.active"
    return [_row(r) for r in store.query(_SELECT + where + " ORDER BY m.name COLLATE NOCASE")]


def get(store: Store, member_id: int) -> Member:
    rows = store.query(_SELECT + " WHERE m.id = ?", (member_id,))
    if not rows:
        raise ValidationError([Problem("member", Code.NOT_FOUND)])
    return _row(rows[0])


def find_by_name(store: Store, name: str) -> Member | None:
    rows = store.query(_SELECT + " WHERE casefold(m.name) = casefold(?)", (name.strip(),))
    return _row(rows[0]) if rows else None


def _check_name(store: Store, name: str, member_id: int | None = None) -> str:
    problems: list[Problem] = []
    clean = " ".join(check_text(problems, "name", name, max_length=NAME_MAX).split())
    if not problems:
        existing = find_by_name(store, clean)
        if existing and existing.id != member_id:
            problems.append(Problem("name", Code.DUPLICATE, {"value": existing.name}))
    if problems:
        raise ValidationError(problems)
    return clean


def add_member(store: Store, name: str) -> Member:
    with store.transaction() as conn:
        clean = _check_name(store, name)
        now = store.clock.now().isoformat()
        cur = conn.execute(
            "INSERT INTO member(name, active, created_at, updated_at) VALUES (?, 1, ?, ?)",
            (clean, now, now),
        )
        member_id = int(cur.lastrowid or 0)
        store.notify(Change("member", (member_id,)))
    return get(store, member_id)


def rename_member(store: Store, member_id: int, name: str) -> Member:
    with store.transaction() as conn:
        get(store, member_id)
        clean = _check_name(store, name, member_id)
        conn.execute("UPDATE member SET name = ?, updated_at = ? WHERE id = ?",
                     (clean, store.clock.now().isoformat(), member_id))
        store.notify(Change("member", (member_id,)))
        store.notify(Change("client"))  # client lists show the behandelaar's name
    return get(store, member_id)


def set_member_active(store: Store, member_id: int, active: bool) -> Member:
    """Deactivate (or reactivate) a member; their clients and history stay as they are."""
    with store.transaction() as conn:
        get(store, member_id)
        conn.execute("UPDATE member SET active = ?, updated_at = ? WHERE id = ?",
                     (int(active), store.clock.now().isoformat(), member_id))
        store.notify(Change("member", (member_id,)))
    return get(store, member_id)


def is_referenced(store: Store, member_id: int) -> bool:
    """True when anything refers to the member (clients now; items and decisions later)."""
    for table, column in _REFERENCES:
        if store.query(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (member_id,)):
            return True
    return False


# Every (table, column) that refers to a member. Later migrations add items, decisions.
_REFERENCES: list[tuple[str, str]] = [
    ("client", "behandelaar_id"),
    ("item", "presenter_id"),
    ("item", "created_by"),
    ("item", "updated_by"),
    ("item_change", "by_id"),
    ("decision", "worded_by_id"),
    ("consultation", "member_id"),
    ("action", "owner_id"),
    ("action", "closed_by_id"),
]


def delete_member(store: Store, member_id: int) -> None:
    """Delete a member entered by mistake. Refused once anything refers to them:
    such a member can only be deactivated."""
    with store.transaction() as conn:
        member = get(store, member_id)
        if is_referenced(store, member_id):
            raise ValidationError([Problem("member", Code.IN_USE, {"name": member.name})])
        conn.execute("DELETE FROM member WHERE id = ?", (member_id,))
        store.notify(Change("member", (member_id,)))
