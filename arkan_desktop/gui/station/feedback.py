"""Tones for accepted and refused scans: generated WAVs via QtMultimedia, else the system beep.

QtMultimedia is optional (PySide6-Essentials ships it, but it needs the OS sound
libraries); without it an accepted scan beeps once and a refused one twice. Whether
sound is on is the station's setting (station_settings); this only plays.
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtWidgets import QApplication


def write_tone(path: Path, tones: list[tuple[float, float]], rate: int = 22050) -> Path:
    """A mono 16-bit WAV of (frequency Hz, seconds) pieces; 0 Hz is silence."""
    frames = bytearray()
    for frequency, seconds in tones:
        for i in range(int(rate * seconds)):
            value = math.sin(2 * math.pi * frequency * i / rate) if frequency else 0.0
            frames += struct.pack("<h", int(value * 12000))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


class ScanTones(QObject):
    """Plays the accepted and refused tones (if sound is on)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True  # the station's settings say (station_settings)
        self.played: list[str] = []  # what was played, for tests and diagnostics
        self._effects: dict[str, Any] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        folder = Path(tempfile.mkdtemp(prefix="arkan-station-tones-"))
        pieces = {
            "accepted": [(1320.0, 0.09)],
            "refused": [(330.0, 0.18), (0.0, 0.06), (260.0, 0.25)],
        }
        for name, tones in pieces.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(write_tone(folder / f"{name}.wav", tones))))
            self._effects[name] = effect

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled

    def play(self, accepted: bool) -> None:
        name = "accepted" if accepted else "refused"
        if not self.enabled:
            return
        self.played.append(name)
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()
            return
        QApplication.beep()
        if not accepted:
            QTimer.singleShot(180, QApplication.beep)
