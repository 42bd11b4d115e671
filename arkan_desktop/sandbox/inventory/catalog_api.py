"""Products, warehouses, locations and vendors: what stock operations refer to."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field, field_validator

from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import money, qty
from arkan_desktop.sandbox.partners import (
    VendorCreate,
    VendorUpdate,
    create_partner,
    update_partner,
)
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/inventory")


def ean13_valid(code: str) -> bool:
    if len(code) != 13 or not code.isdigit():
        return False
    digits = [int(c) for c in code]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


class ProductCreate(Payload):
    sku: str = Field(min_length=1, max_length=40, pattern=r"^[0-9A-Za-z.\-_/]+$")
    name: str = Field(min_length=1, max_length=200)
    nameAr: str | None = Field(default=None, max_length=200)
    barcode: str | None = Field(default=None, max_length=48)
    type: Literal["storable", "consumable", "service"] = "storable"
    category: str = Field(default="General", max_length=100)
    uom: str = Field(default="unit", max_length=20)
    salePrice: Decimal = Field(default=Decimal(0), ge=0)
    cost: Decimal = Field(default=Decimal(0), ge=0)
    taxRate: Decimal = Field(default=Decimal(5), ge=0, le=100)

    @field_validator("barcode")
    @classmethod
    def _check_barcode(cls, value: str | None) -> str | None:
        if value and value.isdigit() and len(value) == 13 and not ean13_valid(value):
            raise ValueError("is not a valid EAN-13 (check digit)")
        return value or None


def product_record(body: ProductCreate, currency: str) -> dict[str, Any]:
    return {
        "sku": body.sku,
        "name": body.name,
        "nameAr": body.nameAr or "",
        "barcode": body.barcode or "",
        "type": body.type,
        "category": body.category,
        "uom": body.uom,
        "salePrice": money(body.salePrice, currency),
        "cost": money(body.cost, currency),
        "currency": currency,
        "taxRate": qty(body.taxRate),
        "onHand": "0",
        "reserved": "0",
        "available": "0",
        "isActive": True,
    }


@router.get("/products", summary="List products with stock levels", tags=["inventory"])
def list_products(request: Request, ctx: Ctx = Depends(company_ctx("inventory.read"))) -> Response:
    return list_kind(ctx, request, "product")


@router.post("/products", status_code=201, summary="Create a product", tags=["inventory"])
def create_product(
    body: ProductCreate, ctx: Ctx = Depends(company_ctx("inventory.write"))
) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        if uow.find_one("product", sku=body.sku):
            raise ApiError(
                409,
                f"SKU {body.sku} already exists",
                [{"field": "sku", "message": "is already used"}],
            )
        if body.barcode and uow.find_one("product", barcode=body.barcode):
            raise ApiError(
                409,
                f"Barcode {body.barcode} is already on another product",
                [{"field": "barcode", "message": "is already used"}],
            )
        return uow.add("product", product_record(body, company_currency(uow)))

    return ctx.write(change, 201)


@router.get("/products/{product_id}", summary="Get product details", tags=["inventory"])
def get_product(
    product_id: str, ctx: Ctx = Depends(company_ctx("inventory.read"))
) -> dict[str, Any]:
    return get_record(ctx, "product", product_id, "Product")


@router.get("/products/{product_id}/stock", summary="Get stock by location", tags=["inventory"])
def product_stock(
    product_id: str, ctx: Ctx = Depends(company_ctx("inventory.read"))
) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        product = uow.require("product", product_id, "Product")
        rows = []
        for location_id, quantity in sorted(uow.quantities_of_product(product_id).items()):
            location = uow.get("location", location_id) or {}
            rows.append(
                {
                    "locationId": location_id,
                    "locationCode": location.get("code", ""),
                    "warehouseId": location.get("warehouseId"),
                    "quantity": qty(quantity),
                }
            )
    rows.sort(key=lambda r: r["locationCode"])
    return {
        "productId": product_id,
        "sku": product["sku"],
        "onHand": product["onHand"],
        "available": product["available"],
        "data": rows,
    }


@router.get("/warehouses", summary="List warehouses", tags=["inventory", "assumed"])
def list_warehouses(
    request: Request, ctx: Ctx = Depends(company_ctx("inventory.read"))
) -> Response:
    return list_kind(ctx, request, "warehouse")


@router.get("/warehouses/{warehouse_id}", summary="Get a warehouse", tags=["inventory", "assumed"])
def get_warehouse(
    warehouse_id: str, ctx: Ctx = Depends(company_ctx("inventory.read"))
) -> dict[str, Any]:
    return get_record(ctx, "warehouse", warehouse_id, "Warehouse")


@router.get("/locations", summary="List locations (with barcodes)", tags=["inventory", "assumed"])
def list_locations(request: Request, ctx: Ctx = Depends(company_ctx("inventory.read"))) -> Response:
    return list_kind(ctx, request, "location")


@router.get("/locations/{location_id}", summary="Get a location", tags=["inventory", "assumed"])
def get_location(
    location_id: str, ctx: Ctx = Depends(company_ctx("inventory.read"))
) -> dict[str, Any]:
    return get_record(ctx, "location", location_id, "Location")


@router.get(
    "/locations/{location_id}/stock", summary="Stock at a location", tags=["inventory", "assumed"]
)
def location_stock(
    location_id: str, ctx: Ctx = Depends(company_ctx("inventory.read"))
) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        location = uow.require("location", location_id, "Location")
        rows = []
        for product_id, quantity in uow.quantities_at_location(location_id).items():
            product = uow.get("product", product_id) or {}
            rows.append(
                {"productId": product_id, "sku": product.get("sku", ""), "quantity": qty(quantity)}
            )
    rows.sort(key=lambda r: r["sku"])
    return {"locationId": location_id, "locationCode": location["code"], "data": rows}


@router.get("/vendors", summary="List vendors", tags=["inventory", "assumed"])
def list_vendors(request: Request, ctx: Ctx = Depends(company_ctx("purchasing.read"))) -> Response:
    return list_kind(ctx, request, "vendor")


@router.post("/vendors", status_code=201, summary="Create a vendor", tags=["inventory", "assumed"])
def create_vendor(
    body: VendorCreate, ctx: Ctx = Depends(company_ctx("purchasing.write"))
) -> Response:
    return ctx.write(lambda uow: create_partner(uow, "vendor", body), 201)


@router.patch("/vendors/{vendor_id}", summary="Update a vendor", tags=["inventory", "assumed"])
def edit_vendor(
    vendor_id: str, body: VendorUpdate, ctx: Ctx = Depends(company_ctx("purchasing.write"))
) -> Response:
    return ctx.write(lambda uow: update_partner(uow, "vendor", vendor_id, body))


@router.get("/vendors/{vendor_id}", summary="Get a vendor", tags=["inventory", "assumed"])
def get_vendor(
    vendor_id: str, ctx: Ctx = Depends(company_ctx("purchasing.read"))
) -> dict[str, Any]:
    return get_record(ctx, "vendor", vendor_id, "Vendor")
