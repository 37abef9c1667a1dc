"""Exports of the meeting's results. The text formats are plain Python, usable without
Qt, so the command line can write them without loading the widgets; the PDF needs
QtGui."""
