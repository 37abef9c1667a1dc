"""The words for the team's figures (docs/figures.md): one Dutch name each, the same
sentence and tooltip wherever a figure is shown."""

from __future__ import annotations

from vergadering.figures import DueAndDiscussed, WithinTerm

from ..i18n import fill, tr

WITHIN_TERM = tr("binnen de termijn")
DUE_AND_DISCUSSED = tr("toe en besproken")


def within_term_tip(horizon_months: int) -> str:
    return fill(tr(
        "Binnen de termijn: de actieve cliënten die op die dag niet te laat zijn voor hun "
        "evaluatie. Te laat is wie zijn laatste evaluatie plus %1 maanden (of de afgesproken "
        "datum, als die eerder valt) voorbij is; een nieuwe cliënt telt vanaf de start van "
        "de zorg. Besluiten van die dag tellen mee."), horizon_months)


def due_and_discussed_tip() -> str:
    return tr(
        "Toe en besproken: van de cliënten die vóór de volgende vergadering aan de beurt "
        "waren (zoals het voorstel op de agenda telt, met hun data van vóór deze "
        "vergadering), hoeveel er in deze vergadering een besluit kregen, ook als "
        "hamerstuk.")


def within_term_text(figure: WithinTerm) -> str:
    """``85 van 122 actieve cliënten (70%) binnen de termijn``."""
    if not figure.active:
        return tr("Geen actieve cliënten")
    return fill(tr("%1 van %2 actieve cliënten (%3%) binnen de termijn"),
                figure.within, figure.active, figure.percentage)


def due_and_discussed_text(figure: DueAndDiscussed) -> str:
    """``3 van 49``."""
    return fill(tr("%1 van %2"), figure.discussed, figure.due)
