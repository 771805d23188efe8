"""The complete route table of the mock, assembled from the per-resource handler modules."""

from __future__ import annotations

from .handlers import (
    coupons,
    customer_referral_links,
    customers,
    leads,
    newsletter_rewards,
    partner_referral_links,
    partners,
    payout_requests,
    program,
    promotion_codes,
    subscribers,
    transactions,
    webhooks,
)
from .routing import RouteTable

# one module per spec tag; "program" also serves the settings and test tags
HANDLER_MODULES = (
    partners,
    partner_referral_links,
    customers,
    customer_referral_links,
    transactions,
    leads,
    coupons,
    promotion_codes,
    payout_requests,
    webhooks,
    subscribers,
    newsletter_rewards,
    program,
)


def build_route_table() -> RouteTable:
    table = RouteTable()
    for module in HANDLER_MODULES:
        module.register(table)
    return table
