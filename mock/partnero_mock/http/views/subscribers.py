"""JSON shapes of newsletter subscribers and newsletter rewards."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_timestamp
from ...domain.lookups.subscribers import subscriber_referrals, times_triggered, unlocked_rewards
from ...domain.program import Program
from ...domain.records.subscribers import FULFILLMENT, NewsletterReward, Subscriber


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


def reward_summary(item: NewsletterReward) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "fulfillment_type": item.fulfillment_type}


def newsletter_reward(program: Program, item: NewsletterReward) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "description": item.description,
        "status": item.status,
        "type": "default",
        "fulfillment_type": item.fulfillment_type,
        "fulfillment_type_name": FULFILLMENT[item.fulfillment_type],
        "fulfillment_value": item.fulfillment_value,
        "subscriber_count": item.subscriber_count,
        "times_triggered": times_triggered(program, item),
        "created_at": format_timestamp(item.created_at),
        "updated_at": format_timestamp(item.updated_at),
    }
