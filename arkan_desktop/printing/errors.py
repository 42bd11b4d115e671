"""The one error printing raises: a clear, one-line message a user or the CLI can show.

Imports no Qt.
"""

from __future__ import annotations


class PrintingError(Exception):
    """Something that stops a print job: unknown template, SKU, printer; bad input data.

    The message is one line, in plain words, fit for `arkan-desktop print` to print as is.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
