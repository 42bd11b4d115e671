"""Matching statement lines to the books, writing off small differences, undoing a match.

What a line can be matched to, and what that books (Odoo's reconciliation model, adapted
to payments that post straight to the bank account):
- a posted payment, or any journal item on the statement's bank account: the money is
  already in the ledger, so the match only clears that bank item (nothing is posted);
- an open invoice or bill: the line is the payment, so a payment is booked and posted
  (bank against the client's receivable or the vendor's payable), allocated to it;
- a write-off: the rest of the line, within the statement's limit, is posted against the
  configured account (bank charges by default), bank against that account.
Several items may settle one line and one item may be split over several lines (give
`amount`); a payment's whole amount may overshoot its line by at most the write-off limit,
the difference then being written off. Unmatching clears the items again and reverses
write-offs; a payment booked from an invoice match stays (it was real money) and can be
matched again.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.bank_statements import (
    find_journal_item,
    refresh,
    write_off_account,
)
from arkan_desktop.sandbox.accounting.ledger import BANK, create_entry
from arkan_desktop.sandbox.accounting.payments import post_payment, record_payment
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid, new_id

Item = tuple[dict[str, Any], dict[str, Any]]  # (journal entry, one of its lines)


def _signed(item: dict[str, Any]) -> Decimal:
    return Decimal(item["debit"]) - Decimal(item["credit"])


def open_amount(item: dict[str, Any]) -> Decimal:
    """What is left of a bank item to reconcile (a magnitude)."""
    return abs(_signed(item)) - Decimal(item.get("reconciledAmount") or 0)


def _clear(
    uow: UnitOfWork, entry: dict[str, Any], item: dict[str, Any], amount: Decimal, line_id: str
) -> None:
    """Reconcile `amount` of a bank item with a statement line (a negative amount undoes)."""
    done = Decimal(item.get("reconciledAmount") or 0) + amount
    item["reconciledAmount"] = money(done, entry["currency"])
    item["reconciled"] = done == abs(_signed(item))
    line_ids = item.setdefault("statementLineIds", [])
    if amount > 0 and line_id not in line_ids:
        line_ids.append(line_id)
    elif amount < 0 and line_id in line_ids:
        line_ids.remove(line_id)
    uow.save("journal_entry", entry, "journal_entry.reconciled")
    payment = _payment_of(uow, entry)
    if payment is not None:
        payment["amountReconciled"] = item["reconciledAmount"]
        payment["reconciliationState"] = (
            "reconciled" if item["reconciled"] else "partial" if done else "unreconciled"
        )
        uow.save("payment", payment, "payment.reconciled")


def _payment_of(uow: UnitOfWork, entry: dict[str, Any]) -> dict[str, Any] | None:
    return uow.get("payment", entry["sourceId"]) if entry.get("sourceType") == "payment" else None


def _bank_item(entry: dict[str, Any], bank_id: str) -> dict[str, Any] | None:
    return next((x for x in entry["lines"] if x["accountId"] == bank_id), None)


def _resolve(
    uow: UnitOfWork, statement: dict[str, Any], raw: dict[str, Any], where: str
) -> tuple[str, Any]:
    """("item", (entry, line, label, payment)) or ("invoice", invoice); 400 otherwise."""
    given = [k for k in ("paymentId", "journalItemId", "invoiceId") if raw.get(k)]
    if len(given) != 1:
        raise ApiError.field(where, "give exactly one of paymentId, journalItemId or invoiceId")
    bank_id = statement["bankAccountId"]
    code = statement["bankAccountCode"]
    if given[0] == "invoiceId":
        invoice_id = str(raw["invoiceId"])
        invoice = uow.get("invoice", invoice_id) if _is_uuid(invoice_id) else None
        if invoice is None:
            raise ApiError.field(f"{where}.invoiceId", "is not an invoice of this company")
        if invoice["type"] not in ("out_invoice", "in_invoice"):
            raise ApiError.field(f"{where}.invoiceId", f"{invoice['number']} is a credit note")
        if invoice["state"] != "posted":
            raise ApiError.field(
                f"{where}.invoiceId", f"{invoice['number']} is {invoice['state']}, not open"
            )
        if code != BANK:
            raise ApiError.field(
                f"{where}.invoiceId",
                f"payments are booked to account {BANK}; match invoices "
                f"on its statements, not on account {code}",
            )
        return "invoice", invoice
    if given[0] == "paymentId":
        payment_id = str(raw["paymentId"])
        payment = uow.get("payment", payment_id) if _is_uuid(payment_id) else None
        if payment is None:
            raise ApiError.field(f"{where}.paymentId", "is not a payment of this company")
        if payment["state"] != "posted" or not payment.get("journalEntryId"):
            raise ApiError.field(f"{where}.paymentId", f"{payment['number']} is not posted")
        entry = uow.get("journal_entry", payment["journalEntryId"])
        item = _bank_item(entry, bank_id) if entry else None
        if entry is None or item is None:
            raise ApiError.field(
                f"{where}.paymentId",
                f"{payment['number']} was paid by {payment['method']}, not through account {code}",
            )
        return "item", (entry, item, payment["number"], payment)
    found = find_journal_item(uow, str(raw["journalItemId"]), raw.get("journalEntryId"))
    if found is None:
        raise ApiError.field(f"{where}.journalItemId", "is not a journal item of this company")
    entry, item = found
    if entry["state"] != "posted":
        raise ApiError.field(f"{where}.journalItemId", f"{entry['number']} is not posted")
    if item["accountId"] != bank_id:
        raise ApiError.field(
            f"{where}.journalItemId",
            f"{entry['number']} books it to account {item['accountCode']}, not to the bank "
            f"account {code}; match the invoice or payment instead",
        )
    return "item", (entry, item, entry["number"], _payment_of(uow, entry))


def match_line(
    uow: UnitOfWork,
    statement: dict[str, Any],
    line: dict[str, Any],
    requested: list[dict[str, Any]],
    at: str | None = None,
) -> dict[str, Any]:
    """Settle a statement line with payments, journal items or invoices (all or nothing)."""
    currency = statement["currency"]
    if line["state"] == "reconciled":
        raise ApiError(409, f"Line {line['sequence']} is already reconciled; unmatch it first")
    if not requested:
        raise ApiError.field("matches", "needs at least one payment, journal item or invoice")
    amount = Decimal(line["amount"])
    sign = 1 if amount > 0 else -1
    # What the line still has to explain, in its own direction (negative once over-matched).
    left = Decimal(line["amountResidual"]) * sign
    limit = Decimal(statement["writeOffLimit"])
    plan: list[tuple[str, Any, Decimal]] = []
    errors: list[dict[str, str]] = []
    used: set[str] = set()
    for i, raw in enumerate(requested):
        where = f"matches[{i}]"
        try:
            what, target = _resolve(uow, statement, raw, where)
        except ApiError as bad:
            errors.extend(bad.errors)
            continue
        wanted = dec(raw["amount"], f"{where}.amount") if raw.get("amount") is not None else None
        if wanted is not None and (wanted <= 0 or round_money(wanted, currency) != wanted):
            errors.append({"field": f"{where}.amount", "message": "must be a positive amount"})
            continue
        if what == "invoice":
            key, number = target["id"], target["number"]
            money_in = target["type"] == "out_invoice"
            available = Decimal(target["amountDue"])
            default = min(available, max(left, ZERO))
        else:
            entry, item, number, _payment = target
            key = item["id"]
            money_in = _signed(item) > 0
            available = open_amount(item)
            default = available
        if key in used:
            errors.append({"field": where, "message": f"{number} is listed twice"})
            continue
        used.add(key)
        if money_in != (sign > 0):
            side = "money in" if money_in else "money out"
            line_side = "money in" if sign > 0 else "money out"
            message = f"{number} is {side}; the line is {line_side}"
            errors.append({"field": where, "message": message})
            continue
        share = default if wanted is None else wanted
        if available <= 0 or share <= 0:
            errors.append({"field": where, "message": f"{number} has nothing left to match"})
            continue
        if share > available:
            errors.append(
                {
                    "field": f"{where}.amount",
                    "message": f"{money(share, currency)} is more than the "
                    f"{money(available, currency)} open on {number}",
                }
            )
            continue
        plan.append((what, target, share))
    if errors:
        raise ApiError(400, f"Line {line['sequence']} cannot be matched as asked", errors)
    total = sum((share for _, _, share in plan), ZERO)
    if total > left + limit:
        raise ApiError(
            400,
            f"Line {line['sequence']} cannot be matched as asked",
            [
                {
                    "field": "matches",
                    "message": f"{money(total, currency)} is more than the "
                    f"{money(max(left, ZERO), currency)} left on the line (a difference of up to "
                    f"{statement['writeOffLimit']} can be written off); give an amount to "
                    "match part of a payment",
                }
            ],
        )
    for what, target, share in plan:
        invoice_id = None
        if what == "invoice":
            invoice_id = target["id"]
            entry, item, number, payment = _pay_invoice(uow, statement, line, target, share, at)
        else:
            entry, item, number, payment = target
        _clear(uow, entry, item, share, line["id"])
        kind = "invoice" if invoice_id else "payment" if payment is not None else "journalItem"
        found = _match(kind, money(share * sign, currency), entry, item, number, at)
        found.update(paymentId=payment["id"] if payment else None, invoiceId=invoice_id)
        line["matches"].append(found)
        if payment is not None and not line.get("partnerId"):
            line["partnerId"], line["partnerName"] = payment["partnerId"], payment["partnerName"]
    refresh(statement)
    uow.save("bank_statement", statement, "bank_statement.matched", at=at)
    return statement


def _match(
    kind: str,
    amount: str,
    entry: dict[str, Any],
    item: dict[str, Any],
    number: str,
    at: str | None,
) -> dict[str, Any]:
    """One match of a statement line: what settled it, for how much (signed like the line)."""
    return {
        "id": new_id(),
        "type": kind,
        "amount": amount,
        "journalEntryId": entry["id"],
        "journalItemId": item["id"],
        "paymentId": None,
        "invoiceId": None,
        "number": number,
        "matchedAt": at or clock.now_iso(),
    }


def _pay_invoice(
    uow: UnitOfWork,
    statement: dict[str, Any],
    line: dict[str, Any],
    invoice: dict[str, Any],
    share: Decimal,
    at: str | None,
) -> tuple[dict[str, Any], dict[str, Any], str, dict[str, Any]]:
    """Book the line as a payment of the invoice (posted); its bank item, to clear."""
    payment = record_payment(
        uow,
        {
            "type": "inbound" if invoice["type"] == "out_invoice" else "outbound",
            "partnerId": invoice["partnerId"],
            "date": line["date"],
            "amount": share,
            "method": "bank",
            "reference": line["reference"] or line["memo"][:100],
            "memo": f"Bank statement {statement['number']} line {line['sequence']}",
            "allocations": [{"invoiceId": invoice["id"], "amount": share}],
        },
        created_at=at,
    )
    post_payment(uow, payment, at)
    entry = uow.get("journal_entry", payment["journalEntryId"])
    assert entry is not None
    item = _bank_item(entry, statement["bankAccountId"])
    assert item is not None
    return entry, item, payment["number"], payment


def write_off(
    uow: UnitOfWork,
    statement: dict[str, Any],
    line: dict[str, Any],
    data: dict[str, Any],
    at: str | None = None,
) -> dict[str, Any]:
    """Post the rest of a line (or part of it) to the write-off account; bank against it."""
    currency = statement["currency"]
    residual = Decimal(line["amountResidual"])
    if residual == 0:
        raise ApiError(409, f"Line {line['sequence']} has no difference left to write off")
    size = abs(residual)
    if data.get("amount") is not None:
        size = dec(data["amount"], "amount")
        if size <= 0 or size > abs(residual) or round_money(size, currency) != size:
            raise ApiError.field(
                "amount", f"must be more than zero and at most {money(abs(residual), currency)}"
            )
    limit = Decimal(statement["writeOffLimit"])
    if size > limit:
        raise ApiError.field(
            "amount",
            f"{money(size, currency)} is more than the write-off limit "
            f"{statement['writeOffLimit']} of {statement['number']}; match it instead",
        )
    target = write_off_account(
        uow, data.get("accountId") or statement["writeOffAccountId"], None, "accountId"
    )
    bank_id = statement["bankAccountId"]
    label = str(data.get("label") or "") or (
        f"Difference on {statement['number']} line {line['sequence']}"
    )
    money_in = residual > 0
    bank_side, other_side = ("debit", "credit") if money_in else ("credit", "debit")
    entry = create_entry(
        uow,
        lines=[
            {"accountId": bank_id, bank_side: size, "description": label},
            {"accountId": target["id"], other_side: size, "description": label},
        ],
        date=line["date"],
        memo=f"Write-off on bank statement {statement['number']}",
        reference=statement["number"],
        source_type="bank_statement",
        source_id=statement["id"],
        post=True,
        created_at=at,
    )
    item = _bank_item(entry, bank_id)
    assert item is not None
    _clear(uow, entry, item, size, line["id"])
    signed = money(size if money_in else -size, currency)
    found = _match("writeOff", signed, entry, item, entry["number"], at)
    found.update(accountId=target["id"], accountCode=target["code"], label=label)
    line["matches"].append(found)
    refresh(statement)
    uow.save("bank_statement", statement, "bank_statement.written_off", at=at)
    return statement


def unmatch_line(
    uow: UnitOfWork, statement: dict[str, Any], line: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Undo every match of a line: clear its items again and reverse its write-offs."""
    if not line["matches"]:
        raise ApiError(409, f"Line {line['sequence']} is not matched to anything")
    for match in line["matches"]:
        entry = uow.get("journal_entry", match["journalEntryId"])
        items = (entry or {}).get("lines", ())
        item = next((x for x in items if x["id"] == match["journalItemId"]), None)
        if entry is None or item is None:
            continue
        _clear(uow, entry, item, -abs(Decimal(match["amount"])), line["id"])
        if match["type"] == "writeOff":
            _reverse_write_off(uow, statement, entry, item, at)
    line["matches"] = []
    line["partnerId"] = line["partnerName"] = None
    refresh(statement)
    uow.save("bank_statement", statement, "bank_statement.unmatched", at=at)
    return statement


def _reverse_write_off(
    uow: UnitOfWork,
    statement: dict[str, Any],
    entry: dict[str, Any],
    item: dict[str, Any],
    at: str | None,
) -> None:
    """Post the reverse of a write-off; the two bank items cancel out and are closed."""
    reversal = create_entry(
        uow,
        lines=[
            {
                "accountId": x["accountId"],
                "debit": x["credit"],
                "credit": x["debit"],
                "description": f"Reversal: {x['description']}",
            }
            for x in entry["lines"]
        ],
        date=max(entry["date"], (at or clock.now_iso())[:10]),
        memo=f"Reversal of {entry['number']} (bank statement {statement['number']} unmatched)",
        reference=statement["number"],
        source_type="bank_statement",
        source_id=statement["id"],
        post=True,
        created_at=at,
    )
    twin = _bank_item(reversal, statement["bankAccountId"])
    assert twin is not None
    entry["reversedBy"] = reversal["id"]
    reversal["reversalOf"] = entry["id"]
    for bank_item, book in ((item, entry), (twin, reversal)):
        bank_item["reconciledAmount"] = money(abs(_signed(bank_item)), book["currency"])
        bank_item["reconciled"] = True
        uow.save("journal_entry", book, "journal_entry.reconciled")
