"""Convert a lead: GET /v1/leads/convert

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...models.lead import Lead
from ...models.lead_envelope import LeadEnvelope
from ...types import UNSET

METHOD = "GET"
PATH = "/v1/leads/convert"


def _get_kwargs(
    *,
    id: int,
    commission_transaction_amount: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["commission_transaction_amount"] = commission_transaction_amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        # Changes state although it is a GET (x-partnero-state-changing): never sent twice.
        "retry_safe": False,
    }

    return _kwargs


def _parse(response: httpx.Response) -> LeadEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = LeadEnvelope.from_dict(response.json())

    return response_200


def _unwrap(envelope: LeadEnvelope) -> Lead:
    """The record inside the `data` envelope."""
    return envelope.data
