"""Rule 10 in the consultation's fields: a report-back date is a deadline for the
separate consultation, not a meeting; under it the form says the meeting the item then
returns to — the first one after that date, as ``consultations.return_due`` puts it."""

from __future__ import annotations

import datetime as dt

from test_run import Agenda, agenda  # noqa: F401 (fixture)

from ui.meeting.consultation_fields import ConsultationFields
from vergadering.settings import Block

__all__ = ["agenda"]


def test_the_report_back_day_names_the_meeting_it_returns_to(qtbot, agenda: Agenda) -> None:  # type: ignore[no-untyped-def]
    item = agenda.queue(Block.ACUUT, 10)
    fields = ConsultationFields(agenda.store, item)
    qtbot.addWidget(fields)
    fields.show()
    # Over 2 weeks from Tuesday 24 November is a meeting day: the report back is the
    # meeting after it (tests/test_report_back.py: IJ-5, by 8 December, on the 15th).
    fields.set_report_by(dt.date(2026, 12, 8))
    assert fields.weekday.text() == ("dinsdag 8 december 2026 — daarna terug op de agenda "
                                     "van 15-12-2026")
    fields.set_report_by(dt.date(2026, 11, 30))
    assert fields.weekday.text() == ("maandag 30 november 2026 — daarna terug op de agenda "
                                     "van 01-12-2026")
