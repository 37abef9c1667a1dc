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
        parsed = caseload.preview(store, caseload.read_caseload_data(data, store.clock.today()))
        for problem in parsed.file_problems:
            print(describe(problem), file=sys.stderr)
        for row in parsed.invalid_rows:
            for problem in row.problems:
                print(at_line(row.line, describe(problem)), file=sys.stderr)
        if parsed.file_problems or (parsed.invalid_rows and not args.skip_invalid):
            if not parsed.file_problems:
                print(f"Niets geïmporteerd: {len(parsed.invalid_rows)} regel(s) met fouten. "
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
    print(f"Geïmporteerd: {result.created} nieuwe cliënt(en), {result.updated} bijgewerkt.")
    if result.new_members:
        print("Nieuwe teamleden (behandelaars): " + ", ".join(result.new_members))
    if result.skipped:
        print(f"{result.skipped} regel(s) met fouten overgeslagen (zie hierboven).",
              file=sys.stderr)
    return 0
