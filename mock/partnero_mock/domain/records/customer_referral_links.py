"""Records of customer links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..store import Book


@dataclass(eq=False)
class CustomerLink:
    key: str
    customer_uid: str
    created_at: datetime
    default: bool = False
    is_additional: bool = False
    domain_id: int | None = None
    direct_tracking: bool = False
    direct_tracking_redirect: bool = False
    direct_tracking_redirect_url: str | None = None

    @property
    def id(self) -> str:
        return self.key


def new_customer_link_book() -> Book[CustomerLink]:
    return Book(lambda link: link.key, groups={"customer": lambda link: link.customer_uid})
