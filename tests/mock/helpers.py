"""Small builders shared by the mock's tests."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from partnero_mock.domain import cascades, partners
from partnero_mock.domain.program import Program
from partnero_mock.domain.records.customers import Customer
from partnero_mock.domain.records.partners import Partner

if TYPE_CHECKING:
    from .conftest import Api

_numbers = itertools.count(1)

#: the smallest valid coupon
COUPON = {"coupon_discount_type": "percent", "coupon_discount_amount": 25, "coupon_duration_type": "once"}


def partner(program: Program, **fields: Any) -> Partner:
    return partners.create_partner(program, {"email": f"partner{next(_numbers)}@example.com", **fields})


def affiliate_customer(program: Program, owner: Partner, **fields: Any) -> Customer:
    data = {"key": f"customer_{next(_numbers)}", "partner": {"id": owner.id}, **fields}
    return cascades.create_customer(program, data)


def referral_customer(program: Program, referrer: Customer | None = None, **fields: Any) -> Customer:
    data: dict[str, Any] = dict(fields)
    if referrer is not None:
        data["referring_customer"] = {"id": referrer.id}
    return cascades.create_customer(program, data)


def ok_data(response: Any) -> Any:
    assert response.status_code in (200, 201), response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()["data"]


def affiliate_setup(api: Api) -> None:
    api.post("/v1/partners", json={"email": "john.doe@partnero.com", "id": "partner_123", "key": "ref_123"})
    api.post("/v1/customers", json={"partner": {"key": "ref_123"}, "key": "customer_123", "tags": ["new"]})
