"""`DefaultAioHttpClient`: the async clients on aiohttp instead of httpcore (the `aiohttp` extra).

httpcore's async pool costs about 1.5 ms of CPU per call; aiohttp's is several times cheaper under
concurrency. Opting in is one argument:

    AsyncAffiliateClient(api_key=..., http_client=DefaultAioHttpClient())

The transport comes from httpx-aiohttp. Its own error mapping turns every dropped connection into
`httpx.ConnectTimeout`, which would tell the retry logic that a POST never reached the server, so
this module maps aiohttp's errors itself: only a failure to connect counts as "not sent".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient
except ImportError:  # the extra is not installed
    AVAILABLE = False
else:
    AVAILABLE = True

_MISSING = "DefaultAioHttpClient needs the aiohttp extra: pip install 'partnero-client[aiohttp]'"


def _mapped(exc: BaseException) -> httpx.TransportError | None:
    """The httpx error that says what happened to the request, for retries and messages."""
    cause = exc
    while isinstance(cause, httpx.HTTPError) and cause.__cause__ is not None:
        cause = cause.__cause__  # httpx-aiohttp's own mapping wraps aiohttp's error
    message = str(cause) or type(cause).__name__
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(cause, aiohttp.ClientConnectorError):  # DNS, refused, TLS: nothing was sent
        return httpx.ConnectError(message)
    if isinstance(cause, aiohttp.ServerTimeoutError | TimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(cause, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message)
    if isinstance(cause, aiohttp.ClientError | OSError):  # the request may have been sent
        return httpx.ReadError(message)
    if isinstance(exc, httpx.TransportError):
        return exc
    return None


@contextmanager
def _aiohttp_errors() -> Iterator[None]:
    try:
        yield
    except (httpx.HTTPError, aiohttp.ClientError, TimeoutError, OSError) as exc:
        mapped = _mapped(exc)
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc


if TYPE_CHECKING or AVAILABLE:

    class _Stream(httpx.AsyncByteStream):
        def __init__(self, inner: httpx.AsyncByteStream) -> None:
            self._inner = inner

        async def __aiter__(self) -> AsyncIterator[bytes]:
            with _aiohttp_errors():
                async for chunk in self._inner:
                    yield chunk

        async def aclose(self) -> None:
            with _aiohttp_errors():
                await self._inner.aclose()

    class _Transport(AiohttpTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            with _aiohttp_errors():
                response = await super().handle_async_request(request)
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _Stream(response.stream)
            return response

    class DefaultAioHttpClient(HttpxAiohttpClient):
        """An `httpx.AsyncClient` whose requests go through aiohttp; pass it as `http_client=`."""

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("follow_redirects", False)  # as the client's own default pool
            if "transport" not in kwargs:
                transport_keys = ("verify", "cert", "trust_env", "limits")
                kwargs["transport"] = _Transport(**{k: kwargs[k] for k in transport_keys if k in kwargs})
            super().__init__(**kwargs)

else:

    class DefaultAioHttpClient(httpx.AsyncClient):
        """Stands in when the aiohttp extra is missing; says how to install it."""

        def __init__(self, **kwargs: Any) -> None:
            raise ImportError(_MISSING)


__all__ = ["AVAILABLE", "DefaultAioHttpClient"]
