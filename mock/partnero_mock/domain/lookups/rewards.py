"""Read-only look-ups of rewards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records.rewards import Reward

if TYPE_CHECKING:
    from ..program import Program


def commission(value_type: str, value: float, sale_amount: float) -> float:
    """A percentage of the sale or a fixed amount; not rounded beyond float noise (29.997 stays)."""
    if value_type == "percent":
        return round(sale_amount * value / 100, 6)
    return round(value, 6)


def rewards_of_partner(program: Program, partner_id: str) -> list[Reward]:
    return program.rewards.group("partner", partner_id)


def rewards_of_transaction(program: Program, serial: int) -> list[Reward]:
    return program.rewards.group("transaction", str(serial))


def rewards_of_customer(program: Program, customer_uid: str) -> list[Reward]:
    return program.rewards.group("customer", customer_uid)


def totals_by_currency(rewards: list[Reward]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for reward in rewards:
        if reward.is_currency:
            totals[reward.amount_units] = round(totals.get(reward.amount_units, 0.0) + reward.amount, 6)
    return totals
