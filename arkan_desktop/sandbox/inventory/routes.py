"""All inventory endpoints under /inventory."""

from __future__ import annotations

from fastapi import APIRouter

from arkan_desktop.sandbox.inventory import (
    catalog_api,
    moves_api,
    purchasing_api,
    putaway_api,
    routing_api,
    stock_levels_api,
)

router = APIRouter()
for _module in (catalog_api, moves_api, purchasing_api, putaway_api, routing_api, stock_levels_api):
    router.include_router(_module.router)
