"""How an Arkan ERP server is asked to carry out a command: its method and path.

The outbox stores typed commands (`domain.commands.Command`); this is the one table that
knows which Arkan endpoint each (resource, action) is, with the record's id in the path
where the endpoint acts on one. The payload goes as the body unchanged: the app's shape
is Arkan's. A command this table does not know is refused with a plain message (an Arkan
server keeps no "customers": those are an Arvalox server's).

Correcting a draft (`update`) is a PATCH the published reference does not list: a server
without it answers 404 or 405, and the write is refused with one sentence saying what to
do instead (`draft_edit_refused`); the connector remembers the answer per resource.
"""

from __future__ import annotations

from urllib.parse import quote

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.domain.commands import Command

# (resource, action) -> (method, path); "{id}" is the record the command acts on.
ROUTES: dict[tuple[str, str], tuple[str, str]] = {
    ("invoices", "create"): ("POST", "/accounting/invoices"),
    ("invoices", "post"): ("POST", "/accounting/invoices/{id}/post"),
    ("invoices", "cancel"): ("POST", "/accounting/invoices/{id}/cancel"),
    ("payments", "create"): ("POST", "/accounting/payments"),
    ("payments", "post"): ("POST", "/accounting/payments/{id}/post"),
    ("journal_entries", "create"): ("POST", "/accounting/journal-entries"),
    ("journal_entries", "post"): ("POST", "/accounting/journal-entries/{id}/post"),
    ("clients", "create"): ("POST", "/crm/clients"),
    ("stock_moves", "create"): ("POST", "/inventory/moves"),
    ("stock_moves", "transfer"): ("POST", "/inventory/moves/transfer"),
    ("stock_moves", "quick_move"): ("POST", "/inventory/barcode/quick-move"),
    ("stock_moves", "adjust"): ("POST", "/inventory/adjustments"),
    ("stock_moves", "cycle_count"): ("POST", "/inventory/cycle-counts"),
    ("stock_moves", "scrap"): ("POST", "/inventory/scrap"),
    ("purchase_orders", "create"): ("POST", "/inventory/purchase-orders"),
    ("purchase_orders", "approve"): ("POST", "/inventory/purchase-orders/{id}/approve"),
    ("purchase_orders", "confirm"): ("POST", "/inventory/purchase-orders/{id}/confirm"),
    ("purchase_orders", "receive"): ("POST", "/inventory/purchase-orders/{id}/receive"),
    ("invoices", "update"): ("PATCH", "/accounting/invoices/{id}"),
    ("journal_entries", "update"): ("PATCH", "/accounting/journal-entries/{id}"),
    ("payments", "update"): ("PATCH", "/accounting/payments/{id}"),
    ("payments", "allocate"): ("POST", "/accounting/payments/{id}/allocate"),
    ("purchase_orders", "update"): ("PATCH", "/inventory/purchase-orders/{id}"),
    ("bank_statements", "create"): ("POST", "/accounting/bank-reconciliation/statements"),
    ("bank_statements", "match"): ("POST", "/accounting/bank-reconciliation/match"),
    ("bank_statements", "write_off"): ("POST", "/accounting/bank-reconciliation/write-off"),
    ("bank_statements", "unmatch"): ("POST", "/accounting/bank-reconciliation/unmatch"),
    ("assets", "create"): ("POST", "/accounting/assets"),
    ("assets", "depreciate"): ("POST", "/accounting/assets/{id}/depreciate"),
    ("assets", "dispose"): ("POST", "/accounting/assets/{id}/dispose"),
    ("vendors", "bank_details"): ("PUT", "/accounting/batch-payment/bank-details/{id}"),
    ("employees", "bank_details"): ("PUT", "/accounting/batch-payment/bank-details/{id}"),
    ("clients", "bank_details"): ("PUT", "/accounting/batch-payment/bank-details/{id}"),
    ("payments", "export_uaefts"): ("POST", "/accounting/batch-payment/export/uaefts"),
    ("payments", "export_wps"): ("POST", "/accounting/batch-payment/export/wps"),
    ("payments", "export_csv"): ("POST", "/accounting/batch-payment/export/csv"),
    ("clients", "update"): ("PATCH", "/crm/clients/{id}"),
    ("vendors", "create"): ("POST", "/inventory/vendors"),
    ("vendors", "update"): ("PATCH", "/inventory/vendors/{id}"),
    ("contacts", "create"): ("POST", "/crm/contacts"),
    ("sales_orders", "create"): ("POST", "/sales/orders"),
    ("sales_orders", "confirm"): ("POST", "/sales/orders/{id}/confirm"),
    ("sales_orders", "invoice"): ("POST", "/sales/billing/invoice/{id}"),
    ("deliveries", "from_order"): ("POST", "/sales/deliveries/from-order/{id}"),
    ("deliveries", "confirm"): ("POST", "/sales/deliveries/{id}/confirm"),
    ("deliveries", "deliver"): ("POST", "/sales/deliveries/{id}/deliver"),
    ("sales_returns", "create"): ("POST", "/sales/returns"),
    ("sales_returns", "receive"): ("POST", "/sales/returns/{id}/receive"),
}
# The draft corrections (assumed: not in the published reference).
DRAFT_EDITS = frozenset({"invoices", "journal_entries", "payments", "purchase_orders"})
CANNOT_CHANGE_DRAFTS = "This server cannot change a draft; cancel it and enter a new one"
# What a server without the endpoint answers: no such route, or not that method on it.
NO_SUCH_ENDPOINT = (404, 405)


