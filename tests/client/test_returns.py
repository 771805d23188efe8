"""Calls that used to hand back the whole reply now return what the reply carries.

A state action whose reply is only `{"status": 1}` returns the status like every other action
(partners.archive, transactions.archive); a reply with a `data` record returns the record, typed,
so a user reads `stats.referrals_count` with no check. The annotated assignments are checked by
mypy --strict in `make lint`.
"""

from __future__ import annotations

from typing import Any

from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_client.affiliate.models import AffiliateCustomer, StoredSettings
from partnero_client.affiliate.models import StatusOnly as AffiliateStatus
from partnero_client.affiliate.types import Unset
from partnero_client.referral import AsyncReferralClient, ReferralClient
from partnero_client.referral.models import (
    BalanceCreditOutcome,
    BalanceCreditReward,
    ReferralCustomerInvitation,
    ReferralCustomerStats,
)
from partnero_client.referral.models import StatusOnly as ReferralStatus


def test_affiliate_archive_and_restore_return_the_status(partnero_mock: Any) -> None:
    with AffiliateClient(api_key=partnero_mock.new_key("affiliate"), base_url=partnero_mock.base_url) as c:
        c.partners.create(email="p@example.com", key="pk")
        c.customers.create(key="cust_1", partner={"key": "pk"})
        archived: AffiliateStatus = c.customers.archive("cust_1")
        restored: AffiliateStatus = c.customers.restore("cust_1")
        assert isinstance(archived, AffiliateStatus) and archived.status == 1
        assert isinstance(restored, AffiliateStatus) and restored.status == 1


def test_legacy_customer_routes_return_the_customer_and_their_delete_the_status(partnero_mock: Any) -> None:
    """The legacy delete answers only a status; typed as a record it was refused as a misfit."""
    with AffiliateClient(api_key=partnero_mock.new_key("affiliate"), base_url=partnero_mock.base_url) as c:
        c.partners.create(email="p@example.com", key="pk")
        c.customers.create(key="cust_1", partner={"key": "pk"})
        got: AffiliateCustomer = c.customers.legacy_get(key="cust_1")
        assert isinstance(got, AffiliateCustomer) and got.key == "cust_1"
        gone: AffiliateStatus = c.customers.legacy_delete(key="cust_1")
        assert isinstance(gone, AffiliateStatus) and gone.status == 1
        stored: StoredSettings = c.settings.update(settings={"theme": "dark"})
        assert isinstance(stored, StoredSettings) and not isinstance(stored.settings, Unset)
        assert stored.settings["theme"] == "dark"


def test_referral_calls_return_their_records(partnero_mock: Any) -> None:
    with ReferralClient(api_key=partnero_mock.new_key("referral"), base_url=partnero_mock.base_url) as r:
        alice = r.customers.create(email="alice@example.com", key="alice")
        r.customers.create(email="bob@example.com", referring_customer={"key": "alice"})
        stats: ReferralCustomerStats = r.customers.get_stats(alice.id)
        assert isinstance(stats, ReferralCustomerStats) and stats.referrals_count == 1
        invitation: ReferralCustomerInvitation = r.customers.invite(
            email="carol@example.com", personalization={"discount": "10%"}
        )
        assert isinstance(invitation, ReferralCustomerInvitation)
        assert invitation.email == "carol@example.com"
        credit: BalanceCreditOutcome = r.customers.credit_balance(alice.id, amount=10, amount_units="usd")
        assert isinstance(credit, BalanceCreditOutcome)
        assert isinstance(credit.credit, BalanceCreditReward) and credit.credit.amount == 10
        archived: ReferralStatus = r.customers.archive(alice.id)
        restored: ReferralStatus = r.customers.restore(alice.id)
        assert archived.status == 1 and restored.status == 1
        link = r.customer_referral_links.create(key="alice_extra", customer={"key": "alice"})
        deleted: ReferralStatus = r.customer_referral_links.delete(link.id)
        assert isinstance(deleted, ReferralStatus) and deleted.status == 1


async def test_async_calls_return_the_same_kinds(partnero_mock: Any) -> None:
    key, url = partnero_mock.new_key("referral"), partnero_mock.base_url
    async with AsyncReferralClient(api_key=key, base_url=url) as r:
        alice = await r.customers.create(email="alice@example.com", key="alice")
        stats: ReferralCustomerStats = await r.customers.get_stats(alice.id)
        assert stats.referrals_count == 0
        archived: ReferralStatus = await r.customers.archive(alice.id)
        assert isinstance(archived, ReferralStatus)
    async with AsyncAffiliateClient(api_key=partnero_mock.new_key("affiliate"), base_url=url) as c:
        await c.partners.create(email="p@example.com", key="pk")
        await c.customers.create(key="cust_1", partner={"key": "pk"})
        status: AffiliateStatus = await c.customers.archive("cust_1")
        assert isinstance(status, AffiliateStatus)
