"""Update a customer (legacy): PUT /v1/customer

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...models.legacy_customer_reply import LegacyCustomerReply
from ...models.legacy_customer_update import LegacyCustomerUpdate

METHOD = "PUT"
PATH = "/v1/customer"


def _get_kwargs(
    *,
    body: LegacyCustomerUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> LegacyCustomerReply:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = LegacyCustomerReply.from_dict(jsonlib.loads(response.content))

    return response_200
