"""Update the program: PUT /v1/program

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.program_message_reply import ProgramMessageReply
from ...models.program_update import ProgramUpdate
from ...types import UNSET, Unset

METHOD = "PUT"
PATH = "/v1/program"


def _get_kwargs(
    *,
    body: ProgramUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> ProgramMessageReply:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = ProgramMessageReply.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> ProgramMessageReply:
    """The whole reply."""
    return observe(response, _parse(response))
