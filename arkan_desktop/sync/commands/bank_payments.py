"""Payment file writes: a partner's bank details saved, and an export to a bank file.

Saving bank details shows them on the partner at once (the server's version is fetched
back once it has them). An export (UAEFTS, WPS or CSV) is answered with a file, not a
record (`response_resource` ""): the file is kept on the outbox row and saved where the
user chose once the row is sent, so an export made offline waits like any other write.
The exported payments leave the list of exportable ones at once.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.money import format_amount, to_decimal
from arkan_desktop.store.outbox import OutboxEntry
from arkan_desktop.store.queries.bank_payments import PayeeDetails
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, new_row_id

FORMATS = {"uaefts": "UAEFTS", "wps": "WPS", "csv": "CSV"}
DETAIL_FIELDS = ("bankName", "branch", "accountNumber", "iban", "swiftCode", "routingCode")
PENDING_BATCH = "pending"  # what an exported payment shows until the server names its batch


def save_bank_details(
    payee: PayeeDetails, partner: Mapping[str, Any] | None, details: Mapping[str, str]
) -> Write:
    """Replace a partner's bank details (IBAN, bank, branch, SWIFT, routing code)."""
    body = {name: (details.get(name) or "").strip() or None for name in DETAIL_FIELDS}
    if body["iban"]:
        body["iban"] = "".join(str(body["iban"]).split()).upper()
    effect = {}
    if partner is not None:
        record = copy.deepcopy(dict(partner))
        record["bankDetails"] = {**(record.get("bankDetails") or {}), **body}
        if payee.resource == "vendors":
            record["iban"], record["bankName"] = body["iban"], body["bankName"]
        effect[payee.resource] = [record]
    entry = OutboxEntry(
        Command(payee.resource, "bank_details", payee.partner_id, body),
        describe("partner.bank_details", name=payee.name),
        response_resource="",  # the answer is the details' own view; the partner is refetched
        id=new_row_id(),
    )
    return Write(entry, effect)


def export_payments(
    fmt: str,
    payments: Sequence[Mapping[str, Any]],
    currency: str,
    options: Mapping[str, Any] | None = None,
) -> Write:
    """Export payments to a bank file (`fmt`: uaefts, wps or csv) with its options
    (value date; for WPS the employer's id, its bank's routing code, the salary month)."""
    if fmt not in FORMATS:
        raise ValueError(f"{fmt!r} is not a payment file format")
    if not payments:
        raise ValueError("a payment file needs at least one payment")
    body: dict[str, Any] = {
        **{k: v for k, v in (options or {}).items() if v not in (None, "")},
        "paymentIds": [str(p["id"]) for p in payments],
    }
    total = sum((to_decimal(p.get("amount") or 0) for p in payments), Decimal(0))
    shown = []
    for payment in payments:
        record = copy.deepcopy(dict(payment))
        record["exportBatchId"] = PENDING_BATCH
        record["exportFormat"] = fmt
        shown.append(record)
    entry = OutboxEntry(
        Command("payments", f"export_{fmt}", None, body),
        describe(
            "payments.export",
            format=FORMATS[fmt],
            count=len(payments),
            amount=format_amount(total, currency),
            currency=currency,
        ),
        records={"payments": [str(p["id"]) for p in payments]},
        response_resource="",  # the answer is the file, kept on the row until it is saved
        id=new_row_id(),
    )
    return Write(entry, {"payments": shown})
