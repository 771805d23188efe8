"""The generated affiliate client against the mock over a real loopback socket."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from partnero_client import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    UnprocessableEntityError,
)
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_client.affiliate.models import PartnerChanges, PartnerReference


@pytest.fixture
def client(partnero_mock: Any) -> Iterator[AffiliateClient]:
    with AffiliateClient(api_key=partnero_mock.api_key, base_url=partnero_mock.base_url) as c:
        yield c


def test_create_get_update_and_delete(client: AffiliateClient) -> None:
    created = client.partners.create(email="john.doe@example.com", name="John", tags=["new", "premium"])
    assert created.email == "john.doe@example.com"
    assert sorted(t.value for t in created.tags or []) == ["new", "premium"]

    fetched = client.partners.get(created.id)
    assert (fetched.id, fetched.name) == (created.id, "John")

    updated = client.partners.update(created.id, name="James", tags=["premium"])
    assert updated.name == "James"
    assert [t.value for t in updated.tags or []] == ["premium"]
    assert client.partners.get(created.id).name == "James"

    done = client.partners.delete(created.id)
    assert done.status == 1
    with pytest.raises(NotFoundError):
        client.partners.get(created.id)


def test_archive_and_restore_follow_the_state(client: AffiliateClient) -> None:
    partner = client.partners.create(email="arch@example.com")
    assert client.partners.archive(partner.id).status == 1
    with pytest.raises(BadRequestError):
        client.partners.archive(partner.id)
    assert client.partners.restore(partner.id).status == 1
    with pytest.raises(BadRequestError):
        client.partners.restore(partner.id)


def test_body_identified_update_and_delete(client: AffiliateClient) -> None:
    partner = client.partners.create(email="body@example.com", key="body_key")
    renamed = client.partners.update_by_body(key="body_key", update=PartnerChanges(name="Bodie"))
    assert renamed.id == partner.id and renamed.name == "Bodie"
    assert client.partners.delete_by_body(email="body@example.com").status == 1
    with pytest.raises(NotFoundError):
        client.partners.get(partner.id)


def test_list_pages_through_every_partner(client: AffiliateClient) -> None:
    emails = {f"p{i}@example.com" for i in range(7)}
    for email in emails:
        client.partners.create(email=email)
    page = client.partners.list(limit=3)
    assert len(page.data) == 3 and page.has_next_page()
    assert {p.email for p in page} == emails
    pages = list(page.iter_pages())
    assert [len(p.data) for p in pages] == [3, 3, 1]
    assert not pages[-1].has_next_page()


def test_search_finds_by_email(client: AffiliateClient) -> None:
    client.partners.create(email="needle@example.com")
    client.partners.create(email="hay@example.com")
    found = client.partners.search(email="needle@example.com")
    assert [p.email for p in found] == ["needle@example.com"]


def test_referring_partner_is_accepted(client: AffiliateClient) -> None:
    parent = client.partners.create(email="parent@example.com")
    child = client.partners.create(
        email="child@example.com", referring_partner=PartnerReference(id=parent.id)
    )
    assert child.id != parent.id


def test_validation_errors_carry_field_messages(client: AffiliateClient) -> None:
    client.partners.create(email="dup@example.com")
    with pytest.raises(UnprocessableEntityError) as caught:
        client.partners.create(email="dup@example.com")
    assert "email" in caught.value.errors
    with pytest.raises(UnprocessableEntityError) as bad_limit:
        client.partners.list(limit=0)
    assert "limit" in bad_limit.value.errors


def test_unknown_partner_is_not_found(client: AffiliateClient) -> None:
    for call in (
        lambda: client.partners.get("nobody"),
        lambda: client.partners.update("nobody", name="x"),
        lambda: client.partners.delete("nobody"),
        lambda: client.partners.archive("nobody"),
        lambda: client.partners.restore("nobody"),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_wrong_key_is_rejected(partnero_mock: Any) -> None:
    with AffiliateClient(api_key="live_not_a_test_key", base_url=partnero_mock.base_url) as client:
        with pytest.raises(AuthenticationError):
            client.partners.list()


def test_raw_response_gives_status_and_headers(client: AffiliateClient) -> None:
    raw = client.with_raw_response.partners.create(email="raw@example.com")
    assert 200 <= raw.status_code < 300
    assert raw.headers["content-type"] == "application/json"
    assert raw.parsed.data.email == "raw@example.com"


async def test_async_client_against_the_mock(partnero_mock: Any) -> None:
    async with AsyncAffiliateClient(api_key=partnero_mock.api_key, base_url=partnero_mock.base_url) as client:
        created = await client.partners.create(email="async@example.com")
        assert (await client.partners.get(created.id)).email == "async@example.com"
        page = await client.partners.list()
        assert [p.id async for p in page] == [created.id]
        await client.partners.delete(created.id)
        with pytest.raises(NotFoundError):
            await client.partners.get(created.id)
