"""Delete a customer (legacy): DELETE /v1/customer

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.legacy_customer_key import LegacyCustomerKey
from ...models.status_only import StatusOnly

METHOD = "DELETE"
PATH = "/v1/customer"


def _get_kwargs(
    *,
    body: LegacyCustomerKey,
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


def _parse(response: httpx.Response) -> StatusOnly:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = StatusOnly.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> StatusOnly:
    """The whole reply."""
    return observe(response, _parse(response))
