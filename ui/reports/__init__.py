"""Exports of the meeting's results (issue 6): plain Python, usable without Qt, so the
command line can write them without loading the widgets."""
