"""Delete a promotion code named in the body: DELETE /v1/promotion-codes

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.promotion_code_delete import PromotionCodeDelete
from ...models.promotion_code_deleted import PromotionCodeDeleted
from ...models.promotion_code_deleted_data import PromotionCodeDeletedData

METHOD = "DELETE"
PATH = "/v1/promotion-codes"


def _get_kwargs(
    *,
    body: PromotionCodeDelete,
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


def _parse(response: httpx.Response) -> PromotionCodeDeleted:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PromotionCodeDeleted.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> PromotionCodeDeletedData:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
