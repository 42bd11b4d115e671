"""Who may do what in sales, as FastAPI dependencies, and the request shapes they share.

sales.read: see orders, deliveries, returns, availability (accountants, storekeepers).
sales.write: make and change orders (accountants). sales.deliver: reserve, pick and ship,
take returns in (storekeepers). sales.bill: invoice orders, book cost, refund returns
(accountants). Making a delivery from an order, or a return, is open to both desks.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, Request
from pydantic import Field

from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError


def either(*permissions: str) -> Callable[..., Any]:
    """A dependency: a sales reader who also holds one of `permissions`."""
    reader = company_ctx("sales.read")

    async def dependency(request: Request) -> Ctx:
        ctx: Ctx = await reader(request)
        if not any(ctx.may(p) for p in permissions):
            raise ApiError(403, f"Your role ({ctx.role}) does not allow {' or '.join(permissions)}")
        return ctx

    return dependency


Reader = Annotated[Ctx, Depends(company_ctx("sales.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("sales.write"))]
Deliverer = Annotated[Ctx, Depends(company_ctx("sales.deliver"))]
Biller = Annotated[Ctx, Depends(company_ctx("sales.bill"))]
EitherDesk = Annotated[Ctx, Depends(either("sales.write", "sales.deliver"))]

Id = Annotated[str, Field(min_length=1, max_length=64)]
OptionalId = Annotated[str | None, Field(default=None, max_length=64)]
Quantity = Annotated[Decimal, Field(gt=0, max_digits=15, decimal_places=3, allow_inf_nan=False)]
Price = Annotated[Decimal, Field(ge=0, max_digits=18, decimal_places=6, allow_inf_nan=False)]
Percent = Annotated[Decimal, Field(ge=0, le=100, allow_inf_nan=False)]
Reference = Annotated[str | None, Field(default=None, max_length=100)]
Note = Annotated[str | None, Field(default=None, max_length=2000)]
