"""Entry point: the GUI by default, else the command line (the package ``cli``).

The command line is a contract (README, "Opdrachtregel"); exit status 0 = done, 1 = the
database could not be used, 2 = the input needs fixing. ``--startup-check`` opens the
main window, prints the milliseconds from the start of the process to its first paint
and exits. Only what the chosen path needs is imported: the GUI loads no command, and
the command line loads no Qt (except to write a PDF).
"""

from __future__ import annotations

import sys
import time

_T0 = time.monotonic()


def process_age_ms() -> int:
    """Milliseconds since this process started (Linux: from /proc; else since import)."""
    try:
        import os
        from pathlib import Path

        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        boottime = time.clock_gettime(time.CLOCK_BOOTTIME)
        return round((boottime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return round((time.monotonic() - _T0) * 1000)


def main(argv: list[str] | None = None) -> int:
    from cli.parser import build_parser

    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db, startup_check=args.startup_check, create=args.nieuw,
                       process_age_ms=process_age_ms)
    from cli.run import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
