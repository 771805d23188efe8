"""Small builders shared by the domain tests."""

from __future__ import annotations

import itertools
from typing import Any

from partnero_mock.domain import cascades, partners
from partnero_mock.domain.program import Program
from partnero_mock.domain.records.customers import Customer
from partnero_mock.domain.records.partners import Partner

_numbers = itertools.count(1)


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
