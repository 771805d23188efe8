"""Update a subscriber named in the body: PUT /v1/subscribers

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...models.subscriber_reply import SubscriberReply
from ...models.subscriber_update_by_body import SubscriberUpdateByBody

METHOD = "PUT"
PATH = "/v1/subscribers"


def _get_kwargs(
    *,
    body: SubscriberUpdateByBody,
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


def _parse(response: httpx.Response) -> SubscriberReply:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = SubscriberReply.from_dict(jsonlib.loads(response.content))

    return response_200
