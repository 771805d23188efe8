"""Newsletter rewards: a reward unlocks for a subscriber once they referred its subscriber count."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .records.newsletter_rewards import FULFILLMENT, NewsletterReward
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program

# The sequence this record kind's numeric ids come from (a seed may continue it at a given id).
ID_SEQUENCE = "newsletter_reward"


def create_reward(program: Program, data: dict[str, Any]) -> NewsletterReward:
    rules = Rules(data)
    name = rules.string("name", required=True)
    description = rules.string("description", max_length=5000)
    count = rules.integer("subscribers_count", minimum=1, maximum=1_000_000)
    if count is None:
        count = rules.integer("subscriber_count", minimum=1, maximum=1_000_000)
    kind = rules.choice("fulfillment_type", FULFILLMENT)
    value = rules.string("fulfillment_value", max_length=2048)
    rules.check()
    assert name is not None
    now = program.clock.now()
    reward = NewsletterReward(
        id=program.next_number(ID_SEQUENCE),
        name=name,
        description=description,
        subscriber_count=count or 1,
        fulfillment_type=kind or "url_link",
        fulfillment_value=value,
        created_at=now,
        updated_at=now,
    )
    return program.newsletter_rewards.add(reward)
