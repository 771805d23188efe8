"""The shared runtime through httpx.MockTransport: errors, retries, pages, configuration, secrets."""

from __future__ import annotations

import io
import json
import logging
import socket
import ssl
from collections.abc import Callable
from typing import Any

import httpx
import partnero_client
import pytest
from partnero_client import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InsecureConfigurationError,
    InternalServerError,
    NotFoundError,
    PartneroError,
    RateLimitError,
    RequestOptions,
    ResponseValidationError,
    UnprocessableEntityError,
)
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_client.affiliate.models import Partner

KEY = "test_affiliate_secret_key_123"
PARTNER = {"id": "partner_1", "email": "a@example.com", "name": "A", "status": "active"}


def _client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> AffiliateClient:
    return AffiliateClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
    )


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr("partnero_client._core.http.time.sleep", recorded.append)
    return recorded


def test_get_sends_auth_accept_and_user_agent_and_returns_data() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": PARTNER, "status": 1})

    partner = _client(handler).partners.get("partner_1")
    assert isinstance(partner, Partner)
    assert partner.email == "a@example.com"
    request = seen[0]
    assert request.url == "https://api.partnero.com/v1/partners/partner_1"
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == f"partnero-python/{partnero_client.__version__}"


def test_path_values_are_escaped() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode())
        return httpx.Response(200, json={"data": PARTNER})

    _client(handler).partners.get("a/b?c")
    assert seen == ["/v1/partners/a%2Fb%3Fc"]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (520, InternalServerError),
        (418, partnero_client.APIStatusError),
        (302, partnero_client.APIStatusError),
    ],
)
def test_error_statuses_raise_typed_errors(
    status: int, error: type[PartneroError], sleeps: list[float]
) -> None:
    body = {"status": 0, "message": "nope", "errors": {"email": ["taken"]}}
    client = _client(lambda r: httpx.Response(status, json=body), max_retries=0)
    with pytest.raises(error) as caught:
        client.partners.get("x")
    assert type(caught.value) is error
    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert caught.value.message == "nope"
    if status == 422:
        assert caught.value.errors == {"email": ["taken"]}  # type: ignore[attr-defined]


def test_non_json_error_body_still_gives_a_typed_error() -> None:
    client = _client(lambda r: httpx.Response(502, text="<html>Bad gateway</html>"), max_retries=0)
    with pytest.raises(InternalServerError) as caught:
        client.partners.get("x")
    assert caught.value.body == "<html>Bad gateway</html>"


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'{"data": []}', b'{"data": {"email": 5}}', b'{"status": 1}', b""],
)
def test_misfit_success_bodies_raise_response_validation_error(body: bytes) -> None:
    client = _client(lambda r: httpx.Response(200, content=body))
    with pytest.raises(ResponseValidationError):
        client.partners.get("x")


def test_get_is_retried_on_5xx_then_succeeds(sleeps: list[float]) -> None:
    replies = iter([httpx.Response(503), httpx.Response(500), httpx.Response(200, json={"data": PARTNER})])
    client = _client(lambda r: next(replies), max_retries=2)
    assert client.partners.get("partner_1").id == "partner_1"
    assert len(sleeps) == 2 and all(0 < s <= 8 for s in sleeps)


def test_retry_after_is_honoured_and_capped(sleeps: list[float]) -> None:
    replies = iter(
        [
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(429, headers={"Retry-After": "100000"}),
            httpx.Response(200, json={"data": PARTNER}),
        ]
    )
    _client(lambda r: next(replies), max_retries=2).partners.get("partner_1")
    assert sleeps == [3.0, 30.0]


def test_post_is_not_retried_on_5xx(sleeps: list[float]) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503)

    with pytest.raises(InternalServerError):
        _client(handler, max_retries=3).partners.create(email="a@example.com")
    assert calls == [1] and sleeps == []


def test_post_is_retried_on_429(sleeps: list[float]) -> None:
    replies = iter([httpx.Response(429), httpx.Response(200, json={"data": PARTNER})])
    assert _client(lambda r: next(replies), max_retries=1).partners.create(email="a@example.com").id


def test_post_is_retried_when_the_connection_was_never_made(sleeps: list[float]) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"data": PARTNER})

    _client(handler, max_retries=2).partners.create(email="a@example.com")
    assert len(calls) == 2


def test_post_is_not_retried_after_a_read_timeout(sleeps: list[float]) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(APITimeoutError):
        _client(handler, max_retries=3).partners.create(email="a@example.com")
    assert calls == [1]


