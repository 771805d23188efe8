"""Issue 15.6: GETs that change state (marked `x-partnero-state-changing` in the spec) are never
retried, and a DELETE whose retry answers 404 after an attempt that may have applied says so."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from partnero_client import InternalServerError, NotFoundError, PartneroError
from partnero_client.affiliate import AffiliateClient
from partnero_client.affiliate.models import PartnerReference

from generator.pipeline import ROOT
from generator.plan import retry_safe
from generator.views import operations

from .conftest import area
from .faults import FaultScript

AREA = area("15.6 state-changing GETs never retried")


@pytest.fixture
def faults() -> FaultScript:
    return FaultScript()


@pytest.fixture
def client(partnero_mock: Any, faults: FaultScript) -> Iterator[AffiliateClient]:
    http = httpx.Client(event_hooks={"request": [faults]})
    with AffiliateClient(
        api_key=partnero_mock.api_key, base_url=partnero_mock.base_url, http_client=http, max_retries=3
    ) as c:
        yield c
    http.close()


def _lead(client: AffiliateClient) -> int:
    partner = client.partners.create(email="owner@example.com")
    lead = client.leads.create(name="L", email="lead@example.com", partner=PartnerReference(id=partner.id))
    assert isinstance(lead.id, int)
    return lead.id


def test_the_spec_marks_the_state_changing_gets() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "partnero.yaml").read_text(encoding="utf-8"))
    marked = sorted(f"{m} {p}" for m, p, op in operations(spec) if m == "get" and not retry_safe(m, op))
    assert marked == ["get /v1/leads/convert", "get /v1/leads/reject"]


@pytest.mark.parametrize("fault", ["503;after", "reset;after", "500;after"])
@pytest.mark.parametrize("action", ["convert", "reject"])
def test_a_state_changing_get_is_applied_once_and_not_retried(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any, fault: str, action: str
) -> None:
    lead_id = _lead(client)
    faults.arm(fault)
    if action == "convert":
        outcome = AREA.run(lambda: client.leads.convert(id=lead_id, commission_transaction_amount=100))
    else:
        outcome = AREA.run(lambda: client.leads.reject(id=lead_id))
    AREA.double_applied += max(faults.attempts - 1, 0)  # a second attempt on an applied action
    assert isinstance(outcome, PartneroError) and not isinstance(outcome, NotFoundError), outcome
    assert faults.attempts == 1, "the state-changing GET was sent again"
    assert partnero_mock.applied(f"{action}Lead") == 1


def test_a_state_changing_get_is_still_retried_after_429(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any
) -> None:
    lead_id = _lead(client)
    faults.arm("429;retry-after=0")
    AREA.run(lambda: client.leads.convert(id=lead_id, commission_transaction_amount=100))
    assert faults.attempts == 2 and partnero_mock.applied("convertLead") == 1


def test_the_generic_request_can_mark_a_get_as_state_changing(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any
) -> None:
    lead_id = _lead(client)
    faults.arm("503;after")
    with pytest.raises(InternalServerError):
        client.request(
            "GET",
            "/v1/leads/convert",
            params={"id": lead_id, "commission_transaction_amount": 5},
            changes_state=True,
        )
    assert faults.attempts == 1 and partnero_mock.applied("convertLead") == 1
    AREA.cases += 1


@pytest.mark.parametrize("fault", ["503;after", "reset;after"])
def test_a_delete_whose_retry_answers_404_says_the_record_is_gone(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any, fault: str
) -> None:
    partner_id = client.partners.create(email="gone@example.com").id
    faults.arm(fault)
    outcome = AREA.run(lambda: client.partners.delete(partner_id))
    assert isinstance(outcome, NotFoundError), outcome
    assert faults.attempts == 2
    assert outcome.earlier_attempt_may_have_applied and outcome.attempts == 2
    assert partnero_mock.applied("deletePartner") == 1


def test_a_plain_404_on_delete_does_not_claim_an_earlier_attempt(client: AffiliateClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.partners.delete("no_such_partner")
    assert not caught.value.earlier_attempt_may_have_applied and caught.value.attempts == 1
    AREA.cases += 1
