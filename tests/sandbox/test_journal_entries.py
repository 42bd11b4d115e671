"""Journal entries: drafts, posting, balance rules, immutability and who may do what."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api


def account(api: Api, code: str) -> dict[str, Any]:
    [found] = [a for a in api.all("/accounting/accounts") if a["code"] == code]
    return found


def entry(api: Api, amount: str = "123.45", **extra: Any) -> Any:
    return api.post(
        "/accounting/journal-entries",
        {
            "date": "2026-02-14",
            "memo": "Stationery",
            "reference": f"JE-T-{uuid.uuid4().hex[:8]}",
            "lines": [
                {"accountCode": "6400", "debit": amount, "description": "Paper"},
                {"accountCode": "1010", "credit": amount, "description": "Paid by card"},
            ],
            **extra,
        },
    )


def test_a_draft_changes_no_balance_and_posting_it_does(accountant: Api) -> None:
    supplies = account(accountant, "6400")["balance"]
    bank = account(accountant, "1010")["balance"]
    created = entry(accountant)
    assert created.status_code == 201
    draft = created.json()
    assert draft["state"] == "draft" and draft["number"].startswith("JE-2026-")
    assert (draft["totalDebit"], draft["totalCredit"]) == ("123.45", "123.45")
    assert draft["lines"][0]["accountCode"] == "6400" and draft["lines"][0]["debit"] == "123.45"
    assert account(accountant, "6400")["balance"] == supplies

    posted = accountant.ok(accountant.post(f"/accounting/journal-entries/{draft['id']}/post"))
    assert posted["state"] == "posted" and posted["postedAt"]
    assert Decimal(account(accountant, "6400")["balance"]) == Decimal(supplies) + Decimal("123.45")
    assert Decimal(account(accountant, "1010")["balance"]) == Decimal(bank) - Decimal("123.45")
    fetched = accountant.ok(accountant.get(f"/accounting/journal-entries/{draft['id']}"))
    assert fetched["state"] == "posted"


def test_unbalanced_entry_is_400_and_says_by_how_much(accountant: Api) -> None:
    response = accountant.post(
        "/accounting/journal-entries",
        {
            "lines": [
                {"accountCode": "6400", "debit": "100"},
                {"accountCode": "1010", "credit": "90"},
            ]
        },
    )
    assert response.status_code == 400
    body = response.json()
    assert body["message"] == "Debits must equal credits"
    assert body["errors"][0]["field"] == "lines"
    assert "100.00" in body["errors"][0]["message"] and "90.00" in body["errors"][0]["message"]


def test_line_errors_name_the_line(accountant: Api) -> None:
    response = accountant.post(
        "/accounting/journal-entries",
        {
            "lines": [
                {"accountCode": "6400", "debit": "10"},
                {"accountId": str(uuid.uuid4()), "credit": "10"},
            ]
        },
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "lines[1].accountId"

    both = accountant.post(
        "/accounting/journal-entries",
        {
            "lines": [
                {"accountCode": "6400", "debit": "10", "credit": "10"},
                {"accountCode": "1010", "credit": "10"},
            ]
        },
    )
    assert both.status_code == 400
    assert both.json()["errors"][0]["field"] == "lines[0]"

    negative = accountant.post(
        "/accounting/journal-entries",
        {
            "lines": [
                {"accountCode": "6400", "debit": "-10"},
                {"accountCode": "1010", "credit": "10"},
            ]
        },
    )
    assert negative.status_code == 400
    assert negative.json()["errors"][0]["field"] == "lines[0].debit"

    single = accountant.post(
        "/accounting/journal-entries", {"lines": [{"accountCode": "6400", "debit": "10"}]}
    )
    assert single.status_code == 400
    assert single.json()["errors"][0]["field"] == "lines"


def test_posted_entries_are_immutable(accountant: Api) -> None:
    draft = accountant.ok(entry(accountant))
    accountant.ok(accountant.post(f"/accounting/journal-entries/{draft['id']}/post"))
    again = accountant.post(f"/accounting/journal-entries/{draft['id']}/post")
    assert again.status_code == 409
    assert "already posted" in again.json()["message"]
    changed = accountant.patch(f"/accounting/journal-entries/{draft['id']}", {"memo": "edited"})
    assert changed.status_code == 409  # drafts can be edited (PATCH); posted entries cannot
    assert "posted entries cannot change" in changed.json()["message"]
    fetched = accountant.ok(accountant.get(f"/accounting/journal-entries/{draft['id']}"))
    assert fetched["memo"] == "Stationery"


def test_post_true_creates_a_posted_entry_found_by_reference(accountant: Api) -> None:
    created = accountant.ok(entry(accountant, amount="7.005", post=True))
    assert created["state"] == "posted"
    assert created["totalDebit"] == "7.01"  # AED: two decimals, half-up
    found = accountant.all("/accounting/journal-entries", reference=created["reference"])
    assert [e["id"] for e in found] == [created["id"]]
    manual = accountant.ok(
        accountant.get("/accounting/journal-entries", sourceType="manual", state="posted", limit=5)
    )
    assert all(e["sourceType"] == "manual" for e in manual["data"])


def test_storekeeper_is_refused_everything_in_the_ledger(storekeeper: Api, accountant: Api) -> None:
    draft = accountant.ok(entry(accountant))
    assert storekeeper.get("/accounting/journal-entries").status_code == 403
    assert storekeeper.get(f"/accounting/journal-entries/{draft['id']}").status_code == 403
    assert entry(storekeeper).status_code == 403
    refused = storekeeper.post(f"/accounting/journal-entries/{draft['id']}/post")
    assert refused.status_code == 403
    assert "accounting.post" in refused.json()["message"]
    assert (
        accountant.ok(accountant.get(f"/accounting/journal-entries/{draft['id']}"))["state"]
        == "draft"
    )


def test_unknown_entry_is_404(accountant: Api) -> None:
    missing = accountant.post(f"/accounting/journal-entries/{uuid.uuid4()}/post")
    assert missing.status_code == 404
