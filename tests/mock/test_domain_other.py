"""Leads, coupons and promotion codes, webhooks, payouts, newsletter, program administration."""

from __future__ import annotations

import json
from typing import Any

import pytest
from partnero_mock.domain import (
    cascades,
    coupons,
    leads,
    partners,
    payout_requests,
    program_admin,
    promotion_codes,
    rewards,
    stats,
    subscribers,
    transactions,
    webhooks,
)
from partnero_mock.domain.clock import FrozenClock
from partnero_mock.domain.errors import ActionFailed, InvalidReference, NotFound, ValidationFailed
from partnero_mock.domain.lookups.leads import get_lead
from partnero_mock.domain.lookups.promotion_codes import codes_of, get_code
from partnero_mock.domain.lookups.subscribers import (
    locate_subscriber,
    subscriber_at,
    times_triggered,
    unlocked_rewards,
)
from partnero_mock.domain.program import Program, ProgramRegistry

from .helpers import affiliate_customer, partner

COUPON = {"coupon_discount_type": "percent", "coupon_discount_amount": 25, "coupon_duration_type": "once"}


# -- leads ------------------------------------------------------------------------------------------


def test_lead_life_cycle(program: Program) -> None:
    owner = partner(program)
    lead = leads.submit_lead(
        program,
        {"name": "Alice", "email": "a@example.com", "partner": {"id": owner.id}, "cfields": {"89": "Acme"}},
    )
    assert lead.id == 1 and ("Company", "Acme") in lead.answers
    cascades.convert_lead(program, {"id": lead.id, "commission_transaction_amount": 500})
    assert lead.status == "converted"
    customer = program.customers.get(lead.converted_customer_uid)
    assert customer is not None and customer.partner_id == owner.id
    assert [r.amount for r in program.rewards] == [150.0]
    with pytest.raises(ActionFailed):
        leads.reject_lead(program, {"id": lead.id})
    with pytest.raises(NotFound):
        get_lead(program, 99)


def test_lead_needs_known_partner(program: Program) -> None:
    with pytest.raises(ValidationFailed):
        leads.submit_lead(program, {"name": "x", "email": "x@example.com"})
    with pytest.raises(InvalidReference):
        leads.submit_lead(program, {"name": "x", "email": "x@example.com", "partner": {"key": "ghost"}})


# -- coupons and promotion codes --------------------------------------------------------------------


def test_coupon_rules(program: Program) -> None:
    coupon = coupons.create_coupon(program, dict(COUPON))
    assert len(coupon.uuid_code) == 8 and coupon.name == coupon.uuid_code
    for bad in (
        {**COUPON, "coupon_discount_amount": 120},
        {**COUPON, "coupon_duration_type": "months"},
        {**COUPON, "redemption_times_status": True},
        {**COUPON, "uuid_code": coupon.uuid_code},
        {**COUPON, "sync": {"provider": "stripe"}},
    ):
        with pytest.raises(ValidationFailed):
            coupons.create_coupon(program, bad)


def test_coupon_with_nested_codes_is_all_or_nothing(program: Program) -> None:
    with pytest.raises(ValidationFailed):
        coupons.create_coupon(program, {**COUPON, "promotion_codes": [{"code": "OK1"}, {"code": "bad code"}]})
    assert len(program.coupons) == 0 and len(program.promotion_codes) == 0
    coupon = coupons.create_coupon(program, {**COUPON, "promotion_codes": [{"code": "OK1"}]})
    assert [c.code for c in codes_of(program, coupon)] == ["OK1"]


