"""JSON shape of rewards (commissions, bonuses, credits)."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_optional_timestamp, format_timestamp
from ...domain.program import Program
from ...domain.records.rewards import Reward


def _customer_reference(program: Program, item: Reward) -> str | None:
    """Affiliate rewards name the buyer's key; refer-a-friend rewards the rewarded customer's id."""
    customer = program.customers.get(item.customer_uid)
    if customer is None:
        return None
    return customer.key if program.is_affiliate else customer.id


def in_transaction(program: Program, item: Reward) -> dict[str, Any]:
    """The ``rewards[]`` items of a transaction reply."""
    return {
        "key": item.key,
        "action": item.action,
        "status": item.status,
        "customer": _customer_reference(program, item),
        "partner": item.partner_id,
        "amount": item.amount,
        "amount_units": item.amount_units,
        "is_currency": item.is_currency,
        "credit": False,
        "created_at": format_timestamp(item.created_at),
        "deleted_at": format_optional_timestamp(item.deleted_at),
        "product_type_data": item.product_type_data,
    }


def reward(program: Program, item: Reward) -> dict[str, Any]:
    """A stand-alone reward (partner bonus, balance credit)."""
    return {
        "id": item.id,
        **in_transaction(program, item),
        "credit": item.action == "credit",
        "note": item.note,
        "paid": item.paid,
    }
