"""What a pick session answers and asks: its reasons, its steps, the shortage reasons.

The station translates each `PickReason` into a sentence (its args are named beside it)
and offers the `ShortageReason`s as buttons. Pure.
"""

from __future__ import annotations

from enum import Enum


class ShortageReason(Enum):
    """Why less was picked than the delivery asks (the backorder says it)."""

    NOT_FOUND = "not_found"
    DAMAGED = "damaged"
    SHORT_ON_SHELF = "short_on_shelf"


class PickReason(Enum):
    """Each answer of a pick session; its args are named in the comment."""

    DELIVERY_NOT_READY = "delivery_not_ready"  # number, state
    PRODUCT_NOT_ON_DELIVERY = "product_not_on_delivery"  # sku
    SCAN_LOCATION_FIRST = "scan_location_first"  # sku, location (the next one)
    WRONG_PRODUCT = "wrong_product"  # sku, location, expected (SKUs to take there)
    ALREADY_PICKED = "already_picked"  # sku, quantity (all the delivery asks)
    TOO_MANY = "too_many"  # sku, quantity (tried), most (the most that fits the delivery)
    MORE_THAN_LOCATION_HOLDS = "more_than_location_holds"  # sku, location, quantity (held)
    ZERO_QUANTITY = "zero_quantity"  # sku: the label carries a count of 0
    NEGATIVE_QUANTITY = "negative_quantity"
    SCAN_PRODUCT_FIRST = "scan_product_first"
    WRONG_BIN = "wrong_bin"  # location (scanned, on the route later), expected
    NOT_ON_ROUTE = "not_on_route"  # location (scanned), expected
    FINISH_LOCATION_FIRST = "finish_location_first"  # location (here), sku, quantity (left)
    NOTHING_LEFT_TO_PICK = "nothing_left_to_pick"
    ROUTE_NOT_FINISHED = "route_not_finished"  # location (the next one)
    NO_SHORTAGE = "no_shortage"
    SHORTAGE_REASON_NEEDED = "shortage_reason_needed"  # sku, quantity (short)
    NOTHING_PICKED = "nothing_picked"
    ARRIVED = "arrived"  # location, count (products to take here)
    PICKED = "picked"  # sku, quantity (taken here), location, left (still to take here)
    LOCATION_DONE = "location_done"  # sku, quantity, location, next (location)
    ROUTE_DONE_SHORT = "route_done_short"  # sku, quantity, location, skus (short)
    ALL_PICKED = "all_picked"  # sku, quantity, location
    LEFT_LOCATION = "left_location"  # location, next ("" when the route is over)
    SHORT_TAKEN_ELSEWHERE = "short_taken_elsewhere"  # location, sku, quantity, next
    SHORT_FOR_BACKORDER = "short_for_backorder"  # location, sku, quantity (to backorder)
    SHORTAGE_REASON_SET = "shortage_reason_set"  # shortage (ShortageReason value), skus
    READY = "ready"  # quantity (picked in all), short (going on the backorder)


class PickStep(Enum):
    """What the station asks for now."""

    SCAN_LOCATION = "scan_location"  # next_stop()
    TAKE_PRODUCTS = "take_products"  # tasks_at(here)
    CHOOSE_SHORTAGE_REASON = "choose_shortage_reason"  # missing() without a reason
    NOTHING_TO_PICK = "nothing_to_pick"  # no location holds anything of the delivery
    CONFIRM = "confirm"
