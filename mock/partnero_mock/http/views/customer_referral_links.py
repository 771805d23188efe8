"""JSON shape of a customer referral link."""

from __future__ import annotations

from typing import Any

from ...domain.lookups.referral_links import link_url
from ...domain.program import Program
from ...domain.records.referral_links import ReferralLink


def link(program: Program, entry: ReferralLink) -> dict[str, Any]:
    return {
        "id": entry.id,
        "key": entry.key,
        "url": link_url(program, entry),
        "default": entry.default,
        "is_additional": entry.is_additional,
        "direct_tracking": entry.direct_tracking,
        "direct_tracking_redirect": entry.direct_tracking_redirect,
        "direct_tracking_redirect_url": entry.direct_tracking_redirect_url,
    }
