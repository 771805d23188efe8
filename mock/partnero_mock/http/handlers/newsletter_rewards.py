"""Rewards of newsletter referral programs (spec tag newsletter-rewards)."""

from __future__ import annotations

from ...domain import newsletter_rewards
from ...domain.lookups.newsletter_rewards import get_newsletter_reward
from ..context import Ctx
from ..pagination import unpaged
from ..replies import Reply, ok
from ..routing import NEWSLETTER, RouteTable
from ..views import newsletter_rewards as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/rewards", "listNewsletterRewards", list_rewards, NEWSLETTER)
    add("POST", "/v1/rewards", "createNewsletterReward", create_reward, NEWSLETTER)
    add("GET", "/v1/rewards/{id}", "getNewsletterReward", get_reward, NEWSLETTER)


def list_rewards(ctx: Ctx) -> Reply:
    items = ctx.program.newsletter_rewards.all()
    return unpaged(ctx, items, lambda r: views.newsletter_reward(ctx.program, r))


def create_reward(ctx: Ctx) -> Reply:
    return ok(views.newsletter_reward(ctx.program, newsletter_rewards.create_reward(ctx.program, ctx.data)))


def get_reward(ctx: Ctx) -> Reply:
    return ok(views.newsletter_reward(ctx.program, get_newsletter_reward(ctx.program, ctx.path_param("id"))))
