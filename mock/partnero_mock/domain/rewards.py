"""Rewards (commissions) earned by affiliate partners or refer-a-friend customers.

A reward is created by a transaction (computed from the program's commission settings), by a
converted lead, or by hand as a partner bonus. Its ``status`` follows the transaction reply of the
docs: ``ok`` (approved), ``review_period`` (still reviewable) or ``rejected``. Whether it has been
paid out is tracked separately so partner statistics can split paid, pending and unpaid money.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .records.partners import Partner
from .records.rewards import Reward, RewardStatus
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program


def add_reward(
    program: Program,
    *,
    action: str,
    amount: float,
    amount_units: str | None = None,
    is_currency: bool = True,
    partner_id: str | None = None,
    customer_uid: str | None = None,
    transaction_key: str | None = None,
    transaction_serial: int | None = None,
    note: str | None = None,
    created_at: datetime | None = None,
    key: str | None = None,
    product_type_data: dict[str, Any] | None = None,
) -> Reward:
    reward = Reward(
        id=program.next_number("reward"),
        key=key or program.ids.token(16),
        action=action,
        status=RewardStatus.IN_REVIEW if program.settings.review_period_days > 0 else RewardStatus.APPROVED,
        amount=amount,
        amount_units=(amount_units or program.settings.currency).upper(),
        is_currency=is_currency,
        created_at=created_at or program.clock.now(),
        partner_id=partner_id,
        customer_uid=customer_uid,
        transaction_key=transaction_key,
        transaction_serial=transaction_serial,
        note=note,
        product_type_data=product_type_data or {},
    )
    program.rewards.add(reward)
    program.emit("reward.created", {"id": reward.id, "amount": reward.amount, "partner": partner_id})
    return reward


def add_partner_bonus(program: Program, partner: Partner, data: dict[str, Any]) -> Reward:
    """A one-off amount credited to a partner outside the commission rules."""
    rules = Rules(data)
    amount = rules.number("amount", required=True, minimum=0.01, maximum=1_000_000_000)
    # The catalog types this `date` as a date-time string (n8n sends ISO text); unlike transaction
    # `created_at`, no source sends a Unix number here.
    if data.get("date") is not None and not isinstance(data.get("date"), str):
        rules.fail("date", "The date must be a date-time string.")
    booked_at = rules.moment("date") if isinstance(data.get("date"), str) else None
    note = rules.string("note", max_length=1000)
    rules.check()
    assert amount is not None
    return add_reward(
        program,
        action="bonus",
        amount=round(amount, 2),
        partner_id=partner.id,
        note=note,
        created_at=booked_at,
    )
