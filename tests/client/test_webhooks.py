"""Verifying and parsing webhook deliveries."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from partnero_client._core.webhooks import (
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
    signature_from,
    verify_signature,
)
from partnero_client.affiliate import webhooks as affiliate_webhooks

SECRET = "whsec_test_secret"
NEW_ENVELOPE = {
    "event": "partner.created",
    "url": "https://example.com/hooks",
    "webhook_key": "wh_abc123",
    "created_at": "2025-05-07T10:30:00.000000Z",
    "data": {"id": "partner_123", "email": "john.doe@partnero.com", "name": "John", "surname": "Doe"},
}
OLD_ENVELOPE = {
    "event": "partner.created",
    "data": {"id": "partner_123", "email": "john.doe@partnero.com"},
    "timestamp": "2025-05-07T10:30:00.000000Z",
}


def _sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@pytest.mark.parametrize("envelope", [NEW_ENVELOPE, OLD_ENVELOPE])
def test_both_envelopes_are_accepted(envelope: dict[str, object]) -> None:
    body = json.dumps(envelope).encode()
    event = construct_event(body, _sign(body), SECRET)
    assert event.event == "partner.created"
    assert event.created_at is not None and event.created_at.year == 2025
    assert event.data["id"] == "partner_123"
    assert event.webhook_key == envelope.get("webhook_key")


def test_signature_is_checked_on_the_raw_bytes() -> None:
    body = json.dumps(NEW_ENVELOPE, indent=2).encode()
    reserialised = json.dumps(json.loads(body)).encode()
    assert verify_signature(body, _sign(body), SECRET)
    assert not verify_signature(body, _sign(reserialised), SECRET)
    assert verify_signature(body, _sign(body).upper(), SECRET)


@pytest.mark.parametrize(
    "signature",
    [None, "", "00" * 32, _sign(b"other body"), _sign(json.dumps(NEW_ENVELOPE).encode(), "wrong secret")],
)
def test_bad_signatures_are_refused(signature: str | None) -> None:
    body = json.dumps(NEW_ENVELOPE).encode()
    with pytest.raises(WebhookVerificationError):
        construct_event(body, signature, SECRET)
    with pytest.raises(WebhookVerificationError):
        affiliate_webhooks.construct_event(body, signature, SECRET)


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"data": {}}', b'{"event": 5}'])
def test_signed_garbage_is_a_payload_error(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError):
        construct_event(body, _sign(body), SECRET)


def test_signature_header_is_found_whatever_its_case() -> None:
    assert signature_from({"signature": "abc"}) == "abc"
    assert signature_from({"SIGNATURE": "abc", "Content-Type": "application/json"}) == "abc"
    assert signature_from({"Content-Type": "application/json"}) is None


def test_unknown_events_keep_their_raw_data() -> None:
    body = json.dumps({"event": "something.new", "data": {"x": 1}}).encode()
    event = affiliate_webhooks.construct_event(body, _sign(body), SECRET)
    assert event.event == "something.new" and event.data == {"x": 1}
