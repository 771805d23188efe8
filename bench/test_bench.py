"""B1-B5: the client against raw httpx (and requests), measured side by side with pytest-benchmark.

Every benchmark is a pair (or trio) of implementations run as `rep` interleaved repetitions:
client, raw, client, raw, ... so slow drift in the machine's load hits both sides alike.
`bench/run.py` takes the median of each side per repetition and reports the median of the
per-repetition ratios. These tests never assert anything about speed; they only sanity-check
that both sides did the same work.

Run alone: `.venv/bin/pytest bench/test_bench.py -p no:cacheprovider --benchmark-only`.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import statistics
import time
from collections.abc import Iterator
from http.client import HTTPConnection
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx
import pytest
import requests
from partnero_client import DefaultAioHttpClient
from partnero_client._core import jsonlib
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_client.affiliate.models.partner_page import PartnerPage
from servers import PARTNER_ID, PARTNERS, READ_KEY

REPS = int(os.environ.get("BENCH_REPS", "5"))
# B2 is short but at the mercy of the server's scheduling: more, shorter repetitions.
LOOPBACK_REPS = int(os.environ.get("BENCH_LOOPBACK_REPS", str(2 * REPS - 1)))
# B5 takes seconds per run (up to 15 s on a loaded machine); BENCH_ASYNC_REPS can cut it.
ASYNC_REPS = min(REPS, int(os.environ.get("BENCH_ASYNC_REPS", "5")))
AUTH = {"Authorization": f"Bearer {READ_KEY}"}
PARTNER_PATH = f"/v1/partners/{PARTNER_ID}"
ASYNC_CALLS = 2000
IN_FLIGHT = 50


def interleaved(*impls: str, reps: int = REPS) -> Any:
    return pytest.mark.parametrize(
        ("rep", "impl"), [(r, i) for r in range(reps) for i in impls], ids=lambda v: str(v)
    )


def _tag(benchmark: Any, group: str, rep: int, impl: str) -> None:
    benchmark.group = group
    benchmark.extra_info.update({"bench": group, "rep": rep, "impl": impl})


@pytest.fixture(autouse=True)
def stdlib_json() -> Iterator[None]:
    """The client decodes with json.loads, as a default install does, unless a benchmark asks
    for the fast-json extra (orjson is installed in the dev environment)."""
    jsonlib.loads = jsonlib.stdlib_loads
    yield
    jsonlib.loads = jsonlib.fast_loads if jsonlib.FAST else jsonlib.stdlib_loads


# --- B1: client CPU per call through httpx.MockTransport (no network) ------------------------


@pytest.mark.benchmark(
    timer=time.process_time, max_time=0.4, min_rounds=50, warmup=True, warmup_iterations=200
)
@interleaved("client", "raw")
def test_b1_get_cpu(benchmark: Any, partner_bytes: bytes, rep: int, impl: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=partner_bytes, headers={"Content-Type": "application/json"})

    origin = "http://127.0.0.1:4010"
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=origin, headers=AUTH)
    _tag(benchmark, "B1", rep, impl)
    if impl == "client":
        client = AffiliateClient(api_key=READ_KEY, base_url=origin, http_client=http)
        result: Any = benchmark(client.partners.get, PARTNER_ID)
        assert result.id == PARTNER_ID
    else:
        result = benchmark(lambda: http.get(PARTNER_PATH).json())
        assert result["data"]["id"] == PARTNER_ID
    http.close()


# --- B2: end-to-end per call on loopback against the mock under uvicorn ----------------------


@pytest.mark.benchmark(max_time=0.5, min_rounds=100, warmup=True, warmup_iterations=50)
@interleaved("client", "raw", "requests", "floor", reps=LOOPBACK_REPS)
def test_b2_get_loopback(benchmark: Any, mock_origin: str, rep: int, impl: str) -> None:
    _tag(benchmark, "B2", rep, impl)
    if impl == "floor":  # the standard library's http.client on one kept-alive connection
        origin = urlsplit(mock_origin)
        conn = HTTPConnection(origin.hostname or "", origin.port)

        def once() -> Any:
            conn.request("GET", PARTNER_PATH, headers=AUTH)
            return json.loads(conn.getresponse().read())

        result: Any = benchmark(once)
        assert result["data"]["id"] == PARTNER_ID
        conn.close()
    elif impl == "client":
        with AffiliateClient(api_key=READ_KEY, base_url=mock_origin) as client:
            result = benchmark(client.partners.get, PARTNER_ID)
            assert result.id == PARTNER_ID
    elif impl == "raw":
        with httpx.Client(base_url=mock_origin, headers=AUTH) as http:
            result = benchmark(lambda: http.get(PARTNER_PATH).json())
            assert result["data"]["id"] == PARTNER_ID
    else:
        with requests.Session() as session:
            session.headers.update(AUTH)
            url = mock_origin + PARTNER_PATH
            result = benchmark(lambda: session.get(url).json())
            assert result["data"]["id"] == PARTNER_ID


# --- B3: parse one 250-item page into models --------------------------------------------------


@pytest.mark.benchmark(timer=time.process_time, max_time=0.5, min_rounds=30, warmup=True, warmup_iterations=5)
@interleaved("client", "client-fast", "raw")
def test_b3_parse_page(benchmark: Any, page_bytes: bytes, rep: int, impl: str) -> None:
    _tag(benchmark, "B3", rep, impl)
    if impl.startswith("client"):
        # What the generated `_parse` of list_partners does with the reply's bytes: decode with
        # json.loads (a default install) or orjson (the fast-json extra), then build the models.
        loads = jsonlib.fast_loads if impl == "client-fast" else jsonlib.stdlib_loads
        page: Any = benchmark(lambda: PartnerPage.from_dict(loads(page_bytes)))
        assert len(page.data) == 250
    else:
        data = benchmark(json.loads, page_bytes)
        assert len(data["data"]) == 250


# --- B4: auto-paginate 10,000 partners, limit 250 ---------------------------------------------


def _raw_paginate(http: httpx.Client) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    url: str | None = "/v1/partners?limit=250"
    while url:
        body = http.get(url).json()
        items.extend(body["data"])
        url = body["links"]["next"]
    return items


# Rounds per repetition after one warm-up. CPU per round swings when a full garbage collection
# lands in one side's round (10,000 models or dicts per round): each round starts from a fresh
# collection, and the median of the rounds is kept.
PAGINATE_ROUNDS = int(os.environ.get("BENCH_PAGINATE_ROUNDS", "5"))


def _collect() -> None:
    """Before each round, untimed: the round starts without the garbage of the one before."""
    gc.collect()


def _with_cpu(fn: Any, cpu: list[float]) -> Any:
    """fn, recording this process's CPU time per run: wall time here is mostly the server's."""

    def run() -> Any:
        started = time.process_time()
        result = fn()
        cpu.append(time.process_time() - started)
        return result

    return run


@interleaved("client", "raw")
def test_b4_paginate(benchmark: Any, mock_origin: str, rep: int, impl: str) -> None:
    _tag(benchmark, "B4", rep, impl)
    cpu: list[float] = []
    rounds = {"rounds": PAGINATE_ROUNDS, "warmup_rounds": 1, "setup": _collect}
    if impl == "client":
        with AffiliateClient(api_key=READ_KEY, base_url=mock_origin) as client:
            items: list[Any] = benchmark.pedantic(
                _with_cpu(lambda: list(client.partners.list(limit=250)), cpu), **rounds
            )
    else:
        with httpx.Client(base_url=mock_origin, headers=AUTH) as http:
            items = benchmark.pedantic(_with_cpu(lambda: _raw_paginate(http), cpu), **rounds)
    assert len(items) == PARTNERS
    measured = cpu[-PAGINATE_ROUNDS:]  # the rounds after the warm-up
    benchmark.extra_info["cpu_s"] = statistics.median(measured)
    benchmark.extra_info["cpu_rounds_s"] = [round(x, 4) for x in measured]


# --- B5: async, 2,000 get calls with 50 in flight -----------------------------------------------


async def _async_client_run(origin: str, http: httpx.AsyncClient | None = None) -> int:
    async with AsyncAffiliateClient(api_key=READ_KEY, base_url=origin, http_client=http) as client:

        async def worker(n: int) -> int:
            for _ in range(n):
                partner = await client.partners.get(PARTNER_ID)
                assert partner.id == PARTNER_ID
            return n

        return sum(await asyncio.gather(*(worker(ASYNC_CALLS // IN_FLIGHT) for _ in range(IN_FLIGHT))))


async def _async_raw_run(origin: str) -> int:
    async with httpx.AsyncClient(base_url=origin, headers=AUTH) as http:

        async def worker(n: int) -> int:
            for _ in range(n):
                body = (await http.get(PARTNER_PATH)).json()
                assert body["data"]["id"] == PARTNER_ID
            return n

        return sum(await asyncio.gather(*(worker(ASYNC_CALLS // IN_FLIGHT) for _ in range(IN_FLIGHT))))


async def _async_client_aiohttp_run(origin: str) -> int:
    """The client with the aiohttp extra: one argument, nothing else changed."""
    http = DefaultAioHttpClient()
    try:
        return await _async_client_run(origin, http)
    finally:
        await http.aclose()


async def _async_raw_aiohttp_run(origin: str) -> int:
    async with aiohttp.ClientSession(base_url=origin, headers=AUTH) as session:

        async def worker(n: int) -> int:
            for _ in range(n):
                async with session.get(PARTNER_PATH) as reply:
                    body = json.loads(await reply.read())
                assert body["data"]["id"] == PARTNER_ID
            return n

        return sum(await asyncio.gather(*(worker(ASYNC_CALLS // IN_FLIGHT) for _ in range(IN_FLIGHT))))


ASYNC_RUNS = {
    "client": _async_client_run,
    "raw": _async_raw_run,
    "client-aiohttp": _async_client_aiohttp_run,
    "raw-aiohttp": _async_raw_aiohttp_run,
}


@interleaved(*ASYNC_RUNS, reps=ASYNC_REPS)
def test_b5_async(benchmark: Any, mock_origin: str, rep: int, impl: str) -> None:
    _tag(benchmark, "B5", rep, impl)
    run = ASYNC_RUNS[impl]
    cpu: list[float] = []

    def once() -> int:
        # Wall time is mostly the server and httpcore's pool; the client process's CPU time is
        # what the client itself adds, and it is far less noisy on a shared machine.
        started = time.process_time()
        done = asyncio.run(run(mock_origin))
        cpu.append(time.process_time() - started)
        return done

    done = benchmark.pedantic(once, rounds=1, warmup_rounds=0)
    benchmark.extra_info["cpu_s"] = cpu[-1]
    assert done == ASYNC_CALLS
