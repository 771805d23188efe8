"""Raw access to a reply: status, headers and body next to the parsed envelope."""

from __future__ import annotations

import sys
from typing import Any, Generic

import attrs
import httpx

if sys.version_info >= (3, 13):
    from typing import TypeVar
else:  # TypeVar defaults (PEP 696) arrived in 3.13
    from typing_extensions import TypeVar

T = TypeVar("T")
# What the plain call returns; by default the envelope itself.
ResultT = TypeVar("ResultT", default=T)

_NOT_GIVEN: Any = object()


@attrs.frozen
class RawResponse(Generic[T, ResultT]):
    """A successful reply with everything the server sent.

    `parsed` is the whole documented body (the envelope), not only its `data`; `parse()` gives
    exactly what the plain call returns (the record, list or page).
    """

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)
    _result: ResultT = attrs.field(default=_NOT_GIVEN, repr=False, alias="result")

    def parse(self) -> ResultT:
        """What the same call without raw access returns."""
        if self._result is _NOT_GIVEN:
            result: ResultT = self.parsed  # type: ignore[assignment]  # built without a result: the envelope is it
            return result
        return self._result
