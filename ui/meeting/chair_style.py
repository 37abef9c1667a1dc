"""The chair's screen's style sheet and the two helpers its parts share: a named
plain-text label, and the re-polish when a property the style sheet reads changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..kit import palette

# The page: its title, the shortcut strip and the command buttons.
PAGE = f"""
#meetingTitle {{ font-size: 17pt; font-weight: 600; color: {palette.INK}; }}
#shortcutStrip {{ background: {palette.INK}; color: {palette.WHITE}; padding: 6px 12px;
    border-radius: 4px; }}
QToolButton#command, QToolButton#closeMeeting, QToolButton#projectorButton {{
    padding: 6px 9px; color: {palette.INK}; background: {palette.WHITE};
    border: 1px solid {palette.BORDER_STRONG}; border-radius: 5px; }}
QToolButton#command:hover, QToolButton#projectorButton:hover {{ background: {palette.HOVER}; }}
QToolButton#command:disabled {{ color: {palette.DISABLED_TEXT}; border-color: {palette.BORDER}; }}
QToolButton#closeMeeting {{ color: {palette.DANGER}; border-color: {palette.DANGER_BORDER}; }}
QToolButton#projectorButton {{ padding-right: 26px; }}
"""

# The item under discussion, the meeting's times and the bell (these sit outside the
# panel: the page places them, so they are styled for the whole page).
PANEL = f"""
#meetingTimes {{ background: {palette.WHITE}; border: 1px solid {palette.BORDER};
    border-radius: 6px; }}
#meetingTimes QLabel {{ font-size: 13pt; color: {palette.INK}; }}
#meetingTimes QLabel[phase="amber"] {{ color: {palette.AMBER_TEXT}; font-weight: 600; }}
#meetingTimes QLabel[phase="overrun"] {{ color: {palette.DANGER}; font-weight: 600; }}
#meetingTimes QLabel#expectedEnd[late="true"] {{ color: {palette.DANGER}; font-weight: 600; }}
#currentCard {{ background: {palette.WHITE}; border: 1px solid {palette.BORDER_CARD};
    border-radius: 8px; }}
#clientReference {{ font-size: 26pt; font-weight: 700; color: {palette.INK}; }}
#itemBlock {{ font-size: 13pt; font-weight: 600; color: {palette.INK_SOFT}; }}
#itemPresenter {{ font-size: 14pt; color: {palette.INK}; }}
#fieldTitle {{ font-size: 11pt; font-weight: 600; color: {palette.HINT}; }}
#itemQuestion {{ font-size: 14pt; color: {palette.INK}; }}
#privacyNote {{ color: {palette.HINT}; font-style: italic; }}
#noItem {{ font-size: 14pt; font-weight: 600; color: {palette.ACCENT}; }}
#upcoming {{ color: {palette.INK_SOFT}; border-top: 1px solid {palette.BORDER}; padding-top: 6px; }}
#countdown {{ font-weight: 700; color: {palette.INK}; background: {palette.HOVER};
    border-radius: 8px; padding: 0 18px; }}
#countdown[phase="amber"] {{ color: {palette.AMBER_DARK}; background: {palette.AMBER}; }}
#countdown[phase="overrun"] {{ color: {palette.WHITE}; background: {palette.ERROR}; }}
#countdown[phase="waiting"] {{ color: {palette.WAITING_TEXT};
    background: {palette.WAITING_BACKGROUND}; }}
#countdown[paused="true"] {{ color: {palette.PAUSED_TEXT};
    background: {palette.PAUSED_BACKGROUND}; }}
#allowed {{ font-size: 12pt; color: {palette.INK_SOFT}; }}
#pauseBanner {{ background: {palette.PAUSE_GREY}; color: {palette.WHITE}; font-size: 15pt;
    font-weight: 700;
    border-radius: 6px; padding: 6px 12px; }}
#timeUp {{ background: {palette.DANGER_BACKGROUND}; border: 2px solid {palette.ERROR};
    border-radius: 8px; }}
#timeUpText {{ font-size: 17pt; font-weight: 700; color: {palette.DANGER}; }}
QToolButton#promptButton {{ font-size: 14pt; font-weight: 700; padding: 8px 16px;
    background: {palette.WHITE}; border: 1px solid {palette.DANGER}; border-radius: 6px;
    color: {palette.DANGER}; }}
#bellButton {{ font-size: 14pt; font-weight: 700; color: {palette.INK}; background: {palette.BELL};
    border: 1px solid {palette.BELL_BORDER}; border-radius: 10px; padding: 10px 18px; }}
#bellButton:pressed {{ background: {palette.BELL_PRESSED}; }}
#bellButton:disabled {{ background: {palette.BELL_DISABLED}; color: {palette.DISABLED_BELL_TEXT};
    border-color: {palette.BELL_DISABLED_BORDER}; }}
#bellCount {{ font-size: 14pt; font-weight: 600; color: {palette.INK}; }}
#bellQuestion {{ color: {palette.INK_SOFT}; }}
#bellSilent {{ color: {palette.INK_SOFT}; font-style: italic; }}
QPushButton#chip {{ border: 1px solid {palette.BORDER_STRONG}; border-radius: 13px;
    background: {palette.WHITE};
    padding: 3px 10px; }}
QPushButton#chip:checked {{ background: {palette.ACCENT}; color: {palette.WHITE};
    border-color: {palette.ACCENT_DARK}; }}
"""


def plain_label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def restyle(widget: QWidget, name: str, value: object) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
