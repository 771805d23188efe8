"""Customers of affiliate and refer-a-friend programs: domain rules and routes."""

from __future__ import annotations

from typing import Any

import pytest
from partnero_mock.domain import cascades, customers, transactions
from partnero_mock.domain.errors import ActionFailed, InvalidReference, NotFound, ValidationFailed
from partnero_mock.domain.lookups.customers import customer_at_path
from partnero_mock.domain.lookups.referral_links import links_of
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import affiliate_customer, affiliate_setup, ok_data, partner, referral_customer


def test_affiliate_customer_needs_key_and_known_partner(program: Program) -> None:
    owner = partner(program)
    with pytest.raises(ValidationFailed) as missing:
        customers.create_customer(program, {"partner": {"id": owner.id}})
    assert "key" in missing.value.errors
    with pytest.raises(ValidationFailed) as no_partner:
        customers.create_customer(program, {"key": "c1"})
    assert "partner" in no_partner.value.errors
    with pytest.raises(InvalidReference):
        customers.create_customer(program, {"key": "c1", "partner": {"key": "unknown"}})
    assert len(program.customers) == 0


def test_affiliate_customer_key_is_unique_but_email_may_repeat(program: Program) -> None:
    owner = partner(program)
    affiliate_customer(program, owner, key="dup", email="same@example.com")
    affiliate_customer(program, owner, email="same@example.com")
    with pytest.raises(ValidationFailed) as error:
        affiliate_customer(program, owner, key="dup")
    assert list(error.value.errors) == ["key"]


def test_partner_reference_by_each_identifier(program: Program) -> None:
    owner = partner(program, key="pkey")
    for reference in ({"id": owner.id}, {"key": "pkey"}, {"email": owner.email}):
        customer = customers.create_customer(
            program, {"key": f"k{len(program.customers)}", "partner": reference}
        )
        assert customer.partner_id == owner.id


def test_wordpress_nested_shape_is_accepted(program: Program) -> None:
    owner = partner(program, key="wp")
    customer = customers.create_customer(
        program, {"partner": {"key": "wp"}, "customer": {"key": "wp_c", "email": "c@example.com"}}
    )
    assert (customer.key, customer.partner_id) == ("wp_c", owner.id)


def test_referral_url_must_belong_to_the_partner(program: Program) -> None:
    owner = partner(program, key="urlkey")
    with pytest.raises(ValidationFailed):
        affiliate_customer(program, owner, options={"referral_url": "https://elsewhere.example?aff=x"})
    customer = affiliate_customer(
        program, owner, options={"referral_url": "https://yourcompany.com?aff=urlkey"}
    )
    assert customer.referral_url == "https://yourcompany.com?aff=urlkey"


def test_path_lookup_order(program: Program, referral_program: Program) -> None:
    owner = partner(program)
    customer = affiliate_customer(program, owner, key="by_key", email="find@example.com")
    assert customer_at_path(program, "by_key") is customer
    assert customer_at_path(program, "find@example.com") is customer
    friend = referral_customer(referral_program, id="rid", key="rkey", email="r@example.com")
    for value in ("rid", "rkey", "r@example.com"):
        assert customer_at_path(referral_program, value) is friend
    with pytest.raises(NotFound):
        customer_at_path(referral_program, "nobody")


