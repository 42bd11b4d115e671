"""Report export speed: a 1,000-row general ledger as PDF (en, ar, both), XLSX and CSV.

The floor is reportlab itself writing the same rows as plain text with the same font
(`canvas.drawString` per cell, a page every 45 rows): no wrapping, no shaping, no
alignment on the decimal point, no header row, i.e. the least a PDF of these rows costs.

    uv run python -m bench.report_pdf
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from arkan_desktop.printing.fonts import register_fonts
from arkan_desktop.printing.report import (
    CellValue,
    ReportColumn,
    ReportRow,
    TabularReport,
    cell_text,
    checked_rows,
)
from arkan_desktop.printing.report_pdf import render_report_pdf
from arkan_desktop.printing.spreadsheet import write_csv, write_xlsx
from bench._report import Figure

DATA = Path(__file__).resolve().parents[1] / "tests" / "printing" / "data"
MEMOS = [
    ("Sale to Al Fajr Trading FZCO", "بيع إلى الفجر للتجارة"),
    ("Payment received, invoice INV-2026-00315, bank transfer", "دفعة مستلمة عن الفاتورة"),
    ("Stock valuation: goods delivered to Marina Trading FZE, delivery DN-2026-0042", "تقييم"),
    ("Bank charges", "رسوم بنكية"),
]


def ledger(rows: int) -> TabularReport:
    """A general ledger as the GUI would hand it over: 8 columns, a group per account."""
    columns = (
        ReportColumn(("Date", "التاريخ"), "date"),
        ReportColumn(("Entry", "القيد"), "code"),
        ReportColumn(("Account", "الحساب"), "text"),
        ReportColumn(("Memo", "البيان"), "text"),
        ReportColumn(("State", "الحالة"), "text"),
        ReportColumn(("Debit", "مدين"), "money"),
        ReportColumn(("Credit", "دائن"), "money"),
        ReportColumn(("Balance", "الرصيد"), "money"),
    )
    lines: list[ReportRow | tuple[CellValue, ...]] = []
    balance = debits = credits = Decimal(0)
    start = date(2026, 1, 1)
    for i in range(rows):
        if i % 50 == 0:
            if i:
                lines.append(
                    ReportRow.subtotal(None, None, None, None, None, debits, credits, None)
                )
            lines.append(ReportRow.group((f"Account {1100 + i // 50}", f"الحساب {1100 + i // 50}")))
        debit = Decimal(i * 7919 % 100000) / 100 if i % 3 else Decimal(0)
        credit = Decimal(i * 104729 % 50000) / 100 if not i % 3 else Decimal(0)
        balance += debit - credit
        debits += debit
        credits += credit
        lines.append(
            (
                start + timedelta(days=i % 360),
                f"JE-2026-{i:05d}",
                ("1100 Cash at bank", "1100 النقد في البنك"),
                MEMOS[i % len(MEMOS)],
                ("Posted", "مرحّل"),
                debit or None,
                credit or None,
                balance,
            )
        )
    return TabularReport(
        title=("General Ledger", "دفتر الأستاذ العام"),
        columns=columns,
        rows=lines,
        subtitle="1 Jan 2026 – 31 Dec 2026",
        totals=(None, None, None, None, ("Total", "الإجمالي"), debits, credits, balance),
        footnote=("As of 19 Nov 2026 14:05", "حتى 19 نوفمبر 2026 14:05"),
        currency="AED",
    )


def plain_pdf(report: TabularReport) -> bytes:
    """The floor: the same cells' text drawn with reportlab, one drawString per cell."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    width = (A4[0] - 28 * mm) / len(report.columns)
    y = A4[1] - 20 * mm
    for row in checked_rows(report):
        if y < 20 * mm:
            canvas.showPage()
            y = A4[1] - 20 * mm
        canvas.setFont("ArkanSans", 8)
        for index, value in enumerate(row.values):
            canvas.drawString(14 * mm + index * width, y, cell_text(value, "en"))
        y -= 5.5 * mm
    canvas.save()
    return out.getvalue()


def timed(fn: Callable[[], object], repeat: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock seconds of each call after a warm-up; `cpu` collects this process's CPU
    seconds too (on a shared machine the wall clock also counts other processes' turns)."""
    fn()  # warm-up: fonts, caches
    out = []
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        fn()
        out.append(time.perf_counter() - started)
        if cpu is not None:
            cpu.append(time.process_time() - used)
    return out


def run(rows: int, repeat: int) -> dict[str, Any]:
    report = ledger(rows)
    company = json.loads((DATA / "company_aed.json").read_text(encoding="utf-8"))
    result: dict[str, Any] = {"pages": 0}
    for lang in ("en", "ar", "both"):
        cpu: list[float] = []
        result[f"{lang}-cpu"] = cpu
        render = functools.partial(render_report_pdf, report, company, lang=lang)
        result[lang] = timed(render, repeat, cpu)
    result["pages"] = render_report_pdf(report, company, lang="en").count(b"/Type /Page\n")
    result["floor"] = timed(lambda: plain_pdf(report), repeat)
    result["xlsx"] = timed(lambda: write_xlsx(report, io.BytesIO(), "en"), repeat)
    result["csv"] = timed(lambda: write_csv(report, io.BytesIO(), "en"), repeat)
    return result


def measure(quick: bool) -> list[Figure]:
    """The suite's figures: medians of 10 renders (quick: 3) after a warm-up."""
    repeat = 3 if quick else 10
    r = run(1000, repeat)
    ms = 1000
    floor = statistics.median(r["floor"]) * ms
    figures = [
        Figure(
            f"1,000-row general ledger PDF, {name}, p50",
            statistics.median(r[lang]) * ms,
            "ms",
            target=500,
            peer_name="reportlab drawString of the same rows as plain text (floor), p50",
            peer_value=floor,
            note=f"median of {repeat} after a warm-up; {r['pages']} A4 pages; CPU time "
            f"{statistics.median(r[lang + '-cpu']) * ms:.0f} ms",
        )
        for lang, name in (("en", "English"), ("ar", "Arabic"), ("both", "bilingual"))
    ]
    figures.append(
        Figure("same rows as XLSX (xlsxwriter), p50", statistics.median(r["xlsx"]) * ms, "ms")
    )
    figures.append(Figure("same rows as CSV, p50", statistics.median(r["csv"]) * ms, "ms"))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    r = run(args.rows, args.repeat)
    ms = 1000
    floor = statistics.median(r["floor"])
    for lang in ("en", "ar", "both"):
        ours = statistics.median(r[lang])
        print(
            f"{args.rows:,}-row ledger PDF, {lang:4}: p50 {ours * ms:7.1f} ms"
            f" (CPU {statistics.median(r[lang + '-cpu']) * ms:.1f})  {ours / floor:.1f}x the floor"
            "   (target <= 500 ms)"
        )
    print(f"plain drawString floor       : p50 {floor * ms:7.1f} ms   ({r['pages']} pages ours)")
    print(
        f"XLSX: p50 {statistics.median(r['xlsx']) * ms:.1f} ms;"
        f" CSV: p50 {statistics.median(r['csv']) * ms:.1f} ms"
    )
    print(
        f"machine: {platform.machine()}, CPython {platform.python_version()}, {platform.system()},"
        f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
