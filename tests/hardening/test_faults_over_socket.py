"""Retries against the mock's injected faults over a real loopback socket.

A request hook adds `X-Mock-Fault` to the first N attempts only, so each test scripts a burst of
failures followed by recovery. The mock counts the requests that reached its state, which shows
whether a POST was ever applied twice.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from partnero_client import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError
from partnero_client.affiliate import AffiliateClient


class FaultScript:
    """Sends `fault` on the first `times` requests, and counts every attempt."""

    def __init__(self) -> None:
        self.fault = ""
        self.times = 0
        self.attempts = 0

    def arm(self, fault: str, times: int) -> None:
        self.fault, self.times, self.attempts = fault, times, 0

    def __call__(self, request: httpx.Request) -> None:
        self.attempts += 1
        if self.attempts <= self.times:
            request.headers["X-Mock-Fault"] = self.fault
        else:
            request.headers["X-Mock-Fault"] = "none"


@pytest.fixture
def faults() -> FaultScript:
    return FaultScript()


@pytest.fixture
def client(partnero_mock: Any, faults: FaultScript) -> Iterator[AffiliateClient]:
    http = httpx.Client(event_hooks={"request": [faults]})
    with AffiliateClient(
        api_key=partnero_mock.api_key, base_url=partnero_mock.base_url, http_client=http, max_retries=3
    ) as c:
        yield c
    http.close()


def _partner(client: AffiliateClient, faults: FaultScript) -> str:
    faults.arm("", 0)
    return client.partners.create(email="faulty@example.com").id


def test_a_burst_of_503_on_get_is_retried_until_it_succeeds(
    client: AffiliateClient, faults: FaultScript
) -> None:
    partner_id = _partner(client, faults)
    faults.arm("503", 2)
    assert client.partners.get(partner_id).id == partner_id
    assert faults.attempts == 3


def test_503_beyond_the_retry_budget_raises(client: AffiliateClient, faults: FaultScript) -> None:
    partner_id = _partner(client, faults)
    faults.arm("503", 10)
    with pytest.raises(InternalServerError):
        client.partners.get(partner_id)
    assert faults.attempts == 4  # the call and three retries


def test_429_retry_after_is_waited_for(client: AffiliateClient, faults: FaultScript) -> None:
    partner_id = _partner(client, faults)
    faults.arm("429;retry-after=1", 1)
    started = time.monotonic()
    client.partners.get(partner_id)
    waited = time.monotonic() - started
    assert faults.attempts == 2
    assert 0.9 <= waited < 5, waited


def test_post_after_429_is_retried_and_applied_once(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any
) -> None:
    faults.arm("429;retry-after=0", 1)
    created = client.partners.create(email="once@example.com")
    assert faults.attempts == 2
    assert partnero_mock.applied("createPartner") == 1
    assert created.email == "once@example.com"


def test_post_that_reached_the_server_is_never_sent_twice(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any
) -> None:
    faults.arm("503;after", 1)
    with pytest.raises(InternalServerError):
        client.partners.create(email="applied@example.com")
    assert faults.attempts == 1
    assert partnero_mock.applied("createPartner") == 1


def test_connection_reset_on_get_is_retried(client: AffiliateClient, faults: FaultScript) -> None:
    partner_id = _partner(client, faults)
    faults.arm("reset", 1)
    assert client.partners.get(partner_id).id == partner_id
    assert faults.attempts == 2


def test_connection_reset_on_post_is_not_retried(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any
) -> None:
    faults.arm("reset", 1)
    with pytest.raises(APIConnectionError):
        client.partners.create(email="reset@example.com")
    assert faults.attempts == 1
    assert partnero_mock.applied("createPartner") == 0


def test_slow_server_times_out_and_post_is_not_repeated(
    client: AffiliateClient, faults: FaultScript, partnero_mock: Any
) -> None:
    slow = client.with_options(timeout=0.3)
    faults.arm("delay=1s", 5)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        slow.partners.create(email="slow@example.com")
    assert faults.attempts == 1
    assert time.monotonic() - started < 1.0


def test_slow_get_is_retried_within_the_budget(client: AffiliateClient, faults: FaultScript) -> None:
    partner_id = _partner(client, faults)
    slow = client.with_options(timeout=0.3, max_retries=1)
    faults.arm("delay=1s", 1)
    assert slow.partners.get(partner_id).id == partner_id
    assert faults.attempts == 2


def test_rate_limit_beyond_the_budget_raises_rate_limit_error(
    client: AffiliateClient, faults: FaultScript
) -> None:
    faults.arm("429;retry-after=0", 10)
    with pytest.raises(RateLimitError):
        client.with_options(max_retries=1).partners.list()
    assert faults.attempts == 2
