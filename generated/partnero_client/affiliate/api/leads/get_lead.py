"""Retrieve a lead: GET /v1/leads/{id}

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._core import jsonlib
from ...models.lead import Lead
from ...models.lead_envelope import LeadEnvelope

METHOD = "GET"
PATH = "/v1/leads/{id}"


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> LeadEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = LeadEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _unwrap(envelope: LeadEnvelope) -> Lead:
    """The record inside the `data` envelope."""
    return envelope.data
