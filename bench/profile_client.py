"""Where the client's time goes: cProfile of B1 (get through MockTransport) and B3 (page parsing).

Not part of `make bench`; run it by hand: `.venv/bin/python bench/profile_client.py [--top 25]`.
Needs no server: the payloads are taken from an in-process mock app.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import time

import httpx
from partnero_client.affiliate import AffiliateClient
from partnero_client.affiliate.models.partner_page import PartnerPage
from servers import PARTNER_ID, READ_KEY, seed_document

ORIGIN = "http://127.0.0.1:4010"
AUTH = {"Authorization": f"Bearer {READ_KEY}"}


async def _payloads() -> tuple[bytes, bytes]:
    from partnero_mock import create_app

    app = create_app(seed_data=seed_document(), seed=1)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=ORIGIN, headers=AUTH
    ) as http:
        one = (await http.get(f"/v1/partners/{PARTNER_ID}")).content
        page = (await http.get("/v1/partners", params={"limit": 250})).content
    return one, page


def profile(label: str, fn: object, n: int, top: int) -> None:
    assert callable(fn)
    for _ in range(min(n, 200)):
        fn()
    started = time.process_time()
    for _ in range(n):
        fn()
    per_call = (time.process_time() - started) / n
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        fn()
    prof.disable()
    print(f"\n=== {label}: {per_call * 1e6:.1f} µs CPU per call without the profiler ===")
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    one, page = asyncio.run(_payloads())

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=one, headers={"Content-Type": "application/json"})

    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=ORIGIN, headers=AUTH)
    client = AffiliateClient(api_key=READ_KEY, base_url=ORIGIN, http_client=http)
    profile(
        "raw httpx get + json (B1 baseline)",
        lambda: http.get(f"/v1/partners/{PARTNER_ID}").json(),
        5000,
        args.top,
    )
    profile("client.partners.get (B1)", lambda: client.partners.get(PARTNER_ID), 5000, args.top)
    profile("json.loads of a 250-item page (B3 baseline)", lambda: json.loads(page), 300, args.top)
    profile(
        "PartnerPage.from_dict(json.loads(page)) (B3)",
        lambda: PartnerPage.from_dict(json.loads(page)),
        300,
        args.top,
    )


if __name__ == "__main__":
    main()
