"""The optional extras: orjson decoding (`fast-json`) and the aiohttp transport (`aiohttp`)."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import partnero_client
import pytest
from partnero_client import APIConnectionError
from partnero_client._core import jsonlib
from partnero_client.affiliate import AsyncAffiliateClient
from partnero_mock.pytest_plugin import PartneroMock

BODIES = [
    b'{"data": {"id": "p1", "amount": 1.25, "n": 3}}',
    b'{"a": NaN, "b": Infinity}',  # json accepts these; orjson alone would not
    '{"name": "é"}'.encode("utf-16"),  # json detects UTF-16; orjson alone would not
    b'"\\ud800"',  # a lone surrogate
    b'{"a": 1, "a": 2}',
    b"[1e400]",
    b"not json",
    b"",
]


def _outcome(loads: Callable[[bytes], Any], body: bytes) -> Any:
    try:
        return repr(loads(body))  # repr: NaN != NaN
    except ValueError as exc:
        return type(exc).__mro__[-3]  # ValueError, for json's and orjson's decode errors alike


@pytest.mark.parametrize("body", BODIES)
def test_fast_json_decodes_what_json_decodes(body: bytes) -> None:
    assert jsonlib.FAST  # the dev environment has the extra
    assert _outcome(jsonlib.fast_loads, body) == _outcome(json.loads, body)
    assert _outcome(jsonlib.stdlib_loads, body) == _outcome(json.loads, body)


async def test_aiohttp_client_talks_to_the_mock(partnero_mock: PartneroMock) -> None:
    http = partnero_client.DefaultAioHttpClient()
    async with AsyncAffiliateClient(
        api_key=partnero_mock.api_key, base_url=partnero_mock.base_url, http_client=http
    ) as client:
        created = await client.partners.create(email="aio@example.com")
        got = await asyncio.gather(*(client.partners.get(created.id) for _ in range(5)))
        assert {p.email for p in got} == {"aio@example.com"}
    await http.aclose()


@pytest.fixture
def hang_up() -> Iterator[tuple[str, list[int]]]:
    """A server that reads each request and closes the connection without a reply."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(1)
            conn.recv(65536)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    listener.close()


# aiohttp itself sends an idempotent request once more on a dropped connection: GET sees 3 or 6.
@pytest.mark.parametrize(("method", "tries"), [("get", {3, 6}), ("create", {1})])
async def test_a_dropped_connection_is_retried_only_when_safe(
    hang_up: tuple[str, list[int]], method: str, tries: set[int]
) -> None:
    origin, accepted = hang_up
    http = partnero_client.DefaultAioHttpClient()
    client = AsyncAffiliateClient(
        api_key="test_affiliate_k", base_url=origin, http_client=http, max_retries=2, allow_insecure_http=True
    )
    with pytest.raises(APIConnectionError):
        if method == "get":
            await client.partners.get("p1")
        else:  # the server may have booked it: a POST is never sent twice
            await client.partners.create(email="once@example.com")
    assert len(accepted) in tries
    await http.aclose()


async def test_refused_connection_is_an_api_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    http = partnero_client.DefaultAioHttpClient()
    client = AsyncAffiliateClient(
        api_key="test_affiliate_k",
        base_url=f"http://127.0.0.1:{port}",
        http_client=http,
        max_retries=0,
        allow_insecure_http=True,
    )
    with pytest.raises(APIConnectionError):
        await client.partners.create(email="x@example.com")
    await http.aclose()


WITHOUT_EXTRAS = """
import sys
for name in ("orjson", "aiohttp", "httpx_aiohttp"):
    sys.modules[name] = None  # as if the extras were not installed
import httpx
import httpx
import partnero_client
from partnero_client._core import jsonlib
from partnero_client.affiliate import AffiliateClient

assert not jsonlib.FAST and jsonlib.loads is jsonlib.stdlib_loads
reply = httpx.Response(200, json={"data": {"id": "p1", "email": "a@example.com"}})
http = httpx.Client(transport=httpx.MockTransport(lambda request: reply))
assert AffiliateClient(api_key="test_affiliate_k", http_client=http).partners.get("p1").id == "p1"
try:
    partnero_client.DefaultAioHttpClient()
except ImportError as exc:
    print(exc)
"""


