"""`arkan-desktop print`: invoices and labels from the local cache, with no network.

    arkan-desktop print invoice NUMBER -o FILE.pdf [--printer NAME] [--lang en|ar|both]
    arkan-desktop print labels (--sku SKU[xN] ... | --location CODE ... | --po NUMBER)
        --template NAME [--start N] (-o FILE.pdf|FILE.zpl | --printer NAME | --zpl-host HOST:PORT)

Everything printed comes from the cache of the last company used, so it works on a
laptop on site with the server out of reach.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from arkan_desktop.printing import (
    Branding,
    PrintingError,
    get_template,
    location_labels,
    product_labels,
    receiving_labels,
    render_invoice_pdf,
    render_labels_pdf,
    render_labels_zpl,
    send_raw,
)
from arkan_desktop.printing.dispatch import SpoolerPrinter
from arkan_desktop.printing.labels import split_quantity
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.queries import printing as reads
from arkan_desktop.sync.workspace import open_last_cache


class PrintCommandError(Exception):
    """A print request that cannot be met; one line for the user."""


def _invoice_pdf(cache: Cache, args: argparse.Namespace) -> bytes:
    found = reads.invoice_by_number(cache, args.number)
    if found is None:
        raise PrintCommandError(f"unknown invoice '{args.number}' (not in the local cache)")
    branding = Branding.from_dict(reads.branding(cache))
    return render_invoice_pdf(found.invoice, found.partner, found.company, branding, args.lang)


def _labels(cache: Cache, args: argparse.Namespace) -> list[Any]:
    if args.sku:
        wanted = []
        for request in args.sku:
            sku, count = split_quantity(request)
            exact = reads.product_by_sku(cache, request.strip())
            if exact is not None:
                sku, count = request.strip(), 1
            found = exact or reads.product_by_sku(cache, sku)
            if found is None:
                raise PrintCommandError(f"unknown SKU '{sku}' (not in the local cache)")
            wanted.append((found, count))
        currency = reads.company_record(cache).get("currency")
        return product_labels(wanted, show_price=args.price, currency=currency)
    if args.location:
        locations = []
        for code in args.location:
            found_location = reads.location_by_code(cache, code)
            if found_location is None:
                raise PrintCommandError(f"unknown location '{code}' (not in the local cache)")
            locations.append(found_location)
        return location_labels(locations)
    po = reads.purchase_order_by_number(cache, args.po)
    if po is None:
        raise PrintCommandError(f"unknown purchase order '{args.po}' (not in the local cache)")
    ids = [line.get("productId") for line in po.get("lines", [])]
    return receiving_labels(po, reads.products_by_id(cache, ids))


def run_print(args: argparse.Namespace, home: Path, out: TextIO) -> int:
    _settings, cache = open_last_cache(home)
    if cache is None:
        raise PrintCommandError("No local cache yet: run `arkan-desktop login` and `sync` first")
    try:
        if args.print_kind == "invoice":
            if not args.output and not args.printer:
                raise PrintCommandError("say where the invoice goes: -o FILE.pdf or --printer NAME")
            pdf = _invoice_pdf(cache, args)
            _deliver(pdf, "pdf", args, f"Invoice {args.number}", out)
            return 0
        template = get_template(args.template)
        labels = _labels(cache, args)
    finally:
        cache.close()
    thermal = template.kind == "thermal"
    if args.zpl_host and not thermal:
        raise PrintCommandError(f"{args.template} is a sheet template; --zpl-host needs zebra-…")
    if args.printer and thermal:
        raise PrintCommandError(f"{args.template} is a thermal template; use --zpl-host or -o")
    if thermal:
        data = render_labels_zpl(labels, template)
    else:
        data = render_labels_pdf(labels, template, start=args.start)
    _deliver(data, "zpl" if thermal else "pdf", args, f"{len(labels)} labels", out)
    return 0


def _deliver(data: bytes, content: str, args: argparse.Namespace, what: str, out: TextIO) -> None:
    if getattr(args, "zpl_host", None):
        send_raw(data, args.zpl_host)
        print(f"{what} sent to {args.zpl_host}", file=out)
    elif args.printer:
        SpoolerPrinter(args.printer, args.printer).print_document(data, "pdf", what)
        print(f"{what} sent to printer {args.printer}", file=out)
    else:
        output: Path = args.output
        output.write_bytes(data)
        print(f"{what} written to {output} ({len(data):,} bytes, {content.upper()})", file=out)


__all__ = ["PrintCommandError", "PrintingError", "run_print"]
