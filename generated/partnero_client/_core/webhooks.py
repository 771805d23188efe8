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
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

import attrs

from .errors import PartneroError

SIGNATURE_HEADER = "Signature"
DataT = TypeVar("DataT")


class WebhookVerificationError(PartneroError):
    """The delivery's signature is missing or does not match: do not trust its content."""


class WebhookPayloadError(PartneroError):
    """The delivery is signed correctly but is not a Partnero event envelope."""


_HEX_SHA256 = re.compile(r"[0-9a-f]{64}")


def _body(payload: bytes | bytearray | memoryview | str) -> bytes:
    """The raw body as bytes; a `str` body (as some frameworks hand it over) is UTF-8 encoded."""
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogatepass")
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(f"payload must be the raw body as bytes or str, not {type(payload).__name__}")


def _secret(secret: object) -> bytes:
    """An empty or missing secret would make every signature check meaningless: a setup error."""
    if not isinstance(secret, str):
        raise TypeError(f"secret must be the subscription's signature secret, not {type(secret).__name__}")
    if not secret.strip():
        raise ValueError("secret is empty: pass the webhook subscription's `signature` secret")
    return secret.encode("utf-8")


def compute_signature(payload: bytes | str, secret: str) -> str:
    return hmac.new(_secret(secret), _body(payload), hashlib.sha256).hexdigest()


def sign(payload: bytes | str, secret: str) -> str:
    """The `Signature` header Partnero would send with this body: for building test deliveries."""
    return compute_signature(payload, secret)


def _normalised(signature: object) -> str | None:
    """The header as lower-case hex, or None when it cannot be a signature at all. The header is
    untrusted input: non-ASCII, bytes that do not decode, or the wrong length never raise."""
    if isinstance(signature, bytes | bytearray):
        try:
            signature = bytes(signature).decode("ascii")
        except UnicodeDecodeError:
            return None
    if not isinstance(signature, str):
        return None
    candidate = signature.strip().lower()
    return candidate if _HEX_SHA256.fullmatch(candidate) else None


def verify_signature(payload: bytes | str, signature: str | None, secret: str) -> bool:
    """Constant-time check of a `Signature` header against the raw body."""
    expected = compute_signature(payload, secret)  # checks the secret first: a setup error raises
    given = _normalised(signature)
    return given is not None and hmac.compare_digest(expected, given)


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


def _check_age(envelope: Mapping[str, Any], tolerance: float, now: float | None) -> None:
    """Refuse a delivery whose signed time is further than `tolerance` seconds from now (a replay
    of an old delivery, or a clock far off)."""
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or tolerance < 0:
        raise ValueError(f"tolerance must be a number of seconds >= 0, not {tolerance!r}")
    try:
        sent = _timestamp(envelope)
    except WebhookPayloadError:
        sent = None
    if sent is None:
        raise WebhookVerificationError("The delivery has no signed created_at to check its age against.")
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    age = (time.time() if now is None else now) - sent.timestamp()
    if abs(age) > tolerance:
        raise WebhookVerificationError(f"The delivery was signed {age:.0f} s ago, outside the tolerance.")


def read_envelope(
    payload: bytes | str,
    signature: str | None,
    secret: str,
    *,
    tolerance: float | None = None,
    now: float | None = None,
) -> Mapping[str, Any]:
    """Verify the signature (and with `tolerance`, the signed time), then decode the envelope.
    Raises before anything is trusted."""
    body = _body(payload)
    if not verify_signature(body, signature, secret):
        raise WebhookVerificationError("The webhook signature does not match the payload.")
    try:
        envelope = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError("The delivery is not JSON.") from exc
    if not isinstance(envelope, dict) or not isinstance(envelope.get("event"), str):
        raise WebhookPayloadError("The delivery has no `event` name.")
    if tolerance is not None:
        _check_age(envelope, tolerance, now)
    return envelope


EventT = TypeVar("EventT", bound=WebhookEvent[Any])


def build_event(
    envelope: Mapping[str, Any],
    data: Any,
    cls: type[EventT] = WebhookEvent,  # type: ignore[assignment]
) -> EventT:
    """The event object; `cls` is the generated class of the event name (or WebhookEvent)."""
    key, url = envelope.get("webhook_key"), envelope.get("url")
    return cls(
        event=envelope["event"],
        data=data,
        created_at=_timestamp(envelope),
        webhook_key=key if isinstance(key, str) else None,
        url=url if isinstance(url, str) else None,
        raw=envelope,
    )


def construct_event(
    payload: bytes | str, signature: str | None, secret: str, *, tolerance: float | None = None
) -> WebhookEvent[Any]:
    """Verify and parse a delivery without typing its `data` (any program, any event)."""
    envelope = read_envelope(payload, signature, secret, tolerance=tolerance)
    return build_event(envelope, envelope.get("data"))
