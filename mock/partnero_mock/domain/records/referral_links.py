"""Referral links of partners (affiliate) and of customers (refer-a-friend): one record for both.

Each owner has a default link whose key is the owner's referral key, and may have extra links.
A link's id always equals its key (every documented example shows them equal), so a new key is a
new id. Keys are unique across the links of one kind in a program.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..store import Book


@dataclass(eq=False)
class ReferralLink:
    key: str
    #: the partner's id, or the customer's uid
    owner_id: str
    created_at: datetime
    default: bool = False
    is_additional: bool = False
    domain_id: int | None = None
    direct_tracking: bool = False
    direct_tracking_redirect: bool = False
    direct_tracking_redirect_url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.key


def new_link_book() -> Book[ReferralLink]:
    return Book(lambda link: link.key, groups={"owner": lambda link: link.owner_id})
