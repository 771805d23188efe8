"""JSON shapes of coupons and promotion codes (empty maps are ``[]`` as in every docs example)."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_timestamp
from ...domain.lookups.promotion_codes import codes_of
from ...domain.program import Program
from ...domain.records.coupons import Coupon
from ...domain.records.promotion_codes import PromotionCode


def _map_or_list(value: dict[str, Any]) -> dict[str, Any] | list[Any]:
    """PHP encodes an empty associative array as ``[]``; the docs examples show exactly that."""
    return dict(value) if value else []


def _redemption_info(log: list[dict[str, Any]]) -> dict[str, Any] | list[Any]:
    return {"redemptions": list(log)} if log else []


def coupon_core(coupon: Coupon) -> dict[str, Any]:
    return {
        "name": coupon.name,
        "uuid_code": coupon.uuid_code,
        "active": coupon.active,
        "coupon_discount_type": coupon.discount_type,
        "coupon_discount_amount": coupon.discount_amount,
        "coupon_duration_type": coupon.duration_type,
        "coupon_duration_value": coupon.duration_value,
    }


def coupon(program: Program, item: Coupon, *, with_codes: bool = False) -> dict[str, Any]:
    shaped = {
        **coupon_core(item),
        "redemption_specific_date_status": item.specific_date_status,
        "redemption_specific_date_value": item.specific_date_value.isoformat()
        if item.specific_date_value
        else None,
        "redemption_times_status": item.times_status,
        "redemption_times_value": item.times_value,
    }
    if with_codes:
        shaped["promotion_codes"] = {
            "data": [promotion_code(program, code) for code in codes_of(program, item)]
        }
    shaped.update(
        {
            "metadata": _map_or_list(item.metadata),
            "additional_info": _redemption_info(item.redemptions),
            "times_redeemed": len(item.redemptions),
            "created_at": format_timestamp(item.created_at),
            "updated_at": format_timestamp(item.updated_at),
            "deleted_at": None,
        }
    )
    return shaped


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
        "metadata": _map_or_list(item.metadata),
        "additional_info": _redemption_info(item.redemptions),
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
