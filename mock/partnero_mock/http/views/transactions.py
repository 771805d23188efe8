"""JSON shape of transactions, with the rewards each produced."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_optional_timestamp, format_timestamp
from ...domain.lookups.rewards import rewards_of_transaction
from ...domain.program import Program
from ...domain.records.transactions import Transaction
from .rewards import in_transaction


def transaction(program: Program, item: Transaction) -> dict[str, Any]:
    own_rewards = [in_transaction(program, r) for r in rewards_of_transaction(program, item.serial)]
    buyer = program.customers.get(item.customer_uid)
    if program.is_affiliate:
        return {
            "key": item.key,
            "action": item.action,
            "amount": item.amount,
            "partner": item.partner_id,
            "customer": buyer.key if buyer else item.customer_key,
            "credit": item.credit,
            "is_currency": item.is_currency,
            "amount_units": item.amount_units,
            "created_at": format_timestamp(item.created_at),
            "deleted_at": format_optional_timestamp(item.deleted_at),
            "rewards": own_rewards,
        }
    referrer = program.customers.get(item.referring_customer_uid)
    return {
        "key": item.key,
        "action": item.action,
        "amount": item.amount,
        "customer": referrer.id if referrer else None,
        "referred_customer": buyer.id if buyer else None,
        "credit": item.credit,
        "is_currency": item.is_currency,
        "amount_units": item.amount_units,
        "created_at": format_timestamp(item.created_at),
        "rewards": own_rewards,
    }
