"""JSON shapes of newsletter subscribers and newsletter rewards."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_timestamp
from ...domain.lookups.newsletter_rewards import unlocked_rewards
from ...domain.lookups.subscribers import subscriber_referrals
from ...domain.program import Program
from ...domain.records.subscribers import Subscriber
from .newsletter_rewards import reward_summary


def subscriber(program: Program, item: Subscriber) -> dict[str, Any]:
    base = f"https://{program.public_id.lower()}.referral.site"
    return {
        "id": item.id,
        "name": item.name,
        "email": item.email,
        "is_referred": item.referrer_uid is not None,
        "tos": item.tos,
        "marketing_consent": item.marketing_consent,
        "status": item.status.capitalize(),
        "approved": item.approved,
        "portal_link": f"{base}/portal/{item.portal_token}",
        "share_link": f"{base}/share/{item.portal_token[:8]}",
        "referrals_count": len(subscriber_referrals(program, item)),
        "reward": [reward_summary(r) for r in unlocked_rewards(program, item)],
        "created_at": format_timestamp(item.created_at),
        "updated_at": format_timestamp(item.updated_at),
        "deleted_at": None,
    }
