"""Employees and payroll runs: just enough HR for salaries to reach the books and WPS files.

Posting a run accrues the month's salaries (salaries expense against accrued salaries)
and books one salary payment per employee (accrued salaries against the bank). Those
payments are what a WPS salary file pays; they carry the pay period, days, fixed and
variable pay that the file's employee records need. Leave, allowances and end-of-service
are out of scope: the sandbox has no HR module of its own.
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.batch_bank_details import save_bank_details
from arkan_desktop.sandbox.accounting.invoices import iso_day
from arkan_desktop.sandbox.accounting.ledger import BANK, account, company_currency, create_entry
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

SALARIES = "6000"
ACCRUED_SALARIES = "2100"


def month_bounds(period: str, field: str = "period") -> tuple[date, date]:
    """First and last day of a YYYY-MM period; 400 naming `field` otherwise."""
    try:
        year, month = (int(part) for part in period.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise ApiError.field(field, "must be a month (YYYY-MM)") from None
    return first, date(year, month, calendar.monthrange(year, month)[1])


def create_employee(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    currency = company_currency(uow)
    person_id = str(data.get("personId") or "").strip()
    if not person_id.isdigit() or len(person_id) > 14:
        raise ApiError.field(
            "personId", "must be the labour card person ID: up to 14 digits from MOHRE"
        )
    person_id = person_id.zfill(14)
    if uow.find_one("employee", personId=person_id):
        raise ApiError(
            409,
            f"An employee with person ID {person_id} already exists",
            [{"field": "personId", "message": "is already registered to another employee"}],
        )
    fixed = dec(data.get("fixedSalary"), "fixedSalary")
    variable = dec(data.get("variableSalary") or 0, "variableSalary")
    if fixed <= 0:
        raise ApiError.field("fixedSalary", "must be greater than zero")
    if variable < 0:
        raise ApiError.field("variableSalary", "cannot be negative")
    day = str(data.get("date") or (created_at or clock.now_iso())[:10])
    employee: dict[str, Any] = {
        "number": uow.next_number("employee", "EMP", day[:4]),
        "name": str(data["name"]),
        "nameAr": str(data.get("nameAr") or ""),
        "personId": person_id,
        "position": str(data.get("position") or ""),
        "email": data.get("email"),
        "fixedSalary": money(fixed, currency),
        "variableSalary": money(variable, currency),
        "currency": currency,
        "bankDetails": None,
        "isActive": True,
    }
    uow.add("employee", employee, created_at=created_at)
    if data.get("bankDetails"):
        save_bank_details(uow, str(employee["id"]), dict(data["bankDetails"]), at=created_at)
    return employee


def _run_line(
    uow: UnitOfWork, i: int, raw: dict[str, Any], days: int, currency: str
) -> dict[str, Any]:
    where = f"lines[{i}]"
    employee_id = str(raw.get("employeeId") or "")
    employee = uow.get("employee", employee_id) if _is_uuid(employee_id) else None
    if employee is None:
        raise ApiError.field(f"{where}.employeeId", "is not an employee of this company")
    leave = int(raw.get("daysOnLeave") or 0)
    if not 0 <= leave <= days:
        raise ApiError.field(f"{where}.daysOnLeave", f"must be between 0 and {days}")
    if raw.get("fixedAmount") is not None:
        fixed = dec(raw["fixedAmount"], f"{where}.fixedAmount")
    else:  # unpaid leave is deducted pro rata from the fixed salary
        fixed = round_money(Decimal(employee["fixedSalary"]) * (days - leave) / days, currency)
    variable = raw.get("variableAmount")
    variable = dec(
        employee["variableSalary"] if variable is None else variable, f"{where}.variableAmount"
    )
    if fixed < 0 or variable < 0 or fixed + variable <= 0:
        raise ApiError.field(f"{where}", "fixed and variable pay cannot be negative, nor both zero")
    return {
        "employeeId": employee["id"],
        "employeeName": employee["name"],
        "personId": employee["personId"],
        "daysInPeriod": days,
        "daysOnLeave": leave,
        "fixedAmount": money(fixed, currency),
        "variableAmount": money(variable, currency),
        "netAmount": money(fixed + variable, currency),
        "paymentId": None,
    }


def create_payroll_run(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    """A draft run for a month: the given lines, or every active employee not yet paid."""
    currency = company_currency(uow)
    period = str(data.get("period") or "")
    first, last = month_bounds(period)
    period = first.isoformat()[:7]
    days = last.day
    already = {
        line["employeeId"]: run["number"]
        for run in uow.find("payroll_run", period=period)
        for line in run["lines"]
    }
    raw_lines = data.get("lines")
    if raw_lines is None:
        raw_lines = [
            {"employeeId": e["id"]}
            for e in uow.find("employee")
            if e.get("isActive", True) and e["id"] not in already
        ]
    if not raw_lines:
        raise ApiError.field("lines", f"no employee is left to pay for {period}")
    lines = [_run_line(uow, i, dict(raw), days, currency) for i, raw in enumerate(raw_lines)]
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line["employeeId"] in seen or line["employeeId"] in already:
            where = already.get(line["employeeId"], "this run")
            raise ApiError(
                409,
                f"{line['employeeName']} is already paid for {period} in {where}",
                [{"field": f"lines[{i}].employeeId", "message": "is already paid for the period"}],
            )
        seen.add(line["employeeId"])
    pay_day = iso_day(data["paymentDate"], "paymentDate") if data.get("paymentDate") else None
    run = {
        "number": uow.next_number("payroll_run", "PR", period[:4]),
        "period": period,
        "payPeriodStart": first.isoformat(),
        "payPeriodEnd": last.isoformat(),
        "date": pay_day or last.isoformat(),
        "state": "draft",
        "currency": currency,
        "lines": lines,
        "employeeCount": len(lines),
        "totalFixed": money(sum((Decimal(x["fixedAmount"]) for x in lines), ZERO), currency),
        "totalVariable": money(sum((Decimal(x["variableAmount"]) for x in lines), ZERO), currency),
        "total": money(sum((Decimal(x["netAmount"]) for x in lines), ZERO), currency),
        "journalEntryId": None,
        "postedAt": None,
    }
    return uow.add("payroll_run", run, created_at=created_at)


def post_payroll_run(uow: UnitOfWork, run: dict[str, Any], at: str | None = None) -> dict[str, Any]:
    """Accrue the run's salaries and book (posted) one bank salary payment per employee."""
    if run["state"] != "draft":
        raise ApiError(409, f"Payroll run {run['number']} is already posted")
    total = Decimal(run["total"])
    label = f"Salaries {run['period']} ({run['number']})"
    accrual = create_entry(
        uow,
        lines=[
            {"accountCode": SALARIES, "debit": total, "description": label},
            {"accountCode": ACCRUED_SALARIES, "credit": total, "description": label},
        ],
        date=run["payPeriodEnd"],
        memo=label,
        reference=run["number"],
        source_type="payroll_run",
        source_id=run["id"],
        post=True,
        created_at=at,
    )
    run["journalEntryId"] = accrual["id"]
    for line in run["lines"]:
        line["paymentId"] = _salary_payment(uow, run, line, at)["id"]
    run["state"] = "posted"
    run["postedAt"] = at or clock.now_iso()
    uow.save("payroll_run", run, "payroll_run.posted", at=at)
    return run


