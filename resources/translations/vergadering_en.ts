<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>Database niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Opnieuw &amp;proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Ander bestand &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>&amp;Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="109"/>
        <source>Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Vergadering-database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="22"/>
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
        <location filename="../../ui/import_dialog.py" line="362"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="363"/>
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
        <location filename="../../ui/messages.py" line="33"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <location filename="../../ui/messages.py" line="36"/>
        <source>In zorg sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <location filename="../../ui/messages.py" line="71"/>
        <source>%1 is verplicht: vul dit in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>%1 is te lang (%2 tekens); houd het op hoogstens %3 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>%1 moet op één regel passen: haal de regelovergang weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>%1 bevat onzichtbare tekens: typ de tekst opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>%1: &apos;%2&apos; is geen geldige datum. Schrijf bijvoorbeeld 31-05-2026 of 2026-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>%1: &apos;%2&apos; heeft een jaartal van twee cijfers. Schrijf het jaar voluit, bijvoorbeeld 31-05-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>%1 ligt in de toekomst: een evaluatie die nog moet komen hoort bij &apos;Volgende evaluatie&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>%1 ligt vóór de start van de zorg: controleer beide datums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>%1: schrijf een tijd als 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>%1 moet een heel getal zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>%1 moet tussen %2 en %3 liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>De blokken samen (%1 min) passen niet in de vergadering van %2 min: maak ze samen %3 min korter of de vergadering langer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>%1: kies een van de mogelijkheden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>%1 &apos;%2&apos; bestaat al: kies een andere of pas de bestaande aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>Cliënt &apos;%1&apos; staat ook op regel %2: laat elke cliënt maar één keer voorkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>%1 bestaat niet (meer): kies opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>De kolom &apos;%1&apos; ontbreekt in de kopregel. Gevonden kolommen: %2. Nodig zijn &apos;client&apos; (of &apos;cliënt&apos;) en &apos;behandelaar&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>De kolom &apos;%1&apos; staat twee keer in de kopregel: houd er één over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>Het bestand bevat geen cliënten: kies het juiste bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>Het bestand is geen leesbare CSV (%1). Sla het in Excel op als &apos;CSV (gescheiden door lijstscheidingsteken)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>Het bestand is groter dan %1 MB: is dit wel de cliëntenlijst?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>%1 is behandelaar van cliënten of komt voor in agendapunten of besluiten en kan daarom niet worden verwijderd. Zet het teamlid op inactief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>%1: &apos;%2&apos; is inactief. Kies een actieve, of maak &apos;%2&apos; eerst weer actief onder Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>De vergadering van %1 is al begonnen of afgerond: de agenda kan niet meer worden gewijzigd. Meld het punt aan voor de volgende vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>Dit agendapunt is ingetrokken of al besproken en kan niet meer worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>Deze cliënt staat al op de agenda van deze vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>Deze database bevat al gegevens; de demo vult alleen een lege database. Kies een nieuw bestand, bijvoorbeeld met --db demo.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>&apos;%1&apos; is geen databasebestand van Vergadering, of het is beschadigd. Kies een ander bestand of zet een reservekopie terug; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>&apos;%1&apos; is een database van een ander programma. Kies een ander bestand; dit bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>&apos;%1&apos; is gemaakt met een nieuwere versie van Vergadering. Werk de app bij om dit bestand te openen; het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>&apos;%1&apos; is bezet door een ander programma of een collega. Probeer het over een paar seconden opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>&apos;%1&apos; is alleen-lezen: u kunt kijken, maar niets opslaan. Vraag schrijfrechten voor het bestand en de map, of kies een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>De schijf van &apos;%1&apos; is vol of niet bereikbaar: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>&apos;%1&apos; kan niet worden geopend. Controleer of de map bestaat en bereikbaar is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="187"/>
        <source>regel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>&apos;%1&apos; bestaat niet (meer). Controleer de naam en de map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>&apos;%1&apos; is een map, geen bestand. Kies het CSV-bestand zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>U hebt geen leesrechten voor &apos;%1&apos;. Vraag leesrechten, of kopieer het bestand naar een eigen map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>&apos;%1&apos; kan niet worden gelezen. Controleer of het bestand bereikbaar is en niet in een ander programma openstaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/widgets.py" line="218"/>
        <source>Annuleren</source>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="100"/>
        <source>Caseload importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131"/>
        <source>&amp;Alleen regels met fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Voorbeeld van de import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="167"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
        <source>Caseload importeren uit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="228"/>
        <source>Gelezen als %1, kolommen gescheiden door %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="232"/>
        <source>Staan letters als é of ë er vreemd in? Sla het bestand in Excel op als &apos;CSV UTF-8&apos; en importeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="240"/>
        <source>Nieuw: %1    Bijwerken: %2    Met fouten: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="248"/>
        <source>en nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="251"/>
        <source>Nieuwe teamleden: %1. Deze behandelaars staan nog niet in het team en worden als teamlid toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256"/>
        <source>Er wordt niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="259"/>
        <source>Een caseloadbestand begint met een kopregel zoals:
