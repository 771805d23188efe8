"""Fault injection: header-driven faults, 'after' faults and the random fault rate."""

from __future__ import annotations

import time
import warnings

import pytest
from partnero_mock import create_app
from partnero_mock.http.faults import FaultSpecError, parse_fault

from .conftest import Api

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def test_parse_fault_tokens() -> None:
    fault = parse_fault("429; retry-after=2, delay=150ms")
    assert (fault.status, fault.retry_after, fault.delay_seconds) == (429, 2, 0.15)
    assert parse_fault("retry-after=3").status == 429
    assert parse_fault("503;after").after and parse_fault("reset").reset
    assert parse_fault("delay=1.5s").delay_seconds == 1.5
    for bad in ("teapot", "200", "delay=99999s"):
        with pytest.raises(FaultSpecError):
            parse_fault(bad)


def test_status_fault_is_decided_before_state(affiliate: Api) -> None:
    app_state = affiliate.client.app.state.mock  # type: ignore[attr-defined]
    response = affiliate.post(
        "/v1/partners", json={"email": "a@example.com"}, headers={"X-Mock-Fault": "429;retry-after=1"}
    )
    assert response.status_code == 429 and response.headers["retry-after"] == "1"
    assert response.headers["content-type"] == "application/json" and response.json()["status"] == 0
    assert app_state.applied(affiliate.key) == 0
    assert affiliate.get("/v1/partners").json()["data"] == []


def test_after_fault_applies_then_fails(affiliate: Api) -> None:
    app_state = affiliate.client.app.state.mock  # type: ignore[attr-defined]
    response = affiliate.post(
        "/v1/partners", json={"email": "a@example.com"}, headers={"X-Mock-Fault": "503;after"}
    )
    assert response.status_code == 503
    assert app_state.applied(affiliate.key, "createPartner") == 1
    assert len(affiliate.get("/v1/partners").json()["data"]) == 1
    # a client that blindly retries the POST now gets a duplicate-e-mail error, and nothing is doubled
    retried = affiliate.post("/v1/partners", json={"email": "a@example.com"})
    assert retried.status_code == 422
    assert app_state.applied(affiliate.key, "createPartner") == 1


def test_delay_only_slows_down(affiliate: Api) -> None:
    started = time.monotonic()
    response = affiliate.get("/v1/partners", headers={"X-Mock-Fault": "delay=120ms"})
    assert response.status_code == 200 and time.monotonic() - started >= 0.12


def test_invalid_fault_header_is_400(affiliate: Api) -> None:
    response = affiliate.get("/v1/partners", headers={"X-Mock-Fault": "explode"})
    assert response.status_code == 400 and "X-Mock-Fault" in response.json()["message"]


def test_fault_rate_hits_about_that_share_and_none_exempts() -> None:
    client = TestClient(create_app(fault_rate=0.5, random_faults=("503",), seed=9))
    headers = {"Authorization": "Bearer test_affiliate_rate"}
    codes = [client.get("/v1/partners", headers=headers).status_code for _ in range(200)]
    assert set(codes) == {200, 503}
    assert 60 < codes.count(503) < 140
    exempt = [
        client.get("/v1/partners", headers={**headers, "X-Mock-Fault": "none"}).status_code for _ in range(30)
    ]
    assert set(exempt) == {200}
    assert client.app.state.mock.faults.injected["503"] == codes.count(503)  # type: ignore[attr-defined]
