"""Phase 2 routes over HTTP: documented envelopes, status codes and client wire habits."""

from __future__ import annotations

from typing import Any

from .conftest import Api


def ok_data(response: Any) -> Any:
    assert response.status_code in (200, 201), response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()["data"]


def affiliate_setup(api: Api) -> None:
    api.post("/v1/partners", json={"email": "john.doe@partnero.com", "id": "partner_123", "key": "ref_123"})
    api.post("/v1/customers", json={"partner": {"key": "ref_123"}, "key": "customer_123", "tags": ["new"]})


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


def test_transaction_reply_and_reward(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    data = ok_data(
        affiliate.post(
            "/v1/transactions",
            json={"customer": {"key": "customer_123"}, "key": "transaction_123", "amount": 99.99,
                  "product_id": "prod_123", "product_type": "monthly", "action": "sale"},
        )
    )  # fmt: skip
    assert (data["partner"], data["customer"], data["amount_units"]) == ("partner_123", "customer_123", "USD")
    (reward,) = data["rewards"]
    assert reward["amount"] == 29.997 and reward["status"] == "ok"
    assert reward["product_type_data"] == {"product_id": "prod_123", "product_type": "monthly"}
    assert ok_data(affiliate.get("/v1/transactions/transaction_123"))["key"] == "transaction_123"
    listed = affiliate.get("/v1/customers/customer_123/transactions").json()
    assert len(listed["data"]) == 1 and "links" in listed


def test_transaction_n8n_and_php_habits(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    n8n = affiliate.post(
        "/v1/transactions",
        json={"customer": {"id": "customer_123"}, "amount": "10.50", "created_at": "2025-05-07T05:32:48Z",
              "discount_amount": 1, "discount_code": "X", "gross_amount": 11.5},
    )  # fmt: skip
    assert n8n.status_code == 200 and n8n.json()["data"]["created_at"] == "2025-05-07T05:32:48.000000Z"
    unix_body = {"customer": {"key": "customer_123"}, "amount": 1, "created_at": 1746595968, "key": "tx_unix"}
    unix = ok_data(affiliate.post("/v1/transactions", json=unix_body))
    assert unix["created_at"] == "2025-05-07T05:32:48.000000Z"
    # PHP repeats the key in the body of item routes
    assert affiliate.post("/v1/transactions/tx_unix/archive", json={"key": "tx_unix"}).json() == {"status": 1}
    assert affiliate.post("/v1/transactions/tx_unix/archive").status_code == 400
    assert (
        affiliate.post("/v1/transactions/tx_unix/revoke-archive", json={"key": "tx_unix"}).status_code == 200
    )
    assert affiliate.delete("/v1/transactions/tx_unix", json={"key": "tx_unix"}).json() == {"status": 1}
    assert affiliate.delete("/v1/transactions", json={"key": "tx_unix"}).status_code == 404


def test_batch_transactions_answer_a_list(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    data = ok_data(
        affiliate.post(
            "/v1/transactions",
            json={"options": {"create_customer": True},
                  "customer": {"key": "customer_789", "name": "Katy", "partner": {"id": "partner_123"}},
                  "transactions": [{"key": "t3", "amount": 110.99}, {"key": "t4", "amount": 199.99}]},
        )
    )  # fmt: skip
    assert [t["key"] for t in data] == ["t3", "t4"]
    assert ok_data(affiliate.get("/v1/customers/customer_789"))["partner"] == "partner_123"


def test_leads_literal_routes_and_both_verbs(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    created = affiliate.post(
        "/v1/leads", json={"name": "Alice Brown", "email": "a@partnero.com", "partner": {"key": "ref_123"}}
    )
    assert created.status_code == 201
    lead_id = created.json()["data"]["id"]
    converted = ok_data(
        affiliate.get("/v1/leads/convert", params={"id": lead_id, "commission_transaction_amount": 500})
    )
    assert converted["status"] == "converted" and converted["converted_to"]["name"] == "Alice Brown"
    assert converted["can_be_converted"] is False
    second = affiliate.post(
        "/v1/leads", json={"name": "B", "email": "b@partnero.com", "partner": {"id": "partner_123"}}
    )
    rejected = ok_data(affiliate.post("/v1/leads/reject", json={"id": second.json()["data"]["id"]}))
    assert rejected["status"] == "rejected"
    assert ok_data(affiliate.get("/v1/leads/details"))["leads_enabled"] == "true"
    assert affiliate.request("DELETE", "/v1/leads/convert").headers["allow"] == "GET, POST"
    assert affiliate.delete(f"/v1/leads/{lead_id}").json() == {"status": 1}
    assert affiliate.get(f"/v1/leads/{lead_id}").status_code == 404
    assert affiliate.get("/v1/leads/abc").status_code == 404


def test_partner_links_201_and_domains(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    created = affiliate.post(
        "/v1/partner_referral_links",
        json={"partner": {"id": "partner_123"}, "key": "ref_456", "domain_id": None, "isAdditional": False},
    )
    assert (
        created.status_code == 201 and created.json()["data"]["url"] == "https://yourcompany.com?aff=ref_456"
    )
    renamed = ok_data(affiliate.put("/v1/partner_referral_links/ref_456", json={"key": "ref_789"}))
    assert renamed["id"] == "ref_789"
    assert affiliate.get("/v1/partner_referral_links/ref_456").status_code == 404
    domains = affiliate.get("/v1/partner_referral_links:domains").json()
    assert domains["data"][0]["id"] is None and "links" not in domains
    found = affiliate.get("/v1/partner_referral_links:search", params={"key": "ref_789"}).json()["data"]
    assert [link["id"] for link in found] == ["ref_789"]
    assert affiliate.delete("/v1/partner_referral_links/ref_789").json() == {"status": 1}
    assert affiliate.delete("/v1/partner_referral_links/ref_123").status_code == 400


def test_coupon_and_promotion_code_envelopes(affiliate: Api) -> None:
    coupon = affiliate.post(
        "/v1/coupons",
        json={"name": "PARTNERO25", "uuid_code": "", "coupon_discount_type": "percent",
              "coupon_discount_amount": 25, "coupon_duration_type": "months", "coupon_duration_value": 11,
              "promotion_codes": {}, "metadata": {}},
    ).json()  # fmt: skip
    assert coupon["status"] == 1 and coupon["message"] and coupon["synchronization_enabled"] is False
    assert coupon["data"]["metadata"] == [] and coupon["data"]["times_redeemed"] == 0
    uuid_code = coupon["data"]["uuid_code"]
    created = affiliate.post("/v1/promotion-code", json={"coupon_uuid": uuid_code, "code": "PROMO123"})
    assert created.status_code == 200 and created.json()["data"]["coupon"]["uuid_code"] == uuid_code
    updated = affiliate.put(
        "/v1/promotion-codes", json={"code": "PROMO123", "metadata": {"campaign": "summer"}}
    ).json()
    assert (
        updated["status"] == 1
        and updated["message"]
        and updated["data"]["metadata"] == {"campaign": "summer"}
    )
    listed = affiliate.get("/v1/coupons").json()["data"][0]
    assert [c["code"] for c in listed["promotion_codes"]["data"]] == ["PROMO123"]
    assert affiliate.get("/v1/promotion-codes", params={"limit": 5}).status_code == 422
    deleted = affiliate.delete(
        "/v1/promotion-codes", json={"code": "PROMO123", "coupon": {"uuid_code": uuid_code}}
    )
    assert deleted.json() == {
        "data": {"status": 1, "message": "Promotion code deleted in the app successfully"}
    }
    assert affiliate.get("/v1/promotion-codes/PROMO123").status_code == 404
    assert affiliate.request("GET", "/v1/promotion-code").headers["allow"] == "POST"


def test_payout_routes(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    affiliate.post("/v1/transactions", json={"customer": {"key": "customer_123"}, "amount": 100})
    payout = ok_data(
        affiliate.post("/v1/payout_requests", json={"partner": {"key": "ref_123"}, "amount_units": "usd"})
    )
    assert payout["status"] == "requested" and payout["amount"] == 30
    assert ok_data(affiliate.post(f"/v1/payout_requests/{payout['id']}/approve"))["status"] == "approved"
    assert ok_data(affiliate.post(f"/v1/payout_requests/{payout['id']}/mark_as_paid"))["status"] == "finished"
    assert affiliate.post(f"/v1/payout_requests/{payout['id']}/approve").status_code == 400
    found = affiliate.get(
        "/v1/payout_requests:search", params={"partner_key": "ref_123", "status": "finished"}
    )
    assert len(found.json()["data"]) == 1
    assert affiliate.get("/v1/payout_requests:search", params={"status": "lost"}).status_code == 422
    assert affiliate.get("/v1/payout_requests/999").status_code == 404


def test_webhooks_for_each_program_type(affiliate: Api, referral: Api, newsletter: Api) -> None:
    body = {
        "name": "Hook",
        "url": "https://yourcompany.com/webhooks/partnero",
        "events": ["customer.created"],
    }
    assert ok_data(referral.post("/v1/webhooks", json=body))["events"] == ["customer.created"]
    assert newsletter.post("/v1/webhooks", json=body).status_code == 422
    created = ok_data(affiliate.post("/v1/webhooks", json=body))
    assert created["signature"] and created["is_active"] is True
    changed = ok_data(affiliate.put(f"/v1/webhooks/{created['key']}", json={"events": ["partner.created"]}))
    assert changed["events"] == ["partner.created"]
    listed = affiliate.get("/v1/webhooks").json()
    assert listed["meta"]["per_page"] == 10
    assert affiliate.get("/v1/webhooks", params={"limit": 5}).status_code == 422
    assert affiliate.delete(f"/v1/webhooks/{created['key']}").json() == {"status": 1}
    assert affiliate.get(f"/v1/webhooks/{created['key']}").status_code == 404


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


def test_referral_transaction_get_and_delete_by_key(referral: Api) -> None:
    referral.post("/v1/customers", json={"id": "ann"})
    referral.post("/v1/customers", json={"id": "bob", "referring_customer": {"id": "ann"}})
    referral.post("/v1/transactions", json={"customer": {"id": "bob"}, "amount": 20, "key": "order_1"})
    sale = ok_data(referral.get("/v1/transactions/order_1"))
    assert (sale["key"], sale["customer"], sale["referred_customer"]) == ("order_1", "ann", "bob")
    assert referral.delete("/v1/transactions/order_1").json() == {"status": 1}
    assert referral.get("/v1/transactions/order_1").status_code == 404
    assert referral.delete("/v1/transactions/order_1").status_code == 404
    assert referral.post("/v1/transactions/order_1/archive").status_code == 404  # affiliate only


def test_customer_link_search_with_brackets(referral: Api) -> None:
    referral.post("/v1/customers", json={"id": "owner", "key": "owner_key"})
    referral.post("/v1/customers", json={"id": "other", "key": "other_key"})
    referral.post("/v1/customer_referral_links", json={"customer": {"id": "owner"}, "key": "extra_1"})
    found = referral.get("/v1/customer_referral_links:search?customer[id]=owner").json()["data"]
    assert sorted(link["id"] for link in found) == ["extra_1", "owner_key"]
    links = referral.get("/v1/customers/owner/referral_links").json()
    assert [link["url"] for link in links["data"]][0] == "https://yourcompany.com?ref=owner_key"


def test_newsletter_routes(newsletter: Api) -> None:
    created = ok_data(
        newsletter.post(
            "/v1/subscribers", json={"email": "s@partnero.com", "name": "John", "status": "active"}
        )
    )
    assert created["id"] == "s@partnero.com" and created["status"] == "Active"
    newsletter.post(
        "/v1/subscribers",
        json={"identifier": "esp_1", "email": "f@partnero.com", "referral": {"id": "s@partnero.com"}},
    )
    assert ok_data(newsletter.get("/v1/subscribers/s@partnero.com"))["referrals_count"] == 1
    assert newsletter.get("/v1/subscribers", params={"limit": 9}).status_code == 422
    referred = newsletter.get("/v1/subscribers", json={"refer_status": "referred"}).json()["data"]
    assert [s["id"] for s in referred] == ["esp_1"]
    by_email = newsletter.get("/v1/subscribers", params={"email": "F@partnero.com"}).json()["data"]
    assert [s["id"] for s in by_email] == ["esp_1"]
    assert newsletter.get("/v1/subscribers", params={"email": "nobody@partnero.com"}).json()["data"] == []
    updated = ok_data(
        newsletter.put("/v1/subscribers", json={"id": "f@partnero.com", "update": {"status": "suspended"}})
    )
    assert updated["status"] == "Suspended"
    reward = ok_data(
        newsletter.post(
            "/v1/rewards", json={"name": "R", "subscribers_count": 1, "fulfillment_type": "generic_coupon"}
        )
    )
    assert reward["subscriber_count"] == 1 and reward["times_triggered"] == 1
    assert newsletter.get("/v1/rewards").json()["data"][0]["id"] == reward["id"]
    assert ok_data(newsletter.get("/v1/program"))["total_subscribers"] == 2
    assert newsletter.delete("/v1/subscribers", json={"email": "f@partnero.com"}).json() == {"status": 1}
    assert newsletter.delete("/v1/subscribers", json={}).status_code == 422


def test_program_layouts_update_and_delete(affiliate: Api, referral: Api, newsletter: Api) -> None:
    body = affiliate.get("/v1/program").json()
    assert body["status"] == 1 and body["data"]["program"]["type"] == "Affiliate"
    assert {"stats", "program_settings", "portal_settings"} <= set(body["data"])
    assert "total_customers" in referral.get("/v1/program").json()["data"]
    assert newsletter.get("/v1/program").json()["data"]["esp_type"] == "custom"
    assert affiliate.put("/v1/program", json={"name": "Renamed"}).json() == {
        "status": 1,
        "message": "Program updated successfully",
    }
    bad = affiliate.put("/v1/program", json={"website": "nope"})
    assert bad.status_code == 422 and bad.json()["errors"] == {"website": ["The website format is invalid."]}
    assert newsletter.put("/v1/program", json={"name": "x"}).status_code == 405
    first = affiliate.delete("/v1/program").json()
    assert set(first) == {"data"} and len(first["data"]["confirmation_code"]) == 8
    assert affiliate.delete("/v1/program", json={"confirmation_code": "wrong123"}).status_code == 422
    second = affiliate.delete("/v1/program", json=first["data"])
    assert second.json() == {"status": 1, "message": "Program deleted successfully"}
    assert affiliate.get("/v1/program").json()["data"]["program"]["name"] != "Renamed"
    assert newsletter.delete("/v1/program").json() == {"status": 1}
    assert affiliate.get("/v1/test").json()["data"]["program"]["pub_id"]
    assert "overview_program_current_settings" in affiliate.get("/v1/program/overview").json()["data"]
    assert affiliate.put("/v1/settings", json={"settings": {"x": 1}}).status_code == 200


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
