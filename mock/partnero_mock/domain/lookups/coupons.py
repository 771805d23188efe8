"""Read-only look-ups of coupons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from ..records.coupons import Coupon

if TYPE_CHECKING:
    from ..program import Program


def get_coupon(program: Program, uuid_code: Any) -> Coupon:
    coupon = program.coupons.get(uuid_code) if isinstance(uuid_code, str) else None
    if coupon is None:
        raise NotFound("Coupon not found.")
    return coupon
