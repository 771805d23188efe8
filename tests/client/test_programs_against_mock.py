"""The refer-a-friend and newsletter clients, and webhooks end to end, against the mock."""

from __future__ import annotations

from typing import Any

import pytest
from partnero_client import BadRequestError, NotFoundError
from partnero_client.affiliate import AffiliateClient
from partnero_client.affiliate import webhooks as affiliate_webhooks
from partnero_client.affiliate.models import AffiliateCustomer, EventPartnerData, PartnerReference
from partnero_client.newsletter import AsyncNewsletterClient, NewsletterClient
from partnero_client.referral import AsyncReferralClient, ReferralClient
from partnero_client.referral.models import (
    ReferralCustomer,
    ReferralCustomerReferrer,
    ReferralCustomerReferrerReference,
    ReferralTransactionCustomer,
)


def test_referral_customers_are_precisely_typed(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("referral")
    with ReferralClient(api_key=key, base_url=partnero_mock.base_url) as client:
        alice = client.customers.create(email="alice@example.com", name="Alice")
        bob = client.customers.create(
            email="bob@example.com", referring_customer=ReferralCustomerReferrerReference(id=alice.id)
        )
        assert isinstance(bob, ReferralCustomer)
        assert isinstance(bob.referring_customer, ReferralCustomerReferrer)
        assert bob.referring_customer.id == alice.id
        assert client.customers.get(alice.id).referrals_count == 1
        assert [c.id for c in client.customers.list_referred(alice.id)] == [bob.id]
        assert {c.id for c in client.customers.list(refer_status="referred")} == {bob.id}


def test_referral_balance_credit_and_transactions(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("referral")
    with ReferralClient(api_key=key, base_url=partnero_mock.base_url) as client:
        alice = client.customers.create(email="alice@example.com")
        bob = client.customers.create(
            email="bob@example.com", referring_customer=ReferralCustomerReferrerReference(id=alice.id)
        )
        client.customers.credit_balance(alice.id, amount=12.5, amount_units="usd")
        balance = client.customers.get_balance(alice.id)
        assert "12.5" in repr(balance.to_dict())
        sale = client.transactions.create(customer=ReferralTransactionCustomer(id=bob.id), amount=99.99)
        sales = sale if isinstance(sale, list) else [sale]
        assert [s.referred_customer for s in sales] == [bob.id]
        assert [t.referred_customer for t in client.transactions.list()] == [bob.id]


def test_shared_paths_differ_by_program(partnero_mock: Any) -> None:
    referral = ReferralClient(api_key=partnero_mock.new_key("referral"), base_url=partnero_mock.base_url)
    affiliate = AffiliateClient(api_key=partnero_mock.api_key, base_url=partnero_mock.base_url)
    with referral, affiliate:
        # An affiliate customer needs its own key and an existing partner; unknown partner -> 400.
        with pytest.raises(BadRequestError):
            affiliate.customers.create(key="cust_1", partner=PartnerReference(key="nobody"))
        partner = affiliate.partners.create(email="p@example.com")
        customer = affiliate.customers.create(
            key="cust_1", partner=PartnerReference(id=partner.id), tags=["vip"]
        )
        assert isinstance(customer, AffiliateCustomer) and customer.key == "cust_1"
        assert [t.value for t in customer.tags or []] == ["vip"]
        # A refer-a-friend customer needs nothing and gets a generated id.
        assert referral.customers.create(email="fine@example.com").id


def test_newsletter_subscribers_and_rewards(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("newsletter")
    with NewsletterClient(api_key=key, base_url=partnero_mock.base_url) as client:
        ann = client.subscribers.create(email="ann@example.com", name="Ann")
        assert ann.email == "ann@example.com"
        assert [s.email for s in client.subscribers.list()] == ["ann@example.com"]
        reward = client.newsletter_rewards.create(name="Sticker pack", subscribers_count=1)
        assert client.newsletter_rewards.get(reward.id).name == "Sticker pack"
        client.subscribers.delete(email="ann@example.com")
        assert list(client.subscribers.list()) == []


async def test_async_referral_and_newsletter(partnero_mock: Any) -> None:
    async with AsyncReferralClient(
        api_key=partnero_mock.new_key("referral"), base_url=partnero_mock.base_url
    ) as r:
        created = await r.customers.create(email="async@example.com")
        assert (await r.customers.get(created.id)).email == "async@example.com"
        with pytest.raises(NotFoundError):
            await r.customers.get("missing")
    async with AsyncNewsletterClient(
        api_key=partnero_mock.new_key("newsletter"), base_url=partnero_mock.base_url
    ) as n:
        await n.subscribers.create(email="a@example.com")
        assert [s.email async for s in await n.subscribers.list()] == ["a@example.com"]


def test_a_delivery_recorded_by_the_mock_verifies_and_parses(partnero_mock: Any) -> None:
    with AffiliateClient(api_key=partnero_mock.api_key, base_url=partnero_mock.base_url) as client:
        hook = client.webhooks.create(name="all", url="https://example.com/hook", events=["partner.created"])
        partner = client.partners.create(email="hooked@example.com")
    secret = hook.signature
    assert isinstance(secret, str)
    [delivery] = partnero_mock.program().deliveries
    event = affiliate_webhooks.construct_event(delivery.body, delivery.headers["Signature"], secret)
    assert event.event == "partner.created" and event.webhook_key == hook.key
    assert isinstance(event.data, EventPartnerData)
    assert event.data.id == partner.id
