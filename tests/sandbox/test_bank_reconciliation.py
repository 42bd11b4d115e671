"""Bank reconciliation: import a statement, match lines to the books, write off, unmatch."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from websockets.sync.client import connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sandbox.test_events import join, receive
from tests.sandbox.test_invoices import by_code, entries_for, new_client, new_vendor, posted_invoice

STATEMENTS = "/accounting/bank-reconciliation/statements"
MATCH = "/accounting/bank-reconciliation/match"
WRITE_OFF = "/accounting/bank-reconciliation/write-off"
UNMATCH = "/accounting/bank-reconciliation/unmatch"


# --- helpers shared by the bank tests --------------------------------------------------------


def paid(
    api: Api, partner: dict[str, Any], amount: str, direction: str = "inbound", method: str = "bank"
) -> dict[str, Any]:
    """A posted payment on account (no invoice), by bank unless said otherwise."""
    payment = api.ok(
        api.post(
            "/accounting/payments",
            {
                "type": direction,
                "partnerId": partner["id"],
                "amount": amount,
                "method": method,
                "reference": f"REF-{uuid.uuid4().hex[:6]}",
            },
        )
    )
    return api.ok(api.post(f"/accounting/payments/{payment['id']}/post"))


def statement(api: Api, *amounts: str, opening: str = "1000.00", **extra: Any) -> dict[str, Any]:
    """Import a statement whose lines have these amounts (one a day from 2026-11-02)."""
    lines = [
        {
            "date": f"2026-11-{i + 2:02d}",
            "amount": a,
            "reference": f"L{i + 1}",
            "memo": f"line {i + 1}",
            "counterparty": "SOMEONE",
        }
        for i, a in enumerate(amounts)
    ]
    closing = Decimal(opening) + sum((Decimal(a) for a in amounts), Decimal(0))
    body = {
        "reference": f"ST-{uuid.uuid4().hex[:8]}",
        "openingBalance": opening,
        "closingBalance": str(closing),
        "lines": lines,
        **extra,
    }
    return api.ok(api.post(STATEMENTS, body))  # type: ignore[no-any-return]


def match(api: Api, line: dict[str, Any], *matches: dict[str, Any]) -> Any:
    return api.post(MATCH, {"statementLineId": line["id"], "matches": list(matches)})


def bank_item(api: Api, payment: dict[str, Any]) -> dict[str, Any]:
    entry = api.ok(api.get(f"/accounting/journal-entries/{payment['journalEntryId']}"))
    return next(x for x in entry["lines"] if x["accountCode"] == "1010")  # type: ignore[no-any-return]


def balance(api: Api, code: str) -> Decimal:
    account = next(a for a in api.all("/accounting/accounts") if a["code"] == code)
    return Decimal(account["balance"])


def trial_balance_holds(api: Api) -> bool:
    """Debit-normal balances equal credit-normal ones over the whole chart."""
    accounts = api.all("/accounting/accounts")
    debit = sum(
        (Decimal(a["balance"]) for a in accounts if a["type"] in ("asset", "expense")), Decimal(0)
    )
    credit = sum(
        (
            Decimal(a["balance"])
            for a in accounts
            if a["type"] in ("liability", "equity", "revenue")
        ),
        Decimal(0),
    )
    return debit == credit


# --- importing ---------------------------------------------------------------------------------


def test_an_import_is_checked_line_by_line_and_adds_up(accountant: Api) -> None:
    reference = f"ST-{uuid.uuid4().hex[:8]}"
    body: dict[str, Any] = {
        "reference": reference,
        "openingBalance": "500.00",
        "closingBalance": "800.00",
        "lines": [
            {"date": "2026-11-02", "amount": "250.00", "balance": "750.00", "memo": "in"},
            {"date": "2026-11-03", "amount": "-100.00", "balance": "660.00", "memo": "out"},
            {"date": "2026-11-04", "amount": "0", "memo": "nothing"},
        ],
    }
    refused = accountant.post(STATEMENTS, body)
    assert refused.status_code == 400
    errors = {e["field"]: e["message"] for e in refused.json()["errors"]}
    assert set(errors) == {"lines[1].balance", "lines[2].amount"}
    assert "660.00" in errors["lines[1].balance"] and "650.00" in errors["lines[1].balance"]

    body["lines"][1]["balance"] = "650.00"
    body["lines"][2]["amount"] = "100.00"
    short = accountant.post(STATEMENTS, {**body, "closingBalance": "760.00"})
    assert short.status_code == 400 and short.json()["errors"][0]["field"] == "closingBalance"
    assert "750.00" in short.json()["errors"][0]["message"]
    assert not accountant.all(STATEMENTS, reference=reference)  # nothing half-imported

    body["closingBalance"] = "750.00"
    imported = accountant.ok(accountant.post(STATEMENTS, body))
    assert imported["number"].startswith("BST-") and imported["bankAccountCode"] == "1010"
    assert [x["balance"] for x in imported["lines"]] == ["750.00", "650.00", "750.00"]
    assert (imported["totalIn"], imported["totalOut"]) == ("350.00", "100.00")
    assert (imported["state"], imported["reconciledBalance"], imported["difference"]) == (
        "open",
        "500.00",
        "250.00",
    )
    assert all(x["state"] == "unmatched" for x in imported["lines"])
    assert imported["writeOffAccountCode"] == "6800" and imported["writeOffLimit"] == "100.00"
    again = accountant.post(STATEMENTS, body)
    assert again.status_code == 409 and imported["number"] in again.json()["message"]
    assert accountant.ok(accountant.get(f"{STATEMENTS}/{imported['id']}")) == imported
    assert [s["id"] for s in accountant.all(STATEMENTS, reference=reference)] == [imported["id"]]


def test_only_bank_accounts_take_statements(accountant: Api) -> None:
    refused = accountant.post(
        STATEMENTS,
        {
            "reference": "X",
            "bankAccountCode": "1200",
            "openingBalance": "0",
            "closingBalance": "1",
            "lines": [{"date": "2026-11-02", "amount": "1"}],
        },
    )
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "bankAccountId"
    assert "not a bank account" in refused.json()["errors"][0]["message"]


# --- matching ----------------------------------------------------------------------------------


def test_a_line_matched_to_its_payment_reconciles_without_new_postings(accountant: Api) -> None:
    client = new_client(accountant)
    payment = paid(accountant, client, "1050.00")
    st = statement(accountant, "1050.00")
    done = accountant.ok(match(accountant, st["lines"][0], {"paymentId": payment["id"]}))
    line = done["lines"][0]
    assert (line["state"], line["amountResidual"], line["partnerId"]) == (
        "reconciled",
        "0.00",
        client["id"],
    )
    assert line["matches"][0]["type"] == "payment" and line["matches"][0]["amount"] == "1050.00"
    assert (done["state"], done["reconciledBalance"]) == ("reconciled", done["closingBalance"])
    assert len(entries_for(accountant, payment["number"])) == 1  # nothing posted by matching
    item = bank_item(accountant, payment)
    assert (item["reconciledAmount"], item["reconciled"]) == ("1050.00", True)
    after = accountant.ok(accountant.get(f"/accounting/payments/{payment['id']}"))
    assert (after["reconciliationState"], after["amountReconciled"]) == ("reconciled", "1050.00")
    twice = match(accountant, line, {"paymentId": payment["id"]})
    assert twice.status_code == 409 and "already reconciled" in twice.json()["message"]


def test_many_payments_settle_one_line_and_one_payment_splits_over_lines(accountant: Api) -> None:
    vendor = new_vendor(accountant)
    first, second, third = (
        paid(accountant, vendor, a, "outbound") for a in ("300.00", "200.00", "500.00")
    )
    st = statement(accountant, "-700.00", "-300.00")
    one, two = st["lines"]
    done = accountant.ok(
        match(
            accountant,
            one,
            {"paymentId": first["id"]},
            {"paymentId": second["id"]},
            {"paymentId": third["id"], "amount": "200.00"},
        )
    )
    assert (
        done["lines"][0]["state"] == "reconciled" and done["lines"][0]["amountMatched"] == "-700.00"
    )
    split = accountant.ok(accountant.get(f"/accounting/payments/{third['id']}"))
    assert (split["reconciliationState"], split["amountReconciled"]) == ("partial", "200.00")
    rest = match(accountant, two, {"paymentId": third["id"]})
    assert accountant.ok(rest)["state"] == "reconciled"
    item = bank_item(accountant, third)
    assert item["reconciled"] is True and item["statementLineIds"] == [one["id"], two["id"]]


def test_a_journal_item_on_the_bank_account_can_be_matched(accountant: Api) -> None:
    entry = accountant.ok(
        accountant.post(
            "/accounting/journal-entries",
            {
                "memo": "Bank charges November",
                "post": True,
                "lines": [
                    {"accountCode": "6800", "debit": "42.00"},
                    {"accountCode": "1010", "credit": "42.00"},
                ],
            },
        )
    )
    bank = next(x for x in entry["lines"] if x["accountCode"] == "1010")
    expense = next(x for x in entry["lines"] if x["accountCode"] == "6800")
    st = statement(accountant, "-42.00")
    wrong = match(accountant, st["lines"][0], {"journalItemId": expense["id"]})
    assert (
        wrong.status_code == 400
        and "not to the bank account" in wrong.json()["errors"][0]["message"]
    )
    done = accountant.ok(
        match(
            accountant, st["lines"][0], {"journalItemId": bank["id"], "journalEntryId": entry["id"]}
        )
    )
    assert done["lines"][0]["matches"][0]["type"] == "journalItem"
    assert done["state"] == "reconciled"


def test_matching_an_open_invoice_books_its_payment(accountant: Api) -> None:
    client = new_client(accountant)
    invoice = posted_invoice(accountant, client, unit_price="2000")  # 2100.00 with VAT
    st = statement(accountant, "1000.00")
    done = accountant.ok(match(accountant, st["lines"][0], {"invoiceId": invoice["id"]}))
    found = done["lines"][0]["matches"][0]
    assert (found["type"], found["invoiceId"], found["amount"]) == (
        "invoice",
        invoice["id"],
        "1000.00",
    )
    payment = accountant.ok(accountant.get(f"/accounting/payments/{found['paymentId']}"))
    assert (payment["state"], payment["type"], payment["date"]) == (
        "posted",
        "inbound",
        "2026-11-02",
    )
    assert payment["reconciliationState"] == "reconciled"
    [entry] = entries_for(accountant, payment["number"])
    assert by_code(entry) == {"1010": (Decimal("1000.00"), 0), "1200": (0, Decimal("1000.00"))}
    after = accountant.ok(accountant.get(f"/accounting/invoices/{invoice['id']}"))
    assert (after["paymentState"], after["amountDue"]) == ("partial", "1100.00")

    vendor = new_vendor(accountant)
    bill = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "type": "in_invoice",
                "partnerId": vendor["id"],
                "lines": [{"description": "Freight", "unitPrice": "400", "taxRate": "0"}],
            },
        )
    )
    accountant.ok(accountant.post(f"/accounting/invoices/{bill['id']}/post"))
    out = statement(accountant, "-400.00")
    wrong_way = match(accountant, out["lines"][0], {"invoiceId": invoice["id"]})
    assert wrong_way.status_code == 400 and "money in" in wrong_way.json()["errors"][0]["message"]
    paid_bill = accountant.ok(match(accountant, out["lines"][0], {"invoiceId": bill["id"]}))
    assert paid_bill["state"] == "reconciled"
    assert accountant.ok(accountant.get(f"/accounting/invoices/{bill['id']}"))["state"] == "paid"


def test_a_refused_match_names_each_problem_and_changes_nothing(accountant: Api) -> None:
    client = new_client(accountant)
    vendor = new_vendor(accountant)
    receipt = paid(accountant, client, "100.00")
    cash = paid(accountant, client, "50.00", method="cash")
    outgoing = paid(accountant, vendor, "80.00", "outbound")
    big = paid(accountant, client, "900.00")
    st = statement(accountant, "150.00")
    line = st["lines"][0]
    refused = match(
        accountant,
        line,
        {"paymentId": receipt["id"], "amount": "100.01"},
        {"paymentId": cash["id"]},
        {"paymentId": outgoing["id"]},
        {"paymentId": str(uuid.uuid4())},
        {},
    )
    assert refused.status_code == 400
    assert refused.json()["message"] == "Line 1 cannot be matched as asked"
    errors = {e["field"]: e["message"] for e in refused.json()["errors"]}
    assert "100.00" in errors["matches[0].amount"]
    assert "cash" in errors["matches[1].paymentId"]
    assert "money out" in errors["matches[2]"]
    assert "not a payment" in errors["matches[3].paymentId"]
    assert "exactly one" in errors["matches[4]"]
    too_much = match(accountant, line, {"paymentId": big["id"]})
    assert too_much.status_code == 400 and too_much.json()["errors"][0]["field"] == "matches"
    unchanged = accountant.ok(accountant.get(f"{STATEMENTS}/{st['id']}"))
    assert unchanged["lines"][0]["state"] == "unmatched"
    assert "reconciledAmount" not in bank_item(accountant, receipt)


# --- write-offs and unmatching -------------------------------------------------------------


def test_a_short_receipt_is_matched_then_the_fee_written_off(accountant: Api) -> None:
    client = new_client(accountant)
    payment = paid(accountant, client, "1050.00")
    st = statement(accountant, "1044.75", "-35.00", "-250.00")
    short, fee, large = st["lines"]
    partly = accountant.ok(match(accountant, short, {"paymentId": payment["id"]}))
    assert (partly["lines"][0]["state"], partly["lines"][0]["amountResidual"]) == (
        "partial",
        "-5.25",
    )
    bank_before = balance(accountant, "1010")
    written = accountant.ok(
        accountant.post(WRITE_OFF, {"statementLineId": short["id"], "statementId": st["id"]})
    )
    assert written["lines"][0]["state"] == "reconciled"
    entry = entries_for(accountant, st["number"])[0]
    assert by_code(entry) == {"6800": (Decimal("5.25"), 0), "1010": (0, Decimal("5.25"))}
    assert balance(accountant, "1010") == bank_before - Decimal("5.25")

    to_bank = accountant.post(
        WRITE_OFF,
        {
            "statementLineId": fee["id"],
            "accountId": next(
                a["id"] for a in accountant.all("/accounting/accounts") if a["code"] == "1200"
            ),
        },
    )
    assert to_bank.status_code == 400 and to_bank.json()["errors"][0]["field"] == "accountId"
    accountant.ok(
        accountant.post(
            WRITE_OFF, {"statementLineId": fee["id"], "label": "Account maintenance fee"}
        )
    )
    over = accountant.post(WRITE_OFF, {"statementLineId": large["id"]})
    assert over.status_code == 400 and "write-off limit" in over.json()["errors"][0]["message"]
    final = accountant.ok(accountant.get(f"{STATEMENTS}/{st['id']}"))
    assert final["reconciledCount"] == 2 and final["difference"] == "-250.00"


def test_unmatching_clears_the_items_and_reverses_the_write_off(accountant: Api) -> None:
    client = new_client(accountant)
    payment = paid(accountant, client, "200.00")
    st = statement(accountant, "197.00")
    line = st["lines"][0]
    accountant.ok(match(accountant, line, {"paymentId": payment["id"]}))
    bank_before = balance(accountant, "1010")
    accountant.ok(accountant.post(WRITE_OFF, {"statementLineId": line["id"]}))
    undone = accountant.ok(accountant.post(UNMATCH, {"statementLineId": line["id"]}))
    assert (undone["lines"][0]["state"], undone["lines"][0]["matches"]) == ("unmatched", [])
    assert undone["reconciledBalance"] == undone["openingBalance"]
    assert (
        accountant.ok(accountant.get(f"/accounting/payments/{payment['id']}"))[
            "reconciliationState"
        ]
        == "unreconciled"
    )
    write_off, reversal = sorted(entries_for(accountant, st["number"]), key=lambda e: e["number"])
    assert reversal["reversalOf"] == write_off["id"] and by_code(reversal)["1010"] == (
        Decimal("3.00"),
        0,
    )
    assert balance(accountant, "1010") == bank_before  # the write-off is gone from the books
    again = accountant.post(UNMATCH, {"statementLineId": line["id"]})
    assert again.status_code == 409
    rematched = accountant.ok(match(accountant, line, {"paymentId": payment["id"]}))
    assert rematched["lines"][0]["amountResidual"] == "-3.00"


def test_unknown_lines_are_404(accountant: Api) -> None:
    missing = accountant.post(
        MATCH, {"statementLineId": str(uuid.uuid4()), "matches": [{"paymentId": str(uuid.uuid4())}]}
    )
    assert missing.status_code == 404 and "not found" in missing.json()["message"]


# --- the contract around the changes ----------------------------------------------------------


def test_a_retried_match_happens_once(accountant: Api) -> None:
    payment = paid(accountant, new_client(accountant), "75.00")
    st = statement(accountant, "75.00")
    body = {"statementLineId": st["lines"][0]["id"], "matches": [{"paymentId": payment["id"]}]}
    key = {"Idempotency-Key": f"match-{uuid.uuid4()}"}
    first = accountant.post(MATCH, body, headers=key)
    second = accountant.post(MATCH, body, headers=key)
    assert first.status_code == second.status_code == 200
    assert second.headers["Idempotent-Replayed"] == "true" and second.json() == first.json()


def test_changes_are_announced_in_the_accounting_room(sandbox: SandboxServer, admin: Api) -> None:
    url = f"{sandbox.ws_url}?token={admin.tokens['accessToken']}&companyId={COMPANY_1}"
    with connect(url) as ws:
        assert join(ws, "accounting")["event"] == "joined_module"
        st = statement(admin, "10.00")
        assert receive(ws, "module.invalidate")["eventName"] == "bank_statement.created"
        admin.ok(admin.post(WRITE_OFF, {"statementLineId": st["lines"][0]["id"]}))
        heard = set()
        while "bank_statement.written_off" not in heard:
            heard.add(receive(ws, "module.invalidate")["eventName"])
        assert "journal_entry.created" in heard


def test_storekeepers_cannot_see_or_import_statements(storekeeper: Api) -> None:
    assert storekeeper.get(STATEMENTS).status_code == 403
    body = {
        "reference": "SK",
        "openingBalance": "0",
        "closingBalance": "1",
        "lines": [{"date": "2026-11-02", "amount": "1"}],
    }
    refused = storekeeper.post(STATEMENTS, body)
    assert refused.status_code == 403 and "accounting.write" in refused.json()["message"]
