"""Fixtures of the pytest-benchmark suite: the mock server and the payloads it serves."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from servers import PARTNER_ID, READ_KEY, mock_server


@pytest.fixture(scope="session")
def mock_origin() -> Iterator[str]:
    """The mock under uvicorn in its own process (or BENCH_MOCK_ORIGIN, if one is running)."""
    given = os.environ.get("BENCH_MOCK_ORIGIN")
    if given:
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="partnero-bench-") as tmp, mock_server(Path(tmp)) as origin:
        yield origin


@pytest.fixture(scope="session")
def partner_bytes(mock_origin: str) -> bytes:
    """The body of a real `GET /v1/partners/{id}` reply (about 650 bytes)."""
    reply = httpx.get(
        f"{mock_origin}/v1/partners/{PARTNER_ID}", headers={"Authorization": f"Bearer {READ_KEY}"}
    )
    reply.raise_for_status()
    return reply.content


@pytest.fixture(scope="session")
def page_bytes(mock_origin: str) -> bytes:
    """The body of a real 250-item `GET /v1/partners?limit=250` reply (about 64 kB)."""
    reply = httpx.get(
        f"{mock_origin}/v1/partners", params={"limit": 250}, headers={"Authorization": f"Bearer {READ_KEY}"}
    )
    reply.raise_for_status()
    return reply.content
