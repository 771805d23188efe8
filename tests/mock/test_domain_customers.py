"""Customer rules of both program types, on the domain directly."""

from __future__ import annotations

import pytest
from partnero_mock.domain import cascades, customer_referral_links, customers, referral_links, transactions
from partnero_mock.domain.errors import ActionFailed, InvalidReference, NotFound, ValidationFailed
from partnero_mock.domain.lookups.customers import customer_at_path
from partnero_mock.domain.lookups.referral_links import get_link, links_of
from partnero_mock.domain.program import Program

from .helpers import affiliate_customer, partner, referral_customer


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
