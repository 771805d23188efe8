"""Look up a partner: GET /v1/partner

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.partner import Partner
from ...models.partner_envelope import PartnerEnvelope
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v1/partner"


def _get_kwargs(
    *,
    key: str | Unset = UNSET,
    email: str | Unset = UNSET,
    id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key"] = key

    params["email"] = email

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> PartnerEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PartnerEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> Partner:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
