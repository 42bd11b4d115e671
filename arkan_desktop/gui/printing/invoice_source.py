"""Invoice PDFs exactly as `arkan-desktop print invoice` makes them.

An `InvoicePrint` holds what one invoice's PDF is made from: the invoice, its partner and
the company (read through `company.printing.invoice_inputs`, on the database thread)
and the branding. Rendering is pure and runs on the printing thread; no widgets here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from arkan_desktop.printing import Branding, RenderJob, render_invoice_pdf
from arkan_desktop.store.queries.printing import InvoicePrintInputs


@dataclass(frozen=True)
class InvoicePrint:
    """Everything one invoice's PDF is made from."""

    number: str
    invoice: dict[str, Any]
    partner: dict[str, Any] | None
    company: dict[str, Any]
    branding: Branding

    def render(self, lang: str | None = None) -> bytes:
        """The PDF bytes; pure rendering, safe on any thread."""
        return render_invoice_pdf(self.invoice, self.partner, self.company, self.branding, lang)


def invoice_prints(
    inputs: list[InvoicePrintInputs], branding: Mapping[str, Any]
) -> list[InvoicePrint]:
    kept = Branding.from_dict(dict(branding))
    return [InvoicePrint(i.number, i.invoice, i.partner, i.company, kept) for i in inputs]


def invoice_jobs(prints: list[InvoicePrint]) -> list[RenderJob]:
    """One render job per invoice for printing.render_batch."""
    return [RenderJob(f"Invoice {p.number}", p.render) for p in prints]
