<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>Database niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>Opnieuw &amp;proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>Ander bestand &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>&amp;Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="128"/>
        <location filename="../../ui/backup_dialog.py" line="102"/>
        <source>Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>Vergadering-database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <location filename="../../ui/app.py" line="161"/>
        <source>Niet teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="162"/>
        <source>De reservekopie kon niet worden teruggezet: de map is niet schrijfbaar. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>Reservekopie teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="167"/>
        <source>De reservekopie staat weer op de plaats van de database. Het beschadigde bestand is bewaard als &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="36"/>
        <source>Niet gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>UTF-8 (met BOM, zoals Excel &apos;CSV UTF-8&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>UTF-16 (Excel &apos;Unicode-tekst&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="53"/>
        <source>Windows-1252 (Excel &apos;CSV&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>puntkomma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="355"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="356"/>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>Teamnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>Vergaderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Begintijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Duur van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Tijd voor acute punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Tijd voor lopende behandelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Welk blok eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Minuten voor een mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Minuten voor een vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Minuten voor een kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Evaluatietermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Teamlid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Cliëntreferentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="33"/>
        <source>behandeling afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="84"/>
        <location filename="../../ui/decisions/model.py" line="164"/>
        <location filename="../../ui/evaluations/text.py" line="19"/>
        <location filename="../../ui/messages.py" line="33"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="84"/>
        <source>Koers / verwezen naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="85"/>
        <source>Volgende
evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="85"/>
        <source>Geformuleerd
door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="85"/>
        <source>✎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="100"/>
        <source>Correctie: dit besluit vervangt een eerder vastgelegd besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="119"/>
        <source>Correctie van een eerder besluit; dit besluit geldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="144"/>
        <source>apart overleg — %1 koppelt terug uiterlijk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="148"/>
        <source>uitgesteld naar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="151"/>
        <source>doorgeschoven naar %1 (overgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="153"/>
        <source>doorgeschoven naar %1 (niet aan bod gekomen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="155"/>
        <source>ingetrokken bij het afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="164"/>
        <source>Wat er gebeurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="164"/>
        <source>Soort punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="19"/>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="19"/>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="20"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="20"/>
        <source>Op agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="24"/>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="37"/>
        <source>op schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="44"/>
        <source>Te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="46"/>
        <source>Binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="47"/>
        <source>Op schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="53"/>
        <source>Had uiterlijk %1 geëvalueerd moeten zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="55"/>
        <source>Uiterlijk %1 evalueren: binnen de komende vier weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="56"/>
        <source>Uiterlijk %1 evalueren (nog %2 dagen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="62"/>
        <source>geen behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="64"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="70"/>
        <source>laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="71"/>
        <source>volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="72"/>
        <source>in zorg sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="72"/>
        <source>toegevoegd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="82"/>
        <source>1 cliënt met een onleesbare datum: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="83"/>
        <source>%2 cliënten met een onleesbare datum: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="85"/>
        <source>Deze staan niet in het overzicht en tellen niet mee als te laat; controleer ze in Team › Cliënten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <location filename="../../ui/messages.py" line="36"/>
        <source>In zorg sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="19"/>
        <location filename="../../ui/messages.py" line="37"/>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="165"/>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Inbrenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Soort agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Vraag aan het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Stand van het begeleidingsproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Geschatte minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Voorgesteld besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Wie bent u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Privacymodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="84"/>
        <location filename="../../ui/messages.py" line="54"/>
        <location filename="../../ui/messages.py" line="60"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Koers tot de volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Verwezen naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Reden voor deze datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Geformuleerd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Wie neemt het apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Terugkoppeling uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Punten die plaatsmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Dit is het databasebestand dat nu open is, geen reservekopie: het kan niet op zichzelf worden teruggezet. Kies een reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>%1 is verplicht: vul dit in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>%1 is te lang (%2 tekens); houd het op hoogstens %3 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>%1 moet op één regel passen: haal de regelovergang weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>%1 bevat onzichtbare tekens: typ de tekst opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>%1: &apos;%2&apos; is geen geldige datum. Schrijf bijvoorbeeld 31-05-2026 of 2026-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>%1: &apos;%2&apos; heeft een jaartal van twee cijfers. Schrijf het jaar voluit, bijvoorbeeld 31-05-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>%1 ligt in de toekomst: een evaluatie die nog moet komen hoort bij &apos;Volgende evaluatie&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>%1 ligt vóór de start van de zorg: controleer beide datums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>%1: schrijf een tijd als 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>%1 moet een heel getal zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>%1 moet tussen %2 en %3 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>De blokken samen (%1 min) passen niet in de vergadering van %2 min: maak ze samen %3 min korter of de vergadering langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120"/>
        <source>%1: kies een van de mogelijkheden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>%1 &apos;%2&apos; bestaat al: kies een andere of pas de bestaande aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>Cliënt &apos;%1&apos; staat ook op regel %2: laat elke cliënt maar één keer voorkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129"/>
        <source>%1 bestaat niet (meer): kies opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>Op regel %1 begint een cel met een aanhalingsteken (&quot;) dat nergens wordt gesloten, zodat de rest van het bestand in die cel zou belanden. Zet het sluitende aanhalingsteken erbij of haal het openende weg, en importeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>Regel %1 bevat een teken dat niet als UTF-8 is opgeslagen, terwijl de rest van het bestand UTF-8 is; zo zouden namen verkeerd worden gelezen. Verbeter dat teken of sla het bestand in Excel opnieuw op als &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158"/>
        <source>Regel %1 bevat tekens die niet te lezen zijn: het bestand is beschadigd of in een onbekende codering opgeslagen. Sla het in Excel opnieuw op als &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162"/>
        <source>%1 bevat het teken &apos;�&apos;: daar is eerder een letter verloren gegaan. Typ de juiste letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>%1 bevat een onzichtbaar teken (%2): typ de tekst opnieuw, zonder te plakken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>De tijd voor lopende behandelingen is op: kies of dit punt wordt uitgesteld of toch wordt genomen (de vergadering loopt dan uit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>De tijd voor acute punten is op: kies of dit punt wordt uitgesteld, apart wordt besproken of toch wordt genomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <source>Deze vergadering staat gepland op %1. Een vergadering wordt gehouden op de dag dat ze begint: start haar vandaag, dan krijgt alles de datum van vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Vandaag (%1) is al een vergadering gehouden. Een tweede vergadering op dezelfde dag kan niet; de agenda wacht op de volgende vergaderdag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="215"/>
        <source>Een besluit hoort bij het punt dat besproken wordt: start eerst het punt over %1 (N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>Afsluiten beëindigt de behandeling van %1: bevestig dat eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>Eén acuut punt is niet aan bod gekomen: kies eerst wat ermee gebeurt (volgende vergadering, apart overleg of intrekken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>%1 acute punten zijn niet aan bod gekomen: kies eerst per punt wat ermee gebeurt (volgende vergadering, apart overleg of intrekken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>%1 ligt in het verleden: kies vandaag of een latere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>%1 ligt te ver weg: kies een datum tot en met %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="304"/>
        <source>&apos;%1&apos; kan niet worden geopend. Controleer of het bestand en de map bestaan, bereikbaar zijn en of u leesrechten hebt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="135"/>
        <location filename="../../ui/messages.py" line="131"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>De kolom &apos;%1&apos; ontbreekt in de kopregel. Gevonden kolommen: %2. Nodig zijn &apos;client&apos; (of &apos;cliënt&apos;) en &apos;behandelaar&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>De kolom &apos;%1&apos; staat twee keer in de kopregel: houd er één over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139"/>
        <source>Het bestand bevat geen cliënten: kies het juiste bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>Het bestand is geen leesbare CSV (%1). Sla het in Excel op als &apos;CSV (gescheiden door lijstscheidingsteken)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>Het bestand is groter dan %1 MB: is dit wel de cliëntenlijst?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>%1 is behandelaar van cliënten of komt voor in agendapunten of besluiten en kan daarom niet worden verwijderd. Zet het teamlid op inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>%1: &apos;%2&apos; is inactief. Kies een actieve, of maak &apos;%2&apos; eerst weer actief onder Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>De vergadering van %1 is al begonnen of afgerond: de agenda kan niet meer worden gewijzigd. Meld het punt aan voor de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>Dit agendapunt is ingetrokken of al besproken en kan niet meer worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="182"/>
        <source>Deze cliënt staat al op de agenda van deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="184"/>
        <source>Deze database bevat al gegevens; de demo vult alleen een lege database. Kies een nieuw bestand, bijvoorbeeld met --db demo.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="187"/>
        <source>Er loopt geen vergadering: start eerst de vergadering (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="189"/>
        <source>De vergadering van %1 loopt nog: sluit die eerst af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="192"/>
        <source>Er wordt nog een punt besproken: leg eerst het besluit daarover vast (of stel het uit of sla het over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>Er wordt nu geen punt besproken: start eerst een punt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197"/>
        <source>Dit agendapunt staat niet op de agenda van deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>Dit agendapunt is in deze vergadering al afgehandeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>De volgende evaluatie ligt in het verleden: geef de reden op, of kies een latere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="238"/>
        <source>De volgende evaluatie ligt na %1, verder dan de evaluatietermijn: geef de reden op, of kies een eerdere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="242"/>
        <source>Alleen een mededeling met een voorgesteld besluit kan als hamerstuk worden bevestigd. Leg het besluit vast met &apos;Besluit vastleggen&apos; (D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>Dit besluit is al gecorrigeerd: corrigeer het nieuwste besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="247"/>
        <source>De vergadering is gepauzeerd: hervat eerst (P of spatie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>&apos;%1&apos; is geen databasebestand van Vergadering, of het is beschadigd. Kies een ander bestand of zet een reservekopie terug; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="263"/>
        <source>&apos;%1&apos; is een database van een ander programma. Kies een ander bestand; dit bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>&apos;%1&apos; is gemaakt met een nieuwere versie van Vergadering. Werk de app bij om dit bestand te openen; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>&apos;%1&apos; is bezet door een ander programma of een collega. Probeer het over een paar seconden opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="273"/>
        <source>u hebt er geen schrijfrechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="274"/>
        <source>de map is niet bereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="275"/>
        <source>In de map &apos;%1&apos; kan geen reservekopie worden gemaakt: %2. De database zelf is niet gewijzigd en werkt gewoon. Vraag schrijfrechten voor de map waarin de database staat, of maak een reservekopie via Bestand › Reservekopieën zodra dat weer kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="280"/>
        <source>&apos;%1&apos; is alleen-lezen: u kunt kijken, maar niets opslaan. Vraag schrijfrechten voor het bestand en de map, of kies een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="283"/>
        <source>&apos;%1&apos; is gemaakt met een oudere versie van Vergadering en moet worden bijgewerkt voordat u iets kunt zien, maar u hebt geen schrijfrechten voor het bestand of de map. Vraag schrijfrechten en open het opnieuw, of kies een ander bestand; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>&apos;%1&apos; kan niet worden gemaakt: u hebt geen schrijfrechten in die map. Kies een andere map, of vraag schrijfrechten voor deze map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>&apos;%1&apos; is een map, geen databasebestand. Kies een bestand in die map, bijvoorbeeld team.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="294"/>
        <source>&apos;%1&apos; bestaat niet (meer) of is niet bereikbaar. Staat het in een netwerkmap, controleer dan of die verbonden is en probeer het opnieuw, of kies een ander bestand. Er is geen nieuwe database gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="298"/>
        <source>&apos;%1&apos; is leeg (0 bytes): er staan geen gegevens van Vergadering in. Kies een ander bestand of zet een reservekopie terug; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="302"/>
        <source>De schijf van &apos;%1&apos; is vol of niet bereikbaar: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>De database &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>De database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="316"/>
        <source>%1 kon niet goed worden gelezen: het bestand is waarschijnlijk beschadigd of door een ander programma gewijzigd. Er is niets veranderd. Zet een reservekopie terug of meld het probleem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="323"/>
        <source>regel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="329"/>
        <source>&apos;%1&apos; bestaat niet (meer). Controleer de naam en de map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="331"/>
        <source>&apos;%1&apos; is een map, geen bestand. Kies het CSV-bestand zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="334"/>
        <source>U hebt geen leesrechten voor &apos;%1&apos;. Vraag leesrechten, of kopieer het bestand naar een eigen map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="336"/>
        <source>&apos;%1&apos; kan niet worden gelezen. Controleer of het bestand bereikbaar is en niet in een ander programma openstaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="25"/>
        <source>Deze vergadering staat gepland op %1. Vandaag is het %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="27"/>
        <source>Als u nu begint, krijgt de vergadering en alles wat erin wordt besloten de datum van vandaag. De volgende vergadering is dan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="35"/>
        <source>Vandaag vergaderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="38"/>
        <source>&amp;Vandaag vergaderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="39"/>
        <location filename="../../ui/meeting/chair_questions.py" line="60"/>
        <location filename="../../ui/team/widgets.py" line="218"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="48"/>
        <source>De behandeling van %1 afsluiten? %1 wordt inactief en is niet meer aan de beurt voor evaluatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="55"/>
        <source>Behandeling afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_questions.py" line="58"/>
        <source>&amp;Ja, %1 afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="40"/>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="61"/>
        <source>gewijzigd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="61"/>
        <source>gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="68"/>
        <source>aangemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="72"/>
        <location filename="../../ui/decisions/review_panel.py" line="72"/>
        <location filename="../../ui/meeting/chair_text.py" line="111"/>
        <source>ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="75"/>
        <source>verplaatst van %1 naar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="79"/>
        <source>volgorde gewijzigd: van plaats %1 naar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="83"/>
        <source>uitgesteld van de vergadering van %1 naar die van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="87"/>
        <source>niet aan bod gekomen op %1, doorgeschoven naar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="95"/>
        <source>automatisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="95"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_form.py" line="125"/>
        <source>%1 / %2: %3 tekens te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="17"/>
        <source>mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="19"/>
        <source>vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="21"/>
        <source>kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="22"/>
        <location filename="../../ui/agenda/item_text.py" line="30"/>
        <source>(niet gekozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="27"/>
        <source>acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="29"/>
        <source>lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="35"/>
        <source>doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="37"/>
        <source>afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="39"/>
        <source>verwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_text.py" line="40"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="21"/>
        <source>Lopende behandelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="21"/>
        <source>Acute punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="46"/>
        <source>↻ %1× doorgeschoven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="51"/>
        <source>↩ terugkoppeling apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="65"/>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="67"/>
        <source>1 dag te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="69"/>
        <source>%1 dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="71"/>
        <source>morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/labels.py" line="72"/>
        <source>over %1 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_actions.py" line="131"/>
        <source>Scherm %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="41"/>
        <source>nog %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="43"/>
        <source>%1 min over tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="50"/>
        <source>(−%1 min voor %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="54"/>
        <source>(+%1 min genomen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="59"/>
        <source>Acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="59"/>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="69"/>
        <source>Verwacht einde %1 — loopt %2 min uit (+%3 min door ‘toch nemen’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="72"/>
        <source>Verwacht einde %1 — +%2 min uitgelopen door ‘toch nemen’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="75"/>
        <source>Verwacht einde %1 — loopt %2 min uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="77"/>
        <source>Verwacht einde %1 — op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="81"/>
        <source>Gepland %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="98"/>
        <source>wacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="100"/>
        <source>bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="104"/>
        <source>hamerstuk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="105"/>
        <source>besloten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="117"/>
        <source>Apart overleg: %1, terugkoppeling uiterlijk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="157"/>
        <source>Nog 1 &amp;minuut om te besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="158"/>
        <source>&amp;Toch nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="163"/>
        <source>geen besluiten vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="165"/>
        <source>1 besluit vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="166"/>
        <source>%1 besluiten vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="171"/>
        <source>geen punten doorgeschoven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="173"/>
        <source>1 punt doorgeschoven naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="174"/>
        <source>%1 punten doorgeschoven naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="180"/>
        <source>1 punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="180"/>
        <source>%1 punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="68"/>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="69"/>
        <location filename="../../ui/decisions/review_panel.py" line="80"/>
        <location filename="../../ui/meeting/chair_text.py" line="107"/>
        <source>uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="70"/>
        <location filename="../../ui/meeting/chair_text.py" line="109"/>
        <source>overgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="71"/>
        <location filename="../../ui/decisions/review_panel.py" line="81"/>
        <location filename="../../ui/meeting/chair_text.py" line="112"/>
        <location filename="../../ui/meeting/close_dialog.py" line="58"/>
        <source>apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="73"/>
        <source>niet bereikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="74"/>
        <source>wordt besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="82"/>
        <source>toch genomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="83"/>
        <source>1 minuut om af te ronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="123"/>
        <source>past niet meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="129"/>
        <source>&amp;lang verhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="131"/>
        <source>&amp;sluit niet aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="133"/>
        <source>&amp;nieuw punt i.p.v. reageren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="134"/>
        <source>&amp;geen besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="139"/>
        <source>1× gebeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="140"/>
        <source>%1× gebeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="146"/>
        <source>De tijd voor acute punten is op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="147"/>
        <source>De tijd voor lopende behandelingen is op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="153"/>
        <source>&amp;Uitstellen naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="155"/>
        <source>&amp;Apart overleg plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="184"/>
        <source>1 minuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_text.py" line="184"/>
        <source>%1 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="29"/>
        <source>gepauzeerd — over tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="30"/>
        <source>gepauzeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="32"/>
        <source>over tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="34"/>
        <source>nog — afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="35"/>
        <source>nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="40"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="47"/>
        <source>%1 over tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="49"/>
        <source>nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="51"/>
        <source>Blok %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="52"/>
        <source>Blok: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="62"/>
        <source>%1 −%2 voor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="73"/>
        <source>verwacht einde %1 — %2 uitloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_text.py" line="75"/>
        <source>verwacht einde %1 — op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="147"/>
        <source>en nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="149"/>
        <source>Overgeslagen, staat al op de agenda: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="150"/>
        <source>Overgeslagen, staan al op de agenda: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="184"/>
        <source>Niemand op de agenda gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="186"/>
        <source>%1 staat op de agenda van %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="188"/>
        <source>%1 cliënten staan op de agenda van %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="40"/>
        <source>Dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="82"/>
        <source>Overzicht exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="83"/>
        <source>CSV-bestand voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="106"/>
        <source>Evaluatie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="108"/>
        <source>Evaluaties %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="119"/>
        <source>Te laat sinds %1; gepland op de vergadering van %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="120"/>
        <source>Gepland op de vergadering van %2; uiterlijk %1 aan de beurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="123"/>
        <source>Uiterlijk deze dag aan de beurt; staat nog niet op een agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="125"/>
        <source>Te laat sinds %1; staat nog niet op een agenda: op de eerstvolgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="129"/>
        <source>Staat op de agenda van de vergadering van %1, die nog niet is afgesloten: op de eerstvolgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="132"/>
        <source>Te laat sinds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="134"/>
        <source>Evaluatie van cliënt %1 in het MDO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="135"/>
        <source>Behandelaar: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="140"/>
        <source>Het bestand bevat cliëntgegevens (referenties en behandelaars): bewaar het alleen op een beveiligde plek en importeer het niet in een gedeelde agenda. Let op: agenda&apos;s worden vaak ook op telefoons gesynchroniseerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="150"/>
        <source>Evaluatiedatums als agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="152"/>
        <source>Agendabestand (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="37"/>
        <source>voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="37"/>
        <source>inbrenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="46"/>
        <source>verwezen naar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="54"/>
        <source>correctie van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="57"/>
        <source>gecorrigeerd door besluit van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="64"/>
        <source>Nog geen besluiten vastgelegd; laatste evaluatie: nooit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="65"/>
        <source>Nog geen besluiten vastgelegd; laatste evaluatie: %1 (geïmporteerd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="34"/>
        <source>Bleven we bij de vragen van de inbrengers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="35"/>
        <source>Eindigde elk punt in een besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="36"/>
        <source>Was de tijd goed verdeeld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="37"/>
        <source>Hielp de procesvoorzitter het proces?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="44"/>
        <source>bij de start van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45"/>
        <source>dagelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="46"/>
        <source>met de hand gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="47"/>
        <source>vóór het terugzetten van een andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90"/>
        <source>Geen reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91"/>
        <source>Er kon geen reservekopie worden gemaakt voor de vergadering begint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="93"/>
        <source>De vergadering kan wel beginnen: alles wordt gewoon opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="94"/>
        <source>Toch &amp;starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="101"/>
        <source>Reservekopie kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="54"/>
        <source>Besluitenlijst opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_log.py" line="80"/>
        <source>Er ging iets mis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_log.py" line="81"/>
        <source>Er ging iets onverwachts mis. Wat al was opgeslagen, is bewaard, en wat u typte staat er nog. Probeer het opnieuw; gebeurt het weer, meld het dan en noem wat u deed (het logbestand bevat geen cliëntgegevens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="74"/>
        <source>%1 krijgt nog %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="74"/>
        <source>%1 krijgt %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="77"/>
        <source>, plus de %1 min die het blok %2 al over tijd is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="80"/>
        <source>%1 min gaan af van de vrije tijd van het blok %2; de vergadering loopt %3 min langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="84"/>
        <source>Het blok %1 heeft geen vrije tijd: de vergadering loopt %2 min langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="87"/>
        <source>Die %1 min gaan af van de vrije tijd van het blok %2; de vergadering loopt niet uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="56"/>
        <source>naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="59"/>
        <source>intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/figures.py" line="10"/>
        <source>binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/figures.py" line="11"/>
        <source>toe en besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/figures.py" line="16"/>
        <source>Binnen de termijn: de actieve cliënten die op die dag niet te laat zijn voor hun evaluatie. Te laat is wie zijn laatste evaluatie plus %1 maanden (of de afgesproken datum, als die eerder valt) voorbij is; een nieuwe cliënt telt vanaf de start van de zorg. Besluiten van die dag tellen mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/figures.py" line="24"/>
        <source>Toe en besproken: van de cliënten die vóór de volgende vergadering aan de beurt waren (zoals het voorstel op de agenda telt, met hun data van vóór deze vergadering), hoeveel er in deze vergadering een besluit kregen, ook als hamerstuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/figures.py" line="33"/>
        <source>Geen actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/figures.py" line="34"/>
        <source>%1 van %2 actieve cliënten (%3%) binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/figures.py" line="40"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToAgendaDialog</name>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="50"/>
        <source>Op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="52"/>
        <source>Cliënt %1 op de agenda zetten van %2, blok lopende behandelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="55"/>
        <source>%1 cliënten op de agenda zetten van %2, blok lopende behandelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="62"/>
        <source>De behandelaar brengt de cliënt in. Heeft een cliënt geen actieve behandelaar, dan vraagt de app wie dat doet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="66"/>
        <source>&amp;vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="67"/>
        <source>&amp;kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="68"/>
        <source>&amp;mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="72"/>
        <source>Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="80"/>
        <source>Elke evaluatie is een vraag aan het team: doorgaan, afsluiten of verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="82"/>
        <source>Evaluatie: doorgaan, afsluiten of verwijzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="86"/>
        <source>Vraa&amp;g aan het team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="98"/>
        <source>&amp;Op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="99"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="127"/>
        <source>Een %1 heeft een vraag aan het team nodig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/agenda/page.py" line="106"/>
        <source>Ik &amp;ben:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="195"/>
        <source>&amp;Nieuw agendapunt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="198"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="202"/>
        <source>Om&amp;hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="205"/>
        <source>Om&amp;laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="208"/>
        <source>Naar ander &amp;blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="211"/>
        <source>&amp;Uitstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="213"/>
        <source>&amp;Intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="216"/>
        <source>&amp;Geschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="218"/>
        <source>Voorstel evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="228"/>
        <source>Een agendapunt aanmelden voor deze vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="229"/>
        <source>Het gekozen agendapunt bekijken en wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="230"/>
        <source>Het gekozen punt eerder in het blok bespreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="231"/>
        <source>Het gekozen punt later in het blok bespreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="232"/>
        <source>Het gekozen punt naar het andere blok verplaatsen (onderaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="234"/>
        <source>Uitstellen naar de volgende vergadering; alles wat is ingevuld blijft bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="236"/>
        <source>Het gekozen punt van de agenda halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="237"/>
        <source>Wie wat wanneer aan dit punt heeft gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="238"/>
        <source>Cliënten die aan de beurt zijn voor evaluatie tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="309"/>
        <source>Voorstel evaluaties (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="312"/>
        <source>%1 cliënten zijn aan de beurt voor evaluatie en passen nog in de tijd; nog %2 passen er niet meer bij. Klik om het voorstel te tonen of te verbergen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="373"/>
        <source>Agenda voor %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="446"/>
        <source>Het gekozen punt onderaan bij %1 zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="453"/>
        <source>U kunt de agenda bekijken, maar niet wijzigen: het bestand is alleen-lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="468"/>
        <source>iemand anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="470"/>
        <source>Dit agendapunt is intussen gewijzigd door %1. Er is niets veranderd; bekijk het punt opnieuw en probeer het dan nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="482"/>
        <source>Agendapunt over %1 is aangemeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="495"/>
        <location filename="../../ui/agenda/page.py" line="578"/>
        <source>Het agendapunt over %1 is ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="499"/>
        <source>Agendapunt over %1 is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="528"/>
        <source>%1 staat nu onderaan bij %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="543"/>
        <source>Het agendapunt over %1 uitstellen naar de vergadering van %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="546"/>
        <source>Alles wat is ingevuld blijft bewaard: de vraag, de stand van het proces, de minuten en het voorstel. Het punt komt daar onderaan het blok %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="549"/>
        <location filename="../../ui/agenda/page.py" line="550"/>
        <source>Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="557"/>
        <source>%1 is uitgesteld naar %2; de inhoud is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="567"/>
        <location filename="../../ui/agenda/page.py" line="570"/>
        <source>Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="568"/>
        <source>Het agendapunt over %1 intrekken? Het verdwijnt van de agenda; in de geschiedenis blijft staan wie het wanneer heeft ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="113"/>
        <source>Reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="115"/>
        <source>De app maakt een reservekopie bij de start van elke vergadering en elke dag bij het openen, in de map hieronder; de nieuwste %1 blijven bewaard. Terugzetten vervangt alle gegevens door die van de gekozen kopie; wat er nu in staat, wordt eerst zelf als reservekopie bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="119"/>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="126"/>
        <source>&amp;Reservekopieën:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="128"/>
        <source>Er is nog geen reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="132"/>
        <source>Nu een reservekopie &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="134"/>
        <source>&amp;Terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="137"/>
        <source>Ander &amp;bestand terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="139"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="162"/>
        <source>Een database in het geheugen heeft geen reservekopieën.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="200"/>
        <source>Reservekopie gemaakt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="227"/>
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="228"/>
        <source>Alle gegevens worden vervangen door die van:
%1

Wat er nu in staat, wordt eerst als reservekopie bewaard, zodat u het kunt terughalen. Collega&apos;s die dit bestand open hebben, zien de teruggezette gegevens meteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="231"/>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="245"/>
        <source>Teruggezet. De gegevens van daarvoor staan in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeMeetingView</name>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="67"/>
        <source>Korte &amp;procescheck invullen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="118"/>
        <source>Volgende vergadering: %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="141"/>
        <source>Er staan nog geen punten op de agenda. Zet ze klaar onder Agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="142"/>
        <source>%1 van %2 min gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="145"/>
        <source>Dat is %1 min te veel: de laatste punten komen waarschijnlijk niet aan bod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="156"/>
        <source>Vandaag is al vergaderd. Deze agenda is voor %1: start de vergadering op die dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="158"/>
        <source>Let op: deze vergadering staat gepland op %1, niet vandaag (%2). Start u haar nu, dan krijgen de vergadering en alles wat erin wordt besloten de datum van vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BellBox</name>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="172"/>
        <source>Waarom gebeld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="173"/>
        <source>Mag leeg blijven. Wie belde wordt niet vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BellKeysDialog</name>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="28"/>
        <source>Toetsen voor het belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="32"/>
        <source>Met deze toetsen rinkelt het belletje, op het scherm van de voorzitter en op de beamer. Veel presentatieklikkers sturen B of een punt: zo kan een klikker de tafel rond. Deze keuze geldt alleen voor deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="40"/>
        <source>Toets &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="43"/>
        <source>&amp;Standaard (B en .)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="63"/>
        <source>Nu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="67"/>
        <source>Druk nu op de knop van de klikker of op een toets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="89"/>
        <source>&apos;%1&apos; heeft al een andere taak in de vergadering; kies een andere toets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="94"/>
        <source>&apos;%1&apos; toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockChoiceDialog</name>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="116"/>
        <source>%1. Wat gebeurt er met %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="121"/>
        <source>Acute punten gaan nooit zomaar door ten koste van de lopende behandelingen: kies voor dit punt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="124"/>
        <source>Ook het blok lopende behandelingen heeft een vast eind: kies voor dit punt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="139"/>
        <source>Het gesprek stopt; het punt komt op de agenda van %1, met alles wat is ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="141"/>
        <source>Het punt komt op de agenda van %1, met alles wat is ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="146"/>
        <source>Iemand van het team overlegt apart, buiten deze vergadering, en koppelt uiterlijk op de gekozen datum terug. Daarna komt het punt terug op de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="190"/>
        <source>Vastleggen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="192"/>
        <source>Annuleren — nog niet kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="194"/>
        <source>Niets vastleggen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="221"/>
        <source>De wachtende punten van het blok %1 houden hun tijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="224"/>
        <source>Komt deze tijd uit het blok %1, dan passen deze punten daar niet meer. Ze houden hun tijd, tenzij u er hier een weggeeft: een aangevinkt punt gaat naar de volgende vergadering en maakt zijn tijd vrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="241"/>
        <source>%1 — %2, %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="274"/>
        <source>Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="275"/>
        <source>Apart overleg vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="276"/>
        <source>Toch nemen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="278"/>
        <source>%1 — %2 van %3 min gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="281"/>
        <source>%1 min te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="286"/>
        <source>Er staat meer op de agenda dan er tijd is voor dit blok: schuif punten door naar een volgende vergadering of maak ze korter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="290"/>
        <source>Dit blok gaat eerst en stopt hard om %1, zodat er tijd blijft voor de rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="295"/>
        <source>Dit blok heeft geen tijd in de teaminstellingen (0 minuten). Geef het tijd onder Team › Instellingen als het team er punten voor wil bespreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="299"/>
        <source>Nog geen lopende behandelingen op de agenda. Neem cliënten op die aan de beurt zijn voor evaluatie (knop &apos;Voorstel evaluaties&apos;), of meld een punt aan met &apos;Nieuw agendapunt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="303"/>
        <source>Nog geen acute punten. Een inbrenger meldt een acuut punt aan met &apos;Nieuw agendapunt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="306"/>
        <source>Nog geen agendapunten in dit blok.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockTableModel</name>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="70"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="70"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="70"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="70"/>
        <source>Inbrenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="71"/>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="71"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="71"/>
        <source>Voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="72"/>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="88"/>
        <source>Dit punt is de terugkoppeling van een apart overleg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="89"/>
        <source>Terugkoppeling van het aparte overleg dat het MDO van %1 afsprak: %2 koppelt terug (uiterlijk %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/plan_view.py" line="118"/>
        <source>Dit punt is niet aan bod gekomen en is automatisch naar deze vergadering doorgeschoven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="86"/>
        <source>Kan het team het bijhouden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="114"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="114"/>
        <source>Verwacht geëvalueerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="115"/>
        <source>Binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="149"/>
        <source>Het tempo van het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="152"/>
        <source>Wat zou helpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="155"/>
        <source>Klopt de berekening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="158"/>
        <source>De komende vergaderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="171"/>
        <source>1 cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="171"/>
        <source>%1 cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="174"/>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="174"/>
        <source>%1 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="180"/>
        <source>de achterstand van nu %1 is naar verwachting weg na de vergadering van %2, over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="189"/>
        <source>Het team kan het bijhouden: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="192"/>
        <source>Het team kan het bijhouden, maar er ontstaat tussendoor een achterstand; na de vergadering van %1 is die naar verwachting weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="195"/>
        <source>Het team kan het bijhouden: volgens de voorspelling raakt niemand achter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="197"/>
        <source>over 16 weken zijn naar verwachting %1 te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="200"/>
        <source>Het team kan het in dit tempo niet bijhouden: de achterstand van nu %1 raakt in de komende %2 niet weggewerkt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="207"/>
        <source>Het team kan het in dit tempo niet bijhouden: nu is niemand te laat, maar vanaf de vergadering van %1 blijven cliënten te laat; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="215"/>
        <source>geen actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="220"/>
        <source>Over %1 (%2): geen actieve cliënten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="222"/>
        <source>niemand te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="223"/>
        <source>%1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="224"/>
        <source>Over %1 (%2) verwacht: %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="228"/>
        <source>Nu: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="236"/>
        <source>er zijn pas %1 van de %2 vergaderingen gesloten die daarvoor nodig zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="239"/>
        <source>er is nog geen vergadering gesloten, en daarvoor zijn er %1 nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="242"/>
        <source>Het tempo is nog niet te meten: %1. De voorspelling rekent daarom met de instellingen: het blok lopend (%2 min) heeft ruimte voor %3 evaluaties per vergadering van %4 min per evaluatie. Andere besluiten, afsluitingen en nieuwe cliënten telt ze dan nog niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="250"/>
        <source>Gemeten over de laatste %1 vergaderingen: gemiddeld %2 evaluaties per vergadering gedaan (%3 min per evaluatie); het blok lopend (%4 min, waarvan %5 min aan andere punten) heeft ruimte voor %6 evaluaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="257"/>
        <source>In vergaderingen waarin niemand bleef liggen telt de ruimte in het blok: de voorspelling rekent met %1 evaluaties per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="261"/>
        <source>Verder per vergadering %1 andere besluiten (acute punten, hamerstukken); %2% van de besluiten sluit een behandeling af; %3 nieuwe cliënten per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="270"/>
        <source>Het blok lopend vullen met evaluaties: %1 in plaats van %2 per vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="274"/>
        <source>Eén evaluatie per vergadering meer: %1 in plaats van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="276"/>
        <source>5 minuten meer voor lopend (Team › Instellingen): %1 in plaats van %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="282"/>
        <source>de achterstand is weg na de vergadering van %1, over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="286"/>
        <source>na de vergadering van %1 is niemand meer te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="289"/>
        <source>niemand raakt achter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="291"/>
        <source>de achterstand raakt nog steeds niet weggewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="293"/>
        <source>er blijven nog steeds cliënten te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="294"/>
        <source>Dan: %1; over 16 weken %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="301"/>
        <source>Toets: nog niet mogelijk. %1 weken geleden was er nog geen vergadering gehouden, dus er is geen oude berekening om met vandaag te vergelijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="305"/>
        <source>precies zoals verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="308"/>
        <source>%1 meer dan verwacht, %2% van de cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="309"/>
        <source>%1 minder dan verwacht, %2% van de cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="312"/>
        <source>Toets: %1 weken geleden (%2) had deze berekening voor vandaag %3 te laat verwacht; het zijn er %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="317"/>
        <source>Het tempo kwam toen nog uit de instellingen: er waren nog te weinig gesloten vergaderingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="331"/>
        <source>Verwacht: als elke vergadering in het gemeten tempo evalueert (zie de aanname onder de tabel).

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="337"/>
        <source>De toets maakt dezelfde berekening met de gegevens zoals ze toen waren en legt de verwachting voor vandaag naast het werkelijke aantal cliënten dat vandaag te laat is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="342"/>
        <source>Aanname: elke vergadering evalueert, zoals het voorstel op de agenda, de cliënten die vóór de volgende vergadering aan de beurt zijn, wie het langst wacht eerst, zoveel als het tempo hierboven (%1 per vergadering). Andere besluiten en afsluitingen gaan zoals gemeten; wie geëvalueerd is, is na de afgesproken datum weer aan de beurt, een nieuwe cliënt %2 maanden na de start van de zorg. &apos;Aan de beurt&apos; telt ook wie al te laat is; &apos;Binnen de termijn&apos; is na die vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="358"/>
        <source>Bijhouden: volgens de voorspelling is vanaf een vergadering na elke vergadering niemand meer te laat, tot het eind van de voorspelling (%1). Wie vóór de volgende vergadering aan de beurt is maar niet aan bod komt, wacht een week: dat is de marge van de planning.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="391"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="114"/>
        <source>Aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="115"/>
        <source>Nog te laat daarna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="251"/>
        <source>Punt overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="252"/>
        <source>Het gesprek over %1 stopt. Het punt gaat bij het afsluiten naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="253"/>
        <source>&amp;Overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="262"/>
        <source>Punt uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="263"/>
        <source>Het gesprek over %1 stopt en het punt gaat nu naar de volgende vergadering, met alles wat is ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="264"/>
        <source>&amp;Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="305"/>
        <source>Alle punten zijn behandeld. De vergadering wordt afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="307"/>
        <source>1 agendapunt is niet aan bod gekomen en gaat naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="310"/>
        <source>%1 agendapunten zijn niet aan bod gekomen en gaan naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="312"/>
        <source>Vergadering afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="313"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="319"/>
        <source>De vergadering van %1 is afgesloten: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="43"/>
        <source>Nieuwe cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="44"/>
        <source>Cliënt bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="47"/>
        <source>bijvoorbeeld D-12345 of J.K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="58"/>
        <source>&amp;Cliëntreferentie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="59"/>
        <source>Gebruik een dossiernummer of initialen, nooit een volledige naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="60"/>
        <source>&amp;Behandelaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="61"/>
        <source>&amp;In zorg sinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="62"/>
        <source>&amp;Laatste evaluatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="64"/>
        <source>&amp;Volgende evaluatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="65"/>
        <source>Leeg laten mag: dan geldt de laatste evaluatie plus de evaluatietermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="71"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="72"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="112"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/client_dialog.py" line="124"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientHistoryDialog</name>
    <message>
        <location filename="../../ui/evaluations/history.py" line="79"/>
        <source>Besluiten over cliënt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="80"/>
        <source>Cliënt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="85"/>
        <source>Behandelaar: %1 · laatste evaluatie: %2 · uiterlijk %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="98"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="98"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="98"/>
        <source>Geformuleerd
door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="99"/>
        <source>Koers / verwezen naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="99"/>
        <source>Volgende
evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="100"/>
        <source>Reden datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="100"/>
        <source>Correctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="127"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="51"/>
        <source>referentie of behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="53"/>
        <location filename="../../ui/agenda/client_picker.py" line="68"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="68"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="75"/>
        <source>Gevonden cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="155"/>
        <source>(geen behandelaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="159"/>
        <source>%1 is inactief: maak de cliënt eerst weer actief onder Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="163"/>
        <source>Geen cliënt gevonden met &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="164"/>
        <source>Nieuwe cliënt &apos;%1&apos; toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="295"/>
        <source>behandelaar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="297"/>
        <source>geen behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/team/clients.py" line="44"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="44"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="44"/>
        <source>In zorg sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="45"/>
        <source>Laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="45"/>
        <source>Volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="78"/>
        <source>actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="78"/>
        <source>inactief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <location filename="../../ui/team/clients.py" line="149"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="151"/>
        <source>cliënt of behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="160"/>
        <source>Toon ook in&amp;actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="170"/>
        <source>Nog geen cliënten. Voeg er een toe met &apos;Nieuwe cliënt&apos; of importeer een cliëntenlijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="175"/>
        <source>&amp;Nieuwe cliënt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="179"/>
        <source>Be&amp;werken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="183"/>
        <location filename="../../ui/team/clients.py" line="261"/>
        <source>Inactief &amp;maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="185"/>
        <source>Een cliënt toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="187"/>
        <source>De gekozen cliënt bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="251"/>
        <source>Nog geen cliënten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="259"/>
        <source>Weer actief &amp;maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="266"/>
        <source>Geen cliënt gevonden voor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="269"/>
        <source>%1 van %2 getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="290"/>
        <source>Cliënt %1 is toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="300"/>
        <source>Cliënt %1 is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="308"/>
        <source>Cliënt %1 op inactief zetten? Een inactieve cliënt komt niet meer op de lijst met evaluaties. U kunt dit later terugdraaien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="311"/>
        <source>Cliënt inactief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="311"/>
        <source>Inactief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="313"/>
        <source>Cliënt %1 weer actief maken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="314"/>
        <source>Cliënt weer actief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="314"/>
        <source>Actief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="322"/>
        <source>Cliënt %1 is weer actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="324"/>
        <source>Cliënt %1 is nu inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="326"/>
        <source>Cliënt %1 is nu inactief en staat niet meer in de lijst; vink &apos;Toon ook inactieve cliënten&apos; aan om de cliënt te zien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseMeetingDialog</name>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="144"/>
        <location filename="../../ui/meeting/close_dialog.py" line="146"/>
        <source>Vergadering afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="149"/>
        <source>Eén acuut punt is niet aan bod gekomen. Het gaat niet vanzelf mee: kies wat ermee gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="152"/>
        <source>%1 acute punten zijn niet aan bod gekomen. Ze gaan niet vanzelf mee: kies per punt wat ermee gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="165"/>
        <source>Alle naar de &amp;volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="166"/>
        <source>Kies voor elk acuut punt waarvoor nog niets is gekozen: naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="171"/>
        <source>Alle lopende punten zijn behandeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="173"/>
        <source>1 lopend punt is niet aan bod gekomen en gaat naar de volgende vergadering (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="176"/>
        <source>%2 lopende punten zijn niet aan bod gekomen en gaan naar de volgende vergadering (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="180"/>
        <source>Vergadering &amp;afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="184"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="186"/>
        <source>De vergadering loopt door (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="105"/>
        <source>Iemand anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="108"/>
        <source>Uw niet-opgeslagen versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="110"/>
        <source>Het formulier toont nu de versie van %1. Hieronder staat nog wat u had getypt: kopieer wat u wilt houden. Dit venster blijft open tot u het sluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="114"/>
        <source>Agendapunt intussen gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="116"/>
        <source>%1 heeft dit agendapunt ingetrokken terwijl u het bewerkte. Er is niets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="119"/>
        <source>%1 heeft dit agendapunt gewijzigd terwijl u het bewerkte. Er is niets ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="122"/>
        <source>%1 heeft dit agendapunt gewijzigd terwijl u het bewerkte. Er is niets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="129"/>
        <source>Velden die verschillen zijn gemarkeerd met %1 en vet gezet: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="133"/>
        <source>De inhoud is gelijk; alleen de versie is nieuwer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="142"/>
        <source>Uw tekst &amp;kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="143"/>
        <source>Zet uw vraag en stand van het proces op het klembord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="150"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="156"/>
        <source>Toch &amp;intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="157"/>
        <source>&amp;Mijn versie toch opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="161"/>
        <source>&amp;Hun versie overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="164"/>
        <source>&amp;Terug naar bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="185"/>
        <source>Versie van %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="187"/>
        <source>Uw versie (niet opgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="197"/>
        <source>verschilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="200"/>
        <location filename="../../ui/agenda/conflict_dialog.py" line="202"/>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="58"/>
        <source>%1 (inbrenger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="75"/>
        <source>over 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="76"/>
        <source>over %1 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="90"/>
        <source>&amp;Wie neemt het op zich?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="91"/>
        <source>Wie neemt het op zich?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="93"/>
        <source>Terug&amp;koppeling aan het team uiterlijk op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="94"/>
        <source>Terugkoppeling aan het team uiterlijk op:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentPanel</name>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="237"/>
        <source>Vraag aan het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="240"/>
        <source>Privacymodus: de vraag aan het team staat niet in beeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="247"/>
        <source>Gepauzeerd: de klok staat stil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="253"/>
        <source>Tijd om — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="371"/>
        <source>gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="380"/>
        <source>van %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="382"/>
        <source>(%1 min verlengd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="393"/>
        <source>Inbrenger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="397"/>
        <source>(geen vraag: een mededeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="399"/>
        <source>(geen vraag opgegeven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="403"/>
        <source>Daarna: geen punten meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="404"/>
        <source>Daarna: %1 (%2, %3 min, inbrenger %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="410"/>
        <source>1 punt komt waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="412"/>
        <source>%1 punten komen waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="419"/>
        <source>Alle punten zijn behandeld. Sluit de vergadering af met %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="422"/>
        <source>Volgende punt — eerst hervatten (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="425"/>
        <source>Volgende punt — %1: starten, %2: hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="427"/>
        <source>Volgende punt — %1: starten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="34"/>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="100"/>
        <source>Typ een datum als 31-05-2027 of 2027-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="98"/>
        <location filename="../../ui/meeting/decision_form.py" line="123"/>
        <source>Besluit over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="121"/>
        <source>Hamerstuk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="122"/>
        <source>Besluit corrigeren: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="126"/>
        <source>%1 · inbrenger: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="129"/>
        <source>Voorgesteld besluit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="134"/>
        <source>Het besluit van %1 blijft bewaard zoals het is; deze correctie vervangt het en wordt met de datum van die vergadering vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="142"/>
        <source>1  &amp;Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="143"/>
        <source>2  &amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="144"/>
        <source>3  Ver&amp;wijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="147"/>
        <source>De behandeling gaat door, met een koers tot de volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="149"/>
        <source>De behandeling stopt; de cliënt wordt inactief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="150"/>
        <source>De cliënt gaat naar een andere hulpverlener of instelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="196"/>
        <source>bijvoorbeeld: na de zomer, als het nieuwe team er is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="211"/>
        <source>Volgende &amp;evaluatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="218"/>
        <source>&amp;Koers tot de volgende evaluatie (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="222"/>
        <source>bijvoorbeeld: huisarts, POH-GGZ, verslavingszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="227"/>
        <source>Verwe&amp;zen naar (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="232"/>
        <source>&amp;inbrenger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="233"/>
        <source>v&amp;oorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="236"/>
        <source>Geformuleerd door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="244"/>
        <location filename="../../ui/meeting/decision_form.py" line="253"/>
        <source>Besluit &amp;vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="250"/>
        <source>Hamerstuk &amp;bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="251"/>
        <source>Correctie &amp;vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="255"/>
        <source>Vastleggen (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="258"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="259"/>
        <source>Sluiten zonder vast te leggen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="318"/>
        <source>6 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="319"/>
        <source>3 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="320"/>
        <source>%1 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="321"/>
        <source>1 maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="367"/>
        <source>Kies het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="368"/>
        <source>Doorgaan mag alleen met een afgesproken volgende evaluatie en een koers tot dan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="370"/>
        <source>De behandeling stopt; de cliënt wordt inactief en is niet meer aan de beurt voor evaluatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="372"/>
        <source>Waarheen, en wanneer het team erop terugkijkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="399"/>
        <source>Deze datum ligt in het verleden. &amp;Reden (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="401"/>
        <source>Deze datum ligt na %1, verder dan de evaluatietermijn van %2 maanden. &amp;Reden (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="460"/>
        <source>Kies het besluit: doorgaan, afsluiten of verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="512"/>
        <source>Besluit niet vastleggen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="513"/>
        <source>U hebt een besluit ingevuld dat nog niet is vastgelegd. Weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decision_form.py" line="515"/>
        <source>&amp;Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../ui/decisions/page.py" line="68"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="70"/>
        <source>De besluitenlijst en het verloop per vergadering, en de trends over de afgelopen maanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="75"/>
        <source>Er is nog geen vergadering gehouden. Zodra een vergadering is gestart, staan de besluitenlijst en het verloop hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="84"/>
        <source>&amp;Vergaderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="96"/>
        <source>&amp;Besluitenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="97"/>
        <source>Ver&amp;loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="98"/>
        <source>&amp;Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="134"/>
        <source>00-00-0000  ·  99 besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="166"/>
        <source>geen besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="167"/>
        <source>1 besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="168"/>
        <source>%1 besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="171"/>
        <source>(loopt nog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <location filename="../../ui/evaluations/model.py" line="191"/>
        <source>Bij op de agenda zetten vraagt de app wie deze cliënt inbrengt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/model.py" line="194"/>
        <source>Staat op de agenda van de vergadering van %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <location filename="../../ui/evaluations/page.py" line="71"/>
        <source>Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="95"/>
        <source>E&amp;xporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="97"/>
        <source>Het overzicht zoals getoond als CSV voor Excel, of de evaluatiedatums als agendabestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="115"/>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="122"/>
        <source>&amp;Capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="155"/>
        <location filename="../../ui/evaluations/page.py" line="330"/>
        <source>Alle behandelaars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="159"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="164"/>
        <source>cliëntreferentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="177"/>
        <source>&amp;Behandelaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="178"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="179"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="211"/>
        <source>Op de &amp;agenda zetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="214"/>
        <source>&amp;Geschiedenis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="220"/>
        <source>&amp;CSV voor Excel (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="222"/>
        <source>&amp;Agendabestand (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="225"/>
        <source>De evaluatiedatums van de getoonde cliënten als agenda-afspraken, voor Outlook of een andere agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="227"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="230"/>
        <source>De gekozen cliënten als lopend punt op de agenda van de volgende vergadering zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="233"/>
        <source>Alle besluiten over de gekozen cliënt (ook Enter of dubbelklikken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="235"/>
        <source>Het overzicht zoals getoond (filters, zoeken en sortering) opslaan als CSV-bestand voor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="257"/>
        <source>Alleen-lezen: in dit bestand kan niets op de agenda worden gezet. Bekijken, de geschiedenis en exporteren kunnen wel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="304"/>
        <source>Stand van %1 · termijn %2 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="334"/>
        <source>(geen behandelaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="350"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="383"/>
        <source>1 cliënt, %2 getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="384"/>
        <source>%1 cliënten, %2 getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="388"/>
        <source>, %1 gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="392"/>
        <source>Er zijn geen actieve cliënten. Voeg ze toe onder Team › Cliënten of importeer een cliëntenlijst (Bestand › Cliënten importeren).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="397"/>
        <source>Geen cliënt gevonden voor &apos;%1&apos; met deze filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="398"/>
        <source>Geen cliënten met deze filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="504"/>
        <source>Niets op de agenda gezet: kies een inbrenger voor %1 of laat die cliënt weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="536"/>
        <location filename="../../ui/evaluations/page.py" line="556"/>
        <source>Het bestand &apos;%1&apos; kon niet worden opgeslagen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="539"/>
        <source>1 evaluatiedatum opgeslagen in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="540"/>
        <source>%1 evaluatiedatums opgeslagen in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="543"/>
        <source>Importeer het bestand in Outlook of een andere agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="559"/>
        <source>1 cliënt geëxporteerd naar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="560"/>
        <source>%1 cliënten geëxporteerd naar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="563"/>
        <source>Het bestand bevat cliëntgegevens: bewaar het alleen op een beveiligde plek.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineBar</name>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="82"/>
        <source>Capaciteit bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="106"/>
        <source>%1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="107"/>
        <source>Niemand te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="112"/>
        <source>1 cliënt binnen vier weken aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="113"/>
        <source>%1 cliënten binnen vier weken aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="120"/>
        <source>✗ In dit tempo niet bij te houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="122"/>
        <source>✓ Het team kan het bijhouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="124"/>
        <source>✓ Achterstand weg over 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="125"/>
        <source>✓ Achterstand weg over %1 weken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/agenda/history.py" line="102"/>
        <source>Geschiedenis van het agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="103"/>
        <source>Agendapunt over %1 (%2), ingebracht door %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="109"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="109"/>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="110"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="125"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityChooser</name>
    <message>
        <location filename="../../ui/agenda/header.py" line="73"/>
        <source>Wie dit scherm nu bedient. Elke wijziging aan de agenda wordt op deze naam vastgelegd; de keuze wordt onthouden op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/header.py" line="93"/>
        <source>— kies uw naam —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="93"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="124"/>
        <source>&amp;Alleen regels met fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="130"/>
        <source>Voorbeeld van de import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="215"/>
        <source>Caseload importeren uit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="221"/>
        <source>Gelezen als %1, kolommen gescheiden door %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="225"/>
        <source>Staan letters als é of ë er vreemd in? Sla het bestand in Excel op als &apos;CSV UTF-8&apos; en importeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233"/>
        <source>Nieuw: %1    Bijwerken: %2    Met fouten: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="241"/>
        <source>en nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="244"/>
        <source>Nieuwe teamleden: %1. Deze behandelaars staan nog niet in het team en worden als teamlid toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="249"/>
        <source>Er wordt niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="252"/>
        <source>Een caseloadbestand begint met een kopregel zoals:
%1
De datumkolommen mogen ontbreken of leeg zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265"/>
        <source>Niets te importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="269"/>
        <source>Importeer 1 cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="271"/>
        <source>Importeer %1 cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source>Importeer 1 goede regel (%2 overslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="287"/>
        <source>Importeer %1 goede regels (%2 overslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="320"/>
        <source>Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="344"/>
        <source>Deze regels passen niet bij wat al is opgeslagen voor de cliënt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="346"/>
        <source>Er is nog niets geïmporteerd. De regels zijn gemarkeerd en worden overgeslagen als u opnieuw op Importeer klikt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="93"/>
        <source>Agendapunt aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="94"/>
        <source>Agendapunt bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="127"/>
        <source>kies wie het punt inbrengt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="136"/>
        <source>&amp;Mededeling: het team hoeft alleen in te stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="138"/>
        <source>&amp;Vraag: één concrete vraag die beantwoord moet worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="140"/>
        <source>&amp;Kwestie: het team moet er echt over praten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="147"/>
        <source>&amp;Acuut: deze cliënt heeft nu aandacht nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="149"/>
        <source>&amp;Lopend: evaluatie of afsluiting van een lopende behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="164"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="179"/>
        <source>&amp;Cliënt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="180"/>
        <source>&amp;Inbrenger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="182"/>
        <source>Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="183"/>
        <source>Blok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="185"/>
        <location filename="../../ui/agenda/item_dialog.py" line="358"/>
        <source>Vraag aan het &amp;team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="186"/>
        <source>Wat verwacht u van het team? Verplicht bij een vraag of kwestie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="189"/>
        <source>&amp;Stand van het
begeleidingsproces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="191"/>
        <source>Beschrijf waar de behandeling nu staat, niet wat er allemaal gebeurd is: zo blijft de bespreking bij de vraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="195"/>
        <source>Geschatte mi&amp;nuten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="197"/>
        <source>Voorgesteld &amp;besluit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="199"/>
        <source>Optioneel. Een mededeling met een voorgesteld besluit kan in de vergadering als hamerstuk worden bevestigd, zonder bespreking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="204"/>
        <source>Vraag aan het team
(verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="206"/>
        <location filename="../../ui/agenda/item_dialog.py" line="212"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="214"/>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="216"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="217"/>
        <source>Sluiten zonder op te slaan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="219"/>
        <source>Int&amp;rekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="220"/>
        <source>Dit agendapunt van de agenda halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="266"/>
        <source>nog geen teamleden: voeg ze toe onder Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="307"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="321"/>
        <source>Agendapunt voor de vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="324"/>
        <source>Laatst gewijzigd door %1 op %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="327"/>
        <source>Laatst gewijzigd op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="335"/>
        <source>Nieuw agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="337"/>
        <source>Nieuw agendapunt voor de vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="357"/>
        <source>Vraag aan het &amp;team
(verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="360"/>
        <source>volgt de standaard zodra u de soort kiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="363"/>
        <source>teamstandaard voor een %1: %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="433"/>
        <source>Cliënt &apos;%1&apos; is niet gekozen uit de lijst: kies een cliënt met de pijltjes en Enter, of voeg &apos;%1&apos; toe als nieuwe cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="437"/>
        <source>Kies een cliënt: typ een deel van de referentie of van de naam van de behandelaar en kies uit de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="440"/>
        <source>Kies wie het punt inbrengt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="442"/>
        <source>Kies de soort: mededeling, vraag of kwestie. Zo weet het team wat er van hen verwacht wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="445"/>
        <source>Kies het blok: acuut of lopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="447"/>
        <source>Bij een %1 hoort een vraag aan het team: schrijf op wat het team moet beantwoorden of bespreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="516"/>
        <source>Agendapunt intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="517"/>
        <source>Het agendapunt over %1 gaat van de agenda van %2. Wie het wanneer heeft ingetrokken blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="520"/>
        <source>&amp;Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="566"/>
        <source>Niet opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="567"/>
        <source>U hebt iets ingevuld of gewijzigd dat nog niet is opgeslagen. Weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="569"/>
        <source>&amp;Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Welkom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Database &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Open een ander databasebestand, bijvoorbeeld dat van het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Maak een nieuw, leeg databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Cliënten &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Importeer de caseload uit een CSV-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Demoteam laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Vul een lege database met een fictief team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Reservekopieën…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Een reservekopie maken of terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>B&amp;eeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Alleen-lezen: dit bestand kan niet worden gewijzigd. U kunt alles bekijken, maar niets opslaan. Vraag schrijfrechten of open een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>%1 — Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Database niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Vergadering-database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&apos;%1&apos; bestaat al. Kies een andere naam, of gebruik &apos;Database openen&apos; om dit bestand te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>De demo vult alleen een lege database. Maak eerst een nieuwe database via Bestand › Nieuwe database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingAgendaModel</name>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="111"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="111"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="111"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="111"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="112"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="112"/>
        <source>Inbrenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="198"/>
        <source>Dit punt komt waarschijnlijk niet meer aan bod voor het geplande einde van de vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_agenda.py" line="250"/>
        <source>%1 — %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/meeting/chair.py" line="96"/>
        <source>Alleen-lezen: u kunt de vergadering volgen, maar niet leiden. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="105"/>
        <source>Toetsen voor het belletje…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="117"/>
        <source>Vergadering starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="118"/>
        <source>De vergadering begint: de klok gaat lopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="120"/>
        <source>Start volgend punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="121"/>
        <source>Start het gekozen wachtende punt, of anders het volgende op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="122"/>
        <source>Start punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="124"/>
        <source>Besluit vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="125"/>
        <source>Het besluit over het punt: doorgaan, afsluiten of verwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="126"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="128"/>
        <source>Hamerstuk bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="130"/>
        <source>Een mededeling met voorgesteld besluit bevestigen, zonder bespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="131"/>
        <source>Hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="133"/>
        <source>Verlengen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="134"/>
        <source>Het punt 1, 2 of 5 minuten meer tijd geven (wordt vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="135"/>
        <source>Verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="137"/>
        <location filename="../../ui/meeting/chair.py" line="335"/>
        <source>Pauze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="139"/>
        <source>De klok stilzetten of weer laten lopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="141"/>
        <source>Overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="142"/>
        <source>Het punt overslaan; bij het afsluiten gaat het naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="145"/>
        <source>Uitstellen naar volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="147"/>
        <source>Het punt nu naar de volgende vergadering verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="148"/>
        <source>Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="150"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="151"/>
        <source>Iedereen mag bellen als het proces misgaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="153"/>
        <source>Beamer tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="154"/>
        <source>Het beamerbeeld tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="156"/>
        <source>Vergadering afsluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="157"/>
        <source>De vergadering afsluiten; wat niet aan bod kwam gaat naar de volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="158"/>
        <source>Vergadering afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="161"/>
        <source>Nog 1 minuut om te besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="163"/>
        <source>De tijd van het blok is op: het punt krijgt 1 minuut om tot een besluit te komen (wordt vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="164"/>
        <source>Nog 1 minuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="166"/>
        <source>Apart overleg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="167"/>
        <source>De tijd voor acute punten is op: het punt gaat naar een apart overleg (wie, en wanneer terugkoppeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="168"/>
        <source>Apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="170"/>
        <source>Toch nemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="171"/>
        <source>De tijd van het blok is op: het punt toch nemen, met zichtbaar wat het kost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="172"/>
        <source>Toch nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="188"/>
        <source>Start gekozen punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="241"/>
        <source>volgend punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="242"/>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="243"/>
        <source>hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="244"/>
        <source>verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="245"/>
        <source>pauze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="246"/>
        <source>overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="247"/>
        <source>uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="248"/>
        <source>belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="249"/>
        <source>beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="250"/>
        <source>afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="297"/>
        <source>Vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="335"/>
        <source>Hervatten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/team/members.py" line="45"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="45"/>
        <source>Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="64"/>
        <source>actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="64"/>
        <source>inactief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/team/members.py" line="137"/>
        <source>&amp;Nieuw teamlid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="139"/>
        <source>Voor- en achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="143"/>
        <source>Toe&amp;voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="148"/>
        <source>Toon ook in&amp;actieve teamleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="151"/>
        <source>Nog geen teamleden. Typ hierboven een naam en druk op Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="160"/>
        <source>Teamlid toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="164"/>
        <source>Naam &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="166"/>
        <location filename="../../ui/team/members.py" line="250"/>
        <source>Inactief &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="168"/>
        <source>Verwij&amp;deren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="171"/>
        <source>De naam van het gekozen teamlid wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="173"/>
        <source>Een per vergissing toegevoegd teamlid verwijderen; wie al ergens voorkomt kan alleen inactief worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="240"/>
        <source>Nog geen teamleden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="248"/>
        <source>Weer actief &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="273"/>
        <source>%1 is toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="282"/>
        <source>De naam is nu %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="295"/>
        <source>%1 is weer actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="297"/>
        <source>%1 is nu inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="299"/>
        <source>%1 is nu inactief en staat niet meer in de lijst; vink &apos;Toon ook inactieve teamleden&apos; aan om het teamlid te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="314"/>
        <source>Teamlid verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="315"/>
        <source>%1 verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="316"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="329"/>
        <source>%1 is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="334"/>
        <source>%1 komt voor bij cliënten, agendapunten of besluiten en kan daarom niet worden verwijderd; het teamlid is al inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="339"/>
        <source>Teamlid kan niet worden verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="340"/>
        <source>%1 nu op inactief zetten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="341"/>
        <source>Inactief maken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="97"/>
        <source>In deze vergadering zijn (nog) geen besluiten vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="108"/>
        <source>Tekst voor het dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="117"/>
        <source>&amp;Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="156"/>
        <source>Zonder besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="180"/>
        <source>&amp;Kopie voor dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="188"/>
        <source>Besluit co&amp;rrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="191"/>
        <source>Een vergissing herstellen: het besluit blijft bewaard, een nieuw besluit vervangt het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="194"/>
        <source>&amp;Markdown (.md)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="196"/>
        <source>&amp;CSV voor Excel (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="198"/>
        <source>&amp;PDF (.pdf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="224"/>
        <source>Besluitenlijst van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="228"/>
        <source>De vergadering loopt nog: deze lijst is voorlopig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="185"/>
        <source>De tekst van het gekozen besluit (of apart overleg) op het klembord, om in het dossier van de cliënt te plakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="214"/>
        <source>Zonder besluit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="280"/>
        <source>%1: %2. Er is niets voor de cliënt besloten, dus er is geen tekst voor het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="285"/>
        <source>Kies een besluit of apart overleg om de tekst voor het dossier te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="306"/>
        <source>Tekst voor het dossier van %1 gekopieerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="325"/>
        <source>Dit besluit hoort niet bij een agendapunt en kan hier niet worden gecorrigeerd. Leg in de volgende vergadering een nieuw besluit vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="329"/>
        <source>Correctie voor %1 vastgelegd; het oude besluit blijft bewaard in de geschiedenis van de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="338"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="339"/>
        <source>CSV-bestand voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="340"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="353"/>
        <source>Het bestand &apos;%1&apos; kon niet worden opgeslagen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="357"/>
        <source>Besluitenlijst opgeslagen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="358"/>
        <source>Het bestand bevat cliëntgegevens: bewaar het alleen op een beveiligde plek.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../ui/pages.py" line="32"/>
        <source>Dit onderdeel is nog niet gebouwd in deze versie van Vergadering. Er staan hier dus nog geen gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterDialog</name>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="47"/>
        <source>Wie brengt de cliënt in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="49"/>
        <source>Cliënt %1 heeft geen behandelaar. Wie brengt de evaluatie in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="51"/>
        <source>De behandelaar van cliënt %1, %2, is niet meer actief. Wie brengt de evaluatie in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="60"/>
        <source>&amp;Inbrenger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="64"/>
        <source>&amp;Opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="65"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/import_preview.py" line="87"/>
        <source>Regel</source>
        <extracomment>&quot;fout&quot; for rows with problems, &quot;goed&quot; otherwise; the error filter matches on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="88"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="89"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="92"/>
        <source>In zorg
sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="93"/>
        <source>Laatste
evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="94"/>
        <source>Volgende
evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="124"/>
        <source>overslaan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="126"/>
        <source>bijwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="127"/>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="151"/>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="154"/>
        <source>%1 (opgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="160"/>
        <source>(ongewijzigd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorSwitch</name>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="50"/>
        <source>Beamer verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="56"/>
        <source>Beamer tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="75"/>
        <source>Het beamerbeeld is in deze versie nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="80"/>
        <source>Terug naar het voorzittersscherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="97"/>
        <source>Automatisch: het andere scherm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/meeting/projector.py" line="133"/>
        <source>Vergadering — beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="253"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="339"/>
        <source>De vergadering is afgelopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="340"/>
        <source>Volgende vergadering: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="344"/>
        <source>De vergadering begint om %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="346"/>
        <source>1 punt op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="347"/>
        <source>%1 punten op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="377"/>
        <source>Alle punten zijn besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="379"/>
        <source>Punt %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="382"/>
        <source>Volgende: punt %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="388"/>
        <source>blok %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="393"/>
        <source>Inbrenger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="412"/>
        <source>gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="427"/>
        <source>PAUZE — de tijd staat stil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="432"/>
        <source>De tijd voor dit blok is op — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="434"/>
        <source>Tijd voor acute punten is op — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="436"/>
        <source>Tijd voor lopende behandelingen is op — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="439"/>
        <source>Tijd om — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="453"/>
        <source>Straks: nog 1 punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="454"/>
        <source>Straks: nog %1 punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="457"/>
        <source>1 komt waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="458"/>
        <source>%1 komen waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="462"/>
        <source>komt waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="486"/>
        <source>TIJD OM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="491"/>
        <source>BELLETJE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="48"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="48"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="48"/>
        <source>Laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="49"/>
        <source>Aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="49"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="76"/>
        <source>geen behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="78"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="81"/>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="95"/>
        <source>Bij opnemen vraagt de app wie deze cliënt inbrengt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="105"/>
        <source>Voorstel: cliënten die aan de beurt zijn voor evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="110"/>
        <source>Cliënten die vóór de volgende vergadering aan de beurt zijn; wie het langst wacht staat bovenaan, en er staan er zoveel als passen in de tijd die over is. De behandelaar brengt in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="115"/>
        <source>&amp;vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="116"/>
        <source>&amp;kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="117"/>
        <source>&amp;mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="121"/>
        <source>Opnemen als:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="129"/>
        <source>Elke evaluatie is een vraag aan het team: doorgaan, afsluiten of verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="131"/>
        <source>Evaluatie: doorgaan, afsluiten of verwijzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="134"/>
        <source>Vraa&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="165"/>
        <source>&amp;Neem op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="169"/>
        <source>De gekozen cliënten op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="170"/>
        <location filename="../../ui/agenda/proposals.py" line="252"/>
        <source>&amp;Alles opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="171"/>
        <source>Alle voorgestelde cliënten op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="225"/>
        <source>Nog 1 cliënt is aan de beurt maar past niet in het budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="227"/>
        <source>Nog %1 cliënten zijn aan de beurt maar passen niet in het budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="235"/>
        <source>De tijd voor lopende behandelingen is vol: er past geen evaluatie van %1 minuten meer bij. Schuif een punt door of kies een kortere soort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="240"/>
        <source>Er is op dit moment geen cliënt aan de beurt voor evaluatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="249"/>
        <source>&amp;Alles opnemen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="273"/>
        <source>Niets opgenomen: kies een inbrenger voor %1 of laat die cliënt weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="284"/>
        <source>%1 staat op de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="286"/>
        <source>%1 cliënten staan op de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="46"/>
        <source>Korte procescheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="48"/>
        <source>Anoniem en vrijwillig: wie wil, vult dit na de vergadering in op deze laptop. Er wordt niet bewaard wie wat antwoordde; alleen gemiddelden worden getoond, vanaf drie invullers, en nooit op de beamer. Een vraag overslaan mag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="71"/>
        <source>sla over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="88"/>
        <source>&amp;Opslaan, volgende invuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="91"/>
        <source>&amp;Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="121"/>
        <source>Opgeslagen, dank u. Geef de laptop door, of kies Klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="128"/>
        <source>%1 invuller(s) tot nu toe; gemiddelden verschijnen vanaf drie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/rating_dialog.py" line="131"/>
        <source>Gemiddeld %1 van 10 (%2 invullers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../ui/team/members.py" line="84"/>
        <source>Naam wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="85"/>
        <source>&amp;Nieuwe naam voor %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="93"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="94"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="155"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="156"/>
        <source>Geëindigd in een besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="157"/>
        <location filename="../../ui/decisions/review_panel.py" line="179"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="158"/>
        <source>Toe en besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="166"/>
        <location filename="../../ui/decisions/review_panel.py" line="178"/>
        <source>Blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="166"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="166"/>
        <source>Gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="167"/>
        <location filename="../../ui/decisions/review_panel.py" line="179"/>
        <source>Besteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="167"/>
        <source>Besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="178"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="178"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="178"/>
        <source>Gepland
(min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="179"/>
        <source>Verlengd
(min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="180"/>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="200"/>
        <source>Per agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="233"/>
        <source>Verloop van de vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="235"/>
        <source>De vergadering loopt nog: de cijfers zijn voorlopig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="253"/>
        <source>loopt nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="254"/>
        <source>%1 later dan gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="255"/>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="257"/>
        <source>geen punten besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="261"/>
        <source>%1 besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="263"/>
        <source>niet gebeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="267"/>
        <source>cliënten die aan de beurt waren; %1 lopende besluiten in totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="285"/>
        <source>(over budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="286"/>
        <source>%1 van %2 punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="295"/>
        <source>Geen punt liep uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="296"/>
        <source>Uitgelopen: 1 punt, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="298"/>
        <source>Uitgelopen: %1 punten, samen %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="301"/>
        <source>Verlengd: %1×, samen %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="308"/>
        <source>Keuzes van de voorzitter per punt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="311"/>
        <source>Acute punten ten koste van de lopende behandelingen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="314"/>
        <source>Naar de volgende vergadering: %1 (niet bereikt of overgeslagen %2, uitgesteld %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="318"/>
        <source>Niets naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="322"/>
        <source>Zonder besluit: apart overleg %1, ingetrokken bij het afsluiten %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="326"/>
        <source>Belletje zonder reden: %1×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="332"/>
        <source>Procescheck: niet ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="334"/>
        <source>Procescheck: %1 invuller(s); gemiddelden verschijnen vanaf drie, zodat niemands antwoord te herkennen is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="337"/>
        <source>Procescheck (anoniem, %1 invullers), gemiddeld op 0–10:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="352"/>
        <source>hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="363"/>
        <source>%1 over de geplande tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="368"/>
        <source>zonder reden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/team/settings_form.py" line="78"/>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="78"/>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="78"/>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="79"/>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="79"/>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="79"/>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="80"/>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="89"/>
        <source>Eerst lo&amp;pende behandelingen (aanbevolen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="90"/>
        <source>Eerst ac&amp;ute punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="97"/>
        <source>Privac&amp;ymodus op de beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="98"/>
        <source>Terugblik aan het begin van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="100"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="101"/>
        <source>Team&amp;naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="102"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="103"/>
        <source>Ver&amp;gaderdag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="104"/>
        <source>Beginti&amp;jd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="105"/>
        <source>&amp;Duur (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="107"/>
        <source>Tijd per blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="108"/>
        <source>&amp;Acute punten (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="109"/>
        <source>&amp;Lopende behandelingen (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="112"/>
        <source>Welk blok eerst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="122"/>
        <source>Standaardduur van een agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="123"/>
        <source>&amp;Mededeling (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="124"/>
        <source>&amp;Vraag (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="125"/>
        <source>&amp;Kwestie (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="128"/>
        <source>Evaluatie en beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="129"/>
        <source>Evaluat&amp;ietermijn (maanden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="131"/>
        <source>Elke lopende behandeling komt minstens zo vaak ter evaluatie; de standaard is zes maanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="137"/>
        <source>De beamer toont dan alleen de cliëntreferentie; type, blok, inbrenger en vraag blijven op het scherm van de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="144"/>
        <source>Voor de agenda kort de besluiten van de vorige vergadering en de doorgeschoven punten tonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="164"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="170"/>
        <source>De instellingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="171"/>
        <source>He&amp;rstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="172"/>
        <source>Terug naar de opgeslagen instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="265"/>
        <source>tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="267"/>
        <source>Blokken samen %1 van %2 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="270"/>
        <source>: %1 minuten te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="273"/>
        <source>; %1 minuten blijven over voor opening en afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="280"/>
        <source>Het onderzoek raadt af om met acute punten te beginnen: die eten de tijd van de rest op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="284"/>
        <source>Let op: acute punten eten de tijd van de rest op. Het acute blok stopt daarom hard na %1 minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="319"/>
        <source>Niet opgeslagen: pas de rood gemelde velden aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="329"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="339"/>
        <source>De opgeslagen instellingen staan weer in het formulier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutStrip</name>
    <message>
        <location filename="../../ui/meeting/chair_actions.py" line="105"/>
        <source>Sneltoetsen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/team/page.py" line="24"/>
        <source>&amp;Teamleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/page.py" line="25"/>
        <source>&amp;Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/page.py" line="26"/>
        <source>In&amp;stellingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerugblikPanel</name>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="70"/>
        <source>Terugblik op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="98"/>
        <source>… en nog %1 (zie Besluiten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="77"/>
        <source>Geen besluiten vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="37"/>
        <source>Zonder besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="79"/>
        <source>Terugblik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="89"/>
        <source>Doorgeschoven naar deze vergadering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="91"/>
        <source>Niets doorgeschoven naar deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="92"/>
        <source>Terugkoppeling van apart overleg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="102"/>
        <source>uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="104"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="110"/>
        <source>• %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="111"/>
        <source>• %1 — %2 — volgende evaluatie %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="119"/>
        <source>• %1 — apart overleg: %2 koppelt uiterlijk %3 terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="123"/>
        <source>• %1 — ingetrokken bij het afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalBox</name>
    <message>
        <location filename="../../ui/agenda/header.py" line="45"/>
        <source>Nog geen agendapunten: 0 van %1 min gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/header.py" line="48"/>
        <source>Totaal %1 van %2 min — %3 min uitloop, verwacht einde %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/header.py" line="52"/>
        <source>Totaal %1 van %2 min gepland — einde %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="160"/>
        <source>afgelopen %1 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="164"/>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="171"/>
        <source>In deze periode is nog geen vergadering afgesloten. Trends verschijnen zodra er vergaderingen zijn gehouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="174"/>
        <source>Minuten voor acuut en lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="175"/>
        <source>Uitgelopen punten en belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="176"/>
        <source>Procescheck (gemiddelde, 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="206"/>
        <source>% van de actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="173"/>
        <source>Cliënten binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="209"/>
        <source>Op %1: %2; op %3: %4%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="216"/>
        <source>acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="217"/>
        <source>lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="222"/>
        <source>Gemiddeld %1 min acuut en %2 min lopend per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="224"/>
        <source>minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="229"/>
        <source>uitgelopen punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="230"/>
        <source>belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="232"/>
        <source>Gemiddeld %1 uitgelopen punten en %2× het belletje per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="239"/>
        <source>gemiddelde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="240"/>
        <source>Laatste gemiddelde %1; vanaf drie invullers per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="242"/>
        <source>Nog geen vergadering met drie of meer invullers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreachedRow</name>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="69"/>
        <source>%1 — %2, %3 min · inbrenger %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="121"/>
        <source>Kies wat er met %1 gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="25"/>
        <source>Welkom bij Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="26"/>
        <source>Deze database is nog leeg. Kies hoe u wilt beginnen. U kunt later altijd cliënten importeren of teamleden toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="30"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="39"/>
        <source>Proberen met een demoteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <source>Een fictief team met 12 teamleden en 150 cliënten, van wie een deel te laat geëvalueerd is. Alle namen zijn verzonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="42"/>
        <source>&amp;Demoteam laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="44"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="45"/>
        <source>Een CSV-bestand uit het dossiersysteem of uit Excel, met de kolommen client en behandelaar (en eventueel in_zorg_sinds, laatste_evaluatie, volgende_evaluatie). U ziet eerst een voorbeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="48"/>
        <source>CSV &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="50"/>
        <source>Zelf invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>Voeg de teamleden en cliënten met de hand toe en stel de vergadertijden en tijdsbudgetten van het team in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="53"/>
        <source>Team &amp;invullen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
