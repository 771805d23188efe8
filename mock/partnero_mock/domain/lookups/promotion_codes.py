"""Read-only look-ups of promotion codes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from ..records.coupons import Coupon
from ..records.promotion_codes import PromotionCode

if TYPE_CHECKING:
    from ..program import Program


def get_code(program: Program, code: Any) -> PromotionCode:
    found = program.promotion_codes.get(code) if isinstance(code, str) else None
    if found is None:
        raise NotFound("Promotion code not found.")
    return found


def codes_of(program: Program, coupon: Coupon) -> list[PromotionCode]:
    return [
        code for code in program.promotion_codes if code.coupon_uuid.casefold() == coupon.uuid_code.casefold()
    ]
