"""The capacity tab's words: the verdict, the outlook now and in 8 and 16 weeks, the pace
the forecast rests on, what would help, and how well it guessed 8 weeks ago. A mixin of
:class:`ui.evaluations.capacity.CapacityPanel`, which shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vergadering import forecast as fc
from vergadering.dates import format_nl
from vergadering.figures import WithinTerm
from vergadering.forecast import Capacity, Change, Forecast, MeetingForecast

from ..i18n import count, fill
from ..kit import figures as figure_words
from ..kit import words
from ..kit.words import long_date

if TYPE_CHECKING:
    from .capacity import CapacityPanel

    _Base = CapacityPanel
else:
    _Base = object

AHEAD = (8, 16)  # the expectations shown (weeks)




def within_after(meeting: MeetingForecast) -> WithinTerm:
    """Binnen de termijn right after a forecast meeting."""
    return WithinTerm(meeting.date, meeting.active, meeting.overdue_after, 0)


def overdue_from(plan: Forecast) -> MeetingForecast | None:
    """The meeting from which clients stay overdue to the end of the forecast."""
    start = None
    for meeting in reversed(plan.meetings):
        if not meeting.overdue_after:
            break
        start = meeting
    return start


class CapacityWords(_Base):
    """The sentences of the capacity tab."""

    def _clients(self, n: int) -> str:
        return count(n, self.tr("%n cliënt"), self.tr("%n cliënten"))

    def _weeks(self, n: int) -> str:
        return count(n, self.tr("%n week"), self.tr("%n weken"))

    def _cleared(self, plan: Forecast) -> str:
        """``de achterstand van nu 31 cliënten is naar verwachting weg na de vergadering
        van …, over 4 weken``."""
        assert plan.cleared_on is not None
        return fill(self.tr("de achterstand van nu %1 is naar verwachting weg na de "
                            "vergadering van %2, over %3"),
                    self._clients(plan.backlog), long_date(plan.cleared_on),
                    self._weeks(plan.weeks_to_clear() or 1))

    def verdict_text(self, plan: Forecast) -> str:
        later = plan.in_weeks(16)
        if plan.keeps_up:
            if plan.backlog:
                return fill(self.tr("Het team kan het bijhouden: %1."), self._cleared(plan))
            if plan.meetings and plan.cleared_on != plan.meetings[0].date:
                return fill(self.tr(
                    "Het team kan het bijhouden, maar er ontstaat tussendoor een "
                    "achterstand; na de vergadering van %1 is die naar verwachting weg."),
                    long_date(plan.cleared_on))
            return self.tr("Het team kan het bijhouden: volgens de voorspelling raakt "
                           "niemand achter.")
        expected = fill(self.tr("over 16 weken zijn naar verwachting %1 te laat."),
                        self._clients(later.overdue))
        if plan.backlog:
            return fill(self.tr("Het team kan het in dit tempo niet bijhouden: de "
                                "achterstand van nu %1 raakt in de komende %2 niet "
                                "weggewerkt; %3"),
                        self._clients(plan.backlog), self._weeks(len(plan.meetings)),
                        expected)
        start = overdue_from(plan)
        assert start is not None
        return fill(self.tr("Het team kan het in dit tempo niet bijhouden: nu is niemand te "
                            "laat, maar vanaf de vergadering van %1 blijven cliënten te laat; "
                            "%2"), long_date(start.date), expected)

    def _figure(self, figure: WithinTerm) -> str:
        """Binnen de termijn in the words every screen uses (lower case when there is
        nobody, as it stands inside a sentence here)."""
        if not figure.active:
            return self.tr("geen actieve cliënten")
        return figure_words.within_term_text(figure)

    def _expectation(self, figure: WithinTerm, weeks: int) -> str:
        if not figure.active:
            return fill(self.tr("Over %1 (%2): geen actieve cliënten."), self._weeks(weeks),
                        format_nl(figure.on))
        overdue = (self.tr("niemand te laat") if not figure.overdue else
                   fill(self.tr("%1 te laat"), figure.overdue))
        return fill(self.tr("Over %1 (%2) verwacht: %3; %4."), self._weeks(weeks),
                    format_nl(figure.on), self._figure(figure), overdue)

    def outlook_text(self, plan: Forecast, now: WithinTerm) -> str:
        lines = [fill(self.tr("Nu: %1."), self._figure(now))]
        lines += [self._expectation(plan.in_weeks(weeks), weeks) for weeks in AHEAD]
        return "\n".join(lines)

    def pace_text(self, capacity: Capacity, closed: int) -> str:
        pace = capacity.forecast.pace
        if not pace.measured:
            if closed:
                why = fill(self.tr("er zijn pas %1 van de %2 vergaderingen gesloten die "
                                   "daarvoor nodig zijn"), closed, fc.MIN_MEETINGS)
            else:
                why = fill(self.tr("er is nog geen vergadering gesloten, en daarvoor zijn "
                                   "er %1 nodig"), fc.MIN_MEETINGS)
            return fill(self.tr(
                "Het tempo is nog niet te meten: %1. De voorspelling rekent daarom met de "
                "instellingen: het blok lopend (%2 min) heeft ruimte voor %3 evaluaties "
                "per vergadering van %4 min per evaluatie. Andere besluiten, afsluitingen "
                "en nieuwe cliënten telt ze dan nog niet mee."),
                why, capacity.lopend_budget, words.decimal(pace.evaluations),
                words.decimal(pace.minutes_per_evaluation))
        other = capacity.lopend_budget - pace.lopend_minutes
        text = fill(self.tr(
            "Gemeten over de laatste %1 vergaderingen: gemiddeld %2 evaluaties per "
            "vergadering gedaan (%3 min per evaluatie); het blok lopend (%4 min, waarvan "
            "%5 min aan andere punten) heeft ruimte voor %6 evaluaties."),
            pace.meetings, words.decimal(pace.done), words.decimal(pace.minutes_per_evaluation),
            capacity.lopend_budget, words.decimal(max(0.0, other)), words.decimal(pace.room))
        if words.decimal(pace.evaluations) != words.decimal(pace.done):
            text += " " + fill(self.tr(
                "In vergaderingen waarin niemand bleef liggen telt de ruimte in het blok: "
                "de voorspelling rekent met %1 evaluaties per vergadering."),
                words.decimal(pace.evaluations))
        text += " " + fill(self.tr(
            "Verder per vergadering %1 andere besluiten (acute punten, hamerstukken); %2% "
            "van de besluiten sluit een behandeling af; %3 nieuwe cliënten per week."),
            words.decimal(pace.other_decisions), round(100 * pace.closing_share),
            words.decimal(pace.intake_per_week))
        return text

    def change_text(self, change: Change, capacity: Capacity, variant: Forecast) -> str:
        pace = capacity.forecast.pace
        if change is Change.FILL_THE_BLOCK:
            return fill(self.tr("Het blok lopend vullen met evaluaties: %1 in plaats van %2 "
                                "per vergadering"),
                        words.decimal(variant.pace.evaluations), words.decimal(pace.evaluations))
        if change is Change.ONE_MORE:
            return fill(self.tr("Eén evaluatie per vergadering meer: %1 in plaats van %2"),
                        words.decimal(variant.pace.evaluations), words.decimal(pace.evaluations))
        return fill(self.tr("5 minuten meer voor lopend (Team › Instellingen): %1 in plaats "
                            "van %2 min"), capacity.lopend_budget + 5, capacity.lopend_budget)

    def effect_text(self, variant: Forecast) -> str:
        if variant.keeps_up:
            if variant.backlog:
                effect = fill(self.tr("de achterstand is weg na de vergadering van %1, over "
                                      "%2"), long_date(variant.cleared_on),
                              self._weeks(variant.weeks_to_clear() or 1))
            elif variant.meetings and variant.cleared_on != variant.meetings[0].date:
                effect = fill(self.tr("na de vergadering van %1 is niemand meer te laat"),
                              long_date(variant.cleared_on))
            else:
                effect = self.tr("niemand raakt achter")
        elif variant.backlog:
            effect = self.tr("de achterstand raakt nog steeds niet weggewerkt")
        else:
            effect = self.tr("er blijven nog steeds cliënten te laat")
        return fill(self.tr("Dan: %1; over 16 weken %2."), effect,
                    self._figure(variant.in_weeks(16)))

    def backtest_text(self, capacity: Capacity) -> str:
        test = capacity.backtest
        if test is None:
            return fill(self.tr(
                "Toets: nog niet mogelijk. %1 weken geleden was er nog geen vergadering "
                "gehouden, dus er is geen oude berekening om met vandaag te vergelijken."),
                fc.BACKTEST_WEEKS)
        if test.error == 0:
            difference = self.tr("precies zoals verwacht")
        else:
            difference = fill(
                self.tr("%1 meer dan verwacht, %2% van de cliënten") if test.error < 0 else
                self.tr("%1 minder dan verwacht, %2% van de cliënten"),
                abs(test.error), round(100 * test.error_share))
        text = fill(self.tr(
            "Toets: %1 weken geleden (%2) had deze berekening voor vandaag %3 te laat "
            "verwacht; het zijn er %4 (%5)."),
            (test.on - test.made_on).days // 7, long_date(test.made_on),
            self._clients(test.expected.overdue), test.actual.overdue, difference)
        if not test.measured:
            text += " " + self.tr("Het tempo kwam toen nog uit de instellingen: er waren "
                                  "nog te weinig gesloten vergaderingen.")
        return text
