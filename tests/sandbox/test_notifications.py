"""Notifications on the events socket and their catch-up list; colleagues online."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sandbox.test_events import receive
from tests.sandbox.test_invoices import new_client, new_vendor, posted_invoice


def socket(server: SandboxServer, api: Api) -> ClientConnection:
    url = f"{server.ws_url}?token={api.tokens['accessToken']}&companyId={COMPANY_1}"
    return connect(url)


def notification(ws: ClientConnection, document_id: str, timeout: float = 3.0) -> dict[str, Any]:
    """The next notification about one document (others, from other tests, are skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        data = receive(ws, "notification", timeout=max(0.01, deadline - time.monotonic()))
        if data["documentId"] == document_id:
            return data


def listed(api: Api, document_id: str) -> list[dict[str, Any]]:
    return api.ok(api.get("/notifications", documentId=document_id))["data"]  # type: ignore[no-any-return]


@pytest.fixture
def admin_socket(sandbox: SandboxServer, admin: Api) -> Iterator[ClientConnection]:
    with socket(sandbox, admin) as ws:
        yield ws


def test_a_received_payment_tells_the_other_accounting_users(
    admin_socket: ClientConnection, admin: Api, accountant: Api, storekeeper: Api
) -> None:
    client = new_client(accountant)
    payment = accountant.ok(
        accountant.post("/accounting/payments", {"partnerId": client["id"], "amount": "750.00"})
    )
    accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    heard = notification(admin_socket, payment["id"])
    assert heard["type"] == "payment_received" and heard["documentType"] == "payment"
    assert client["name"] in heard["title"] and "750.00" in heard["body"]
    assert heard["read"] is False and heard["createdAt"]
    assert listed(accountant, payment["id"]) == []  # the one who posted it knows
    assert listed(storekeeper, payment["id"]) == []  # no accounting for the storekeeper

    before = admin.ok(admin.get("/notifications"))["meta"]["unreadCount"]
    [stored] = listed(admin, payment["id"])
    assert stored == heard
    read = admin.ok(admin.post(f"/notifications/{heard['id']}/read"))
    assert read["read"] is True
    after = admin.ok(admin.get("/notifications"))["meta"]
    assert after["unreadCount"] == before - 1
    unread = admin.ok(admin.get("/notifications", unread="true", limit=100))["data"]
    assert heard["id"] not in [n["id"] for n in unread]
    # Someone else's notification is not yours to read.
    assert accountant.post(f"/notifications/{heard['id']}/read").status_code == 404


def test_a_purchase_order_asks_for_approval_then_confirmation(
    sandbox: SandboxServer, admin: Api, accountant: Api
) -> None:
    vendor = new_vendor(accountant)
    product = admin.ok(admin.get("/inventory/products", type="storable", limit=1))["data"][0]
    with socket(sandbox, accountant) as ws:
        order = admin.ok(
            admin.post(
                "/inventory/purchase-orders",
                {
                    "vendorId": vendor["id"],
                    "lines": [{"productId": product["id"], "quantity": "2", "unitPrice": "5"}],
                },
            )
        )
        asked = notification(ws, order["id"])
        assert (asked["type"], asked["documentType"]) == (
            "purchase_order_approval",
            "purchase_order",
        )
        assert order["number"] in asked["title"]
        admin.ok(admin.post(f"/inventory/purchase-orders/{order['id']}/approve"))
        confirm = notification(ws, order["id"])
        assert confirm["type"] == "purchase_order_confirmation"
    assert {n["type"] for n in listed(accountant, order["id"])} == {
        "purchase_order_approval",
        "purchase_order_confirmation",
    }


def test_a_refused_write_tells_its_user(admin_socket: ClientConnection, admin: Api) -> None:
    invoice = posted_invoice(admin, new_client(admin))
    refused = admin.patch(f"/accounting/invoices/{invoice['id']}", {"notes": "too late"})
    assert refused.status_code == 409
    told = notification(admin_socket, invoice["id"])
    assert (told["type"], told["documentType"]) == ("write_refused", "invoice")
    assert "409" in told["body"] and "already posted" in told["body"]

    bad = admin.post("/accounting/invoices", {"partnerId": "nobody", "lines": []})
    assert bad.status_code == 400
    deadline = time.monotonic() + 3
    while True:
        data = receive(admin_socket, "notification", timeout=max(0.01, deadline - time.monotonic()))
        if data["type"] == "write_refused" and "POST /accounting/invoices" in data["body"]:
            break
    assert data["documentType"] == "invoice" and data["documentId"] is None
    assert "lines" in data["body"]


def test_colleagues_come_and_go(sandbox: SandboxServer, admin: Api, accountant: Api) -> None:
    me = admin.ok(admin.get("/auth/me"))["id"]
    colleague = accountant.ok(accountant.get("/auth/me"))["id"]
    with socket(sandbox, admin) as ws, contextlib.ExitStack() as windows:
        first = windows.enter_context(socket(sandbox, accountant))
        joined = receive(ws, "user_joined")
        assert joined == {"userId": colleague, "fullName": "Demo Accountant", "state": "online"}
        online = admin.ok(admin.get("/presence"))["data"]
        assert {me, colleague} <= {u["userId"] for u in online}
        second = windows.enter_context(socket(sandbox, accountant))  # a second window
        assert accountant.ok(accountant.get("/presence"))["meta"]["total"] >= 2
        first.close()
        second.send(json.dumps({"event": "ping", "data": {}}))
        assert receive(second, "pong")
        second.close()
        left = receive(ws, "user_left")
        assert left == {"userId": colleague}  # once, when the last window closed
        ws.send(json.dumps({"event": "ping", "data": {}}))
        while (message := json.loads(ws.recv(timeout=2)))["event"] != "pong":
            assert message["event"] != "user_left"


def _overdue(api: Api) -> dict[str, Any]:
    today = datetime.now(UTC).date()
    return posted_invoice(
        api,
        new_client(api, terms=0),
        date=(today - timedelta(days=20)).isoformat(),
        dueDate=(today - timedelta(days=10)).isoformat(),
    )


def test_overdue_invoices_are_told_once_at_start_up_and_as_they_fall_due(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty")  # checks daily: nothing during the test
    api = Api(server, "admin@demo.local")
    before_restart = _overdue(api)
    assert listed(api, before_restart["id"]) == []
    api.close()
    server.stop()

    server = start_sandbox(tmp_path, seed="empty", overdue_check_seconds=0.2)
    try:
        admin, accountant = Api(server, "admin@demo.local"), Api(server, "accountant@demo.local")
        # The start-up sweep found the invoice that fell overdue while no one looked.
        [told] = listed(admin, before_restart["id"])
        assert told["type"] == "invoice_overdue" and before_restart["number"] in told["title"]
        assert len(listed(accountant, before_restart["id"])) == 1
        with socket(server, admin) as ws:
            later = _overdue(accountant)
            heard = notification(ws, later["id"])
            assert heard["type"] == "invoice_overdue" and heard["documentType"] == "invoice"
            # Several sweeps later, each invoice was told once.
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:
                assert len(listed(admin, later["id"])) == 1
            assert len(listed(admin, before_restart["id"])) == 1
    finally:
        server.stop()
