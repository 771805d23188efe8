"""Partners: records and rules in the domain, routes and reply shapes over HTTP."""

from __future__ import annotations

import re
from typing import Any

import pytest
from partnero_mock.domain import cascades, partner_referral_links, partners, rewards, stats
from partnero_mock.domain.errors import ActionFailed, NotFound, ValidationFailed
from partnero_mock.domain.lookups.partners import find_partner, lookup_partner, partner_by_id, search_partners
from partnero_mock.domain.lookups.referral_links import links_of
from partnero_mock.domain.program import Program
from partnero_mock.domain.records.partners import Partner

from .conftest import Api


def make(program: Program, **fields: object) -> Partner:
    data = {"email": f"p{len(program.partners)}@example.com", **fields}
    return partners.create_partner(program, data)


TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


def create(api: Api, **fields: Any) -> dict[str, Any]:
    body = {"email": f"user{id(fields)}{len(fields)}@example.com", **fields}
    response = api.post("/v1/partners", json=body)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


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


def test_create_reply_shape(affiliate: Api) -> None:
    response = affiliate.post(
        "/v1/partners",
        json={"email": "john.doe@partnero.com", "name": "John", "surname": "Doe", "tags": ["new", "premium"]},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == 1
    data = body["data"]
    assert data["email"] == "john.doe@partnero.com"
    assert data["id"].startswith("partner_")
    assert data["status"] == "active" and data["approved"] is True
    assert data["tags"] == [{"value": "new"}, {"value": "premium"}]
    assert data["referral_link"] == data["referral_links"][0]
    assert data["referral_link"].endswith(data["key"])
    assert TIMESTAMP.match(data["created_at"]) and TIMESTAMP.match(data["updated_at"])


def test_nulls_from_the_python_sdk_mean_absent(affiliate: Api) -> None:
    data = create(affiliate, id=None, key=None, name=None)
    assert data["id"].startswith("partner_") and data["key"]


def test_get_adds_statistics(affiliate: Api) -> None:
    partner = create(affiliate, id="partner_123", key="ref_123")
    data = affiliate.get("/v1/partners/partner_123").json()["data"]
    assert data["id"] == partner["id"]
    assert set(data["referrals"]) >= {"clicks", "signups", "revenue", "sales_count", "paid_accounts"}
    assert set(data["commissions"]) == {"paid", "pending", "not_paid"}
    assert data["referral_links"] == [partner["referral_link"]]


def test_key_does_not_resolve_on_item_path(affiliate: Api) -> None:
    create(affiliate, key="ref_only")
    assert affiliate.get("/v1/partners/ref_only").status_code == 404


def test_duplicate_email_is_422_with_field(affiliate: Api) -> None:
    create(affiliate, email="dup@example.com")
    response = affiliate.post("/v1/partners", json={"email": "dup@example.com"})
    assert response.status_code == 422
    assert "email" in response.json()["errors"]


def test_update_with_wrapper_and_flat(affiliate: Api) -> None:
    partner = create(affiliate, tags=["a"])
    path = f"/v1/partners/{partner['id']}"
    wrapped = affiliate.put(path, json={"update": {"name": "James", "tags": ["premium"]}})
    assert wrapped.status_code == 200
    assert wrapped.json()["data"]["name"] == "James"
    assert wrapped.json()["data"]["tags"] == [{"value": "premium"}]
    flat = affiliate.put(path, json={"surname": "Wilson", "tags": None})
    assert flat.json()["data"]["surname"] == "Wilson"
    assert flat.json()["data"]["tags"] == [{"value": "premium"}]
    cleared = affiliate.put(path, json={"update": {"tags": []}})
    assert cleared.json()["data"]["tags"] == []
    assert affiliate.put(path, json={"update": {"email": "bad"}}).json()["errors"] == {
        "update.email": ["The update.email must be a valid email address."]
    }


def test_update_and_delete_by_body(affiliate: Api) -> None:
    partner = create(affiliate, key="body_key", email="body@example.com")
    response = affiliate.put("/v1/partners", json={"key": "body_key", "update": {"name": "Renamed"}})
    assert response.status_code == 200 and response.json()["data"]["name"] == "Renamed"
    by_email = affiliate.put("/v1/partners", json={"email": "body@example.com", "update": {"surname": "S"}})
    assert by_email.json()["data"]["surname"] == "S"
    assert affiliate.put("/v1/partners", json={"update": {"name": "x"}}).status_code == 422
    assert affiliate.put("/v1/partners", json={"key": "ghost", "update": {}}).status_code == 404
    deleted = affiliate.delete("/v1/partners", json={"email": "body@example.com"})
    assert deleted.status_code == 200 and deleted.json() == {"status": 1}
    assert affiliate.get(f"/v1/partners/{partner['id']}").status_code == 404
    assert affiliate.delete("/v1/partners", json={"email": "body@example.com"}).status_code == 404


def test_delete_then_reads_404(affiliate: Api) -> None:
    partner = create(affiliate)
    path = f"/v1/partners/{partner['id']}"
    response = affiliate.delete(path)
    assert response.status_code == 200 and response.json() == {"status": 1}
    assert affiliate.get(path).status_code == 404
    assert affiliate.put(path, json={"name": "x"}).status_code == 404
    assert affiliate.delete(path).status_code == 404
    assert affiliate.get("/v1/partners").json()["data"] == []


def test_archive_restore_cycle(affiliate: Api) -> None:
    partner = create(affiliate)
    base = f"/v1/partners/{partner['id']}"
    assert affiliate.post(f"{base}/revoke-archive").json() == {"status": 0, "message": "Action failed"}
    assert affiliate.post(f"{base}/archive").json() == {"status": 1}
    assert affiliate.get(base).json()["data"]["status"] == "archived"
    again = affiliate.post(f"{base}/archive")
    assert again.status_code == 400 and again.json() == {"status": 0, "message": "Action failed"}
    assert affiliate.post(f"{base}/revoke-archive").status_code == 200
    assert affiliate.get(base).json()["data"]["status"] == "active"
    assert affiliate.post("/v1/partners/ghost/archive").status_code == 404


def test_search_and_lookup(affiliate: Api) -> None:
    partner = create(affiliate, key="findme_key", email="find@example.com")
    create(affiliate, key="other_key")
    by_key = affiliate.get("/v1/partners:search", params={"key": "findme"}).json()
    assert [p["id"] for p in by_key["data"]] == [partner["id"]]
    assert "links" in by_key and "meta" in by_key
    by_email = affiliate.get("/v1/partners:search", params={"email": "find@example.com"}).json()
    assert len(by_email["data"]) == 1
    for query in ({"key": "findme_key"}, {"email": "find@example.com"}, {"id": partner["id"]}):
        found = affiliate.get("/v1/partner", params=query)
        assert found.status_code == 200 and found.json()["data"]["id"] == partner["id"]
    assert affiliate.get("/v1/partner", params={"key": "nope"}).status_code == 404
    assert affiliate.get("/v1/partner").status_code == 422
    # PHP: criteria in the GET body
    assert affiliate.get("/v1/partner", json={"email": "find@example.com"}).status_code == 200


def test_referral_links_reward_and_sign_in_url(affiliate: Api) -> None:
    partner = create(affiliate, key="ref_123")
    links = affiliate.get(f"/v1/partners/{partner['id']}/referral_links").json()
    assert links["data"][0]["id"] == "ref_123" and links["data"][0]["default"] is True
    assert "links" not in links
    reward = affiliate.post(f"/v1/partners/{partner['id']}/reward", json={"amount": 25, "note": "bonus"})
    assert reward.status_code == 200 and reward.json()["data"]["amount"] == 25
    commissions = affiliate.get(f"/v1/partners/{partner['id']}").json()["data"]["commissions"]
    assert commissions["not_paid"] == [{"currency": "USD", "amount": 25.0}]
    assert affiliate.post(f"/v1/partners/{partner['id']}/reward", json={}).status_code == 422
    url = affiliate.post("/v1/partners:sign-in-url", json={"key": "ref_123", "expires_in": 60})
    assert url.status_code == 200 and url.json()["data"]["url"].startswith("https://")
    assert affiliate.post("/v1/partners:sign-in-url", json={"key": "nope"}).status_code == 404


def test_php_lookup_by_email_on_collection_path(affiliate: Api) -> None:
    wanted = create(affiliate, email="php@example.com")
    create(affiliate, email="other@example.com")
    found = affiliate.get("/v1/partners/", json={"email": "PHP@example.com"}).json()["data"]
    assert [p["id"] for p in found] == [wanted["id"]]
