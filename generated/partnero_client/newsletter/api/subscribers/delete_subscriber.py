"""Delete a subscriber named in the body: DELETE /v1/subscribers

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.subscriber_deletion import SubscriberDeletion
from ...models.subscriber_locator import SubscriberLocator

METHOD = "DELETE"
PATH = "/v1/subscribers"


def _get_kwargs(
    *,
    body: SubscriberLocator,
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


def _parse(response: httpx.Response) -> SubscriberDeletion:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = SubscriberDeletion.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> SubscriberDeletion:
    """The whole reply."""
    return observe(response, _parse(response))
