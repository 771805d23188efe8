"""Rewards (commissions) earned by affiliate partners or refer-a-friend customers.

A reward is created by a transaction (computed from the program's commission settings), by a
converted lead, or by hand as a partner bonus. Its ``status`` follows the transaction reply of the
docs: ``ok`` (approved), ``review_period`` (still reviewable) or ``rejected``. Whether it has been
paid out is tracked separately so partner statistics can split paid, pending and unpaid money.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .store import Book
from .validation import Rules

if TYPE_CHECKING:
    from .partners import Partner
    from .program import Program

APPROVED = "ok"
IN_REVIEW = "review_period"
REJECTED = "rejected"


@dataclass(eq=False)
class Reward:
    id: int
    key: str
    action: str
    status: str
    amount: float
    amount_units: str
    is_currency: bool
    created_at: datetime
    partner_id: str | None = None
    customer_uid: str | None = None
    transaction_key: str | None = None
    transaction_serial: int | None = None
    note: str | None = None
    paid: bool = False
    payout_request_id: int | None = None
    deleted_at: datetime | None = None
    product_type_data: dict[str, Any] = field(default_factory=dict)

    @property
    def live(self) -> bool:
        return self.deleted_at is None and self.status != REJECTED


def new_reward_book() -> Book[Reward]:
    return Book(
        lambda reward: str(reward.id),
        groups={
            "partner": lambda r: r.partner_id,
            "customer": lambda r: r.customer_uid,
            "transaction": lambda r: None if r.transaction_serial is None else str(r.transaction_serial),
        },
    )


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
        status=IN_REVIEW if program.settings.review_period_days > 0 else APPROVED,
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
