"""ZPL for thermal printers: one ^XA…^XZ block per label, sent raw over TCP."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from arkan_desktop.printing import (
    Calibration,
    PrintingError,
    location_labels,
    product_labels,
    render_labels_zpl,
    send_raw,
    write_zpl,
)
from arkan_desktop.printing.zpl import field_data, parse_printer_address

Record = Callable[[str], Any]
BLOCK = re.compile(r"\^XA.*?\^XZ", re.S)


class LoopbackPrinter:
    """A thread listening on 127.0.0.1:0 that keeps everything each connection sends."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.server.settimeout(10)
        try:
            connection, _ = self.server.accept()
        except OSError:
            return
        with connection:
            chunks = []
            while data := connection.recv(65536):
                chunks.append(data)
            self.received.append(b"".join(chunks))

    def wait(self) -> bytes:
        self.thread.join(timeout=10)
        assert self.received, "the printer received nothing"
        return self.received[0]

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    listener = LoopbackPrinter()
    yield listener
    listener.close()


@pytest.mark.parametrize(
    "template", ["zebra-2x1-203", "zebra-2x1-300", "zebra-4x6-203", "zebra-4x6-300"]
)
def test_one_block_per_label_with_the_size_and_barcode_of_each(
    template: str, record: Record
) -> None:
    products = record("products")
    labels = product_labels([(products[0], 2), (products[1], 1)], show_price=True)
    labels += location_labels(record("locations")[:3])
    zpl = render_labels_zpl(labels, template).decode()
    blocks = BLOCK.findall(zpl)
    assert len(blocks) == len(labels) == zpl.count("^XA") == zpl.count("^XZ")
    dpi = int(template.rsplit("-", 1)[1])
    inches = (2, 1) if "2x1" in template else (4, 6)
    for block, label in zip(blocks, labels, strict=True):
        assert f"^PW{round(inches[0] * dpi)}^LL{round(inches[1] * dpi)}" in block
        assert "^CI28" in block
        if label.barcode.symbology == "ean13":
            assert "^BEN" in block and f"^FD{label.barcode.value[:12]}^FS" in block
        else:
            assert "^BCN" in block and f"^FD{label.barcode.value}^FS" in block
        assert field_data(label.title) in block


def test_the_loopback_printer_receives_exactly_the_zpl(
    printer: LoopbackPrinter, record: Record
) -> None:
    zpl = render_labels_zpl(location_labels(record("locations")), "zebra-2x1-203")
    send_raw(zpl, f"127.0.0.1:{printer.port}", timeout=5)
    assert printer.wait() == zpl


def test_an_unreachable_printer_is_one_clear_line_and_quick() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(PrintingError, match=f"label printer 127.0.0.1:{port} is unreachable"):
        send_raw(b"^XA^XZ", f"127.0.0.1:{port}", timeout=2)
    assert time.monotonic() - started < 3


def test_zpl_needs_a_thermal_template_and_escapes_its_command_characters(record: Record) -> None:
    labels = location_labels(record("locations")[:1])
    with pytest.raises(PrintingError, match="is a sheet for an office printer"):
        render_labels_zpl(labels, "avery-l7160")
    assert field_data("50% ^off~_now") == "50% _5Eoff_7E_5Fnow"
    shifted = render_labels_zpl(labels, "zebra-2x1-203", Calibration(offset_x_mm=2.5)).decode()
    assert "^LH20,0" in shifted


def test_addresses_and_files(tmp_path: Any) -> None:
    assert parse_printer_address("zebra.local") == ("zebra.local", 9100)
    assert parse_printer_address("10.0.0.7:6101") == ("10.0.0.7", 6101)
    assert parse_printer_address("[::1]:9100") == ("::1", 9100)
    with pytest.raises(PrintingError, match="is not a number"):
        parse_printer_address("printer:abc")
    target = tmp_path / "labels.zpl"
    write_zpl(b"^XA^XZ\n", target)
    assert target.read_bytes() == b"^XA^XZ\n"
    with pytest.raises(PrintingError, match="cannot write"):
        write_zpl(b"", tmp_path / "missing" / "labels.zpl")
