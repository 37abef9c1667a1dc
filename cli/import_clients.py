"""``import-clients FILE.csv [--skip-invalid]``: the caseload from a CSV file.

Any invalid row: nothing is imported, every problem is listed with its line, exit
status 2; with ``--skip-invalid`` the valid rows are imported and the rest still listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.database import open_database


def run(args: argparse.Namespace) -> int:
    from ui.i18n import count
    from ui.messages import at_line, describe, describe_file_read_error
    from vergadering import caseload
    from vergadering.problems import ValidationError

    try:
        data = caseload.read_file_bytes(args.file)  # never more than the size limit
    except OSError as error:
        print(describe_file_read_error(args.file, error), file=sys.stderr)
        return 2
    # Importing into a file named with --db that is not there yet makes it (the command
    # itself asks for that file); a remembered file that is gone is never replaced.
    store = open_database(args, create=args.db is not None
                          and not Path(args.db).expanduser().exists())
    try:
        parsed = caseload.check_data(store, data)
        for problem in parsed.file_problems:
            print(describe(problem), file=sys.stderr)
        for row in parsed.invalid_rows:
            for problem in row.problems:
                print(at_line(row.line, describe(problem)), file=sys.stderr)
        unlisted = parsed.invalid_count - len(parsed.invalid_rows)
        if unlisted:
            print(count(unlisted, "En nog %n regel met fouten.",
                        "En nog %n regels met fouten."), file=sys.stderr)
        if parsed.file_problems or (parsed.invalid_count and not args.skip_invalid):
            if not parsed.file_problems:
                print("Niets geïmporteerd: " + count(
                    parsed.invalid_count, "%n regel met fouten.", "%n regels met fouten.") + " "
                      "Verbeter ze, of gebruik --skip-invalid om alleen de goede regels te "
                      "importeren.", file=sys.stderr)
            else:
                print("Niets geïmporteerd.", file=sys.stderr)
            return 2
        try:
            result = caseload.import_caseload(store, parsed, skip_invalid=args.skip_invalid)
        except ValidationError as error:
            # A row that conflicts with what is stored (its start of care after the
            # stored last evaluation); the problem carries the row's line.
            for problem in error.problems:
                line = problem.params.get("line")
                text = describe(problem)
                print(at_line(line, text) if line else text, file=sys.stderr)
            print("Niets geïmporteerd.", file=sys.stderr)
            return 2
    finally:
        store.close()
    print("Geïmporteerd: " + count(result.created, "%n nieuwe cliënt", "%n nieuwe cliënten")
          + f", {result.updated} bijgewerkt.")
    if result.new_members:
        print("Nieuwe teamleden (behandelaars): " + ", ".join(result.new_members))
    if result.skipped:
        print(count(result.skipped, "%n regel met fouten overgeslagen (zie hierboven).",
                    "%n regels met fouten overgeslagen (zie hierboven)."), file=sys.stderr)
    return 0
