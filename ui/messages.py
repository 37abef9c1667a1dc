"""Dutch text for the domain's problem codes and storage errors.

The domain returns codes and data; this module turns them into sentences through
``ui.i18n.tr`` (Qt's translation system in the GUI), for the GUI and the command line.
It loads no Qt: the command line uses it without PySide6.
"""

from __future__ import annotations

import datetime as dt

from ui.i18n import count, fill, tr
from vergadering.dates import format_nl
from vergadering.problems import Code, Problem
from vergadering.store import StoreError, StoreProblem


def field_label(name: str) -> str:
    labels = {
        "team_name": tr("Teamnaam"),
        "meeting_weekday": tr("Vergaderdag"),
        "meeting_start": tr("Begintijd"),
        "meeting_minutes": tr("Duur van de vergadering"),
        "acuut_budget": tr("Tijd voor acute punten"),
        "lopend_budget": tr("Tijd voor lopende behandelingen"),
        "first_block": tr("Welk blok eerst"),
        "default_minutes.mededeling": tr("Minuten voor een mededeling"),
        "default_minutes.vraag": tr("Minuten voor een vraag"),
        "default_minutes.kwestie": tr("Minuten voor een kwestie"),
        "horizon_months": tr("Evaluatietermijn"),
        "name": tr("Naam"),
        "member": tr("Teamlid"),
        "reference": tr("Cliëntreferentie"),
        "client": tr("Cliënt"),
        "behandelaar": tr("Behandelaar"),
        "care_start": tr("In zorg sinds"),
        "in_zorg_sinds": tr("In zorg sinds"),
        "last_evaluation": tr("Laatste evaluatie"),
        "laatste_evaluatie": tr("Laatste evaluatie"),
        "next_evaluation": tr("Volgende evaluatie"),
        "volgende_evaluatie": tr("Volgende evaluatie"),
        "file": tr("Bestand"),
        "presenter": tr("Inbrenger"),
        "type": tr("Soort agendapunt"),
        "block": tr("Blok"),
        "question": tr("Vraag aan het team"),
        "process_state": tr("Stand van het begeleidingsproces"),
        "minutes": tr("Geschatte minuten"),
        "proposed_decision": tr("Voorgesteld besluit"),
        "item": tr("Agendapunt"),
        "meeting": tr("Vergadering"),
        "by": tr("Wie bent u"),
        "date": tr("Datum"),
        "privacy_mode": tr("Privacymodus"),
        "kind": tr("Besluit"),
        "koers": tr("Koers tot de volgende evaluatie"),
        "referred_to": tr("Verwezen naar"),
        "date_reason": tr("Reden voor deze datum"),
        "worded_by_role": tr("Geformuleerd door"),
        "worded_by": tr("Geformuleerd door"),
        "decision": tr("Besluit"),
        "consultation_member": tr("Wie neemt het apart overleg"),
        "report_by": tr("Terugkoppeling uiterlijk"),
        "give_way": tr("Punten die plaatsmaken"),
        "bell": tr("Belletje"),
        "client_perspective": tr("Perspectief cliënt / naasten"),
        "follow_up": tr("Opvolging van het vorige besluit"),
        "carried_out": tr("Uitgevoerd"),
        "follow_up_reason": tr("Reden"),
        "follow_up_text": tr("Toelichting op de opvolging"),
        "discussed_with_client": tr("Besproken met cliënt"),
        "actions": tr("Acties"),
        "action": tr("Actie"),
        "action_what": tr("Actie"),
        "action_owner": tr("Eigenaar van de actie"),
        "action_due": tr("Actie uiterlijk klaar op"),
        "state": tr("Status"),
    }
    return labels.get(name, name)


