"""Requests as Partnero's own clients send them and its server accepts them are in the spec: one
primary spelling per filter (one keyword in the generated client), older spellings as deprecated
aliases in the source only, and the older way to name a promotion code's coupon."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from partnero_client.affiliate import AffiliateClient
from partnero_client.affiliate.api.customers import list_customers
from partnero_client.affiliate.api.transactions import list_transactions
from partnero_client.newsletter import NewsletterClient

from generator.pipeline import load_source, program_views
from generator.views import ALIAS_KEY

SOURCE = load_source()
VIEWS = program_views(SOURCE)


def _parameters(doc: dict[str, Any], path: str) -> list[dict[str, Any]]:
    found = []
    for parameter in doc["paths"][path]["get"].get("parameters", []):
        if "$ref" in parameter:
            parameter = doc["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        found.append(parameter)
    return found


@pytest.mark.parametrize(
    ("path", "primaries"),
    [
        ("/v1/customers", {"partner_key", "partner_email"}),
        ("/v1/transactions", {"partner_key", "partner_email"}),
    ],
)
def test_partner_filters_have_one_primary_spelling_and_deprecated_aliases(
    path: str, primaries: set[str]
) -> None:
    source = _parameters(SOURCE, path)
    aliases = {p["name"]: p[ALIAS_KEY] for p in source if ALIAS_KEY in p}
    assert aliases == {"partner.key": "partner_key", "partner.email": "partner_email"}
    assert all(p.get("deprecated") for p in source if ALIAS_KEY in p)
    in_view = [p["name"] for p in _parameters(VIEWS["affiliate"], path)]
    assert primaries <= set(in_view) and not set(aliases) & set(in_view)


def test_the_client_sends_the_primary_spelling() -> None:
    customers = list_customers._get_kwargs(partner_key="ref_1", partner_email="a@example.com")
    assert {"partner_key", "partner_email"} <= set(customers["params"])
    transactions = list_transactions._get_kwargs(partner_key="ref_1", partner_email="a@example.com")
    assert {"partner_key", "partner_email"} <= set(transactions["params"])
    assert not {"partner.key", "partner.email"} & (set(customers["params"]) | set(transactions["params"]))


def test_transactions_filter_by_partner_email_against_the_mock(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("affiliate")
    with AffiliateClient(api_key=key, base_url=partnero_mock.base_url) as client:
        for name in ("ann", "bob"):
            client.partners.create(email=f"{name}@example.com", key=f"ref_{name}")
            client.customers.create(key=f"cust_{name}", partner={"key": f"ref_{name}"})
            client.transactions.create(customer={"key": f"cust_{name}"}, key=f"sale_{name}", amount=10)
        found = client.transactions.list(partner_email="bob@example.com")
        assert [t.key for t in found] == ["sale_bob"]
        assert [c.key for c in client.customers.list(partner_key="ref_ann")] == ["cust_ann"]


def _promotion_code_body_is_valid(body: dict[str, Any]) -> bool:
    view = VIEWS["affiliate"]
    schema = view["paths"]["/v1/promotion-codes"]["post"]["requestBody"]["content"]["application/json"]
    document = {**schema["schema"], "components": view["components"]}
    return jsonschema.Draft202012Validator(document).is_valid(body)


def test_promotion_code_create_names_its_coupon_by_uuid_or_by_older_id() -> None:
    assert _promotion_code_body_is_valid({"coupon_uuid": "coupon_123", "code": "SAVE10"})
    assert _promotion_code_body_is_valid({"coupon_id": 12, "code": "SAVE10"})
    assert not _promotion_code_body_is_valid({"code": "SAVE10"})


def test_newsletter_rewards_list_takes_limit_and_page(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("newsletter")
    with NewsletterClient(api_key=key, base_url=partnero_mock.base_url) as client:
        for count in (5, 10):
            client.newsletter_rewards.create(
                name=f"{count} subscribers", subscribers_count=count, fulfillment_type="generic_coupon"
            )
        first = client.newsletter_rewards.list(limit=1)
        second = client.newsletter_rewards.list(limit=1, page=2)
        assert [r.name for r in [*first.data, *second.data]] == ["5 subscribers", "10 subscribers"]