def edits_draft(command: Command) -> bool:
    """Whether the command corrects a draft (a PATCH a server may not have)."""
    return command.action == "update" and command.resource in DRAFT_EDITS


def draft_edit_refused(error: ApiError) -> ApiError:
    """The refusal of a correction the server has no endpoint for, in one sentence."""
    return ApiError(
        ApiErrorKind.REJECTED, CANNOT_CHANGE_DRAFTS, status=error.status or 405, body=error.body
    )


# Commands the server answers with a file (a payment file), not a record.
FILE_ANSWERS = frozenset(
    {("payments", "export_uaefts"), ("payments", "export_wps"), ("payments", "export_csv")}
)
# Endpoints the published reference does not list: a real server may lack them (404, or
# 405 where it routes the path but not the method); `missing_endpoint` says so.
ASSUMED: frozenset[tuple[str, str]] = frozenset(
    {
        ("clients", "update"),
        ("vendors", "create"),
        ("vendors", "update"),
        ("contacts", "create"),
    }
)
# How a missing endpoint is named in a message (what it would have done).
_DOING = {"create": "creating", "update": "changing"}


def _cannot(command: Command, why: str = "") -> ApiError:
    what = f"{command.action.replace('_', ' ')} {command.resource.replace('_', ' ')}"
    return ApiError(
        ApiErrorKind.REJECTED, f"An Arkan server cannot do this ({what}){why}", status=405
    )


def arkan_request(command: Command) -> tuple[str, str]:
    """(method, path relative to the API root) of the endpoint that carries out `command`."""
    route = ROUTES.get((command.resource, command.action))
    if route is None:
        raise _cannot(command)
    method, template = route
    if "{id}" not in template:
        return method, template
    if not command.record_id:
        raise _cannot(command, ": it names no record")
    return method, template.replace("{id}", quote(command.record_id, safe=""))


def answers_with_file(command: Command) -> bool:
    """Whether the server answers this command with a file (kept as `FileAnswer.record`)."""
    return (command.resource, command.action) in FILE_ANSWERS


def missing_endpoint(command: Command, title: str, status: int | None) -> ApiError:
    """The refusal of a command whose assumed endpoint this server does not have."""
    method, template = ROUTES[(command.resource, command.action)]
    doing = _DOING.get(command.action, command.action.replace("_", " "))
    shown = template.replace("{id}", ":id")
    return ApiError(
        ApiErrorKind.REJECTED,
        f"This server does not offer {doing} {title} ({method} {shown})",
        status=status,
    )
