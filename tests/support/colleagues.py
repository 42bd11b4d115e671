"""Another user of the demo company, acting on the server as a colleague would: creating
a purchase order that awaits approval, or opening a window (the events socket) and
closing it."""

from __future__ import annotations

import uuid
from typing import Any

from websockets.sync.client import ClientConnection, connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1, Api


def order_awaiting_approval(colleague: Api, quantity: str = "2") -> dict[str, Any]:
    """A purchase order `colleague` creates: a draft the company's approvers are told of."""
    vendor = colleague.ok(
        colleague.post("/inventory/vendors", {"name": f"Vendor {uuid.uuid4().hex[:8]}"})
    )
    product = colleague.ok(colleague.get("/inventory/products", type="storable", limit=1))
    line = {"productId": product["data"][0]["id"], "quantity": quantity, "unitPrice": "5"}
    return colleague.ok(  # type: ignore[no-any-return]
        colleague.post("/inventory/purchase-orders", {"vendorId": vendor["id"], "lines": [line]})
    )


def window_of(server: SandboxServer, colleague: Api) -> ClientConnection:
    """The colleague's window connecting to the company (what makes them "online"); the
    caller closes it (entered here: it outlives the block that opens it)."""
    url = f"{server.ws_url}?token={colleague.tokens['accessToken']}&companyId={COMPANY_1}"
    return connect(url).__enter__()
