"""Opening the database for a command: the file of ``--db``, else the one the GUI
opened last, else the per-user default; all found without Qt (:mod:`ui.locations`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vergadering.store import Store


def open_database(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The database of ``--db``, else the remembered or per-user one.

    A missing or empty file is refused (StoreError, exit 1) unless a new database was
    asked for: ``--nieuw``, or ``create`` for a command that makes one (``demo``)."""
    from vergadering.store import open_store

    create = create or args.nieuw
    if args.db:
        path = Path(args.db).expanduser()
        return open_store(path, create=create,
                          private=create and not path.exists() and is_private(path))
    path, private = default_choice()
    return open_store(path, create=create, private=private)


def default_choice() -> tuple[Path, bool]:
    """Without ``--db``: the file and whether it is the private per-user default, as
    ``ui.paths.choose_database`` gives them in the GUI."""
    from ui import locations

    default = locations.default_database()
    try:
        remembered = locations.remembered_database()
    except locations.NeedsQt:
        # Windows' registry, a macOS property list, or a value this reader is not sure
        # of: only QSettings can read it.
        from ui import paths

        return paths.choose_database(None)
    if remembered is not None:
        return remembered, remembered == default
    return default, True


def is_private(path: Path) -> bool:
    """A new file in the per-user data folder is owner-only, elsewhere owner and group."""
    from ui import locations

    return locations.is_private(path)
