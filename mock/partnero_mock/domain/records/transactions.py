"""Records of transactions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..store import Book


@dataclass(eq=False)
class Transaction:
    serial: int
    key: str
    action: str
    amount: float
    amount_units: str
    created_at: datetime
    customer_uid: str
    customer_key: str
    is_currency: bool = True
    credit: bool = False
    partner_id: str | None = None
    referring_customer_uid: str | None = None
    product_id: Any = None
    product_type: Any = None
    rewarded: bool = False
    rewardable: bool = True
    deleted_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def archived(self) -> bool:
        return self.deleted_at is not None


def new_transaction_book() -> Book[Transaction]:
    return Book(
        lambda t: str(t.serial),
        groups={
            "customer": lambda t: t.customer_uid,
            "partner": lambda t: t.partner_id,
            "key": lambda t: t.key,
        },
    )
