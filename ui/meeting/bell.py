"""The belletje: its sound, and the keys that ring it.

The sound is ``resources/sounds/bell.wav`` (made by ``tools/make_bell.py``), played with
QSoundEffect. Qt Multimedia is touched only at the first ring: without it, without an
audio output, or when the sound cannot be loaded, ringing stays silent — the bell is
still counted and the projector still flashes. It never raises.

Wireless presentation clickers send a key for "blank screen", often B or period, so a
clicker passed round the table can ring the bell. The keys are a per-computer setting
(QSettings ``bell/keys``), read by :func:`bell_keys`.
"""

from __future__ import annotations

import importlib
import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QKeyCombination, QObject, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence

from .. import paths

log = logging.getLogger(__name__)

SOUND = Path(__file__).resolve().parent.parent.parent / "resources" / "sounds" / "bell.wav"
DEFAULT_KEYS = ("B", ".")
KEYS_SETTING = "bell/keys"
# Both windows may ask for the sound of one ring; within this time it plays once.
_SAME_RING_SECONDS = 0.3
_last_played = -1e9


def bell_keys() -> list[QKeySequence]:
    """The keys that ring the bell: QSettings ``bell/keys`` (a list such as
    ``["B", ".", "F5"]``), by default B and period. Unreadable entries are skipped."""
    raw: Any = paths.settings().value(KEYS_SETTING, list(DEFAULT_KEYS))
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list | tuple):
        raw = list(DEFAULT_KEYS)
    keys: list[QKeySequence] = []
    for text in raw:
        sequence = QKeySequence.fromString(str(text).strip(),
                                           QKeySequence.SequenceFormat.PortableText)
        if sequence.count() == 1 and sequence not in keys:
            keys.append(sequence)
    return keys


def set_bell_keys(keys: list[str]) -> None:
    """Remember the keys that ring the bell on this computer (portable key names)."""
    s = paths.settings()
    s.setValue(KEYS_SETTING, list(keys))
    s.sync()


def is_bell_key(event: QKeyEvent, keys: list[QKeySequence] | None = None) -> bool:
    """Whether the key press rings the bell. The keypad and, for keys that are not
    letters, Shift are ignored (on some layouts the period needs Shift)."""
    if event.isAutoRepeat():
        return False
    key = Qt.Key(event.key())
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    candidates = [modifiers]
    if not Qt.Key.Key_A.value <= key.value <= Qt.Key.Key_Z.value:
        candidates.append(modifiers & ~Qt.KeyboardModifier.ShiftModifier)
    pressed = [QKeySequence(QKeyCombination(m, key)) for m in candidates]
    return any(p == k for p in pressed for k in (bell_keys() if keys is None else keys))


class Bell(QObject):
    """Plays the bell sound. ``rings`` counts the calls to :meth:`ring`; ``played``
    how many of them reached the sound device."""

    def __init__(self, parent: QObject | None = None, *, sound: Path = SOUND) -> None:
        super().__init__(parent)
        self.sound = sound
        self.rings = 0
        self.played = 0
        self._effect: Any = None
        self._probed = False
        self._broken = False

    @property
    def available(self) -> bool:
        """Whether a ring can be heard (asks Qt Multimedia the first time)."""
        return self._ensure() is not None

    def ring(self) -> None:
        """Play the sound if possible; never raises."""
        global _last_played
        self.rings += 1
        try:
            effect = self._ensure()
            if effect is None:
                return
            now = time.monotonic()
            if now - _last_played < _SAME_RING_SECONDS:
                return
            _last_played = now
            effect.stop()
            effect.play()
            self.played += 1
        except Exception:  # noqa: BLE001 — a bell that cannot sound must not stop the meeting
            log.debug("bell: playing failed", exc_info=True)
            self._broken = True

    def _ensure(self) -> Any:
        if self._broken:
            return None
        if not self._probed:
            self._probed = True
            try:
                self._effect = self._create()
            except Exception:  # noqa: BLE001
                log.debug("bell: no sound", exc_info=True)
                self._effect = None
        return self._effect

    def _create(self) -> Any:
        if not self.sound.is_file():
            log.debug("bell: sound file missing: %s", self.sound)
            return None
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError:
            log.debug("bell: Qt Multimedia not available", exc_info=True)
            return None
        devices = multimedia.QMediaDevices
        if not devices.audioOutputs():
            log.debug("bell: no audio output")
            return None
        effect = multimedia.QSoundEffect(devices.defaultAudioOutput(), self)
        effect.statusChanged.connect(self._on_status)
        effect.setSource(QUrl.fromLocalFile(str(self.sound)))
        effect.setVolume(0.8)
        return effect

    def _on_status(self) -> None:
        effect = self._effect
        if effect is not None and effect.status() == type(effect).Status.Error:
            log.debug("bell: the sound could not be loaded")
            self._broken = True
