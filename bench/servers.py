"""Servers the benchmarks talk to: the mock under uvicorn and Prism, each in its own process.

A server in the benchmark's own process would share its GIL and its core, so both run as
subprocesses on free loopback ports and are stopped by their own process id.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# One program per workload, so a benchmark's writes never change another one's reads.
READ_KEY = "test_affiliate_bench_read"  # 10,000 partners: B2, B4, B5, B8 GET
TXN_KEY = "test_affiliate_bench_txn"  # a partner and a customer to book sales for: B8 POST
WRITE_KEY = "test_affiliate_bench_write"  # empty, for partner creates: B8 POST partner
PARTNERS = 10_000
PARTNER_ID = "partner_00001"
CUSTOMER_KEY = "customer_bench"


def seed_document() -> dict[str, object]:
    partners = [
        {
            "email": f"p{i:05d}@example.com",
            "name": f"Partner {i}",
            "id": f"partner_{i:05d}",
            "key": f"ref_{i:05d}",
        }
        for i in range(PARTNERS)
    ]
    return {
        "programs": {
            READ_KEY: {"partners": partners},
            TXN_KEY: {
                "partners": [{"email": "seller@example.com", "id": "partner_seller", "key": "ref_seller"}],
                "customers": [{"key": CUSTOMER_KEY, "partner": {"key": "ref_seller"}}],
            },
        }
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}"
            )
        try:
            httpx.get(url, headers={"Authorization": f"Bearer {READ_KEY}"}, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} not ready after {timeout} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def mock_server(workdir: Path) -> Iterator[str]:
    """`partnero-mock` (uvicorn, one process) seeded for the benchmarks; yields its origin."""
    workdir.mkdir(parents=True, exist_ok=True)
    seed = workdir / "seed.json"
    seed.write_text(json.dumps(seed_document()), encoding="utf-8")
    port = free_port()
    log = workdir / f"mock-{port}.log"
    cmd = [str(BIN / "partnero-mock"), "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--seed", str(seed), "--random-seed", "1", "--log-level", "warning"]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        origin = f"http://127.0.0.1:{port}"
        _wait_ready(f"{origin}/v1/partners/{PARTNER_ID}", proc, 30.0, log)
        yield origin
    finally:
        _stop(proc)


@contextmanager
def floor_server(workdir: Path) -> Iterator[str]:
    """bench/floor_app.py (plain Starlette) under uvicorn, as the mock is served; yields its origin."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = workdir / f"floor-{port}.log"
    cmd = [str(BIN / "python"), "-m", "uvicorn", "floor_app:app", "--app-dir", str(Path(__file__).parent)]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        origin = f"http://127.0.0.1:{port}"
        _wait_ready(f"{origin}/v1/partners/{PARTNER_ID}", proc, 30.0, log)
        yield origin
    finally:
        _stop(proc)


@contextmanager
def prism_server(view: Path, workdir: Path) -> Iterator[str]:
    """Prism mocking one view (static examples, logging at `warn`: its fastest settings)."""
    port = free_port()
    log = workdir / f"prism-{port}.log"
    prism = ROOT / "node_modules" / ".bin" / "prism"
    cmd = [str(prism), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", "warn", str(view)]
    env = {**os.environ, "NO_UPDATE_NOTIFIER": "1"}
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
    try:
        origin = f"http://127.0.0.1:{port}"
        _wait_ready(f"{origin}/v1/partners/{PARTNER_ID}", proc, 60.0, log)
        yield origin
    finally:
        _stop(proc)
