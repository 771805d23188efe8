"""Verify a webhook delivery and read its event, as a web handler would.

A real handler passes the raw request body and the `Signature` header; here a delivery is
signed locally so the script runs on its own.
"""

import hashlib
import hmac
import json

from partnero_client.affiliate.webhooks import (
    WebhookVerificationError,
    construct_event,
    signature_from,
)

SECRET = "the subscription's signature value"


def handle(body: bytes, headers: dict[str, str]) -> int:
    """Return the HTTP status your endpoint would answer with."""
    try:
        event = construct_event(body, signature_from(headers), SECRET)
    except WebhookVerificationError:
        return 401
    print("received", event.event, "at", event.created_at, "data:", event.data)
    return 200


def main() -> None:
    body = json.dumps(
        {
            "event": "partner.created",
            "webhook_key": "wh_abc123",
            "created_at": "2025-05-07T10:30:00.000000Z",
            "data": {"id": "partner_123", "email": "john.doe@partnero.com", "name": "John"},
        }
    ).encode()
    signature = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    print("genuine delivery ->", handle(body, {"Signature": signature}))
    print("tampered delivery ->", handle(body.replace(b"John", b"Mallory"), {"Signature": signature}))


if __name__ == "__main__":
    main()
