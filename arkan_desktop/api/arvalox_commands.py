"""How an Arvalox server is asked to carry out a command: the request, or none at all.

Arvalox keeps customers, invoices and payments. Creates and customer updates become
Arvalox requests with the body translated (see arvalox_records) under the names the
server was found to use (`ArvaloxFeatures`). Posting an invoice moves a draft to "sent"
through `PATCH /invoices/{id}/status` where the server has that endpoint; elsewhere (the
published reference issues invoices when created), and for a payment, posting sends
nothing: the answer is the record as the server has it. A payment allocated to more
than one invoice, a write the server would not keep as meant (tax where it keeps none,
more decimals than it keeps, a method it does not take; see write_rules), and every
other command, is refused with a plain message.

A create's reference travels in a field of Arvalox's own (an invoice or customer number
derived from it, a payment's reference number); `lookup_field` says which, so a write
whose answer was lost can be found again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from arkan_desktop.api import arvalox_bodies as bodies
from arkan_desktop.api.arvalox_features import PUBLISHED, ArvaloxFeatures
from arkan_desktop.api.arvalox_records import SERVER_METHOD, Record
from arkan_desktop.api.errors import ApiError, ApiErrorKind, FieldError
from arkan_desktop.api.write_rules import WriteRefused, WriteRules, check_invoice, check_payment
from arkan_desktop.domain.commands import Command

# How a create's reference is stored: resource -> (list filter field, number prefix or "").
_LOOKUP = {
    "invoices": ("invoice_number", "DSK"),
    "payments": ("reference_number", ""),
    "customers": ("customer_code", "D"),
}

# An Arkan client is what Arvalox calls a customer.
_SAME_AS = {"clients": "customers"}


@dataclass(frozen=True)
class ArvaloxWrite:
    """The request for one command; `method` None: nothing to send, the answer is the
    record `record_id` of `resource` as the server has it."""

    resource: str
    method: str | None
    path: str
    body: Record | None = None
    record_id: str | None = None


def write_rules(features: ArvaloxFeatures) -> WriteRules:
    """What a server with these features keeps of a write, in the app's terms."""
    return WriteRules(
        stores_invoice_tax=features.stores_invoice_tax,
        unit_price_decimals=features.unit_price_decimals,
        quantity_decimals=features.quantity_decimals,
        payment_methods=frozenset(
            app for app, server in SERVER_METHOD.items() if server in features.payment_methods
        ),
    )


def _create_body(resource: str, body: Mapping[str, Any], features: ArvaloxFeatures) -> Record:
    """The Arvalox create body; a body that is Arvalox-shaped already goes as it is."""
    if resource == "customers":
        return bodies.customer_body(body, create=True)
    if "partnerId" not in body:
        return dict(body)
    rules = write_rules(features)
    try:
        if resource == "invoices":
            check_invoice(list(body.get("lines") or []), rules)
            return bodies.invoice_body(body, features)
        check_payment(body.get("method"), rules)
    except WriteRefused as refused:
        raise refused.as_rejection() from None
    return bodies.payment_body(body)


def _refused(message: str, status: int, field_errors: tuple[FieldError, ...] = ()) -> ApiError:
    return ApiError(ApiErrorKind.REJECTED, message, status=status, field_errors=field_errors)


def _offered(resource: str, action: str, record_id: str | None) -> bool:
    if resource not in _LOOKUP:
        return False
    if action == "create":
        return True
    if action == "post":  # invoices and payments are issued when created
        return resource != "customers" and bool(record_id)
    return action == "update" and resource == "customers" and bool(record_id)


def arvalox_request(command: Command, features: ArvaloxFeatures = PUBLISHED) -> ArvaloxWrite:
    """The Arvalox request that carries out `command` on a server with these features
    (refused when there is none)."""
    resource, action, record_id = command.resource, command.action, command.record_id
    resource = _SAME_AS.get(resource, resource)
    body = command.payload if isinstance(command.payload, Mapping) else {}
    if not _offered(resource, action, record_id):
        what = f"{action.replace('_', ' ')} {resource.replace('_', ' ')}"
        raise _refused(f"An Arvalox server cannot do this ({what})", 405)
    if resource == "payments" and action == "create" and len(body.get("allocations") or []) > 1:
        raise _refused(
            "An Arvalox server records a payment against one invoice; "
            "record one payment per invoice",
            422,
            (FieldError("allocations", "One invoice per payment"),),
        )
    if action == "post":
        assert record_id is not None
        if resource == "invoices" and features.status_endpoint:
            path = f"/invoices/{quote(record_id, safe='')}/status"
            return ArvaloxWrite(resource, "PATCH", path, {"status": "sent"}, record_id)
        return ArvaloxWrite(resource, None, "", record_id=record_id)
    if action == "update":
        assert record_id is not None
        path = f"/{resource}/{quote(record_id, safe='')}"
        return ArvaloxWrite(resource, "PUT", path, bodies.customer_body(body, create=False))
    return ArvaloxWrite(resource, "POST", f"/{resource}/", _create_body(resource, body, features))


def lookup_field(resource: str, reference: str) -> tuple[str, str]:
    """(list field, value) under which a create with this reference is stored."""
    field, prefix = _LOOKUP[resource]
    return field, bodies.derived_number(prefix, reference) if prefix else reference
