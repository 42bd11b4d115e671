"""How an Arkan ERP server is asked to carry out a command: its method and path.

The outbox stores typed commands (`domain.commands.Command`); this is the one table that
knows which Arkan endpoint each (resource, action) is, with the record's id in the path
where the endpoint acts on one. The payload goes as the body unchanged: the app's shape
is Arkan's. A command this table does not know is refused with a plain message (an Arkan
server keeps no "customers": those are an Arvalox server's).
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
    ("sales_orders", "create"): ("POST", "/sales/orders"),
    ("sales_orders", "confirm"): ("POST", "/sales/orders/{id}/confirm"),
    ("sales_orders", "invoice"): ("POST", "/sales/billing/invoice/{id}"),
    ("deliveries", "from_order"): ("POST", "/sales/deliveries/from-order/{id}"),
    ("deliveries", "confirm"): ("POST", "/sales/deliveries/{id}/confirm"),
    ("deliveries", "deliver"): ("POST", "/sales/deliveries/{id}/deliver"),
    ("sales_returns", "create"): ("POST", "/sales/returns"),
    ("sales_returns", "receive"): ("POST", "/sales/returns/{id}/receive"),
}


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
