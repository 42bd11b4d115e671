"""The e-invoice QR code: ZATCA-style TLV records in base64, and drawing it as vectors.

Tags 1..5: seller name, VAT registration number, invoice timestamp, invoice total with
VAT, VAT total. Each record is one tag byte, one length byte (the value's length in UTF-8
bytes, so an Arabic seller name counts its bytes, not its letters) and the value.
Imports no Qt.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import segno
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from arkan_desktop.printing.errors import PrintingError

QUIET_ZONE = 4


@dataclass(frozen=True)
class EInvoiceQr:
    seller_name: str
    vat_number: str
    timestamp: str  # ISO 8601, e.g. 2026-11-19T06:24:15Z
    total_with_vat: str  # as printed, e.g. "12433.85"
    vat_total: str

    def records(self) -> list[tuple[int, str]]:
        return [
            (1, self.seller_name),
            (2, self.vat_number),
            (3, self.timestamp),
            (4, self.total_with_vat),
            (5, self.vat_total),
        ]


def encode_tlv(records: list[tuple[int, str]]) -> bytes:
    out = bytearray()
    for tag, value in records:
        data = value.encode("utf-8")
        if not 0 < tag < 256:
            raise PrintingError(f"QR tag {tag} is out of range")
        if len(data) > 255:
            raise PrintingError(f"QR field {tag} is {len(data)} bytes long; the limit is 255")
        out += bytes((tag, len(data))) + data
    return bytes(out)


def decode_tlv(data: bytes) -> list[tuple[int, str]]:
    records: list[tuple[int, str]] = []
    at = 0
    while at < len(data):
        if at + 2 > len(data):
            raise PrintingError("QR data ends inside a record header")
        tag, length = data[at], data[at + 1]
        value = data[at + 2 : at + 2 + length]
        if len(value) != length:
            raise PrintingError(f"QR record {tag} is shorter than its length says")
        records.append((tag, value.decode("utf-8")))
        at += 2 + length
    return records


def qr_payload(qr: EInvoiceQr) -> str:
    """The base64 text the QR code carries."""
    return base64.b64encode(encode_tlv(qr.records())).decode("ascii")


def decode_payload(text: str) -> EInvoiceQr:
    fields = dict(decode_tlv(base64.b64decode(text, validate=True)))
    try:
        return EInvoiceQr(fields[1], fields[2], fields[3], fields[4], fields[5])
    except KeyError as missing:
        raise PrintingError(f"QR data has no tag {missing}") from None


@lru_cache(maxsize=256)
def qr_matrix(payload: str) -> tuple[tuple[int, ...], ...]:
    """The QR code's modules for `payload`, kept per content: encoding (segno's search for
    the best mask is most of it, ~10 ms) is done once per invoice's QR fields, so printing
    or previewing an invoice again, or a batch with repeats, does not encode it again."""
    return tuple(tuple(row) for row in segno.make(payload, error="m", micro=False).matrix)


class QrCode(Flowable):
    """A square vector QR code `size` points wide, its 4-module quiet zone included."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.matrix, 0, 0, self.size)


def draw_qr(
    canvas: Canvas, matrix: Sequence[Sequence[int]], x: float, y: float, size: float
) -> None:
    """Dark modules as one filled path, each row's runs merged into rectangles."""
    count = len(matrix) + 2 * QUIET_ZONE
    module = size / count
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + QUIET_ZONE + 1) * module
        start = None
        for col, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                left = x + (start + QUIET_ZONE) * module
                path.rect(left, top, (col - start) * module, module)
                start = None
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