def test_connection_errors_become_api_connection_error_after_retries(sleeps: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(APIConnectionError):
        _client(handler, max_retries=2).partners.get("x")
    assert len(sleeps) == 2


def test_per_call_max_retries_overrides_the_client(sleeps: list[float]) -> None:
    client = _client(lambda r: httpx.Response(503), max_retries=5)
    with pytest.raises(InternalServerError):
        client.partners.get("x", request_options=RequestOptions(max_retries=0))
    assert sleeps == []


def _page(n: int, next_url: str | None) -> dict[str, Any]:
    return {
        "data": [{**PARTNER, "id": f"p{n}-{i}"} for i in range(2)],
        "links": {"first": "x", "last": None, "prev": None, "next": next_url},
        "meta": {"current_page": n, "from": 1, "path": "x", "per_page": 2, "to": 2},
    }


def test_iterating_a_page_follows_next_links_and_keeps_the_limit() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        page = int(request.url.params.get("page", "1"))
        following = f"https://api.partnero.com/v1/partners?page={page + 1}" if page < 3 else None
        return httpx.Response(200, json=_page(page, following))

    page = _client(handler).partners.list(limit=2)
    assert [p.id for p in page.data] == ["p1-0", "p1-1"]
    assert page.has_next_page()
    assert [p.id for p in page] == [f"p{n}-{i}" for n in (1, 2, 3) for i in range(2)]
    assert [u.params.get("limit") for u in seen] == ["2", "2", "2"]


def test_a_next_link_to_another_host_is_refused() -> None:
    page = _client(lambda r: httpx.Response(200, json=_page(1, "https://evil.example/v1/partners?page=2")))
    first = page.partners.list()
    with pytest.raises(PartneroError, match="another host"):
        first.next_page()


def test_raw_response_exposes_status_headers_and_envelope() -> None:
    client = _client(
        lambda r: httpx.Response(201, json={"data": PARTNER, "status": 1}, headers={"X-Id": "7"})
    )
    raw = client.with_raw_response.partners.create(email="a@example.com")
    assert raw.status_code == 201
    assert raw.headers["X-Id"] == "7"
    assert raw.parsed.data.id == "partner_1"
    assert json.loads(raw.content)["status"] == 1


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTNERO_API_KEY", "test_affiliate_env")
    monkeypatch.setenv("PARTNERO_BASE_URL", "http://127.0.0.1:9/v1/")
    client = AffiliateClient()
    assert client.base_url == "http://127.0.0.1:9"


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARTNERO_API_KEY", raising=False)
    with pytest.raises(PartneroError, match="PARTNERO_API_KEY"):
        AffiliateClient()


def test_plain_http_off_loopback_is_refused_unless_allowed() -> None:
    with pytest.raises(InsecureConfigurationError):
        AffiliateClient(api_key=KEY, base_url="http://api.example.com")
    assert AffiliateClient(api_key=KEY, base_url="http://api.example.com", allow_insecure_http=True)


def test_with_options_copies_and_shares_the_pool() -> None:
    client = _client(lambda r: httpx.Response(200, json={"data": PARTNER}), max_retries=2)
    other = client.with_options(max_retries=0, timeout=3.0)
    assert (client.max_retries, other.max_retries) == (2, 0)
    assert other.timeout.read == 3.0
    assert other.partners.get("partner_1").id == "partner_1"
    with pytest.raises(TypeError, match="no_such_option"):
        client.with_options(no_such_option=1)  # type: ignore[call-arg]


def test_key_never_appears_in_repr_errors_or_logs(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTNERO_LOG", "debug")
    client = _client(lambda r: httpx.Response(401, json={"message": "Unauthenticated."}), max_retries=0)
    with caplog.at_level(logging.DEBUG, logger="partnero_client"):
        with pytest.raises(AuthenticationError) as caught:
            client.partners.get("x")
    assert "request GET" in caplog.text
    texts = [caplog.text, repr(client), str(caught.value), repr(caught.value), repr(client._config)]
    assert all(KEY not in t for t in texts)


async def test_async_client_has_the_same_surface() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        if request.url.path.endswith("/partners"):
            following = "https://api.partnero.com/v1/partners?page=2" if page == 1 else None
            return httpx.Response(200, json=_page(page, following))
        return httpx.Response(404, json={"message": "Not found."})

    async with AsyncAffiliateClient(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    ) as client:
        page = await client.partners.list()
        assert [p.id async for p in page] == ["p1-0", "p1-1", "p2-0", "p2-1"]
        with pytest.raises(NotFoundError):
            await client.partners.get("missing")


def test_a_page_link_that_repeats_is_refused_instead_of_looping() -> None:
    loop = _page(1, "https://api.partnero.com/v1/partners?page=2")
    client = _client(lambda r: httpx.Response(200, json=loop))
    with pytest.raises(ResponseValidationError, match="loop"):
        list(client.partners.list())


def test_copies_build_their_own_resources() -> None:
    client = _client(lambda r: httpx.Response(200, json={"data": PARTNER}), max_retries=2)
    assert client.partners._client is client
    other = client.with_options(max_retries=0)
    assert other.partners._client is other and client.partners._client is client
    assert other.with_raw_response.partners is other.partners.with_raw_response
    assert other.with_raw_response.partners.get.__wrapped__.__self__ is other.partners  # type: ignore[attr-defined]


def _fresh_interpreter(probe: str) -> str:
    """What a new Python process running `probe` prints: module loading is per process."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout


def test_resources_and_models_load_on_first_use() -> None:
    probe = (
        "import sys; from partnero_client.affiliate import AffiliateClient as C; "
        "c = C(api_key='test_affiliate_x'); "
        "print('partnero_client.affiliate.models.coupon' in sys.modules, 'asyncio' in sys.modules); "
        "c.partners; print('partnero_client.affiliate.api.partners' in sys.modules)"
    )
    out = _fresh_interpreter(probe)
    assert out.split() == ["False", "False", "True"]


def test_an_operation_loads_its_module_on_the_first_call_only() -> None:
    probe = (
        "import sys, httpx; from partnero_client.affiliate import AffiliateClient as C; "
        "h = lambda r: httpx.Response(200, json={'data': {'id': 'p1', 'email': 'a@example.com'}}); "
        "c = C(api_key='test_affiliate_x', http_client=httpx.Client(transport=httpx.MockTransport(h))); "
        "c.partners; api = 'partnero_client.affiliate.api.partners.'; "
        "print(api + 'get_partner' in sys.modules); c.partners.get('p1'); "
        "print(api + 'get_partner' in sys.modules, api + 'create_partner' in sys.modules, "
        "'partnero_client.affiliate.models.partner_create' in sys.modules)"
    )
    out = _fresh_interpreter(probe)
    assert out.split() == ["False", "True", "False", "False"]


def test_page_links_are_checked_alike_when_seen_again() -> None:
    from partnero_client._core.links import normalise_link

    base = "https://api.partnero.com"
    for _ in range(2):  # the second time answers from the links already checked
        assert normalise_link("https://API.partnero.com/v1/partners?page=2#x", base) == (
            "https://api.partnero.com/v1/partners?page=2"
        )
        with pytest.raises(PartneroError, match="another host"):
            normalise_link("https://evil.example/v1/partners?page=2", base)
    for odd in (["https://api.partnero.com/v1/partners?page=2"], {"href": "x"}):
        with pytest.raises(PartneroError, match="not a valid URL"):
            normalise_link(odd, base)  # type: ignore[arg-type]  # a server may send anything


# Issue 14, item 9: escape hatches through the same machinery.


def test_extra_query_and_extra_body_are_merged_into_the_request() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": PARTNER})

    client = _client(handler)
    options = RequestOptions(extra_query={"include": "stats"}, extra_body={"custom_field": 7})
    client.partners.create(email="a@example.com", request_options=options)
    assert seen[0].url.params["include"] == "stats"
    assert json.loads(seen[0].content) == {"email": "a@example.com", "custom_field": 7}
    client.partners.get("partner_1", request_options=RequestOptions(extra_query={"x": "1"}))
    assert seen[1].url.params["x"] == "1" and seen[1].content == b""


def test_the_generic_request_uses_auth_retries_errors_and_logging(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[httpx.Request] = []
    replies = iter([httpx.Response(503), httpx.Response(200, json={"data": [1, 2]}), httpx.Response(404)])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(replies)

    client = _client(handler, max_retries=1)
    with caplog.at_level(logging.INFO, logger="partnero_client"):
        body = client.request("GET", "/v1/not_in_the_spec", params={"q": "x"})
    assert body == {"data": [1, 2]}
    assert [r.headers["Authorization"] for r in seen] == [f"Bearer {KEY}"] * 2
    assert seen[0].url == "https://api.partnero.com/v1/not_in_the_spec?q=x"
    assert len(sleeps) == 1 and "retry GET" in caplog.text
    with pytest.raises(NotFoundError):
        client.request("DELETE", "/v1/not_in_the_spec/1", request_options=RequestOptions(max_retries=0))
    with pytest.raises(ValueError, match="path"):
        client.request("GET", "https://elsewhere.example/v1/x")


async def test_the_generic_request_works_async() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    async with AsyncAffiliateClient(api_key=KEY, http_client=http) as client:
        assert await client.request("POST", "/v1/anything", json={"a": 1}) is None


# Issue 14, item 11: errors keep their cause and name the real reason; with_options is typed.


def _refusing(cause: BaseException) -> AffiliateClient:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connect failed", request=request) from cause

    return _client(handler, max_retries=0)


@pytest.mark.parametrize(
    ("cause", "reason"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "connection refused"),
        (socket.gaierror(-2, "Name or service not known"), "DNS"),
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "TLS certificate"),
        (ssl.SSLError(1, "wrong version number"), "TLS"),
        (ConnectionResetError(104, "reset"), "reset"),
    ],
)
def test_transport_errors_name_the_real_reason_and_chain_the_cause(cause: BaseException, reason: str) -> None:
    with pytest.raises(APIConnectionError, match=reason) as caught:
        _refusing(cause).partners.get("p")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "api.partnero.com" in str(caught.value) and KEY not in str(caught.value)


def test_a_refused_connection_over_a_real_socket_says_so() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = AffiliateClient(api_key=KEY, base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with pytest.raises(APIConnectionError, match="connection refused") as caught:
        client.partners.get("p")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_a_timeout_names_itself() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(APITimeoutError, match="read timeout") as caught:
        _client(handler, max_retries=0).partners.get("p")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_a_cause_whose_text_holds_the_key_is_not_chained() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"headers {dict(request.headers)}", request=request)

    with pytest.raises(APIConnectionError) as caught:
        _client(handler, max_retries=0).partners.get("p")
    assert caught.value.__cause__ is None and caught.value.__context__ is None


# Issue 14, item 13: logging that fits.


def test_info_logs_each_request_and_retry_with_its_delay_and_debug_adds_headers(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    replies = iter(
        [httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200, json={"data": PARTNER})]
    )
    client = _client(lambda r: next(replies), max_retries=1)
    with caplog.at_level(logging.INFO, logger="partnero_client"):
        client.partners.get("partner_1")
    lines = [r.getMessage() for r in caplog.records if r.name == "partnero_client"]
    assert [line.split()[0] for line in lines] == ["request", "response", "retry", "request", "response"]
    assert "after 503 in 2.00 s" in lines[2] and "headers" not in caplog.text
    caplog.clear()
    replies = iter([httpx.Response(200, json={"data": PARTNER})])
    with caplog.at_level(logging.DEBUG, logger="partnero_client"):
        client.partners.get("partner_1")
    assert "'authorization': '<redacted>'" in caplog.text and KEY not in caplog.text


def test_partnero_log_prints_each_line_once_whether_or_not_the_app_configured_logging(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from partnero_client._core import logs

    monkeypatch.setenv("PARTNERO_LOG", "info")
    monkeypatch.setattr(logs.logger, "handlers", [])
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # as in a script that configured nothing
    ours, app = io.StringIO(), io.StringIO()
    logs.configure_from_env()
    logs.configure_from_env()  # a second client adds no second handler
    (fallback,) = logs.logger.handlers
    assert isinstance(fallback, logging.StreamHandler)
    fallback.setStream(ours)
    logs.logger.info("one")
    root.addHandler(logging.StreamHandler(app))  # the application sets up logging itself
    logs.logger.info("two")
    assert (ours.getvalue().count("one"), ours.getvalue().count("two")) == (1, 0)
    assert app.getvalue().splitlines() == ["two"]


def test_an_application_subclass_keeps_its_program_for_reconciliation() -> None:
    class ShopClient(AffiliateClient):
        pass

    assert ShopClient(api_key=KEY)._program() == "affiliate"


def test_a_first_get_loads_no_runtime_module_it_does_not_use() -> None:
    """Raw access, pagination, reconciliation and page links load when first used (perf-2, B6),
    and only then: a process's first plain get stays light."""
    lazy = ["response", "reconcile", "pagination", "paginator", "links"]
    probe = (
        "import sys, httpx; from partnero_client.affiliate import AffiliateClient as C; "
        "h = lambda r: httpx.Response(200, json={'data': {'id': 'p1', 'email': 'a@example.com'}, "
        "'links': {'next': None}}); "
        "c = C(api_key='test_affiliate_x', http_client=httpx.Client(transport=httpx.MockTransport(h))); "
        f"lazy = {lazy!r}; "
        "loaded = lambda: [m for m in lazy if 'partnero_client._core.' + m in sys.modules]; "
        "c.partners.get('p1'); print(','.join(loaded()) or '-'); "
        "c.partners.with_raw_response.get('p1'); print(','.join(loaded()) or '-'); "
        "c.with_options(reconcile_writes=True).partners.get('p1'); print(','.join(loaded()) or '-')"
    )
    out = _fresh_interpreter(probe)
    assert out.split() == ["-", "response", "response,reconcile"]