def test_suspend_approve_rules(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    with pytest.raises(ActionFailed):
        customers.approve_customer(program, customer)
    customers.suspend_customer(program, customer)
    with pytest.raises(ActionFailed):
        customers.suspend_customer(program, customer)
    customers.approve_customer(program, customer)
    assert customer.status == "active"


def test_archive_marks_deleted_and_restore_clears(program: Program, referral_program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    customers.archive_customer(program, customer)
    assert customer.archived and customer.deleted_at is not None
    with pytest.raises(ActionFailed):
        customers.archive_customer(program, customer)
    customers.restore_customer(program, customer)
    assert not customer.archived
    friend = referral_customer(referral_program)
    customers.archive_customer(referral_program, friend)
    assert friend.status == "deleted"
    customers.restore_customer(referral_program, friend)
    assert friend.status == "active"


def test_delete_takes_transactions_and_rewards_along(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    transactions.record_transactions(program, {"customer": {"key": customer.key}, "amount": 100})
    assert len(program.rewards) == 1
    cascades.delete_customer(program, customer)
    assert len(program.transactions) == 0 and len(program.rewards) == 0
    with pytest.raises(NotFound):
        customer_at_path(program, customer.key)


def test_update_key_and_tags(program: Program) -> None:
    owner = partner(program)
    customer = affiliate_customer(program, owner, tags=["a"])
    other = affiliate_customer(program, owner)
    customers.update_customer(program, customer, {"key": "renamed", "tags": []})
    assert customer_at_path(program, "renamed") is customer and customer.tags == []
    with pytest.raises(ValidationFailed):
        customers.update_customer(program, other, {"key": "renamed"})


def test_referral_customer_generates_ids_and_default_link(referral_program: Program) -> None:
    friend = referral_customer(referral_program)
    assert friend.id and friend.id.startswith("customer_") and friend.key
    links = links_of(referral_program.customer_links, friend.uid)
    assert [link.key for link in links] == [friend.key] and links[0].default


def test_referral_referrer_id_wins_over_key(referral_program: Program) -> None:
    first = referral_customer(referral_program, id="first", key="first_key")
    referral_customer(referral_program, id="second", key="second_key")
    child = customers.create_customer(
        referral_program, {"referring_customer": {"id": "first", "key": "second_key"}}
    )
    assert child.referring_customer_uid == first.uid
    with pytest.raises(ValidationFailed) as error:
        customers.create_customer(referral_program, {"referring_customer": {"id": "ghost"}})
    assert "referring_customer" in error.value.errors


def test_referral_uniqueness(referral_program: Program) -> None:
    referral_customer(referral_program, id="x", key="kx", email="x@example.com")
    for clash in ({"id": "x"}, {"key": "kx"}, {"email": "X@example.com"}):
        with pytest.raises(ValidationFailed) as error:
            customers.create_customer(referral_program, clash)
        assert list(error.value.errors) == list(clash)


def test_customer_create_shape_and_errors(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    data = ok_data(affiliate.get("/v1/customers/customer_123"))
    assert data["partner"] == "partner_123" and data["deleted"] is False and data["deleted_at"] is None
    assert data["status"] == "active" and data["tags"] == [{"value": "new"}]
    listed = affiliate.get("/v1/customers").json()["data"][0]
    assert "tags" not in listed and listed["key"] == "customer_123"
    unknown = affiliate.post("/v1/customers", json={"partner": {"key": "nope"}, "key": "c2"})
    assert unknown.status_code == 400 and unknown.json()["status"] == 0
    duplicate = affiliate.post("/v1/customers", json={"partner": {"key": "ref_123"}, "key": "customer_123"})
    assert duplicate.status_code == 422 and "key" in duplicate.json()["errors"]


def test_customer_filter_spellings(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    affiliate.post("/v1/partners", json={"email": "other@partnero.com", "key": "other"})
    affiliate.post("/v1/customers", json={"partner": {"key": "other"}, "key": "customer_other"})
    for query in ("partner.key=ref_123", "partner_key=ref_123", "partner%5Bkey%5D=ref_123"):
        keys = [c["key"] for c in affiliate.get(f"/v1/customers?{query}").json()["data"]]
        assert keys == ["customer_123"], query
    in_body = affiliate.get("/v1/customers", json={"partner": {"key": "other"}}).json()["data"]
    assert [c["key"] for c in in_body] == ["customer_other"]
    by_email = affiliate.get("/v1/customers", params={"partner_email": "john.doe@partnero.com"}).json()[
        "data"
    ]
    assert [c["key"] for c in by_email] == ["customer_123"]


def test_customer_updates_and_actions(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    flat = ok_data(affiliate.put("/v1/customers/customer_123", json={"name": "Amanda"}))
    assert flat["name"] == "Amanda"
    nothing = affiliate.put("/v1/customers/customer_123", json={})
    assert nothing.status_code == 422 and "update" in nothing.json()["errors"]
    wrapped = ok_data(
        affiliate.put("/v1/customers", json={"key": "customer_123", "update": {"tags": ["vip"]}})
    )
    assert wrapped["tags"] == [{"value": "vip"}]
    assert affiliate.post("/v1/customers/customer_123/approve").status_code == 400
    assert affiliate.post("/v1/customers/customer_123/suspend").json() == {"status": 1}
    assert affiliate.post("/v1/customers/customer_123/approve").json() == {"status": 1}
    assert affiliate.post("/v1/customers/customer_123/archive").json() == {"status": 1}
    assert ok_data(affiliate.get("/v1/customers/customer_123"))["deleted"] is True
    assert affiliate.post("/v1/customers/customer_123/revoke-archive").json() == {"status": 1}
    assert affiliate.delete("/v1/customers", json={"key": "customer_123"}).json() == {"status": 1}
    assert affiliate.get("/v1/customers/customer_123").status_code == 404


def test_referral_customer_routes(referral: Api) -> None:
    referral.post(
        "/v1/customers", json={"id": "customer_123", "key": "ref_123", "email": "alice@partnero.com"}
    )
    bob = ok_data(
        referral.post(
            "/v1/customers", json={"id": "customer_456", "referring_customer": {"id": "customer_123"}}
        )
    )
    assert bob["referring_customer"]["id"] == "customer_123" and "key" not in bob
    sale = ok_data(
        referral.post(
            "/v1/transactions", json={"customer": {"id": "customer_456"}, "amount": 100, "key": "t1"}
        )
    )
    assert (sale["customer"], sale["referred_customer"]) == ("customer_123", "customer_456")
    balance = ok_data(referral.get("/v1/customers/customer_123/balance"))
    assert balance["balance"]["currency"] == [{"amount": 10.0, "amount_units": "USD", "is_currency": True}]
    referral.post(
        "/v1/customers/customer_123/balance/credit",
        json={"amount": 5, "is_currency": True, "amount_units": "usd"},
    )
    balance = ok_data(referral.get("/v1/customers/customer_123/balance"))["balance"]["currency"]
    assert balance == [{"amount": 15.0, "amount_units": "USD", "is_currency": True}]
    assert ok_data(referral.get("/v1/customers/customer_123/stats"))["referrals_count"] == 1
    assert [c["id"] for c in referral.get("/v1/customers/customer_123/referrals").json()["data"]] == [
        "customer_456"
    ]
    non_referred = referral.get("/v1/customers", json={"refer_status": "non_referred"}).json()["data"]
    assert [c["id"] for c in non_referred] == ["customer_123"]
    searched = referral.get("/v1/customers:search", json={"email": "alice@partnero.com"}).json()["data"]
    assert [c["id"] for c in searched] == ["customer_123"]
    renamed = ok_data(referral.put("/v1/customers", json={"id": "customer_456", "update": {"name": "Bobby"}}))
    assert renamed["name"] == "Bobby"
    assert referral.post("/v1/customers:invite", json={"email": "friend@example.com"}).status_code == 200
    assert referral.post("/v1/customers/customer_123/suspend").status_code == 404  # affiliate only
    assert referral.delete("/v1/customers/customer_456").json() == {"status": 1}


def test_legacy_singular_customer_routes(affiliate: Api) -> None:
    affiliate.post("/v1/partners", json={"email": "p@partnero.com", "key": "pk"})
    created = affiliate.post(
        "/v1/customer", json={"customer": {"key": "legacy", "email": "l@x.co"}, "partner": {"key": "pk"}}
    )
    assert created.status_code == 200
    assert ok_data(affiliate.get("/v1/customer", json={"key": "legacy"}))["key"] == "legacy"
    assert (
        ok_data(affiliate.put("/v1/customer", json={"key": "legacy", "update": {"name": "L"}}))["name"] == "L"
    )
    assert affiliate.delete("/v1/customer", json={"key": "legacy"}).json() == {"status": 1}


def test_a_bad_first_sale_creates_no_customer(affiliate: Api, app: Any) -> None:
    affiliate.post("/v1/partners", json={"email": "seller@example.com", "key": "ref_seller"})
    body = {"key": "c1", "partner": {"key": "ref_seller"}, "transaction": {"amount": "lots"}}
    response = affiliate.post("/v1/customers", json=body)
    assert response.status_code == 422 and "amount" in response.json()["errors"]
    assert affiliate.get("/v1/customers").json()["data"] == []
    assert app.state.mock.applied(affiliate.key, "createCustomer") == 0
    body["transaction"] = {"amount": 40}
    assert affiliate.post("/v1/customers", json=body).status_code == 200
    assert [t["key"] is not None for t in affiliate.get("/v1/transactions").json()["data"]] == [True]
