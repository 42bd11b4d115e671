"""What one Arvalox server offers, found out when signing in instead of assumed.

Deployments differ from the published reference. The published server answers `GET
/ping` (API keys, the organisation), keeps a tax rate per invoice item and issues an
invoice when it is created. The open-source backend as deployed has no `/ping` and no
API keys, names the user and the organisation at `/auth/me` and `/auth/me/organization`,
keeps no tax (it stores 0), takes unit prices and quantities with at most 2 decimals,
starts invoices as drafts and moves them through `PATCH /invoices/{id}/status`, and its
lists filter by `search=` rather than by each field.

`detect_features` asks the server (`/ping`, else `/auth/me`) and reads its OpenAPI
document when it publishes one (FastAPI does, at `/openapi.json`): what the document
says wins over what the dialect suggests. Decimal places are not in an OpenAPI document,
so they come from the dialect. Nothing here caches or retries; the session sends.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from arkan_desktop.api.errors import ApiError, ApiErrorKind

# The payment methods each dialect takes, as the server names them.
SERVER_METHODS = frozenset({"cash", "check", "bank_transfer", "credit_card", "online"})
NO_ROOT = "This server has no /ping and no /auth/me: is the address the API root?"

Request = Callable[[str, str], Awaitable[Any]]


@dataclass(frozen=True)
class ArvaloxFeatures:
    """What the server was found to offer (the published reference's answers by default)."""

    ping: bool = True  # `GET /ping` answers (and API keys are checked there)
    who_am_i: bool = False  # `GET /auth/me` names the signed-in user and organisation
    stores_invoice_tax: bool = True
    unit_price_decimals: int | None = None  # None: as many as the app sends
    quantity_decimals: int | None = None
    status_endpoint: bool = False  # PATCH /invoices/{id}/status posts a draft
    invoice_date_field: str = "issue_date"
    payment_methods: frozenset[str] = SERVER_METHODS
    lookup_by_search: bool = False  # lists filter by `search=`, not by the exact field
    organization: Mapping[str, Any] = field(default_factory=dict)
    described: bool = False  # refined from the server's own OpenAPI document

    @property
    def api_keys(self) -> bool:
        """Whether the server signs in with API keys (the published reference does)."""
        return self.ping


PUBLISHED = ArvaloxFeatures()
OPEN_SOURCE_BACKEND = ArvaloxFeatures(
    ping=False,
    who_am_i=True,
    stores_invoice_tax=False,
    unit_price_decimals=2,
    quantity_decimals=2,
    status_endpoint=True,
    invoice_date_field="invoice_date",
    lookup_by_search=True,
)


def _organization(answer: Any) -> dict[str, Any]:
    """{id, name, currency} from `/ping`'s organization or `/auth/me/organization`."""
    if not isinstance(answer, Mapping):
        return {}
    currency = answer.get("currency") or answer.get("currency_code")
    out = {"id": answer.get("id"), "name": answer.get("name"), "currency": currency}
    return {k: v for k, v in out.items() if v not in (None, "")}


async def _found(request: Request, path: str) -> Any | None:
    """The answer to `GET path`, or None when the server has no such endpoint (404)."""
    try:
        return await request("GET", path)
    except ApiError as error:
        if error.kind is ApiErrorKind.NOT_FOUND:
            return None
        raise


async def detect_features(
    request: Request, document: Callable[[], Awaitable[Any]], pinged: Any = None
) -> ArvaloxFeatures:
    """Ask the server what it offers: `/ping` (the published reference; `pinged` is its
    answer when already known), else `/auth/me` (the open-source backend); then refine
    from its OpenAPI document, if it has one."""
    if pinged is None:
        pinged = await _found(request, "/ping")
    if isinstance(pinged, Mapping):
        features = replace(PUBLISHED, organization=_organization(pinged.get("organization")))
    elif pinged is not None:
        features = PUBLISHED
    else:
        me = await _found(request, "/auth/me")
        if me is None:
            raise ApiError(ApiErrorKind.NOT_FOUND, NO_ROOT, status=404)
        organization = _organization(await _found(request, "/auth/me/organization"))
        if not organization and isinstance(me, Mapping):
            organization = _organization(
                {"id": me.get("organization_id"), "name": me.get("organization_name")}
            )
        features = replace(OPEN_SOURCE_BACKEND, organization=organization)
    described = from_openapi(features, await document())
    return described if described is not None else features


# --- the server's OpenAPI document --------------------------------------------------------


def _schema(doc: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    """A schema node with `$ref` (and a lone `allOf`/`anyOf` wrapper) followed."""
    for _ in range(8):
        if not isinstance(node, Mapping):
            return {}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = doc
            for part in ref[2:].split("/"):
                target = target.get(part) if isinstance(target, Mapping) else None
            node = target
            continue
        for wrapper in ("allOf", "anyOf"):
            options = node.get(wrapper)
            if isinstance(options, list):
                refs = [o for o in options if isinstance(o, Mapping) and "$ref" in o]
                if len(refs) == 1:
                    node = refs[0]
                    break
        else:
            return node
    return {}


def _properties(doc: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    found = _schema(doc, node).get("properties")
    return found if isinstance(found, Mapping) else {}


def _operation(doc: Mapping[str, Any], suffix: str, method: str) -> Mapping[str, Any] | None:
    paths = doc.get("paths")
    if not isinstance(paths, Mapping):
        return None
    for path, operations in paths.items():
        if str(path).rstrip("/").endswith(suffix) and isinstance(operations, Mapping):
            found = operations.get(method)
            if isinstance(found, Mapping):
                return found
    return None


def _body(doc: Mapping[str, Any], operation: Mapping[str, Any] | None) -> Mapping[str, Any]:
    body = (operation or {}).get("requestBody")
    content = body.get("content") if isinstance(body, Mapping) else None
    json_body = content.get("application/json") if isinstance(content, Mapping) else None
    return _properties(doc, json_body.get("schema")) if isinstance(json_body, Mapping) else {}


def _choices(doc: Mapping[str, Any], node: Any) -> frozenset[str] | None:
    """The values a string field allows: its `enum`, or a `^(a|b|c)$` pattern."""
    schema = _schema(doc, node)
    options = [schema, *[o for o in schema.get("anyOf") or [] if isinstance(o, Mapping)]]
    for option in options:
        if isinstance(option.get("enum"), list):
            return frozenset(str(v) for v in option["enum"])
        pattern = option.get("pattern")
        found = re.fullmatch(r"\^\(([\w|]+)\)\$", pattern) if isinstance(pattern, str) else None
        if found:
            return frozenset(found.group(1).split("|"))
    return None


def _list_filters(doc: Mapping[str, Any], resource: str) -> set[str]:
    operation = _operation(doc, f"/{resource}", "get") or {}
    parameters = operation.get("parameters")
    return {
        str(p.get("name"))
        for p in parameters or []
        if isinstance(p, Mapping) and p.get("in") == "query"
    }


def from_openapi(features: ArvaloxFeatures, doc: Any) -> ArvaloxFeatures | None:
    """The features as the server's OpenAPI document describes them (None: it says
    nothing about invoices, so the dialect's defaults stand)."""
    if not isinstance(doc, Mapping):
        return None
    invoice = _body(doc, _operation(doc, "/invoices", "post"))
    if not invoice:
        return None
    items = invoice.get("items")
    item_schema = _schema(doc, items).get("items") if isinstance(items, Mapping) else None
    item = _properties(doc, item_schema)
    changes: dict[str, Any] = {"described": True}
    if item:
        changes["stores_invoice_tax"] = any(k in item for k in ("tax_rate", "tax", "tax_amount"))
    for name in ("invoice_date", "issue_date"):
        if name in invoice:
            changes["invoice_date_field"] = name
            break
    paths = doc.get("paths")
    changes["status_endpoint"] = isinstance(paths, Mapping) and any(
        re.search(r"/invoices/\{[^}]+\}/status/?$", str(path))
        and isinstance(operations, Mapping)
        and "patch" in operations
        for path, operations in paths.items()
    )
    payment = _body(doc, _operation(doc, "/payments", "post"))
    methods = _choices(doc, payment.get("payment_method")) if payment else None
    if methods:
        changes["payment_methods"] = methods
    filters = _list_filters(doc, "payments")
    if filters:
        changes["lookup_by_search"] = "reference_number" not in filters and "search" in filters
    return replace(features, **changes)
