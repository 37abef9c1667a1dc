"""vergadering: the domain and storage of the weekly behandelplanbespreking.

Plain Python only. This package must never import PySide6 (a test checks it), so
that the rules can be tested, scripted and reused without a GUI.
"""

from __future__ import annotations

__version__ = "0.1.0"
