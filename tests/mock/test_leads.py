"""Leads of affiliate programs."""

from __future__ import annotations

import pytest
from partnero_mock.domain import (
    cascades,
    leads,
)
from partnero_mock.domain.errors import ActionFailed, InvalidReference, NotFound, ValidationFailed
from partnero_mock.domain.lookups.leads import get_lead
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import affiliate_setup, ok_data, partner


def test_lead_life_cycle(program: Program) -> None:
    owner = partner(program)
    lead = leads.submit_lead(
        program,
        {"name": "Alice", "email": "a@example.com", "partner": {"id": owner.id}, "cfields": {"89": "Acme"}},
    )
    assert lead.id == 1 and ("Company", "Acme") in lead.answers
    cascades.convert_lead(program, {"id": lead.id, "commission_transaction_amount": 500})
    assert lead.status == "converted"
    customer = program.customers.get(lead.converted_customer_uid)
    assert customer is not None and customer.partner_id == owner.id
    assert [r.amount for r in program.rewards] == [150.0]
    with pytest.raises(ActionFailed):
        leads.reject_lead(program, {"id": lead.id})
    with pytest.raises(NotFound):
        get_lead(program, 99)


def test_lead_needs_known_partner(program: Program) -> None:
    with pytest.raises(ValidationFailed):
        leads.submit_lead(program, {"name": "x", "email": "x@example.com"})
    with pytest.raises(InvalidReference):
        leads.submit_lead(program, {"name": "x", "email": "x@example.com", "partner": {"key": "ghost"}})


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
