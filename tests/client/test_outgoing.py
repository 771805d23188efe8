"""Requests built without httpx (`_core/outgoing.py`): the same bytes httpx would send, and no
`httpx.Request` on DefaultAioHttpClient's route until something reads one."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import quote

import httpx
import partnero_client
import pytest
from partnero_client import RequestOptions
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_mock.pytest_plugin import PartneroMock

KEY = "test_affiliate_outgoing"

BASES = [
    "http://127.0.0.1:8000",
    "https://API.Partnero.COM",
    "https://api.partnero.com:443/prefix",
    "http://localhost:80/v1",
]
PATHS = [
    "/v1/partners",
    "/v1/partners/" + quote("partner_00001", safe=""),
    "/v1/partners/" + quote("a b/ü?#%", safe=""),
    "/v1/odd path/é",  # the generic request() takes any path: httpx normalises it
    "/v1/partners?sort=name",
    "/v1/a%zz",
]
PARAMS: list[dict[str, Any]] = [
    {},
    {"limit": 15, "page": 1},
    {"q": "a b&c=d+e", "name": "é ü 😀"},
    {"flag": True, "off": False, "none": None, "x": 1.5},
    {"ids": ["a", "b c"]},
    {"slash": "/?#[]@!$'()*,;"},
]
BODIES: list[Any] = [None, {"email": "é@example.com", "n": [1, 2.5, None, True]}, ["a", {"b": "😀"}]]


def _reference(
    client: AffiliateClient, method: str, path: str, params: dict[str, Any], body: Any
) -> httpx.Request:
    """What httpx itself builds from the same inputs, with the client's headers."""
    http = client._http
    url = httpx.URL(client.base_url + path)
    if params:
        url = url.copy_merge_params(params)
    headers = httpx.Headers(http.headers)
    headers.update(client._default_headers)
    return httpx.Request(method, url, headers=headers, json=body)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", PARAMS)
def test_a_request_built_by_hand_is_the_one_httpx_builds(
    base: str, path: str, params: dict[str, Any]
) -> None:
    client = AffiliateClient(api_key=KEY, base_url=base)
    for body in BODIES:
        method = "GET" if body is None else "POST"
        spec: dict[str, Any] = {"method": method, "url": path, "params": params}
        if body is not None:
            spec["json"] = body
        outgoing = client._build(spec, None)
        expected = _reference(client, method, path, params, body)
        assert not outgoing.prebuilt
        assert outgoing.url == str(expected.url)
        assert outgoing.content == (expected.content or None)
        sent = outgoing.request
        assert (sent.method, sent.url, sent.content) == (expected.method, expected.url, expected.content)
        assert dict(sent.headers) == dict(expected.headers)
        method_sent, url_sent, headers_sent, content_sent = outgoing.wire()
        assert (method_sent, url_sent, content_sent) == (method, str(expected.url), outgoing.content)
        assert {k.lower(): v for k, v in headers_sent} == {
            k: v for k, v in dict(expected.headers).items() if k not in ("host", "content-length")
        }


def test_a_body_httpx_could_not_encode_is_refused_before_sending() -> None:
    client = AffiliateClient(api_key=KEY)
    with pytest.raises(ValueError, match="JSON"):
        client._build({"method": "POST", "url": "/v1/partners", "json": {"amount": math.nan}}, None)


def test_cookies_on_the_http_client_still_go_through_httpx() -> None:
    http = httpx.Client(cookies={"session": "s1"})
    client = AffiliateClient(api_key=KEY, http_client=http)
    outgoing = client._build({"method": "GET", "url": "/v1/partners", "params": {"limit": 5}}, None)
    assert outgoing.prebuilt
    assert outgoing.request.headers["cookie"] == "session=s1"
    assert outgoing.url == "https://api.partnero.com/v1/partners?limit=5"


