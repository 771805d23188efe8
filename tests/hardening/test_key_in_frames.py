"""Issue 15.1: the key never reaches an error tracker. For each kind of error, sync and async, every
local of every frame in the traceback (and its causes) is taken apart as Sentry would, and the key
must not be in it. Proxy credentials in base_url are redacted in reprs, logs and messages."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from partnero_client import PartneroError
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient

from .async_transports import ASYNC_TRANSPORTS, async_client, fixed_reply_server
from .conftest import area
from .leaks import recorded

KEY = "test_affiliate_n3ver_in_a_frame_9f8e7d"
PROXY_SECRET = "pr0xy_pa55w0rd"
AREA = area("15.1 key never in traceback frames")
FRAMES = [0]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _reply(status: int, body: bytes = b'{"message": "x"}') -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=body, headers={"Content-Type": "application/json"})


def _raise(exc: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc("failed", request=request)

    return handler


MOCKED: dict[str, Callable[[httpx.Request], httpx.Response]] = {
    "404 NotFoundError": _reply(404),
    "401 AuthenticationError": _reply(401),
    "422 UnprocessableEntityError": _reply(422, b'{"errors": {"email": ["taken"]}}'),
    "503 after retries": _reply(503),
    "misfit 200": _reply(200, b'{"data": {"email": 5}}'),
    "read timeout": _raise(httpx.ReadTimeout),
    "connect error": _raise(httpx.ConnectError),
    "remote protocol error": _raise(httpx.RemoteProtocolError),
}


def _check(exc: BaseException, case: str) -> None:
    text, frames = recorded(exc)
    AREA.cases += 1
    FRAMES[0] += frames
    AREA.notes["frames walked"] = str(FRAMES[0])
    if not isinstance(exc, PartneroError):
        AREA.escapes += 1
    AREA.leak_check(text, KEY)
    assert isinstance(exc, PartneroError), (case, type(exc))
    assert KEY not in text, f"{case}: the key is in the recorded frames"


@pytest.mark.parametrize("case", sorted(MOCKED))
def test_mocked_failures_keep_the_key_out_of_every_frame(case: str) -> None:
    http = httpx.Client(transport=httpx.MockTransport(MOCKED[case]))
    client = AffiliateClient(api_key=KEY, http_client=http, max_retries=1)
    client_calls: list[Callable[[], Any]] = [
        lambda: client.partners.get("p"),
        lambda: client.partners.create(email="a@example.com"),
    ]
    for call in client_calls:
        with pytest.raises(PartneroError) as caught:
            call()
        _check(caught.value, case)


@pytest.mark.parametrize("case", sorted(MOCKED))
async def test_async_failures_keep_the_key_out_of_every_frame(case: str) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(MOCKED[case]))
    client = AsyncAffiliateClient(api_key=KEY, http_client=http, max_retries=0)
    with pytest.raises(PartneroError) as caught:
        await client.partners.get("p")
    _check(caught.value, f"async {case}")


def test_real_socket_failures_keep_the_key_out_of_every_frame(partnero_mock: Any) -> None:
    refused = AffiliateClient(api_key=KEY, base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=0)
    with pytest.raises(PartneroError) as caught:
        refused.partners.get("p")
    _check(caught.value, "connection refused")
    for fault in ("reset", "503", "reset;after"):
        with AffiliateClient(
            api_key=KEY,
            base_url=partnero_mock.base_url,
            default_headers={"X-Mock-Fault": fault},
            max_retries=1,
            timeout=2.0,
        ) as client:
            with pytest.raises(PartneroError) as caught:
                client.partners.get("p")
            _check(caught.value, f"over a socket: {fault}")
            with pytest.raises(PartneroError) as caught:
                client.partners.create(email="frames@example.com")
            _check(caught.value, f"over a socket, create: {fault}")


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
async def test_async_real_socket_failures_keep_the_key_out_of_every_frame(
    partnero_mock: Any, transport: str
) -> None:
    async with async_client(
        transport, api_key=KEY, base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=0
    ) as refused:
        with pytest.raises(PartneroError) as caught:
            await refused.partners.get("p")
        _check(caught.value, f"async ({transport}) connection refused")
    # aiohttp's error for a malformed reply shows the request's headers in its repr. (Under h11
    # the same reply leaves a half-built object whose repr fails in traceback's capture_locals.)
    malformed = b"HTTP/1.1 200 OK\r\nContent-Length: nonsense\r\n\r\n" if transport == "aiohttp" else b""
    with fixed_reply_server(malformed or b"HTTP/1.1 200 OK\r\n") as url:
        async with async_client(transport, api_key=KEY, base_url=url, max_retries=0) as broken:
            with pytest.raises(PartneroError) as caught:
                await broken.partners.get("p")
            _check(caught.value, f"async ({transport}) malformed reply")
    for fault in ("reset", "503", "reset;after"):
        async with async_client(
            transport,
            api_key=KEY,
            base_url=partnero_mock.base_url,
            default_headers={"X-Mock-Fault": fault},
            max_retries=1,
            timeout=2.0,
        ) as client:
            with pytest.raises(PartneroError) as caught:
                await client.partners.get("p")
            _check(caught.value, f"async ({transport}) over a socket: {fault}")
            with pytest.raises(PartneroError) as caught:
                await client.partners.create(email="frames@example.com")
            _check(caught.value, f"async ({transport}) over a socket, create: {fault}")


def test_the_key_is_not_in_the_client_config_or_auth_reprs() -> None:
    client = AffiliateClient(api_key=KEY)
    for value in (client, client._config, client._config.api_key, client._auth, vars(client)):
        assert KEY not in repr(value)


def test_proxy_credentials_in_base_url_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    base = f"https://gateway:{PROXY_SECRET}@proxy.example.com"
    outcomes = iter([httpx.Response(404, json={"message": "nope"})])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/refuse"):
            raise httpx.ConnectError("refused", request=request)
        return next(outcomes)

    client = AffiliateClient(
        api_key=KEY,
        base_url=base,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    said = [repr(client), repr(client._config)]
    with caplog.at_level(logging.DEBUG, logger="partnero_client"):
        for call in (lambda: client.partners.get("p"), lambda: client.request("GET", "/v1/refuse")):
            with pytest.raises(PartneroError) as caught:
                call()
            said += [str(caught.value), repr(caught.value)]
    said.append(caplog.text)
    assert "proxy.example.com" in caplog.text
    assert all(PROXY_SECRET not in s for s in said)
    with pytest.raises(PartneroError) as bad:
        AffiliateClient(api_key=KEY, base_url=f"ftp://gateway:{PROXY_SECRET}@proxy.example.com")
    assert PROXY_SECRET not in str(bad.value)
