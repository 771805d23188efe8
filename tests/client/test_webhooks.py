"""Verifying and parsing webhook deliveries."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime

import pytest
from partnero_client._core.webhooks import (
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
    signature_from,
    verify_signature,
)
from partnero_client.affiliate import webhooks as affiliate_webhooks
from partnero_client.affiliate.models import EventPartnerData
from partnero_client.affiliate.types import Unset

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


def test_unknown_events_keep_their_raw_data_when_allowed() -> None:
    body = json.dumps({"event": "something.new", "data": {"x": 1}}).encode()
    event = affiliate_webhooks.construct_event(body, _sign(body), SECRET, allow_unknown=True)
    assert type(event) is affiliate_webhooks.WebhookEvent
    assert event.event == "something.new" and event.data == {"x": 1}


def test_an_unknown_event_is_refused_by_default_so_the_name_narrows_the_union() -> None:
    body = json.dumps({"event": "something.new", "data": {"x": 1}}).encode()
    with pytest.raises(WebhookPayloadError, match="'something.new' is not described.*allow_unknown"):
        affiliate_webhooks.construct_event(body, _sign(body), SECRET)
    known = json.dumps(NEW_ENVELOPE).encode()
    event = affiliate_webhooks.construct_event(known, _sign(known), SECRET, allow_unknown=True)
    assert isinstance(event, affiliate_webhooks.PartnerCreatedEvent)  # described names stay typed


# ---- typed events, str bodies, secrets, tolerance, sign(), untrusted headers ----------------


def _delivery(envelope: Mapping[str, object]) -> tuple[str, str]:
    body = json.dumps(envelope)
    return body, affiliate_webhooks.sign(body, SECRET)


def test_each_event_name_has_its_class_so_data_is_typed() -> None:
    body, signature = _delivery(NEW_ENVELOPE)
    event = affiliate_webhooks.construct_event(body, signature, SECRET)  # a str body works
    match event:
        case affiliate_webhooks.PartnerCreatedEvent():
            email: str | None | Unset = event.data.email  # mypy knows data is EventPartnerData
            assert email == "john.doe@partnero.com"
        case _:
            pytest.fail(f"not a PartnerCreatedEvent: {type(event).__name__}")
    assert event.event == "partner.created" and isinstance(event.data, EventPartnerData)


def test_sign_builds_what_verification_accepts() -> None:
    body = json.dumps(NEW_ENVELOPE).encode()
    assert affiliate_webhooks.sign(body, SECRET) == _sign(body)
    assert affiliate_webhooks.sign(body.decode(), SECRET) == _sign(body)
    assert verify_signature(body.decode(), _sign(body), SECRET)


@pytest.mark.parametrize("secret", ["", "   "])
def test_an_empty_secret_is_a_setup_error_not_a_failed_check(secret: str) -> None:
    body, signature = _delivery(NEW_ENVELOPE)
    with pytest.raises(ValueError, match="secret is empty"):
        affiliate_webhooks.construct_event(body, signature, secret)
    with pytest.raises(ValueError, match="secret is empty"):
        verify_signature(body, signature, secret)


@pytest.mark.parametrize(
    "signature",
    ["é" * 64, "\u0000" * 64, "zz" * 32, "ab" * 33, " ", "\udcff" * 64, b"\xff" * 64, 12345, ["ab" * 32]],
)
def test_malformed_signatures_are_verification_errors_never_type_errors(signature: object) -> None:
    body, _ = _delivery(NEW_ENVELOPE)
    with pytest.raises(WebhookVerificationError):
        affiliate_webhooks.construct_event(body, signature, SECRET)  # type: ignore[call-overload]
    assert verify_signature(body, signature, SECRET) is False  # type: ignore[arg-type]


def test_a_bytes_signature_header_is_read_as_ascii() -> None:
    body, signature = _delivery(NEW_ENVELOPE)
    assert verify_signature(body, signature.encode(), SECRET)  # type: ignore[arg-type]


def test_tolerance_refuses_old_deliveries_by_their_signed_time() -> None:
    fresh = {**NEW_ENVELOPE, "created_at": datetime.now(UTC).isoformat()}
    body, signature = _delivery(fresh)
    assert (
        affiliate_webhooks.construct_event(body, signature, SECRET, tolerance=300).event == "partner.created"
    )
    old_body, old_signature = _delivery(NEW_ENVELOPE)  # created_at in 2025
    with pytest.raises(WebhookVerificationError, match="tolerance"):
        affiliate_webhooks.construct_event(old_body, old_signature, SECRET, tolerance=300)
    assert affiliate_webhooks.construct_event(old_body, old_signature, SECRET).event == "partner.created"
    untimed_body, untimed_signature = _delivery({"event": "partner.created", "data": NEW_ENVELOPE["data"]})
    with pytest.raises(WebhookVerificationError, match="created_at"):
        affiliate_webhooks.construct_event(untimed_body, untimed_signature, SECRET, tolerance=300)
    with pytest.raises(ValueError, match="tolerance"):
        affiliate_webhooks.construct_event(body, signature, SECRET, tolerance=-1)


def test_a_known_event_without_a_data_object_is_a_payload_error() -> None:
    body, signature = _delivery({**NEW_ENVELOPE, "data": "nope"})
    with pytest.raises(WebhookPayloadError):
        affiliate_webhooks.construct_event(body, signature, SECRET)


def test_event_reprs_hold_no_secret() -> None:
    body, signature = _delivery(NEW_ENVELOPE)
    event = affiliate_webhooks.construct_event(body, signature, SECRET)
    assert SECRET not in repr(event) and signature not in repr(event)
