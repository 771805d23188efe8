"""Read-only look-ups of webhooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFound
from ..records.webhooks import Webhook

if TYPE_CHECKING:
    from ..program import Program


def get_webhook(program: Program, key: str) -> Webhook:
    webhook = program.webhooks.get(key)
    if webhook is None:
        raise NotFound("Webhook not found.")
    return webhook
