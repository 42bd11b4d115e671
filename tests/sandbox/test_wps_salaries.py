"""Salaries by WPS: employees, payroll runs that book salary payments, the SIF file."""

from __future__ import annotations

import random
import re
import uuid
from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api
from tests.sandbox.test_batch_payments import (
    BATCH,
    MASHREQ_ROUTING,
    exportable_ids,
    mashreq_iban,
    vendor_payment,
    vendor_with_bank,
)
from tests.sandbox.test_invoices import entries_for


def new_employee(api: Api, fixed: str, variable: str = "0") -> dict[str, Any]:
    person = str(random.randint(10**9, 10**10 - 1))  # shorter than 14: the file pads it
    return api.ok(
        api.post(
            "/hr/employees",
            {  # type: ignore[no-any-return]
                "name": f"Employee {uuid.uuid4().hex[:6]}",
                "personId": person,
                "fixedSalary": fixed,
                "variableSalary": variable,
                "bankDetails": {
                    "iban": mashreq_iban(),
                    "bankName": "Mashreq",
                    "routingCode": MASHREQ_ROUTING,
                },
            },
        )
    )


def posted_run(api: Api, period: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
    run = api.ok(api.post("/hr/payroll/runs", {"period": period, "lines": lines}))
    return api.ok(api.post(f"/hr/payroll/runs/{run['id']}/post"))  # type: ignore[no-any-return]


def test_a_payroll_run_accrues_salaries_and_books_salary_payments(accountant: Api) -> None:
    first, second = new_employee(accountant, "9000.00", "500.00"), new_employee(accountant, "6200")
    run = posted_run(
        accountant,
        "2026-09",
        [{"employeeId": first["id"]}, {"employeeId": second["id"], "daysOnLeave": 3}],
    )
    assert (run["state"], run["payPeriodStart"], run["payPeriodEnd"]) == (
        "posted",
        "2026-09-01",
        "2026-09-30",
    )
    # 3 unpaid days of 30 come off the fixed salary: 6200 × 27 / 30.
    assert [x["netAmount"] for x in run["lines"]] == ["9500.00", "5580.00"]
    assert run["total"] == "15080.00"
    [accrual] = entries_for(accountant, run["number"])
    codes = {x["accountCode"]: (x["debit"], x["credit"]) for x in accrual["lines"]}
    assert codes == {"6000": ("15080.00", "0.00"), "2100": ("0.00", "15080.00")}
    payment = accountant.ok(accountant.get(f"/accounting/payments/{run['lines'][1]['paymentId']}"))
    assert (payment["category"], payment["type"], payment["state"], payment["partnerId"]) == (
        "salary",
        "outbound",
        "posted",
        second["id"],
    )
    assert payment["id"] in exportable_ids(accountant, category="salary")
    twice = accountant.post(
        "/hr/payroll/runs", {"period": "2026-09", "lines": [{"employeeId": first["id"]}]}
    )
    assert twice.status_code == 409 and first["name"] in twice.json()["message"]
    assert accountant.post(f"/hr/payroll/runs/{run['id']}/post").status_code == 409


def test_a_wps_file_has_one_edr_per_employee_and_a_control_record(accountant: Api) -> None:
    first, second = new_employee(accountant, "9000.00", "750.25"), new_employee(accountant, "4500")
    run = posted_run(
        accountant,
        "2026-10",
        [
            {"employeeId": first["id"]},
            {"employeeId": second["id"], "daysOnLeave": 2, "fixedAmount": "4200.00"},
        ],
    )
    ids = [x["paymentId"] for x in run["lines"]]
    answer = accountant.post(
        f"{BATCH}/export/wps",
        {
            "payment_ids": ids,
            "employer_eid": "1234567",
            "bank_routing_code": "302620122",
            "salary_month": "2026-10",
        },
    )
    assert answer.status_code == 201, answer.text
    name = re.fullmatch(
        r'attachment; filename="(0000001234567)(\d{6})(\d{6})\.SIF"',
        answer.headers["content-disposition"],
    )
    assert name is not None
    answer.content.decode("ascii")  # the format is ASCII only
    *edrs, scr = [r.split(",") for r in answer.text.split("\r\n")[:-1]]
    for row, employee, pay in zip(
        edrs, (first, second), (("9000.00", "750.25", "0"), ("4200.00", "0.00", "2")), strict=True
    ):
        assert row == [
            "EDR",
            employee["personId"],
            MASHREQ_ROUTING,
            employee["bankDetails"]["iban"],
            "2026-10-01",
            "2026-10-31",
            "31",
            pay[0],
            pay[1],
            pay[2],
        ]
        assert len(row[1]) == 14 and row[1].startswith("0000")
    created = name.group(2)
    assert scr[:3] == ["SCR", "0000001234567", "302620122"]
    assert scr[3] == f"20{created[:2]}-{created[2:4]}-{created[4:6]}"  # same moment as the name
    assert scr[4] == name.group(3)[:4]
    assert scr[5:9] == ["102026", "2", "13950.25", "AED"]
    assert scr[9] == answer.headers["x-batch-number"]
    assert Decimal(scr[7]) == sum(Decimal(r[7]) + Decimal(r[8]) for r in edrs)


def test_wps_refuses_what_the_salary_file_cannot_carry(accountant: Api) -> None:
    employee = new_employee(accountant, "3000")
    run = posted_run(accountant, "2026-08", [{"employeeId": employee["id"]}])
    salary = run["lines"][0]["paymentId"]
    vendor_pay = vendor_payment(accountant, vendor_with_bank(accountant), "12.00")
    body = {
        "paymentIds": [salary, vendor_pay["id"]],
        "employerEid": "1234567",
        "bankRoutingCode": "302620122",
        "salaryMonth": "2026-09",
    }
    refused = accountant.post(f"{BATCH}/export/wps", body)
    assert refused.status_code == 400
    errors = {e["field"]: e["message"] for e in refused.json()["errors"]}
    assert "WPS files carry salaries only" in errors["paymentIds[1]"]
    wrong_month = accountant.post(f"{BATCH}/export/wps", {**body, "paymentIds": [salary]})
    assert wrong_month.status_code == 400
    assert "not the salary month 2026-09" in wrong_month.json()["errors"][0]["message"]
    long_id = accountant.post(f"{BATCH}/export/wps", {**body, "employerEid": "12345678901234"})
    assert long_id.status_code == 400 and long_id.json()["errors"][0]["field"] == "employerEid"
    as_transfer = accountant.post(f"{BATCH}/export/uaefts", {"paymentIds": [salary]})
    assert "salaries go out in a WPS file" in as_transfer.json()["errors"][0]["message"]


def test_the_demo_salaries_wait_for_their_wps_file(accountant: Api) -> None:
    salaries = accountant.all(f"{BATCH}/exportable", category="salary")
    demo = [p for p in salaries if p["reference"].startswith("PR-")]
    runs = accountant.all("/hr/payroll/runs")
    assert any(r["employeeCount"] == 6 and r["state"] == "posted" for r in runs)
    assert len(demo) >= 6 and all(p["payrollRunId"] for p in demo)
