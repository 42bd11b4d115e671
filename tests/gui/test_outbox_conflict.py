"""A 409 in the Outbox panel: the user's change beside the server's current record, field
by field, with re-apply, edit and discard. The conflict is a real one from the sandbox: an
invoice cancelled here while a colleague recorded a payment against it on the server."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.outbox.conflict_view import compare_records, rebased_body
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import ACTIVE, CONFLICT, PENDING, REJECTED
from arkan_desktop.store.outbox import OutboxRow
from tests.gui.conftest import run, sign_in
from tests.gui.invoices_helpers import confirmed, row_text
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_inventory_catalog import new_product, put_stock
from tests.sandbox.test_invoices import new_client, posted_invoice

SLOW = 20_000


def test_fields_that_differ_come_first() -> None:
    mine = {"id": "1", "state": "cancelled", "total": Decimal("10.00"), "notes": "x"}
    theirs = {"id": "1", "state": "posted", "total": "10.00", "notes": "x", "paid": "4"}
    rows = compare_records(mine, theirs)
    assert [(r.field, r.differs) for r in rows] == [
        ("state", True), ("paid", True), ("total", False), ("notes", False)]  # fmt: skip
    assert rows[1].mine == "" and rows[1].theirs == "4"


def test_re_apply_takes_the_servers_version_field() -> None:
    body = {"reason": "x", "expectedUpdatedAt": "2026-01-01T00:00:00Z"}
    server = {"id": "1", "updatedAt": "2026-02-02T00:00:00Z"}
    assert rebased_body(body, server) == {"reason": "x", "expectedUpdatedAt": server["updatedAt"]}
    assert rebased_body({"reason": "x"}, server) is None  # nothing to put on top: same body
    assert rebased_body(None, server) is None


def test_a_conflict_side_by_side_with_re_apply_edit_and_discard(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoice = posted_invoice(admin, client, unit_price="100")
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: confirmed(tab, invoice["id"]), timeout=SLOW)
    context = desktop.company
    assert context is not None
    seen = run(qtbot, context.invoices.get(invoice["id"]))
    assert seen is not None and seen["state"] == "posted"

    # Meanwhile, on the server, a colleague records a payment against it.
    payment = admin.ok(admin.post("/accounting/payments", {
        "type": "inbound", "partnerId": client["id"], "amount": "40",
        "allocations": [{"invoiceId": invoice["id"], "amount": "40"}]}))  # fmt: skip
    admin.ok(admin.post(f"/accounting/payments/{payment['id']}/post"))

    queued = run(qtbot, tab.commands.cancel(seen, "Wrong customer"))  # as the user saw it

    def status() -> str | None:
        found = context.workspace.cache.outbox_row(queued.id)
        return None if found is None else found.status

    qtbot.waitUntil(lambda: status() == CONFLICT, timeout=SLOW)
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 1, timeout=SLOW)
    panel = main.open_outbox()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.select(queued.id), timeout=SLOW)
    view = panel.conflict_view
    qtbot.waitUntil(lambda: view.isVisible() and view.table.rowCount() > 0, timeout=SLOW)
    assert panel.retry_button.text() == "&Re-apply"
    assert panel.edit_button.isEnabled() and panel.discard_button.isEnabled()
    differing = {d.field: d for d in view.differences if d.differs}
    assert differing["state"].mine == "cancelled" and differing["state"].theirs == "posted"
    assert differing["amountPaid"].theirs == "40.00"
    assert differing["cancelReason"].mine == "Wrong customer"
    first = view.table.item(0, 1)
    assert first is not None and first.background().style() != Qt.BrushStyle.NoBrush
    assert "40.00" in view.summary.text() and "paid" in view.summary.text()
    panel.resize(1000, 640)
    screenshot(panel, "outbox-conflict.png")

    # Re-apply: it goes again, for real; the server still refuses (the payment stands).
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status() in (PENDING, "in_flight"), timeout=SLOW)
    qtbot.waitUntil(lambda: status() == CONFLICT, timeout=SLOW)
    assert context.workspace.cache.outbox_row(queued.id).attempts == 1  # type: ignore[union-attr]

    # Edit: the cancellation's own form, with the reason and what the server said.
    def shown_in_conflict() -> bool:
        row = panel.current_row() if panel.select(queued.id) else None
        return row is not None and row.status == CONFLICT and bool(row.rejection_message)

    qtbot.waitUntil(shown_in_conflict, timeout=SLOW)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.commands.dialog, CancelInvoiceDialog), timeout=SLOW)
    dialog = tab.commands.dialog
    assert isinstance(dialog, CancelInvoiceDialog)
    assert dialog.reason_edit.text() == "Wrong customer"
    assert "paid" in dialog.error_label.text()
    dialog.reject()

    # Discard: the change is given up and the server's record shows.
    run(qtbot, panel.discard(queued.id))
    assert panel.model.find(queued.id) is None
    qtbot.waitUntil(
        lambda: (
            row_text(tab, invoice["id"], "payment") == "Partly paid"
            and row_text(tab, invoice["id"], "state") == "Posted"
            and confirmed(tab, invoice["id"])
        ),
        timeout=SLOW,
    )
    assert row_text(tab, invoice["id"], "due_amount") == "65.00"
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 0, timeout=SLOW)


def test_re_apply_succeeds_once_the_server_allows_it(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    """Post then cancel a draft: the post is refused (not enough stock), so the cancel meets
    a draft on the server and conflicts. Stock arrives; the post is resent; re-apply then
    cancels the invoice for real."""
    item = new_product(admin, cost="2.00")
    put_stock(admin, item["id"], "WH1-D-01-1", 2)
    client = new_client(admin)
    draft = admin.ok(admin.post("/accounting/invoices", {
        "partnerId": client["id"],
        "lines": [{"productId": item["id"], "quantity": "5", "unitPrice": "10"}]}))  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: confirmed(tab, draft["id"]), timeout=SLOW)
    context = desktop.company
    assert context is not None
    cache = context.workspace.cache

    assert run(qtbot, tab.post([draft["id"]])) == 1
    seen = run(qtbot, context.invoices.get(draft["id"]))
    assert seen is not None and seen["state"] == "posted"  # shown posted at once
    cancel = run(qtbot, tab.commands.cancel(seen, "Customer changed their mind"))

    def rows() -> dict[str, OutboxRow]:
        return {r.id: r for r in cache.outbox_rows(ACTIVE)}

    def post_row() -> OutboxRow | None:
        return next((r for r in rows().values() if r.action == "post"), None)

    qtbot.waitUntil(lambda: (p := post_row()) is not None and p.status == REJECTED, timeout=SLOW)
    qtbot.waitUntil(lambda: cancel.id in rows() and rows()[cancel.id].status == CONFLICT,
                    timeout=SLOW)  # fmt: skip
    assert "draft" in (rows()[cancel.id].rejection_message or "")
    panel = main.open_outbox()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.select(cancel.id), timeout=SLOW)
    qtbot.waitUntil(lambda: panel.conflict_view.table.rowCount() > 0, timeout=SLOW)
    state = next(d for d in panel.conflict_view.differences if d.field == "state")
    assert (state.mine, state.theirs, state.differs) == ("cancelled", "draft", True)

    put_stock(admin, item["id"], "WH1-D-01-1", 10)  # the goods arrive
    refused = post_row()
    assert refused is not None
    run(qtbot, panel.retry(refused.id))  # Resend the post
    qtbot.waitUntil(lambda: refused.id not in rows(), timeout=SLOW)
    assert admin.ok(admin.get(f"/accounting/invoices/{draft['id']}"))["state"] == "posted"

    qtbot.waitUntil(lambda: panel.select(cancel.id) and panel.retry_button.text() == "&Re-apply",
                    timeout=SLOW)  # fmt: skip
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cancel.id not in rows(), timeout=SLOW)
    on_server = admin.ok(admin.get(f"/accounting/invoices/{draft['id']}"))
    assert on_server["state"] == "cancelled" and on_server["creditNoteId"]
    qtbot.waitUntil(
        lambda: row_text(tab, draft["id"], "state") == "Cancelled" and confirmed(tab, draft["id"]),
        timeout=SLOW,
    )
    qtbot.waitUntil(lambda: on_server["creditNoteId"] in tab.model.ids(), timeout=SLOW)
