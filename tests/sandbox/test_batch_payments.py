"""Batch payments: partner bank details, exportable payments, UAEFTS / CSV / WPS files."""

from __future__ import annotations

import csv
import io
import random
import re
import uuid
from typing import Any

import httpx
from websockets.sync.client import connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1, COMPANY_2, Api
from tests.sandbox.test_bank_reconciliation import paid
from tests.sandbox.test_events import join, receive
from tests.sandbox.test_invoices import new_client, new_vendor

BATCH = "/accounting/batch-payment"
MASHREQ_ROUTING = "203320101"  # bank code 033, as in the IBANs below


def iban(country: str, bban: str) -> str:
    """An IBAN with correct check digits (ISO 13616, computed here independently)."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


def mashreq_iban() -> str:
    return iban("AE", "033" + "".join(random.choice("0123456789") for _ in range(16)))


def put(api: Api, path: str, body: dict[str, Any]) -> httpx.Response:
    return api.http.put(path, json=body, headers=api.headers())


def vendor_with_bank(api: Api, **details: Any) -> dict[str, Any]:
    vendor = new_vendor(api)
    body = {
        "bankName": "Mashreq",
        "iban": mashreq_iban(),
        "swiftCode": "BOMLAEAD",
        "routingCode": MASHREQ_ROUTING,
        **details,
    }
    vendor["bank"] = api.ok(put(api, f"{BATCH}/bank-details/{vendor['id']}", body))
    return vendor


def vendor_payment(api: Api, vendor: dict[str, Any], amount: str) -> dict[str, Any]:
    return paid(api, vendor, amount, "outbound")


def exportable_ids(api: Api, **params: Any) -> set[str]:
    return {p["id"] for p in api.all(f"{BATCH}/exportable", **params)}


# --- bank details --------------------------------------------------------------------------------


def test_bank_details_are_saved_and_read_back(accountant: Api) -> None:
    vendor = new_vendor(accountant)
    account = mashreq_iban()
    saved = accountant.ok(
        put(
            accountant,
            f"{BATCH}/bank-details/{vendor['id']}",
            {
                "bank_name": "Mashreq",
                "account_number": account[7:],
                "iban": account[:4] + " " + account[4:],
                "swift_code": "BOMLAEAD",
                "routingCode": MASHREQ_ROUTING,
                "branch": "Deira",
            },
        )
    )
    assert (saved["partnerType"], saved["iban"], saved["ibanValid"], saved["problems"]) == (
        "vendor",
        account,
        True,
        [],
    )
    read = accountant.ok(accountant.get(f"{BATCH}/bank-details/{vendor['id']}"))
    assert read == saved and read["branch"] == "Deira" and read["accountNumber"] == account[7:]
    the_vendor = accountant.ok(accountant.get(f"/inventory/vendors/{vendor['id']}"))
    assert (the_vendor["iban"], the_vendor["bankName"]) == (account, "Mashreq")


def test_bad_bank_details_are_refused_field_by_field(accountant: Api) -> None:
    vendor = new_vendor(accountant)
    good = mashreq_iban()
    wrong_check = good[:2] + f"{(int(good[2:4]) + 1) % 90 + 10:02d}" + good[4:]
    cases = [
        ({"iban": wrong_check}, "iban", "check digits"),
        ({"iban": good[:-1]}, "iban", "must be 23 characters for AE"),
        ({"iban": "ZZ12345"}, "iban", "does not use IBANs"),
        ({"iban": good, "swiftCode": "MASHREQ"}, "swiftCode", "8 or 11"),
        ({"iban": good, "routingCode": "302620122"}, "routingCode", "bank 026"),
        ({"bankName": "Mashreq"}, "iban", "IBAN or an account number"),
    ]
    for body, field, words in cases:
        refused = put(accountant, f"{BATCH}/bank-details/{vendor['id']}", body)
        assert refused.status_code == 400, body
        error = refused.json()["errors"][0]
        assert error["field"] == field and words in error["message"], error
    blank = accountant.ok(accountant.get(f"{BATCH}/bank-details/{vendor['id']}"))
    assert (blank["iban"], blank["ibanValid"], blank["problems"]) == (None, False, ["has no IBAN"])
    missing = accountant.get(f"{BATCH}/bank-details/{uuid.uuid4()}")
    assert missing.status_code == 404


def test_saving_bank_details_is_announced_in_the_accounting_room(
    sandbox: SandboxServer, admin: Api
) -> None:
    url = f"{sandbox.ws_url}?token={admin.tokens['accessToken']}&companyId={COMPANY_1}"
    vendor = new_vendor(admin)
    with connect(url) as ws:
        assert join(ws, "accounting")["event"] == "joined_module"
        admin.ok(put(admin, f"{BATCH}/bank-details/{vendor['id']}", {"iban": mashreq_iban()}))
        assert receive(ws, "module.invalidate") == {
            "moduleKey": "accounting",
            "eventName": "partner.bank_details_updated",
        }


# --- exportable payments -------------------------------------------------------------------------


def test_exportable_lists_posted_bank_payments_out_not_yet_exported(accountant: Api) -> None:
    vendor = vendor_with_bank(accountant)
    payment = vendor_payment(accountant, vendor, "120.00")
    draft = accountant.ok(
        accountant.post(
            "/accounting/payments", {"type": "outbound", "partnerId": vendor["id"], "amount": "5"}
        )
    )
    cash = paid(accountant, vendor, "7.00", "outbound", method="cash")
    receipt = paid(accountant, new_client(accountant), "9.00")
    listed = exportable_ids(accountant, partnerId=vendor["id"])
    assert listed == {payment["id"]}
    assert receipt["id"] not in exportable_ids(accountant, dateFrom=payment["date"])
    assert draft["id"] not in listed and cash["id"] not in listed
    assert payment["id"] in exportable_ids(
        accountant, date_from=payment["date"], date_to=payment["date"], category="vendor"
    )
    assert not exportable_ids(accountant, partnerId=vendor["id"], dateTo="2000-01-01")
    assert not exportable_ids(accountant, partnerId=vendor["id"], category="salary")
    bad = accountant.get(f"{BATCH}/exportable", dateFrom="yesterday")
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "dateFrom"


# --- UAEFTS and CSV ----------------------------------------------------------------------------


def test_a_uaefts_file_has_header_details_and_trailer(accountant: Api) -> None:
    first = vendor_with_bank(accountant)
    second = vendor_with_bank(accountant, bankName="Mashreq | Deira")
    one = vendor_payment(accountant, first, "5000.00")
    two = vendor_payment(accountant, second, "7250.50")
    sender = iban("AE", "026" + "1234567890123456")
    answer = accountant.post(
        f"{BATCH}/export/uaefts",
        {
            "payment_ids": [one["id"], two["id"]],
            "company_name": "Arkan Trading LLC",
            "sender_bank": {"bank_name": "Emirates NBD", "iban": sender, "swift_code": "EBILAEAD"},
            "valueDate": "2026-12-10",
        },
    )
    assert answer.status_code == 201, answer.text
    name = re.fullmatch(
        r'attachment; filename="(BP-\d{4}-\d{5})\.txt"', answer.headers["content-disposition"]
    )
    assert name is not None and answer.headers["content-type"].startswith("text/plain")
    reference = name.group(1)
    assert (answer.headers["x-control-count"], answer.headers["x-control-total"]) == (
        "2",
        "12250.50",
    )
    assert answer.text.endswith("\r\n")
    header, *details, trailer = [r.split("|") for r in answer.text.split("\r\n")[:-1]]
    assert header == [
        "HDR",
        reference,
        "Arkan Trading LLC",
        "1234567890123456",
        sender,
        "20261210",
        "12250.50",
        "2",
    ]
    for seq, (row, vendor, payment) in enumerate(
        zip(details, (first, second), (one, two), strict=True), start=1
    ):
        assert row == [
            "DTL",
            f"{seq:04d}",
            vendor["name"],
            vendor["bank"]["iban"][7:],
            vendor["bank"]["iban"],
            "Mashreq" if seq == 1 else "Mashreq Deira",  # no pipe inside a field
            payment["amount"],
            "AED",
            payment["reference"],
        ]
    assert trailer == ["TRL", "2", "12250.50"]

    exported = accountant.ok(accountant.get(f"/accounting/payments/{one['id']}"))
    assert (exported["exportFormat"], exported["exportBatchNumber"]) == ("uaefts", reference)
    assert f"[EXPORTED:{reference}:" in exported["memo"]
    assert one["id"] not in exportable_ids(accountant, partnerId=first["id"])
    batch = accountant.ok(accountant.get(f"{BATCH}/batches/{answer.headers['x-batch-id']}"))
    assert (batch["content"], batch["paymentCount"], batch["total"]) == (answer.text, 2, "12250.50")
    again = accountant.post(f"{BATCH}/export/uaefts", {"paymentIds": [one["id"]]})
    assert again.status_code == 400 and "already exported" in again.json()["errors"][0]["message"]


def test_a_csv_file_lists_every_payment_and_defuses_formulas(accountant: Api) -> None:
    vendor = new_vendor(accountant)
    risky = accountant.ok(
        accountant.post("/inventory/vendors", {"name": f'=HYPERLINK("x") {uuid.uuid4().hex[:6]}'})
    )
    for partner in (vendor, risky):
        accountant.ok(
            put(
                accountant,
                f"{BATCH}/bank-details/{partner['id']}",
                {"iban": mashreq_iban(), "bankName": "Mashreq", "routingCode": MASHREQ_ROUTING},
            )
        )
    payments = [
        vendor_payment(accountant, vendor, "10.00"),
        vendor_payment(accountant, risky, "20.50"),
    ]
    answer = accountant.post(f"{BATCH}/export/csv", {"paymentIds": [p["id"] for p in payments]})
    assert answer.status_code == 201 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert rows[0][:4] == ["Sequence", "Payment Number", "Payment Date", "Beneficiary Name"]
    assert [r[1] for r in rows[1:]] == [p["number"] for p in payments]
    assert [r[9] for r in rows[1:]] == ["10.00", "20.50"]
    assert rows[2][3] == "'" + risky["name"]
    assert answer.headers["x-control-total"] == "30.50"


def test_an_export_names_every_payment_it_cannot_send(accountant: Api) -> None:
    no_iban = new_vendor(accountant)
    good = vendor_with_bank(accountant)
    payment = vendor_payment(accountant, no_iban, "15.00")
    ok_payment = vendor_payment(accountant, good, "16.00")
    receipt = paid(accountant, new_client(accountant), "17.00")
    refused = accountant.post(
        f"{BATCH}/export/uaefts",
        {
            "paymentIds": [
                payment["id"],
                receipt["id"],
                ok_payment["id"],
                ok_payment["id"],
                str(uuid.uuid4()),
            ]
        },
    )
    assert refused.status_code == 400
    errors = {e["field"]: e["message"] for e in refused.json()["errors"]}
    assert errors["paymentIds[0]"] == f"{payment['number']} to {no_iban['name']}: has no IBAN"
    assert "not a payment out" in errors["paymentIds[1]"]
    assert "listed twice" in errors["paymentIds[3]"]
    assert "not a payment" in errors["paymentIds[4]"]
    assert "paymentIds[2]" not in errors
    still = accountant.ok(accountant.get(f"/accounting/payments/{ok_payment['id']}"))
    assert "exportBatchId" not in still  # nothing of a refused batch is kept


def test_the_demo_has_a_vendor_whose_iban_a_bank_would_refuse(accountant: Api) -> None:
    seeded = "2026-02"  # the demo's vendors were keyed in at the start of its history
    vendors = [v for v in accountant.all("/inventory/vendors") if v["createdAt"] < seeded]
    assert len(vendors) == 20
    views = [accountant.ok(accountant.get(f"{BATCH}/bank-details/{v['id']}")) for v in vendors]
    broken = [v for v in views if any("check digits" in p for p in v["problems"])]
    assert len(broken) == 1 and broken[0]["ibanValid"] is False
    payment = vendor_payment(accountant, {"id": broken[0]["partnerId"]}, "11.00")
    refused = accountant.post(f"{BATCH}/export/csv", {"paymentIds": [payment["id"]]})
    assert refused.status_code == 400
    assert broken[0]["partnerName"] in refused.json()["errors"][0]["message"]


def test_a_retried_export_returns_the_same_file_once(accountant: Api) -> None:
    payment = vendor_payment(accountant, vendor_with_bank(accountant), "33.00")
    key = {"Idempotency-Key": f"export-{uuid.uuid4()}"}
    first = accountant.post(f"{BATCH}/export/csv", {"paymentIds": [payment["id"]]}, headers=key)
    second = accountant.post(f"{BATCH}/export/csv", {"paymentIds": [payment["id"]]}, headers=key)
    assert first.status_code == second.status_code == 201
    assert second.text == first.text and second.headers["idempotent-replayed"] == "true"
    assert second.headers["x-batch-id"] == first.headers["x-batch-id"]


def test_uaefts_and_wps_are_for_aed_books(accountant: Api) -> None:
    kuwait = Api(accountant.server, "accountant@demo.local", COMPANY_2)
    vendor = kuwait.ok(kuwait.get("/inventory/vendors", limit=1))["data"][0]
    payment = paid(kuwait, vendor, "10.000", "outbound")
    refused = kuwait.post(f"{BATCH}/export/uaefts", {"paymentIds": [payment["id"]]})
    assert refused.status_code == 409 and "KWD" in refused.json()["message"]
    kuwait.close()


def test_storekeepers_cannot_export(storekeeper: Api) -> None:
    refused = storekeeper.post(f"{BATCH}/export/csv", {"paymentIds": [str(uuid.uuid4())]})
    assert refused.status_code == 403
