"""All accounting endpoints under /accounting (and the payroll they pay under /hr)."""

from __future__ import annotations

from fastapi import APIRouter

from arkan_desktop.sandbox.accounting import (
    accounts_api,
    assets_api,
    bank_reconciliation_api,
    batch_payments_api,
    budgets_api,
    invoices_api,
    journal_api,
    payments_api,
    payroll_api,
    reports_api,
)

router = APIRouter()
for _module in (
    accounts_api,
    journal_api,
    invoices_api,
    payments_api,
    reports_api,
    budgets_api,
    bank_reconciliation_api,
    batch_payments_api,
    assets_api,
    payroll_api,
):
    router.include_router(_module.router)
