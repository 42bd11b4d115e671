"""The business record kinds the sandbox stores, and what their lists sort and filter on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kind:
    """One kind of record: its API module (for events), its label field and its filters."""

    name: str
    module: str
    label_field: str
    has_date: bool = False
    # Query parameters that filter on a field of the JSON body (beyond the common ones).
    body_filters: frozenset[str] = field(default_factory=frozenset)

    @property
    def sort_fields(self) -> tuple[str, ...]:
        fields = ["createdAt", "updatedAt", self.label_field]
        if self.has_date:
            fields.append("date")
        return tuple(fields)


def _kind(name: str, module: str, label: str, date: bool = False, *filters: str) -> Kind:
    return Kind(name, module, label, date, frozenset(filters))


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        _kind("account", "accounting", "code", False, "type", "parentId"),
        _kind("journal_entry", "accounting", "number", True, "sourceType"),
        _kind(
            "invoice",
            "accounting",
            "number",
            True,
            "type",
            "currency",
            "paymentState",
            "salesOrderId",
            "number",
            "projectId",
            "purchaseOrderId",
        ),
        _kind("payment", "accounting", "number", True, "type"),
        _kind("bank_statement", "accounting", "number", True, "bankAccountId"),
        _kind("payment_batch", "accounting", "number", True, "format"),
        _kind("employee", "accounting", "name", False, "personId"),
        _kind("payroll_run", "accounting", "number", True, "period"),
        _kind("asset", "accounting", "number", True, "method", "assetAccountId"),
        _kind("client", "crm", "name", False, "taxId", "email"),
        _kind("contact", "crm", "name", False, "clientId", "partnerType"),
        _kind("vendor", "inventory", "name", False, "taxId", "email"),
        _kind("product", "inventory", "sku", False, "sku", "category", "type"),
        _kind("warehouse", "inventory", "code"),
        _kind("location", "inventory", "code", False, "code", "warehouseId", "type"),
        _kind("stock_move", "inventory", "number", True, "productId", "type", "sourceType"),
        _kind("scrap", "inventory", "number", True, "productId"),
        _kind("cycle_count", "inventory", "number", True, "locationId"),
        _kind("adjustment", "inventory", "number", True, "locationId"),
        _kind("purchase_order", "inventory", "number", True, "vendorId", "warehouseId"),
        _kind(
            "putaway_rule",
            "inventory",
            "name",
            False,
            "warehouseId",
            "productId",
            "category",
            "locationId",
        ),
        _kind("route", "inventory", "name", False, "warehouseId", "operationType"),
        _kind(
            "sales_order",
            "sales",
            "number",
            True,
            "number",
            "warehouseId",
            "deliveryState",
            "invoiceState",
        ),
        _kind(
            "delivery",
            "sales",
            "number",
            True,
            "number",
            "orderId",
            "warehouseId",
            "backorderOfId",
            "reservationState",
        ),
        _kind(
            "sales_return",
            "sales",
            "number",
            True,
            "number",
            "invoiceId",
            "deliveryId",
            "orderId",
            "refundState",
        ),
        _kind("project", "projects", "code", False, "code", "clientId", "status"),
        _kind("budget", "accounting", "name", False, "year"),
        _kind("notification", "notifications", "title", False, "userId", "type", "documentId"),
    )
}

# Columns every list filters on directly (query parameter -> records column).
COMMON_FILTERS = {
    "state": "state",
    "reference": "reference",
    "partnerId": "partner_id",
    "barcode": "barcode",
}


def index_columns(kind: Kind, body: dict) -> dict[str, str]:
    """The typed columns stored beside a record's JSON body."""
    partner = body.get("partnerId") or body.get("clientId") or body.get("vendorId") or ""
    return {
        "label": str(body.get(kind.label_field) or ""),
        "date": str(body.get("date") or ""),
        "state": str(body.get("state") or ""),
        "reference": str(body.get("reference") or ""),
        "partner_id": str(partner),
        "barcode": str(body.get("barcode") or ""),
    }
