"""Records of payouts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..store import Book

GATEWAYS = ("crypto", "paypal", "venmo", "wise")


VENMO_FIELDS = {"USER_HANDLE": "user_handle", "EMAIL": "email", "PHONE": "phone"}


class PayoutStatus(StrEnum):
    APPROVED = "approved"
    FINISHED = "finished"
    REJECTED = "rejected"
    REQUESTED = "requested"
    RESUBMIT_REQUESTED = "resubmit_requested"
    RESUBMITTED = "resubmitted"


STATUSES = tuple(PayoutStatus)


@dataclass(eq=False)
class PayoutRequest:
    id: int
    partner_id: str
    amount: float
    amount_units: str
    gateway: str
    payout_settings: dict[str, Any]
    reward_ids: list[int]
    created_at: datetime
    updated_at: datetime
    status: PayoutStatus = PayoutStatus.REQUESTED
    approved_at: datetime | None = None
    paid_at: datetime | None = None
    history: list[str] = field(default_factory=list)


def new_payout_book() -> Book[PayoutRequest]:
    return Book(lambda payout: str(payout.id))
