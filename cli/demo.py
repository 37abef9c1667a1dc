"""``demo``: fill an empty database with a fictional demo team."""

from __future__ import annotations

import argparse
import sys

from cli.database import open_database


def run(args: argparse.Namespace) -> int:
    from ui.messages import describe_all
    from vergadering import demo
    from vergadering.problems import ValidationError

    store = open_database(args, create=True)
    try:
        result = demo.fill_demo(store)
    except ValidationError as error:
        print(describe_all(error.problems), file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"Demoteam aangemaakt in {store.path}: {result.members} teamleden, "
          f"{result.clients} cliënten (alles fictief).")
    return 0
