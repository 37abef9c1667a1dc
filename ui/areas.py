"""The main window's areas (Welkom, Agenda, Vergadering, Evaluaties, Besluiten, Team):
their names in navigation order, and their pages, built on first use.

A large organisation's caseload makes the heavy areas slow to build, and start-up should
not wait for them: each area's module is imported and its page built when first shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from vergadering.store import Store

AREAS = ("welkom", "agenda", "vergadering", "evaluaties", "besluiten", "team")


def agenda_page(store: Store) -> QWidget:
    from .agenda.page import AgendaPage

    return AgendaPage(store)


def evaluations_page(store: Store) -> QWidget:
    from .evaluations.page import EvaluationsPage

    return EvaluationsPage(store)


def decisions_page(store: Store) -> QWidget:
    from .decisions.page import DecisionsPage

    return DecisionsPage(store)


def team_page(store: Store) -> QWidget:
    from .team.page import TeamPage

    return TeamPage(store)


class AreaPages(Mapping[str, QWidget]):
    """The area pages, built on first use into their fixed place in the stack."""

    def __init__(self, stack: QStackedWidget,
                 factories: dict[str, Callable[[], QWidget]]) -> None:
        self._stack = stack
        self._factories = factories
        self._built: dict[str, QWidget] = {}
        for _name in AREAS:
            stack.addWidget(QWidget())  # a placeholder until the page is built

    def __getitem__(self, name: str) -> QWidget:
        if name not in self._built:
            page = self._factories[name]()
            index = AREAS.index(name)
            placeholder = self._stack.widget(index)
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[name] = page
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(AREAS)

    def __len__(self) -> int:
        return len(AREAS)

    def build(self, name: str) -> QWidget:
        return self[name]

    def is_built(self, name: str) -> bool:
        return name in self._built
