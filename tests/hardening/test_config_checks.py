"""Issue 15.9: bad settings fail where they are written (constructor, with_options, RequestOptions)
with a clear error that never shows the key; a closed client says so; the async retry sleep runs
under trio as well as asyncio."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
import trio
from partnero_client import (
    ClientClosedError,
    ConfigurationError,
    NotFoundError,
    PartneroError,
    RequestOptions,
)
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient

from .conftest import area

KEY = "test_affiliate_config_k3y"
AREA = area("15.9 configuration checked at construction")

BAD_KEYS = [
    KEY + "\n",
    KEY + " ",
    " " + KEY,
    "test_affiliate_with space",
    "test_affiliate_\tab",
    "test_affiliate_ключ",
    "test_affiliate_\x00nul",
    "test_affiliate_\u200b",
    b"test_affiliate_bytes",
    12345,
]
BAD_SETTINGS: list[tuple[str, Any]] = [
    ("timeout", -1),
    ("timeout", 0),
    ("timeout", math.nan),
    ("timeout", "5"),
    ("timeout", httpx.Timeout(5.0, read=-1.0)),
    ("max_retries", -1),
    ("max_retries", "3"),
    ("max_retries", 2.5),
    ("max_retries", True),
    ("attempt_timeout", -5),
    ("call_timeout", "soon"),
    ("max_response_bytes", 0),
    ("max_pages", -1),
    ("base_url", "not a url"),
    ("base_url", "api.partnero.com"),
    ("base_url", "https://"),
    ("base_url", "http://[::1"),
    ("base_url", "https://api.partnero.com/v1?x=1"),
    ("base_url", 42),
    ("default_headers", {"X-Bad": "line\nbreak"}),
    ("default_headers", ["not", "a", "mapping"]),
]
PER_CALL: list[tuple[str, Any]] = [
    (name, value)
    for name, value in BAD_SETTINGS
    if name in ("timeout", "max_retries", "attempt_timeout", "call_timeout")
] + [("extra_headers", {"X": "a\r\nInjected: 1"}), ("extra_query", "q=1"), ("reconcile", "yes")]


def _refused(build: Any, what: str) -> None:
    outcome = AREA.run(build, key=KEY.strip())
    assert isinstance(outcome, ConfigurationError), (what, outcome)
    assert isinstance(outcome, ValueError)  # misuse is a ValueError (or TypeError)
    assert KEY.strip() not in str(outcome)


@pytest.mark.parametrize("key", BAD_KEYS, ids=repr)
def test_a_key_that_cannot_authenticate_is_refused_at_construction(key: Any) -> None:
    _refused(lambda: AffiliateClient(api_key=key), "api_key")
    _refused(lambda: AsyncAffiliateClient(api_key=key), "api_key")
    _refused(lambda: AffiliateClient(api_key=KEY).with_options(api_key=key), "with_options api_key")


def test_a_trailing_newline_is_named_in_the_message() -> None:
    with pytest.raises(ConfigurationError, match="newline"):
        AffiliateClient(api_key=KEY + "\n")


@pytest.mark.parametrize(("name", "value"), BAD_SETTINGS, ids=lambda v: repr(v)[:30])
def test_bad_settings_are_refused_in_the_constructor_and_with_options(name: str, value: Any) -> None:
    _refused(lambda: AffiliateClient(api_key=KEY, **{name: value}), name)
    _refused(lambda: AffiliateClient(api_key=KEY).with_options(**{name: value}), name)
    with pytest.raises(ConfigurationError, match=name.split("_")[0]):
        AffiliateClient(api_key=KEY, **{name: value})


@pytest.mark.parametrize(("name", "value"), PER_CALL, ids=lambda v: repr(v)[:30])
def test_bad_per_call_options_are_refused_when_built(name: str, value: Any) -> None:
    _refused(lambda: RequestOptions(**{name: value}), name)


def test_good_settings_still_work() -> None:
    client = AffiliateClient(
        api_key=KEY,
        timeout=httpx.Timeout(3.0, connect=1.0),
        max_retries=0,
        attempt_timeout=math.inf,
        call_timeout=30,
        max_response_bytes=1024,
        max_pages=3,
    )
    copy = client.with_options(timeout=None, base_url="http://127.0.0.1:9/v1", reconcile_writes=True)
    assert copy.base_url == "http://127.0.0.1:9" and copy._config.reconcile_writes
    RequestOptions(timeout=1.5, max_retries=3, extra_headers={"X-A": "b"}, call_timeout=math.inf)


def test_a_closed_client_says_it_is_closed() -> None:
    client = AffiliateClient(api_key=KEY)
    copy = client.with_options(max_retries=0)
    client.close()
    for closed in (client, copy):
        outcome = AREA.run(lambda: closed.partners.get("p"))  # noqa: B023 - run at once
        assert isinstance(outcome, ClientClosedError) and "closed" in str(outcome)


async def test_a_closed_async_client_says_it_is_closed() -> None:
    async with AsyncAffiliateClient(api_key=KEY) as client:
        pass
    with pytest.raises(ClientClosedError, match="closed"):
        await client.partners.get("p")


def _flaky_transport() -> httpx.MockTransport:
    replies = iter(
        [httpx.Response(503, headers={"Retry-After": "0.01"}), httpx.Response(404, json={"message": "gone"})]
    )
    return httpx.MockTransport(lambda request: next(replies))


def test_async_retries_sleep_under_trio() -> None:
    async def main() -> None:
        http = httpx.AsyncClient(transport=_flaky_transport())
        client = AsyncAffiliateClient(api_key=KEY, http_client=http, max_retries=1)
        with pytest.raises(NotFoundError) as caught:
            await client.partners.get("p")
        assert caught.value.attempts == 2

    trio.run(main)


async def test_async_retries_sleep_under_asyncio() -> None:
    http = httpx.AsyncClient(transport=_flaky_transport())
    client = AsyncAffiliateClient(api_key=KEY, http_client=http, max_retries=1)
    with pytest.raises(PartneroError):
        await client.partners.get("p")
