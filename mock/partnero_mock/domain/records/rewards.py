"""Records of rewards."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..store import Book


class RewardStatus(StrEnum):
    APPROVED = "ok"
    IN_REVIEW = "review_period"
    REJECTED = "rejected"


@dataclass(eq=False)
class Reward:
    id: int
    key: str
    action: str
    status: RewardStatus
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
        return self.deleted_at is None and self.status != RewardStatus.REJECTED


def new_reward_book() -> Book[Reward]:
    return Book(
        lambda reward: str(reward.id),
        groups={
            "partner": lambda r: r.partner_id,
            "customer": lambda r: r.customer_uid,
            "transaction": lambda r: None if r.transaction_serial is None else str(r.transaction_serial),
        },
    )
