"""Retrieve a promotion code: GET /v1/promotion-codes/{code}

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._core import jsonlib
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
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> PromotionCodeEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PromotionCodeEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _unwrap(envelope: PromotionCodeEnvelope) -> PromotionCode:
    """The record inside the `data` envelope."""
    return envelope.data
