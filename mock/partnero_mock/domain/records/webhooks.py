"""Records of webhooks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..store import Book

EVENTS: dict[str, tuple[str, ...]] = {
    "affiliate": (
        "partner.created",
        "partner.updated",
        "partner.deleted",
        "partner.approved",
        "partner.rejected",
        "partner.archived",
        "customer.created",
        "customer.updated",
        "customer.deleted",
        "transaction.created",
        "transaction.updated",
        "transaction.deleted",
        "reward.created",
        "reward.approved",
        "reward.paid",
        "lead.submitted",
        "lead.converted",
        "lead.rejected",
    ),
    "referral": (
        "customer.created",
        "customer.updated",
        "customer.deleted",
        "customer.credited",
        "customer.rewarded",
        "transaction.created",
        "transaction.deleted",
    ),
    "newsletter": ("subscriber.created", "subscriber.updated", "subscriber.deleted", "subscriber.rewarded"),
}


@dataclass(eq=False)
class Webhook:
    key: str
    name: str
    url: str
    events: list[str]
    signature: str
    is_active: bool = True


@dataclass
class Delivery:
    webhook_key: str
    url: str
    event: str
    body: bytes
    signature: str
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> Any:
        return json.loads(self.body)


def new_webhook_book() -> Book[Webhook]:
    return Book(lambda webhook: webhook.key)
