"""Promotion codes: the text customers type at checkout, each belonging to one coupon.

A code is yours (letters, digits, ``-`` and ``_``, at most 100) or 10 generated upper-case
characters, unique in the program. The parent coupon is named by ``coupon_uuid`` (or, as in the
oldest docs, by the coupon's integer ``coupon_id``). Each ``*_status`` switch needs its value when
on, and each ``limit_to_specific_*`` switch needs its target object, whose ``id`` must name an
existing partner, customer or subscriber. ``{}`` or ``[]`` for a target means none.

Deleting needs the code and its coupon (``coupon.uuid_code``); a code under another coupon is 404.

Switches take JSON ``true``/``false`` only (``strict``): endpoints.yaml types them plainly as
boolean and no source shows 0/1 or string spellings for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import redemptions
from .errors import NotFound
from .lookups.customers import find_customer
from .lookups.partners import find_partner
from .lookups.promotion_codes import get_code
from .lookups.subscribers import find_subscriber
from .records.coupons import Coupon
from .records.promotion_codes import TARGETS, PromotionCode
from .validation import Rules, to_integer

if TYPE_CHECKING:
    from .program import Program

_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


@dataclass
class _Checked:
    code: str | None
    coupon: Coupon | None
    values: dict[str, Any]


def validate(
    program: Program, data: dict[str, Any], *, prefix: str = "", coupon: Coupon | None = None
) -> _Checked:
    """Check a create body; ``coupon`` is given when the code is created along with its coupon."""
    rules = Rules(data, prefix)
    code = rules.alpha_dash("code", max_length=100)
    if coupon is None:
        coupon = _parent(program, rules, data)
    values: dict[str, Any] = {
        "first_time_order": rules.boolean("first_time_order", strict=True) or False,
        "minimum_order_status": rules.boolean("minimum_order_status", strict=True) or False,
        "expiration_date_status": rules.boolean("expiration_date_status", strict=True) or False,
        "redemption_times_status": rules.boolean("redemption_times_status", strict=True) or False,
        "metadata": rules.mapping("metadata") or {},
    }
    values["minimum_order_value"] = rules.integer(
        "minimum_order_value", required=values["minimum_order_status"], minimum=0, maximum=10**12
    )
    values["expiration_date_value"] = rules.date(
        "expiration_date_value", required=values["expiration_date_status"]
    )
    values["redemption_times_value"] = rules.integer(
        "redemption_times_value", required=values["redemption_times_status"], minimum=1, maximum=10**9
    )
    values["limits"] = _limits(program, rules, data)
    if code is not None and program.promotion_codes.taken_primary(code):
        rules.fail("code", f"The {rules.name('code')} has already been taken.")
    rules.check()
    return _Checked(code, coupon, values)


def _parent(program: Program, rules: Rules, data: dict[str, Any]) -> Coupon | None:
    uuid_code = rules.string("coupon_uuid")
    if uuid_code is not None:
        coupon = program.coupons.get(uuid_code)
        if coupon is None:
            rules.fail("coupon_uuid", "The selected coupon uuid is invalid.")
        return coupon
    number = to_integer(data.get("coupon_id"))
    if number is not None:
        coupon = next((c for c in program.coupons if c.number == number), None)
        if coupon is None:
            rules.fail("coupon_id", "The selected coupon id is invalid.")
        return coupon
    rules.fail("coupon_uuid", f"The {rules.name('coupon_uuid').replace('_', ' ')} field is required.")
    return None


def _limits(program: Program, rules: Rules, data: dict[str, Any]) -> dict[str, dict[str, Any] | None]:
    limits: dict[str, dict[str, Any] | None] = {}
    for switch, (target_field, name_field, kind) in TARGETS.items():
        enabled = rules.boolean(switch, strict=True) or False
        target = rules.mapping(target_field)
        if not enabled:
            limits[switch] = None
            continue
        if not target or target.get("id") is None:
            label, condition = rules.name(target_field).replace("_", " "), switch.replace("_", " ")
            rules.fail(target_field, f"The {label} field is required when {condition} is true.")
            continue
        if not _target_exists(program, kind, str(target["id"])):
            rules.fail(f"{target_field}.id", f"The selected {kind} is invalid.")
            continue
        limits[switch] = {"id": str(target["id"]), name_field: target.get(name_field)}
    return limits


def _target_exists(program: Program, kind: str, ident: str) -> bool:

    if kind == "partner":
        return find_partner(program, partner_id=ident) is not None
    if kind == "customer":
        return find_customer(program, customer_id=ident, key=ident) is not None
    return find_subscriber(program, ident) is not None


def create_code(program: Program, data: dict[str, Any]) -> PromotionCode:
    checked = validate(program, data)
    assert checked.coupon is not None
    now = program.clock.now()
    values = checked.values
    promotion = PromotionCode(
        code=checked.code or _fresh_code(program),
        coupon_uuid=checked.coupon.uuid_code,
        created_at=now,
        updated_at=now,
        first_time_order=values["first_time_order"],
        limits=values["limits"],
        minimum_order_status=values["minimum_order_status"],
        minimum_order_value=values["minimum_order_value"],
        expiration_date_status=values["expiration_date_status"],
        expiration_date_value=values["expiration_date_value"],
        redemption_times_status=values["redemption_times_status"],
        redemption_times_value=values["redemption_times_value"],
        metadata=dict(values["metadata"]),
    )
    return program.promotion_codes.add(promotion)


def update_code(program: Program, data: dict[str, Any]) -> PromotionCode:
    rules = Rules(data)
    code = rules.string("code", required=True, max_length=100)
    metadata = rules.mapping("metadata")
    redeem = rules.boolean("redeem", strict=True) or False
    transaction_key = rules.string("transaction_key")
    partner_switch = rules.boolean("limit_to_specific_partner", strict=True)
    rules.check()
    promotion = get_code(program, code)
    partner_limit: dict[str, Any] | None = None
    if partner_switch:
        partner_limit = _limits(
            program,
            rules,
            {**data, "limit_to_specific_customer": False, "limit_to_specific_subscriber": False},
        ).get("limit_to_specific_partner")
        rules.check()
    if redeem and not redemptions.record_redemption(program, promotion.redemptions, transaction_key):
        return promotion
    if partner_switch is not None:
        promotion.limits["limit_to_specific_partner"] = partner_limit if partner_switch else None
    if metadata:
        promotion.metadata.update(metadata)
    promotion.updated_at = program.clock.now()
    return promotion


def delete_code(program: Program, data: dict[str, Any]) -> None:
    rules = Rules(data)
    code = rules.string("code", required=True, max_length=100)
    coupon_ref = rules.mapping("coupon", required=True)
    uuid_code = (
        Rules(coupon_ref, "coupon.").string("uuid_code", required=True) if coupon_ref is not None else None
    )
    if coupon_ref is not None and uuid_code is None:
        rules.fail("coupon.uuid_code", "The coupon.uuid code field is required.")
    rules.check()
    promotion = get_code(program, code)
    assert uuid_code is not None
    if promotion.coupon_uuid.casefold() != uuid_code.casefold():
        raise NotFound("Promotion code not found for this coupon.")
    program.promotion_codes.remove(promotion)


def _fresh_code(program: Program) -> str:
    while True:
        candidate = program.ids.token(10, _CODE_ALPHABET)
        if not program.promotion_codes.taken_primary(candidate):
            return candidate
