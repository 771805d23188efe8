"""Retrieve a customer's referral statistics: GET /v1/customers/{id}/stats

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.params import path_segment
from ...._core.raw import observe
from ...models.referral_customer_stats import ReferralCustomerStats
from ...models.referral_customer_stats_envelope import ReferralCustomerStatsEnvelope

METHOD = "GET"
PATH = "/v1/customers/{id}/stats"


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=path_segment("id", id),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> ReferralCustomerStatsEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = ReferralCustomerStatsEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> ReferralCustomerStats:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
