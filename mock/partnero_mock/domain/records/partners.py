"""Records of partners."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ..store import Book

REFERENCE_FIELDS = ("id", "key", "email")


class PartnerStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


@dataclass(eq=False)
class Partner:
    id: str
    key: str
    email: str
    created_at: datetime
    updated_at: datetime
    name: str | None = None
    surname: str | None = None
    password: str | None = None
    tags: list[str] = field(default_factory=list)
    referring_partner_id: str | None = None
    status: PartnerStatus = PartnerStatus.ACTIVE
    approved: bool = True
    tos: bool = False


def new_partner_book() -> Book[Partner]:
    return Book(lambda partner: partner.id, email=lambda partner: partner.email, key=lambda p: p.key)
