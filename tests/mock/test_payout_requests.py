"""Payout requests of affiliate partners."""

from __future__ import annotations

from typing import Any

import pytest
from partnero_mock.domain import (
    partners,
    payout_requests,
    rewards,
    stats,
    transactions,
)
from partnero_mock.domain.errors import ActionFailed, ValidationFailed
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import affiliate_customer, affiliate_setup, ok_data, partner


def test_payout_life_cycle(program: Program) -> None:
    owner = partner(program)
    customer = affiliate_customer(program, owner)
    transactions.record_transactions(program, {"customer": {"key": customer.key}, "amount": 100})
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(program, {"partner": {"id": owner.id}, "amount_units": "eur"})
    payout = payout_requests.open_request(program, {"partner": {"id": owner.id}, "amount_units": "usd"})
    assert payout.amount == 30 and payout.status == "requested"
    with pytest.raises(ValidationFailed):  # everything is already in a request
        payout_requests.open_request(program, {"partner": {"id": owner.id}, "amount_units": "usd"})
    with pytest.raises(ActionFailed):
        payout_requests.mark_as_paid(program, payout)
    payout_requests.approve(program, payout)
    with pytest.raises(ActionFailed):
        payout_requests.approve(program, payout)
    payout_requests.mark_as_paid(program, payout)
    assert all(r.paid for r in program.rewards)
    assert stats.partner_figures(program, owner).paid == 30


def test_payout_gateway_details(program: Program) -> None:
    owner = partner(program)
    rewards.add_partner_bonus(program, owner, {"amount": 10})
    base: dict[str, Any] = {"partner": {"id": owner.id}, "amount_units": "USD"}
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(
            program, {**base, "gateway": "venmo", "payout_settings": {"recipient_type": "EMAIL"}}
        )
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(
            program, {**base, "gateway": "crypto", "payout_settings": {"wallet_address": "w"}}
        )
    partners.archive_partner(program, owner)
    with pytest.raises(ValidationFailed):
        payout_requests.open_request(program, base)


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
