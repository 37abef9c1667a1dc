"""When someone else saved an agenda item while this user was editing it.

Nothing was written. The dialog says who changed it and shows both versions side by
side, field by field; fields that differ are marked with "≠" and set in bold (not only
coloured). The user chooses: save their own version anyway, take over the other
version, or go back to editing. Everything shown can be selected and copied, and after
"Hun versie overnemen" the user's own text stays available in a separate window
(:meth:`ConflictDialog.keep_mine_visible`) until they close it.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vergadering import clients, members
from vergadering.items import Item, ItemInput, ItemStatus
from vergadering.store import Store

from .. import common
from ..i18n import fill
from ..kit import palette
from ..kit.words import block_label, decision_label, moment, type_label
from ..messages import field_label

DIFFERENT = "≠"
# Besides the mark and the bold text, not instead of them.
_DIFF_BACKGROUND = palette.CHANGED_BACKGROUND


class ConflictChoice(enum.Enum):
    SAVE_MINE = "save_mine"  # or, when withdrawing: withdraw anyway
    TAKE_THEIRS = "take_theirs"
    KEEP_EDITING = "keep_editing"


FIELDS = ("client", "presenter", "type", "block", "question", "process_state",
          "client_perspective", "minutes", "proposed_decision")


def _unread(_text: str) -> None:
    """A name that could not be read shows as "?": the comparison is still useful."""


def _client_reference(store: Store, client_id: int | None) -> str:
    if client_id is None:
        return ""
    # Clients are never deleted (only made inactive), so one the user picked is found.
    client = common.load(lambda: clients.get(store, client_id), _unread)
    return client.reference if client is not None else "?"


def _member_name(store: Store, member_id: int | None) -> str:
    if member_id is None:
        return ""
    # A member can be deleted meanwhile: looked up in the list rather than by get().
    names = common.load(lambda: {m.id: m.name for m in members.list_members(store)}, _unread)
    return (names or {}).get(member_id, "?")


def item_texts(item: Item) -> dict[str, str]:
    """The saved item, field by field, as the user reads it."""
    return {
        "client": item.client_reference, "presenter": item.presenter,
        "type": type_label(item.type), "block": block_label(item.block),
        "question": item.question, "process_state": item.process_state,
        "client_perspective": item.client_perspective,
        "minutes": str(item.minutes), "proposed_decision": decision_label(item.proposed_decision),
    }


def input_texts(store: Store, data: ItemInput) -> dict[str, str]:
    """What the user typed, field by field, as they read it."""
    return {
        "client": _client_reference(store, data.client_id),
        "presenter": _member_name(store, data.presenter_id),
        "type": type_label(data.type), "block": block_label(data.block),
        "question": data.question.strip(), "process_state": data.process_state.strip(),
        "client_perspective": data.client_perspective.strip(),
        "minutes": "" if data.minutes is None else str(data.minutes),
        "proposed_decision": decision_label(data.proposed_decision),
    }


class ConflictDialog(QDialog):
    """Both versions side by side with three ways out; ``choice`` holds the answer."""

    def __init__(self, store: Store, current: Item, mine: ItemInput,
                 parent: QWidget | None = None, *, withdrawing: bool = False,
                 reference_only: bool = False) -> None:
        super().__init__(parent)
        self.ensurePolished()  # the style sheet's 12pt, so sizes below are measured in it
        self.choice = ConflictChoice.KEEP_EDITING
        self.current = current
        self.mine = mine
        self.theirs_texts = item_texts(current)
        self.mine_texts = input_texts(store, mine)
        self.differing = [f for f in FIELDS if self.theirs_texts[f] != self.mine_texts[f]]
        who = current.updated_by or self.tr("Iemand anders")

        if reference_only:
            self.setWindowTitle(self.tr("Uw niet-opgeslagen versie"))
            message = fill(self.tr(
                "Het formulier toont nu de versie van %1. Hieronder staat nog wat u had "
                "getypt: kopieer wat u wilt houden. Dit venster blijft open tot u het "
                "sluit."), who)
        else:
            self.setWindowTitle(self.tr("Agendapunt intussen gewijzigd"))
            if current.status is ItemStatus.WITHDRAWN:
                message = fill(self.tr("%1 heeft dit agendapunt ingetrokken terwijl u het "
                                       "bewerkte. Er is niets overschreven."), who)
            elif withdrawing:
                message = fill(self.tr("%1 heeft dit agendapunt gewijzigd terwijl u het "
                                       "bewerkte. Er is niets ingetrokken."), who)
            else:
                message = fill(self.tr("%1 heeft dit agendapunt gewijzigd terwijl u het "
                                       "bewerkte. Er is niets overschreven."), who)
        self.message = QLabel(message)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: 600;")
        if self.differing:
            explain = fill(self.tr("Velden die verschillen zijn gemarkeerd met %1 en vet "
                                   "gezet: %2."),
                           DIFFERENT, ", ".join(field_label(f) for f in self.differing))
        else:
            explain = self.tr("De inhoud is gelijk; alleen de versie is nieuwer.")
        self.explanation = QLabel(explain)
        self.explanation.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.explanation)
        layout.addWidget(self._comparison(who), 1)

        self.copy_button = QPushButton(self.tr("Uw tekst &kopiëren"))
        self.copy_button.setToolTip(self.tr("Zet uw vraag en stand van het proces op het "
                                            "klembord"))
        self.copy_button.clicked.connect(self.copy_mine)
        self.save_mine_button: QPushButton | None = None
        self.take_theirs_button: QPushButton | None = None
        choices: list[QPushButton] = []
        if reference_only:
            self.back_button = QPushButton(self.tr("&Sluiten"))
            self.back_button.clicked.connect(self.reject)
            choices.append(self.back_button)
        else:
            if current.status is ItemStatus.QUEUED:
                self.save_mine_button = QPushButton(
                    self.tr("Toch &intrekken") if withdrawing
                    else self.tr("&Mijn versie toch opslaan"))
                self.save_mine_button.clicked.connect(
                    lambda: self._choose(ConflictChoice.SAVE_MINE))
                choices.append(self.save_mine_button)
            self.take_theirs_button = QPushButton(self.tr("&Hun versie overnemen"))
            self.take_theirs_button.clicked.connect(
                lambda: self._choose(ConflictChoice.TAKE_THEIRS))
            self.back_button = QPushButton(self.tr("&Terug naar bewerken"))
            self.back_button.clicked.connect(self.reject)
            choices += [self.take_theirs_button, self.back_button]
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        for button in (self.copy_button, *choices):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.back_button.setDefault(True)  # Enter changes nothing
        self.back_button.setObjectName("primary")
        layout.addLayout(buttons)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 110),
                    self.sizeHint().height())

    def _comparison(self, who: str) -> QScrollArea:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        theirs_title = fill(self.tr("Versie van %1 (%2)"), who,
                            moment(self.current.updated_at))
        for column, text in ((2, theirs_title), (3, self.tr("Uw versie (niet opgeslagen)"))):
            header = QLabel(text)
            header.setWordWrap(True)
            header.setStyleSheet(
                f"font-weight: 600; border-bottom: 1px solid {palette.WAITING_TEXT};")
            grid.addWidget(header, 0, column)
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, name in enumerate(FIELDS, start=1):
            differs = name in self.differing
            mark = self._cell(DIFFERENT if differs else "", bold=True)
            mark.setMinimumWidth(0)
            mark.setAccessibleName(self.tr("verschilt") if differs else "")
            label = self._cell(field_label(name), bold=differs)
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
            theirs = self._cell(self.theirs_texts[name] or self.tr("(leeg)"), bold=differs,
                                background=differs)
            mine = self._cell(self.mine_texts[name] or self.tr("(leeg)"), bold=differs,
                              background=differs)
            for column, widget in enumerate((mark, label, theirs, mine)):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
            self.cells[name] = (mark, theirs, mine)
        grid.setRowStretch(len(FIELDS) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid_widget.setObjectName("comparison")
        scroll.setStyleSheet("QScrollArea, QWidget#comparison { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setMinimumHeight(min(grid_widget.sizeHint().height() + 4,
                                    self.fontMetrics().height() * 24))
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(grid_widget.minimumSizeHint().width() + bar + 4)
        return scroll

    def _cell(self, text: str, *, bold: bool = False, background: bool = False) -> QLabel:
        """One cell of the comparison; every cell alike, so their lines stay level."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        style = "padding: 2px 4px;"
        if bold:
            style += " font-weight: 700;"
        if background:
            style += f" background: {_DIFF_BACKGROUND};"
        label.setStyleSheet(style)
        return label

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = ConflictChoice.KEEP_EDITING
        super().reject()

    def copy_mine(self) -> None:
        parts = [f"{field_label(name)}:\n{self.mine_texts[name]}"
                 for name in ("question", "process_state", "client_perspective")
                 if self.mine_texts[name]]
        QGuiApplication.clipboard().setText("\n\n".join(parts))

    @classmethod
    def ask(cls, store: Store, current: Item, mine: ItemInput, *,
            parent: QWidget | None = None, withdrawing: bool = False) -> ConflictChoice:
        """Show the conflict and return what the user chose (Esc: keep editing)."""
        dialog = cls(store, current, mine, parent, withdrawing=withdrawing)
        dialog.exec()
        return dialog.choice

    @classmethod
    def keep_mine_visible(cls, store: Store, current: Item, mine: ItemInput,
                          parent: QWidget | None = None) -> ConflictDialog:
        """A window beside the form, not modal, with the user's discarded version, so
        they can copy from it while editing; it stays open until they close it."""
        dialog = cls(store, current, mine, parent, reference_only=True)
        dialog.setModal(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
