"""Webhook deliveries of newsletter programs: verify, then parse with `data` typed per event.

`construct_event` returns one class per event name (`PartnerCreatedEvent`, ...), so `match` on
the class, or compare `event.event` with the name, and `data` is typed without `isinstance`.
Events described for this program type: subscriber.created, subscriber.deleted, subscriber.rewarded, subscriber.updated.
"""

from collections.abc import Callable, Mapping
from typing import Any, Literal, cast

import attrs

from .._core.errors import MODEL_MISFITS
from .._core.webhooks import (
    WebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    build_event,
    read_envelope,
    sign,
    signature_from,
    verify_signature,
)
from .models import EventSubscriberData


@attrs.frozen
class SubscriberCreatedEvent(WebhookEvent[EventSubscriberData]):
    """A `subscriber.created` delivery; `data` is a `EventSubscriberData`."""

    event: Literal["subscriber.created"]


@attrs.frozen
class SubscriberDeletedEvent(WebhookEvent[EventSubscriberData]):
    """A `subscriber.deleted` delivery; `data` is a `EventSubscriberData`."""

    event: Literal["subscriber.deleted"]


@attrs.frozen
class SubscriberRewardedEvent(WebhookEvent[EventSubscriberData]):
    """A `subscriber.rewarded` delivery; `data` is a `EventSubscriberData`."""

    event: Literal["subscriber.rewarded"]


@attrs.frozen
class SubscriberUpdatedEvent(WebhookEvent[EventSubscriberData]):
    """A `subscriber.updated` delivery; `data` is a `EventSubscriberData`."""

    event: Literal["subscriber.updated"]


Event = (
    SubscriberCreatedEvent
    | SubscriberDeletedEvent
    | SubscriberRewardedEvent
    | SubscriberUpdatedEvent
    | WebhookEvent[Any]
)
"""Any delivery: a typed event class per known name, WebhookEvent[Any] for names not described."""

EVENT_TYPES: dict[str, tuple[type[WebhookEvent[Any]], Callable[[Mapping[str, Any]], Any]]] = {
    "subscriber.created": (SubscriberCreatedEvent, EventSubscriberData.from_dict),
    "subscriber.deleted": (SubscriberDeletedEvent, EventSubscriberData.from_dict),
    "subscriber.rewarded": (SubscriberRewardedEvent, EventSubscriberData.from_dict),
    "subscriber.updated": (SubscriberUpdatedEvent, EventSubscriberData.from_dict),
}
DATA_PARSERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    name: parse for name, (_, parse) in EVENT_TYPES.items()
}


def construct_event(
    payload: bytes | str, signature: str | None, secret: str, *, tolerance: float | None = None
) -> Event:
    """Check the `Signature` header against the raw body, then parse the envelope.

    Args:
        payload: The raw request body, exactly as received (bytes, or str as some frameworks give it).
        signature: The `Signature` header (see `signature_from`); None when it was missing.
        secret: The webhook subscription's `signature` secret.
        tolerance: Seconds; refuse a delivery whose signed `created_at` is further from now.

    Returns:
        The event's class for a described event name (its `data` parsed into the event's model),
        otherwise a WebhookEvent with the decoded JSON as `data`.

    Raises:
        WebhookVerificationError: the signature is missing, malformed or wrong, or the delivery is
            outside the tolerance.
        WebhookPayloadError: the signed body is not an event envelope, or `data` misfits its model.
        ValueError, TypeError: the secret is empty or not a string (a setup error).
    """
    envelope = read_envelope(payload, signature, secret, tolerance=tolerance)
    data = envelope.get("data")
    cls, parse = EVENT_TYPES.get(envelope["event"], (WebhookEvent, None))
    if parse is not None:
        if not isinstance(data, Mapping):
            raise WebhookPayloadError(f"The {envelope['event']} delivery has no `data` object.")
        try:
            data = parse(data)
        except MODEL_MISFITS as exc:
            message = f"The {envelope['event']} data does not fit its schema: {exc}"
            raise WebhookPayloadError(message) from None
    return cast(Event, build_event(envelope, data, cls))


__all__ = [
    "SubscriberCreatedEvent",
    "SubscriberDeletedEvent",
    "SubscriberRewardedEvent",
    "SubscriberUpdatedEvent",
    "DATA_PARSERS",
    "EVENT_TYPES",
    "Event",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "construct_event",
    "sign",
    "signature_from",
    "verify_signature",
]
