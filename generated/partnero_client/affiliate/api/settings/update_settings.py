"""Update program settings: PUT /v1/settings

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.settings_reply import SettingsReply
from ...models.settings_update import SettingsUpdate
from ...models.stored_settings import StoredSettings
from ...types import Unset

METHOD = "PUT"
PATH = "/v1/settings"


def _get_kwargs(
    *,
    body: SettingsUpdate,
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


def _parse(response: httpx.Response) -> SettingsReply:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = SettingsReply.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> StoredSettings:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    if isinstance(data, Unset):
        raise KeyError("data")  # the schema allows leaving it out, but without it there is no result
    return data
