"""JSON shape of a partner referral link."""

from __future__ import annotations

from typing import Any

from ...domain.lookups.referral_links import link_url
from ...domain.program import Program
from ...domain.records.referral_links import ReferralLink


def link(program: Program, item: ReferralLink) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "url": link_url(program, item),
        "default": item.default,
        "is_additional": item.is_additional,
        "direct_tracking": item.direct_tracking,
        "direct_tracking_redirect": item.direct_tracking_redirect,
        "direct_tracking_redirect_url": item.direct_tracking_redirect_url,
    }
