"""``actions [--open] [--format table|csv|json]``: the actions agreed with decisions —
client, what, owner, due date and state — earliest due first, for a team's own scripts.

Exit status 0, also when there are none; 1 when the database cannot be used; 2 for a bad
option.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cli.database import open_database
from cli.output import write_stdout
from cli.parser import ACTION_FIELDS, ACTION_FORMATS

if TYPE_CHECKING:
    import datetime as dt

    from vergadering.actions import Action

# The states as the screens say them.
STATES_NL = {"open": "open", "done": "gedaan", "dropped": "vervallen"}


def run(args: argparse.Namespace) -> int:
    if args.format not in ACTION_FORMATS:
        print(f"Onbekend formaat '{args.format}': kies uit {', '.join(ACTION_FORMATS)}.",
              file=sys.stderr)
        return 2
    from vergadering import actions

    store = open_database(args)
    try:
        today = store.clock.today()
        listed = actions.open_actions(store) if args.open else actions.all_actions(store)
    finally:
        store.close()
    if args.format == "table":
        text = table(listed, today, open_only=args.open) + "\n"
    elif args.format == "json":
        import json

        text = json.dumps(records(listed, today), ensure_ascii=False, indent=2) + "\n"
    else:
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, ACTION_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records(listed, today))
        text = buffer.getvalue()
    # csv and json are for scripts: UTF-8 whatever the console's code page is.
    write_stdout(text, encoding=None if args.format == "table" else "utf-8")
    return 0


def records(listed: list[Action], today: dt.date) -> list[dict[str, object]]:
    """One dict per action with the fields of ``ACTION_FIELDS`` (ISO dates, the state's
    English value as stored; ``overdue`` true for an open action due before today)."""
    return [{"client": a.client_reference, "what": a.what, "owner": a.owner,
             "due": a.due.isoformat(), "state": a.state.value,
             "overdue": a.overdue_on(today), "closed_by": a.closed_by,
             "closed_at": a.closed_at.isoformat(timespec="minutes") if a.closed_at else None}
            for a in listed]


def table(listed: list[Action], today: dt.date, *, open_only: bool) -> str:
    """The aligned table to read, with its count line."""
    from vergadering.dates import format_nl

    if not listed:
        return "Geen open acties." if open_only else "Geen acties."
    headings = ("Cliënt", "Actie", "Eigenaar", "Uiterlijk", "Stand")
    cells = [(a.client_reference, a.what, a.owner, format_nl(a.due),
              "te laat" if a.overdue_on(today) else STATES_NL[a.state.value])
             for a in listed]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headings)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
             for row in (headings, tuple("-" * w for w in widths), *cells)]
    late = sum(1 for a in listed if a.overdue_on(today))
    count = "1 actie" if len(listed) == 1 else f"{len(listed)} acties"
    lines += ["", f"{count}, waarvan {late} te laat op {format_nl(today)}."]
    return "\n".join(lines)
