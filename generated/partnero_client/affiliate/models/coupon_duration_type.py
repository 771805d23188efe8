from typing import Literal

CouponDurationType = Literal["days", "hours", "lifetime", "months", "once", "years"]

COUPON_DURATION_TYPE_VALUES: set[CouponDurationType] = {
    "days",
    "hours",
    "lifetime",
    "months",
    "once",
    "years",
}


def check_coupon_duration_type(value: str) -> CouponDurationType:
    if value in COUPON_DURATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUPON_DURATION_TYPE_VALUES!r}")
