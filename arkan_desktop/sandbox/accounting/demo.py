"""(placeholder: demo invoices and payments are being written)"""

from __future__ import annotations

import random
from datetime import date

from arkan_desktop.sandbox.unit_of_work import UnitOfWork


def seed_accounting_history(uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date) -> None:
    """Invoices, bills, payments and manual entries between start and end."""
