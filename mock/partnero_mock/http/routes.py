"""The complete route table of the mock, assembled from the per-resource handler modules."""

from __future__ import annotations

from .handlers import (
    coupons,
    customers,
    leads,
    links,
    newsletter,
    partners,
    payouts,
    program,
    transactions,
    webhooks,
)
from .routing import RouteTable

HANDLER_MODULES = (
    partners,
    links,
    customers,
    transactions,
    leads,
    coupons,
    payouts,
    webhooks,
    newsletter,
    program,
)


def build_route_table() -> RouteTable:
    table = RouteTable()
    for module in HANDLER_MODULES:
        module.register(table)
    return table
