"""The UAE VAT return (form VAT 201) for a period, box by box, with the documents in each.

Posted invoices, bills and credit notes dated in the period are read line by line (credit
notes and bill refunds count negative), as the tax report does:
- Sales lines with VAT are standard-rated supplies, in box 1a-1g by the emirate of the
  client's address (its `emirate`, else its city), or the company's own emirate when the
  client's is unknown or abroad. Umm Al Quwain and Fujairah stay at zero when no client
  is there.
- Sales lines at 0 % are zero-rated (box 4), or exempt (box 5) when their product (or
  the line) has `taxCategory: "exempt"`.
- Bill lines with VAT are standard-rated expenses (box 9). Bill lines at 0 % from a
  vendor abroad are imported services under the reverse charge: the company accounts for
  the VAT itself, at its standard rate, as due (box 3) and as recoverable (box 10).
  Reverse-charge VAT is computed here, not booked: the sandbox posts no ledger entry for
  it, and it nets to nothing in box 14.
- Boxes 2 (tourist refunds), 6 and 7 (imports through customs) have no source in the
  sandbox and stay at zero.
Boxes 8 and 11 are the totals of the supplies and expenses; 12, 13 and 14 the tax due,
recoverable and payable. The output VAT of box 1 and the input VAT of box 9 equal the
movement of the VAT accounts (2200, 1410) in the period.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from arkan_desktop.sandbox.accounting.reports import _documents
from arkan_desktop.sandbox.money import ZERO, money, round_money
from arkan_desktop.sandbox.partners import EMIRATES, partner_emirate
from arkan_desktop.sandbox.unit_of_work import iter_all

EMIRATE_BOXES = dict(zip(EMIRATES, ("1a", "1b", "1c", "1d", "1e", "1f", "1g"), strict=True))
LABELS = {
    **{box: f"Standard rated supplies in {EMIRATES[code]}" for code, box in EMIRATE_BOXES.items()},
    "2": "Tax refunds provided to tourists under the tax refunds for tourists scheme",
    "3": "Supplies subject to the reverse charge provisions",
    "4": "Zero rated supplies",
    "5": "Exempt supplies",
    "6": "Goods imported into the UAE",
    "7": "Adjustments to goods imported into the UAE",
    "8": "Totals (supplies and imports)",
    "9": "Standard rated expenses",
    "10": "Supplies subject to the reverse charge provisions (recoverable)",
    "11": "Totals (expenses)",
    "12": "Total value of due tax for the period",
    "13": "Total value of recoverable tax for the period",
    "14": "Payable tax for the period",
}
SIGN = {"out_invoice": 1, "out_refund": -1, "in_invoice": 1, "in_refund": -1}


class _Boxes:
    def __init__(self) -> None:
        self.amount: dict[str, Decimal] = defaultdict(lambda: ZERO)
        self.vat: dict[str, Decimal] = defaultdict(lambda: ZERO)
        self.documents: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)

    def add(self, box: str, doc: dict[str, Any], amount: Decimal, vat: Decimal) -> None:
        self.amount[box] += amount
        self.vat[box] += vat
        row = self.documents[box].setdefault(
            doc["id"],
            {
                "documentId": doc["id"],
                "documentType": doc["type"],
                "number": doc["number"],
                "date": doc["date"],
                "partnerId": doc["partnerId"],
                "partnerName": doc["partnerName"],
                "amount": ZERO,
                "vat": ZERO,
            },
        )
        row["amount"] += amount
        row["vat"] += vat


def _exempt(line: dict[str, Any], products: dict[str, dict[str, Any]]) -> bool:
    if line.get("taxCategory") == "exempt":
        return True
    product = products.get(line.get("productId") or "")
    return bool(product and product.get("taxCategory") == "exempt")


def vat_return(
    conn: Connection,
    company_id: str,
    company: dict[str, Any],
    currency: str,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:
    """Form VAT 201 for a UAE company; see the module docstring for what goes where."""
    home = str(company.get("country") or "AE")
    own_emirate = company.get("emirate") or "DXB"
    standard_rate = Decimal(str(company.get("defaultTaxRate") or 5))
    clients = {c["id"]: c for c in iter_all(conn, company_id, "client")}
    vendors = {v["id"]: v for v in iter_all(conn, company_id, "vendor")}
    products = {p["id"]: p for p in iter_all(conn, company_id, "product") if p.get("taxCategory")}
    boxes = _Boxes()
    for doc in _documents(conn, company_id, date_from, date_to):
        sign = SIGN[doc["type"]]
        sales = doc["type"] in ("out_invoice", "out_refund")
        partner = (clients if sales else vendors).get(doc["partnerId"]) or {}
        abroad = str((partner.get("address") or {}).get("country") or home) != home
        emirate = (partner_emirate(partner) if not abroad else None) or own_emirate
        for line in doc["lines"]:
            base = sign * Decimal(line["subtotal"])
            tax = sign * Decimal(line["taxAmount"])
            rated = Decimal(line["taxRate"]) > 0
            if sales and rated:
                boxes.add(EMIRATE_BOXES.get(emirate, "1b"), doc, base, tax)
            elif sales:
                boxes.add("5" if _exempt(line, products) else "4", doc, base, ZERO)
            elif rated:
                boxes.add("9", doc, base, tax)
            elif abroad:
                charge = round_money(base * standard_rate / 100, currency)
                boxes.add("3", doc, base, charge)
                boxes.add("10", doc, base, charge)
    supplies = [*EMIRATE_BOXES.values(), "2", "3", "4", "5", "6", "7"]
    for box in supplies:
        boxes.amount["8"] += boxes.amount[box]
        boxes.vat["8"] += boxes.vat[box]
    for box in ("9", "10"):
        boxes.amount["11"] += boxes.amount[box]
        boxes.vat["11"] += boxes.vat[box]
    boxes.vat["12"] = boxes.vat["8"]
    boxes.vat["13"] = boxes.vat["11"]
    boxes.vat["14"] = boxes.vat["12"] - boxes.vat["13"]
    out = []
    for box, label in LABELS.items():
        documents = sorted(boxes.documents[box].values(), key=lambda d: (d["date"], d["number"]))
        for row in documents:
            row["amount"] = money(row["amount"], currency)
            row["vat"] = money(row["vat"], currency)
        has_amount = box not in ("12", "13", "14")
        out.append(
            {
                "box": box,
                "label": label,
                "amount": money(boxes.amount[box], currency) if has_amount else None,
                "vat": None if box in ("4", "5") else money(boxes.vat[box], currency),
                "documents": documents,
            }
        )
    return {
        "form": "VAT201",
        "trn": company.get("trn") or company.get("taxId"),
        "from": date_from,
        "to": date_to,
        "currency": currency,
        "boxes": out,
        "reverseChargeBooked": False,
    }
