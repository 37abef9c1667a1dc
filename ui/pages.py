"""Simple pages: a titled page frame, and the honest "not built yet" placeholder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class TitledPage(QWidget):
    """A page with a large title and an optional intro line; content goes in ``body``."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 22, 28, 22)
        self.body.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.body.addWidget(heading)
        if intro:
            label = QLabel(intro)
            label.setObjectName("pageIntro")
            label.setWordWrap(True)
            self.body.addWidget(label)


class NotBuiltPage(TitledPage):
    """An area that a later version fills. Says so plainly; shows no fake content."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(title, purpose, parent)
        notice = QLabel(self.tr("Dit onderdeel is nog niet gebouwd in deze versie van "
                                "Vergadering. Er staan hier dus nog geen gegevens."))
        notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice.setObjectName("notBuilt")
        notice.setWordWrap(True)
        notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.body.addWidget(notice)
        self.body.addStretch(1)
