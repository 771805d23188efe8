"""Subscribers of newsletter programs and their milestone rewards."""

from __future__ import annotations

import pytest
from partnero_mock.domain import (
    newsletter_rewards,
    subscribers,
)
from partnero_mock.domain.errors import ValidationFailed
from partnero_mock.domain.lookups.newsletter_rewards import times_triggered, unlocked_rewards
from partnero_mock.domain.lookups.subscribers import locate_subscriber, subscriber_at
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import ok_data


def test_subscribers_and_milestone_rewards(newsletter_program: Program) -> None:
    reward = newsletter_rewards.create_reward(newsletter_program, {"name": "R", "subscribers_count": 2})
    host = subscribers.create_subscriber(newsletter_program, {"email": "host@example.com"})
    assert host.id == "host@example.com"
    for index in range(2):
        subscribers.create_subscriber(
            newsletter_program, {"email": f"f{index}@example.com", "referral": {"email": "host@example.com"}}
        )
    assert unlocked_rewards(newsletter_program, host) == [reward]
    assert times_triggered(newsletter_program, reward) == 1
    assert [e.name for e in newsletter_program.events].count("subscriber.rewarded") == 1
    with pytest.raises(ValidationFailed):
        subscribers.create_subscriber(newsletter_program, {"email": "host@example.com"})
    with pytest.raises(ValidationFailed):
        subscribers.create_subscriber(newsletter_program, {"email": "x@example.com", "status": "weird"})


def test_subscriber_identifier_and_update(newsletter_program: Program) -> None:
    created = subscribers.create_subscriber(
        newsletter_program, {"identifier": "esp_1", "email": "s@example.com"}
    )
    assert locate_subscriber(newsletter_program, {"id": "s@example.com"}) is created
    subscribers.update_subscriber(
        newsletter_program, created, {"status": "SUSPENDED", "identifier": "esp_2"}, ""
    )
    assert created.status == "suspended" and subscriber_at(newsletter_program, "esp_2") is created


def test_newsletter_routes(newsletter: Api) -> None:
    created = ok_data(
        newsletter.post(
            "/v1/subscribers", json={"email": "s@partnero.com", "name": "John", "status": "active"}
        )
    )
    assert created["id"] == "s@partnero.com" and created["status"] == "Active"
    newsletter.post(
        "/v1/subscribers",
        json={"identifier": "esp_1", "email": "f@partnero.com", "referral": {"id": "s@partnero.com"}},
    )
    assert ok_data(newsletter.get("/v1/subscribers/s@partnero.com"))["referrals_count"] == 1
    assert newsletter.get("/v1/subscribers", params={"limit": 9}).status_code == 422
    referred = newsletter.get("/v1/subscribers", json={"refer_status": "referred"}).json()["data"]
    assert [s["id"] for s in referred] == ["esp_1"]
    by_email = newsletter.get("/v1/subscribers", params={"email": "F@partnero.com"}).json()["data"]
    assert [s["id"] for s in by_email] == ["esp_1"]
    assert newsletter.get("/v1/subscribers", params={"email": "nobody@partnero.com"}).json()["data"] == []
    updated = ok_data(
        newsletter.put("/v1/subscribers", json={"id": "f@partnero.com", "update": {"status": "suspended"}})
    )
    assert updated["status"] == "Suspended"
    reward = ok_data(
        newsletter.post(
            "/v1/rewards", json={"name": "R", "subscribers_count": 1, "fulfillment_type": "generic_coupon"}
        )
    )
    assert reward["subscriber_count"] == 1 and reward["times_triggered"] == 1
    assert newsletter.get("/v1/rewards").json()["data"][0]["id"] == reward["id"]
    assert ok_data(newsletter.get("/v1/program"))["total_subscribers"] == 2
    assert newsletter.delete("/v1/subscribers", json={"email": "f@partnero.com"}).json() == {"status": 1}
    assert newsletter.delete("/v1/subscribers", json={}).status_code == 422
