"""Code as a user writes it: it must pass mypy --strict and pyright --strict with no isinstance
or assert to use a returned record, page, raw reply or webhook event (checked, not run)."""

from __future__ import annotations

from typing import Any, assert_type

from partnero_client import client_for_key
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_client.affiliate.models import AffiliateTransaction, EventPartnerData
from partnero_client.affiliate.webhooks import PartnerCreatedEvent, WebhookEvent, construct_event


def records_pages_and_raw(client: AffiliateClient) -> list[str]:
    partner = client.partners.create(email="jane@example.com", referring_partner={"key": "ref_1"})
    emails = [partner.email]
    emails.extend(p.email for p in client.partners.list(limit=50))
    raw = client.with_raw_response.partners.get(partner.id)
    emails.append(raw.parse().email)
    emails.append(raw.parsed.data.email)
    return emails


def one_sale_or_a_batch(client: AffiliateClient) -> list[AffiliateTransaction]:
    sale = client.transactions.create(customer={"key": "c1"}, key="t1", amount=10.0)
    batch = client.transactions.create(customer={"key": "c1"}, transactions=[{"key": "t2", "amount": 5.0}])
    return [sale, *batch]


async def async_pages(client: AsyncAffiliateClient) -> int:
    count = 0
    async for _partner in client.partners.list():
        count += 1
    first = await client.partners.list()
    return count + len(first.data)


def webhook(body: bytes, signature: str) -> str:
    event = construct_event(body, signature, "secret", tolerance=300)
    match event:
        case PartnerCreatedEvent():
            return str(event.data.email)
        case _:
            return event.event


def webhook_by_name(body: str, signature: str) -> str:
    event = construct_event(body, signature, "secret")
    if event.event == "partner.created":  # the name alone narrows the union
        assert_type(event, PartnerCreatedEvent)
        assert_type(event.data, EventPartnerData)
        return str(event.data.email)
    if event.event == "transaction.created":
        return str(event.data.amount)
    return event.event


def webhook_of_any_name(body: bytes, signature: str) -> object:
    # An undescribed name may come, so the name no longer narrows; the class still does.
    event = construct_event(body, signature, "secret", allow_unknown=True)
    if isinstance(event, PartnerCreatedEvent):
        return event.data.email
    plain: WebhookEvent[Any] = event
    return plain.data


def any_key(key: str) -> str:
    with client_for_key(key) as client:
        return repr(client)


def raw_batch(client: AffiliateClient) -> int:
    raw = client.with_raw_response.transactions.create(customer={"key": "c1"}, transactions=[{"key": "t2"}])
    recorded = raw.parse()  # a raw call has both forms' union: the overloads are the plain call's
    return len(recorded) if isinstance(recorded, list) else 1
