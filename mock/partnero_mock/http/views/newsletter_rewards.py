"""JSON shapes of newsletter rewards."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_timestamp
from ...domain.lookups.newsletter_rewards import times_triggered
from ...domain.program import Program
from ...domain.records.newsletter_rewards import FULFILLMENT, NewsletterReward


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
