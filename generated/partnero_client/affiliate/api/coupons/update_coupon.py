"""Update a coupon named in the body: PUT /v1/coupons

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.coupon import Coupon
from ...models.coupon_saved import CouponSaved
from ...models.coupon_update import CouponUpdate

METHOD = "PUT"
PATH = "/v1/coupons"


def _get_kwargs(
    *,
    body: CouponUpdate,
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


def _parse(response: httpx.Response) -> CouponSaved:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = CouponSaved.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> Coupon:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
