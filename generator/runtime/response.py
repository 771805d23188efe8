"""Raw access to a reply: status, headers and body next to the parsed envelope."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

T = TypeVar("T")


@attrs.frozen
class RawResponse(Generic[T]):
    """A successful reply with everything the server sent.

    `parsed` is the whole documented body (the envelope), not only its `data`.
    """

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)
