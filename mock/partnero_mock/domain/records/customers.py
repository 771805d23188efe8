"""Records of customers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..store import Book


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DELETED = "deleted"


@dataclass(eq=False)
class Customer:
    uid: str
    key: str
    created_at: datetime
    updated_at: datetime
    id: str | None = None
    email: str | None = None
    name: str | None = None
    surname: str | None = None
    tags: list[str] = field(default_factory=list)
    partner_id: str | None = None
    referring_customer_uid: str | None = None
    status: CustomerStatus = CustomerStatus.ACTIVE
    deleted_at: datetime | None = None
    approved: bool = True
    tos: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)
    referral_url: str | None = None

    @property
    def archived(self) -> bool:
        return self.deleted_at is not None


def new_customer_book() -> Book[Customer]:
    return Book(
        lambda c: c.uid,
        groups={"partner": lambda c: c.partner_id, "referrer": lambda c: c.referring_customer_uid},
        key=lambda c: c.key,
        id=lambda c: c.id,
    )
