"""Invoice PDFs from the cache exactly as `arkan-desktop print invoice` makes them.

Reads the invoice, its partner, the company and the branding (cache meta "branding") and
calls printing.render_invoice_pdf. Runs on a worker thread; imports no widgets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from arkan_desktop.printing import Branding, RenderJob, render_invoice_pdf
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models.accounting import Invoice
from arkan_desktop.store.partners import invoice_partner

BRANDING_KEY = "branding"  # the key cli_print.py reads


def load_branding(cache: Cache) -> Branding:
    return Branding.from_dict(json.loads(cache.meta(BRANDING_KEY) or "{}"))


def save_branding(cache: Cache, branding: Branding) -> None:
    cache.set_meta(BRANDING_KEY, json.dumps(branding.to_dict()))


def invoice_print_inputs(
    cache: Cache, invoice_id: str
) -> tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any]]:
    """(invoice, partner, company) as raw JSON dicts, the way the CLI finds them."""
    with cache.reading() as session:
        row = session.get(Invoice, invoice_id)
        if row is None:
            raise LookupError(f"invoice {invoice_id} is not in the local cache")
        invoice: dict[str, Any] = json.loads(row.raw)
        partner = invoice_partner(session, invoice)
    company: dict[str, Any] = json.loads(cache.meta("company") or "{}")
    return invoice, partner, company


@dataclass(frozen=True)
class InvoicePrint:
    """Everything one invoice's PDF is made from, read on the database worker."""

    number: str
    invoice: dict[str, Any]
    partner: dict[str, Any] | None
    company: dict[str, Any]
    branding: Branding

    def render(self, lang: str | None = None) -> bytes:
        """The PDF bytes; pure rendering, safe on any thread."""
        return render_invoice_pdf(self.invoice, self.partner, self.company, self.branding, lang)


def read_invoice_prints(cache: Cache, invoice_ids: list[str]) -> list[InvoicePrint]:
    """The print inputs for each cached invoice (run on the database worker)."""
    branding = load_branding(cache)
    prints = []
    for invoice_id in invoice_ids:
        invoice, partner, company = invoice_print_inputs(cache, invoice_id)
        number = str(invoice.get("number") or invoice_id)
        prints.append(InvoicePrint(number, invoice, partner, company, branding))
    return prints


def invoice_jobs(prints: list[InvoicePrint]) -> list[RenderJob]:
    """One render job per invoice for printing.render_batch."""
    return [RenderJob(f"Invoice {p.number}", p.render) for p in prints]
