"""Labels that show a server's words show them as plain text, never as rich text.

Qt guesses whether a label's text is HTML (`Qt.AutoText`): a message from a server such
as `<img src=…>` or `<a href=…>` would be rendered as an image or a link. Every label
that can show what a server said (an error, a field error, a rejection, a reason) is set
to `Qt.PlainText` with `plain_labels`. The text itself is already sanitised when the
error is built (`api.text.server_text`: no control characters, at most 500 characters).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def plain_labels(*labels: QLabel | QMessageBox) -> None:
    """Show these labels' (or message boxes') text as plain text."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
