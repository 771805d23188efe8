"""Records of newsletter rewards: milestones a subscriber unlocks by referring others."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..store import Book

FULFILLMENT = {"url_link": "URL", "generic_coupon": "Coupon code", "amazon_gift_card": "Amazon gift card"}


@dataclass(eq=False)
class NewsletterReward:
    id: int
    name: str
    created_at: datetime
    updated_at: datetime
    description: str | None = None
    subscriber_count: int = 1
    fulfillment_type: str = "url_link"
    fulfillment_value: str | None = None
    status: str = "active"


def new_newsletter_reward_book() -> Book[NewsletterReward]:
    return Book(lambda reward: str(reward.id))
