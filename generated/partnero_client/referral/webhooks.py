"""Webhook deliveries of referral programs: verify, then parse with `data` typed per event.

Events described for this program type: customer.created, customer.credited, customer.deleted, customer.rewarded, customer.updated, transaction.created, transaction.deleted.
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
from .models import EventCustomerData, EventTransactionData

DATA_PARSERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "customer.created": EventCustomerData.from_dict,
    "customer.credited": EventCustomerData.from_dict,
    "customer.deleted": EventCustomerData.from_dict,
    "customer.rewarded": EventCustomerData.from_dict,
    "customer.updated": EventCustomerData.from_dict,
    "transaction.created": EventTransactionData.from_dict,
    "transaction.deleted": EventTransactionData.from_dict,
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
