"""Create a portal sign-in URL: POST /v1/partners:sign-in-url

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.partner_sign_in_url import PartnerSignInUrl
from ...models.partner_sign_in_url_envelope import PartnerSignInUrlEnvelope
from ...models.partner_sign_in_url_request import PartnerSignInUrlRequest
from ...types import Unset

METHOD = "POST"
PATH = "/v1/partners:sign-in-url"


def _get_kwargs(
    *,
    body: PartnerSignInUrlRequest,
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


def _parse(response: httpx.Response) -> PartnerSignInUrlEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PartnerSignInUrlEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> PartnerSignInUrl:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    if isinstance(data, Unset):
        raise KeyError("data")  # the schema allows leaving it out, but without it there is no result
    return data
