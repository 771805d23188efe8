from typing import Literal

CouponDiscountType = Literal["percent", "static"]

COUPON_DISCOUNT_TYPE_VALUES: set[CouponDiscountType] = {
    "percent",
    "static",
}


def check_coupon_discount_type(value: str) -> CouponDiscountType:
    if value in COUPON_DISCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUPON_DISCOUNT_TYPE_VALUES!r}")
