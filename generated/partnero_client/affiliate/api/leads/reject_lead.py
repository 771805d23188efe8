"""Reject a lead: GET /v1/leads/reject

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.lead import Lead
from ...models.lead_envelope import LeadEnvelope
from ...types import UNSET

METHOD = "GET"
PATH = "/v1/leads/reject"


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "retry_safe": False,
    }

    return _kwargs


def _parse(response: httpx.Response) -> LeadEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = LeadEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> Lead:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