@pytest.fixture
def counted_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URL of every httpx.Request built while the test runs."""
    built: list[str] = []
    real = httpx.Request.__init__

    def counting(self: httpx.Request, method: str, url: Any, *args: Any, **kwargs: Any) -> None:
        built.append(f"{method} {url}")
        real(self, method, url, *args, **kwargs)

    monkeypatch.setattr(httpx.Request, "__init__", counting)
    return built


async def test_the_aiohttp_route_builds_no_httpx_request_until_one_is_read(
    partnero_mock: PartneroMock, counted_requests: list[str]
) -> None:
    http = partnero_client.DefaultAioHttpClient()
    try:
        async with AsyncAffiliateClient(
            api_key=partnero_mock.api_key, base_url=partnero_mock.base_url, http_client=http
        ) as client:
            options = RequestOptions(extra_query={"x": "1"})
            created = await client.partners.create(email="lazy@example.com", name="Lazy")
            assert (await client.partners.get(created.id, request_options=options)).name == "Lazy"
            raw = await client.with_raw_response.partners.get(created.id)
            assert counted_requests == []

            request = raw.http_response.request  # built now, from what was sent
            assert counted_requests == [f"GET {client.base_url}/v1/partners/{created.id}"]
            assert request.method == "GET" and request.url.path == f"/v1/partners/{created.id}"
            assert "authorization" not in request.headers  # the key is added as the request goes out
            assert raw.http_response.request is request
    finally:
        await http.aclose()


async def test_the_httpx_route_sends_the_built_url_with_the_attempts_timeouts(
    partnero_mock: PartneroMock,
) -> None:
    async with AsyncAffiliateClient(api_key=partnero_mock.api_key, base_url=partnero_mock.base_url) as client:
        raw = await client.with_raw_response.partners.list(limit=3)
        sent = raw.http_response.request
        assert str(sent.url) == f"{client.base_url}/v1/partners?limit=3&page=1"
        assert sent.extensions["timeout"]["read"] is not None  # this attempt's limits reached httpx


def test_headers_set_on_the_http_client_later_are_sent() -> None:
    """The client's own headers are read once and re-read whenever the HTTP client's change."""
    http = httpx.Client(headers={"x-team": "a"})
    client = AffiliateClient(api_key=KEY, http_client=http)
    spec = {"method": "GET", "url": "/v1/partners"}
    assert client._build(spec, None).headers["x-team"] == "a"
    http.headers["x-team"] = "b"
    http.headers["x-trace"] = "t1"
    sent = client._build(spec, None).headers
    assert (sent["x-team"], sent["x-trace"]) == ("b", "t1")
    del http.headers["x-trace"]
    assert "x-trace" not in client._build(spec, None).headers
    assert client.with_options(max_retries=0)._build(spec, None).headers["x-team"] == "b"
    copy = client.with_options(default_headers={"X-Team": "ours"})  # the client's own win
    assert copy._build(spec, None).headers["x-team"] == "ours"
    assert client._build(spec, None).headers["x-team"] == "b"


def _public_view(response: httpx.Response) -> dict[str, Any]:
    def outcome(read: Any) -> Any:
        try:
            return read()
        except Exception as exc:  # noqa: BLE001 - the same failure is part of the same behaviour
            return type(exc)

    return {
        "status": (response.status_code, response.reason_phrase, response.http_version),
        "headers": response.headers.multi_items(),
        "content": (response.content, response.text, outcome(response.json), response.read()),
        "state": (response.is_closed, response.is_stream_consumed, response.num_bytes_downloaded),
        "encoding": (response.encoding, response.charset_encoding),
        "iterated": outcome(lambda: list(response.iter_bytes())),
        "raw": outcome(lambda: list(response.iter_raw())),
        "elapsed": outcome(lambda: response.elapsed),
        "success": (response.is_success, response.is_error),
        "links": response.links,
    }


@pytest.mark.parametrize("built", [False, True], ids=["outgoing", "httpx-request"])
@pytest.mark.parametrize("body", [b"", b'{"data": {"id": "p1", "name": "\xc3\xa9"}}', b"\x00" * 70_000])
def test_a_reply_read_here_behaves_as_httpx_s_own(body: bytes, built: bool) -> None:
    from partnero_client._core.body import ReadReply

    client = AffiliateClient(api_key=KEY)
    outgoing = client._build({"method": "GET", "url": "/v1/partners"}, None)
    request = outgoing.request if built else outgoing
    headers = httpx.Headers({"content-type": "application/json", "content-length": str(len(body))})
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    ours = ReadReply(200, headers=headers, content=body, extensions=extensions, request=request)
    theirs = httpx.Response(
        200, headers=headers, content=body, extensions=extensions, request=outgoing.request
    )
    assert _public_view(ours) == _public_view(theirs)
    assert ours.request is outgoing.request


def test_form_data_files_and_cookies_of_a_request_still_go_through_httpx() -> None:
    client = AffiliateClient(api_key=KEY)
    spec: dict[str, Any] = {"method": "POST", "url": "/v1/imports", "params": {"dry": True}}
    upload = client._build({**spec, "files": {"file": ("a.csv", b"id\n1\n")}}, None)
    assert upload.prebuilt and not upload.in_memory()  # a multipart stream: only httpx sends it
    assert upload.request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert upload.url == "https://api.partnero.com/v1/imports?dry=true"
    form = client._build({**spec, "data": {"a": "1 2"}}, None)
    assert (form.prebuilt, form.in_memory(), form.request.content) == (True, True, b"a=1+2")
    raw = client._build({**spec, "content": b"\x00\x01"}, None)
    assert raw.wire()[3] == b"\x00\x01" and raw.request.headers["content-length"] == "2"
    cookies = client._build({**spec, "cookies": {"c": "v"}, "json": {"x": 1}}, None)
    assert cookies.request.headers["cookie"] == "c=v" and cookies.request.content == b'{"x":1}'
    assert cookies.url == "https://api.partnero.com/v1/imports?dry=true"
