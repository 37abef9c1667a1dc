"""The "Besluiten" area: the besluitenlijst per meeting (the decisions, and the items that
ended without one: apart overleg, uitgesteld, doorgeschoven, ingetrokken), a decision's
or separate consultation's text for the client's dossier, and the list saved as
Markdown, CSV for Excel or PDF."""
