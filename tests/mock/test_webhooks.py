"""Webhook subscriptions and the deliveries they would receive."""

from __future__ import annotations

import json
from typing import Any

import pytest
from partnero_mock.domain import (
    partners,
    webhooks,
)
from partnero_mock.domain.errors import ValidationFailed
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import ok_data, partner


def test_webhook_events_follow_program_type(program: Program, newsletter_program: Program) -> None:
    body = {"name": "n", "url": "https://example.com/hook", "events": ["subscriber.created"]}
    with pytest.raises(ValidationFailed) as error:
        webhooks.create_webhook(program, body)
    assert "events.0" in error.value.errors
    assert webhooks.create_webhook(newsletter_program, body).events == ["subscriber.created"]


def test_deliveries_are_signed_over_the_raw_body(program: Program) -> None:
    hook = webhooks.create_webhook(
        program, {"name": "n", "url": "https://example.com/hook", "events": ["partner.created"]}
    )
    created = partner(program)
    partners.update_partner(program, created, {"name": "not delivered"})
    webhooks.deliver_pending(program)
    (delivery,) = program.deliveries
    payload: dict[str, Any] = json.loads(delivery.body)
    assert payload["event"] == "partner.created" and payload["webhook_key"] == hook.key
    assert payload["data"]["id"] == created.id
    assert delivery.signature == webhooks.sign(hook.signature, delivery.body)
    webhooks.update_webhook(program, hook, {"is_active": False})
    partner(program)
    assert len(program.deliveries) == 1


def test_webhooks_for_each_program_type(affiliate: Api, referral: Api, newsletter: Api) -> None:
    body = {
        "name": "Hook",
        "url": "https://yourcompany.com/webhooks/partnero",
        "events": ["customer.created"],
    }
    assert ok_data(referral.post("/v1/webhooks", json=body))["events"] == ["customer.created"]
    assert newsletter.post("/v1/webhooks", json=body).status_code == 422
    created = ok_data(affiliate.post("/v1/webhooks", json=body))
    assert created["signature"] and created["is_active"] is True
    changed = ok_data(affiliate.put(f"/v1/webhooks/{created['key']}", json={"events": ["partner.created"]}))
    assert changed["events"] == ["partner.created"]
    listed = affiliate.get("/v1/webhooks").json()
    assert listed["meta"]["per_page"] == 10
    assert affiliate.get("/v1/webhooks", params={"limit": 5}).status_code == 422
    assert affiliate.delete(f"/v1/webhooks/{created['key']}").json() == {"status": 1}
    assert affiliate.get(f"/v1/webhooks/{created['key']}").status_code == 404