%1
De datumkolommen mogen ontbreken of leeg zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="272"/>
        <source>Niets te importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="276"/>
        <source>Importeer 1 cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="278"/>
        <source>Importeer %1 cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="292"/>
        <source>Importeer 1 goede regel (%2 overslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="294"/>
        <source>Importeer %1 goede regels (%2 overslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="327"/>
        <source>Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="351"/>
        <source>Deze regels passen niet bij wat al is opgeslagen voor de cliënt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="353"/>
        <source>Er is nog niets geïmporteerd. De regels zijn gemarkeerd en worden overgeslagen als u opnieuw op Importeer klikt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <location filename="../../ui/main_window.py" line="55"/>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Welkom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Database &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Open een ander databasebestand, bijvoorbeeld dat van het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Maak een nieuw, leeg databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Cliënten &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Importeer de caseload uit een CSV-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Demoteam laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Vul een lege database met een fictief team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>B&amp;eeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Hier leidt de procesvoorzitter de vergadering: tijd per punt en per blok, het belletje en het besluit bij elk punt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Hier ziet het team welke cliënten te lang niet geëvalueerd zijn en zet ze op de agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Hier staan alle besluiten per vergadering en per cliënt terug te lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Alleen-lezen: dit bestand kan niet worden gewijzigd. U kunt alles bekijken, maar niets opslaan. Vraag schrijfrechten of open een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>%1 — Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Database niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Vergadering-database (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Vergadering-database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&apos;%1&apos; bestaat al. Kies een andere naam, of gebruik &apos;Database openen&apos; om dit bestand te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>De demo vult alleen een lege database. Maak eerst een nieuwe database via Bestand › Nieuwe database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Sneltoetsen</source>
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
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../ui/pages.py" line="32"/>
        <source>Dit onderdeel is nog niet gebouwd in deze versie van Vergadering. Er staan hier dus nog geen gegevens.</source>
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
        <location filename="../../ui/team/settings_form.py" line="99"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="100"/>
        <source>Team&amp;naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="101"/>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="102"/>
        <source>Ver&amp;gaderdag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="103"/>
        <source>Beginti&amp;jd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="104"/>
        <source>&amp;Duur (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="106"/>
        <source>Tijd per blok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="107"/>
        <source>&amp;Acute punten (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="108"/>
        <source>&amp;Lopende behandelingen (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="111"/>
        <source>Welk blok eerst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="121"/>
        <source>Standaardduur van een agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="122"/>
        <source>&amp;Mededeling (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="123"/>
        <source>&amp;Vraag (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="124"/>
        <source>&amp;Kwestie (minuten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="127"/>
        <source>Evaluatie en beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="128"/>
        <source>Evaluat&amp;ietermijn (maanden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="130"/>
        <source>Elke lopende behandeling komt minstens zo vaak ter evaluatie; de standaard is zes maanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="136"/>
        <source>De beamer toont dan alleen de cliëntreferentie; type, blok, inbrenger en vraag blijven op het scherm van de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="156"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="162"/>
        <source>De instellingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="163"/>
        <source>He&amp;rstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="164"/>
        <source>Terug naar de opgeslagen instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="254"/>
        <source>tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="256"/>
        <source>Blokken samen %1 van %2 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="259"/>
        <source>: %1 minuten te veel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="262"/>
        <source>; %1 minuten blijven over voor opening en afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="269"/>
        <source>Het onderzoek raadt af om met acute punten te beginnen: die eten de tijd van de rest op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="273"/>
        <source>Let op: acute punten eten de tijd van de rest op. Het acute blok stopt daarom hard na %1 minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="308"/>
        <source>Niet opgeslagen: pas de rood gemelde velden aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="318"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/settings_form.py" line="328"/>
        <source>De opgeslagen instellingen staan weer in het formulier.</source>
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
