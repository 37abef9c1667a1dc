"""Questions asked before an act that cannot be taken back (rules 7 and 8): holding a
meeting on another day than planned, and ending a client's treatment. Tests replace
these functions (``monkeypatch.setattr(chair_questions, "start_today", ...)``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import fill, tr
from . import words

# A question to read in one go: wider than a message box's default.
WIDE = "QLabel#qt_msgbox_label { min-width: 34em; }"


def day_text(day: dt.date, today: dt.date) -> str:
    """``dinsdag 8 december`` (with the year only when it is not this year)."""
    text = words.long_date(day)
    return text.rsplit(" ", 1)[0] if day.year == today.year else text


def start_today_text(planned: dt.date, today: dt.date, following: dt.date) -> str:
    return (fill(tr("Deze vergadering staat gepland op %1. Vandaag is het %2."),
                 day_text(planned, today), day_text(today, today)) + "\n\n" +
            fill(tr("Als u nu begint, krijgt de vergadering en alles wat erin wordt "
                    "besloten de datum van vandaag. De volgende vergadering is dan %1."),
                 day_text(following, today)))


def start_today(parent: QWidget | None, planned: dt.date, today: dt.date,
                following: dt.date) -> bool:
    """Whether to hold the meeting planned for ``planned`` today."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Vandaag vergaderen?"),
                      start_today_text(planned, today, following),
                      QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(tr("&Vandaag vergaderen"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept)  # F5 meant: we meet now; the text says what that means
    box.setStyleSheet(WIDE)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def close_treatment_text(reference: str) -> str:
    return fill(tr("De behandeling van %1 afsluiten? %1 wordt inactief en is niet meer aan "
                   "de beurt voor evaluatie."), reference)


def close_treatment(parent: QWidget | None, reference: str) -> bool:
    """Whether to end the treatment of client ``reference`` (afsluiten). Enter and Esc
    answer no: a treatment never ends by a stray key."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Behandeling afsluiten"),
                      close_treatment_text(reference), QMessageBox.StandardButton.NoButton,
                      parent)
    accept = box.addButton(fill(tr("&Ja, %1 afsluiten"), reference),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setStyleSheet(WIDE)
    box.exec()
    return box.clickedButton() is accept
