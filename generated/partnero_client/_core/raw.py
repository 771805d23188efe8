"""Raw access as a thin wrapper around the plain methods.

`with_raw_response.partners.get(...)` calls the plain `partners.get(...)` with a recorder set for
the current context; the generated reply parser hands the recorder the HTTP response and the
parsed envelope on its way through (`observe`). So the raw classes are one line per method, typed
by `ParamSpec` from the plain ones, and `RawResponse.parse()` is exactly the plain result.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from .errors import PartneroError

if TYPE_CHECKING:
    from .response import RawResponse

P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E")


class _Recorder:
    __slots__ = ("envelope", "response")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.envelope: Any = None


_recorder: ContextVar[_Recorder | None] = ContextVar("partnero_raw_recorder", default=None)


def observe(response: httpx.Response, envelope: E) -> E:
    """Called by every generated reply parser: remembers the reply when raw access asked for it."""
    recorder = _recorder.get()
    if recorder is not None:
        recorder.response, recorder.envelope = response, envelope
    return envelope


def _raw(recorder: _Recorder, result: Any) -> RawResponse[Any, Any]:
    response = recorder.response
    if response is None:  # a plain method that sent nothing; generated code never does this
        raise PartneroError("No reply was recorded for raw access.")
    # Every resource module imports this one; the reply type (and, before Python 3.13, the
    # typing_extensions it needs) loads on the first raw call instead.
    from .response import RawResponse

    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        content=response.content,
        parsed=recorder.envelope,
        http_response=response,
        result=result,
    )


def to_raw(method: Callable[P, R], parse: Callable[[httpx.Response], E]) -> Callable[P, RawResponse[E, R]]:
    """The raw form of a plain sync method; `parse` (the reply parser) names the envelope type."""
    del parse

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[E, R]:
        recorder = _Recorder()
        token = _recorder.set(recorder)
        try:
            result = method(*args, **kwargs)
        finally:
            _recorder.reset(token)
        return _raw(recorder, result)

    return wrapped


def to_async_raw(
    method: Callable[P, Awaitable[R]], parse: Callable[[httpx.Response], E]
) -> Callable[P, Awaitable[RawResponse[E, R]]]:
    """The raw form of a plain async method (or one returning an awaitable, like list pages)."""
    del parse

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[E, R]:
        recorder = _Recorder()
        token = _recorder.set(recorder)
        try:
            result = await method(*args, **kwargs)
        finally:
            _recorder.reset(token)
        return _raw(recorder, result)

    return wrapped