def test_without_the_extras_the_stdlib_serves_and_the_hint_names_the_extra() -> None:
    proc = subprocess.run([sys.executable, "-c", WITHOUT_EXTRAS], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "pip install 'partnero-client[aiohttp]'" in proc.stdout


async def test_the_aiohttp_client_skips_httpx_send(
    partnero_mock: PartneroMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SDK's calls go straight through aiohttp; the same object still works as an httpx client."""

    async def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("httpx.AsyncClient.send was called")

    http = partnero_client.DefaultAioHttpClient()
    async with AsyncAffiliateClient(
        api_key=partnero_mock.api_key, base_url=partnero_mock.base_url, http_client=http
    ) as client:
        with monkeypatch.context() as patch:
            patch.setattr(httpx.AsyncClient, "send", refuse)
            created = await client.partners.create(email="lean@example.com")
            assert (await client.partners.get(created.id)).email == "lean@example.com"
        plain = await http.get(f"{partnero_mock.base_url}/v1/partners/{created.id}")
        # httpx's own route still works, and without the SDK's key
        assert plain.status_code >= 400 and "Authorization" not in plain.request.headers
    await http.aclose()


async def test_an_aiohttp_client_with_hooks_goes_through_httpx(partnero_mock: PartneroMock) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    http = partnero_client.DefaultAioHttpClient(event_hooks={"request": [hook]})
    async with AsyncAffiliateClient(
        api_key=partnero_mock.api_key, base_url=partnero_mock.base_url, http_client=http
    ) as client:
        await client.partners.create(email="hooked@example.com")
    assert seen == ["/v1/partners"]
    await http.aclose()


async def _exchange(transport: str, origin: str, key: str) -> dict[str, Any]:
    """What a caller sees of a raw reply and of an error, over one transport."""
    http = partnero_client.DefaultAioHttpClient() if transport == "aiohttp" else None
    seen: dict[str, Any] = {}
    async with AsyncAffiliateClient(api_key=key, base_url=origin, http_client=http, max_retries=0) as client:
        raw = await client.with_raw_response.partners.create(email=f"{transport}@example.com")
        partner = raw.parse()
        seen["raw"] = (raw.status_code, raw.headers["content-type"], type(raw.parsed).__name__)
        seen["created"] = partner.email
        with pytest.raises(partnero_client.NotFoundError) as caught:
            await client.partners.get("nobody")
        error = caught.value
        seen["error"] = (type(error), error.status_code, error.body, error.attempts, str(error))
        seen["error_headers"] = error.headers["content-type"]
    if http is not None:
        await http.aclose()
    return seen


async def test_both_async_transports_give_the_same_replies_and_errors(partnero_mock: PartneroMock) -> None:
    httpx_seen = await _exchange("httpx", partnero_mock.base_url, partnero_mock.api_key)
    aiohttp_seen = await _exchange("aiohttp", partnero_mock.base_url, partnero_mock.api_key)
    assert httpx_seen.pop("created") == "httpx@example.com"
    assert aiohttp_seen.pop("created") == "aiohttp@example.com"
    assert aiohttp_seen == httpx_seen


def test_aiohttp_clients_load_the_trust_store_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading certifi's store costs tens of milliseconds; a second client must reuse it."""
    import ssl

    from partnero_client._core import transports

    partnero_client.DefaultAioHttpClient()  # the first one may build it
    loads: list[object] = []
    real = httpx.create_ssl_context

    def counting(**kwargs: Any) -> ssl.SSLContext:
        verify = kwargs.get("verify", True)
        if not isinstance(verify, ssl.SSLContext):
            loads.append(verify)
        return real(**kwargs)

    monkeypatch.setattr(httpx, "create_ssl_context", counting)

    def context_of(client: httpx.AsyncClient) -> ssl.SSLContext:
        transport = client._transport
        assert isinstance(transport, transports._Transport)
        return transport.ssl_context

    second = partnero_client.DefaultAioHttpClient()
    assert loads == []
    assert context_of(second) is transports._default_ssl_context()
    custom = partnero_client.DefaultAioHttpClient(verify=False)  # settings of its own still apply
    assert loads == [False] and context_of(custom) is not transports._default_ssl_context()
