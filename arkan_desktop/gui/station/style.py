"""The station's look: large type, high contrast, touch-sized buttons, a panel that flashes."""

from __future__ import annotations

GREEN = "accepted"
RED = "refused"
NEUTRAL = "idle"
ACCEPTED_TEXT = "#8be9a8"
REFUSED_TEXT = "#ff9e94"

STATION_STYLE = """
QWidget#station { background: #101418; color: #f4f6f8; font-size: 22px; }
QLabel { color: #f4f6f8; }
QLabel#heading { font-size: 18px; color: #aab4be; font-weight: bold; }
QLabel#status { font-size: 18px; padding: 0 16px; }
QLabel#status[state="online"] { color: #7ee2a0; }
QLabel#status[state="offline"], QLabel#status[state="reconnecting"] { color: #ffb74d; }
QFrame#stepPanel { border-radius: 10px; padding: 12px; }
QFrame#stepPanel[state="idle"] { background: #1e2730; }
QFrame#stepPanel[state="accepted"] { background: #1b7f3a; }
QFrame#stepPanel[state="refused"] { background: #b3261e; }
QLabel#title { font-size: 22px; color: #d0d8e0; }
QLabel#expects { font-size: 40px; font-weight: bold; }
QLabel#message { font-size: 28px; }
QLineEdit#scanInput {
    font-size: 30px; padding: 10px; background: #ffffff; color: #000000;
    border: 3px solid #4aa3ff; border-radius: 8px;
}
QListWidget { background: #182028; color: #f4f6f8; border: 1px solid #33414f; font-size: 19px; }
QListWidget::item { padding: 6px; border-bottom: 1px solid #2a3642; }
QPushButton {
    font-size: 26px; font-weight: bold; background: #2c3a48; color: #ffffff;
    border: 2px solid #4b5d70; border-radius: 8px; padding: 8px 16px;
}
QPushButton:pressed { background: #4b5d70; }
QPushButton:checked { background: #1565c0; border-color: #90caf9; }
QPushButton:disabled { color: #6b7785; border-color: #34404c; }
QPushButton[role="confirm"] { background: #1b7f3a; border-color: #4caf50; }
QPushButton[role="confirm"]:disabled { background: #23312a; }
QPushButton[role="cancel"] { background: #7a2a24; border-color: #c0504a; }
QPushButton[role="workflow"], QPushButton[role="toggle"] {
    font-size: 20px; padding: 6px 12px; min-height: 56px;
}
QPushButton[role="choice"] { background: #3a2f55; border-color: #8c7ae6; }
QPushButton[role="choice"]:checked { background: #6a4fd0; border-color: #d0c4ff; }
QPushButton[role="offer"] { background: #1565c0; border-color: #90caf9; }
QDialog#stationSettings { background: #101418; font-size: 20px; }
QDialog#stationSettings QLabel { font-size: 20px; }
QDialog#stationSettings QLabel#problem { color: #ff9e94; font-weight: bold; }
QDialog#stationSettings QComboBox, QDialog#stationSettings QLineEdit {
    font-size: 20px; padding: 6px; background: #ffffff; color: #000000; min-width: 360px;
}
QDialog#stationSettings QCheckBox { font-size: 20px; color: #f4f6f8; spacing: 10px; }
QDialog#stationSettings QCheckBox::indicator {
    width: 22px; height: 22px; border: 2px solid #90caf9; border-radius: 4px; background: #182028;
}
QDialog#stationSettings QCheckBox::indicator:checked { background: #4aa3ff; }
QDialog#stationSettings QCheckBox:focus { color: #ffd54f; }
QDialog#stationSettings QPushButton { font-size: 20px; min-width: 120px; min-height: 40px; }
QDialog#stationSettings QPushButton:focus { border-color: #ffd54f; }
QLabel#padCaption { font-size: 18px; color: #aab4be; font-weight: bold; }
QLabel#pad {
    font-size: 34px; font-weight: bold; background: #000000; border: 2px solid #4b5d70;
    border-radius: 6px; padding: 4px 10px; min-height: 48px;
}
"""
