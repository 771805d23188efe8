"""Records of coupons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..store import Book

DISCOUNT_TYPES = ("percent", "static")


DURATION_TYPES = ("once", "hours", "days", "months", "years", "lifetime")


SYNC_PROVIDERS = ("stripe", "shopify", "woocommerce", "paddle")


@dataclass(eq=False)
class Coupon:
    number: int
    uuid_code: str
    name: str
    discount_type: str
    discount_amount: float
    duration_type: str
    created_at: datetime
    updated_at: datetime
    active: bool = True
    duration_value: int | None = None
    specific_date_status: bool = False
    specific_date_value: date | None = None
    times_status: bool = False
    times_value: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    redemptions: list[dict[str, Any]] = field(default_factory=list)


def new_coupon_book() -> Book[Coupon]:
    return Book(lambda coupon: coupon.uuid_code)
