"""Create a customer (legacy): POST /v1/customer

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.affiliate_customer import AffiliateCustomer
from ...models.affiliate_customer_envelope import AffiliateCustomerEnvelope
from ...models.legacy_customer_create import LegacyCustomerCreate

METHOD = "POST"
PATH = "/v1/customer"


def _get_kwargs(
    *,
    body: LegacyCustomerCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "retry_safe": False,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> AffiliateCustomerEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = AffiliateCustomerEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> AffiliateCustomer:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
