"""Retrieve the lead set-up: GET /v1/leads/details

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.lead_settings import LeadSettings
from ...models.lead_settings_envelope import LeadSettingsEnvelope

METHOD = "GET"
PATH = "/v1/leads/details"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def _parse(response: httpx.Response) -> LeadSettingsEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = LeadSettingsEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> LeadSettings:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
