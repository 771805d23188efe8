"""Webhook deliveries of newsletter programs: verify, then parse with `data` typed per event.

Events described for this program type: subscriber.created, subscriber.deleted, subscriber.rewarded, subscriber.updated.
"""

from collections.abc import Callable, Mapping
from typing import Any

from .._core.errors import MODEL_MISFITS
from .._core.webhooks import (
    WebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    build_event,
    read_envelope,
    signature_from,
    verify_signature,
)
from .models import EventSubscriberData

DATA_PARSERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "subscriber.created": EventSubscriberData.from_dict,
    "subscriber.deleted": EventSubscriberData.from_dict,
    "subscriber.rewarded": EventSubscriberData.from_dict,
    "subscriber.updated": EventSubscriberData.from_dict,
}


def construct_event(payload: bytes, signature: str | None, secret: str) -> WebhookEvent[Any]:
    """Check the `Signature` header against the raw body, then parse the envelope.

    `data` is the event's model when the event is known, otherwise the decoded JSON as sent.
    Raises WebhookVerificationError (bad or missing signature) or WebhookPayloadError.
    """
    envelope = read_envelope(payload, signature, secret)
    data = envelope.get("data")
    parse = DATA_PARSERS.get(envelope["event"])
    if parse is not None and isinstance(data, Mapping):
        try:
            data = parse(data)
        except MODEL_MISFITS as exc:
            message = f"The {envelope['event']} data does not fit its schema: {exc}"
            raise WebhookPayloadError(message) from None
    return build_event(envelope, data)


__all__ = [
    "DATA_PARSERS",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "construct_event",
    "signature_from",
    "verify_signature",
]
