"""What the docs mark required is required in the program views, and so in the generated client."""

from __future__ import annotations

import inspect
from typing import Any

import jsonschema
import pytest
from partnero_client.affiliate.api.customers import CustomersResource as AffiliateCustomers
from partnero_client.affiliate.models import AffiliateCustomerUpdate, AffiliateProgramOverviewEnvelope
from partnero_client.referral.models import ReferralCustomerUpdate, ReferralProgramOverviewEnvelope

from generator.pipeline import load_source, program_views

VIEWS = program_views(load_source())


def _request_body(program: str, method: str, path: str) -> dict[str, Any]:
    body: dict[str, Any] = VIEWS[program]["paths"][path][method]["requestBody"]
    return body


def _valid(program: str, method: str, path: str, value: Any) -> bool:
    view = VIEWS[program]
    schema = _request_body(program, method, path)["content"]["application/json"]["schema"]
    validator = jsonschema.Draft202012Validator({**schema, "components": view["components"]})
    return validator.is_valid(value)


def test_affiliate_customer_create_needs_a_body() -> None:
    assert _request_body("affiliate", "post", "/v1/customers")["required"] is True
    assert _request_body("referral", "post", "/v1/customers")["required"] is False


@pytest.mark.parametrize("program", ["affiliate", "referral"])
def test_customer_update_by_path_needs_the_update_wrapper(program: str) -> None:
    assert not _valid(program, "put", "/v1/customers/{key}", {})
    assert _valid(program, "put", "/v1/customers/{key}", {"update": {"name": "Ann"}})


def test_generated_customer_updates_require_update() -> None:
    for model in (AffiliateCustomerUpdate, ReferralCustomerUpdate):
        with pytest.raises(KeyError):
            model.from_dict({})
    update = inspect.signature(AffiliateCustomers.update).parameters["update"]
    assert update.default is inspect.Parameter.empty


def test_referral_transaction_create_needs_an_amount_unless_batched() -> None:
    customer = {"customer": {"id": "customer_456"}}
    assert not _valid("referral", "post", "/v1/transactions", {**customer, "key": "t1"})
    assert _valid("referral", "post", "/v1/transactions", {**customer, "key": "t1", "amount": 9.5})
    batch = {**customer, "transactions": [{"key": "t1", "amount": 9.5}]}
    assert _valid("referral", "post", "/v1/transactions", batch)


def test_program_overview_envelopes_require_data() -> None:
    for model in (AffiliateProgramOverviewEnvelope, ReferralProgramOverviewEnvelope):
        with pytest.raises(KeyError):
            model.from_dict({"status": 1})