def _salary_payment(
    uow: UnitOfWork, run: dict[str, Any], line: dict[str, Any], at: str | None
) -> dict[str, Any]:
    currency = run["currency"]
    amount = Decimal(line["netAmount"])
    day = run["date"]
    payment: dict[str, Any] = {
        "number": uow.next_number("salary_payment", "SAL", day[:4]),
        "type": "outbound",
        "category": "salary",
        "state": "draft",
        "partnerId": line["employeeId"],
        "partnerName": line["employeeName"],
        "date": day,
        "amount": money(amount, currency),
        "currency": currency,
        "method": "bank",
        "reference": run["number"],
        "memo": f"Salary {run['period']}",
        "allocations": [],
        "amountAllocated": money(amount, currency),
        "amountUnallocated": money(ZERO, currency),
        "payrollRunId": run["id"],
        "payPeriodStart": run["payPeriodStart"],
        "payPeriodEnd": run["payPeriodEnd"],
        "daysInPeriod": line["daysInPeriod"],
        "daysOnLeave": line["daysOnLeave"],
        "fixedAmount": line["fixedAmount"],
        "variableAmount": line["variableAmount"],
        "journalEntryId": None,
        "postedAt": None,
    }
    uow.add("payment", payment, created_at=at)
    text = f"{payment['number']} {line['employeeName']}"
    entry = create_entry(
        uow,
        lines=[
            {
                "accountCode": ACCRUED_SALARIES,
                "debit": amount,
                "description": text,
                "partnerId": line["employeeId"],
            },
            {"accountId": account(uow, BANK)["id"], "credit": amount, "description": text},
        ],
        date=day,
        memo=f"Salary {run['period']} to {line['employeeName']}",
        reference=payment["number"],
        source_type="payment",
        source_id=payment["id"],
        post=True,
        created_at=at,
    )
    payment["journalEntryId"] = entry["id"]
    payment["state"] = "posted"
    payment["postedAt"] = at or clock.now_iso()
    uow.save("payment", payment, "payment.posted", at=at)
    return payment
