"""Credit a customer's reward balance: POST /v1/customers/{id}/balance/credit

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.params import path_segment
from ...._core.raw import observe
from ...models.balance_credit import BalanceCredit
from ...models.balance_credit_outcome import BalanceCreditOutcome
from ...models.balance_credit_result import BalanceCreditResult
from ...types import Unset

METHOD = "POST"
PATH = "/v1/customers/{id}/balance/credit"


def _get_kwargs(
    id: str,
    *,
    body: BalanceCredit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=path_segment("id", id),
        ),
        "retry_safe": False,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> BalanceCreditResult:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = BalanceCreditResult.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> BalanceCreditOutcome:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    if isinstance(data, Unset):
        raise KeyError("data")  # the schema allows leaving it out, but without it there is no result
    return data
