"""The Bank area without a window, against the sandbox: a statement file imported through
the outbox, its lines matched by the suggestions until its reconciled balance is its
closing balance; a payment file's answer kept and saved; depreciation posted once."""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from arkan_desktop.domain.bank.books import allocate
from arkan_desktop.domain.bank.matching import MatchSettings
from arkan_desktop.domain.bank.reconciliation import balances, open_lines
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import SENT
from arkan_desktop.sync.commands.bank import StatementDraft, import_statement, match_line
from arkan_desktop.sync.commands.bank_payments import export_payments
from arkan_desktop.sync.company import Company
from arkan_desktop.sync.threads import Threads
from arkan_desktop.sync.workspace import Workspace
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sandbox.test_bank_reconciliation import paid
from tests.sandbox.test_batch_payments import vendor_with_bank
from tests.sandbox.test_invoices import new_client, new_vendor
from tests.support.bank_files import lines_of, mt940_file, statement_of


def with_company(
    sandbox: SandboxServer, home: Path, scenario: Callable[[Company], Awaitable[None]]
) -> None:
    """Run `scenario` with the demo admin's company, signed in and synced."""

    async def run() -> None:
        workspace = await Workspace.sign_in(
            home, sandbox.api_url, "admin@demo.local", "demo", COMPANY_1
        )
        company = Company(workspace, Threads.start(), owns_threads=True)
        try:
            await company.sync.sync_all()
            await scenario(company)
        finally:
            await company.close()
            await workspace.session.aclose()

    asyncio.run(run())


async def _send(company: Company) -> None:
    async with asyncio.timeout(30):
        await company.workspace.service.send_outbox()
        await company.sync.sync_all()


def _fresh_payments(api: Api) -> list[dict[str, Any]]:
    client, vendor = new_client(api), new_vendor(api)
    amounts = [("1843.27", "inbound"), ("612.40", "outbound"), ("95.10", "inbound")]
    return [paid(api, client if way == "inbound" else vendor, a, way) for a, way in amounts]


def test_a_statement_imports_and_reconciles_by_its_suggestions(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    admin = admin_api
    payments = _fresh_payments(admin)
    with_company(demo, tmp_path, lambda company: _reconcile(company, admin, payments))


async def _reconcile(company: Company, admin: Api, payments: list[dict[str, Any]]) -> None:
    await company.sync.sync_all()
    [bank] = [a for a in await company.bank.bank_accounts() if a.code == "1010"]
    identifier = f"ST-{uuid.uuid4().hex[:8]}"
    data = mt940_file(statement_of(identifier, Decimal("5000.00"), lines_of(payments)))
    [read] = await company.bank.read_statements(data, None)
    assert read.opening_balance == Decimal("5000.00")
    draft = StatementDraft(
        bank.id, bank.code, bank.name, read.identifier, "AED",
        Decimal("5000.00"), read.closing_balance or Decimal(0), read.lines,
    )  # fmt: skip
    await company.queue(import_statement(draft))
    await _send(company)
    [choice] = [s for s in await company.bank.statements(bank.id) if s.reference == read.identifier]
    assert read.identifier.startswith(identifier)
    assert choice.number.startswith("BST-") and not choice.local

    statement = await company.bank.statement(choice.id)
    assert statement is not None
    items = await company.bank.book_items(bank.id)
    lines = open_lines(statement)
    limit = Decimal(statement["writeOffLimit"])
    result = await company.bank.suggestions(
        [x.line for x in lines], items, MatchSettings(write_off_limit=limit)
    )
    wanted = {p["id"] for p in payments}
    by_id = {b.id: b for b in items}
    for open_line, ranked in zip(lines, result.suggestions, strict=True):
        best = ranked[0]
        assert best.confidence > 0.9
        chosen = [by_id[i] for i in best.items]
        assert {b.target.payment_id for b in chosen} <= wanted
        shares = allocate(open_line.line.amount, chosen, limit).shares
        entries = await company.bank.records(
            "journal_entries", [b.target.journal_entry_id for b in chosen]
        )
        statement = await company.bank.statement(choice.id)
        assert statement is not None
        write = match_line(statement, open_line.id, shares, {"journal_entries": entries})
        shown = write.effect["bank_statements"][0]
        assert next(x for x in shown["lines"] if x["id"] == open_line.id)["state"] == "reconciled"
        await company.queue(write)
    await _send(company)
    done = admin.ok(admin.get(f"/accounting/bank-reconciliation/statements/{choice.id}"))
    assert done["state"] == "reconciled" and done["reconciledBalance"] == done["closingBalance"]
    cached = await company.bank.statement(choice.id)
    assert cached is not None and balances(cached).difference == 0
    left = {b.target.payment_id for b in await company.bank.book_items(bank.id)}
    assert not wanted & left  # none of them is open any more


def test_a_payment_file_answer_is_kept_and_saved(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    payment = paid(admin_api, vendor_with_bank(admin_api), "77.70", "outbound")
    target = tmp_path / "batch.csv"
    with_company(demo, tmp_path / "home", lambda company: _export(company, payment, target))


async def _export(company: Company, payment: dict[str, Any], target: Path) -> None:
    exportable = await company.bank.exportable("vendor")
    [mine] = [p for p in exportable if p["id"] == payment["id"]]
    row = await company.queue(export_payments("csv", [mine], "AED"))
    await company.bank.remember_export(row.id, target)
    assert payment["id"] not in {p["id"] for p in await company.bank.exportable("vendor")}
    await _send(company)
    assert company.workspace.cache.outbox_row(row.id).status == SENT  # type: ignore[union-attr]
    [(answer, where)] = await company.bank.save_answered_exports()
    assert where == target and answer.answer["controlTotal"] == "77.70"
    text = target.read_text()
    assert payment["number"] in text and "77.70" in text
    assert base64.b64decode(answer.answer["contentBase64"]) == target.read_bytes()
    assert await company.bank.save_answered_exports() == []  # saved once
