"""Submit a lead: POST /v1/leads

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.lead import Lead
from ...models.lead_create import LeadCreate
from ...models.lead_envelope import LeadEnvelope

METHOD = "POST"
PATH = "/v1/leads"


def _get_kwargs(
    *,
    body: LeadCreate,
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


def _parse(response: httpx.Response) -> LeadEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_201 = LeadEnvelope.from_dict(jsonlib.loads(response.content))

    return response_201


def _result(response: httpx.Response) -> Lead:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
