"""Check the API key: GET /v1/test

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...models.test_key_reply import TestKeyReply

METHOD = "GET"
PATH = "/v1/test"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def _parse(response: httpx.Response) -> TestKeyReply:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = TestKeyReply.from_dict(jsonlib.loads(response.content))

    return response_200
