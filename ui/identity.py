"""Who is using this PC: the team member chosen under "Ik ben", remembered per database
file in QSettings (UI state, not meeting data). Used as the default inbrenger and as the
author of changes to agenda items. There is no login: it is a convenience, not security."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCryptographicHash

from vergadering import members
from vergadering.store import Store

from . import paths


def _key(store: Store) -> str:
    # SHA-1 of the path, as hashlib gives it (Qt's is already loaded; hashlib would load
    # OpenSSL at start-up). Changing it would forget every PC's remembered choice.
    hashed = QCryptographicHash.hash(QByteArray(store.path.encode("utf-8")),
                                     QCryptographicHash.Algorithm.Sha1)
    digest = bytes(hashed.toHex().data()).decode("ascii")[:12]
    return f"identity/{digest}"


def current_member(store: Store) -> int | None:
    """The remembered member id, if it still exists and is active."""
    value = paths.settings().value(_key(store))
    try:
        member_id = int(str(value))
    except (TypeError, ValueError):
        return None
    active = {m.id for m in members.list_members(store, include_inactive=False)}
    return member_id if member_id in active else None


def set_current_member(store: Store, member_id: int | None) -> None:
    s = paths.settings()
    if member_id is None:
        s.remove(_key(store))
    else:
        s.setValue(_key(store), member_id)
    s.sync()
