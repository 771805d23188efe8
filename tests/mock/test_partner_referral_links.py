"""Referral links of affiliate partners."""

from __future__ import annotations

from .conftest import Api
from .helpers import affiliate_setup, ok_data


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
