"""Invite someone to the program: POST /v1/customers:invite

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.customer_result import CustomerResult
from ...models.referral_customer_invite import ReferralCustomerInvite

METHOD = "POST"
PATH = "/v1/customers:invite"


def _get_kwargs(
    *,
    body: ReferralCustomerInvite,
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


def _parse(response: httpx.Response) -> CustomerResult:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = CustomerResult.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> CustomerResult:
    """The whole reply."""
    return observe(response, _parse(response))
