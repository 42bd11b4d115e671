"""(placeholder: demo purchase orders and stock history are being written)"""

from __future__ import annotations

import random
from datetime import date

from arkan_desktop.sandbox.unit_of_work import UnitOfWork


def seed_inventory_history(uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date) -> None:
    """Purchase orders in every state, receipts, transfers, counts and scrap between start and end."""
