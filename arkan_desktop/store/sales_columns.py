"""The typed columns of the sales records and putaway rules (store/resources.py maps with
them): what the lists filter and sort on, read from the wire's camelCase fields."""

from __future__ import annotations

from typing import Any

from arkan_desktop.store.records import RecordReader

Row = dict[str, Any]


def sales_order(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "partner_id": r.text("partnerId", "clientId"),
        "partner_name": r.text("partnerName", "clientName"),
        "date": r.text("date"),
        "expected_date": r.text("expectedDate"),
        "state": r.text("state"),
        "delivery_state": r.text("deliveryState"),
        "invoice_state": r.text("invoiceState"),
        "warehouse_id": r.text("warehouseId"),
        "currency": currency,
        "total_minor": r.money(currency, "total"),
        "reference": r.text("reference"),
    }


def delivery(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "order_id": r.text("orderId"),
        "order_number": r.text("orderNumber"),
        "partner_name": r.text("partnerName"),
        "date": r.text("date"),
        "scheduled_date": r.text("scheduledDate"),
        "state": r.text("state"),
        "reservation_state": r.text("reservationState"),
        "warehouse_id": r.text("warehouseId"),
        "backorder_of_id": r.text("backorderOfId"),
        "reference": r.text("reference"),
    }


def sales_return(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "partner_name": r.text("partnerName"),
        "date": r.text("date"),
        "state": r.text("state"),
        "refund_state": r.text("refundState"),
        "invoice_id": r.text("invoiceId"),
        "invoice_number": r.text("invoiceNumber"),
        "delivery_id": r.text("deliveryId"),
        "delivery_number": r.text("deliveryNumber"),
        "reference": r.text("reference"),
    }


def putaway_rule(r: RecordReader, currency: str) -> Row:
    sequence = r.decimal("sequence")
    return {
        "warehouse_id": r.text("warehouseId"),
        "location_id": r.text("locationId"),
        "product_id": r.text("productId"),
        "category": r.text("category"),
        "sequence": int(sequence) if sequence is not None else None,
        "state": r.text("state"),
    }
