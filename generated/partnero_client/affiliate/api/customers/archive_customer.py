"""Archive a customer: POST /v1/customers/{key}/archive

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.params import path_segment
from ...._core.raw import observe
from ...models.status_only import StatusOnly

METHOD = "POST"
PATH = "/v1/customers/{key}/archive"


def _get_kwargs(
    key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            key=path_segment("key", key),
        ),
        "retry_safe": False,
    }

    return _kwargs


def _parse(response: httpx.Response) -> StatusOnly:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = StatusOnly.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> StatusOnly:
    """The whole reply."""
    return observe(response, _parse(response))
