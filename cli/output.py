"""Writing a command's results: standard output (UTF-8 for scripts) and the Dutch
messages about dates typed on the command line and files that cannot be written."""

from __future__ import annotations

import datetime as dt
import sys


def write_stdout(text: str, *, encoding: str | None) -> None:
    """Write to standard output; a reader that stops early (``| head``) is no error.
    ``encoding`` None writes in the console's encoding (text to read), else those bytes
    whatever the console's code page is (csv and json are for scripts)."""
    try:
        if encoding is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode(encoding))
            sys.stdout.buffer.flush()
    except BrokenPipeError:
        import os

        # Python would complain again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def date_option(option: str, value: str, example: dt.date) -> dt.date | str:
    """A date typed on the command line, or a Dutch message about it that shows
    ``example`` in both ways of writing it."""
    from vergadering.dates import DateParseError, parse_date
    from vergadering.problems import Code

    try:
        return parse_date(value)
    except DateParseError as error:
        iso, day_first = example.isoformat(), example.strftime("%d-%m-%Y")
        if error.code is Code.TWO_DIGIT_YEAR:
            return (f"{option}: '{value}' heeft een jaartal van twee cijfers. Schrijf de "
                    f"datum als JJJJ-MM-DD met het jaar voluit, bijvoorbeeld {iso} "
                    f"({day_first} mag ook).")
        return (f"{option}: '{value}' is geen geldige datum. Schrijf de datum als "
                f"JJJJ-MM-DD, bijvoorbeeld {iso} ({day_first} mag ook).")


def write_error(path: str, error: OSError) -> str:
    """Why an output file cannot be written, without the OS's English text."""
    if isinstance(error, IsADirectoryError):
        return f"'{path}' is een map. Geef een bestandsnaam, bijvoorbeeld besluiten.md."
    if isinstance(error, PermissionError):
        return (f"U hebt geen schrijfrechten voor '{path}'. Kies een andere map of een "
                "andere naam.")
    if isinstance(error, FileNotFoundError):
        return f"De map van '{path}' bestaat niet. Controleer de naam en de map."
    return (f"'{path}' kan niet worden geschreven. Controleer of de map bereikbaar is en het "
            "bestand niet in een ander programma openstaat.")
