"""The command line's options: ``main.py [--db PATH] [--nieuw] [opdracht ...]``.

Built for every start, also the GUI's (it reads ``--db``), so it imports no command."""

from __future__ import annotations

import argparse

OVERDUE_FORMATS = ("table", "csv", "json")
OVERDUE_FIELDS = ("client", "behandelaar", "last_evaluation", "due", "days_overdue")
MINUTES_FORMATS = ("md", "csv", "pdf")
ACTION_FORMATS = ("table", "csv", "json")
ACTION_FIELDS = ("client", "what", "owner", "due", "state", "overdue", "closed_by",
                 "closed_at")


# argparse's own words (usage, headings, its error messages), in Dutch: the users read
# Dutch, and scripts only look at the exit status (2 for a bad option).
_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "opdrachten en argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "not allowed with argument %s": "niet toegestaan samen met %s",
    "ignored explicit argument %r": "genegeerde waarde %r",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
}


def _dutch(text: str) -> str:
    return _DUTCH.get(text, text)


def _dutch_n(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "verwacht %s waarde" if n == 1 else "verwacht %s waarden"
    return _dutch(singular if n == 1 else plural)


argparse._ = _dutch  # type: ignore[attr-defined]
argparse.ngettext = _dutch_n  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    from vergadering.settings import MAX_HORIZON_MONTHS

    parser = argparse.ArgumentParser(
        prog="vergadering",
        description="Vergadering: de wekelijkse behandelplanbespreking (MDO).",
    )
    parser.add_argument("--db", metavar="PAD",
                        help="databasebestand (standaard: de laatst gekozen, anders de "
                             "persoonlijke gegevensmap)")
    parser.add_argument("--nieuw", action="store_true",
                        help="maak een nieuwe, lege database als het bestand nog niet "
                             "bestaat (zonder deze optie wordt een ontbrekend of leeg "
                             "bestand geweigerd)")
    parser.add_argument("--startup-check", action="store_true",
                        help="open het hoofdvenster, meld de milliseconden tot het eerste "
                             "beeld en stop")
    commands = parser.add_subparsers(dest="command", metavar="opdracht")
    commands.add_parser("demo", help="vul een lege database met een fictief demoteam")
    imp = commands.add_parser("import-clients", help="importeer de caseload uit een CSV-bestand")
    imp.add_argument("file", metavar="BESTAND.csv")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="importeer de goede regels en sla foute regels over")
    over = commands.add_parser(
        "overdue", help="cliënten bij wie de evaluatie te laat is",
        description="Cliënten bij wie de evaluatie te laat is (uiterlijke datum vóór de "
                    "peildatum), de langst wachtende eerst, dan op cliënt.",
        epilog="Formaten: 'table' is een uitgelijnde tabel om te lezen. 'csv' is voor "
               "scripts: komma als scheidingsteken, kopregel "
               f"{','.join(OVERDUE_FIELDS)}, datums als JJJJ-MM-DD, UTF-8 zonder BOM "
               "(voor Excel: exporteer vanuit het scherm Evaluaties). 'json' is een lijst "
               "van objecten met dezelfde velden; last_evaluation is null als er nog nooit "
               "is geëvalueerd. Afsluitstatus 0, ook als niemand te laat is; 1 als de "
               "database niet bruikbaar is; 2 bij een ongeldige optie.")
    over.add_argument("--months", metavar="N",
                      help="evaluatietermijn in maanden, 1 tot en met "
                           f"{MAX_HORIZON_MONTHS} (standaard: die van het team)")
    over.add_argument("--on", metavar="JJJJ-MM-DD",
                      help="peildatum (standaard: vandaag); 31-05-2026 mag ook")
    over.add_argument("--format", default="table", metavar="{table,csv,json}",
                      help="uitvoer: table (standaard), csv of json; zie onder")
    mins = commands.add_parser(
        "minutes", help="de besluitenlijst van een vergadering",
        description="De besluitenlijst van de vergadering op een datum: per besluit de "
                    "cliënt (alleen de referentie), het besluit, de koers of waarheen "
                    "verwezen, de volgende evaluatie en wie het formuleerde, en waar "
                    "gegeven: hoe het vorige besluit is uitgevoerd, de acties, of het met "
                    "de cliënt besproken is en het perspectief van cliënt / naasten; in de "
                    "volgorde van de agenda. Een gecorrigeerd besluit staat er in zijn "
                    "geldende vorm.",
        epilog="Formaten: 'md' (Markdown, UTF-8) is om te lezen of te delen. 'csv' is voor "
               "Excel: puntkomma als scheidingsteken, datums als DD-MM-JJJJ, Nederlandse "
               "kopregel; in een bestand (-o) met BOM zodat Excel de tekens goed leest. "
               "Afsluitstatus 0, ook als er geen besluiten zijn; 1 als de database niet "
               "bruikbaar is; 2 bij een ongeldige optie of als er die dag geen "
               "vergadering is.")
    mins.add_argument("--date", metavar="JJJJ-MM-DD",
                      help="datum van de vergadering (verplicht); 24-11-2026 mag ook")
    mins.add_argument("--format", default="md", metavar="{md,csv,pdf}",
                      help="uitvoer: md (standaard), csv of pdf; zie onder")
    mins.add_argument("-o", "--output", metavar="BESTAND",
                      help="schrijf naar dit bestand (standaard: het scherm)")
    acts = commands.add_parser(
        "actions", help="de acties bij besluiten: wat, wie, wanneer, stand",
        description="De acties die bij besluiten zijn afgesproken, de vroegste uiterlijke "
                    "datum eerst: cliënt (alleen de referentie), wat, eigenaar, uiterlijke "
                    "datum en stand (open, gedaan, vervallen; in de tabel 'te laat' voor een "
                    "open actie over haar datum).",
        epilog="Formaten: 'table' is een uitgelijnde tabel om te lezen. 'csv' is voor "
               "scripts: komma als scheidingsteken, kopregel "
               f"{','.join(ACTION_FIELDS)}, datums als JJJJ-MM-DD, state als open, done of "
               "dropped, overdue als True of False, UTF-8 zonder BOM. 'json' is een lijst "
               "van objecten met dezelfde velden. Afsluitstatus 0, ook als er geen acties "
               "zijn; 1 als de database niet bruikbaar is; 2 bij een ongeldige optie.")
    acts.add_argument("--open", action="store_true", help="alleen de open acties")
    acts.add_argument("--format", default="table", metavar="{table,csv,json}",
                      help="uitvoer: table (standaard), csv of json; zie onder")
    return parser
