"""`arkan-desktop print` from the local cache, with the server gone."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1
from tests.test_cli import cli, creds


@pytest.fixture(scope="module")
def offline_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A home whose cache was synced from a sandbox that has since been stopped."""
    root = tmp_path_factory.mktemp("print")
    server = start_sandbox(root / "server")
    home = root / "home"
    synced = cli(home, "sync", *creds(server), "--company", COMPANY_1, stdin="demo\n")
    assert synced.returncode == 0, synced.stderr
    api_url = server.api_url
    server.stop()
    yield home, api_url


def cached(home: Path, api_url: str, resource: str, **match: str) -> dict:
    with Cache.open(cache_path(home, api_url, COMPANY_1)) as cache:
        for record_id in sorted(cache.ids(resource)):
            record = cache.get(resource, record_id)
            if record and all(record.get(k) == v for k, v in match.items()):
                return record
    raise AssertionError(f"no {resource} matching {match}")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def decode(path: Path, tmp_path: Path) -> list[str]:
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    (page,) = tmp_path.glob("page*.png")
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(page)], capture_output=True, text=True, check=False
    )
    return result.stdout.split()


def test_invoice_prints_with_the_server_stopped(
    offline_home: tuple[Path, str], tmp_path: Path
) -> None:
    home, api_url = offline_home
    invoice = cached(home, api_url, "invoices", state="posted", type="out_invoice")
    out = tmp_path / "invoice.pdf"
    result = cli(home, "print", "invoice", invoice["number"], "-o", str(out), "--lang", "both")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert invoice["number"] in text
    assert f"{float(invoice['total']):,.2f}" in text.replace("AED ", "")
    assert "TAX INVOICE" in text.upper()


def test_unknown_invoice_is_one_line(offline_home: tuple[Path, str], tmp_path: Path) -> None:
    home, _ = offline_home
    result = cli(home, "print", "invoice", "INV-1999-00001", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "arkan-desktop: unknown invoice 'INV-1999-00001' (not in the local cache)"
    )


def test_product_labels_scan_back(offline_home: tuple[Path, str], tmp_path: Path) -> None:
    home, api_url = offline_home
    first = cached(home, api_url, "products", type="storable", category="Tools")
    second = cached(home, api_url, "products", type="storable", category="Safety")
    out = tmp_path / "labels.pdf"
    result = cli(
        home,
        "print",
        "labels",
        "--sku",
        f"{first['sku']}x3",
        second["sku"],
        "--template",
        "avery-l7160",
        "--start",
        "4",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert sorted(decode(out, tmp_path)) == sorted([first["barcode"], second["barcode"]])
    assert pdf_text(out).count(first["sku"]) == 3  # zbar reports equal symbols once


def test_location_labels_as_zpl_to_a_network_printer(offline_home: tuple[Path, str]) -> None:
    home, _ = offline_home
    received = bytearray()
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def printer() -> None:  # a loopback stand-in for a Zebra on TCP 9100
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=printer)
    thread.start()
    result = cli(
        home,
        "print",
        "labels",
        "--location",
        "WH1-A-01-1",
        "LOC-WH1-B-02-3",
        "--template",
        "zebra-2x1-203",
        "--zpl-host",
        f"127.0.0.1:{port}",
    )
    thread.join(timeout=30)
    server.close()
    assert result.returncode == 0, result.stderr
    text = received.decode()
    assert text.count("^XA") == text.count("^XZ") == 2
    assert "LOC-WH1-A-01-1" in text and "LOC-WH1-B-02-3" in text


def test_receiving_labels_for_a_purchase_order(
    offline_home: tuple[Path, str], tmp_path: Path
) -> None:
    home, api_url = offline_home
    order = cached(home, api_url, "purchase_orders", state="confirmed")
    out = tmp_path / "po.zpl"
    result = cli(
        home,
        "print",
        "labels",
        "--po",
        order["number"],
        "--template",
        "zebra-4x6-300",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text().count("^XA") == len(order["lines"])


def test_system_printer_gets_the_pdf(offline_home: tuple[Path, str], tmp_path: Path) -> None:
    """A fake `lp` on PATH stands in for CUPS and a physical printer, which cannot run here."""
    home, api_url = offline_home
    invoice = cached(home, api_url, "invoices", state="posted", type="out_invoice")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    spooled = tmp_path / "spooled.pdf"
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {tmp_path / "args"}\ncat > {spooled}\n')
    lp.chmod(0o755)
    env_path = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    os.environ["PATH"], saved = env_path, os.environ["PATH"]
    try:
        result = cli(home, "print", "invoice", invoice["number"], "--printer", "Finance-HP")
    finally:
        os.environ["PATH"] = saved
    assert result.returncode == 0, result.stderr
    assert spooled.read_bytes().startswith(b"%PDF")
    assert "-d Finance-HP" in (tmp_path / "args").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["labels", "--sku", "NOPE-1", "--template", "avery-l7160", "-o", "x.pdf"], "unknown SKU"),
        (["labels", "--sku", "x", "--template", "avery-9999", "-o", "x.pdf"], "template"),
        (
            ["labels", "--location", "WH9-Z", "--template", "avery-l7163", "-o", "x.pdf"],
            "unknown location",
        ),
        (
            ["labels", "--po", "PO-1999-00001", "--template", "avery-5160", "-o", "x.pdf"],
            "unknown purchase order",
        ),
        (["invoice", "INV-2026-00001"], "-o FILE.pdf or --printer"),
    ],
)
def test_bad_requests_are_one_line(
    offline_home: tuple[Path, str], args: list[str], message: str
) -> None:
    home, _ = offline_home
    result = cli(home, "print", *args)
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_print_needs_a_cache(tmp_path: Path) -> None:
    result = cli(tmp_path, "print", "invoice", "INV-1", "-o", "x.pdf")
    assert result.returncode == 1 and "No local cache yet" in result.stderr


def test_a_repeated_sku_adds_to_the_list_instead_of_replacing_it(
    offline_home: tuple[Path, str], tmp_path: Path
) -> None:
    home, api_url = offline_home
    products = [
        cached(home, api_url, "products", type="storable", category=category)
        for category in ("Tools", "Safety")
    ]
    out = tmp_path / "labels.pdf"
    skus = ["--sku", products[0]["sku"], "--sku", f"{products[1]['sku']}x2"]
    result = cli(home, "print", "labels", *skus, "--template", "avery-l7160", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert text.count(products[0]["sku"]) == 1 and text.count(products[1]["sku"]) == 2


def test_a_single_value_option_given_twice_is_refused_not_overwritten(
    offline_home: tuple[Path, str], tmp_path: Path
) -> None:
    home, _ = offline_home
    out = tmp_path / "labels.pdf"
    result = cli(
        home, "print", "labels", "--location", "WH1-A-01-1",
        "--template", "avery-l7160", "--template", "avery-l7163", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 2
    assert "argument --template: given twice (avery-l7160 and avery-l7163); give it once" in (
        result.stderr
    )
    assert not out.exists()
