"""The words for the team's figures (docs/figures.md): one Dutch name each, the same
sentence and tooltip wherever a figure is shown."""

from __future__ import annotations

from vergadering.figures import DueAndDiscussed, WithinTerm
from vergadering.follow_through import (
    CARRIED_OUT_GOAL,
    DEFERRED_GOAL,
    NOT_FULLY,
    ActionsOnDay,
    CarriedOutFigure,
    ItemsEnded,
)

from ..i18n import count, fill, tr
from . import words

WITHIN_TERM = tr("binnen de termijn")
DUE_AND_DISCUSSED = tr("toe en besproken")
LITERATURE_DECIDED = 93  # % of items ending in a decision in the best teams studied


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


# -- Opvolging (docs/figures.md) -------------------------------------------------------
# The names as functions: translated when a screen is built, not when this is imported.
def carried_out_name() -> str:
    return tr("Uitgevoerd")


def decided_name() -> str:
    return tr("Met besluit afgerond")


def deferred_name() -> str:
    return tr("Uitgesteld")


def open_actions_name() -> str:
    return tr("Open en te late acties")


def goal_percent(goal: float) -> int:
    return round(100 * goal)


def carried_out_text(figure: CarriedOutFigure) -> str:
    """``4 van 5 besluiten uitgevoerd (80%): 2 volledig, 2 deels, 1 niet`` (a kind
    that did not occur is left out)."""
    if not figure.followed_up:
        return tr("Geen besluiten opgevolgd")
    split = ", ".join(f"{n} {words.carried_out(kind)}"
                      for kind, n in figure.counts.items() if n)
    return fill(count(figure.followed_up, tr("%1 van %n besluit uitgevoerd (%2%): %3"),
                      tr("%1 van %n besluiten uitgevoerd (%2%): %3")),
                figure.carried_out, figure.percentage, split)


def carried_out_tip() -> str:
    return fill(tr(
        "Uitgevoerd: van de eerdere besluiten die in een besluit zijn opgevolgd, hoeveel "
        "volledig of deels zijn uitgevoerd. Een correctie telt in plaats van het besluit "
        "dat ze corrigeert; hamerstukken tellen mee. Doel: minstens %1%."),
        goal_percent(CARRIED_OUT_GOAL))


def reasons_text(figure: CarriedOutFigure) -> str:
    """``Deels, omdat: wachtlijst/capaciteit 2 · nieuwe informatie 1. Niet, omdat: …``;
    empty when everything followed up was carried out fully."""
    parts = []
    for kind in NOT_FULLY:
        given = [(reason, n) for reason, n in figure.reasons[kind].items() if n]
        if not given:
            continue
        given.sort(key=lambda pair: -pair[1])  # the most frequent first
        parts.append(fill(tr("%1, omdat: %2."), words.carried_out(kind).capitalize(),
                          " · ".join(f"{words.follow_up_reason(r)} {n}" for r, n in given)))
    return " ".join(parts)


def decided_text(figure: ItemsEnded) -> str:
    """``10 van 13 punten met besluit afgerond (77%)``."""
    if not figure.items:
        return tr("Geen punten op de agenda")
    return fill(count(figure.items, tr("%1 van %n punt met besluit afgerond (%2%)"),
                      tr("%1 van %n punten met besluit afgerond (%2%)")),
                figure.decided, figure.decided_percentage)


def ended_otherwise_text(figure: ItemsEnded) -> str:
    """``1 uitgesteld · 2 niet bereikt``: how the other items ended, those with a count."""
    pairs = ((figure.deferred, tr("uitgesteld")), (figure.consultation, tr("apart overleg")),
             (figure.not_reached, tr("niet bereikt")), (figure.withdrawn, tr("ingetrokken")))
    return " · ".join(f"{n} {name}" for n, name in pairs if n)


def decided_tip() -> str:
    return fill(tr(
        "Met besluit afgerond: van de punten die op de agenda stonden toen de vergadering "
        "begon, hoeveel eindigden in een besluit (ook als hamerstuk). De rest is uitgesteld, "
        "naar apart overleg gegaan, niet bereikt of ingetrokken. Ter vergelijking: in "
        "onderzoek naar multidisciplinaire overleggen haalden de best lopende teams zo'n "
        "%1%."), LITERATURE_DECIDED)


def deferred_text(figure: ItemsEnded) -> str:
    """``1 van 13 punten uitgesteld (8%)``."""
    if not figure.items:
        return tr("Geen punten op de agenda")
    return fill(count(figure.items, tr("%1 van %n punt uitgesteld (%2%)"),
                      tr("%1 van %n punten uitgesteld (%2%)")),
                figure.deferred, figure.deferred_percentage)


def deferred_tip() -> str:
    return fill(tr(
        "Uitgesteld: van de punten die op de agenda stonden toen de vergadering begon, "
        "hoeveel tijdens de vergadering naar de volgende zijn verschoven. Doel: hoogstens "
        "%1%."), goal_percent(DEFERRED_GOAL))


def actions_text(figure: ActionsOnDay) -> str:
    """``5 open acties, waarvan 2 te laat``."""
    if not figure.open:
        return tr("Geen open acties")
    return fill(count(figure.open, tr("%n open actie, waarvan %1 te laat"),
                      tr("%n open acties, waarvan %1 te laat")), figure.overdue)


def actions_tip() -> str:
    return tr(
        "Open en te late acties: de acties uit besluiten die aan het eind van die dag nog "
        "open stonden, en daarvan die waarvan de datum vóór die dag lag. Een datum op de "
        "dag zelf is niet te laat.")
