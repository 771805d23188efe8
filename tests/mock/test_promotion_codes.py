"""Promotion codes of coupons."""

from __future__ import annotations

import pytest
from partnero_mock.domain import (
    coupons,
    promotion_codes,
)
from partnero_mock.domain.errors import NotFound, ValidationFailed
from partnero_mock.domain.lookups.promotion_codes import get_code
from partnero_mock.domain.program import Program

from .helpers import COUPON, partner


def test_promotion_code_targets_and_delete(program: Program) -> None:
    owner = partner(program)
    coupon = coupons.create_coupon(program, dict(COUPON))
    base = {"coupon_uuid": coupon.uuid_code}
    with pytest.raises(ValidationFailed):
        promotion_codes.create_code(program, {**base, "limit_to_specific_partner": True})
    with pytest.raises(ValidationFailed):
        promotion_codes.create_code(
            program, {**base, "limit_to_specific_partner": True, "coupon_specific_partners": {"id": "ghost"}}
        )
    code = promotion_codes.create_code(
        program, {**base, "limit_to_specific_partner": True, "coupon_specific_partners": {"id": owner.id}}
    )
    assert code.limits["limit_to_specific_partner"] == {"id": owner.id, "full_name": None}
    with pytest.raises(NotFound):
        promotion_codes.delete_code(program, {"code": code.code, "coupon": {"uuid_code": "other"}})
    promotion_codes.delete_code(program, {"code": code.code, "coupon": {"uuid_code": coupon.uuid_code}})
    with pytest.raises(NotFound):
        get_code(program, code.code)