def _nl_date(value: object) -> str:
    iso = str(value)
    try:
        return format_nl(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def describe(problem: Problem) -> str:
    """One sentence that says what is wrong and how to fix it."""
    p = problem.params
    label = field_label(problem.field)
    if "action" in p and problem.field.startswith("action_"):
        label = fill(tr("%1 (actie %2)"), label, p["action"])  # which of the decision's actions
    code = problem.code
    if code is Code.RESTORE_SAME_FILE:
        return tr("Dit is het databasebestand dat nu open is, geen reservekopie: het kan niet "
                  "op zichzelf worden teruggezet. Kies een reservekopie.")
    if code is Code.REQUIRED:
        return fill(tr("%1 is verplicht: vul dit in."), label)
    if code is Code.TOO_LONG:
        return fill(tr("%1 is te lang (%2 tekens); houd het op hoogstens %3 tekens."),
                    label, p.get("length", "?"), p.get("max", "?"))
    if code is Code.LINE_BREAK:
        return fill(tr("%1 moet op één regel passen: haal de regelovergang weg."), label)
    if code is Code.CONTROL_CHARACTERS:
        return fill(tr("%1 bevat onzichtbare tekens: typ de tekst opnieuw."), label)
    if code is Code.INVALID_DATE:
        return fill(tr("%1: '%2' is geen geldige datum. Schrijf bijvoorbeeld 31-05-2026 of "
                       "2026-05-31."), label, p.get("value", ""))
    if code is Code.TWO_DIGIT_YEAR:
        return fill(tr("%1: '%2' heeft een jaartal van twee cijfers. Schrijf het jaar voluit, "
                       "bijvoorbeeld 31-05-2026."), label, p.get("value", ""))
    if code is Code.DATE_IN_FUTURE:
        return fill(tr("%1 ligt in de toekomst: een evaluatie die nog moet komen hoort bij "
                       "'Volgende evaluatie'."), label)
    if code is Code.DATE_ORDER:
        return fill(tr("%1 ligt vóór de start van de zorg: controleer beide datums."), label)
    if code is Code.INVALID_TIME:
        return fill(tr("%1: schrijf een tijd als 09:00."), label)
    if code is Code.NOT_A_NUMBER:
        return fill(tr("%1 moet een heel getal zijn."), label)
    if code is Code.OUT_OF_RANGE and problem.field == "actions":
        return fill(tr("Een besluit heeft hoogstens %1 acties: voeg er wat samen."),
                    p.get("max", "?"))
    if code is Code.OUT_OF_RANGE:
        return fill(tr("%1 moet tussen %2 en %3 liggen."), label, p.get("min", "?"),
                    p.get("max", "?"))
    if code is Code.BUDGETS_EXCEED_MEETING:
        return fill(tr("De blokken samen (%1 min) passen niet in de vergadering van %2 min: "
                       "maak ze samen %3 min korter of de vergadering langer."),
                    p.get("total"), p.get("meeting"), p.get("excess"))
    if code is Code.INVALID_CHOICE:
        return fill(tr("%1: kies een van de mogelijkheden."), label)
    if code is Code.DUPLICATE:
        return fill(tr("%1 '%2' bestaat al: kies een andere of pas de bestaande aan."),
                    label, p.get("value", ""))
    if code is Code.DUPLICATE_IN_FILE:
        return fill(tr("Cliënt '%1' staat ook op regel %2: laat elke cliënt maar één keer "
                       "voorkomen."), p.get("value", ""), p.get("line", "?"))
    if code is Code.NOT_FOUND:
        return fill(tr("%1 bestaat niet (meer): kies opnieuw."), label)
    if code is Code.MISSING_COLUMN:
        found = ", ".join(str(x) for x in p.get("found", [])) or tr("(geen)")
        return fill(tr("De kolom '%1' ontbreekt in de kopregel. Gevonden kolommen: %2. "
                       "Nodig zijn 'client' (of 'cliënt') en 'behandelaar'."), p.get("column", ""),
                    found)
    if code is Code.DUPLICATE_COLUMN:
        return fill(tr("De kolom '%1' staat twee keer in de kopregel: houd er één over."),
                    p.get("column", ""))
    if code is Code.EMPTY_FILE:
        return tr("Het bestand bevat geen cliënten: kies het juiste bestand.")
    if code is Code.UNCLOSED_QUOTE:
        return fill(tr("Op regel %1 begint een cel met een aanhalingsteken (\") dat nergens wordt "
                       "gesloten, zodat de rest van het bestand in die cel zou belanden. Zet het "
                       "sluitende aanhalingsteken erbij of haal het openende weg, en importeer "
                       "opnieuw."), p.get("line", "?"))
    if code is Code.UNREADABLE_FILE:
        return fill(tr("Het bestand is geen leesbare CSV (%1). Sla het in Excel op als "
                       "'CSV (gescheiden door lijstscheidingsteken)'."), p.get("detail", ""))
    if code is Code.FILE_TOO_LARGE:
        return fill(tr("Het bestand is groter dan %1 MB: is dit wel de cliëntenlijst?"),
                    p.get("max_mb", ""))
    if code is Code.MIXED_ENCODING:
        return fill(tr("Regel %1 bevat een teken dat niet als UTF-8 is opgeslagen, terwijl de rest "
                       "van het bestand UTF-8 is; zo zouden namen verkeerd worden gelezen. "
                       "Verbeter dat teken of sla het bestand in Excel opnieuw op als "
                       "'CSV UTF-8'."),
                    p.get("line", "?"))
    if code is Code.INVALID_ENCODING:
        return fill(tr("Regel %1 bevat tekens die niet te lezen zijn: het bestand is beschadigd "
                       "of in een onbekende codering opgeslagen. Sla het in Excel opnieuw op als "
                       "'CSV UTF-8'."), p.get("line", "?"))
    if code is Code.REPLACEMENT_CHARACTER:
        return fill(tr("%1 bevat het teken '\ufffd': daar is eerder een letter verloren gegaan. "
                       "Typ de juiste letter."), label)
    if code is Code.INVISIBLE_CHARACTERS:
        return fill(tr("%1 bevat een onzichtbaar teken (%2): typ de tekst opnieuw, zonder te "
                       "plakken."), label, p.get("character", ""))
    if code is Code.IN_USE:
        return fill(tr("%1 is behandelaar van cliënten of komt voor in agendapunten of besluiten "
                       "en kan daarom niet worden verwijderd. Zet het teamlid op inactief."),
                    p.get("name", ""))
    if code is Code.INACTIVE:
        return fill(tr("%1: '%2' is inactief. Kies een actieve, of maak '%2' eerst weer actief "
                       "onder Team."), label, p.get("name", ""))
    if code is Code.MEETING_STARTED:
        return fill(tr("De vergadering van %1 is al begonnen of afgerond: de agenda kan niet meer "
                       "worden gewijzigd. Meld het punt aan voor de volgende vergadering."),
                    _nl_date(p.get("date", "")))
    if code is Code.NOT_QUEUED:
        return tr("Dit agendapunt is ingetrokken of al besproken en kan niet meer worden "
                  "gewijzigd.")
    if code is Code.ALREADY_ON_AGENDA:
        return tr("Deze cliënt staat al op de agenda van deze vergadering.")
    if code is Code.NOT_EMPTY:
        return tr("Deze database bevat al gegevens; de demo vult alleen een lege database. "
                  "Kies een nieuw bestand, bijvoorbeeld met --db demo.db.")
    if code is Code.MEETING_NOT_RUNNING:
        return tr("Er loopt geen vergadering: start eerst de vergadering (F5).")
    if code is Code.ANOTHER_MEETING_RUNNING:
        return fill(tr("De vergadering van %1 loopt nog: sluit die eerst af."),
                    _nl_date(p.get("date", "")))
    if code is Code.ITEM_IN_PROGRESS:
        return tr("Er wordt nog een punt besproken: leg eerst het besluit daarover vast "
                  "(of stel het uit of sla het over).")
    if code is Code.NO_CURRENT_ITEM:
        return tr("Er wordt nu geen punt besproken: start eerst een punt.")
    if code is Code.NOT_ON_THIS_MEETING:
        return tr("Dit agendapunt staat niet op de agenda van deze vergadering.")
    if code is Code.ALREADY_DONE:
        return tr("Dit agendapunt is in deze vergadering al afgehandeld.")
    if code is Code.BLOCK_TIME_SPENT:
        if p.get("block") == "lopend":
            return tr("De tijd voor lopende behandelingen is op: kies of dit punt wordt "
                      "uitgesteld of toch wordt genomen (de vergadering loopt dan uit).")
        return tr("De tijd voor acute punten is op: kies of dit punt wordt uitgesteld, apart "
                  "wordt besproken of toch wordt genomen.")
    if code is Code.MEETING_NOT_TODAY:
        return fill(tr("Deze vergadering staat gepland op %1. Een vergadering wordt gehouden op de "
                       "dag dat ze begint: start haar vandaag, dan krijgt alles de datum van "
                       "vandaag."), _nl_date(p.get("date", "")))
    if code is Code.MEETING_HELD_TODAY:
        return fill(tr("Vandaag (%1) is al een vergadering gehouden. Een tweede vergadering op "
                       "dezelfde dag kan niet; de agenda wacht op de volgende "
                       "vergaderdag."), _nl_date(p.get("date", "")))
    if code is Code.NOT_UNDER_DISCUSSION:
        return fill(tr("Een besluit hoort bij het punt dat besproken wordt: start eerst het punt "
                       "over %1 (N)."), p.get("client", ""))
    if code is Code.CLOSE_NOT_CONFIRMED:
        return fill(tr("Afsluiten beëindigt de behandeling van %1: bevestig dat eerst."),
                    p.get("client", ""))
    if code is Code.UNREACHED_ACUTE:
        return count(len(p.get("items", ())),
                     tr("Eén acuut punt is niet aan bod gekomen: kies eerst wat ermee gebeurt "
                        "(volgende vergadering, apart overleg of intrekken)."),
                     tr("%n acute punten zijn niet aan bod gekomen: kies eerst per punt wat "
                        "ermee gebeurt (volgende vergadering, apart overleg of intrekken)."))
    if code is Code.DATE_IN_PAST:
        return fill(tr("%1 ligt in het verleden: kies vandaag of een latere datum."), label)
    if code is Code.DATE_TOO_FAR:
        return fill(tr("%1 ligt te ver weg: kies een datum tot en met %2."),
                    label, _nl_date(p.get("max", "")))
    if code is Code.DATE_NEEDS_REASON:
        if p.get("past"):
            return tr("De volgende evaluatie ligt in het verleden: geef de reden op, of kies "
                      "een latere datum.")
        return fill(tr("De volgende evaluatie ligt na %1, verder dan de evaluatietermijn: geef de "
                       "reden op, of kies een eerdere datum."), _nl_date(p.get("horizon", "")))
    if code is Code.NOT_A_HAMERSTUK:
        return tr("Alleen een mededeling met een voorgesteld besluit kan als hamerstuk worden "
                  "bevestigd. Leg het besluit vast met Besluit (D).")
    if code is Code.ALREADY_CORRECTED:
        return tr("Dit besluit is al gecorrigeerd: corrigeer het nieuwste besluit.")
    if code is Code.PAUSED:
        return tr("De vergadering is gepauzeerd: hervat eerst (P of spatie).")
    if code is Code.FOLLOW_UP_REQUIRED:
        return fill(tr("Het vorige besluit voor deze cliënt (%1, op %2) wordt bij dit besluit "
                       "opgevolgd: geef aan of het volledig, deels of niet is uitgevoerd."),
                    p.get("kind", ""), _nl_date(p.get("decided_on", "")))
    if code is Code.FOLLOW_UP_NOT_DUE:
        return tr("Er is geen vorig besluit om op te volgen (er is er nog geen, het was "
                  "afsluiten of het is van vandaag): laat de opvolging leeg.")
    if code is Code.REASON_NOT_NEEDED:
        return tr("Het vorige besluit is volledig uitgevoerd: dan hoort er geen reden of "
                  "toelichting bij. Haal die weg, of kies deels of niet uitgevoerd.")
    if code is Code.ALREADY_CLOSED:
        done = (tr("gedaan") if p.get("state") == "done" else tr("vervallen"))
        return fill(tr("Deze actie is al afgesloten (%1, door %2): een actie wordt maar één keer "
                       "afgesloten."), done, p.get("by") or tr("onbekend"))
    return f"{label}: {code.value}"


def describe_all(problems: list[Problem]) -> str:
    return "\n".join(describe(p) for p in problems)


def describe_store_error(error: StoreError) -> str:
    path = error.path
    problem = error.problem
    if problem is StoreProblem.NOT_A_DATABASE:
        return fill(tr("'%1' is geen databasebestand van Vergadering, of het is beschadigd. Kies "
                       "een ander bestand of zet een reservekopie terug (ook een kopie die "
                       "elders bewaard is, bijvoorbeeld op een USB-stick); het bestand is "
                       "niet gewijzigd."), path)
    if problem is StoreProblem.OTHER_APPLICATION:
        return fill(tr("'%1' is een database van een ander programma. Kies een ander bestand; "
                       "dit bestand is niet gewijzigd."), path)
    if problem is StoreProblem.NEWER_VERSION:
        return fill(tr("'%1' is gemaakt met een nieuwere versie van Vergadering. Werk de app bij "
                       "om dit bestand te openen; het bestand is niet gewijzigd."), path)
    if problem is StoreProblem.LOCKED:
        return fill(tr("'%1' is bezet door een ander programma of een collega. Probeer het over "
                       "een paar seconden opnieuw."), path)
    if _is_backup_folder(path) and problem in (StoreProblem.READ_ONLY,
                                               StoreProblem.CANNOT_OPEN):
        why = (tr("u hebt er geen schrijfrechten") if problem is StoreProblem.READ_ONLY
               else tr("de map is niet bereikbaar"))
        return fill(tr("In de map '%1' kan geen reservekopie worden gemaakt: %2. De database zelf "
                       "is niet gewijzigd en werkt gewoon. Vraag schrijfrechten voor de map waarin "
                       "de database staat, of maak een reservekopie via Bestand › Reservekopieën "
                       "zodra dat weer kan."), path, why)
    if problem is StoreProblem.READ_ONLY:
        return fill(tr("'%1' is alleen-lezen: u kunt kijken, maar niets opslaan. Vraag "
                       "schrijfrechten voor het bestand en de map, of kies een ander "
                       "bestand."), path)
    if problem is StoreProblem.OLDER_READ_ONLY:
        return fill(tr("'%1' is gemaakt met een oudere versie van Vergadering en moet worden "
                       "bijgewerkt voordat u iets kunt zien, maar u hebt geen schrijfrechten voor "
                       "het bestand of de map. Vraag schrijfrechten en open het opnieuw, of kies "
                       "een ander bestand; het bestand is niet gewijzigd."), path)
    if problem is StoreProblem.NO_WRITE_ACCESS:
        return fill(tr("'%1' kan niet worden gemaakt: u hebt geen schrijfrechten in die map. Kies "
                       "een andere map, of vraag schrijfrechten voor deze map."), path)
    if problem is StoreProblem.IS_A_FOLDER:
        return fill(tr("'%1' is een map, geen databasebestand. Kies een bestand in die map, "
                       "bijvoorbeeld team.db."), path)
    if problem is StoreProblem.MISSING:
        return fill(tr("'%1' bestaat niet (meer) of is niet bereikbaar. Staat het in een "
                       "netwerkmap, controleer dan of die verbonden is en probeer het opnieuw, "
                       "of kies een ander bestand. Er is geen nieuwe database gemaakt."), path)
    if problem is StoreProblem.EMPTY_FILE:
        return fill(tr("'%1' is leeg (0 bytes): er staan geen gegevens van Vergadering in. Kies "
                       "een ander bestand of zet een reservekopie terug (ook een kopie die "
                       "elders bewaard is, bijvoorbeeld op een USB-stick); het bestand is "
                       "niet gewijzigd."), path)
    if problem is StoreProblem.DISK_FULL:
        return fill(tr("De schijf van '%1' is vol of niet bereikbaar: er is niets opgeslagen. Maak "
                       "ruimte vrij en probeer het opnieuw."), path)
    return fill(tr("'%1' kan niet worden geopend. Controleer of het bestand en de map bestaan, "
                   "bereikbaar zijn en of u leesrechten hebt."), path)


def _is_backup_folder(path: str) -> bool:
    """The folder backups go in (vergadering.backup.folder names it so)."""
    return path.endswith("-reservekopieen")


def describe_unreadable_database(path: str) -> str:
    """An unexpected failure while reading the team file, without its contents."""
    where = fill(tr("De database '%1'"), path) if path else tr("De database")
    return fill(tr("%1 kon niet goed worden gelezen: het bestand is waarschijnlijk beschadigd "
                   "of door een ander programma gewijzigd. Er is niets veranderd. Zet een "
                   "reservekopie terug (Bestand › Reservekopieën; ook een kopie die elders "
                   "bewaard is) of meld het probleem."), where)


def at_line(line: int, text: str) -> str:
    """A problem in a file, with the line it is on: ``regel 7: ...``."""
    return fill(tr("regel %1: %2"), line, text)


def describe_file_read_error(path: str, error: OSError) -> str:
    """Why a file the user chose cannot be read, without the OS's English text."""
    if isinstance(error, FileNotFoundError):
        return fill(tr("'%1' bestaat niet (meer). Controleer de naam en de map."), path)
    if isinstance(error, IsADirectoryError):
        return fill(tr("'%1' is een map, geen bestand. Kies het CSV-bestand zelf."), path)
    if isinstance(error, PermissionError):
        return fill(tr("U hebt geen leesrechten voor '%1'. Vraag leesrechten, of kopieer het "
                       "bestand naar een eigen map."), path)
    return fill(tr("'%1' kan niet worden gelezen. Controleer of het bestand bereikbaar is en niet "
                   "in een ander programma openstaat."), path)
