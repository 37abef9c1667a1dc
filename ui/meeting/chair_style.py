"""The chair's screen's style sheet and the two helpers its parts share: a named
plain-text label, and the re-polish when a property the style sheet reads changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# The page: its title, the shortcut strip and the command buttons.
PAGE = """
#meetingTitle { font-size: 17pt; font-weight: 600; color: #1f3347; }
#shortcutStrip { background: #1f3347; color: #ffffff; padding: 6px 12px; border-radius: 4px; }
QToolButton#command, QToolButton#closeMeeting, QToolButton#projectorButton {
    padding: 6px 9px; color: #1f3347; background: #ffffff;
    border: 1px solid #9aa5b1; border-radius: 5px; }
QToolButton#command:hover, QToolButton#projectorButton:hover { background: #eef3f8; }
QToolButton#command:disabled { color: #a3acb5; border-color: #d5dbe1; }
QToolButton#closeMeeting { color: #9f1d14; border-color: #c98b86; }
QToolButton#projectorButton { padding-right: 26px; }
"""

# The item under discussion, the meeting's times and the bell (these sit outside the
# panel: the page places them, so they are styled for the whole page).
PANEL = """
#meetingTimes { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }
#meetingTimes QLabel { font-size: 13pt; color: #1f3347; }
#meetingTimes QLabel[phase="amber"] { color: #7a4b00; font-weight: 600; }
#meetingTimes QLabel[phase="overrun"] { color: #9f1d14; font-weight: 600; }
#meetingTimes QLabel#expectedEnd[late="true"] { color: #9f1d14; font-weight: 600; }
#currentCard { background: #ffffff; border: 1px solid #c9d2db; border-radius: 8px; }
#clientReference { font-size: 26pt; font-weight: 700; color: #1f3347; }
#itemBlock { font-size: 13pt; font-weight: 600; color: #3b4652; }
#itemPresenter { font-size: 14pt; color: #1f3347; }
#fieldTitle { font-size: 11pt; font-weight: 600; color: #55606b; }
#itemQuestion { font-size: 14pt; color: #1f3347; }
#privacyNote { color: #55606b; font-style: italic; }
#noItem { font-size: 14pt; font-weight: 600; color: #1f6fb2; }
#upcoming { color: #3b4652; border-top: 1px solid #d5dbe1; padding-top: 6px; }
#countdown { font-weight: 700; color: #1f3347; background: #eef3f8;
    border-radius: 8px; padding: 0 18px; }
#countdown[phase="amber"] { color: #5c3900; background: #ffd97a; }
#countdown[phase="overrun"] { color: #ffffff; background: #b3261e; }
#countdown[phase="waiting"] { color: #8a949e; background: #f0f2f4; }
#countdown[paused="true"] { color: #6b7580; background: #e4e7eb; }
#allowed { font-size: 12pt; color: #3b4652; }
#pauseBanner { background: #4a5560; color: #ffffff; font-size: 15pt; font-weight: 700;
    border-radius: 6px; padding: 6px 12px; }
#timeUp { background: #fde8e6; border: 2px solid #b3261e; border-radius: 8px; }
#timeUpText { font-size: 17pt; font-weight: 700; color: #9f1d14; }
QToolButton#promptButton { font-size: 14pt; font-weight: 700; padding: 8px 16px;
    background: #ffffff; border: 1px solid #9f1d14; border-radius: 6px; color: #9f1d14; }
#bellButton { font-size: 14pt; font-weight: 700; color: #1f3347; background: #f2b134;
    border: 1px solid #c48a12; border-radius: 10px; padding: 10px 18px; }
#bellButton:pressed { background: #e09a10; }
#bellButton:disabled { background: #e9dcbd; color: #7b8590; border-color: #d8c9a4; }
#bellCount { font-size: 14pt; font-weight: 600; color: #1f3347; }
#bellQuestion { color: #3b4652; }
QPushButton#chip { border: 1px solid #9aa5b1; border-radius: 13px; background: #ffffff;
    padding: 3px 10px; }
QPushButton#chip:checked { background: #1f6fb2; color: #ffffff; border-color: #175a91; }
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
