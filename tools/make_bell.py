"""Synthesise the belletje: a short, bright table-bell "ding" written as a WAV file.

    python tools/make_bell.py [OUTPUT]     (default: resources/sounds/bell.wav)

A bell sounds like a few inharmonic partials that each die away exponentially; the
higher ones die faster, so the tone mellows as it fades. Only the standard library is
used and nothing is random, so the committed file can always be made again.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

RATE = 44_100  # samples per second
DURATION = 1.2  # seconds
FUNDAMENTAL = 880.0  # Hz (A5)
# (frequency ratio, relative amplitude, decay per second) — the strike tone, the
# typical inharmonic partials of a small bell, and a soft hum an octave below.
PARTIALS = (
    (1.0, 1.00, 3.2),
    (2.76, 0.45, 5.5),
    (5.40, 0.22, 9.0),
    (8.93, 0.10, 14.0),
    (0.5, 0.15, 2.5),
)
ATTACK = 0.004  # seconds: a quick ramp avoids a click at the start
RELEASE = 0.08  # seconds: fade to silence at the end
PEAK = 0.8  # of full scale

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "bell.wav"


def synthesize(duration: float = DURATION, rate: int = RATE) -> array.array[int]:
    """The bell as signed 16-bit samples (mono)."""
    count = int(duration * rate)
    raw: list[float] = []
    for n in range(count):
        t = n / rate
        value = sum(amp * math.exp(-decay * t) * math.sin(2 * math.pi * FUNDAMENTAL * ratio * t)
                    for ratio, amp, decay in PARTIALS)
        if t < ATTACK:
            value *= t / ATTACK
        left = duration - t
        if left < RELEASE:
            value *= left / RELEASE
        raw.append(value)
    scale = PEAK * 32767 / max(abs(v) for v in raw)
    return array.array("h", (round(v * scale) for v in raw))


def write_wav(path: Path, samples: array.array[int], rate: int = RATE) -> None:
    data = array.array("h", samples)
    if sys.byteorder == "big":  # WAV is little-endian
        data.byteswap()
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(data.tobytes())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    write_wav(output, synthesize())
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
