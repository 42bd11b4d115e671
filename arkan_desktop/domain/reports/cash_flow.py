"""The statement of cash flows for a period (indirect method), as the server computes it.

Three sections (operating, investing, financing), each with its lines and total; the
net change in cash, and the cash and bank balances at the start and the end, so that
opening + net change = closing (`balanced`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.reports.reading import Answer, amount, records, section, text

REPORT = "cash-flow statement"
SECTIONS = ("operating", "investing", "financing")


@dataclass(frozen=True)
class CashFlowLine:
    key: str  # "netProfit", "assetPurchases", or an account's code
    label: str  # the server's English words
    amount: Decimal
    account_name: str = ""  # for lines about one account
    code: str = ""


@dataclass(frozen=True)
class CashFlowSection:
    key: str  # operating, investing, financing
    lines: tuple[CashFlowLine, ...]
    total: Decimal


@dataclass(frozen=True)
class CashFlowStatement:
    start: str
    end: str
    currency: str
    net_profit: Decimal
    sections: tuple[CashFlowSection, ...]
    net_change: Decimal
    opening_cash: Decimal
    closing_cash: Decimal

    @property
    def balanced(self) -> bool:
        return self.opening_cash + self.net_change == self.closing_cash


def read_cash_flow(body: Answer) -> CashFlowStatement:
    sections = []
    for key in SECTIONS:
        raw = section(body, key)
        lines = tuple(
            CashFlowLine(
                key=text(line, "key"),
                label=text(line, "label"),
                amount=amount(line, "amount", REPORT),
                account_name=text(line, "name"),
                code=text(line, "code"),
            )
            for line in records(raw.get("lines"))
        )
        sections.append(CashFlowSection(key, lines, amount(raw, "total", REPORT)))
    return CashFlowStatement(
        start=text(body, "from"),
        end=text(body, "to"),
        currency=text(body, "currency"),
        net_profit=amount(body, "netProfit", REPORT),
        sections=tuple(sections),
        net_change=amount(body, "netChange", REPORT),
        opening_cash=amount(body, "openingCash", REPORT),
        closing_cash=amount(body, "closingCash", REPORT),
    )
