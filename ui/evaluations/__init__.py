"""The "Evaluaties" area: which clients are due for evaluation, can the team keep up,
what was decided per client, and an export of the overview."""
