"""Partner rules, exercised on the domain directly."""

from __future__ import annotations

import pytest
from partnero_mock.domain import cascades, partner_referral_links, partners, rewards, stats
from partnero_mock.domain.errors import ActionFailed, NotFound, ValidationFailed
from partnero_mock.domain.lookups.partners import find_partner, lookup_partner, partner_by_id, search_partners
from partnero_mock.domain.lookups.referral_links import links_of
from partnero_mock.domain.program import Program
from partnero_mock.domain.records.partners import Partner


def make(program: Program, **fields: object) -> Partner:
    data = {"email": f"p{len(program.partners)}@example.com", **fields}
    return partners.create_partner(program, data)


def test_generates_id_and_key_and_default_link(program: Program) -> None:
    partner = make(program)
    assert partner.id.startswith("partner_")
    assert partner.key
    links = links_of(program.partner_links, partner.id)
    assert [link.key for link in links] == [partner.key]
    assert links[0].default


def test_keeps_given_id_and_key(program: Program) -> None:
    partner = make(program, id="partner_123", key="ref_123")
    assert (partner.id, partner.key) == ("partner_123", "ref_123")


def test_email_is_required_and_must_look_like_one(program: Program) -> None:
    with pytest.raises(ValidationFailed) as missing:
        partners.create_partner(program, {"name": "x"})
    assert "email" in missing.value.errors
    with pytest.raises(ValidationFailed) as bad:
        partners.create_partner(program, {"email": "not-an-address"})
    assert bad.value.errors["email"] == ["The email must be a valid email address."]


@pytest.mark.parametrize("field", ["email", "id", "key"])
def test_uniqueness(program: Program, field: str) -> None:
    values = {"email": "dup@example.com", "id": "dup_id", "key": "dupkey"}
    make(program, **{field: values[field]})
    other = {"email": "other@example.com", field: values[field]}
    if field == "email":
        other[field] = "DUP@example.com"  # compared case-insensitively
    with pytest.raises(ValidationFailed) as error:
        partners.create_partner(program, other)
    assert list(error.value.errors) == [field]


def test_key_may_not_reuse_an_extra_link_key(program: Program) -> None:
    owner = make(program)
    partner_referral_links.create_link(program, {"key": "extra_link", "partner": {"id": owner.id}})
    with pytest.raises(ValidationFailed):
        make(program, key="extra_link")


@pytest.mark.parametrize("password", ["short1A", "alllowercase1", "ALLUPPER1", "NoDigitsHere"])
def test_weak_passwords_are_refused(program: Program, password: str) -> None:
    with pytest.raises(ValidationFailed) as error:
        make(program, password=password)
    assert "password" in error.value.errors


def test_strong_password_is_accepted(program: Program) -> None:
    assert make(program, password="W6qtZMGyCD6Gj2ZrtrVa").password == "W6qtZMGyCD6Gj2ZrtrVa"


def test_referring_partner_by_any_identifier(program: Program) -> None:
    parent = make(program, key="parentkey")
    for reference in ({"id": parent.id}, {"key": "parentkey"}, {"email": parent.email}):
        child = make(program, referring_partner=reference)
        assert child.referring_partner_id == parent.id


def test_unknown_referring_partner_is_a_validation_error(program: Program) -> None:
    with pytest.raises(ValidationFailed) as error:
        make(program, referring_partner={"id": "nobody"})
    assert "referring_partner" in error.value.errors


def test_tags_update_semantics(program: Program) -> None:
    partner = make(program, tags=["new", "premium"])
    partners.update_partner(program, partner, {"tags": None, "name": "Jo"})
    assert partner.tags == ["new", "premium"]
    partners.update_partner(program, partner, {"tags": []})
    assert partner.tags == []


def test_changing_key_renames_the_default_link(program: Program) -> None:
    partner = make(program, key="oldkey")
    partners.update_partner(program, partner, {"key": "newkey"})
    assert partner.key == "newkey"
    assert program.partner_links.get("oldkey") is None
    assert program.partner_links.get("newkey") is not None
    assert find_partner(program, key="newkey") is partner


def test_update_to_taken_email_fails_with_prefixed_field(program: Program) -> None:
    make(program, email="taken@example.com")
    partner = make(program)
    with pytest.raises(ValidationFailed) as error:
        partners.update_partner(program, partner, {"email": "taken@example.com"}, "update.")
    assert list(error.value.errors) == ["update.email"]


def test_archive_and_restore_state_rules(program: Program) -> None:
    partner = make(program)
    with pytest.raises(ActionFailed):
        partners.restore_partner(program, partner)
    partners.archive_partner(program, partner)
    assert partner.status == "archived"
    with pytest.raises(ActionFailed):
        partners.archive_partner(program, partner)
    partners.restore_partner(program, partner)
    assert partner.status == "active"


def test_delete_removes_partner_links_and_parent_references(program: Program) -> None:
    parent = make(program)
    child = make(program, referring_partner={"id": parent.id})
    cascades.delete_partner(program, parent)
    with pytest.raises(NotFound):
        partner_by_id(program, parent.id)
    assert program.partner_links.get(parent.key) is None
    assert child.referring_partner_id is None
    # the e-mail is free again
    make(program, email=parent.email)


def test_search_matches_key_partially(program: Program) -> None:
    make(program, key="summer_sale")
    make(program, key="winter_sale")
    assert len(search_partners(program, key="sale")) == 2
    assert len(search_partners(program, key="summer")) == 1


def test_lookup_needs_an_identifier(program: Program) -> None:
    with pytest.raises(ValidationFailed):
        lookup_partner(program)
    with pytest.raises(NotFound):
        lookup_partner(program, email="ghost@example.com")


def test_bonus_reward_counts_as_unpaid_commission(program: Program) -> None:
    partner = make(program)
    rewards.add_partner_bonus(program, partner, {"amount": 12.5, "note": "thanks"})
    figures = stats.partner_figures(program, partner)
    assert figures.not_paid == {"USD": 12.5}
    with pytest.raises(ValidationFailed):
        rewards.add_partner_bonus(program, partner, {"amount": 0})


def test_sign_in_url_expiry_bounds(program: Program) -> None:
    partner = make(program)
    result = partners.sign_in_url(program, {"key": partner.key, "expires_in": 300})
    assert result["expires_in"] == 300 and result["url"].startswith("https://")
    with pytest.raises(ValidationFailed):
        partners.sign_in_url(program, {"key": partner.key, "expires_in": 5})
