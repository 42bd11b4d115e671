"""All sales endpoints under /sales."""

from __future__ import annotations

from fastapi import APIRouter

from arkan_desktop.sandbox.sales import billing_api, deliveries_api, orders_api, returns_api

router = APIRouter()
for _module in (orders_api, deliveries_api, returns_api, billing_api):
    router.include_router(_module.router)
