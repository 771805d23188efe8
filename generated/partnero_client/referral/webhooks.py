"""Webhook deliveries of referral programs: verify, then parse with `data` typed per event.

`construct_event` returns one class per event name (`PartnerCreatedEvent`, ...), and every class's
`event` is its name as a `Literal`, so `Event` is a union the name discriminates: after
`event.event == "partner.created"` (or `match` on the class) `data` is typed without
`isinstance`. A name this program type does not describe would spoil that (its `event` could be any
string), so it is refused unless `allow_unknown=True` asks for it as a plain `WebhookEvent`.
Events described for this program type: customer.created, customer.credited, customer.deleted, customer.rewarded, customer.updated, transaction.created, transaction.deleted.
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
from .models import EventCustomerData, EventTransactionData


@attrs.frozen
class CustomerCreatedEvent(WebhookEvent[EventCustomerData]):
    """A `customer.created` delivery; `data` is a `EventCustomerData`."""

    event: Literal["customer.created"]


@attrs.frozen
class CustomerCreditedEvent(WebhookEvent[EventCustomerData]):
    """A `customer.credited` delivery; `data` is a `EventCustomerData`."""

    event: Literal["customer.credited"]


@attrs.frozen
class CustomerDeletedEvent(WebhookEvent[EventCustomerData]):
    """A `customer.deleted` delivery; `data` is a `EventCustomerData`."""

    event: Literal["customer.deleted"]


@attrs.frozen
class CustomerRewardedEvent(WebhookEvent[EventCustomerData]):
    """A `customer.rewarded` delivery; `data` is a `EventCustomerData`."""

    event: Literal["customer.rewarded"]


@attrs.frozen
class CustomerUpdatedEvent(WebhookEvent[EventCustomerData]):
    """A `customer.updated` delivery; `data` is a `EventCustomerData`."""

    event: Literal["customer.updated"]


@attrs.frozen
class TransactionCreatedEvent(WebhookEvent[EventTransactionData]):
    """A `transaction.created` delivery; `data` is a `EventTransactionData`."""

    event: Literal["transaction.created"]


@attrs.frozen
class TransactionDeletedEvent(WebhookEvent[EventTransactionData]):
    """A `transaction.deleted` delivery; `data` is a `EventTransactionData`."""

    event: Literal["transaction.deleted"]


Event = (
    CustomerCreatedEvent
    | CustomerCreditedEvent
    | CustomerDeletedEvent
    | CustomerRewardedEvent
    | CustomerUpdatedEvent
    | TransactionCreatedEvent
    | TransactionDeletedEvent
)
"""A delivery of a described event: one class per name, discriminated by `event`."""

EVENT_TYPES: dict[str, tuple[type[WebhookEvent[Any]], Callable[[Mapping[str, Any]], Any]]] = {
    "customer.created": (CustomerCreatedEvent, EventCustomerData.from_dict),
    "customer.credited": (CustomerCreditedEvent, EventCustomerData.from_dict),
    "customer.deleted": (CustomerDeletedEvent, EventCustomerData.from_dict),
    "customer.rewarded": (CustomerRewardedEvent, EventCustomerData.from_dict),
    "customer.updated": (CustomerUpdatedEvent, EventCustomerData.from_dict),
    "transaction.created": (TransactionCreatedEvent, EventTransactionData.from_dict),
    "transaction.deleted": (TransactionDeletedEvent, EventTransactionData.from_dict),
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
        message = f"The event {envelope['event']!r} is not described for referral programs"
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
    "CustomerCreatedEvent",
    "CustomerCreditedEvent",
    "CustomerDeletedEvent",
    "CustomerRewardedEvent",
    "CustomerUpdatedEvent",
    "TransactionCreatedEvent",
    "TransactionDeletedEvent",
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
