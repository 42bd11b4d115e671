"""Thermal labels as ZPL, and sending them raw to a network label printer (TCP 9100).

One `^XA … ^XZ` block per label, sized for the template's label and resolution (2×1 in
or 4×6 in at 203 or 300 dpi). The printer draws the barcode itself (`^BC` Code 128,
`^BE` EAN-13), with the module width chosen so the symbol and its quiet zones fit.
Imports no Qt.
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from pathlib import Path

from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.labels import Label
from arkan_desktop.printing.templates import Calibration, LabelTemplate, get_template

DEFAULT_PORT = 9100


def field_data(text: str) -> str:
    """Text for ^FD under ^FH_: the characters ZPL treats as commands become hex escapes."""
    out = []
    for char in text:
        if char in "^~_" or ord(char) < 32:
            out.append("".join(f"_{byte:02X}" for byte in char.encode("utf-8")))
        else:
            out.append(char)
    return "".join(out)


def _text_field(x: int, y: int, height: int, width: int, text: str, bold: bool = False) -> str:
    # Font 0 is Zebra's scalable font; ^FB keeps a long name on one line inside the label.
    char_width = round(height * (0.95 if bold else 0.8))
    return f"^FO{x},{y}^A0N,{height},{char_width}^FB{width},1,0,L,0^FH_^FD{field_data(text)}^FS"


def label_zpl(label: Label, layout: LabelTemplate, calibration: Calibration) -> str:
    width, height = layout.dots(layout.label_mm[0]), layout.dots(layout.label_mm[1])
    pad = layout.dots(2.0)
    inner = width - 2 * pad
    size = max(18, min(round(height * 0.1), layout.dots(6)))
    parts = [
        "^XA",
        "^CI28",
        f"^PW{width}",
        f"^LL{height}",
        f"^LH{layout.dots(calibration.offset_x_mm)},{layout.dots(calibration.offset_y_mm)}",
    ]
    texts: list[tuple[str, int, bool]] = [
        (label.title, round(size * (1.7 if label.kind == "location" else 1.05)), True)
    ]
    if label.emphasis:
        texts.append((label.emphasis, round(size * 1.1), True))
    texts += [(line, round(size * 0.8), False) for line in label.lines]
    barcode = label.barcode
    modules = len(barcode.modules()) + sum(barcode.quiet_zones)
    module = max(1, min(inner // modules, layout.dots(0.5)))
    if module * modules > inner:
        raise PrintingError(f"barcode '{barcode.value}' is too long for {layout.name}")
    readable = round(size * 0.9)
    min_bars = max(layout.dots(5), round(height * 0.3))
    y = pad
    for text, text_height, bold in texts:
        if y + text_height + readable + min_bars > height - pad:
            break
        parts.append(_text_field(pad, y, text_height, inner, text, bold))
        y += round(text_height * 1.15)
    symbol = len(barcode.modules()) * module
    bar_height = min(
        height - pad - y - readable - layout.dots(1), max(layout.dots(25), round(symbol * 0.6))
    )
    x = pad + (inner - symbol) // 2
    parts.append(f"^FO{x},{y + layout.dots(0.8)}^BY{module}")
    if barcode.symbology == "ean13":
        # ^BE takes the first 12 digits and prints the check digit it computes.
        parts.append(f"^BEN,{bar_height - layout.dots(0.8)},Y,N^FD{barcode.value[:12]}^FS")
    else:
        parts.append(f"^BCN,{bar_height - layout.dots(0.8)},Y,N,N,A^FD{barcode.value}^FS")
    parts.append("^PQ1")
    parts.append("^XZ")
    return "".join(parts) + "\n"


def render_labels_zpl(
    labels: Sequence[Label],
    template: str | LabelTemplate,
    calibration: Calibration | None = None,
) -> bytes:
    """ZPL for the labels, one ^XA…^XZ block each, UTF-8 encoded (^CI28)."""
    if not labels:
        raise PrintingError("there are no labels to print")
    layout = template if isinstance(template, LabelTemplate) else get_template(template)
    if layout.kind != "thermal":
        raise PrintingError(
            f"template {layout.name} is a sheet for an office printer; ZPL needs a zebra-* template"
        )
    calibration = calibration or Calibration()
    return "".join(label_zpl(label, layout, calibration) for label in labels).encode("utf-8")


def parse_printer_address(address: str) -> tuple[str, int]:
    """'HOST:PORT' or 'HOST' (port 9100); IPv6 as '[::1]:9100'."""
    text = address.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    else:
        host, port_text = text, ""
    if not host:
        raise PrintingError(f"label printer address '{address}' has no host")
    try:
        port = int(port_text) if port_text else DEFAULT_PORT
    except ValueError:
        raise PrintingError(f"label printer port in '{address}' is not a number") from None
    if not 0 < port < 65536:
        raise PrintingError(f"label printer port {port} is out of range")
    return host, port


def send_raw(data: bytes, address: str, timeout: float = 10.0) -> None:
    """Send bytes to a raw-socket printer (JetDirect / Zebra port 9100) and close."""
    host, port = parse_printer_address(address)
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
    except TimeoutError:
        raise PrintingError(
            f"label printer {host}:{port} did not answer within {timeout:g} s"
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise PrintingError(f"label printer {host}:{port} is unreachable: {reason}") from None


def write_zpl(data: bytes, path: str | Path) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        raise PrintingError(f"cannot write {path}: {error.strerror or error}") from None
