"""The belletje's sound and keys: the synthesised WAV, silence without a sound device or
without Qt Multimedia, and the configurable clicker keys."""

from __future__ import annotations

import array
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from ui import paths
from ui.meeting import bell as bell_module
from ui.meeting.bell import Bell, bell_keys, is_bell_key

ROOT = Path(__file__).resolve().parent.parent

# Without a sound server Qt Multimedia warns once per process when asked for devices.
pytestmark = pytest.mark.qt_log_ignore(
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)


def read_wav(path: Path) -> tuple[wave._wave_params, array.array[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        samples = array.array("h", wav.readframes(params.nframes))
    if sys.byteorder == "big":
        samples.byteswap()
    return params, samples


def test_make_bell_writes_a_short_non_silent_wav(tmp_path: Path) -> None:
    out = tmp_path / "bell.wav"
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_bell.py"), str(out)],
                   check=True, capture_output=True)
    params, samples = read_wav(out)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    assert 1.0 <= params.nframes / params.framerate <= 1.5
    assert out.stat().st_size < 200_000
    head = max(abs(s) for s in samples[:4410])
    tail = max(abs(s) for s in samples[-4410:])
    assert head > 10_000  # clearly audible
    assert tail < head / 10  # it dies away like a bell
    assert samples[0] == 0 and samples[-1] == 0  # no click at either end


def test_the_committed_bell_is_the_one_the_script_makes(tmp_path: Path) -> None:
    out = tmp_path / "bell.wav"
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_bell.py"), str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (ROOT / "resources" / "sounds" / "bell.wav").read_bytes()


def test_ring_without_an_audio_device_is_silent(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtMultimedia

    monkeypatch.setattr(QtMultimedia.QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    bell = Bell()
    bell.ring()
    bell.ring()
    assert bell.available is False
    assert (bell.rings, bell.played) == (2, 0)


def test_ring_without_qt_multimedia_is_silent(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    bell = Bell()
    bell.ring()
    assert bell.available is False
    assert (bell.rings, bell.played) == (1, 0)


def test_ring_without_the_sound_file_is_silent(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bell = Bell(sound=tmp_path / "missing.wav")
    bell.ring()
    assert (bell.available, bell.rings, bell.played) == (False, 1, 0)


def test_an_effect_that_fails_to_play_does_not_raise(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    class Broken:
        def stop(self) -> None:
            pass

        def play(self) -> None:
            raise RuntimeError("audio device gone")

    monkeypatch.setattr(bell_module, "_last_played", -1e9)
    bell = Bell()
    monkeypatch.setattr(bell, "_create", lambda: Broken())
    bell.ring()
    bell.ring()
    assert bell.rings == 2
    assert bell.played == 0
    assert bell.available is False


def test_ring_on_this_machine_never_raises(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bell_module, "_last_played", -1e9)
    bell = Bell()
    bell.ring()
    assert bell.rings == 1
    assert bell.played == (1 if bell.available else 0)


def key(code: Qt.Key, text: str = "",
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, code, modifiers, text)


@pytest.fixture
def keys_setting(qapp):  # type: ignore[no-untyped-def]
    store = paths.settings()
    yield store
    store.remove(bell_module.KEYS_SETTING)
    store.sync()


def test_default_bell_keys_are_b_and_period(keys_setting) -> None:  # type: ignore[no-untyped-def]
    keys_setting.remove(bell_module.KEYS_SETTING)
    assert [k.toString() for k in bell_keys()] == ["B", "."]
    assert is_bell_key(key(Qt.Key.Key_B, "b"))
    assert is_bell_key(key(Qt.Key.Key_Period, "."))
    assert is_bell_key(key(Qt.Key.Key_Period, ".", Qt.KeyboardModifier.KeypadModifier))
    assert not is_bell_key(key(Qt.Key.Key_B, "B", Qt.KeyboardModifier.ControlModifier))
    assert not is_bell_key(key(Qt.Key.Key_Space, " "))


def test_bell_keys_come_from_the_settings(keys_setting) -> None:  # type: ignore[no-untyped-def]
    keys_setting.setValue(bell_module.KEYS_SETTING, ["F5", "", "PgDown"])
    assert [k.toString() for k in bell_keys()] == ["F5", "PgDown"]
    assert is_bell_key(key(Qt.Key.Key_F5))
    assert not is_bell_key(key(Qt.Key.Key_B, "b"))
    keys_setting.setValue(bell_module.KEYS_SETTING, "X")
    assert [k.toString() for k in bell_keys()] == ["X"]