def test_redemptions_need_a_fresh_known_transaction(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    transactions.record_transactions(
        program, {"customer": {"key": customer.key}, "key": "order_1", "amount": 5}
    )
    coupon = coupons.create_coupon(program, dict(COUPON))
    code = promotion_codes.create_code(program, {"coupon_uuid": coupon.uuid_code, "code": "SAVE"})
    promotion_codes.update_code(program, {"code": "SAVE", "redeem": True, "transaction_key": "order_1"})
    promotion_codes.update_code(program, {"code": "SAVE", "redeem": True, "transaction_key": "order_1"})
    promotion_codes.update_code(program, {"code": "SAVE", "redeem": True, "transaction_key": "unknown"})
    assert len(code.redemptions) == 1
    coupons.update_coupon(program, {"uuid_code": coupon.uuid_code, "redeem": True, "metadata": {"a": 1}})
    assert len(coupon.redemptions) == 1 and coupon.metadata == {"a": 1}


def test_promotion_code_targets_and_delete(program: Program) -> None:
    owner = partner(program)
    coupon = coupons.create_coupon(program, dict(COUPON))
    base = {"coupon_uuid": coupon.uuid_code}
    with pytest.raises(ValidationFailed):
        promotion_codes.create_code(program, {**base, "limit_to_specific_partner": True})
    with pytest.raises(ValidationFailed):
        promotion_codes.create_code(
            program, {**base, "limit_to_specific_partner": True, "coupon_specific_partners": {"id": "ghost"}}
        )
    code = promotion_codes.create_code(
        program, {**base, "limit_to_specific_partner": True, "coupon_specific_partners": {"id": owner.id}}
    )
    assert code.limits["limit_to_specific_partner"] == {"id": owner.id, "full_name": None}
    with pytest.raises(NotFound):
        promotion_codes.delete_code(program, {"code": code.code, "coupon": {"uuid_code": "other"}})
    promotion_codes.delete_code(program, {"code": code.code, "coupon": {"uuid_code": coupon.uuid_code}})
    with pytest.raises(NotFound):
        get_code(program, code.code)


# -- webhooks ---------------------------------------------------------------------------------------


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


# -- payouts ----------------------------------------------------------------------------------------


def test_payout_life_cycle(program: Program) -> None:
    owner = partner(program)
    customer = affiliate_customer(program, owner)
    transactions.record_transactions(program, {"customer": {"key": customer.key}, "amount": 100})
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(program, {"partner": {"id": owner.id}, "amount_units": "eur"})
    payout = payout_requests.open_request(program, {"partner": {"id": owner.id}, "amount_units": "usd"})
    assert payout.amount == 30 and payout.status == "requested"
    with pytest.raises(ValidationFailed):  # everything is already in a request
        payout_requests.open_request(program, {"partner": {"id": owner.id}, "amount_units": "usd"})
    with pytest.raises(ActionFailed):
        payout_requests.mark_as_paid(program, payout)
    payout_requests.approve(program, payout)
    with pytest.raises(ActionFailed):
        payout_requests.approve(program, payout)
    payout_requests.mark_as_paid(program, payout)
    assert all(r.paid for r in program.rewards)
    assert stats.partner_figures(program, owner).paid == 30


def test_payout_gateway_details(program: Program) -> None:
    owner = partner(program)
    rewards.add_partner_bonus(program, owner, {"amount": 10})
    base: dict[str, Any] = {"partner": {"id": owner.id}, "amount_units": "USD"}
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(
            program, {**base, "gateway": "venmo", "payout_settings": {"recipient_type": "EMAIL"}}
        )
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(
            program, {**base, "gateway": "crypto", "payout_settings": {"wallet_address": "w"}}
        )
    partners.archive_partner(program, owner)
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(program, base)


# -- newsletter -------------------------------------------------------------------------------------


def test_subscribers_and_milestone_rewards(newsletter_program: Program) -> None:
    reward = subscribers.create_reward(newsletter_program, {"name": "R", "subscribers_count": 2})
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


# -- program administration -------------------------------------------------------------------------


def test_two_step_delete_expires() -> None:
    clock = FrozenClock()
    registry = ProgramRegistry(clock=clock)
    program = registry.get("test_affiliate_delete")
    assert program is not None
    code = program_admin.request_deletion(program, {})
    assert code is not None and len(code) == 8
    clock.advance(seconds=21)
    with pytest.raises(ValidationFailed):
        program_admin.request_deletion(program, {"confirmation_code": code})
    fresh = program_admin.request_deletion(program, {})
    assert program_admin.request_deletion(program, {"confirmation_code": fresh}) is None
    assert program.deleted
    assert registry.get("test_affiliate_delete") is not program


def test_newsletter_delete_is_single_step(newsletter_program: Program) -> None:
    assert program_admin.request_deletion(newsletter_program, {}) is None
    assert newsletter_program.deleted


def test_program_update_rules(program: Program) -> None:
    with pytest.raises(ValidationFailed) as error:
        program_admin.update_program(program, {"website": "not a url"})
    assert error.value.errors == {"website": ["The website format is invalid."]}
    program_admin.update_program(
        program, {"name": "Renamed", "program_settings": {"currency": "eur", "cookie_lifetime": 60}}
    )
    assert (program.name, program.settings.currency, program.settings.cookie_lifetime) == (
        "Renamed",
        "EUR",
        60,
    )


def test_program_statistics_follow_the_data(program: Program) -> None:
    owner = partner(program)
    customer = affiliate_customer(program, owner)
    transactions.record_transactions(program, {"customer": {"key": customer.key}, "amount": 100})
    figures = stats.affiliate_stats(program)
    assert (figures["total_partners"], figures["total_signups"], figures["total_purchases"]) == (
        "1",
        "1",
        "1",
    )
    assert figures["total_revenue"] == {"usd": "$100.00"} and figures["net_profit"] == 70
    transactions.delete_by_key(program, program.transactions.all()[0].key)
    assert stats.affiliate_stats(program)["total_purchases"] == "0"
