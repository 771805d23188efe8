"""Receiving Partnero webhook deliveries: signature check and envelope parsing.

Partnero signs each delivery with the subscription's `signature` secret: the `Signature` header
is the lower-case hex HMAC-SHA256 of the raw request body. Check it on the exact bytes received;
re-serialised JSON will not match. Two envelopes are in use, both accepted here:
`{event, data, timestamp}` and the newer `{event, url, webhook_key, created_at, data}`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Generic, TypeVar

import attrs

from .errors import PartneroError

SIGNATURE_HEADER = "Signature"
DataT = TypeVar("DataT")


class WebhookVerificationError(PartneroError):
    """The delivery's signature is missing or does not match: do not trust its content."""


class WebhookPayloadError(PartneroError):
    """The delivery is signed correctly but is not a Partnero event envelope."""


def compute_signature(payload: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def verify_signature(payload: bytes, signature: str | None, secret: str) -> bool:
    """Constant-time check of a `Signature` header against the raw body."""
    if not signature or not secret:
        return False
    return hmac.compare_digest(compute_signature(payload, secret), signature.strip().lower())


def signature_from(headers: Mapping[str, str]) -> str | None:
    """The `Signature` header from any mapping of headers, whatever its case."""
    for name, value in headers.items():
        if name.lower() == SIGNATURE_HEADER.lower():
            return value
    return None


@attrs.frozen
class WebhookEvent(Generic[DataT]):
    """One delivery. `data` is typed when the event is known to the program's client."""

    event: str
    data: DataT
    created_at: datetime | None
    webhook_key: str | None
    url: str | None
    raw: Mapping[str, Any] = attrs.field(repr=False)


def _timestamp(envelope: Mapping[str, Any]) -> datetime | None:
    value = envelope.get("created_at") or envelope.get("timestamp")
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)  # as the generated models parse timestamps
    except ValueError as exc:
        raise WebhookPayloadError(f"The delivery's time is not a timestamp: {value!r}") from exc


def read_envelope(payload: bytes, signature: str | None, secret: str) -> Mapping[str, Any]:
    """Verify the signature, then decode the envelope. Raises before anything is trusted."""
    if not verify_signature(payload, signature, secret):
        raise WebhookVerificationError("The webhook signature does not match the payload.")
    try:
        envelope = json.loads(payload)
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError("The delivery is not JSON.") from exc
    if not isinstance(envelope, dict) or not isinstance(envelope.get("event"), str):
        raise WebhookPayloadError("The delivery has no `event` name.")
    return envelope


def build_event(envelope: Mapping[str, Any], data: DataT) -> WebhookEvent[DataT]:
    key, url = envelope.get("webhook_key"), envelope.get("url")
    return WebhookEvent(
        event=envelope["event"],
        data=data,
        created_at=_timestamp(envelope),
        webhook_key=key if isinstance(key, str) else None,
        url=url if isinstance(url, str) else None,
        raw=envelope,
    )


def construct_event(payload: bytes, signature: str | None, secret: str) -> WebhookEvent[Any]:
    """Verify and parse a delivery without typing its `data` (any program, any event)."""
    envelope = read_envelope(payload, signature, secret)
    return build_event(envelope, envelope.get("data"))
