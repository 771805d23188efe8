"""Records of subscribers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ..store import Book


class SubscriberStatus(StrEnum):
    ACTIVE = "active"
    REJECTED = "rejected"
    SUSPENDED = "suspended"


STATUSES = tuple(SubscriberStatus)


@dataclass(eq=False)
class Subscriber:
    uid: str
    id: str
    email: str
    created_at: datetime
    updated_at: datetime
    name: str | None = None
    tos: bool | None = None
    marketing_consent: bool | None = None
    status: SubscriberStatus = SubscriberStatus.ACTIVE
    approved: bool = True
    referrer_uid: str | None = None
    portal_token: str = ""


def new_subscriber_book() -> Book[Subscriber]:
    return Book(
        lambda s: s.uid,
        groups={"referrer": lambda s: s.referrer_uid},
        id=lambda s: s.id,
        email=lambda s: s.email,
    )
