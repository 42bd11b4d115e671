"""All accounting endpoints under /accounting."""

from __future__ import annotations

from fastapi import APIRouter

from arkan_desktop.sandbox.accounting import (
    accounts_api,
    invoices_api,
    journal_api,
    payments_api,
    reports_api,
)

router = APIRouter()
for _module in (accounts_api, journal_api, invoices_api, payments_api, reports_api):
    router.include_router(_module.router)
