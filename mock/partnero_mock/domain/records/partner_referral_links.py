"""Records of partner links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..store import Book


@dataclass(eq=False)
class PartnerLink:
    key: str
    partner_id: str
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


def new_partner_link_book() -> Book[PartnerLink]:
    return Book(lambda link: link.key, groups={"partner": lambda link: link.partner_id})
