"""`DefaultAioHttpClient`: the async clients on aiohttp instead of httpcore (the `aiohttp` extra).

httpcore's async pool costs about 1.5 ms of CPU per call; aiohttp's is several times cheaper under
concurrency. Opting in is one argument:

    AsyncAffiliateClient(api_key=..., http_client=DefaultAioHttpClient())

The object is an `httpx.AsyncClient` (from httpx-aiohttp), so it also works wherever httpx is
expected. But the Partnero clients' own calls skip httpx's `send` (auth flows, hooks, cookies,
redirects and stream wrappers cost more CPU than aiohttp itself): `_partnero_exchange` hands the
Partnero client a lean exchange that sends the built request straight through this client's
aiohttp session and reads the body raw, under the same size and time limits. A client configured
in a way only httpx's `send` honours (proxies, event hooks, redirects, another transport) keeps
going through httpx.

Either way this module maps aiohttp's errors itself (httpx-aiohttp turns every dropped connection
into `httpx.ConnectTimeout`, which would tell the retry logic that a POST never reached the
server): only a failure to connect counts as "not sent".
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from .body import from_raw, too_large
from .errors import CHAIN_LIMIT, linked_errors

if TYPE_CHECKING:
    from .auth import Secret
    from .calls import CallPlan
    from .outgoing import Outgoing

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


def _detached(exc: BaseException) -> BaseException:
    """`exc` and its causes without their tracebacks: aiohttp's frames hold the request headers
    in plain mappings, which an error tracker would record with the key in them."""
    for item in linked_errors(exc):
        item.__traceback__ = None
    return exc


def _as_httpx_error(exc: BaseException, request: httpx.Request, secret: Secret) -> httpx.HTTPError:
    """The httpx error for aiohttp's, caused by aiohttp's stripped of its frames; unless that
    one shows the request's headers (ClientResponseError's repr does), then caused by nothing."""
    mapped = _mapped(exc)
    assert mapped is not None
    mapped.request = request
    cause = _detached(exc)
    mapped.__cause__ = None if _shows(cause, secret) else cause
    mapped.__suppress_context__ = True
    return mapped


def _shows(exc: BaseException, secret: Secret) -> bool:
    linked = linked_errors(exc)
    # The key is never bound to a local here: this frame may be in a traceback. A chain too long
    # to check whole counts as showing it.
    return len(linked) > CHAIN_LIMIT or any(
        secret.reveal() in repr(item) or secret.reveal() in str(item) for item in linked
    )


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    # httpx's trust store (certifi), built once per process rather than once per client: loading
    # it costs tens of milliseconds.
    return httpx.create_ssl_context()


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
        def __init__(self, **kwargs: Any) -> None:
            if "verify" not in kwargs and "cert" not in kwargs:
                # Handed in, not set afterwards: given no context, the parent loads the store
                # itself first.
                kwargs["verify"] = _default_ssl_context()
            super().__init__(**kwargs)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            with _aiohttp_errors():
                response = await super().handle_async_request(request)
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _Stream(response.stream)
            return response

        def session(self) -> aiohttp.ClientSession:
            if not isinstance(self.client, aiohttp.ClientSession):
                self.client = self.get_client()
            return self.client

    class _Exchange:
        """One attempt straight through aiohttp: the request as the client built it (never made
        into an httpx.Request unless something reads it, see outgoing.py), the key
        added as it goes out, the body read raw under the size limit, the attempt's deadline
        as aiohttp's total timeout. Returns a fully read httpx.Response, as the httpx route does."""

        def __init__(self, transport: _Transport) -> None:
            self._transport = transport

        async def send(self, plan: CallPlan, secret: Secret) -> httpx.Response:
            failure: BaseException | None = None
            try:
                return await self._send(plan, secret)
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                failure = exc
            # Raised outside the except block, with no local left holding aiohttp's error.
            mapped = _as_httpx_error(failure, plan.request, secret)
            del failure
            raise mapped

        async def _send(self, plan: CallPlan, secret: Secret) -> httpx.Response:
            outgoing = plan.outgoing
            limits = plan.limits
            remaining = plan.attempt_remaining()
            timeout = aiohttp.ClientTimeout(
                total=None if remaining == float("inf") else remaining,
                connect=limits.get("pool"),
                sock_connect=limits.get("connect"),
                sock_read=limits.get("read"),
            )
            method, url, headers, content = outgoing.wire()
            async with self._transport.session().request(
                method,
                url,
                # Built in the call, never bound to a name in this frame (see auth.py).
                headers=[*headers, ("Authorization", "Bearer " + secret.reveal())],
                data=content,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=timeout,
            ) as reply:
                limit = plan.max_response_bytes
                raw = bytearray()
                async for chunk in reply.content.iter_any():
                    raw += chunk
                    if len(raw) > limit:
                        raise too_large(reply.status, limit)
                return from_raw(
                    reply.status,
                    httpx.Headers(reply.raw_headers),
                    bytes(raw),
                    request=outgoing,
                    extensions={"http_version": b"HTTP/1.1", "reason_phrase": (reply.reason or "").encode()},
                    limit=limit,
                )

    class DefaultAioHttpClient(HttpxAiohttpClient):
        """An `httpx.AsyncClient` whose requests go through aiohttp; pass it as `http_client=`."""

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("follow_redirects", False)  # as the client's own default pool
            if "transport" not in kwargs:
                transport_keys = ("verify", "cert", "trust_env", "limits")
                kwargs["transport"] = _Transport(**{k: kwargs[k] for k in transport_keys if k in kwargs})
            super().__init__(**kwargs)
            transport = self._transport
            self._exchange = _Exchange(transport) if isinstance(transport, _Transport) else None

        def _partnero_exchange(self, outgoing: Outgoing) -> _Exchange | None:
            """The lean route for this request (the Partnero clients look for this method), or
            None when only httpx's `send` honours this client's settings or the request's body
            (proxies, event hooks, redirects, another transport, a streamed upload)."""
            hooks = self.event_hooks
            if (
                self._exchange is None
                or self._mounts
                or self.follow_redirects
                or hooks["request"]
                or hooks["response"]
                or not outgoing.in_memory()
            ):
                return None
            return self._exchange

else:

    class DefaultAioHttpClient(httpx.AsyncClient):
        """Stands in when the aiohttp extra is missing; says how to install it."""

        def __init__(self, **kwargs: Any) -> None:
            raise ImportError(_MISSING)


__all__ = ["AVAILABLE", "DefaultAioHttpClient"]
