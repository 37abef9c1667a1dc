"""The team area: members, clients (caseload) and team settings (``ui.team.page``)."""
