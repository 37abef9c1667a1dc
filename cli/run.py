"""Run one command and turn what went wrong into a Dutch message and an exit status."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each command's module, imported only when that command runs.
COMMANDS = {"demo": "cli.demo", "import-clients": "cli.import_clients",
            "overdue": "cli.overdue", "minutes": "cli.minutes", "actions": "cli.actions"}


def run(args: argparse.Namespace) -> int:
    """The exit status of ``args.command``: 0 done, 1 the database cannot be used, 2 the
    input needs fixing."""
    from vergadering.store import StoreError

    command = importlib.import_module(COMMANDS[args.command])
    try:
        status: int = command.run(args)
    except StoreError as error:
        from ui.messages import describe_store_error

        print(describe_store_error(error), file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 (no traceback: it may hold client data)
        from ui.messages import describe_unreadable_database

        print(describe_unreadable_database(args.db or ""), file=sys.stderr)
        print(f"({type(error).__name__})", file=sys.stderr)
        return 1
    return status
