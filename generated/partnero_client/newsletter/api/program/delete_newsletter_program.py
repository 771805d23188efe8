"""Delete the program: DELETE /v1/program

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.newsletter_program_deletion import NewsletterProgramDeletion
from ...models.program_deletion_request import ProgramDeletionRequest
from ...types import UNSET, Unset

METHOD = "DELETE"
PATH = "/v1/program"


def _get_kwargs(
    *,
    body: ProgramDeletionRequest | Unset = UNSET,
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


def _parse(response: httpx.Response) -> NewsletterProgramDeletion:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = NewsletterProgramDeletion.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> NewsletterProgramDeletion:
    """The whole reply."""
    return observe(response, _parse(response))
