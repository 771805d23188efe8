"""Issue 15.3: a call has a deadline. httpx's timeout limits each read, so a server dripping a byte
at a time held a call for ever; now each attempt has a total time limit and the whole call an
overall deadline that covers retries and their sleeps. Both are overridable per client and call."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from partnero_client import APITimeoutError, InternalServerError, RateLimitError, RequestOptions
from partnero_client.affiliate import AffiliateClient

from .async_transports import ASYNC_TRANSPORTS, async_client
from .conftest import area
from .drip import dripping_server

KEY = "test_affiliate_deadlines"
AREA = area("15.3 deadlines")
HANG = 3.0  # seconds; each drip lasts 10 s and the old client needed about 80 minutes


def _timed(call: Any) -> float:
    started = time.monotonic()
    outcome = AREA.run(call, key=KEY, hang_after=HANG)
    assert isinstance(outcome, APITimeoutError), outcome
    return time.monotonic() - started


def test_a_body_dripped_byte_by_byte_stops_at_the_attempt_limit() -> None:
    with dripping_server(in_headers=False) as url:
        client = AffiliateClient(api_key=KEY, base_url=url, timeout=1.0, attempt_timeout=0.6, max_retries=0)
        took = _timed(lambda: client.partners.get("p"))
        client.close()
    AREA.notes["sync body drip, attempt_timeout=0.6 s"] = f"{took:.2f} s"
    assert took < HANG


def test_the_call_deadline_covers_retries_of_a_dripping_get() -> None:
    with dripping_server(in_headers=False) as url:
        client = AffiliateClient(api_key=KEY, base_url=url, timeout=1.0, max_retries=5)
        options = RequestOptions(attempt_timeout=0.5, call_timeout=1.2)
        took = _timed(lambda: client.partners.get("p", request_options=options))
        client.close()
    AREA.notes["sync drip, 5 retries, call_timeout=1.2 s"] = f"{took:.2f} s"
    assert took < HANG


def test_a_sync_attempt_stops_while_the_status_line_and_headers_drip() -> None:
    # Each header byte resets httpx's per-read timeout; only the attempt's own limit ends it.
    with dripping_server(in_headers=True) as url:
        client = AffiliateClient(api_key=KEY, base_url=url, timeout=1.0, attempt_timeout=0.6, max_retries=0)
        took = _timed(lambda: client.partners.get("p"))
        client.close()
    AREA.notes["sync header drip, attempt_timeout=0.6 s"] = f"{took:.2f} s"
    assert took < HANG


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
async def test_async_attempts_stop_even_while_headers_drip(in_headers: bool, transport: str) -> None:
    with dripping_server(in_headers=in_headers) as url:
        async with async_client(
            transport, api_key=KEY, base_url=url, timeout=1.0, attempt_timeout=0.6, max_retries=0
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.partners.get("p")
            took = time.monotonic() - started
    AREA.cases += 1
    AREA.hangs += took > HANG
    drip = "header" if in_headers else "body"
    AREA.notes[f"async ({transport}) {drip} drip, attempt_timeout=0.6 s"] = f"{took:.2f} s"
    assert took < HANG


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr("partnero_client._core.calls.clock", fake)
    monkeypatch.setattr("partnero_client._core.http.time.sleep", fake.sleep)
    return fake


def _always(status: int, **headers: str) -> AffiliateClient:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(status, headers=headers)))
    return AffiliateClient(api_key=KEY, http_client=http)


def test_a_thousand_retries_sleep_no_longer_than_the_call_deadline(clock: FakeClock) -> None:
    client = _always(503).with_options(max_retries=1000)
    caught = AREA.run(lambda: client.partners.get("p"))
    assert isinstance(caught, InternalServerError)
    AREA.notes["max_retries=1000, always 503, slept"] = (
        f"{clock.slept:.0f} s over {caught.attempts} attempts (goal under call_timeout, 120 s; was 16.7 h)"
    )
    assert clock.slept < 120


def test_the_default_budget_with_long_retry_after_sleeps_at_most_a_minute(clock: FakeClock) -> None:
    client = _always(429, **{"Retry-After": "3600"})
    assert isinstance(AREA.run(lambda: client.partners.get("p")), RateLimitError)
    AREA.notes["default budget, Retry-After: 3600, slept"] = f"{clock.slept:.0f} s (goal at most 60)"
    assert clock.slept <= 60


def test_a_retry_after_past_the_deadline_gives_up_at_once(clock: FakeClock) -> None:
    client = _always(429, **{"Retry-After": "20"})
    options = RequestOptions(call_timeout=10)
    assert isinstance(AREA.run(lambda: client.partners.get("p", request_options=options)), RateLimitError)
    assert clock.slept == 0
