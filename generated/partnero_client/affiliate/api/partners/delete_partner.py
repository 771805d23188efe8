"""Delete a partner: DELETE /v1/partners/{id}

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._core import jsonlib
from ...models.status_only import StatusOnly

METHOD = "DELETE"
PATH = "/v1/partners/{id}"


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> StatusOnly:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = StatusOnly.from_dict(jsonlib.loads(response.content))

    return response_200
