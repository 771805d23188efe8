"""The API key never leaks: not in logs, reprs, errors or tracebacks, and never to another host."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest
from partnero_client import APIStatusError, InsecureConfigurationError, PartneroError
from partnero_client.affiliate import AffiliateClient

KEY = "test_affiliate_sup3r_s3cret_v4lue"


def _everything_said(caplog: pytest.LogCaptureFixture, *objects: object) -> str:
    return "\n".join([caplog.text, *(repr(o) for o in objects), *(str(o) for o in objects)])


@pytest.mark.parametrize("status", [200, 401, 422, 500, 520])
def test_debug_logging_errors_and_tracebacks_never_show_the_key(
    status: int, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTNERO_LOG", "debug")
    echo = {"status": 0, "message": f"you sent {status}", "data": {"id": "p", "email": "a@example.com"}}
    transport = httpx.MockTransport(lambda r: httpx.Response(status, json=echo))
    client = AffiliateClient(api_key=KEY, http_client=httpx.Client(transport=transport), max_retries=0)
    caught: BaseException | None = None
    with caplog.at_level(logging.DEBUG, logger="partnero_client"):
        try:
            client.partners.get("p")
        except PartneroError as exc:
            caught = exc
    assert "request GET" in caplog.text and "<redacted>" in caplog.text
    said = _everything_said(caplog, client, client._config)
    if caught is not None:
        said += "".join(traceback.format_exception(caught))
    assert KEY not in said


def test_transport_errors_do_not_show_the_key() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused with headers {dict(request.headers)}", request=request)

    client = AffiliateClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(refuse)), max_retries=0
    )
    with pytest.raises(PartneroError) as caught:
        client.partners.get("p")
    assert KEY not in "".join(traceback.format_exception(caught.value))


def test_redirects_are_not_followed_with_the_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})

    client = AffiliateClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(APIStatusError):
        client.partners.get("p")
    assert [r.url.host for r in seen] == ["api.partnero.com"]


def test_a_following_http_client_of_your_own_drops_the_key_across_hosts() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.partnero.com":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})
        return httpx.Response(200, json={"data": {"id": "p", "email": "a@example.com"}})

    own = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    AffiliateClient(api_key=KEY, http_client=own).partners.get("p")
    assert seen[0].headers["Authorization"] == f"Bearer {KEY}"
    assert "Authorization" not in seen[1].headers


@pytest.mark.parametrize("url", ["http://api.partnero.com", "http://10.0.0.5:8080", "http://example.com/v1"])
def test_plain_http_is_refused_off_loopback(url: str) -> None:
    with pytest.raises(InsecureConfigurationError) as caught:
        AffiliateClient(api_key=KEY, base_url=url)
    assert KEY not in str(caught.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:4010", "http://localhost:4010/v1", "http://[::1]:4010"])
def test_plain_http_is_fine_on_loopback(url: str) -> None:
    assert AffiliateClient(api_key=KEY, base_url=url).base_url.startswith("http://")
