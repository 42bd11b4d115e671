"""The events socket in its published form: `/ws?token=…` and `join_module` with a moduleKey.

The reference names no company; the sandbox then joins the module in every company of the
user that may read it. A `companyId` (query, message) or `X-Company-Id` header narrows it.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from websockets.sync.client import ClientConnection, connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1, COMPANY_2, Api
from tests.sandbox.test_events import receive


def join_published(ws: ClientConnection, module: str) -> list[dict[str, Any]]:
    """Send the reference's join message; the answers until the socket goes quiet."""
    ws.send(json.dumps({"event": "join_module", "data": {"moduleKey": module}}))
    answers = [json.loads(ws.recv(timeout=2))]
    ws.send(json.dumps({"event": "ping", "data": {}}))
    while (message := json.loads(ws.recv(timeout=2)))["event"] != "pong":
        answers.append(message)
    return answers


def test_join_with_only_a_module_key_hears_the_company(sandbox: SandboxServer, admin: Api) -> None:
    with connect(f"{sandbox.ws_url}?token={admin.tokens['accessToken']}") as ws:
        answers = join_published(ws, "crm")
        assert {a["event"] for a in answers} == {"joined_module"}
        assert {a["data"]["companyId"] for a in answers} == {COMPANY_1, COMPANY_2}
        admin.ok(admin.post("/crm/clients", {"name": f"Published {uuid.uuid4()}"}))
        data = receive(ws, "module.invalidate")
        assert data == {"moduleKey": "crm", "eventName": "client.created"}


def test_a_role_that_cannot_read_the_module_is_refused(
    sandbox: SandboxServer, storekeeper: Api
) -> None:
    with connect(f"{sandbox.ws_url}?token={storekeeper.tokens['accessToken']}") as ws:
        answers = join_published(ws, "accounting")
        assert [a["event"] for a in answers] == ["error"]
        assert "any of your companies" in answers[0]["data"]["message"]


def test_the_company_header_narrows_the_join(sandbox: SandboxServer, admin: Api) -> None:
    url = f"{sandbox.ws_url}?token={admin.tokens['accessToken']}"
    with connect(url, additional_headers={"X-Company-Id": COMPANY_2}) as ws:
        answers = join_published(ws, "crm")
        assert [a["data"] for a in answers] == [{"moduleKey": "crm", "companyId": COMPANY_2}]
        admin.ok(admin.post("/crm/clients", {"name": f"Unheard {uuid.uuid4()}"}))  # company 1
        admin.company_id = COMPANY_2
        admin.ok(admin.post("/crm/clients", {"name": f"Heard {uuid.uuid4()}"}))
        assert receive(ws, "module.invalidate")["eventName"] == "client.created"
        # the pong comes after anything already queued: nothing else was
        ws.send(json.dumps({"event": "ping", "data": {}}))
        assert json.loads(ws.recv(timeout=2))["event"] == "pong"


def test_leave_without_a_company_leaves_every_room_of_the_module(
    sandbox: SandboxServer, admin: Api
) -> None:
    with connect(f"{sandbox.ws_url}?token={admin.tokens['accessToken']}") as ws:
        join_published(ws, "crm")
        ws.send(json.dumps({"event": "leave_module", "data": {"moduleKey": "crm"}}))
        left = {receive(ws, "left_module")["companyId"] for _ in range(2)}
        assert left == {COMPANY_1, COMPANY_2}
        admin.ok(admin.post("/crm/clients", {"name": f"Unheard {uuid.uuid4()}"}))
        ws.send(json.dumps({"event": "ping", "data": {}}))
        assert json.loads(ws.recv(timeout=2))["event"] == "pong"
