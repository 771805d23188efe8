"""Reward balances of refer-a-friend customers: what they earned, manual credits, statistics.

A balance is the sum of the customer's live rewards, grouped by unit: money under ``currency`` and
any other reward unit (points, free months ...) under ``other``. A manual credit is stored as a
reward with action ``credit`` and emits ``customer.credited``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import rewards
from .lookups.customers import customer_referrals
from .lookups.rewards import rewards_of_customer, totals_by_currency
from .lookups.transactions import live_transactions
from .records.customers import Customer
from .records.rewards import Reward
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program


def balance(program: Program, customer: Customer) -> dict[str, list[dict[str, Any]]]:
    money: dict[str, float] = {}
    other: dict[str, float] = {}
    for reward in rewards_of_customer(program, customer.uid):
        if not reward.live or reward.paid:
            continue
        bucket = money if reward.is_currency else other
        bucket[reward.amount_units] = round(bucket.get(reward.amount_units, 0.0) + reward.amount, 6)
    result: dict[str, list[dict[str, Any]]] = {
        "currency": [{"amount": v, "amount_units": k, "is_currency": True} for k, v in money.items()]
    }
    if other:
        result["other"] = [{"amount": v, "amount_units": k, "is_currency": False} for k, v in other.items()]
    return result


def credit(program: Program, customer: Customer, data: dict[str, Any]) -> Reward:
    rules = Rules(data)
    amount = rules.number("amount", required=True, minimum=-1e9, maximum=1e9)
    is_currency = rules.boolean("is_currency")
    units = rules.string("amount_units", max_length=20)
    if amount == 0:
        rules.fail("amount", "The amount must not be zero.")
    rules.check()
    assert amount is not None
    is_money = True if is_currency is None else is_currency
    reward = rewards.add_reward(
        program,
        action="credit",
        amount=amount,
        amount_units=(units or program.settings.currency) if is_money else (units or "points"),
        is_currency=is_money,
        customer_uid=customer.uid,
    )
    if not is_money:
        reward.amount_units = units or "points"  # non-money units keep their spelling
    program.emit("customer.credited", {"id": customer.id, "amount": amount})
    return reward


def statistics(program: Program, customer: Customer) -> dict[str, Any]:
    referred = customer_referrals(program, customer)
    referred_uids = {c.uid for c in referred}
    sales = [t for t in live_transactions(program) if t.customer_uid in referred_uids]
    revenue: dict[str, float] = {}
    for sale in sales:
        revenue[sale.amount_units] = round(revenue.get(sale.amount_units, 0.0) + sale.amount, 6)
    earned = [r for r in rewards_of_customer(program, customer.uid) if r.live]
    return {
        "referrals_count": len(referred),
        "referred_customers_with_purchases": len({sale.customer_uid for sale in sales}),
        "purchases_count": len(sales),
        "revenue": [{"currency": k, "amount": v} for k, v in revenue.items()],
        "rewards": [
            {"amount_units": k, "amount": v, "is_currency": True}
            for k, v in totals_by_currency(earned).items()
        ],
        "balance": balance(program, customer),
    }


def invite(program: Program, data: dict[str, Any]) -> dict[str, Any]:
    """Record an invitation e-mail (the mock sends nothing) and echo what would be sent."""
    rules = Rules(data)
    email = rules.email("email", required=True)
    name = rules.string("name")
    surname = rules.string("surname")
    personalization = rules.mapping("personalization") or {}
    rules.string("id")
    rules.string("key")
    rules.check()
    invitation = {
        "email": email,
        "name": name,
        "surname": surname,
        "personalization": personalization,
        "invited_at": program.clock.now(),
    }
    program.invitations.append(invitation)
    return invitation
