"""Discount coupons (affiliate programs); promotion codes hang off them.

A coupon is named by ``uuid_code`` (yours, or 8 generated upper-case characters), unique in the
program. Discounts are a ``percent`` (0-100) or a ``static`` amount; durations other than ``once``
and ``lifetime`` need a ``coupon_duration_value``. The switches ``redemption_specific_date_status``
and ``redemption_times_status`` need their values when on.

``sync.provider`` would push the coupon to a payment integration; the mock has none connected, so
naming a provider is refused with 422 on ``sync.provider`` (the docs say the call is refused without
giving a status).

Redemptions (``redeem: true``) add one to ``times_redeemed`` and log ``{redeemed_at,
transaction_key}``. A ``transaction_key`` must name an existing transaction that was not used for a
redemption of this coupon before; otherwise the call is a silent no-op, as documented.

Switches take JSON ``true``/``false`` only (``strict``): endpoints.yaml types them plainly as
boolean and no source shows 0/1 or string spellings for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import promotion_codes, redemptions
from .errors import ValidationFailed
from .lookups.coupons import get_coupon
from .records.coupons import DISCOUNT_TYPES, DURATION_TYPES, SYNC_PROVIDERS, Coupon
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program

_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def create_coupon(program: Program, data: dict[str, Any]) -> Coupon:
    rules = Rules(data)
    uuid_code = rules.alpha_dash("uuid_code")
    name = rules.string("name")
    active = rules.boolean("active", strict=True)
    discount_type = rules.choice("coupon_discount_type", DISCOUNT_TYPES, required=True)
    discount_amount = rules.number("coupon_discount_amount", required=True, minimum=0, maximum=1e9)
    if discount_type == "percent" and discount_amount is not None and discount_amount > 100:
        rules.fail("coupon_discount_amount", "The coupon discount amount must not be greater than 100.")
    duration_type = rules.choice("coupon_duration_type", DURATION_TYPES, required=True)
    duration_value = rules.integer(
        "coupon_duration_value",
        required=duration_type not in (None, "once", "lifetime"),
        minimum=1,
        maximum=1_000_000,
    )
    date_status = rules.boolean("redemption_specific_date_status", strict=True) or False
    date_value = rules.date("redemption_specific_date_value", required=date_status)
    times_status = rules.boolean("redemption_times_status", strict=True) or False
    times_value = rules.integer(
        "redemption_times_value", required=times_status, minimum=1, maximum=1_000_000_000
    )
    metadata = rules.mapping("metadata") or {}
    _refuse_sync(rules, data)
    codes = data.get("promotion_codes")
    if codes is not None and not isinstance(codes, list | dict):
        rules.fail("promotion_codes", "The promotion codes must be an array.")
    if uuid_code is not None and program.coupons.taken_primary(uuid_code):
        rules.fail("uuid_code", "The uuid code has already been taken.")
    rules.check()
    assert discount_type is not None and discount_amount is not None and duration_type is not None

    now = program.clock.now()
    code = uuid_code or _fresh_uuid(program)
    coupon = Coupon(
        number=program.next_number("coupon"),
        uuid_code=code,
        name=name or code,
        active=True if active is None else active,
        discount_type=discount_type,
        discount_amount=discount_amount,
        duration_type=duration_type,
        duration_value=duration_value,
        specific_date_status=date_status,
        specific_date_value=date_value,
        times_status=times_status,
        times_value=times_value,
        metadata=dict(metadata),
        created_at=now,
        updated_at=now,
    )
    # create the nested promotion codes first in a dry run so a bad one leaves nothing behind
    # Only empty objects ({}, a placeholder like those in the docs examples) are skipped; any other
    # item that is not an object (null, a string, a number) names no promotion code and is refused
    # (endpoints.yaml, createCoupon: promotion_codes are the codes to create along with the coupon).
    nested = [item for item in (codes if isinstance(codes, list) else []) if item != {}]
    seen_codes: set[str] = set()
    for index, item in enumerate(nested):
        if not isinstance(item, dict):
            raise ValidationFailed.single(
                f"promotion_codes.{index}", "Each promotion code must be an object."
            )
        checked = promotion_codes.validate(program, item, prefix=f"promotion_codes.{index}.", coupon=coupon)
        if checked.code is not None:
            if checked.code.casefold() in seen_codes:
                raise ValidationFailed.single(f"promotion_codes.{index}.code", "The code is repeated.")
            seen_codes.add(checked.code.casefold())
    program.coupons.add(coupon)
    for item in nested:
        promotion_codes.create_code(program, {**item, "coupon_uuid": coupon.uuid_code})
    return coupon


def update_coupon(program: Program, data: dict[str, Any]) -> Coupon:
    rules = Rules(data)
    uuid_code = rules.string("uuid_code", required=True)
    name = rules.string("name")
    metadata = rules.mapping("metadata")
    redeem = rules.boolean("redeem", strict=True) or False
    transaction_key = rules.string("transaction_key")
    _refuse_sync(rules, data)
    rules.check()
    coupon = get_coupon(program, uuid_code)
    if redeem and not redemptions.record_redemption(program, coupon.redemptions, transaction_key):
        return coupon  # unknown or repeated transaction key: a silent no-op
    if name is not None:
        coupon.name = name
    if metadata:
        coupon.metadata.update(metadata)
    coupon.updated_at = program.clock.now()
    return coupon


def _refuse_sync(rules: Rules, data: dict[str, Any]) -> None:
    sync = rules.mapping("sync")
    if not sync:
        return
    provider = Rules(sync, "sync.").choice("provider", SYNC_PROVIDERS)
    if provider is None:
        rules.fail("sync.provider", "The selected sync.provider is invalid.")
    else:
        rules.fail("sync.provider", f"The {provider} integration is not connected to this program.")


def _fresh_uuid(program: Program) -> str:
    while True:
        candidate = program.ids.token(8, _CODE_ALPHABET)
        if not program.coupons.taken_primary(candidate):
            return candidate
