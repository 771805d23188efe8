"""Records of promotion codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..store import Book

TARGETS = {
    # switch: (target field, name field, finder)
    "limit_to_specific_partner": ("coupon_specific_partners", "full_name", "partner"),
    "limit_to_specific_customer": ("coupon_specific_customers", "customer_full_name", "customer"),
    "limit_to_specific_subscriber": ("coupon_specific_subscribers", "subscriber_full_name", "subscriber"),
}


@dataclass(eq=False)
class PromotionCode:
    code: str
    coupon_uuid: str
    created_at: datetime
    updated_at: datetime
    first_time_order: bool = False
    limits: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    minimum_order_status: bool = False
    minimum_order_value: int | None = None
    expiration_date_status: bool = False
    expiration_date_value: date | None = None
    redemption_times_status: bool = False
    redemption_times_value: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    redemptions: list[dict[str, Any]] = field(default_factory=list)


def new_code_book() -> Book[PromotionCode]:
    return Book(lambda code: code.code)
