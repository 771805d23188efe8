"""Webhook deliveries of newsletter programs: verify, then parse with `data` typed per event.

`construct_event` returns one class per event name (`PartnerCreatedEvent`, ...), and every class's
`event` is its name as a `Literal`, so `Event` is a union the name discriminates: after
`event.event == "partner.created"` (or `match` on the class) `data` is typed without
`isinstance`. A name this program type does not describe would spoil that (its `event` could be any
string), so it is refused unless `allow_unknown=True` asks for it as a plain `WebhookEvent`.
Events described for this program type: subscriber.created, subscriber.deleted, subscriber.rewarded, subscriber.updated.
"""

from collections.abc import Callable, Mapping
from typing import Any, Literal, cast, overload

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


Event = SubscriberCreatedEvent | SubscriberDeletedEvent | SubscriberRewardedEvent | SubscriberUpdatedEvent
"""A delivery of a described event: one class per name, discriminated by `event`."""

EVENT_TYPES: dict[str, tuple[type[WebhookEvent[Any]], Callable[[Mapping[str, Any]], Any]]] = {
    "subscriber.created": (SubscriberCreatedEvent, EventSubscriberData.from_dict),
    "subscriber.deleted": (SubscriberDeletedEvent, EventSubscriberData.from_dict),
    "subscriber.rewarded": (SubscriberRewardedEvent, EventSubscriberData.from_dict),
    "subscriber.updated": (SubscriberUpdatedEvent, EventSubscriberData.from_dict),
}
DATA_PARSERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    name: parse for name, (_, parse) in EVENT_TYPES.items()
}


@overload
def construct_event(
    payload: bytes | str,
    signature: str | None,
    secret: str,
    *,
    tolerance: float | None = None,
    allow_unknown: Literal[False] = False,
) -> Event: ...
@overload
def construct_event(
    payload: bytes | str,
    signature: str | None,
    secret: str,
    *,
    tolerance: float | None = None,
    allow_unknown: bool,
) -> Event | WebhookEvent[Any]: ...
def construct_event(
    payload: bytes | str,
    signature: str | None,
    secret: str,
    *,
    tolerance: float | None = None,
    allow_unknown: bool = False,
) -> Event | WebhookEvent[Any]:
    """Check the `Signature` header against the raw body, then parse the envelope.

    Args:
        payload: The raw request body, exactly as received (bytes, or str as some frameworks give it).
        signature: The `Signature` header (see `signature_from`); None when it was missing.
        secret: The webhook subscription's `signature` secret.
        tolerance: Seconds; refuse a delivery whose signed `created_at` is further from now.
        allow_unknown: Return a delivery whose event name is not described here as a plain
            WebhookEvent (decoded JSON as `data`) instead of refusing it; the result is then no
            longer narrowed by comparing `event.event`.

    Returns:
        The event's class for the event name, its `data` parsed into the event's model (with
        `allow_unknown`, a WebhookEvent for a name not described).

    Raises:
        WebhookVerificationError: the signature is missing, malformed or wrong, or the delivery is
            outside the tolerance.
        WebhookPayloadError: the signed body is not an event envelope, `data` misfits its model,
            or the event name is not described (without `allow_unknown`).
        ValueError, TypeError: the secret is empty or not a string (a setup error).
    """
    envelope = read_envelope(payload, signature, secret, tolerance=tolerance)
    data = envelope.get("data")
    if envelope["event"] not in EVENT_TYPES and EVENT_TYPES and not allow_unknown:
        message = f"The event {envelope['event']!r} is not described for newsletter programs"
        raise WebhookPayloadError(message + "; pass allow_unknown=True to receive it untyped.")
    cls, parse = EVENT_TYPES.get(envelope["event"], (WebhookEvent, None))
    if parse is not None:
        if not isinstance(data, Mapping):
            raise WebhookPayloadError(f"The {envelope['event']} delivery has no `data` object.")
        try:
            data = parse(data)
        except MODEL_MISFITS as exc:
            message = f"The {envelope['event']} data does not fit its schema: {exc}"
            raise WebhookPayloadError(message) from None
    return cast("Event | WebhookEvent[Any]", build_event(envelope, data, cls))


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
