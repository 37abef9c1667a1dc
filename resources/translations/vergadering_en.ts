<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>Database niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="124"/>
        <source>Opnieuw &amp;proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>Ander bestand &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <location filename="../../ui/window_menus.py" line="46"/>
        <source>&amp;Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <location filename="../../ui/window_menus.py" line="57"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="171"/>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="172"/>
        <location filename="../../ui/backup_dialog.py" line="101"/>
        <source>Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="176"/>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="177"/>
        <source>Vergadering-database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="203"/>
        <location filename="../../ui/app.py" line="206"/>
        <source>Niet teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>De reservekopie kon niet worden teruggezet: de map is niet schrijfbaar. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="211"/>
        <source>Reservekopie teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>De reservekopie staat weer op de plaats van de database. Het beschadigde bestand is bewaard als &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="37"/>
        <source>Niet gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="102"/>
        <source>De database is bezet: een collega slaat iets op. Even wachten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="103"/>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="104"/>
        <source>Bezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="53"/>
        <source>UTF-8 (met BOM, zoals Excel &apos;CSV UTF-8&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>UTF-16 (Excel &apos;Unicode-tekst&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>Windows-1252 (Excel &apos;CSV&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>puntkomma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="365"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="366"/>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>Teamnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Vergaderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Begintijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Duur van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Tijd voor acute punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Tijd voor lopende behandelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Welk blok eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Minuten voor een mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Minuten voor een vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Minuten voor een kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Evaluatietermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Teamlid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
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
        <location filename="../../ui/decisions/model.py" line="162"/>
        <location filename="../../ui/evaluations/text.py" line="19"/>
        <location filename="../../ui/messages.py" line="34"/>
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
        <location filename="../../ui/decisions/model.py" line="147"/>
        <source>uitgesteld naar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="150"/>
        <source>doorgeschoven naar %1 (overgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="151"/>
        <source>doorgeschoven naar %1 (niet aan bod gekomen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="153"/>
        <source>ingetrokken bij het afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="162"/>
        <source>Wat er gebeurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="162"/>
        <source>Soort punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="19"/>
        <location filename="../../ui/messages.py" line="35"/>
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
        <location filename="../../ui/messages.py" line="77"/>
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
        <location filename="../../ui/kit/words.py" line="145"/>
        <source>Te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="147"/>
        <source>Binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="148"/>
        <source>Op schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="45"/>
        <source>Had uiterlijk %1 geëvalueerd moeten zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="47"/>
        <source>Uiterlijk %1 evalueren: binnen de komende vier weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="48"/>
        <source>Uiterlijk %1 evalueren (nog %2 dagen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="53"/>
        <source>geen behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="55"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="61"/>
        <source>laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="62"/>
        <source>volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="63"/>
        <source>in zorg sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="63"/>
        <source>toegevoegd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="73"/>
        <source>%n cliënt met een onleesbare datum: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="74"/>
        <source>%n cliënten met een onleesbare datum: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="76"/>
        <source>Deze staan niet in het overzicht en tellen niet mee als te laat; controleer ze in Team › Cliënten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <location filename="../../ui/messages.py" line="37"/>
        <source>In zorg sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/text.py" line="19"/>
        <location filename="../../ui/messages.py" line="38"/>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="163"/>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Inbrenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Soort agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Vraag aan het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Stand van het begeleidingsproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Geschatte minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Voorgesteld besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Wie bent u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Privacymodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/model.py" line="84"/>
        <location filename="../../ui/messages.py" line="55"/>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Koers tot de volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Verwezen naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Reden voor deze datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <location filename="../../ui/messages.py" line="60"/>
        <source>Geformuleerd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Wie neemt het apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Terugkoppeling uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Punten die plaatsmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Perspectief cliënt / naasten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Opvolging van het vorige besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="56"/>
        <location filename="../../ui/messages.py" line="68"/>
        <source>Uitgevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Toelichting op de opvolging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Besproken met cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>Eigenaar van de actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>%1 (actie %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>Dit is het databasebestand dat nu open is, geen reservekopie: het kan niet op zichzelf worden teruggezet. Kies een reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>%1 is verplicht: vul dit in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103"/>
        <source>%1 is te lang (%2 tekens); houd het op hoogstens %3 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>%1 moet op één regel passen: haal de regelovergang weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>%1 bevat onzichtbare tekens: typ de tekst opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>%1: &apos;%2&apos; is geen geldige datum. Schrijf bijvoorbeeld 31-05-2026 of 2026-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>%1: &apos;%2&apos; heeft een jaartal van twee cijfers. Schrijf het jaar voluit, bijvoorbeeld 31-05-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>%1 ligt in de toekomst: een evaluatie die nog moet komen hoort bij &apos;Volgende evaluatie&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="119"/>
        <source>%1 ligt vóór de start van de zorg: controleer beide datums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>%1: schrijf een tijd als 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>%1 moet een heel getal zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>Een besluit heeft hoogstens %1 acties: voeg er wat samen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>%1 moet tussen %2 en %3 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>De blokken samen (%1 min) passen niet in de vergadering van %2 min: maak ze samen %3 min korter of de vergadering langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>%1: kies een van de mogelijkheden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>%1 &apos;%2&apos; bestaat al: kies een andere of pas de bestaande aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>Cliënt &apos;%1&apos; staat ook op regel %2: laat elke cliënt maar één keer voorkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="143"/>
        <source>%1 bestaat niet (meer): kies opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Op regel %1 begint een cel met een aanhalingsteken (&quot;) dat nergens wordt gesloten, zodat de rest van het bestand in die cel zou belanden. Zet het sluitende aanhalingsteken erbij of haal het openende weg, en importeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>Regel %1 bevat een teken dat niet als UTF-8 is opgeslagen, terwijl de rest van het bestand UTF-8 is; zo zouden namen verkeerd worden gelezen. Verbeter dat teken of sla het bestand in Excel opnieuw op als &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>Regel %1 bevat tekens die niet te lezen zijn: het bestand is beschadigd of in een onbekende codering opgeslagen. Sla het in Excel opnieuw op als &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>%1 bevat het teken &apos;�&apos;: daar is eerder een letter verloren gegaan. Typ de juiste letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>%1 bevat een onzichtbaar teken (%2): typ de tekst opnieuw, zonder te plakken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="216"/>
        <source>De tijd voor lopende behandelingen is op: kies of dit punt wordt uitgesteld of toch wordt genomen (de vergadering loopt dan uit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>De tijd voor acute punten is op: kies of dit punt wordt uitgesteld, apart wordt besproken of toch wordt genomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>Deze vergadering staat gepland op %1. Een vergadering wordt gehouden op de dag dat ze begint: start haar vandaag, dan krijgt alles de datum van vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>Vandaag (%1) is al een vergadering gehouden. Een tweede vergadering op dezelfde dag kan niet; de agenda wacht op de volgende vergaderdag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>Een besluit hoort bij het punt dat besproken wordt: start eerst het punt over %1 (N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>Afsluiten beëindigt de behandeling van %1: bevestig dat eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>Eén acuut punt is niet aan bod gekomen: kies eerst wat ermee gebeurt (volgende vergadering, apart overleg of intrekken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>%1 ligt in het verleden: kies vandaag of een latere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="243"/>
        <source>%1 ligt te ver weg: kies een datum tot en met %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>Alleen een mededeling met een voorgesteld besluit kan als hamerstuk worden bevestigd. Leg het besluit vast met Besluit (D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>Het vorige besluit voor deze cliënt (%1, op %2) wordt bij dit besluit opgevolgd: geef aan of het volledig, deels of niet is uitgevoerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="263"/>
        <source>Er is geen vorig besluit om op te volgen (er is er nog geen, het was afsluiten of het is van vandaag): laat de opvolging leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>Het vorige besluit is volledig uitgevoerd: dan hoort er geen reden of toelichting bij. Haal die weg, of kies deels of niet uitgevoerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>%1 kon niet goed worden gelezen: het bestand is waarschijnlijk beschadigd of door een ander programma gewijzigd. Er is niets veranderd. Zet een reservekopie terug (Bestand › Reservekopieën; ook een kopie die elders bewaard is) of meld het probleem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="108"/>
        <location filename="../../ui/messages.py" line="269"/>
        <source>gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="108"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="109"/>
        <location filename="../../ui/messages.py" line="269"/>
        <source>vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>Deze actie is al afgesloten (%1, door %2): een actie wordt maar één keer afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="283"/>
        <source>&apos;%1&apos; is geen databasebestand van Vergadering, of het is beschadigd. Kies een ander bestand of zet een reservekopie terug (ook een kopie die elders bewaard is, bijvoorbeeld op een USB-stick); het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="324"/>
        <source>&apos;%1&apos; is leeg (0 bytes): er staan geen gegevens van Vergadering in. Kies een ander bestand of zet een reservekopie terug (ook een kopie die elders bewaard is, bijvoorbeeld op een USB-stick); het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="331"/>
        <source>&apos;%1&apos; kan niet worden geopend. Controleer of het bestand en de map bestaan, bereikbaar zijn en of u leesrechten hebt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="138"/>
        <location filename="../../ui/messages.py" line="145"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Actie uiterlijk klaar op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>De kolom &apos;%1&apos; ontbreekt in de kopregel. Gevonden kolommen: %2. Nodig zijn &apos;client&apos; (of &apos;cliënt&apos;) en &apos;behandelaar&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>De kolom &apos;%1&apos; staat twee keer in de kopregel: houd er één over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>Het bestand bevat geen cliënten: kies het juiste bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>Het bestand is geen leesbare CSV (%1). Sla het in Excel op als &apos;CSV (gescheiden door lijstscheidingsteken)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Het bestand is groter dan %1 MB: is dit wel de cliëntenlijst?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="182"/>
        <source>%1 is behandelaar van cliënten of komt voor in agendapunten of besluiten en kan daarom niet worden verwijderd. Zet het teamlid op inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186"/>
        <source>%1: &apos;%2&apos; is inactief. Kies een actieve, of maak &apos;%2&apos; eerst weer actief onder Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="189"/>
        <source>De vergadering van %1 is al begonnen of afgerond: de agenda kan niet meer worden gewijzigd. Meld het punt aan voor de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>Dit agendapunt is ingetrokken of al besproken en kan niet meer worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="196"/>
        <source>Deze cliënt staat al op de agenda van deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>Deze database bevat al gegevens; de demo vult alleen een lege database. Kies een nieuw bestand, bijvoorbeeld met --db demo.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="201"/>
        <source>Er loopt geen vergadering: start eerst de vergadering (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="203"/>
        <source>De vergadering van %1 loopt nog: sluit die eerst af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>Er wordt nog een punt besproken: leg eerst het besluit daarover vast (of stel het uit of sla het over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="209"/>
        <source>Er wordt nu geen punt besproken: start eerst een punt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Dit agendapunt staat niet op de agenda van deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="213"/>
        <source>Dit agendapunt is in deze vergadering al afgehandeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="238"/>
        <source>%n acute punten zijn niet aan bod gekomen: kies eerst per punt wat ermee gebeurt (volgende vergadering, apart overleg of intrekken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="247"/>
        <source>De volgende evaluatie ligt in het verleden: geef de reden op, of kies een latere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="249"/>
        <source>De volgende evaluatie ligt na %1, verder dan de evaluatietermijn: geef de reden op, of kies een eerdere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>Dit besluit is al gecorrigeerd: corrigeer het nieuwste besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>De vergadering is gepauzeerd: hervat eerst (P of spatie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>&apos;%1&apos; is een database van een ander programma. Kies een ander bestand; dit bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>&apos;%1&apos; is gemaakt met een nieuwere versie van Vergadering. Werk de app bij om dit bestand te openen; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="294"/>
        <source>&apos;%1&apos; is bezet door een ander programma of een collega. Probeer het over een paar seconden opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="298"/>
        <source>u hebt er geen schrijfrechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="299"/>
        <source>de map is niet bereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>In de map &apos;%1&apos; kan geen reservekopie worden gemaakt: %2. De database zelf is niet gewijzigd en werkt gewoon. Vraag schrijfrechten voor de map waarin de database staat, of maak een reservekopie via Bestand › Reservekopieën zodra dat weer kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="305"/>
        <source>&apos;%1&apos; is alleen-lezen: u kunt kijken, maar niets opslaan. Vraag schrijfrechten voor het bestand en de map, of kies een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="309"/>
        <source>&apos;%1&apos; is gemaakt met een oudere versie van Vergadering en moet worden bijgewerkt voordat u iets kunt zien, maar u hebt geen schrijfrechten voor het bestand of de map. Vraag schrijfrechten en open het opnieuw, of kies een ander bestand; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="314"/>
        <source>&apos;%1&apos; kan niet worden gemaakt: u hebt geen schrijfrechten in die map. Kies een andere map, of vraag schrijfrechten voor deze map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="317"/>
        <source>&apos;%1&apos; is een map, geen databasebestand. Kies een bestand in die map, bijvoorbeeld team.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>&apos;%1&apos; bestaat niet (meer) of is niet bereikbaar. Staat het in een netwerkmap, controleer dan of die verbonden is en probeer het opnieuw, of kies een ander bestand. Er is geen nieuwe database gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="329"/>
        <source>De schijf van &apos;%1&apos; is vol of niet bereikbaar: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="342"/>
        <source>De database &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="342"/>
        <source>De database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="351"/>
        <source>regel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="357"/>
        <source>&apos;%1&apos; bestaat niet (meer). Controleer de naam en de map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="359"/>
        <source>&apos;%1&apos; is een map, geen bestand. Kies het CSV-bestand zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="361"/>
        <source>U hebt geen leesrechten voor &apos;%1&apos;. Vraag leesrechten, of kopieer het bestand naar een eigen map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="363"/>
        <source>&apos;%1&apos; kan niet worden gelezen. Controleer of het bestand bereikbaar is en niet in een ander programma openstaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="25"/>
        <source>Deze vergadering staat gepland op %1. Vandaag is het %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="27"/>
        <source>Als u nu begint, krijgt de vergadering en alles wat erin wordt besloten de datum van vandaag. De volgende vergadering is dan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="35"/>
        <source>Vandaag vergaderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="38"/>
        <source>&amp;Vandaag vergaderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="39"/>
        <location filename="../../ui/kit/chair_questions.py" line="60"/>
        <location filename="../../ui/kit/widgets.py" line="234"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="48"/>
        <source>De behandeling van %1 afsluiten? %1 wordt inactief en is niet meer aan de beurt voor evaluatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="55"/>
        <source>Behandeling afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_questions.py" line="58"/>
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
        <location filename="../../ui/decisions/review_panel.py" line="68"/>
        <location filename="../../ui/kit/chair_text.py" line="110"/>
        <location filename="../../ui/kit/figures.py" line="121"/>
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
        <location filename="../../ui/kit/action_list.py" line="63"/>
        <location filename="../../ui/messages.py" line="271"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="32"/>
        <source>mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="34"/>
        <source>vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="36"/>
        <source>kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="37"/>
        <location filename="../../ui/kit/words.py" line="46"/>
        <location filename="../../ui/kit/words.py" line="84"/>
        <location filename="../../ui/kit/words.py" line="92"/>
        <source>(niet gekozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="43"/>
        <source>acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="45"/>
        <source>lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="61"/>
        <source>doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="63"/>
        <source>afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="65"/>
        <source>verwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="66"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="79"/>
        <source>volledig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="81"/>
        <source>deels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="83"/>
        <source>niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="94"/>
        <source>cliënt wilde het anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="95"/>
        <source>nieuwe informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="96"/>
        <source>lichamelijke situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="97"/>
        <source>wachtlijst/capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="98"/>
        <source>niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="99"/>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="51"/>
        <source>Lopende behandelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="51"/>
        <source>Acute punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="14"/>
        <source>↻ %1× doorgeschoven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="19"/>
        <source>↩ terugkoppeling apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="187"/>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="189"/>
        <source>%n dag te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="189"/>
        <source>%n dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="191"/>
        <source>morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="192"/>
        <source>over %1 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_actions.py" line="122"/>
        <source>Scherm %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="42"/>
        <source>nog %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="44"/>
        <source>%1 min over tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="51"/>
        <source>(−%1 min voor %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="54"/>
        <source>(+%1 min genomen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="59"/>
        <source>Acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="59"/>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="69"/>
        <source>Verwacht einde %1 — loopt %2 min uit (+%3 min door ‘toch nemen’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="72"/>
        <source>Verwacht einde %1 — +%2 min uitgelopen door ‘toch nemen’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="75"/>
        <source>Verwacht einde %1 — loopt %2 min uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="76"/>
        <source>Verwacht einde %1 — op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="80"/>
        <source>Gepland %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="97"/>
        <source>wacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="99"/>
        <source>bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="103"/>
        <source>hamerstuk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="104"/>
        <source>besloten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="116"/>
        <source>Apart overleg: %1, terugkoppeling uiterlijk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="127"/>
        <source>%n× gebeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="136"/>
        <source>Nog 1 &amp;minuut om te besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="137"/>
        <source>&amp;Toch nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="140"/>
        <source>geen besluiten vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="141"/>
        <source>%n besluit vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="141"/>
        <source>%n besluiten vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="147"/>
        <source>%n punt doorgeschoven naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="148"/>
        <source>%n punten doorgeschoven naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="153"/>
        <source>%n punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="153"/>
        <source>%n punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="157"/>
        <source>%n minuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="157"/>
        <source>%n minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="146"/>
        <source>geen punten doorgeschoven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="64"/>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="65"/>
        <location filename="../../ui/decisions/review_panel.py" line="76"/>
        <location filename="../../ui/kit/chair_text.py" line="106"/>
        <location filename="../../ui/kit/figures.py" line="120"/>
        <source>uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="66"/>
        <location filename="../../ui/kit/chair_text.py" line="108"/>
        <source>overgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="67"/>
        <location filename="../../ui/decisions/review_panel.py" line="77"/>
        <location filename="../../ui/kit/chair_text.py" line="111"/>
        <location filename="../../ui/kit/figures.py" line="120"/>
        <location filename="../../ui/meeting/close_dialog.py" line="61"/>
        <source>apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="69"/>
        <location filename="../../ui/kit/figures.py" line="121"/>
        <source>niet bereikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="70"/>
        <source>wordt besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="78"/>
        <source>toch genomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="79"/>
        <source>1 minuut om af te ronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="122"/>
        <source>past niet meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="118"/>
        <source>&amp;lang verhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="120"/>
        <source>&amp;sluit niet aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="122"/>
        <source>&amp;nieuw punt i.p.v. reageren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="123"/>
        <source>&amp;geen besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="133"/>
        <source>De tijd voor acute punten is op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/chair_text.py" line="134"/>
        <source>De tijd voor lopende behandelingen is op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="132"/>
        <source>&amp;Uitstellen naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="134"/>
        <source>&amp;Apart overleg plannen</source>
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
        <location filename="../../ui/meeting/projector_text.py" line="74"/>
        <source>verwacht einde %1 — op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="148"/>
        <source>en nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="150"/>
        <source>Overgeslagen, staat al op de agenda: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="151"/>
        <source>Overgeslagen, staan al op de agenda: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="192"/>
        <source>Niemand op de agenda gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="195"/>
        <source>%1 staat op de agenda van %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="196"/>
        <source>%1 cliënten staan op de agenda van %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="40"/>
        <source>Dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="84"/>
        <source>Overzicht exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="85"/>
        <source>CSV-bestand voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="109"/>
        <source>Evaluatie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="111"/>
        <source>Evaluaties %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="122"/>
        <source>Te laat sinds %1; gepland op de vergadering van %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="123"/>
        <source>Gepland op de vergadering van %2; uiterlijk %1 aan de beurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="126"/>
        <source>Uiterlijk deze dag aan de beurt; staat nog niet op een agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="128"/>
        <source>Te laat sinds %1; staat nog niet op een agenda: op de eerstvolgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="132"/>
        <source>Staat op de agenda van de vergadering van %1, die nog niet is afgesloten: op de eerstvolgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="135"/>
        <source>Te laat sinds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="137"/>
        <source>Evaluatie van cliënt %1 in het MDO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="138"/>
        <source>Behandelaar: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="143"/>
        <source>Het bestand bevat cliëntgegevens (referenties en behandelaars): bewaar het alleen op een beveiligde plek en importeer het niet in een gedeelde agenda. Let op: agenda&apos;s worden vaak ook op telefoons gesynchroniseerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="152"/>
        <source>Evaluatiedatums als agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/export.py" line="154"/>
        <source>Agendabestand (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="44"/>
        <source>voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="44"/>
        <source>inbrenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="53"/>
        <location filename="../../ui/kit/follow_up_box.py" line="59"/>
        <source>verwezen naar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="61"/>
        <source>correctie van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="64"/>
        <source>gecorrigeerd door besluit van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="71"/>
        <source>• %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="90"/>
        <source>Nog geen besluiten vastgelegd; laatste evaluatie: nooit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="91"/>
        <source>Nog geen besluiten vastgelegd; laatste evaluatie: %1 (geïmporteerd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="36"/>
        <source>Bleven we bij de vragen van de inbrengers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="37"/>
        <source>Eindigde elk punt in een besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="38"/>
        <source>Was de tijd goed verdeeld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="39"/>
        <source>Hielp de procesvoorzitter het proces?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="43"/>
        <source>bij de start van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="44"/>
        <source>dagelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45"/>
        <source>met de hand gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="46"/>
        <source>vóór het terugzetten van een andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="89"/>
        <source>Geen reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90"/>
        <source>Er kon geen reservekopie worden gemaakt voor de vergadering begint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="92"/>
        <source>De vergadering kan wel beginnen: alles wordt gewoon opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="93"/>
        <source>Toch &amp;starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="100"/>
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
        <location filename="../../ui/meeting/block_choice_dialog.py" line="76"/>
        <source>%1 krijgt nog %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="76"/>
        <source>%1 krijgt %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="79"/>
        <source>, plus de %1 min die het blok %2 al over tijd is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="82"/>
        <source>%n min gaat af van de vrije tijd van het blok %1; de vergadering loopt %2 min langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="84"/>
        <source>%n min gaan af van de vrije tijd van het blok %1; de vergadering loopt %2 min langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="91"/>
        <source>Die %n min gaat af van de vrije tijd van het blok %1; de vergadering loopt niet uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="93"/>
        <source>Die %n min gaan af van de vrije tijd van het blok %1; de vergadering loopt niet uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="87"/>
        <source>Het blok %1 heeft geen vrije tijd: de vergadering loopt %2 min langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="59"/>
        <source>naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="62"/>
        <source>intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="19"/>
        <source>binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="20"/>
        <source>toe en besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="26"/>
        <source>Binnen de termijn: de actieve cliënten die op die dag niet te laat zijn voor hun evaluatie. Te laat is wie zijn laatste evaluatie plus %1 maanden (of de afgesproken datum, als die eerder valt) voorbij is; een nieuwe cliënt telt vanaf de start van de zorg. Besluiten van die dag tellen mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="34"/>
        <source>Toe en besproken: van de cliënten die vóór de volgende vergadering aan de beurt waren (zoals het voorstel op de agenda telt, met hun data van vóór deze vergadering), hoeveel er in deze vergadering een besluit kregen, ook als hamerstuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="43"/>
        <source>Geen actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="44"/>
        <source>%1 van %2 actieve cliënten (%3%) binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="50"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="60"/>
        <source>Met besluit afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="64"/>
        <source>Uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="68"/>
        <source>Open en te late acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="79"/>
        <source>Geen besluiten opgevolgd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="82"/>
        <source>%1 van %n besluit uitgevoerd (%2%): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="83"/>
        <source>%1 van %n besluiten uitgevoerd (%2%): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="89"/>
        <source>Uitgevoerd: van de eerdere besluiten die in een besluit zijn opgevolgd, hoeveel volledig of deels zijn uitgevoerd. Een correctie telt in plaats van het besluit dat ze corrigeert; hamerstukken tellen mee. Doel: minstens %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="104"/>
        <source>%1, omdat: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="112"/>
        <location filename="../../ui/kit/figures.py" line="137"/>
        <source>Geen punten op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="113"/>
        <source>%1 van %n punt met besluit afgerond (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="114"/>
        <source>%1 van %n punten met besluit afgerond (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="127"/>
        <source>Met besluit afgerond: van de punten die op de agenda stonden toen de vergadering begon, hoeveel eindigden in een besluit (ook als hamerstuk). De rest is uitgesteld, naar apart overleg gegaan, niet bereikt of ingetrokken. Ter vergelijking: in onderzoek naar multidisciplinaire overleggen haalden de best lopende teams zo&apos;n %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="138"/>
        <source>%1 van %n punt uitgesteld (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="139"/>
        <source>%1 van %n punten uitgesteld (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="145"/>
        <source>Uitgesteld: van de punten die op de agenda stonden toen de vergadering begon, hoeveel tijdens de vergadering naar de volgende zijn verschoven. Doel: hoogstens %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="153"/>
        <source>Geen open acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="154"/>
        <source>%n open actie, waarvan %1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="155"/>
        <source>%n open acties, waarvan %1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/figures.py" line="160"/>
        <source>Open en te late acties: de acties uit besluiten die aan het eind van die dag nog open stonden, en daarvan die waarvan de datum vóór die dag lag. Een datum op de dag zelf is niet te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/item_form.py" line="126"/>
        <source>%1 / %2: %n teken te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/item_form.py" line="127"/>
        <source>%1 / %2: %n tekens te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="43"/>
        <source>Database &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="44"/>
        <source>Open een ander databasebestand, bijvoorbeeld dat van het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="47"/>
        <source>Maak een nieuw, leeg databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="49"/>
        <source>Cliënten &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="50"/>
        <source>Importeer de caseload uit een CSV-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="52"/>
        <source>&amp;Demoteam laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="53"/>
        <source>Vul een lege database met een fictief team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="55"/>
        <source>&amp;Reservekopieën…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="56"/>
        <source>Een reservekopie maken of terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="59"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="67"/>
        <source>B&amp;eeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="76"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="77"/>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="105"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="57"/>
        <source>koers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="60"/>
        <source>de voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="63"/>
        <source>geformuleerd door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="65"/>
        <source>%1 door %2 op %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="71"/>
        <source>uiterlijk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="112"/>
        <location filename="../../ui/kit/action_list.py" line="115"/>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="113"/>
        <location filename="../../ui/kit/action_list.py" line="116"/>
        <source>Vervalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="115"/>
        <source>Deze actie is uitgevoerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="116"/>
        <source>Deze actie is niet meer nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="120"/>
        <source>De database is alleen-lezen: acties afsluiten kan hier niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="184"/>
        <source>Er is geen actief teamlid om de actie op naam te zetten. Voeg eerst een teamlid toe onder Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/open_actions.py" line="22"/>
        <source>%1 — %2, uiterlijk %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/open_actions.py" line="24"/>
        <source>(te laat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/open_actions.py" line="36"/>
        <source>+ %1 meer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="55"/>
        <source>bijvoorbeeld: huisarts bellen over de medicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="57"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="60"/>
        <source>kies wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="61"/>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="62"/>
        <source>Wie doet het (typ de eerste letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="68"/>
        <source>Klaar op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="79"/>
        <source>Deze actie weghalen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="81"/>
        <source>Actie weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="99"/>
        <source>uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsBox</name>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="188"/>
        <source>Acties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="190"/>
        <source>A&amp;ctie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="192"/>
        <source>Wie doet wat, en wanneer is het klaar (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="194"/>
        <source>Wie doet wat vóór wanneer, als het besluit dat vraagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="219"/>
        <source>Bij het gecorrigeerde besluit (blijven daar staan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="220"/>
        <source>• %1 — %2, uiterlijk %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/actions_box.py" line="229"/>
        <source>Een besluit heeft hoogstens %1 acties: voeg er wat samen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToAgendaDialog</name>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="51"/>
        <source>Op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="53"/>
        <source>Cliënt %1 op de agenda zetten van %2, blok lopende behandelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="56"/>
        <source>%1 cliënten op de agenda zetten van %2, blok lopende behandelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="63"/>
        <source>De behandelaar brengt de cliënt in. Heeft een cliënt geen actieve behandelaar, dan vraagt de app wie dat doet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="67"/>
        <source>&amp;vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="68"/>
        <source>&amp;kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="69"/>
        <source>&amp;mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="73"/>
        <source>Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="81"/>
        <source>Elke evaluatie is een vraag aan het team: doorgaan, afsluiten of verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="83"/>
        <source>Evaluatie: doorgaan, afsluiten of verwijzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="87"/>
        <source>Vraa&amp;g aan het team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="99"/>
        <source>&amp;Op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="100"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/agenda_dialog.py" line="128"/>
        <source>Een %1 heeft een vraag aan het team nodig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <location filename="../../ui/agenda/actions.py" line="69"/>
        <source>&amp;Nieuw agendapunt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="72"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="76"/>
        <source>Om&amp;hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="79"/>
        <source>Om&amp;laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="82"/>
        <source>Naar ander &amp;blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="85"/>
        <source>&amp;Uitstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="87"/>
        <source>&amp;Intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="90"/>
        <source>&amp;Geschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="92"/>
        <source>Voorstel evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="102"/>
        <source>Een agendapunt aanmelden voor deze vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="103"/>
        <source>Het gekozen agendapunt bekijken en wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="104"/>
        <source>Het gekozen punt eerder in het blok bespreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="105"/>
        <source>Het gekozen punt later in het blok bespreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="106"/>
        <source>Het gekozen punt naar het andere blok verplaatsen (onderaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="108"/>
        <source>Uitstellen naar de volgende vergadering; alles wat is ingevuld blijft bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="110"/>
        <source>Het gekozen punt van de agenda halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="111"/>
        <source>Wie wat wanneer aan dit punt heeft gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="112"/>
        <source>Cliënten die aan de beurt zijn voor evaluatie tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="154"/>
        <source>Het gekozen punt onderaan bij %1 zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/actions.py" line="161"/>
        <source>U kunt de agenda bekijken, maar niet wijzigen: het bestand is alleen-lezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <location filename="../../ui/agenda/commands.py" line="40"/>
        <source>iemand anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="42"/>
        <source>Dit agendapunt is intussen gewijzigd door %1. Er is niets veranderd; bekijk het punt opnieuw en probeer het dan nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="54"/>
        <source>Agendapunt over %1 is aangemeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="67"/>
        <location filename="../../ui/agenda/commands.py" line="147"/>
        <source>Het agendapunt over %1 is ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="71"/>
        <source>Agendapunt over %1 is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="100"/>
        <source>%1 staat nu onderaan bij %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="113"/>
        <source>Het agendapunt over %1 uitstellen naar de vergadering van %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="115"/>
        <source>Alles wat is ingevuld blijft bewaard: de vraag, de stand van het proces, de minuten en het voorstel. Het punt komt daar onderaan het blok %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="118"/>
        <location filename="../../ui/agenda/commands.py" line="119"/>
        <source>Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="126"/>
        <source>%1 is uitgesteld naar %2; de inhoud is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="136"/>
        <location filename="../../ui/agenda/commands.py" line="139"/>
        <source>Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/commands.py" line="137"/>
        <source>Het agendapunt over %1 intrekken? Het verdwijnt van de agenda; in de geschiedenis blijft staan wie het wanneer heeft ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/agenda/page.py" line="68"/>
        <source>Ik &amp;ben:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="209"/>
        <source>Voorstel evaluaties (…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="211"/>
        <source>Het voorstel wordt berekend. Klik om het te tonen of te verbergen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="217"/>
        <source>%1; %2. Klik om het voorstel te tonen of te verbergen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="218"/>
        <source>%n cliënt is aan de beurt voor evaluatie en past nog in de tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="220"/>
        <source>%n cliënten zijn aan de beurt voor evaluatie en passen nog in de tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="222"/>
        <source>nog %n past er niet meer bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="223"/>
        <source>nog %n passen er niet meer bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="215"/>
        <source>Voorstel evaluaties (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="287"/>
        <source>Agenda voor %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="112"/>
        <source>Reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="114"/>
        <source>De app maakt een reservekopie bij de start van elke vergadering en elke dag bij het openen, in de map hieronder; de nieuwste %1 blijven bewaard. Terugzetten vervangt alle gegevens door die van de gekozen kopie; wat er nu in staat, wordt eerst zelf als reservekopie bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="118"/>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="125"/>
        <source>&amp;Reservekopieën:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="127"/>
        <source>Er is nog geen reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="131"/>
        <source>Nu een reservekopie &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="133"/>
        <source>&amp;Terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="136"/>
        <source>Ander &amp;bestand terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="138"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="161"/>
        <source>Een database in het geheugen heeft geen reservekopieën.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="199"/>
        <source>Reservekopie gemaakt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="226"/>
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="227"/>
        <source>Alle gegevens worden vervangen door die van:
%1

Wat er nu in staat, wordt eerst als reservekopie bewaard, zodat u het kunt terughalen. Collega&apos;s die dit bestand open hebben, zien de teruggezette gegevens meteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="230"/>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="244"/>
        <source>Teruggezet. De gegevens van daarvoor staan in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeMeetingView</name>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="72"/>
        <source>Korte &amp;procescheck invullen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="122"/>
        <source>Volgende vergadering: %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="143"/>
        <source>Er staan nog geen punten op de agenda. Zet ze klaar onder Agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="144"/>
        <source>%1 van %2 min gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="146"/>
        <source>Dat is %1 min te veel: de laatste punten komen waarschijnlijk niet aan bod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="157"/>
        <source>Vandaag is al vergaderd. Deze agenda is voor %1: start de vergadering op die dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_before.py" line="159"/>
        <source>Let op: deze vergadering staat gepland op %1, niet vandaag (%2). Start u haar nu, dan krijgen de vergadering en alles wat erin wordt besloten de datum van vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BellBox</name>
    <message>
        <location filename="../../ui/meeting/chair_bell.py" line="60"/>
        <source>Waarom gebeld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_bell.py" line="61"/>
        <source>Mag leeg blijven. Wie belde wordt niet vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BellKeysDialog</name>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="29"/>
        <source>Toetsen voor het belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="33"/>
        <source>Met deze toetsen rinkelt het belletje, op het scherm van de voorzitter en op de beamer, ook als er een venster open is (zoals het besluit). Veel presentatieklikkers sturen B of een punt: zo kan een klikker de tafel rond.
Staat de cursor in een tekstveld, dan typt B of een punt gewoon die letter; een toets die niets typt (zoals Page Down) laat het belletje ook daar rinkelen. Deze keuze geldt alleen voor deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="46"/>
        <source>Toets &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="49"/>
        <source>&amp;Standaard (B en .)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="69"/>
        <source>Nu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="73"/>
        <source>Druk nu op de knop van de klikker of op een toets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="95"/>
        <source>&apos;%1&apos; heeft al een andere taak in de vergadering; kies een andere toets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/bell_keys_dialog.py" line="101"/>
        <source>&apos;%1&apos; toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockChoiceDialog</name>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="122"/>
        <source>%1. Wat gebeurt er met %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="127"/>
        <source>Acute punten gaan nooit zomaar door ten koste van de lopende behandelingen: kies voor dit punt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="130"/>
        <source>Ook het blok lopende behandelingen heeft een vast eind: kies voor dit punt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="145"/>
        <source>Het gesprek stopt; het punt komt op de agenda van %1, met alles wat is ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="147"/>
        <source>Het punt komt op de agenda van %1, met alles wat is ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="152"/>
        <source>Iemand van het team overlegt apart, buiten deze vergadering, en koppelt uiterlijk op de gekozen datum terug. Daarna komt het punt terug op de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="196"/>
        <source>Vastleggen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="198"/>
        <source>Annuleren — nog niet kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="200"/>
        <source>Niets vastleggen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="236"/>
        <source>De wachtende punten van het blok %1 houden hun tijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="239"/>
        <source>Komt deze tijd uit het blok %1, dan passen deze punten daar niet meer. Ze houden hun tijd, tenzij u er hier een weggeeft: een aangevinkt punt gaat naar de volgende vergadering en maakt zijn tijd vrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="253"/>
        <source>%1 — %2, %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="284"/>
        <source>Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="285"/>
        <source>Apart overleg vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/block_choice_dialog.py" line="286"/>
        <source>Toch nemen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="280"/>
        <source>%1 — %2 van %3 min gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="283"/>
        <source>%1 min te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="288"/>
        <source>Er staat meer op de agenda dan er tijd is voor dit blok: schuif punten door naar een volgende vergadering of maak ze korter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="292"/>
        <source>Dit blok gaat eerst en stopt hard om %1, zodat er tijd blijft voor de rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="297"/>
        <source>Dit blok heeft geen tijd in de teaminstellingen (0 minuten). Geef het tijd onder Team › Instellingen als het team er punten voor wil bespreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="301"/>
        <source>Nog geen lopende behandelingen op de agenda. Neem cliënten op die aan de beurt zijn voor evaluatie (knop &apos;Voorstel evaluaties&apos;), of meld een punt aan met &apos;Nieuw agendapunt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="305"/>
        <source>Nog geen acute punten. Een inbrenger meldt een acuut punt aan met &apos;Nieuw agendapunt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="308"/>
        <source>Nog geen agendapunten in dit blok.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockTableModel</name>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="71"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="71"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="71"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="71"/>
        <source>Inbrenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="72"/>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="72"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="72"/>
        <source>Voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="73"/>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="89"/>
        <source>Dit punt is de terugkoppeling van een apart overleg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="90"/>
        <source>Terugkoppeling van het aparte overleg dat het MDO van %1 afsprak: %2 koppelt terug (uiterlijk %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/plan_view.py" line="118"/>
        <source>Dit punt is niet aan bod gekomen en is automatisch naar deze vergadering doorgeschoven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="65"/>
        <source>Kan het team het bijhouden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="93"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="93"/>
        <source>Verwacht geëvalueerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="94"/>
        <source>Binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="128"/>
        <source>Het tempo van het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="131"/>
        <source>Wat zou helpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="134"/>
        <source>Klopt de berekening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="137"/>
        <source>De komende vergaderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="158"/>
        <source>Verwacht: als elke vergadering in het gemeten tempo evalueert (zie de aanname onder de tabel).

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="164"/>
        <source>De toets maakt dezelfde berekening met de gegevens zoals ze toen waren en legt de verwachting voor vandaag naast het werkelijke aantal cliënten dat vandaag te laat is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="169"/>
        <source>Aanname: elke vergadering evalueert, zoals het voorstel op de agenda, de cliënten die vóór de volgende vergadering aan de beurt zijn, wie het langst wacht eerst, zoveel als het tempo hierboven (%1 per vergadering). Andere besluiten en afsluitingen gaan zoals gemeten; wie geëvalueerd is, is na de afgesproken datum weer aan de beurt, een nieuwe cliënt %2 maanden na de start van de zorg. &apos;Aan de beurt&apos; telt ook wie al te laat is; &apos;Binnen de termijn&apos; is na die vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="185"/>
        <source>Bijhouden: volgens de voorspelling is vanaf een vergadering na elke vergadering niemand meer te laat, tot het eind van de voorspelling (%1). Wie vóór de volgende vergadering aan de beurt is maar niet aan bod komt, wacht een week: dat is de marge van de planning.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="218"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="93"/>
        <source>Aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity.py" line="94"/>
        <source>Nog te laat daarna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityWords</name>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="50"/>
        <source>%n cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="50"/>
        <source>%n cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="53"/>
        <source>%n week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="53"/>
        <source>%n weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="59"/>
        <source>de achterstand van nu %1 is naar verwachting weg na de vergadering van %2, over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="68"/>
        <source>Het team kan het bijhouden: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="71"/>
        <source>Het team kan het bijhouden, maar er ontstaat tussendoor een achterstand; na de vergadering van %1 is die naar verwachting weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="74"/>
        <source>Het team kan het bijhouden: volgens de voorspelling raakt niemand achter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="76"/>
        <source>over 16 weken zijn naar verwachting %1 te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="79"/>
        <source>Het team kan het in dit tempo niet bijhouden: de achterstand van nu %1 raakt in de komende %2 niet weggewerkt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="86"/>
        <source>Het team kan het in dit tempo niet bijhouden: nu is niemand te laat, maar vanaf de vergadering van %1 blijven cliënten te laat; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="94"/>
        <source>geen actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="99"/>
        <source>Over %1 (%2): geen actieve cliënten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="101"/>
        <source>niemand te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="102"/>
        <source>%1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="103"/>
        <source>Over %1 (%2) verwacht: %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="107"/>
        <source>Nu: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="115"/>
        <source>er zijn pas %1 van de %2 vergaderingen gesloten die daarvoor nodig zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="118"/>
        <source>er is nog geen vergadering gesloten, en daarvoor zijn er %1 nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="121"/>
        <source>Het tempo is nog niet te meten: %1. De voorspelling rekent daarom met de instellingen: het blok lopend (%2 min) heeft ruimte voor %3 evaluaties per vergadering van %4 min per evaluatie. Andere besluiten, afsluitingen en nieuwe cliënten telt ze dan nog niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="129"/>
        <source>Gemeten over de laatste %1 vergaderingen: gemiddeld %2 evaluaties per vergadering gedaan (%3 min per evaluatie); het blok lopend (%4 min, waarvan %5 min aan andere punten) heeft ruimte voor %6 evaluaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="136"/>
        <source>In vergaderingen waarin niemand bleef liggen telt de ruimte in het blok: de voorspelling rekent met %1 evaluaties per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="140"/>
        <source>Verder per vergadering %1 andere besluiten (acute punten, hamerstukken); %2% van de besluiten sluit een behandeling af; %3 nieuwe cliënten per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="149"/>
        <source>Het blok lopend vullen met evaluaties: %1 in plaats van %2 per vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="153"/>
        <source>Eén evaluatie per vergadering meer: %1 in plaats van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="155"/>
        <source>5 minuten meer voor lopend (Team › Instellingen): %1 in plaats van %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="161"/>
        <source>de achterstand is weg na de vergadering van %1, over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="165"/>
        <source>na de vergadering van %1 is niemand meer te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="168"/>
        <source>niemand raakt achter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="170"/>
        <source>de achterstand raakt nog steeds niet weggewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="172"/>
        <source>er blijven nog steeds cliënten te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="173"/>
        <source>Dan: %1; over 16 weken %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="180"/>
        <source>Toets: nog niet mogelijk. %1 weken geleden was er nog geen vergadering gehouden, dus er is geen oude berekening om met vandaag te vergelijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="184"/>
        <source>precies zoals verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="187"/>
        <source>%1 meer dan verwacht, %2% van de cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="188"/>
        <source>%1 minder dan verwacht, %2% van de cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="191"/>
        <source>Toets: %1 weken geleden (%2) had deze berekening voor vandaag %3 te laat verwacht; het zijn er %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/capacity_text.py" line="196"/>
        <source>Het tempo kwam toen nog uit de instellingen: er waren nog te weinig gesloten vergaderingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairBell</name>
    <message>
        <location filename="../../ui/meeting/chair_bell.py" line="169"/>
        <source>Geen geluid: deze computer heeft geen geluidsapparaat. Het belletje flitst alleen in beeld (op de beamer) en telt wel mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_bell.py" line="172"/>
        <source>Geen geluid op deze computer: het belletje flitst alleen op de beamer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_bell.py" line="175"/>
        <source>Geen geluid: geen geluidsapparaat op deze computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="72"/>
        <source>%1 start het volgende punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="76"/>
        <source>%1 is nog in bespreking: leg eerst het besluit vast (%2), of stel het uit (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="81"/>
        <source>de vergadering is gepauzeerd: hervat eerst (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="84"/>
        <source>er wacht geen punt meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="85"/>
        <source>%1; nu niet: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="217"/>
        <source>Alleen een mededeling met een voorgesteld besluit kan als hamerstuk worden bevestigd. Leg het besluit vast met %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="298"/>
        <source>Punt overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="299"/>
        <source>Het gesprek over %1 stopt. Het punt gaat bij het afsluiten naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="300"/>
        <source>&amp;Overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="309"/>
        <source>Punt uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="310"/>
        <source>Het gesprek over %1 stopt en het punt gaat nu naar de volgende vergadering, met alles wat is ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="311"/>
        <source>&amp;Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="351"/>
        <source>Alle punten zijn behandeld. De vergadering wordt afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="354"/>
        <source>%n agendapunt is niet aan bod gekomen en gaat naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="356"/>
        <source>%n agendapunten zijn niet aan bod gekomen en gaan naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="358"/>
        <source>Vergadering afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="359"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_commands.py" line="365"/>
        <source>De vergadering van %1 is afgesloten: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairFollowUp</name>
    <message>
        <location filename="../../ui/meeting/chair_follow_up.py" line="62"/>
        <source>Perspectief cliënt / naasten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_follow_up.py" line="64"/>
        <source>Vorig besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_follow_up.py" line="66"/>
        <source>Open acties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairKeys</name>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="42"/>
        <source>Vergadering starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="43"/>
        <source>De vergadering begint: de klok gaat lopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="45"/>
        <source>Start volgend punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="46"/>
        <source>Start het gekozen wachtende punt, of anders het volgende op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="47"/>
        <source>Start punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="49"/>
        <source>Besluit vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="50"/>
        <source>Het besluit over het punt: doorgaan, afsluiten of verwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="51"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="53"/>
        <source>Hamerstuk bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="55"/>
        <source>Een mededeling met voorgesteld besluit bevestigen, zonder bespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="56"/>
        <source>Hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="66"/>
        <source>Verlengen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="67"/>
        <source>Het punt 1, 2 of 5 minuten meer tijd geven (wordt vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="68"/>
        <source>Verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="70"/>
        <source>Pauze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="72"/>
        <source>De klok stilzetten of weer laten lopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="74"/>
        <source>Overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="75"/>
        <source>Het punt overslaan; bij het afsluiten gaat het naar de volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="78"/>
        <source>Uitstellen naar volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="80"/>
        <source>Het punt nu naar de volgende vergadering verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="81"/>
        <source>Uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="83"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="84"/>
        <source>Iedereen mag bellen als het proces misgaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="86"/>
        <source>Beamer tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="87"/>
        <source>Het beamerbeeld tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="89"/>
        <source>Vergadering afsluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="90"/>
        <source>De vergadering afsluiten; wat niet aan bod kwam gaat naar de volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="91"/>
        <source>Vergadering afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="94"/>
        <source>Nog 1 minuut om te besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="96"/>
        <source>De tijd van het blok is op: het punt krijgt 1 minuut om tot een besluit te komen (wordt vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="97"/>
        <source>Nog 1 minuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="99"/>
        <source>Apart overleg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="100"/>
        <source>De tijd voor acute punten is op: het punt gaat naar een apart overleg (wie, en wanneer terugkoppeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="101"/>
        <source>Apart overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="103"/>
        <source>Toch nemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="104"/>
        <source>De tijd van het blok is op: het punt toch nemen, met zichtbaar wat het kost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="105"/>
        <source>Toch nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="111"/>
        <source>Tekst van het punt verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="112"/>
        <source>Verder lezen in de tekst van het punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="114"/>
        <source>Tekst van het punt terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="115"/>
        <source>Terug naar het begin van de tekst van het punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_keys.py" line="174"/>
        <source>Hamerstuk: alleen een mededeling met een voorgesteld besluit; %1 is een %2. Leg het besluit vast met %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="45"/>
        <source>Nieuwe cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="46"/>
        <source>Cliënt bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="49"/>
        <source>bijvoorbeeld D-12345 of J.K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="60"/>
        <source>&amp;Cliëntreferentie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="61"/>
        <source>Gebruik een dossiernummer of initialen, nooit een volledige naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="62"/>
        <source>&amp;Behandelaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="63"/>
        <source>&amp;In zorg sinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="64"/>
        <source>&amp;Laatste evaluatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="66"/>
        <source>&amp;Volgende evaluatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="67"/>
        <source>Leeg laten mag: dan geldt de laatste evaluatie plus de evaluatietermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="73"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="74"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="114"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/client_dialog.py" line="123"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientHistoryDialog</name>
    <message>
        <location filename="../../ui/evaluations/history.py" line="106"/>
        <source>Besluiten over cliënt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="107"/>
        <source>Cliënt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="112"/>
        <source>Behandelaar: %1 · laatste evaluatie: %2 · uiterlijk %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="124"/>
        <source>Openstaande acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="131"/>
        <source>Geen openstaande acties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="139"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="139"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="139"/>
        <source>Geformuleerd
door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="140"/>
        <source>Koers / verwezen naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="140"/>
        <source>Volgende
evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="141"/>
        <source>Reden datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="141"/>
        <source>Correctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="141"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="142"/>
        <source>Vorig besluit
uitgevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/history.py" line="179"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="52"/>
        <source>referentie of behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="54"/>
        <location filename="../../ui/agenda/client_picker.py" line="69"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="69"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="76"/>
        <source>Gevonden cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="153"/>
        <source>(geen behandelaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="157"/>
        <source>%1 is inactief: maak de cliënt eerst weer actief onder Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="161"/>
        <source>Geen cliënt gevonden met &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="162"/>
        <source>Nieuwe cliënt &apos;%1&apos; toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="297"/>
        <source>behandelaar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/client_picker.py" line="299"/>
        <source>geen behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/team/clients.py" line="45"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="45"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="45"/>
        <source>In zorg sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="46"/>
        <source>Laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="46"/>
        <source>Volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="79"/>
        <source>actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="79"/>
        <source>inactief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <location filename="../../ui/team/clients.py" line="150"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="152"/>
        <source>cliënt of behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="161"/>
        <source>Toon ook in&amp;actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="171"/>
        <source>Nog geen cliënten. Voeg er een toe met &apos;Nieuwe cliënt&apos; of importeer een cliëntenlijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="176"/>
        <source>&amp;Nieuwe cliënt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="180"/>
        <source>Be&amp;werken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="184"/>
        <location filename="../../ui/team/clients.py" line="262"/>
        <source>Inactief &amp;maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="186"/>
        <source>Een cliënt toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="188"/>
        <source>De gekozen cliënt bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="252"/>
        <source>Nog geen cliënten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="260"/>
        <source>Weer actief &amp;maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="267"/>
        <source>Geen cliënt gevonden voor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="270"/>
        <source>%1 van %2 getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="290"/>
        <source>Cliënt %1 is toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="299"/>
        <source>Cliënt %1 is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="306"/>
        <source>Cliënt %1 op inactief zetten? Een inactieve cliënt komt niet meer op de lijst met evaluaties. U kunt dit later terugdraaien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="309"/>
        <source>Cliënt inactief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="309"/>
        <source>Inactief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="311"/>
        <source>Cliënt %1 weer actief maken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="312"/>
        <source>Cliënt weer actief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="312"/>
        <source>Actief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="321"/>
        <source>Cliënt %1 is weer actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="323"/>
        <source>Cliënt %1 is nu inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/clients.py" line="325"/>
        <source>Cliënt %1 is nu inactief en staat niet meer in de lijst; vink &apos;Toon ook inactieve cliënten&apos; aan om de cliënt te zien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseMeetingDialog</name>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="146"/>
        <location filename="../../ui/meeting/close_dialog.py" line="148"/>
        <source>Vergadering afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="151"/>
        <source>Eén acuut punt is niet aan bod gekomen. Het gaat niet vanzelf mee: kies wat ermee gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="153"/>
        <source>%n acute punten zijn niet aan bod gekomen. Ze gaan niet vanzelf mee: kies per punt wat ermee gebeurt.</source>
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
        <location filename="../../ui/meeting/close_dialog.py" line="175"/>
        <source>%n lopend punt is niet aan bod gekomen en gaat naar de volgende vergadering (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="177"/>
        <source>%n lopende punten zijn niet aan bod gekomen en gaan naar de volgende vergadering (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="181"/>
        <source>Vergadering &amp;afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="185"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="187"/>
        <source>De vergadering loopt door (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="112"/>
        <source>Iemand anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="115"/>
        <source>Uw niet-opgeslagen versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="117"/>
        <source>Het formulier toont nu de versie van %1. Hieronder staat nog wat u had getypt: kopieer wat u wilt houden. Dit venster blijft open tot u het sluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="121"/>
        <source>Agendapunt intussen gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="123"/>
        <source>%1 heeft dit agendapunt ingetrokken terwijl u het bewerkte. Er is niets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="126"/>
        <source>%1 heeft dit agendapunt gewijzigd terwijl u het bewerkte. Er is niets ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="129"/>
        <source>%1 heeft dit agendapunt gewijzigd terwijl u het bewerkte. Er is niets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="136"/>
        <source>Velden die verschillen zijn gemarkeerd met %1 en vet gezet: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="140"/>
        <source>De inhoud is gelijk; alleen de versie is nieuwer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="149"/>
        <source>Uw tekst &amp;kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="150"/>
        <source>Zet uw vraag en stand van het proces op het klembord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="157"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="163"/>
        <source>Toch &amp;intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="164"/>
        <source>&amp;Mijn versie toch opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="168"/>
        <source>&amp;Hun versie overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="171"/>
        <source>&amp;Terug naar bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="192"/>
        <source>Versie van %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="194"/>
        <source>Uw versie (niet opgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="205"/>
        <source>verschilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/conflict_dialog.py" line="208"/>
        <location filename="../../ui/agenda/conflict_dialog.py" line="210"/>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="62"/>
        <source>%1 (inbrenger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="77"/>
        <source>over %n week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="77"/>
        <source>over %n weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="85"/>
        <source>&amp;Wie neemt het op zich?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="86"/>
        <source>Wie neemt het op zich?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="88"/>
        <source>Terug&amp;koppeling aan het team uiterlijk op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="89"/>
        <source>Terugkoppeling aan het team uiterlijk op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/consultation_fields.py" line="151"/>
        <source>%1 — daarna terug op de agenda van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentPanel</name>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="63"/>
        <source>Vraag aan het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="67"/>
        <source>Stand van het proces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="73"/>
        <source>Privacymodus: de beamer toont alleen de cliëntreferentie en de tijden; de vraag, de stand van het proces en de opvolging staan ook hier niet in beeld (dit scherm kan gespiegeld op de beamer staan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="82"/>
        <source>Gepauzeerd: de klok staat stil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="88"/>
        <source>Tijd om — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="222"/>
        <source>gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="231"/>
        <source>van %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="233"/>
        <source>(%1 min verlengd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="244"/>
        <source>Inbrenger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="248"/>
        <source>(geen vraag: een mededeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="250"/>
        <source>(geen vraag opgegeven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="252"/>
        <source>(geen stand van het proces opgegeven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="257"/>
        <source>Daarna: geen punten meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="258"/>
        <source>Daarna: %1 (%2, %3 min, inbrenger %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="263"/>
        <source>%n punt komt waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="264"/>
        <source>%n punten komen waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="270"/>
        <source>Alle punten zijn behandeld. Sluit de vergadering af met %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="273"/>
        <source>Volgende punt — eerst hervatten (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="275"/>
        <source>Volgende punt — %1: starten, %2: hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_current.py" line="277"/>
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
        <location filename="../../ui/kit/decision_form.py" line="73"/>
        <source>Besluit over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="162"/>
        <source>Kies het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="163"/>
        <source>Doorgaan mag alleen met een afgesproken volgende evaluatie en een koers tot dan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="165"/>
        <source>De behandeling stopt; de cliënt wordt inactief en is niet meer aan de beurt voor evaluatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="167"/>
        <source>Waarheen, en wanneer het team erop terugkijkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="172"/>
        <source>Eerst: was het vorige besluit uitgevoerd? 7 volledig, 8 deels, 9 niet. Dan het besluit: 1 doorgaan, 2 afsluiten, 3 verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="202"/>
        <source>Geen vergaderdag: de cliënt komt aan de beurt in het MDO van %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="210"/>
        <source>bijvoorbeeld: evaluatie was al gepland op %1, wordt zo snel mogelijk ingehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="212"/>
        <source>bijvoorbeeld: na de zomer, als het nieuwe team er is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="223"/>
        <source>Deze datum ligt in het verleden. &amp;Reden (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="226"/>
        <source>Deze datum ligt na %1, verder dan de evaluatietermijn van %n maand. &amp;Reden (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="228"/>
        <source>Deze datum ligt na %1, verder dan de evaluatietermijn van %n maanden. &amp;Reden (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="316"/>
        <source>Kies het besluit: doorgaan, afsluiten of verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="370"/>
        <source>Besluit niet vastleggen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="371"/>
        <source>U hebt een besluit ingevuld dat nog niet is vastgelegd. Weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form.py" line="373"/>
        <source>&amp;Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionFormLayout</name>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="85"/>
        <source>Hamerstuk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="86"/>
        <source>Besluit corrigeren: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="87"/>
        <source>Besluit over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="89"/>
        <source>%1 · inbrenger: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="93"/>
        <source>Stand van het proces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="96"/>
        <source>Voorgesteld besluit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="101"/>
        <source>Het besluit van %1 blijft bewaard zoals het is; deze correctie vervangt het en wordt met de datum van die vergadering vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="118"/>
        <source>1  &amp;Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="119"/>
        <source>2  &amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="120"/>
        <source>3  Ver&amp;wijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="123"/>
        <source>De behandeling gaat door, met een koers tot de volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="125"/>
        <source>De behandeling stopt; de cliënt wordt inactief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="126"/>
        <source>De cliënt gaat naar een andere hulpverlener of instelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="180"/>
        <source>Volgende &amp;evaluatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="187"/>
        <source>&amp;Koers tot de volgende evaluatie (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="191"/>
        <source>bijvoorbeeld: huisarts, POH-GGZ, verslavingszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="196"/>
        <source>Verwe&amp;zen naar (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="201"/>
        <source>&amp;inbrenger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="202"/>
        <source>v&amp;oorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="205"/>
        <source>Geformuleerd door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="215"/>
        <location filename="../../ui/kit/decision_form_layout.py" line="224"/>
        <source>Besluit &amp;vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="221"/>
        <source>Hamerstuk &amp;bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="222"/>
        <source>Correctie &amp;vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="226"/>
        <source>Vastleggen (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="229"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="230"/>
        <source>Sluiten zonder vast te leggen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="290"/>
        <source>&amp;ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="291"/>
        <source>vo&amp;lgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="292"/>
        <source>&amp;nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="297"/>
        <source>Is dit besluit met de cliënt besproken? &apos;volgt&apos;: dat gebeurt nog. Niets gekozen: niet ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="305"/>
        <source>Besproken met cliënt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="321"/>
        <source>volgende MDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="323"/>
        <source>2 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="324"/>
        <location filename="../../ui/kit/decision_form_layout.py" line="364"/>
        <source>6 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="365"/>
        <source>3 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="366"/>
        <source>%n maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/decision_form_layout.py" line="366"/>
        <source>%n maanden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../ui/decisions/page.py" line="55"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="57"/>
        <source>De besluitenlijst en het verloop per vergadering, en de trends over de afgelopen maanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="62"/>
        <source>Er is nog geen vergadering gehouden. Zodra een vergadering is gestart, staan de besluitenlijst en het verloop hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="71"/>
        <source>&amp;Vergaderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="83"/>
        <source>&amp;Besluitenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="84"/>
        <source>Ver&amp;loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="85"/>
        <source>&amp;Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="121"/>
        <source>00-00-0000  ·  99 besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="151"/>
        <source>geen besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="152"/>
        <source>%n besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="152"/>
        <source>%n besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="155"/>
        <source>(loopt nog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="42"/>
        <source>Op de &amp;agenda zetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="45"/>
        <source>&amp;Geschiedenis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="51"/>
        <source>&amp;CSV voor Excel (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="53"/>
        <source>&amp;Agendabestand (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="56"/>
        <source>De evaluatiedatums van de getoonde cliënten als agenda-afspraken, voor Outlook of een andere agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="58"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="61"/>
        <source>De gekozen cliënten als lopend punt op de agenda van de volgende vergadering zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="64"/>
        <source>Alle besluiten over de gekozen cliënt (ook Enter of dubbelklikken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="66"/>
        <source>Het overzicht zoals getoond (filters, zoeken en sortering) opslaan als CSV-bestand voor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="88"/>
        <source>Alleen-lezen: in dit bestand kan niets op de agenda worden gezet. Bekijken, de geschiedenis en exporteren kunnen wel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="127"/>
        <source>Niets op de agenda gezet: kies een inbrenger voor %1 of laat die cliënt weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="160"/>
        <location filename="../../ui/evaluations/commands.py" line="179"/>
        <source>Het bestand &apos;%1&apos; kon niet worden opgeslagen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="164"/>
        <source>%n evaluatiedatum opgeslagen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="165"/>
        <source>%n evaluatiedatums opgeslagen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="166"/>
        <source>Importeer het bestand in Outlook of een andere agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="183"/>
        <source>%n cliënt geëxporteerd naar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="184"/>
        <source>%n cliënten geëxporteerd naar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/commands.py" line="185"/>
        <source>Het bestand bevat cliëntgegevens: bewaar het alleen op een beveiligde plek.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationFilters</name>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="35"/>
        <location filename="../../ui/evaluations/filters.py" line="81"/>
        <source>Alle behandelaars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="39"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="44"/>
        <source>cliëntreferentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="57"/>
        <source>&amp;Behandelaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="58"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="59"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="85"/>
        <source>(geen behandelaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="101"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="130"/>
        <source>%n cliënt, %1 getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="131"/>
        <source>%n cliënten, %1 getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="134"/>
        <source>, %1 gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="138"/>
        <source>Er zijn geen actieve cliënten. Voeg ze toe onder Team › Cliënten of importeer een cliëntenlijst (Bestand › Cliënten importeren).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="143"/>
        <source>Geen cliënt gevonden voor &apos;%1&apos; met deze filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/filters.py" line="144"/>
        <source>Geen cliënten met deze filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <location filename="../../ui/evaluations/model.py" line="193"/>
        <source>Bij op de agenda zetten vraagt de app wie deze cliënt inbrengt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/model.py" line="196"/>
        <source>Staat op de agenda van de vergadering van %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <location filename="../../ui/evaluations/page.py" line="73"/>
        <source>Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="98"/>
        <source>E&amp;xporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="100"/>
        <source>Het overzicht zoals getoond als CSV voor Excel, of de evaluatiedatums als agendabestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="118"/>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="125"/>
        <source>&amp;Capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/page.py" line="217"/>
        <source>Stand van %1 · termijn %2 maanden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowThroughBox</name>
    <message>
        <location filename="../../ui/decisions/follow_through_box.py" line="32"/>
        <source>Opvolging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/follow_through_box.py" line="39"/>
        <source>Redenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/follow_through_box.py" line="72"/>
        <source>%1; doel: minstens %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/follow_through_box.py" line="74"/>
        <source>Geen eerdere besluiten opgevolgd in deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/follow_through_box.py" line="81"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/follow_through_box.py" line="83"/>
        <source>%1; doel: hoogstens %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/follow_through_box.py" line="87"/>
        <source>Aan het eind van de dag: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="78"/>
        <source>Vorig besluit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="86"/>
        <source>7  Volledig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="87"/>
        <source>8  Deels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="88"/>
        <source>9  Niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="93"/>
        <source>Uitgevoerd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="105"/>
        <source>Het vorige besluit is %1 uitgevoerd (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="120"/>
        <source>kies een reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="132"/>
        <source>welke reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="135"/>
        <source>Waaro&amp;m?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/follow_up_box.py" line="145"/>
        <source>&amp;Toelichting (verplicht bij anders):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineBar</name>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="84"/>
        <source>Capaciteit bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="108"/>
        <source>%1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="109"/>
        <source>Niemand te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="113"/>
        <source>%n cliënt binnen vier weken aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="114"/>
        <source>%n cliënten binnen vier weken aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="118"/>
        <source>Capaciteit wordt berekend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="130"/>
        <source>✓ Achterstand weg over %n week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="131"/>
        <source>✓ Achterstand weg over %n weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="126"/>
        <source>✗ In dit tempo niet bij te houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluations/headline.py" line="128"/>
        <source>✓ Het team kan het bijhouden</source>
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
        <location filename="../../ui/agenda/history.py" line="108"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="108"/>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="109"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/history.py" line="124"/>
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
        <location filename="../../ui/agenda/header.py" line="94"/>
        <source>— kies uw naam —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="126"/>
        <source>&amp;Alleen regels met fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>Voorbeeld van de import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="159"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="217"/>
        <source>Caseload importeren uit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
        <source>Gelezen als %1, kolommen gescheiden door %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="225"/>
        <source>Staan letters als é of ë er vreemd in? Sla het bestand in Excel op als &apos;CSV UTF-8&apos; en importeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="230"/>
        <source>Nieuw: %1    Bijwerken: %2    Met fouten: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="241"/>
        <source>en nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="243"/>
        <source>Nieuwe teamleden: %1. Deze behandelaars staan nog niet in het team en worden als teamlid toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="248"/>
        <source>Er wordt niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="251"/>
        <source>Een caseloadbestand begint met een kopregel zoals:
%1
De datumkolommen mogen ontbreken of leeg zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>Niets te importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="268"/>
        <source>Importeer %n cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="269"/>
        <source>Importeer %n cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="284"/>
        <source>Hieronder: de eerste regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source>Hieronder: de eerste %n regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source> van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>, en de eerste %1 van de %2 regels met fouten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="291"/>
        <source>, en alle regels met fouten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="297"/>
        <source>Importeer %n goede regel (%1 overslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="298"/>
        <source>Importeer %n goede regels (%1 overslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="334"/>
        <source>Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="356"/>
        <source>Deze regels passen niet bij wat al is opgeslagen voor de cliënt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="358"/>
        <source>Er is nog niets geïmporteerd. De regels zijn gemarkeerd en worden overgeslagen als u opnieuw op Importeer klikt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="70"/>
        <source>Agendapunt aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="71"/>
        <source>Agendapunt bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="131"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="158"/>
        <source>Open acties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="159"/>
        <source>Open acties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="166"/>
        <source>Agendapunt voor de vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="169"/>
        <source>Laatst gewijzigd door %1 op %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="172"/>
        <source>Laatst gewijzigd op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="181"/>
        <source>Nieuw agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="183"/>
        <source>Nieuw agendapunt voor de vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="247"/>
        <source>%1 van %2, blok %3 (%4 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="250"/>
        <source>%1 staat al op de agenda van %2:
%3

Toch een agendapunt voor %1 erbij? Met Annuleren gaat u terug naar het formulier; wat u hebt ingevuld blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="254"/>
        <source>Cliënt staat al op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="255"/>
        <source>&amp;Toch toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="256"/>
        <source>&amp;Toch opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="268"/>
        <source>Agendapunt intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="269"/>
        <source>Het agendapunt over %1 gaat van de agenda van %2. Wie het wanneer heeft ingetrokken blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="272"/>
        <source>&amp;Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="317"/>
        <source>Niet opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="318"/>
        <source>U hebt iets ingevuld of gewijzigd dat nog niet is opgeslagen. Weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_dialog.py" line="320"/>
        <source>&amp;Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFeedback</name>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="46"/>
        <source>Vraag aan het &amp;team
(verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="47"/>
        <source>Vraag aan het &amp;team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="49"/>
        <source>volgt de standaard zodra u de soort kiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="52"/>
        <source>teamstandaard voor een %1: %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="129"/>
        <source>Cliënt &apos;%1&apos; is niet gekozen uit de lijst: kies een cliënt met de pijltjes en Enter, of voeg &apos;%1&apos; toe als nieuwe cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="133"/>
        <source>Kies een cliënt: typ een deel van de referentie of van de naam van de behandelaar en kies uit de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="136"/>
        <source>Kies wie het punt inbrengt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="138"/>
        <source>Kies de soort: mededeling, vraag of kwestie. Zo weet het team wat er van hen verwacht wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="141"/>
        <source>Kies het blok: acuut of lopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_feedback.py" line="143"/>
        <source>Bij een %1 hoort een vraag aan het team: schrijf op wat het team moet beantwoorden of bespreken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="61"/>
        <source>kies wie het punt inbrengt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="70"/>
        <source>&amp;Mededeling: het team hoeft alleen in te stemmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="72"/>
        <source>&amp;Vraag: één concrete vraag die beantwoord moet worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="74"/>
        <source>&amp;Kwestie: het team moet er echt over praten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="81"/>
        <source>&amp;Acuut: deze cliënt heeft nu aandacht nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="83"/>
        <source>&amp;Lopend: evaluatie of afsluiting van een lopende behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="97"/>
        <source>Bijvoorbeeld: mevrouw wil eerst zelf haar werk weer oppakken; haar zus maakt zich zorgen over het slapen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="105"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="126"/>
        <source>&amp;Cliënt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="127"/>
        <source>&amp;Inbrenger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="129"/>
        <source>Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="130"/>
        <source>Blok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="132"/>
        <source>Vraag aan het &amp;team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="133"/>
        <source>Wat verwacht u van het team? Verplicht bij een vraag of kwestie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="136"/>
        <source>&amp;Stand van het
begeleidingsproces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="138"/>
        <source>Beschrijf waar de behandeling nu staat, niet wat er allemaal gebeurd is: zo blijft de bespreking bij de vraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="142"/>
        <source>&amp;Perspectief cliënt /
naasten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="144"/>
        <source>Optioneel. Wat vindt de cliënt, of wat vinden naasten? Alleen voor het team, nooit op de beamer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="148"/>
        <source>Geschatte mi&amp;nuten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="150"/>
        <source>Voorgesteld &amp;besluit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="152"/>
        <source>Optioneel. Een mededeling met een voorgesteld besluit kan in de vergadering als hamerstuk worden bevestigd, zonder bespreking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="157"/>
        <source>Vraag aan het team
(verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="159"/>
        <location filename="../../ui/agenda/item_fields.py" line="165"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="167"/>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="169"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="170"/>
        <source>Sluiten zonder op te slaan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="172"/>
        <source>Int&amp;rekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="173"/>
        <source>Dit agendapunt van de agenda halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/item_fields.py" line="217"/>
        <source>nog geen teamleden: voeg ze toe onder Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Welkom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Alleen-lezen: dit bestand kan niet worden gewijzigd. U kunt alles bekijken, maar niets opslaan. Vraag schrijfrechten of open een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>%1 — Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>%1 — %2 — Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Geopend: %1 (niet het standaardbestand). Een ander bestand kiest u met Bestand › Database openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Database niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Vergadering-database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&apos;%1&apos; bestaat al. Kies een andere naam, of gebruik &apos;Database openen&apos; om dit bestand te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>De demo vult alleen een lege database. Maak eerst een nieuwe database via Bestand › Nieuwe database.</source>
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
        <location filename="../../ui/meeting/chair.py" line="88"/>
        <source>Alleen-lezen: u kunt de vergadering volgen, maar niet leiden. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="97"/>
        <source>Toetsen voor het belletje…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="270"/>
        <source>Pauze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="117"/>
        <source>Start gekozen punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="171"/>
        <source>volgend punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="172"/>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="173"/>
        <source>hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="174"/>
        <source>verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="175"/>
        <source>pauze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="176"/>
        <source>overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="177"/>
        <source>uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="178"/>
        <source>belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="179"/>
        <source>beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="180"/>
        <source>afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="231"/>
        <source>Vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair.py" line="270"/>
        <source>Hervatten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberChoiceDialog</name>
    <message>
        <location filename="../../ui/kit/action_list.py" line="143"/>
        <source>Wie sluit de actie af?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="145"/>
        <source>Op deze computer is bij &apos;Ik ben&apos; (Agenda) niemand gekozen. Kies in wiens naam deze actie wordt afgesloten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="154"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/action_list.py" line="155"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/team/members.py" line="46"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="46"/>
        <source>Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="65"/>
        <source>actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="65"/>
        <source>inactief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/team/members.py" line="138"/>
        <source>&amp;Nieuw teamlid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="140"/>
        <source>Voor- en achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="144"/>
        <source>Toe&amp;voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="149"/>
        <source>Toon ook in&amp;actieve teamleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="152"/>
        <source>Nog geen teamleden. Typ hierboven een naam en druk op Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="161"/>
        <source>Teamlid toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="165"/>
        <source>Naam &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="167"/>
        <location filename="../../ui/team/members.py" line="251"/>
        <source>Inactief &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="169"/>
        <source>Verwij&amp;deren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="172"/>
        <source>De naam van het gekozen teamlid wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="174"/>
        <source>Een per vergissing toegevoegd teamlid verwijderen; wie al ergens voorkomt kan alleen inactief worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="241"/>
        <source>Nog geen teamleden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="249"/>
        <source>Weer actief &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="270"/>
        <source>%1 is toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="283"/>
        <source>De naam is nu %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="297"/>
        <source>%1 is weer actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="299"/>
        <source>%1 is nu inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="301"/>
        <source>%1 is nu inactief en staat niet meer in de lijst; vink &apos;Toon ook inactieve teamleden&apos; aan om het teamlid te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="316"/>
        <source>Teamlid verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="317"/>
        <source>%1 verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="318"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="332"/>
        <source>%1 is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="337"/>
        <source>%1 komt voor bij cliënten, agendapunten of besluiten en kan daarom niet worden verwijderd; het teamlid is al inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="342"/>
        <source>Teamlid kan niet worden verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="343"/>
        <source>%1 nu op inactief zetten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="344"/>
        <source>Inactief maken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="98"/>
        <source>In deze vergadering zijn (nog) geen besluiten vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="116"/>
        <source>Tekst voor het dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="125"/>
        <source>&amp;Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="164"/>
        <source>Zonder besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="188"/>
        <source>&amp;Kopie voor dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="196"/>
        <source>Besluit co&amp;rrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="199"/>
        <source>Een vergissing herstellen: het besluit blijft bewaard, een nieuw besluit vervangt het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="204"/>
        <source>&amp;CSV voor Excel (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="206"/>
        <source>&amp;PDF (.pdf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="232"/>
        <source>Besluitenlijst van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="236"/>
        <source>De vergadering loopt nog: deze lijst is voorlopig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="193"/>
        <source>De tekst van het gekozen besluit (of apart overleg) op het klembord, om in het dossier van de cliënt te plakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="202"/>
        <source>&amp;Tekst (Markdown, .md)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="222"/>
        <source>Zonder besluit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="288"/>
        <source>%1: %2. Er is niets voor de cliënt besloten, dus er is geen tekst voor het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="292"/>
        <source>Kies een besluit of apart overleg om de tekst voor het dossier te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="325"/>
        <source>Tekst voor het dossier van %1 gekopieerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="344"/>
        <source>Dit besluit hoort niet bij een agendapunt en kan hier niet worden gecorrigeerd. Leg in de volgende vergadering een nieuw besluit vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="348"/>
        <source>Correctie voor %1 vastgelegd; het oude besluit blijft bewaard in de geschiedenis van de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="357"/>
        <source>Tekst (Markdown) (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="358"/>
        <source>CSV-bestand voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="359"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="372"/>
        <source>Het bestand &apos;%1&apos; kon niet worden opgeslagen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="377"/>
        <source>Besluitenlijst opgeslagen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/minutes_panel.py" line="378"/>
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
    <name>OverdueActionsDialog</name>
    <message>
        <location filename="../../ui/agenda/overdue_actions.py" line="38"/>
        <source>Acties die te laat zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/overdue_actions.py" line="40"/>
        <source>Deze acties zijn nog open en hun datum is voorbij. Is er een gedaan of niet meer nodig, sluit haar dan af; wie en wanneer wordt bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/overdue_actions.py" line="44"/>
        <source>Er zijn geen acties meer te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/overdue_actions.py" line="46"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message>
        <location filename="../../ui/agenda/overdue_actions.py" line="73"/>
        <source>Open acties waarvan de datum voorbij is. Klik om ze te zien en af te sluiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/overdue_actions.py" line="94"/>
        <source>%n actie te laat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/overdue_actions.py" line="94"/>
        <source>%n acties te laat…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterDialog</name>
    <message>
        <location filename="../../ui/kit/presenter_dialog.py" line="28"/>
        <source>Wie brengt de cliënt in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/presenter_dialog.py" line="30"/>
        <source>Cliënt %1 heeft geen behandelaar. Wie brengt de evaluatie in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/presenter_dialog.py" line="33"/>
        <source>De behandelaar van cliënt %1, %2, is niet meer actief. Wie brengt de evaluatie in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/presenter_dialog.py" line="42"/>
        <source>&amp;Inbrenger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/presenter_dialog.py" line="46"/>
        <source>&amp;Opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/presenter_dialog.py" line="47"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/import_preview.py" line="89"/>
        <source>Regel</source>
        <extracomment>&quot;fout&quot; for rows with problems, &quot;goed&quot; otherwise; the error filter matches on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="90"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="91"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="94"/>
        <source>In zorg
sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="95"/>
        <source>Laatste
evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="96"/>
        <source>Volgende
evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="126"/>
        <source>overslaan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="128"/>
        <source>bijwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="129"/>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="153"/>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="156"/>
        <source>%1 (opgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="162"/>
        <source>(ongewijzigd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorLayout</name>
    <message>
        <location filename="../../ui/meeting/projector_layout.py" line="108"/>
        <source>Vergadering — beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector_layout.py" line="221"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorSwitch</name>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="57"/>
        <source>Beamer verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="63"/>
        <location filename="../../ui/meeting/chair_projector.py" line="70"/>
        <source>Beamer tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="114"/>
        <source>Het beamerbeeld is in deze versie nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="120"/>
        <source>Terug naar het voorzittersscherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_projector.py" line="137"/>
        <source>Automatisch: het andere scherm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/meeting/projector.py" line="125"/>
        <source>De vergadering is afgelopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="126"/>
        <source>Volgende vergadering: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="130"/>
        <source>De vergadering begint om %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="132"/>
        <source>%n punt op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="132"/>
        <source>%n punten op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="168"/>
        <source>Alle punten zijn besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="170"/>
        <source>Punt %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="172"/>
        <source>Volgende: punt %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="180"/>
        <source>blok %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="184"/>
        <source>Inbrenger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="203"/>
        <source>gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="218"/>
        <source>PAUZE — de tijd staat stil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="223"/>
        <source>De tijd voor dit blok is op — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="225"/>
        <source>Tijd voor acute punten is op — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="227"/>
        <source>Tijd voor lopende behandelingen is op — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="230"/>
        <source>Tijd om — wat is het besluit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="244"/>
        <source>Straks: nog %n punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="244"/>
        <source>Straks: nog %n punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="247"/>
        <source>%n komt waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="248"/>
        <source>%n komen waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="252"/>
        <source>komt waarschijnlijk niet aan bod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="276"/>
        <source>TIJD OM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/projector.py" line="281"/>
        <source>BELLETJE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="58"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="58"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="58"/>
        <source>Laatste evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="59"/>
        <source>Aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="59"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="89"/>
        <source>geen behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="91"/>
        <source>%1 (inactief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="94"/>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposal_model.py" line="108"/>
        <source>Bij opnemen vraagt de app wie deze cliënt inbrengt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="53"/>
        <source>Voorstel: cliënten die aan de beurt zijn voor evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="58"/>
        <source>Cliënten die vóór de volgende vergadering aan de beurt zijn; wie het langst wacht staat bovenaan, en er staan er zoveel als passen in de tijd die over is. De behandelaar brengt in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="63"/>
        <source>&amp;vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="64"/>
        <source>&amp;kwestie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="65"/>
        <source>&amp;mededeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="69"/>
        <source>Opnemen als:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="77"/>
        <source>Elke evaluatie is een vraag aan het team: doorgaan, afsluiten of verwijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="79"/>
        <source>Evaluatie: doorgaan, afsluiten of verwijzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="82"/>
        <source>Vraa&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="114"/>
        <source>&amp;Neem op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="118"/>
        <source>De gekozen cliënten op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="119"/>
        <location filename="../../ui/agenda/proposals.py" line="200"/>
        <source>&amp;Alles opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="120"/>
        <source>Alle voorgestelde cliënten op de agenda zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="174"/>
        <source>Nog %n cliënt is aan de beurt maar past niet in het budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="175"/>
        <source>Nog %n cliënten zijn aan de beurt maar passen niet in het budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="179"/>
        <source>Het voorstel wordt berekend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="183"/>
        <source>De tijd voor lopende behandelingen is vol: er past geen evaluatie van %1 minuten meer bij. Schuif een punt door of kies een kortere soort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="188"/>
        <source>Er is op dit moment geen cliënt aan de beurt voor evaluatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="197"/>
        <source>&amp;Alles opnemen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="221"/>
        <source>Niets opgenomen: kies een inbrenger voor %1 of laat die cliënt weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="232"/>
        <source>%1 staat op de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/proposals.py" line="234"/>
        <source>%1 cliënten staan op de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="48"/>
        <source>Korte procescheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="53"/>
        <source>Anoniem en vrijwillig: wie wil, vult dit na de vergadering in op deze laptop. Er wordt niet bewaard wie wat antwoordde; alleen gemiddelden worden getoond, vanaf drie invullers, en nooit op de beamer. Een vraag overslaan mag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="76"/>
        <source>Waarde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="79"/>
        <source>sla over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="97"/>
        <source>&amp;Opslaan, volgende invuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="100"/>
        <source>&amp;Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="101"/>
        <source>Slaat de ingevulde antwoorden op en sluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="134"/>
        <source>Opgeslagen, dank u. Geef de laptop door, of kies Klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="157"/>
        <source>%n invuller tot nu toe; gemiddelden verschijnen vanaf drie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="158"/>
        <source>%n invullers tot nu toe; gemiddelden verschijnen vanaf drie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/rating_dialog.py" line="160"/>
        <source>Gemiddeld %1 van 10 (%2 invullers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../ui/team/members.py" line="85"/>
        <source>Naam wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="86"/>
        <source>&amp;Nieuwe naam voor %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="94"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/members.py" line="95"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="125"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="128"/>
        <location filename="../../ui/decisions/review_panel.py" line="151"/>
        <source>Belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="129"/>
        <source>Toe en besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="137"/>
        <location filename="../../ui/decisions/review_panel.py" line="150"/>
        <source>Blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="137"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="137"/>
        <source>Gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="138"/>
        <location filename="../../ui/decisions/review_panel.py" line="151"/>
        <source>Besteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="138"/>
        <source>Besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="150"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="150"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="150"/>
        <source>Gepland
(min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="151"/>
        <source>Verlengd
(min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="152"/>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="179"/>
        <source>Per agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="215"/>
        <source>Verloop van de vergadering van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="217"/>
        <source>De vergadering loopt nog: de cijfers zijn voorlopig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="236"/>
        <source>loopt nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="237"/>
        <source>%1 later dan gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="239"/>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="247"/>
        <location filename="../../ui/decisions/review_panel.py" line="276"/>
        <source>%1 van %n punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="247"/>
        <location filename="../../ui/decisions/review_panel.py" line="277"/>
        <source>%1 van %n punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="255"/>
        <source>cliënten die aan de beurt waren; %n besluit over een lopende behandeling in totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="257"/>
        <source>cliënten die aan de beurt waren; %n besluiten over lopende behandelingen in totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="286"/>
        <source>Uitgelopen: %n punt, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="287"/>
        <source>Uitgelopen: %n punten, samen %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="319"/>
        <source>Procescheck: %n invuller; gemiddelden verschijnen vanaf drie, zodat niemands antwoord te herkennen is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="321"/>
        <source>Procescheck: %n invullers; gemiddelden verschijnen vanaf drie, zodat niemands antwoord te herkennen is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="250"/>
        <source>niet gebeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="243"/>
        <source>geen punten op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="275"/>
        <source>(over budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="285"/>
        <source>Geen punt liep uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="289"/>
        <source>Verlengd: %1×, samen %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="295"/>
        <source>Keuzes van de voorzitter per punt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="297"/>
        <source>Acute punten ten koste van de lopende behandelingen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="300"/>
        <source>Naar de volgende vergadering: %1 (niet bereikt of overgeslagen %2, uitgesteld %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="303"/>
        <source>Niets naar de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="307"/>
        <source>Zonder besluit: apart overleg %1, ingetrokken bij het afsluiten %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="310"/>
        <source>Belletje zonder reden: %1×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="316"/>
        <source>Procescheck: niet ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="323"/>
        <source>Procescheck (anoniem, %1 invullers), gemiddeld op 0–10:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="338"/>
        <source>hamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="349"/>
        <source>%1 over de geplande tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/review_panel.py" line="354"/>
        <source>zonder reden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/team/settings_form.py" line="79"/>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="79"/>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="79"/>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="80"/>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="80"/>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="80"/>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="81"/>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="90"/>
        <source>Eerst lo&amp;pende behandelingen (aanbevolen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="91"/>
        <source>Eerst ac&amp;ute punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="98"/>
        <source>Privac&amp;ymodus op de beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="99"/>
        <source>Terugblik aan het begin van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="101"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="102"/>
        <source>Team&amp;naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="103"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="104"/>
        <source>Ver&amp;gaderdag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="105"/>
        <source>Beginti&amp;jd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="106"/>
        <source>&amp;Duur (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="108"/>
        <source>Tijd per blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="109"/>
        <source>&amp;Acute punten (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="110"/>
        <source>&amp;Lopende behandelingen (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="113"/>
        <source>Welk blok eerst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="123"/>
        <source>Standaardduur van een agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="124"/>
        <source>&amp;Mededeling (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="125"/>
        <source>&amp;Vraag (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="126"/>
        <source>&amp;Kwestie (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="129"/>
        <source>Evaluatie en beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="130"/>
        <source>Evaluat&amp;ietermijn (maanden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="132"/>
        <source>Elke lopende behandeling komt minstens zo vaak ter evaluatie; de standaard is zes maanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="147"/>
        <source>Voor de agenda kort de besluiten van de vorige vergadering en de doorgeschoven punten tonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="167"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="173"/>
        <source>De instellingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="174"/>
        <source>He&amp;rstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="175"/>
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
        <location filename="../../ui/team/settings_form.py" line="269"/>
        <source>: %n minuut te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="270"/>
        <source>: %n minuten te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="273"/>
        <source>; %n minuut blijft over voor opening en afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="274"/>
        <source>; %n minuten blijven over voor opening en afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="284"/>
        <source>Let op: acute punten eten de tijd van de rest op. Het acute blok stopt daarom hard na %n minuut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="286"/>
        <source>Let op: acute punten eten de tijd van de rest op. Het acute blok stopt daarom hard na %n minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="280"/>
        <source>Het onderzoek raadt af om met acute punten te beginnen: die eten de tijd van de rest op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="138"/>
        <source>De beamer toont dan alleen de cliëntreferentie en de tijden. Soort, blok, inbrenger en de volgende punten staan alleen op het scherm van de voorzitter; de vraag en de stand van het proces ook daar niet, want dat scherm kan gespiegeld op de beamer staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="332"/>
        <source>Niet opgeslagen: pas de rood gemelde velden aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="322"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="340"/>
        <source>De opgeslagen instellingen staan weer in het formulier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutStrip</name>
    <message>
        <location filename="../../ui/meeting/chair_actions.py" line="96"/>
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
        <location filename="../../ui/meeting/chair_terugblik.py" line="83"/>
        <source>Terugblik op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="141"/>
        <source>… en nog %1 (zie Besluiten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="89"/>
        <source>Geen besluiten vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="41"/>
        <source>Zonder besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="91"/>
        <source>Terugblik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="101"/>
        <source>Doorgeschoven naar deze vergadering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="103"/>
        <source>Niets doorgeschoven naar deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="105"/>
        <source>Terugkoppeling van apart overleg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="115"/>
        <source>Alle acties zijn afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="132"/>
        <source>Openstaande acties (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="134"/>
        <source>%1 — %2 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="136"/>
        <source>%1 (niet getoond in de privacymodus; de lijst staat onder Agenda en bij de cliënt onder Evaluaties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="145"/>
        <source>uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="147"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="153"/>
        <source>• %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="154"/>
        <source>• %1 — %2 — volgende evaluatie %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="161"/>
        <source>• %1 — apart overleg: %2 koppelt uiterlijk %3 terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/chair_terugblik.py" line="164"/>
        <source>• %1 — ingetrokken bij het afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalBox</name>
    <message>
        <location filename="../../ui/agenda/header.py" line="47"/>
        <source>Nog geen agendapunten: 0 van %1 min gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/header.py" line="50"/>
        <source>Totaal %1 van %2 min — %3 min uitloop, verwacht einde %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/header.py" line="53"/>
        <source>Totaal %1 van %2 min gepland — einde %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="195"/>
        <source>afgelopen %1 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="198"/>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="205"/>
        <source>In deze periode is nog geen vergadering afgesloten. Trends verschijnen zodra er vergaderingen zijn gehouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="208"/>
        <source>Minuten voor acuut en lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="209"/>
        <source>Uitgelopen punten en belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="210"/>
        <source>Procescheck (gemiddelde, 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="261"/>
        <source>% van de actieve cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="207"/>
        <source>Cliënten binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="264"/>
        <source>Op %1: %2; op %3: %4%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="271"/>
        <source>acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="272"/>
        <source>lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="277"/>
        <source>Gemiddeld %1 min acuut en %2 min lopend per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="280"/>
        <source>minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="285"/>
        <source>uitgelopen punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="286"/>
        <source>belletje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="288"/>
        <source>Gemiddeld %1 uitgelopen punten en %2× het belletje per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="295"/>
        <source>gemiddelde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="296"/>
        <source>Laatste gemiddelde %1; vanaf drie invullers per vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="298"/>
        <source>Nog geen vergadering met drie of meer invullers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="306"/>
        <source>Over de periode: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="309"/>
        <source>% uitgevoerd (volledig of deels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="311"/>
        <source>doel: minstens %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="320"/>
        <source>% met besluit afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="329"/>
        <source>% uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="330"/>
        <source>doel: hoogstens %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="340"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="341"/>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="343"/>
        <source>Op %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decisions/trends_panel.py" line="344"/>
        <source>acties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreachedRow</name>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="72"/>
        <source>%1 — %2, %3 min · inbrenger %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/close_dialog.py" line="123"/>
        <source>Kies wat er met %1 gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="26"/>
        <source>Welkom bij Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>Deze database is nog leeg. Kies hoe u wilt beginnen. U kunt later altijd cliënten importeren of teamleden toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="31"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <source>Proberen met een demoteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="41"/>
        <source>Een fictief team met 12 teamleden en 150 cliënten, van wie een deel te laat geëvalueerd is. Alle namen zijn verzonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="43"/>
        <source>&amp;Demoteam laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="45"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="46"/>
        <source>Een CSV-bestand uit het dossiersysteem of uit Excel, met de kolommen client en behandelaar (en eventueel in_zorg_sinds, laatste_evaluatie, volgende_evaluatie). U ziet eerst een voorbeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="49"/>
        <source>CSV &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>Zelf invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="52"/>
        <source>Voeg de teamleden en cliënten met de hand toe en stel de vergadertijden en tijdsbudgetten van het team in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="54"/>
        <source>Team &amp;invullen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
