"""Colours and the style sheet of the projector: dark, high contrast, sizes in units of
1% of the window height, so the same view reads well at 1280×720 and 1920×1080."""

from __future__ import annotations

from PySide6.QtGui import QColor

from vergadering.settings import ItemType
from vergadering.timeline import Phase

from ..kit import palette

BACKGROUND = palette.PROJECTOR_BACKGROUND
PANEL = palette.PROJECTOR_PANEL
TEXT = palette.WHITE
MUTED = palette.PROJECTOR_MUTED  # 11:1 on the background
DIM = palette.PROJECTOR_DIM  # for what will probably not be reached; still 6:1
AMBER = palette.PROJECTOR_AMBER
RED = palette.PROJECTOR_RED
PAUSED = palette.PROJECTOR_PAUSED
BANNER_TIME_UP = palette.PROJECTOR_TIME_UP
BANNER_PAUSE = palette.PAUSE_BANNER

PHASE_COLOUR = {Phase.NORMAL: TEXT, Phase.AMBER: AMBER, Phase.OVERRUN: RED}

# Type badges differ by text and shape first; the fill only helps.
TYPE_FILL = {
    ItemType.MEDEDELING: QColor(palette.PROJECTOR_MEDEDELING),
    ItemType.VRAAG: QColor(palette.WHITE),
    ItemType.KWESTIE: QColor(palette.PROJECTOR_KWESTIE),
}
TYPE_INK = QColor(palette.BLACK)


def stylesheet(u: float) -> str:
    """The projector's style sheet for a unit ``u`` of 1% of the window height (px)."""

    def px(units: float) -> str:
        return f"{max(8, round(units * u))}px"

    return f"""
#projector {{ background: {BACKGROUND}; }}
#projector QLabel {{ color: {TEXT}; font-size: {px(3.2)}; background: transparent; }}
#projector QLabel#team, #projector QLabel#heading {{ color: {MUTED}; font-size: {px(2.9)}; }}
#projector QLabel#end {{ font-size: {px(3.4)}; font-weight: 600; }}
#projector QLabel#presenter {{ color: {MUTED}; font-size: {px(3.8)}; }}
#projector QLabel#question {{ font-size: {px(4.2)}; }}
#projector QLabel#blockChip {{ color: {MUTED}; font-size: {px(3.4)}; font-weight: 700; }}
#projector QFrame#timerPanel {{ background: {PANEL}; border-radius: {px(1.5)}; }}
#projector QLabel#phase {{ font-size: {px(4.2)}; font-weight: 700; }}
#projector QLabel#block {{ font-size: {px(3.4)}; }}
#projector QLabel#charged {{ color: {AMBER}; font-size: {px(3)}; }}
#projector QLabel#banner {{
    font-size: {px(5.6)}; font-weight: 800; color: {palette.WHITE};
    background: {BANNER_TIME_UP}; border: {px(0.5)} solid {palette.WHITE};
    border-radius: {px(1.2)}; padding: {px(0.8)} {px(2)};
}}
#projector QLabel#banner[kind="pause"] {{ background: {BANNER_PAUSE}; }}
#projector QLabel#upcomingHeader {{ color: {MUTED}; font-size: {px(2.9)}; font-weight: 700; }}
#projector QLabel[role="when"] {{ color: {MUTED}; font-size: {px(3.2)}; }}
#projector QLabel[role="ref"] {{ font-size: {px(3.6)}; font-weight: 700; }}
#projector QLabel[role="ref"][late="true"] {{ color: {DIM}; }}
#projector QLabel[role="mark"] {{ color: {AMBER}; font-size: {px(3.2)}; font-style: italic; }}
#projector QLabel#waitTeam {{ color: {MUTED}; font-size: {px(5)}; }}
#projector QLabel#waitDate {{ font-size: {px(6)}; }}
#projector QLabel#waitStart {{ font-size: {px(9)}; font-weight: 800; }}
#projector QLabel#waitInfo {{ color: {MUTED}; font-size: {px(4)}; }}
"""
