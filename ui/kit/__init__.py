"""The shared ground of the screens: widgets and form rows, the Dutch words for domain
values, shared dialogs and views. Screens (agenda, meeting, evaluations, decisions, team)
import the kit and the domain, never each other; the kit imports no screen."""
