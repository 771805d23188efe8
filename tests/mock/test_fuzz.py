"""Random input on every route never produces a 500, a non-JSON reply or a wrong content type."""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from partnero_mock import create_app
from partnero_mock.http.routes import build_route_table

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

FIELDS = [
    "email", "name", "surname", "key", "id", "tags", "partner", "customer", "referring_partner",
    "referring_customer", "update", "amount", "reward", "transactions", "options", "create_customer",
    "limit", "page", "sort", "code", "coupon_uuid", "coupon_id", "coupon", "uuid_code",
    "coupon_discount_type", "coupon_discount_amount", "coupon_duration_type", "coupon_duration_value",
    "events", "url",
    "is_active", "status", "referral", "confirmation_code", "settings", "program_settings",
    "portal_settings", "website", "cfields", "commission_transaction_amount", "payout_settings",
    "gateway", "amount_units", "reward_ids", "metadata", "sync", "redeem", "transaction_key",
    "domain_id", "expires_in", "date", "note", "subscribers_count", "fulfillment_type", "identifier",
    "refer_status", "created_at", "product_id", "limit_to_specific_partner", "coupon_specific_partners",
    "minimum_order_status", "minimum_order_value", "expiration_date_status", "expiration_date_value",
    "redemption_times_status", "redemption_times_value", "redemption_specific_date_status",
    "redemption_specific_date_value", "promotion_codes", "personalization", "is_currency", "password",
    "transaction", "isAdditional", "is_additional", "recipient_type", "type", "wallet_address",
]  # fmt: skip
KEYS = {
    "affiliate": "test_affiliate_fuzz",
    "referral": "test_referral_fuzz",
    "newsletter": "test_newsletter_fuzz",
}
KNOWN = ["partner_1", "ref_1", "cust_1", "p1@example.com", "1", "2", "PROMO1", "COUPON1", "tx_1"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(KNOWN + ["", "usd", "percent", "months", "paypal", "active", "2025-01-01"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(FIELDS), inner, max_size=4),
    ),
    max_leaves=8,
)
bodies = st.one_of(
    st.none(),
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=6),
    st.sampled_from([b"[]", b"{", b'"x"', b"123", b"\xff", b"[1]"]),
)
queries = st.dictionaries(
    st.sampled_from(["limit", "page", "sort", "key", "email", "id", "partner.key", "partner_key",
                     "customer[id]", "refer_status", "status", "commission_transaction_amount"]),
    st.one_of(st.text(max_size=6), st.sampled_from(KNOWN + ["0", "251", "-1", "desc", "9" * 30])),
    max_size=3,
)  # fmt: skip
ROUTES = sorted(
    (program.value, route.method, route.template)
    for route in build_route_table().routes()
    for program in route.programs
)


def seeded_client() -> TestClient:
    client = TestClient(create_app(seed=3))
    auth = {"Authorization": f"Bearer {KEYS['affiliate']}"}
    client.post(
        "/v1/partners", json={"email": "p1@example.com", "id": "partner_1", "key": "ref_1"}, headers=auth
    )
    client.post("/v1/customers", json={"key": "cust_1", "partner": {"id": "partner_1"}}, headers=auth)
    client.post(
        "/v1/transactions", json={"key": "tx_1", "customer": {"key": "cust_1"}, "amount": 10}, headers=auth
    )
    client.post(
        "/v1/leads",
        json={"name": "L", "email": "l@example.com", "partner": {"id": "partner_1"}},
        headers=auth,
    )
    referral = {"Authorization": f"Bearer {KEYS['referral']}"}
    client.post("/v1/customers", json={"id": "cust_1", "key": "ref_1"}, headers=referral)
    client.post(
        "/v1/customers", json={"id": "cust_2", "referring_customer": {"id": "cust_1"}}, headers=referral
    )
    return client


CLIENT = seeded_client()


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    route=st.sampled_from(ROUTES),
    path_value=st.sampled_from(KNOWN + ["missing", "a%2Fb", "%00", "x" * 300]),
    body=bodies,
    query=queries,
)
def test_no_route_answers_500(
    route: tuple[str, str, str], path_value: str, body: Any, query: dict[str, str]
) -> None:
    program, method, template = route
    path = re.sub(r"\{[^}]+\}", path_value, template)
    headers = {"Authorization": f"Bearer {KEYS[program]}", "Content-Type": "application/json"}
    content = body if isinstance(body, bytes) else (None if body is None else json.dumps(body).encode())
    response = CLIENT.request(method, path, params=query, content=content, headers=headers)
    assert response.status_code < 500, (route, body, query, response.text)
    assert response.headers["content-type"] == "application/json"
    payload = response.json()
    assert isinstance(payload, dict)
    if response.status_code >= 400:
        assert payload["status"] == 0 and isinstance(payload["message"], str)
    if response.status_code == 422:
        assert all(isinstance(v, list) and v for v in payload["errors"].values())
