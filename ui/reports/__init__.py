"""Exports of the meeting's results. This package and :mod:`ui.reports.minutes_text`
load no Qt, so the command line writes Markdown and CSV without loading PySide6; only
:mod:`ui.reports.minutes_pdf` needs QtGui (import it only to write a PDF)."""
