"""Webhook subscriptions and the deliveries they would receive.

A subscription has a ``key`` (yours or generated, unique), ``name``, ``url``, ``events`` and
``is_active``, plus a generated ``signature`` secret. Events must belong to the program type (the
lists of the conventions, section 10); others are refused per item with 422.

The mock does not call out over the network. Emitting an event only records it;
:func:`deliver_pending` (run after every request) turns each new event into a delivery record for
each active subscription listening to it: the JSON body that would be POSTed (envelope
``{event, url, webhook_key, created_at, data}``) and its ``Signature`` header, the lower-case hex
HMAC-SHA256 of the exact body bytes keyed with the subscription's secret. Tests read them from
``program.deliveries`` to check their handlers against realistic payloads.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import TYPE_CHECKING, Any

from .records.webhooks import EVENTS, Delivery, Webhook
from .validation import Rules

if TYPE_CHECKING:
    from .program import Event, Program

_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _events(program: Program, rules: Rules, *, required: bool) -> list[str] | None:
    events = rules.string_list("events", required=required, max_length=100)
    if events is None:
        return None
    if required and not events:
        rules.fail("events", "The events field is required.")
    allowed = EVENTS[program.type.value]
    for index, event in enumerate(events):
        if event not in allowed:
            rules.fail(
                f"events.{index}",
                f"The event {event!r} does not exist in {program.type.value} programs.",
            )
    return events


def create_webhook(program: Program, data: dict[str, Any]) -> Webhook:
    rules = Rules(data)
    name = rules.string("name", required=True)
    url = rules.url("url", required=True, max_length=2048)
    events = _events(program, rules, required=True)
    key = rules.alpha_dash("key")
    # is_active is a plain boolean in the docs (catalog createWebhook / updateWebhook)
    is_active = rules.boolean("is_active", strict=True)
    if key is not None and program.webhooks.taken_primary(key):
        rules.fail("key", "The key has already been taken.")
    rules.check()
    assert name is not None and url is not None and events is not None
    webhook = Webhook(
        key=key or _fresh_key(program),
        name=name,
        url=url,
        events=events,
        signature=program.ids.token(16, _KEY_ALPHABET),
        is_active=True if is_active is None else is_active,
    )
    return program.webhooks.add(webhook)


def update_webhook(program: Program, webhook: Webhook, data: dict[str, Any]) -> Webhook:
    changes = data["update"] if isinstance(data.get("update"), dict) else data
    rules = Rules(changes)
    name = rules.string("name")
    url = rules.url("url", max_length=2048)
    events = _events(program, rules, required=False)
    is_active = rules.boolean("is_active", strict=True)
    if events == []:
        rules.fail("events", "The events must not be empty.")
    rules.check()
    if name is not None:
        webhook.name = name
    if url is not None:
        webhook.url = url
    if events is not None:
        webhook.events = events
    if is_active is not None:
        webhook.is_active = is_active
    return webhook


def delete_webhook(program: Program, webhook: Webhook) -> None:
    program.webhooks.remove(webhook)


def deliver_pending(program: Program) -> None:
    """Turn the events emitted since the last call into deliveries.

    The HTTP layer calls this after every request, so each event reaches the subscriptions that
    exist once the request that caused it is done.
    """
    pending = program.events[program.events_delivered :]
    program.events_delivered = len(program.events)
    for event in pending:
        _deliver(program, event)


def _deliver(program: Program, event: Event) -> None:
    """Record the delivery each listening subscription would receive for ``event``."""
    for webhook in program.webhooks:
        if not webhook.is_active or event.name not in webhook.events:
            continue
        envelope = {
            "event": event.name,
            "url": webhook.url,
            "webhook_key": webhook.key,
            "created_at": event.data.get("created_at"),
            "data": {k: v for k, v in event.data.items() if k != "created_at"},
        }
        body = json.dumps(envelope, separators=(",", ":")).encode()
        signature = sign(webhook.signature, body)
        program.deliveries.append(
            Delivery(
                webhook_key=webhook.key,
                url=webhook.url,
                event=event.name,
                body=body,
                signature=signature,
                headers={"Content-Type": "application/json", "Signature": signature},
            )
        )


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _fresh_key(program: Program) -> str:
    while True:
        candidate = program.ids.token(12, _KEY_ALPHABET)
        if not program.webhooks.taken_primary(candidate):
            return candidate
