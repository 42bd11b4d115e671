"""Clients and vendors: created and edited with tax numbers checked per country, credit
limits, contacts on the partner, and the companies' own VAT registration."""

from __future__ import annotations

import uuid

import pytest

from tests.sandbox.conftest import COMPANY_1, COMPANY_2, Api


def _name() -> str:
    return f"Partner {uuid.uuid4().hex[:10]}"


def _trn() -> str:
    return "100" + str(uuid.uuid4().int)[:12]


@pytest.mark.parametrize(
    ("country", "number", "valid"),
    [
        ("AE", "100123456789012", True),
        ("AE", "100 1234 5678 9013", True),  # people type groups; stored without spaces
        ("AE", "200123456789012", False),
        ("AE", "10012345678901", False),
        ("SA", "310123456789013", True),
        ("SA", "310123456789012", False),
        ("BH", "200123456789012", True),
        ("BH", "100123456789012", False),
        ("OM", "OM1100001389", True),
        ("OM", "1100001389", False),
        ("KW", "KW300123456", True),  # no VAT in Kuwait: any reference is kept
    ],
)
def test_tax_numbers_are_checked_against_the_partners_country(
    admin: Api, country: str, number: str, valid: bool
) -> None:
    body = {"name": _name(), "taxId": number, "address": {"country": country}}
    answer = admin.post("/crm/clients", body)
    if valid:
        client = admin.ok(answer)
        assert client["taxId"] == number.replace(" ", "")
        admin.ok(admin.patch(f"/crm/clients/{client['id']}", {"taxId": None}))
    else:
        assert answer.status_code == 400
        [error] = answer.json()["errors"]
        assert error["field"] == "taxId" and "is not valid" in error["message"]


def test_a_kuwaiti_partner_needs_no_tax_number(admin: Api) -> None:
    admin.company_id = COMPANY_2
    client = admin.ok(admin.post("/crm/clients", {"name": _name(), "address": {"country": "KW"}}))
    assert client["taxId"] is None


def test_a_client_is_edited_field_by_field(accountant: Api) -> None:
    client = accountant.ok(accountant.post("/crm/clients", {"name": _name(), "taxId": _trn()}))
    edited = accountant.ok(
        accountant.patch(
            f"/crm/clients/{client['id']}",
            {"phone": "+971 4 000 0000", "creditLimit": "25000.50", "paymentTermsDays": 45},
        )
    )
    assert (edited["phone"], edited["creditLimit"], edited["paymentTermsDays"]) == (
        "+971 4 000 0000",
        "25000.50",
        45,
    )
    assert edited["name"] == client["name"] and edited["taxId"] == client["taxId"]
    assert accountant.ok(accountant.get(f"/crm/clients/{client['id']}")) == edited

    # Moving it to Saudi Arabia makes its UAE TRN invalid there: refused, nothing changes.
    moved = accountant.patch(f"/crm/clients/{client['id']}", {"address": {"country": "SA"}})
    assert moved.status_code == 400 and moved.json()["errors"][0]["field"] == "taxId"
    assert (
        accountant.ok(accountant.get(f"/crm/clients/{client['id']}"))["address"]["country"] == "AE"
    )

    fractional = accountant.patch(f"/crm/clients/{client['id']}", {"creditLimit": "1.005"})
    assert fractional.status_code == 400
    assert fractional.json()["errors"][0]["field"] == "creditLimit"


def test_a_tax_number_belongs_to_one_client_only(accountant: Api) -> None:
    number = _trn()
    first = accountant.ok(accountant.post("/crm/clients", {"name": _name(), "taxId": number}))
    second = accountant.ok(accountant.post("/crm/clients", {"name": _name()}))
    clash = accountant.patch(f"/crm/clients/{second['id']}", {"taxId": number})
    assert clash.status_code == 409
    assert first["name"] in clash.json()["message"]
    # Saving a client with its own number is no clash.
    accountant.ok(accountant.patch(f"/crm/clients/{first['id']}", {"taxId": number}))


def test_vendors_are_edited_with_their_bank_and_limits(accountant: Api, storekeeper: Api) -> None:
    vendor = accountant.ok(accountant.post("/inventory/vendors", {"name": _name()}))
    edited = accountant.ok(
        accountant.patch(
            f"/inventory/vendors/{vendor['id']}",
            {"taxId": _trn(), "creditLimit": "100000", "bankName": "Mashreq"},
        )
    )
    assert edited["creditLimit"] == "100000.00" and edited["bankName"] == "Mashreq"
    refused = storekeeper.patch(f"/inventory/vendors/{vendor['id']}", {"name": "Mine now"})
    assert refused.status_code == 403
    unknown = accountant.patch(f"/inventory/vendors/{uuid.uuid4()}", {"name": "Nobody"})
    assert unknown.status_code == 404
    typo = accountant.patch(f"/inventory/vendors/{vendor['id']}", {"nmae": "Typo"})
    assert typo.status_code == 400 and typo.json()["errors"][0]["field"] == "nmae"


def test_contacts_carry_their_partner(accountant: Api) -> None:
    vendor = accountant.ok(accountant.post("/inventory/vendors", {"name": _name()}))
    contact = accountant.ok(
        accountant.post(
            "/crm/contacts",
            {"partnerId": vendor["id"], "partnerType": "vendor", "name": "Sana Yusuf"},
        )
    )
    assert (contact["partnerId"], contact["partnerType"], contact["clientId"]) == (
        vendor["id"],
        "vendor",
        None,
    )
    listed = accountant.ok(accountant.get("/crm/contacts", partnerId=vendor["id"]))["data"]
    assert [c["id"] for c in listed] == [contact["id"]]
    wrong = accountant.post(
        "/crm/contacts", {"partnerId": vendor["id"], "partnerType": "client", "name": "X"}
    )
    assert wrong.status_code == 400 and wrong.json()["errors"][0]["field"] == "partnerId"


def test_companies_say_whether_they_are_vat_registered(admin: Api) -> None:
    companies = {c["id"]: c for c in admin.ok(admin.get("/companies"))["data"]}
    uae, kuwait = companies[COMPANY_1], companies[COMPANY_2]
    assert (uae["taxRegistered"], uae["trn"], uae["country"]) == (True, "100234567800003", "AE")
    assert (kuwait["taxRegistered"], kuwait["trn"], kuwait["country"]) == (False, None, "KW")
