"""Bank reconciliation, batch payment, asset and payroll paths: published or assumed."""

from __future__ import annotations

import httpx

from arkan_desktop.sandbox.server import SandboxServer

PUBLISHED = [
    ("post", "/accounting/bank-reconciliation/statements"),
    ("get", "/accounting/bank-reconciliation/statements"),
    ("post", "/accounting/bank-reconciliation/match"),
    ("post", "/accounting/bank-reconciliation/write-off"),
    ("get", "/accounting/batch-payment/exportable"),
    ("post", "/accounting/batch-payment/export/uaefts"),
    ("post", "/accounting/batch-payment/export/csv"),
    ("post", "/accounting/batch-payment/export/wps"),
    ("put", "/accounting/batch-payment/bank-details/{partner_id}"),
    ("get", "/accounting/batch-payment/bank-details/{partner_id}"),
    ("post", "/accounting/assets"),
    ("get", "/accounting/assets"),
    ("post", "/accounting/assets/{asset_id}/depreciate"),
    ("post", "/accounting/assets/{asset_id}/dispose"),
    ("get", "/hr/employees"),
    ("post", "/hr/employees"),
    ("get", "/hr/payroll/runs"),
    ("post", "/hr/payroll/runs"),
    ("post", "/hr/payroll/runs/{run_id}/post"),
]
ASSUMED = [
    ("get", "/accounting/bank-reconciliation/statements/{statement_id}"),
    ("post", "/accounting/bank-reconciliation/unmatch"),
    ("get", "/accounting/batch-payment/batches"),
    ("get", "/accounting/batch-payment/batches/{batch_id}"),
    ("get", "/accounting/assets/{asset_id}"),
    ("get", "/hr/employees/{employee_id}"),
    ("get", "/hr/payroll/runs/{run_id}"),
]


def test_openapi_marks_what_the_reference_does_not_publish(sandbox: SandboxServer) -> None:
    paths = httpx.get(f"{sandbox.api_url}/openapi.json", timeout=60).json()["paths"]
    for method, path in PUBLISHED:
        assert "assumed" not in paths[f"/api/v1{path}"][method]["tags"], path
    for method, path in ASSUMED:
        assert "assumed" in paths[f"/api/v1{path}"][method]["tags"], path
