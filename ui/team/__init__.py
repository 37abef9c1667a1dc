"""The team area: members, clients (caseload) and team settings."""

from __future__ import annotations

from .page import TeamPage

__all__ = ["TeamPage"]
