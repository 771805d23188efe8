from typing import Literal

CouponSyncProvider = Literal["paddle", "shopify", "stripe", "woocommerce"]

COUPON_SYNC_PROVIDER_VALUES: set[CouponSyncProvider] = {
    "paddle",
    "shopify",
    "stripe",
    "woocommerce",
}


def check_coupon_sync_provider(value: str) -> CouponSyncProvider:
    if value in COUPON_SYNC_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUPON_SYNC_PROVIDER_VALUES!r}")
