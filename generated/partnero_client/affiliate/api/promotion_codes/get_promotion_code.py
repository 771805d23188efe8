"""Retrieve a promotion code: GET /v1/promotion-codes/{code}

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.params import path_segment
from ...._core.raw import observe
from ...models.promotion_code import PromotionCode
from ...models.promotion_code_envelope import PromotionCodeEnvelope

METHOD = "GET"
PATH = "/v1/promotion-codes/{code}"


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            code=path_segment("code", code),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> PromotionCodeEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PromotionCodeEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> PromotionCode:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
