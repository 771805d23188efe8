"""JSON shape of webhook subscriptions."""

from __future__ import annotations

from typing import Any

from ...domain.program import Program
from ...domain.records.webhooks import Webhook


def webhook(program: Program, item: Webhook) -> dict[str, Any]:
    return {
        "key": item.key,
        "name": item.name,
        "url": item.url,
        "is_active": item.is_active,
        "signature": item.signature,
        "events": list(item.events),
    }
