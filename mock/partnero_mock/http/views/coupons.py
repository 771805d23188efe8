"""JSON shapes of coupons and promotion codes (empty maps are ``[]`` as in every docs example)."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_timestamp
from ...domain.records.coupons import Coupon


def map_or_list(value: dict[str, Any]) -> dict[str, Any] | list[Any]:
    """PHP encodes an empty associative array as ``[]``; the docs examples show exactly that."""
    return dict(value) if value else []


def redemption_info(log: list[dict[str, Any]]) -> dict[str, Any] | list[Any]:
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


def coupon(item: Coupon, *, codes: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The coupon; ``codes`` are its promotion codes, already shaped, when the reply lists them."""
    shaped = {
        **coupon_core(item),
        "redemption_specific_date_status": item.specific_date_status,
        "redemption_specific_date_value": item.specific_date_value.isoformat()
        if item.specific_date_value
        else None,
        "redemption_times_status": item.times_status,
        "redemption_times_value": item.times_value,
    }
    if codes is not None:
        shaped["promotion_codes"] = {"data": codes}
    shaped.update(
        {
            "metadata": map_or_list(item.metadata),
            "additional_info": redemption_info(item.redemptions),
            "times_redeemed": len(item.redemptions),
            "created_at": format_timestamp(item.created_at),
            "updated_at": format_timestamp(item.updated_at),
            "deleted_at": None,
        }
    )
    return shaped
