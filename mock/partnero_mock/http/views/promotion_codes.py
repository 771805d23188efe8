"""JSON shape of a promotion code."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_timestamp
from ...domain.program import Program
from ...domain.records.promotion_codes import PromotionCode
from .coupons import coupon_core, map_or_list, redemption_info


def promotion_code(program: Program, item: PromotionCode, *, with_coupon: bool = False) -> dict[str, Any]:
    def target(switch: str) -> dict[str, Any] | list[Any]:
        chosen = item.limits.get(switch)
        return dict(chosen) if chosen else []

    shaped: dict[str, Any] = {
        "code": item.code,
        "first_time_order": item.first_time_order,
        "limit_to_specific_partner": item.limits.get("limit_to_specific_partner") is not None,
        "coupon_specific_partners": target("limit_to_specific_partner"),
        "limit_to_specific_customer": item.limits.get("limit_to_specific_customer") is not None,
        "coupon_specific_customers": target("limit_to_specific_customer"),
        "limit_to_specific_subscriber": item.limits.get("limit_to_specific_subscriber") is not None,
        "coupon_specific_subscribers": target("limit_to_specific_subscriber"),
        "minimum_order_status": item.minimum_order_status,
        "minimum_order_value": item.minimum_order_value,
        "expiration_date_status": item.expiration_date_status,
        "expiration_date_value": item.expiration_date_value.isoformat()
        if item.expiration_date_value
        else None,
        "redemption_times_status": item.redemption_times_status,
        "redemption_times_value": item.redemption_times_value,
        "metadata": map_or_list(item.metadata),
        "additional_info": redemption_info(item.redemptions),
        "times_redeemed": len(item.redemptions),
    }
    if with_coupon:
        parent = program.coupons.get(item.coupon_uuid)
        if parent is not None:
            shaped["coupon"] = {
                **coupon_core(parent),
                "created_at": format_timestamp(parent.created_at),
                "updated_at": format_timestamp(parent.updated_at),
            }
    return shaped
