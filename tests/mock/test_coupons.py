"""Coupons and their redemptions."""

from __future__ import annotations

import pytest
from partnero_mock.domain import (
    coupons,
    promotion_codes,
    transactions,
)
from partnero_mock.domain.errors import ValidationFailed
from partnero_mock.domain.lookups.promotion_codes import codes_of
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import COUPON, affiliate_customer, partner


def test_coupon_rules(program: Program) -> None:
    coupon = coupons.create_coupon(program, dict(COUPON))
    assert len(coupon.uuid_code) == 8 and coupon.name == coupon.uuid_code
    for bad in (
        {**COUPON, "coupon_discount_amount": 120},
        {**COUPON, "coupon_duration_type": "months"},
        {**COUPON, "redemption_times_status": True},
        {**COUPON, "uuid_code": coupon.uuid_code},
        {**COUPON, "sync": {"provider": "stripe"}},
    ):
        with pytest.raises(ValidationFailed):
            coupons.create_coupon(program, bad)


def test_coupon_with_nested_codes_is_all_or_nothing(program: Program) -> None:
    with pytest.raises(ValidationFailed):
        coupons.create_coupon(program, {**COUPON, "promotion_codes": [{"code": "OK1"}, {"code": "bad code"}]})
    assert len(program.coupons) == 0 and len(program.promotion_codes) == 0
    coupon = coupons.create_coupon(program, {**COUPON, "promotion_codes": [{"code": "OK1"}]})
    assert [c.code for c in codes_of(program, coupon)] == ["OK1"]


def test_redemptions_need_a_fresh_known_transaction(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    transactions.record_transactions(
        program, {"customer": {"key": customer.key}, "key": "order_1", "amount": 5}
    )
    coupon = coupons.create_coupon(program, dict(COUPON))
    code = promotion_codes.create_code(program, {"coupon_uuid": coupon.uuid_code, "code": "SAVE"})
    promotion_codes.update_code(program, {"code": "SAVE", "redeem": True, "transaction_key": "order_1"})
    promotion_codes.update_code(program, {"code": "SAVE", "redeem": True, "transaction_key": "order_1"})
    promotion_codes.update_code(program, {"code": "SAVE", "redeem": True, "transaction_key": "unknown"})
    assert len(code.redemptions) == 1
    coupons.update_coupon(program, {"uuid_code": coupon.uuid_code, "redeem": True, "metadata": {"a": 1}})
    assert len(coupon.redemptions) == 1 and coupon.metadata == {"a": 1}


def test_coupon_and_promotion_code_envelopes(affiliate: Api) -> None:
    coupon = affiliate.post(
        "/v1/coupons",
        json={"name": "PARTNERO25", "uuid_code": "", "coupon_discount_type": "percent",
              "coupon_discount_amount": 25, "coupon_duration_type": "months", "coupon_duration_value": 11,
              "promotion_codes": {}, "metadata": {}},
    ).json()  # fmt: skip
    assert coupon["status"] == 1 and coupon["message"] and coupon["synchronization_enabled"] is False
    assert coupon["data"]["metadata"] == [] and coupon["data"]["times_redeemed"] == 0
    uuid_code = coupon["data"]["uuid_code"]
    created = affiliate.post("/v1/promotion-code", json={"coupon_uuid": uuid_code, "code": "PROMO123"})
    assert created.status_code == 200 and created.json()["data"]["coupon"]["uuid_code"] == uuid_code
    updated = affiliate.put(
        "/v1/promotion-codes", json={"code": "PROMO123", "metadata": {"campaign": "summer"}}
    ).json()
    assert (
        updated["status"] == 1
        and updated["message"]
        and updated["data"]["metadata"] == {"campaign": "summer"}
    )
    listed = affiliate.get("/v1/coupons").json()["data"][0]
    assert [c["code"] for c in listed["promotion_codes"]["data"]] == ["PROMO123"]
    assert affiliate.get("/v1/promotion-codes", params={"limit": 5}).status_code == 422
    deleted = affiliate.delete(
        "/v1/promotion-codes", json={"code": "PROMO123", "coupon": {"uuid_code": uuid_code}}
    )
    assert deleted.json() == {
        "data": {"status": 1, "message": "Promotion code deleted in the app successfully"}
    }
    assert affiliate.get("/v1/promotion-codes/PROMO123").status_code == 404
    assert affiliate.request("GET", "/v1/promotion-code").headers["allow"] == "POST"


def test_metadata_beyond_64_bit_integers_is_served_back(affiliate: Api) -> None:
    """The fast reply encoder refuses such integers; the stdlib encoder answers instead."""
    metadata = {"huge": 2**70, "negative": -(2**65), "text": "ü"}
    created = affiliate.post("/v1/coupons", json={**COUPON, "metadata": metadata})
    assert created.status_code == 200
    assert created.json()["data"]["metadata"] == metadata
