"""`arkan-desktop print`: invoices and labels from the local cache, with no network.

    arkan-desktop print invoice NUMBER -o FILE.pdf [--printer NAME] [--lang en|ar|both]
    arkan-desktop print labels (--sku SKU[xN] ... | --location CODE ... | --po NUMBER)
        --template NAME [--start N] (-o FILE.pdf|FILE.zpl | --printer NAME | --zpl-host HOST:PORT)

Everything printed comes from the cache of the last company used, so it works on a
laptop on site with the server out of reach.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

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
from arkan_desktop.store.models.accounting import Invoice
from arkan_desktop.store.models.inventory import Location, Product, PurchaseOrder
from arkan_desktop.store.partners import invoice_partner
from arkan_desktop.sync.workspace import open_last_cache

BRANDING_KEY = "branding"


class PrintCommandError(Exception):
    """A print request that cannot be met; one line for the user."""


def _raw(record: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(record.raw)
    return data


def _invoice_pdf(cache: Cache, args: argparse.Namespace) -> bytes:
    with cache.reading() as session:
        invoice = session.scalars(select(Invoice).where(Invoice.number == args.number)).first()
        if invoice is None:
            raise PrintCommandError(f"unknown invoice '{args.number}' (not in the local cache)")
        data = _raw(invoice)
        partner = invoice_partner(session, data)
    company = json.loads(cache.meta("company") or "{}")
    branding = Branding.from_dict(json.loads(cache.meta(BRANDING_KEY) or "{}"))
    return render_invoice_pdf(data, partner, company, branding, args.lang)


def _labels(cache: Cache, args: argparse.Namespace) -> list[Any]:
    with cache.reading() as session:
        if args.sku:
            wanted = []
            for request in args.sku:
                sku, count = split_quantity(request)
                exact = session.scalars(
                    select(Product).where(Product.sku == request.strip())
                ).first()
                if exact is not None:
                    sku, count = request.strip(), 1
                found = exact or session.scalars(select(Product).where(Product.sku == sku)).first()
                if found is None:
                    raise PrintCommandError(f"unknown SKU '{sku}' (not in the local cache)")
                wanted.append((_raw(found), count))
            currency = json.loads(cache.meta("company") or "{}").get("currency")
            return product_labels(wanted, show_price=args.price, currency=currency)
        if args.location:
            locations = []
            for code in args.location:
                found_location = session.scalars(
                    select(Location).where((Location.code == code) | (Location.barcode == code))
                ).first()
                if found_location is None:
                    raise PrintCommandError(f"unknown location '{code}' (not in the local cache)")
                locations.append(_raw(found_location))
            return location_labels(locations)
        order = session.scalars(
            select(PurchaseOrder).where(PurchaseOrder.number == args.po)
        ).first()
        if order is None:
            raise PrintCommandError(f"unknown purchase order '{args.po}' (not in the local cache)")
        po = _raw(order)
        ids = [line.get("productId") for line in po.get("lines", [])]
        products = {
            p.id: _raw(p) for p in session.scalars(select(Product).where(Product.id.in_(ids)))
        }
    return receiving_labels(po, products)


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
