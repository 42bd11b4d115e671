"""What the workflows are fed: a product as scanned (with its GS1 count and lot).

The station classifies the scanned text (`barcodes.classify`) and looks it up in its
catalogue; `product_scan` turns that pair into a `ProductScan` (a location becomes a
`Bin`). A GS1 count of 0 stays 0: each workflow refuses it with its own reason. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.barcodes import ScannedCode
from arkan_desktop.domain.warehouse.bins import Bin

ONE = Decimal(1)


@dataclass(frozen=True)
class ProductRef:
    id: str
    sku: str
    category: str | None = None


@dataclass(frozen=True)
class ProductScan:
    product: ProductRef
    quantity: Decimal = ONE  # one unit, or the count the GS1 label carries
    lot: str | None = None


Scan = ProductScan | Bin


def product_ref(record: Mapping[str, Any]) -> ProductRef:
    """A product record (catalogue, or an order line with `productId`) as a reference."""
    product_id = record.get("productId") or record["id"]
    category = record.get("category")
    return ProductRef(
        id=str(product_id),
        sku=str(record.get("sku") or record.get("name") or product_id),
        category=str(category) if category else None,
    )


def product_scan(code: ScannedCode, product: Mapping[str, Any]) -> ProductScan:
    """The scan of `code`, looked up as `product`: its count and lot when GS1 gives them."""
    quantity = Decimal(code.quantity) if code.quantity is not None else ONE
    lot = code.gs1.lot if code.gs1 is not None else None
    return ProductScan(product_ref(product), quantity, lot)
