"""The "Besluiten" area: the besluitenlijst per meeting, a decision's text for the
client's dossier, and the list saved as Markdown, CSV for Excel or PDF."""
