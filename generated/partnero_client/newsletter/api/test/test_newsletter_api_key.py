"""Check the API key: GET /v1/test

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.test_key_data import TestKeyData
from ...models.test_key_reply import TestKeyReply
from ...types import Unset

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


def _result(response: httpx.Response) -> TestKeyData:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    if isinstance(data, Unset):
        raise KeyError("data")  # the schema allows leaving it out, but without it there is no result
    return data
