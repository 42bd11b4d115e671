"""Warehouse routes: the steps an operation (receipt, delivery, internal move, return)
takes through a warehouse's locations, e.g. a delivery picked to an output bay first.

Routes describe; the sandbox itself still receives, delivers and returns in one step. A
warehouse with no route of a type resolves to that one-step default (`isDefault`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import finish
from arkan_desktop.sandbox.inventory.purchasing import receiving_location
from arkan_desktop.sandbox.inventory.stock import INTERNAL, virtual_location
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

OPERATION_TYPES = ("receipt", "delivery", "internal", "return")
MAX_STEPS = 5


@dataclass(frozen=True)
class Step:
    """One leg of a route; a location left out means "any bin of the warehouse"."""

    name: str
    from_location: dict[str, Any] | None
    to_location: dict[str, Any] | None


def _end(location: dict[str, Any] | None, warehouse: dict[str, Any]) -> tuple[Any, str]:
    if location is None:
        return None, f"{warehouse['code']} (any bin)"
    return location["id"], location["code"]


def route_steps(warehouse: dict[str, Any], steps: Sequence[Step]) -> list[dict[str, Any]]:
    """Checked steps: locations of this warehouse (or virtual), each leg starting where the
    previous one ended."""
    if not 1 <= len(steps) <= MAX_STEPS:
        raise ApiError.field("steps", f"a route has 1 to {MAX_STEPS} steps")
    out = []
    for i, step in enumerate(steps):
        for location, side in ((step.from_location, "from"), (step.to_location, "to")):
            if (
                location is not None
                and location["type"] == INTERNAL
                and location.get("warehouseId") != warehouse["id"]
            ):
                raise ApiError.field(
                    f"steps[{i}].{side}LocationId",
                    f"{location['code']} is not in {warehouse['code']}",
                )
        if (
            step.from_location is not None
            and step.to_location is not None
            and step.from_location["id"] == step.to_location["id"]
        ):
            raise ApiError.field(f"steps[{i}].toLocationId", "must differ from the step's start")
        if i and (step.from_location or {}).get("id") != (steps[i - 1].to_location or {}).get("id"):
            raise ApiError.field(
                f"steps[{i}].fromLocationId", "must be where the step before it ends"
            )
        from_id, from_code = _end(step.from_location, warehouse)
        to_id, to_code = _end(step.to_location, warehouse)
        out.append(
            {
                "sequence": i + 1,
                "name": step.name,
                "fromLocationId": from_id,
                "fromLocationCode": from_code,
                "toLocationId": to_id,
                "toLocationCode": to_code,
            }
        )
    return out


def _check_type(operation_type: str) -> None:
    if operation_type not in OPERATION_TYPES:
        raise ApiError.field("operationType", f"must be one of {', '.join(OPERATION_TYPES)}")


def create_route(
    uow: UnitOfWork,
    *,
    warehouse: dict[str, Any],
    operation_type: str,
    name: str,
    steps: Sequence[Step],
    sequence: int = 10,
    active: bool = True,
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    _check_type(operation_type)
    record: dict[str, Any] = {
        "name": name,
        "state": "active",
        "active": active,
        "warehouseId": warehouse["id"],
        "warehouseCode": warehouse["code"],
        "operationType": operation_type,
        "sequence": sequence,
        "steps": route_steps(warehouse, steps),
        "isDefault": False,
        "reference": reference,
        "note": note,
        "deletedAt": None,
    }
    return uow.add("route", record, created_at=at)


def require_route(uow: UnitOfWork, route_id: str) -> dict[str, Any]:
    route = uow.require("route", route_id, "Route")
    if route["state"] == "deleted":
        raise ApiError(404, f"Route {route_id} not found (it was deleted)")
    return route


def update_route(
    uow: UnitOfWork,
    route: dict[str, Any],
    changes: dict[str, Any],
    steps: Sequence[Step] | None = None,
) -> dict[str, Any]:
    for name in ("name", "sequence", "active", "note", "reference"):
        if name in changes and changes[name] is not None:
            route[name] = changes[name]
    if steps is not None:
        warehouse = uow.require("warehouse", route["warehouseId"], "Warehouse")
        route["steps"] = route_steps(warehouse, steps)
    return uow.save("route", route, "route.updated")


def delete_route(uow: UnitOfWork, route: dict[str, Any]) -> dict[str, Any]:
    route["state"] = "deleted"
    route["active"] = False
    route["deletedAt"] = clock.now_iso()
    return finish(uow, "route", route, None, "route.deleted")


def _default_steps(uow: UnitOfWork, warehouse: dict[str, Any], operation_type: str) -> list[Step]:
    receiving = receiving_location(uow, warehouse)
    return {
        "receipt": [Step("Receive", virtual_location(uow, "supplier"), receiving)],
        "delivery": [Step("Pick and ship", None, virtual_location(uow, "customer"))],
        "internal": [Step("Move", None, None)],
        "return": [Step("Take back", virtual_location(uow, "customer"), receiving)],
    }[operation_type]


def resolve_route(
    uow: UnitOfWork, warehouse: dict[str, Any], operation_type: str
) -> dict[str, Any]:
    """The active route of a type with the lowest sequence, else the one-step default."""
    _check_type(operation_type)
    found = [
        r
        for r in uow.find("route", state="active", warehouseId=warehouse["id"])
        if r["operationType"] == operation_type and r["active"]
    ]
    if found:
        return min(found, key=lambda r: (r["sequence"], r["createdAt"]))
    return {
        "id": None,
        "name": f"{warehouse['code']} {operation_type} (one step)",
        "state": "active",
        "active": True,
        "warehouseId": warehouse["id"],
        "warehouseCode": warehouse["code"],
        "operationType": operation_type,
        "sequence": 0,
        "steps": route_steps(warehouse, _default_steps(uow, warehouse, operation_type)),
        "isDefault": True,
    }
