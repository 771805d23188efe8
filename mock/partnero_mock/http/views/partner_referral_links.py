"""JSON shape of a partner referral link."""

from __future__ import annotations

from typing import Any

from ...domain.lookups.partner_referral_links import partner_link_url
from ...domain.program import Program
from ...domain.records.partner_referral_links import PartnerLink


def link(program: Program, item: PartnerLink) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "url": partner_link_url(program, item),
        "default": item.default,
        "is_additional": item.is_additional,
        "direct_tracking": item.direct_tracking,
        "direct_tracking_redirect": item.direct_tracking_redirect,
        "direct_tracking_redirect_url": item.direct_tracking_redirect_url,
    }
