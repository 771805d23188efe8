"""Referral links of refer-a-friend customers."""

from __future__ import annotations

import pytest
from partnero_mock.domain import customer_referral_links, referral_links
from partnero_mock.domain.errors import ActionFailed, ValidationFailed
from partnero_mock.domain.lookups.referral_links import get_link
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import referral_customer


def test_customer_links(referral_program: Program) -> None:
    owner = referral_customer(referral_program, key="owner_key")
    link = customer_referral_links.create_link(
        referral_program, {"key": "extra_1", "customer": {"id": owner.id}}
    )
    assert link.owner_id == owner.uid
    with pytest.raises(ValidationFailed):
        customer_referral_links.create_link(
            referral_program, {"key": "extra_1", "customer": {"id": owner.id}}
        )
    with pytest.raises(ValidationFailed):
        customer_referral_links.create_link(referral_program, {"key": "extra_2", "customer": {"id": "ghost"}})
    customer_referral_links.update_link(referral_program, link, {"key": "extra_renamed"})
    assert get_link(referral_program.customer_links, "extra_renamed") is link
    default = get_link(referral_program.customer_links, "owner_key")
    with pytest.raises(ActionFailed):
        referral_links.delete_link(referral_program.customer_links, default)
    customer_referral_links.update_link(referral_program, default, {"key": "owner_new"})
    assert owner.key == "owner_new"


def test_customer_link_search_with_brackets(referral: Api) -> None:
    referral.post("/v1/customers", json={"id": "owner", "key": "owner_key"})
    referral.post("/v1/customers", json={"id": "other", "key": "other_key"})
    referral.post("/v1/customer_referral_links", json={"customer": {"id": "owner"}, "key": "extra_1"})
    found = referral.get("/v1/customer_referral_links:search?customer[id]=owner").json()["data"]
    assert sorted(link["id"] for link in found) == ["extra_1", "owner_key"]
    links = referral.get("/v1/customers/owner/referral_links").json()
    assert [link["url"] for link in links["data"]][0] == "https://yourcompany.com?ref=owner_key"
