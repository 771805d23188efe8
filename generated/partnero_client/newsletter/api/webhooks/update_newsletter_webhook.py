"""Update a webhook subscription: PUT /v1/webhooks/{key}

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.params import path_segment
from ...._core.raw import observe
from ...models.webhook import Webhook
from ...models.webhook_envelope import WebhookEnvelope
from ...models.webhook_update import WebhookUpdate
from ...types import UNSET, Unset

METHOD = "PUT"
PATH = "/v1/webhooks/{key}"


def _get_kwargs(
    key: str,
    *,
    body: WebhookUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            key=path_segment("key", key),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> WebhookEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = WebhookEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> Webhook:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
