"""The Agenda area: inbrengers queue items, the chair plans the next meeting."""
