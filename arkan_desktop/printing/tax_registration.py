"""Whether a company prints tax documents: its VAT registration decides titles and VAT lines.

A company not registered for VAT (every Kuwaiti one: Kuwait levies no VAT) prints
"Invoice / فاتورة" with no VAT column, no VAT totals and no TRN; a registered one prints
"Tax Invoice" as the UAE and Saudi rules want. The company dict says so with
`taxRegistered` and `trn`; a server that sends neither is read from what it does send.
Imports no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from arkan_desktop.domain.money import MoneyError, to_decimal

Record = Mapping[str, Any]

# GCC states with no VAT law: a tax id there is a commercial registration, not a TRN.
NO_VAT_COUNTRIES = frozenset({"KW", "QA"})


def company_trn(company: Record) -> str:
    """The company's tax registration number (`trn`, else the older `taxId`)."""
    for key in ("trn", "taxId"):
        value = company.get(key)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _nonzero(value: object) -> bool:
    if value in (None, ""):
        return False
    try:
        return to_decimal(value) != 0
    except MoneyError:
        return False


def charges_tax(invoice: Record | None) -> bool:
    """Any VAT on the invoice: its tax total, a line's tax amount or a line's tax rate."""
    if not invoice:
        return False
    if _nonzero(invoice.get("taxTotal")):
        return True
    return any(
        _nonzero(line.get("taxAmount")) or _nonzero(line.get("taxRate"))
        for line in invoice.get("lines") or []
        if isinstance(line, Mapping)
    )


def vat_registered(company: Record, invoice: Record | None = None) -> bool:
    """The company's `taxRegistered` when it says; otherwise registered when the invoice
    charges tax, or when the company has a TRN in a country that levies VAT."""
    flag = company.get("taxRegistered")
    if isinstance(flag, bool):
        return flag
    if charges_tax(invoice):
        return True
    country = str(company.get("country") or "").strip().upper()
    return bool(company_trn(company)) and country not in NO_VAT_COUNTRIES
