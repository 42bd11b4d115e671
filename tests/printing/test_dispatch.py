"""Printer registry and batch printing: progress, failures kept, cancelling, no network."""

from __future__ import annotations

import socket
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.printing import (
    FolderPrinter,
    NetworkLabelPrinter,
    PrinterRegistry,
    PrintingError,
    RenderJob,
    render_batch,
    render_invoice_pdf,
)
from arkan_desktop.printing.dispatch import Content, SpoolerPrinter

Record = Callable[[str], Any]


def test_registry_finds_printers_by_name_and_knows_a_default(tmp_path: Path) -> None:
    registry = PrinterRegistry()
    with pytest.raises(PrintingError, match="no printer is set up"):
        registry.get()
    office = FolderPrinter("office", tmp_path)
    labels = NetworkLabelPrinter("zebra", "127.0.0.1:9100")
    registry.register(office)
    registry.register(labels)
    assert registry.get() is office and registry.get("zebra") is labels
    registry.register(labels, default=True)
    assert registry.get() is labels
    with pytest.raises(PrintingError, match=r"unknown printer 'hp' \(known: office, zebra\)"):
        registry.get("hp")
    registry.unregister("zebra")
    assert registry.get() is office and registry.names() == ["office"]


def test_batch_renders_reports_progress_and_keeps_failures(record: Record) -> None:
    company, partner = record("company_aed"), record("partner_aed")
    invoices = [record("invoice_aed"), {**record("invoice_aed"), "type": "in_invoice"}]
    invoices.append(record("invoice_simplified"))
    jobs = [
        RenderJob(str(inv["number"]), partial(render_invoice_pdf, inv, partner, company))
        for inv in invoices
    ]
    seen: list[tuple[int, int, str]] = []
    result = render_batch(jobs, progress=lambda done, total, name: seen.append((done, total, name)))
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    assert len(result.done) == 2 and all(data.startswith(b"%PDF") for _, data in result.done)
    ((_job, reason),) = result.failed
    assert "vendor bill" in reason and not result.cancelled


def test_batch_can_be_cancelled_between_documents() -> None:
    calls: list[int] = []

    def render(n: int) -> bytes:
        calls.append(n)
        return b"%PDF"

    jobs = [RenderJob(f"job {n}", partial(render, n)) for n in range(10)]
    result = render_batch(jobs, cancelled=lambda: len(calls) >= 3)
    assert result.cancelled and len(result.done) == 3


def test_batch_prints_through_a_printer_and_checks_what_it_accepts(tmp_path: Path) -> None:
    folder = FolderPrinter("pdfs", tmp_path / "out")
    jobs = [
        RenderJob("INV/2026 00001", lambda: b"%PDF-1.4 one"),
        RenderJob("L", lambda: b"^XA^XZ", "zpl"),
    ]
    result = render_batch(jobs, printer=folder)
    assert (tmp_path / "out" / "INV_2026_00001.pdf").read_bytes() == b"%PDF-1.4 one"
    assert (tmp_path / "out" / "L.zpl").exists() and not result.failed
    zebra = NetworkLabelPrinter("zebra", "127.0.0.1:1")
    refused = render_batch([RenderJob("invoice", lambda: b"%PDF")], printer=zebra)
    assert refused.failed[0][1] == "printer 'zebra' does not take PDF"


def test_spooler_printer_without_lp_says_so(tmp_path: Path) -> None:
    printer = SpoolerPrinter("office", "HP_LaserJet", command="no-such-lp-command")
    with pytest.raises(PrintingError, match="the 'no-such-lp-command' command is missing"):
        printer.print_document(b"%PDF", "pdf", "job")


def test_a_qt_printer_can_plug_in_by_shape_alone() -> None:
    class FakeQtPrinter:
        name = "Qt: Office"
        accepts: tuple[Content, ...] = ("pdf",)

        def __init__(self) -> None:
            self.jobs: list[str] = []

        def print_document(self, data: bytes, content: Content, job_name: str) -> None:
            self.jobs.append(job_name)

    registry = PrinterRegistry()
    qt_printer = FakeQtPrinter()
    registry.register(qt_printer)
    render_batch([RenderJob("INV-1", lambda: b"%PDF")], printer=registry.get("Qt: Office"))
    assert qt_printer.jobs == ["INV-1"]


def test_printing_needs_no_network(record: Record, monkeypatch: pytest.MonkeyPatch) -> None:
    """With every outgoing connection refused, invoices and labels still render."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("printing tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    pdf = render_invoice_pdf(record("invoice_aed"), record("partner_aed"), record("company_aed"))
    assert pdf.startswith(b"%PDF")
