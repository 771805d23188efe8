"""Create a portal sign-in URL: POST /v1/partners:sign-in-url

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...models.partner_sign_in_url_envelope import PartnerSignInUrlEnvelope
from ...models.partner_sign_in_url_request import PartnerSignInUrlRequest

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
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> PartnerSignInUrlEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PartnerSignInUrlEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200
