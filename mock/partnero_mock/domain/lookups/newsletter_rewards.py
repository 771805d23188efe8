"""Read-only look-ups of newsletter rewards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from ..records.newsletter_rewards import NewsletterReward
from ..records.subscribers import Subscriber
from ..validation import to_integer
from .subscribers import subscriber_referrals

if TYPE_CHECKING:
    from ..program import Program


def unlocked_rewards(program: Program, subscriber: Subscriber) -> list[NewsletterReward]:
    count = len(subscriber_referrals(program, subscriber))
    return [r for r in program.newsletter_rewards if r.status == "active" and count >= r.subscriber_count]


def get_newsletter_reward(program: Program, reward_id: Any) -> NewsletterReward:
    number = to_integer(reward_id)
    reward = program.newsletter_rewards.get(str(number)) if number is not None else None
    if reward is None:
        raise NotFound("Reward not found.")
    return reward


def times_triggered(program: Program, reward: NewsletterReward) -> int:
    return sum(
        1
        for subscriber in program.subscribers
        if len(subscriber_referrals(program, subscriber)) >= reward.subscriber_count
    )
